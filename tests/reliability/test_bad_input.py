"""Bad input through `actorgraph load`: each bad file is one line on stderr naming it and the reason,
the other files still load, the exit status says something was refused, and nothing is read whole
into memory or waited on forever."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.model import Document
from graph.stores.embedded import EmbeddedStore
from loaders import sources
from loaders.sources import SourceError, read_sources
from tests.reliability.helpers import CLAIMS, actorgraph, one_line_errors

GOOD = "Chile sold six patrol boats to Peru in 2021, the ministry said.\n"
HTML = """<!doctype html><html><head><title>Gas deal</title>
<style>body { color: red } .x::after { content: "Russia sold tanks to Iran." }</style>
<script>var msg = "Russia sold tanks to Iran in 2020."; document.write('<p>Russia sold tanks to Iran.</p>');</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Gas deal</h1>
<p>Norway will supply natural gas to Poland from next year, the energy ministry said on Monday.</p>
<script>window.secretScript = "Russia sold tanks to Iran.";</script>
<p>The pipeline runs under the Baltic Sea and is expected to carry ten billion cubic metres a year.</p>
<!-- Russia sold tanks to Iran. -->
</article></body></html>
"""
FEED = [
    json.dumps({"title": "Embargo", "text": "The European Union imposed sanctions on Belarus over the crackdown.",
                "date": "2022-03-01"}),
    '{"title": "broken", "text": "Chile sold',
    json.dumps({"text": "Brazil's arms sales to Nigeria doubled over the decade."}),
    "not json at all",
    "[1, 2, 3]",
    "",
    json.dumps({"text": "Chile sold six patrol boats to Peru in 2021."}),
]
HUNDRED_MB = 100 * 1024 * 1024


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> Path:
    """A folder of good and bad files, as the load's arguments."""
    folder = tmp_path_factory.mktemp("bad-input") / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "page.html").write_text(HTML)
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "latin1.txt").write_bytes("Chile sold six patrol boats to Peru in 2021, the minist\xe8re said.\n"
                                        .encode("latin-1"))
    (folder / "empty.txt").write_text("")
    (folder / "blank.md").write_text("  \n\t\n")
    (folder / "broken.json").write_text('{"title": "Cut off", "text": "Norway sold')
    (folder / "feed.jsonl").write_text("\n".join(FEED) + "\n")
    with open(folder / "dump.jsonl", "wb") as big:  # sparse: 100 MB that take no disk
        big.truncate(HUNDRED_MB)
    locked = folder / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(GOOD)
    (folder / "noread.txt").write_text(GOOD)
    return folder


@pytest.fixture(scope="module")
def mixed(news, tmp_path_factory, unprivileged):
    """One load of the folder, the locked folder, the unreadable file and a missing path."""
    (news / "locked").chmod(0)
    (news / "noread.txt").chmod(0)
    try:
        db = tmp_path_factory.mktemp("bad-input-db") / "graph.lbdb"
        run = actorgraph("load", news, news / "missing.txt", db=db, prefix=unprivileged, timeout=120)
    finally:
        (news / "locked").chmod(0o755)
        (news / "noread.txt").chmod(0o644)
    assert not run.stopped_for, run.stopped_for
    with EmbeddedStore(db, read_only=True) as store:
        docs = {Path(key).name: doc_id for key, doc_id in store.documents().items()}
        claims = store.run(CLAIMS).records()
        titles = [row[0] for row in store.run("MATCH (d:Document) RETURN d.title").rows]
        page_actors = {row[0] for row in store.run("MATCH (a)-[:MENTIONED_IN]->(d:Document) "
                                                   "WHERE d.key ENDS WITH 'page.html' RETURN a.id").rows}
    return {"run": run, "docs": docs, "claims": claims, "titles": titles, "page_actors": page_actors}


def _error_for(run, name: str) -> str:
    found = [line for line in run.errors if f"/{name}:" in line or line.startswith(f"error: {name}:")]
    assert found, f"no error line for {name}:\n{run.stderr}"
    return " ".join(found)


def test_every_bad_file_is_one_line_naming_it_and_the_reason(mixed):
    run = mixed["run"]
    one_line_errors(run)
    assert "binary" in _error_for(run, "image.txt")
    assert "empty" in _error_for(run, "empty.txt") and "empty" in _error_for(run, "blank.md")
    assert "malformed JSON at line 1" in _error_for(run, "broken.json")
    assert re.search(r"100 MB, over the \d+ MB limit", _error_for(run, "dump.jsonl"))
    assert _error_for(run, "missing.txt").endswith("/missing.txt: no such file or folder")
    assert "permission denied" in _error_for(run, "locked")
    assert "permission denied" in _error_for(run, "noread.txt")


