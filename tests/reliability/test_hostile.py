"""Hostile text: Cypher in actor names, evidence, titles and file names is stored verbatim and never run;
the HTML map shows it as text; `query` only reads unless --write; the Neo4j password is shown nowhere."""

from __future__ import annotations

import json
import logging
import re
import shutil
import traceback
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.ontology import HERE as ONTOLOGY_DIR
from graph.stores import ReadOnlyError, StoreError
from graph.stores.embedded import EmbeddedStore
from graph.stores import guard
from tests.reliability.helpers import CLAIMS, snapshot

ACME = "Acme'}) DETACH DELETE n //"
ROBERT = "Robert\"); MATCH (n) SET n.name = 'pwned' //"
TITLE = "'}) MATCH (n) DETACH DELETE n // <script>alert(\"title\")</script>"
SCRIPT_SENTENCE = ("Chile sold six patrol boats to Peru in 2021 '}) DETACH DELETE n // "
                   "<script>window.__pwned=1</script> </script><!-- <img src=x onerror=\"window.__pwned=2\"> "
                   "$param `x` {y} CALL db.clearQueryCaches(), the ministry said.")
HOSTILE = (f"{TITLE}\n\n"
           f"{ACME} sold drones to Peru in 2022, officials said. {ROBERT} sold radars to Chile in 2023.\n"
           f"{SCRIPT_SENTENCE}\n")
HOSTILE_FILE = "news'}) DETACH DELETE n <script>alert(1)<script>.txt"
BENIGN = "Norway will supply natural gas to Poland from next year, the energy ministry said.\n"


@pytest.fixture(scope="module")
def ontology(tmp_path_factory) -> Path:
    """The packaged ontology plus two companies whose names are Cypher injections."""
    folder = tmp_path_factory.mktemp("hostile-ontology") / "ontology"
    shutil.copytree(ONTOLOGY_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    with open(folder / "gazetteer" / "organisations.tsv", "a") as tsv:
        tsv.write(f"company:acme\tCompany\tname\t{ACME}\tstate:chile\n")
        tsv.write(f"company:robert\tCompany\tname\t{ROBERT}\t\n")
    return folder


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("hostile-news")
    (folder / "benign.txt").write_text(BENIGN)
    (folder / HOSTILE_FILE).write_text(HOSTILE)
    return folder / "benign.txt", folder / HOSTILE_FILE


class Target:
    """The CLI on one store (with the hostile ontology), and the store to look into afterwards."""

    def __init__(self, kind: str, tmp_path: Path, ontology: Path, settings: dict | None = None, store=None):
        self.kind, self._store = kind, store
        self.env = {"NEO4J_URI": "", "ACTORGRAPH_ONTOLOGY": str(ontology)}
        if kind == "embedded":
            self.db = tmp_path / "graph.lbdb"
            self.args = ["--db", str(self.db)]
        else:
            self.args = ["--neo4j", settings["uri"]]
            self.env.update(NEO4J_USER=settings["user"], NEO4J_PASSWORD=settings["password"],
                            NEO4J_DATABASE=settings["database"])

    def __call__(self, *args):
        return CliRunner().invoke(cli, self.args + [str(a) for a in args], env=self.env)

    def snapshot(self) -> dict:
        if self.kind == "neo4j":
            return snapshot(self._store)
        with EmbeddedStore(self.db, read_only=True) as store:
            return snapshot(store)

    def read(self, query: str, **params) -> list[tuple]:
        if self.kind == "neo4j":
            return self._store.run(query, params).rows
        with EmbeddedStore(self.db, read_only=True) as store:
            return store.run(query, params).rows


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def target(request, tmp_path, ontology):
    if request.param == "embedded":
        return Target("embedded", tmp_path, ontology)
    return Target("neo4j", tmp_path, ontology, request.getfixturevalue("neo4j_settings"),
                  request.getfixturevalue("neo4j_store"))


def test_cypher_in_names_and_evidence_is_stored_verbatim_and_never_run(target, files, tmp_path, ontology):
    benign, hostile = files
    assert target("load", benign).exit_code == 0
    before = target.snapshot()
    result = target("load", hostile)
    assert result.exit_code == 0, result.output
    after = target.snapshot()

    assert set(before["claims"]) < set(after["claims"]) and set(before["documents"]) < set(after["documents"])
    clean_db = tmp_path / "clean.lbdb"
    CliRunner().invoke(cli, ["--db", str(clean_db), "load", str(benign), str(hostile)], env=target.env)
    with EmbeddedStore(clean_db, read_only=True) as store:
        assert after["stats"] == store.stats()

    names = dict(target.read("MATCH (a) WHERE a.id IN $ids RETURN a.id, a.name",
                             ids=["company:acme", "company:robert"]))
    assert names == {"company:acme": ACME, "company:robert": ROBERT}
    sentences = {row[4] for row in after["claims"] if row[3] == str(hostile)}
    assert SCRIPT_SENTENCE in sentences
    assert any(s.startswith(ACME + " sold drones") for s in sentences)
    assert all(s in HOSTILE for s in sentences)
    assert target.read("MATCH (d:Document) WHERE d.key = $key RETURN d.title", key=str(hostile)) == [(TITLE,)]
    assert not target.read("MATCH (a) WHERE a.name = 'pwned' RETURN a.id")


def test_the_html_map_shows_hostile_text_as_text(files, ontology, tmp_path):
    target = Target("embedded", tmp_path, ontology)
    benign, hostile = files
    assert target("load", benign).exit_code == 0
    assert target("export", "html", tmp_path / "benign.html").exit_code == 0
    assert target("load", hostile).exit_code == 0
    result = target("export", "html", tmp_path / "map.html")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "map.html").read_text()
    plain = (tmp_path / "benign.html").read_text()

    for raw in ("<script>window.__pwned", "<script>alert(", "</script><!--", "<img src=x",
                "<script>.txt", "DETACH DELETE n // <"):
        assert raw not in page, f"{raw!r} is in the page as markup"
    # the page's own markup is unchanged: as many script, comment and element openings as without the document
    for tag in ("<script", "</script", "<!--", "<img"):
        assert page.count(tag) == plain.count(tag), tag
    escaped = json.dumps(SCRIPT_SENTENCE, ensure_ascii=False)[1:-1]
    escaped = re.sub("[<>&]", lambda m: {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}[m.group(0)], escaped)
    assert escaped in page, "the evidence is not in the page at all"
    assert json.dumps(ROBERT)[1:-1] in page


