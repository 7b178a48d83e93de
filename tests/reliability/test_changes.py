"""Changed and removed documents through the CLI, on both stores: a new version of a file leaves no
evidence of the old one, and `remove` leaves exactly the graph of a load without the document."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.stores.embedded import EmbeddedStore
from tests.reliability.helpers import CLAIMS, snapshot

V1 = ("Chile sold six patrol boats to Peru in 2021, the ministry said. "
      "Israel sold drones to Azerbaijan in 2016, according to SIPRI.\n")
V2 = ("Norway will supply natural gas to Poland from next year, the energy ministry said. "
      "Chile sold six patrol boats to Peru in 2021, officials said again.\n")
OTHER = "Chile sold helicopters to Ecuador in 2019, the defence ministry said.\n"
FEED = ('{"text": "Turkey sold drones to Ukraine in 2019."}\n'
        '{"text": "The European Union imposed sanctions on Belarus over the crackdown."}\n')


class Target:
    """The CLI on one store, and a way to look into that store afterwards."""

    def __init__(self, kind: str, tmp_path: Path, settings: dict | None = None, store=None):
        self.kind, self._store = kind, store
        if kind == "embedded":
            self.db = tmp_path / "graph.lbdb"
            self.args, self.env = ["--db", str(self.db)], {"NEO4J_URI": ""}
        else:
            self.args = ["--neo4j", settings["uri"]]
            self.env = {"NEO4J_URI": "", "NEO4J_USER": settings["user"], "NEO4J_PASSWORD": settings["password"],
                        "NEO4J_DATABASE": settings["database"]}

    def __call__(self, *args):
        return CliRunner().invoke(cli, self.args + [str(a) for a in args], env=self.env)

    @contextlib.contextmanager
    def store(self):
        if self.kind == "neo4j":
            yield self._store
        else:
            with EmbeddedStore(self.db, read_only=True) as store:
                yield store


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def target(request, tmp_path):
    if request.param == "embedded":
        return Target("embedded", tmp_path)
    return Target("neo4j", tmp_path, request.getfixturevalue("neo4j_settings"),
                  request.getfixturevalue("neo4j_store"))


def _clean(tmp_path: Path, *files: Path) -> dict:
    """The graph of one load of `files` into a new embedded database."""
    db = tmp_path / "clean.lbdb"
    result = CliRunner().invoke(cli, ["--db", str(db), "load", *map(str, files)], env={"NEO4J_URI": ""})
    assert result.exit_code == 0, result.output
    with EmbeddedStore(db, read_only=True) as store:
        return snapshot(store)


def _sentences(store, key: str | None = None) -> set[str]:
    return {row[4] for row in store.run(CLAIMS).rows if key is None or row[3] == key}


def _actors(store) -> set[str]:
    return {row[0] for row in store.run("MATCH (a) WHERE a.kind IS NOT NULL RETURN a.id").rows}


def test_a_new_version_replaces_its_claims_and_leaves_no_old_evidence(target, tmp_path):
    story, other = tmp_path / "story.txt", tmp_path / "other.txt"
    story.write_text(V1)
    other.write_text(OTHER)
    assert target("load", story, other).exit_code == 0
    with target.store() as store:
        old = _sentences(store, str(story))
        assert {"state:israel", "state:azerbaijan"} <= _actors(store)
    assert len(old) == 2

    story.write_text(V2)
    result = target("load", story, other)
    assert result.exit_code == 0 and "(1 replaced, 1 unchanged)" in result.stderr, result.output
    with target.store() as store:
        assert not old & _sentences(store), "evidence of the old version is left"
        new = _sentences(store, str(story))
        assert any("Norway" in s for s in new) and any("officials said again" in s for s in new)
        actors = _actors(store)
        assert not {"state:israel", "state:azerbaijan"} & actors, "actors of the old version only are left"
        assert {"state:chile", "state:ecuador", "state:norway", "state:poland"} <= actors
        got = snapshot(store)
    clean = _clean(tmp_path, story, other)
    assert got["stats"] == clean["stats"] and got["claims"] == clean["claims"] and got["actors"] == clean["actors"]


def test_remove_drops_the_document_its_claims_and_actors_only_it_supported(target, tmp_path, monkeypatch):
    story, other, feed = tmp_path / "story.txt", tmp_path / "other.txt", tmp_path / "feed.jsonl"
    story.write_text(V1)
    other.write_text(OTHER)
    feed.write_text(FEED)
    assert target("load", story, other, feed).exit_code == 0
    monkeypatch.chdir(tmp_path)  # remove by the path as typed, relative, as `load` was given it
    result = target("remove", "story.txt", feed)
    assert result.exit_code == 0, result.output
    assert result.stderr.count("removed ") == 3  # story.txt, feed.jsonl#1, feed.jsonl#2
    with target.store() as store:
        got = snapshot(store)
    assert set(got["documents"]) == {str(other)}
    assert not {"state:israel", "state:azerbaijan", "state:peru", "state:turkey", "org:european-union"} & {
        a for a, _ in got["actors"]}
    clean = _clean(tmp_path, other)
    assert got["stats"] == clean["stats"] and got["claims"] == clean["claims"] and got["actors"] == clean["actors"]
    missing = target("remove", "story.txt")
    assert missing.exit_code == 1 and "story.txt: no such document in the store" in missing.stderr


def test_remove_finds_a_file_whose_name_is_not_utf8(tmp_path):
    import os

    odd = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(odd, "w") as f:
        f.write(OTHER)
    target = Target("embedded", tmp_path)
    assert target("load", os.fsdecode(odd)).exit_code == 0
    result = target("remove", os.fsdecode(odd))
    assert result.exit_code == 0 and "removed " in result.stderr, result.output
    with target.store() as store:
        assert store.documents() == {}