def test_jsonl_loads_the_good_lines_and_names_the_bad_ones(mixed):
    feed = _error_for(mixed["run"], "feed.jsonl")
    assert "line 2: malformed JSON" in feed and "line 4: malformed JSON" in feed
    assert "line 5: no text field" in feed
    assert {"feed.jsonl#1", "feed.jsonl#3", "feed.jsonl#7"} <= set(mixed["docs"])
    assert not {name for name in mixed["docs"] if name.startswith("feed.jsonl")} - {
        "feed.jsonl#1", "feed.jsonl#3", "feed.jsonl#7"}


def test_the_good_files_still_load_and_the_summary_counts_both(mixed):
    run = mixed["run"]
    assert run.returncode == 1
    loaded = {"good.txt", "page.html", "latin1.txt", "feed.jsonl#1", "feed.jsonl#3", "feed.jsonl#7"}
    assert set(mixed["docs"]) == loaded
    refused = {line.split(": ", 2)[1] for line in run.errors}
    assert re.fullmatch(rf"loaded {len(loaded)} document\(s\) \(0 replaced, 0 unchanged\), \d+ claim\(s\); "
                        rf"{len(refused)} file\(s\) refused", run.summary), run.summary
    assert {"good.txt", "latin1.txt", "page.html"} <= {Path(c["doc"]).name for c in mixed["claims"]}


def test_invalid_utf8_is_replaced_with_a_warning_not_refused(mixed):
    run = mixed["run"]
    warning = [line for line in run.stderr.splitlines() if line.startswith("warning:") and "latin1.txt" in line]
    assert len(warning) == 1 and "invalid UTF-8 at byte" in warning[0]
    assert not [line for line in run.errors if "latin1.txt" in line]
    sentence = next(c["sentence"] for c in mixed["claims"] if c["doc"].endswith("latin1.txt"))
    assert "minist\ufffdre" in sentence


def test_html_keeps_no_script_style_or_comment_text(mixed):
    evidence = " ".join([c["sentence"] for c in mixed["claims"]] + mixed["titles"])
    for marker in ("tanks", "document.write", "secretScript", "color: red", "content:", "var msg"):
        assert marker not in evidence
    assert "state:norway" in mixed["page_actors"]
    assert not {"state:russia", "state:iran"} & mixed["page_actors"]


def test_a_100_mb_file_is_never_read_into_memory(mixed, news, tmp_path):
    baseline = actorgraph("load", news / "good.txt", news / "page.html", news / "feed.jsonl",
                          db=tmp_path / "baseline.lbdb", timeout=120)
    assert baseline.returncode == 1 and not baseline.stopped_for  # feed.jsonl has bad lines
    assert mixed["run"].peak_mb < baseline.peak_mb + 40, (mixed["run"].peak_mb, baseline.peak_mb)


def test_the_locked_folder_really_is_unreadable_to_the_loader(news, unprivileged, tmp_path):
    """Guards the permission test against passing because the lock did nothing."""
    import subprocess
    import sys

    (news / "locked").chmod(0)
    try:
        probe = subprocess.run([*unprivileged, sys.executable, "-c", f"import os; os.listdir({str(news / 'locked')!r})"],
                               capture_output=True, text=True)
    finally:
        (news / "locked").chmod(0o755)
    assert probe.returncode != 0 and "PermissionError" in probe.stderr