WRITES = [
    "MATCH (n) DETACH DELETE n",
    "match (n) detach delete n",
    "MATCH (n)\nDETACH\tDELETE n",
    "MATCH (n) /* a comment */ DETACH/**/DELETE n",
    "MATCH (d:Document) SET d.title = 'changed'",
    "CREATE (:Document {key: 'sneaky', id: 'x'})",
    "MERGE (:Document {key: 'sneaky', id: 'x'})",
    "MATCH ()-[r]->() DELETE r",
    "MATCH (n) WITH n AS x DETACH DELETE x",
    "MATCH (d:Document) REMOVE d.title",
    "RETURN 1; MATCH (n) DETACH DELETE n",
    "MATCH (d:Document) WITH d AS `DETACH DELETE` DETACH DELETE `DETACH DELETE`",
    "FOREACH (x IN [1] | CREATE (:Document {key: 'sneaky', id: 'x'}))",
]


def test_query_only_reads_without_write(target, files):
    benign, hostile = files
    assert target("load", benign, hostile).exit_code == 0
    before = target.snapshot()
    ran = []
    for query in WRITES:
        result = target("query", query)
        if result.exit_code == 0 or len(result.output.strip().splitlines()) != 1 or "Traceback" in result.output:
            ran.append((query, result.output))
    assert not ran, f"writes that ran, or errors not on one line: {ran}"
    assert target.snapshot() == before


def test_query_parameters_are_values_and_write_allows_writes(target, files):
    benign, hostile = files
    assert target("load", benign, hostile).exit_code == 0
    before = target.snapshot()
    result = target("query", "evidence", "-p", f"source={ACME}", "-p", "target=Peru' }) DETACH DELETE n //")
    assert result.exit_code == 0, result.output
    assert target.snapshot() == before
    written = target("query", "--write", "MATCH (d:Document) SET d.title = 'changed'")
    assert written.exit_code == 0, written.output
    assert {row[0] for row in target.read("MATCH (d:Document) RETURN d.title")} == {"changed"}


def test_the_embedded_engine_refuses_writes_the_guard_misses(tmp_path, monkeypatch):
    """The read-only transaction holds even if the clause check is fooled."""
    with EmbeddedStore(tmp_path / "g.lbdb") as store:
        store.run("CREATE (:Document {key: 'k', id: 'x', title: 't', date: '', outlet: '', claims: 0})", write=True)
        monkeypatch.setattr("graph.stores.embedded.write_clause", lambda query: "")
        for query in ("MATCH (d:Document) DELETE d", "MATCH (d:Document) SET d.title = 'changed'",
                      "CREATE (:Document {key: 'sneaky', id: 'y'})"):
            with pytest.raises(StoreError):
                store.run(query)
        assert store.run("MATCH (d:Document) RETURN d.key, d.title").rows == [("k", "t")]
    assert guard.write_clause("MATCH (d:Document) DELETE d") == "DELETE"


SECRET = "s3cret-Pa55-w0rd"


def _no_secret(result, caplog, *secrets: str) -> None:
    texts = [result.stdout, result.stderr, caplog.text]
    if result.exc_info:
        texts.append("".join(traceback.format_exception(*result.exc_info)))
    for secret in secrets:
        for text in texts:
            assert secret not in text


@pytest.mark.parametrize("uri", [
    f"bolt://neo4j:{SECRET}@127.0.0.1:7687",
    f"neo4j://neo4j:{SECRET}@127.0.0.1:7687",
    f"bolt://neo4j:{SECRET}@127.0.0.1:1",
    f"bolt://neo4j:{SECRET}@127.0.0.1:7687\r",  # a .env file saved with Windows line ends
    f"bolt://neo4j:{SECRET}@127.0.0.1:7687\n",
    f"bolt://neo4j:{SECRET}@[::1",
])
@pytest.mark.parametrize("debug", [False, True])
def test_a_password_in_the_uri_is_shown_nowhere(uri, debug, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)
    for command in (["stats"], ["query", "MATCH (n) RETURN count(n)"], ["load", str(tmp_path)]):
        result = CliRunner().invoke(cli, (["--debug"] if debug else []) + ["--neo4j", uri, *command], env={})
        assert result.exit_code != 0
        _no_secret(result, caplog, SECRET)
        if not debug:
            assert len(result.output.strip().splitlines()) == 1, result.output


@pytest.mark.neo4j
@pytest.mark.parametrize("how", ["option", "env"])
def test_a_wrong_password_is_shown_nowhere(how, neo4j_settings, _neo4j_session_store, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)
    (tmp_path / "a.txt").write_text(BENIGN)
    given = ["--neo4j-password", SECRET] if how == "option" else []
    env = {"NEO4J_URI": neo4j_settings["uri"], "NEO4J_PASSWORD": SECRET if how == "env" else ""}
    for debug in ([], ["--debug"]):
        for command in (["stats"], ["load", str(tmp_path / "a.txt")], ["query", "arms_suppliers"],
                        ["remove", str(tmp_path / "a.txt")], ["export", "html", str(tmp_path / "m.html")]):
            result = CliRunner().invoke(cli, debug + given + command, env=env)
            assert result.exit_code != 0
            _no_secret(result, caplog, SECRET)
            if not debug:
                assert result.stderr.strip().startswith("Error: Neo4j refused the credentials"), result.stderr


@pytest.mark.neo4j
def test_the_right_password_is_shown_nowhere_either(neo4j_store, neo4j_settings, files, caplog, tmp_path):
    """A working session, a failing query and the server's own logs: the password appears in none."""
    caplog.set_level(logging.DEBUG)
    password = neo4j_settings["password"]
    env = {"NEO4J_URI": neo4j_settings["uri"], "NEO4J_PASSWORD": password}
    runs = [CliRunner().invoke(cli, args, env=env) for args in (
        ["load", str(files[0])], ["stats"], ["query", "MATCH (a RETURN a"], ["query", "MATCH (n) DELETE n"],
        ["--debug", "query", "MATCH (a RETURN a"])]
    assert [r.exit_code for r in runs][:2] == [0, 0] and all(r.exit_code for r in runs[2:])
    for result in runs:
        _no_secret(result, caplog, password)
    logs = Path(__file__).resolve().parents[2] / ".ci" / ".neo4j" / "home" / "logs"
    for log in (logs.glob("*.log") if logs.is_dir() else []):
        assert SECRET not in log.read_text(errors="replace"), log