def test_special_files_are_refused_without_waiting_or_reading(tmp_path):
    """A named pipe in a folder would block a reader forever; /dev/zero never ends."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    os.mkfifo(folder / "pipe.txt")
    run = actorgraph("load", folder, "/dev/zero", db=tmp_path / "graph.lbdb", timeout=60, rss_cap_mb=1500)
    assert not run.stopped_for, run.stopped_for
    one_line_errors(run)
    assert "not a regular file" in _error_for(run, "pipe.txt")
    assert "not a regular file" in " ".join(line for line in run.errors if "/dev/zero" in line)
    assert run.returncode == 1 and run.summary.startswith("loaded 1 document(s)")


def test_a_file_longer_than_stat_says_is_read_no_further_than_the_limit(monkeypatch):
    """procfs files report size 0; so does a file that grows between stat and read."""
    monkeypatch.setattr(sources, "MAX_BYTES", 200)
    items = list(read_sources(["/proc/self/maps"]))
    assert [type(i) for i in items] == [SourceError] and "limit" in items[0].reason


@pytest.mark.parametrize("name,content,reason", [
    ("deep.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("deep.jsonl", '{"text": "Chile sold arms to Peru."}\n' + "[" * 100_000 + "]" * 100_000 + "\n", "line 2"),
    ("long-number.json", '{"text": "Chile sold arms to Peru.", "date": ' + "9" * 5000 + "}", "number"),
])
def test_json_that_python_cannot_parse_is_refused_not_fatal(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_text(content)
    (tmp_path / "good.txt").write_text(GOOD)
    items = list(read_sources([str(path), str(tmp_path / "good.txt")]))
    errors = [i for i in items if isinstance(i, SourceError)]
    assert errors and all(reason in e.reason for e in errors if not e.warning), errors
    assert [Path(i.key).name for i in items if isinstance(i, Document)][-1] == "good.txt"
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "g.lbdb"), "load", str(path), str(tmp_path / "good.txt")],
                                env={"NEO4J_URI": ""})
    assert result.exit_code == 1 and "loaded " in result.stderr and "Error:" not in result.stderr, result.stderr


def test_lone_surrogates_in_json_become_replacement_characters(tmp_path):
    """Cut emoji in scraped JSON ("\\ud83d") are not text any store can hold."""
    path = tmp_path / "tweets.jsonl"
    path.write_text(json.dumps({"title": "Cut \ud83d emoji", "outlet": "\udc00",
                                "text": "Chile sold six patrol boats to Peru in 2021 \ud83d, the ministry said."}) + "\n")
    items = list(read_sources([str(path)]))
    (doc,) = [i for i in items if isinstance(i, Document)]
    assert "\ud83d" not in doc.text + doc.title + doc.outlet and "\ufffd" in doc.text and "\ufffd" in doc.title
    assert [e.warning for e in items if isinstance(e, SourceError)] == [True]
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "g.lbdb"), "load", str(path)], env={"NEO4J_URI": ""})
    assert result.exit_code == 0, result.output
    with EmbeddedStore(tmp_path / "g.lbdb", read_only=True) as store:
        (sentence,) = [row[4] for row in store.run(CLAIMS).rows]
    assert sentence == "Chile sold six patrol boats to Peru in 2021 \ufffd, the ministry said."


def test_a_file_name_that_is_not_utf8_loads_under_a_readable_key(tmp_path):
    """Python hands such names over with surrogates, which neither store can hold: the whole load failed."""
    folder = tmp_path / "news"
    folder.mkdir()
    odd = os.path.join(os.fsencode(folder), b"caf\xe9 \xff.txt")
    with open(odd, "w") as f:
        f.write(GOOD)
    (folder / "ok.txt").write_text("Norway will supply natural gas to Poland from next year, the ministry said.\n")
    db = ["--db", str(tmp_path / "g.lbdb")]
    first = CliRunner().invoke(cli, [*db, "load", str(folder)], env={"NEO4J_URI": ""})
    assert first.exit_code == 0 and "loaded 2 document(s)" in first.stderr, first.output
    assert "warning:" in first.stderr and "not valid UTF-8" in first.stderr
    again = CliRunner().invoke(cli, [*db, "load", str(folder)], env={"NEO4J_URI": ""})
    assert "(0 replaced, 2 unchanged)" in again.stderr, again.stderr
    with EmbeddedStore(tmp_path / "g.lbdb", read_only=True) as store:
        keys = sorted(Path(key).name for key in store.documents())
    assert keys == ["caf\\xe9 \\xff.txt", "ok.txt"]


@pytest.mark.neo4j
def test_text_no_store_could_hold_loads_on_neo4j(neo4j_store, neo4j_settings, tmp_path):
    """Half an emoji in JSON and a non-UTF-8 file name each stopped a whole Neo4j load."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "tweets.jsonl").write_text(json.dumps({"title": "Cut \ud83d", "text": GOOD.strip() + " \ud83d"}) + "\n")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w") as f:
        f.write("Norway will supply natural gas to Poland from next year, the ministry said.\n")
    result = CliRunner().invoke(cli, ["--neo4j", neo4j_settings["uri"], "load", str(folder)],
                                env={"NEO4J_URI": "", "NEO4J_PASSWORD": neo4j_settings["password"],
                                     "NEO4J_USER": neo4j_settings["user"], "NEO4J_DATABASE": neo4j_settings["database"]})
    assert result.exit_code == 0 and "loaded 2 document(s)" in result.stderr, result.output
    assert sorted(Path(key).name for key in neo4j_store.documents()) == ["caf\\xe9.txt", "tweets.jsonl#1"]
    assert "Cut \ufffd" in {row[0] for row in neo4j_store.run("MATCH (d:Document) RETURN d.title").rows}
