"""The command line on the embedded store: the JSON lines contract, loads, queries, exports, errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from tests.seeds import seed_paths

FIXTURES = Path(__file__).parent.parent / "fixtures" / "docs"
ACTOR_KEYS = {"record", "id", "name", "kind", "aliases"}
RELATION_KEYS = {"record", "type", "source", "target", "doc", "evidence", "modality"}


def run(*args, db=None):
    argv = (["--db", str(db)] if db else []) + [str(a) for a in args]
    result = CliRunner().invoke(cli, argv, catch_exceptions=False, env={"NEO4J_URI": ""})
    return result


@pytest.fixture()
def db(tmp_path):
    return tmp_path / "graph.db"


@pytest.fixture()
def loaded(db):
    result = run("load", *seed_paths(), db=db)
    assert result.exit_code == 0, result.output
    return db


def test_extract_prints_the_json_lines_contract():
    result = run("extract", FIXTURES / "harbour.txt")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    actors = {r["id"]: r for r in records if r["record"] == "actor"}
    relations = [r for r in records if r["record"] == "relation"]
    assert all(ACTOR_KEYS <= set(r) for r in actors.values())
    assert all(RELATION_KEYS <= set(r) for r in relations)
    sale = next(r for r in relations if r["type"] == "SELLS_TO")
    assert (sale["source"], sale["target"], sale["modality"]) == ("state:chile", "state:peru", "reported")
    assert sale["source"] in actors and sale["target"] in actors
    assert "six patrol boats" in sale["evidence"] and len(sale["doc"]) == 16


def test_extract_reports_bad_files_and_goes_on(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    result = run("extract", tmp_path / "missing.txt", bad, FIXTURES / "harbour.txt")
    assert result.exit_code == 1
    assert "SELLS_TO" in result.stdout
    errors = [l for l in result.stderr.splitlines() if l.startswith("error:")]
    assert len(errors) == 2 and "Traceback" not in result.output


def test_every_format_loads(db):
    result = run("load", FIXTURES, db=db)
    assert result.exit_code == 1  # feed.jsonl has two bad lines
    assert "feed.jsonl: line 3: malformed JSON" in result.stderr
    docs = json.loads(run("query", "MATCH (d:Document) RETURN d.key AS key", "--format", "json", db=db).stdout)
    names = sorted(Path(d["key"]).name for d in docs)
    assert names == ["feed.jsonl#1", "feed.jsonl#4", "harbour.txt", "notes.md", "pipeline.html", "single.json#1"]


def test_reload_is_idempotent(loaded):
    before = json.loads(run("stats", "--format", "json", db=loaded).stdout)
    again = run("load", *seed_paths(), db=loaded)
    assert again.exit_code == 0 and "5 unchanged" in again.stderr
    assert json.loads(run("stats", "--format", "json", db=loaded).stdout) == before
    assert before["actors"]["State"] >= 6 and before["relations"]["SELLS_TO"] >= 2


def test_named_query_with_parameters(loaded):
    rows = json.loads(run("query", "evidence", "-p", "source=Israel", "-p", "target=Azerbaijan", "--format", "json", db=loaded).stdout)
    assert rows and all(set(r) == {"type", "modality", "evidence", "document"} for r in rows)
    assert {r["type"] for r in rows} >= {"SELLS_TO"}
    rows = json.loads(run("query", "arms_suppliers", "--format", "json", db=loaded).stdout)
    assert {"supplier": "Israel", "buyer": "Azerbaijan"}.items() <= rows[0].items()


def test_query_formats(loaded):
    csv_out = run("query", "MATCH (a:State) RETURN a.name AS name ORDER BY name", "--format", "csv", db=loaded).stdout
    assert csv_out.splitlines()[0] == "name" and "Azerbaijan" in csv_out
    table = run("query", "MATCH (a:State) RETURN a.name AS name ORDER BY name", db=loaded).stdout
    assert table.splitlines()[0].strip() == "name"


def test_query_is_read_only_without_write(loaded):
    result = run("query", "MATCH (a:State) DETACH DELETE a", db=loaded)
    assert result.exit_code == 1 and "--write" in result.output
    assert json.loads(run("stats", "--format", "json", db=loaded).stdout)["actors"]["State"] > 0


def test_bad_query_is_one_line(loaded):
    result = run("query", "MATCH (a RETURN", db=loaded)
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and len(result.output.strip().splitlines()) == 1


def test_export_html_holds_every_actor(loaded, tmp_path):
    out = tmp_path / "map.html"
    assert run("export", "html", out, db=loaded).exit_code == 0
    html = out.read_text()
    actors = json.loads(run("query", "MATCH (a) WHERE a.key IS NULL RETURN a.name AS name", "--format", "json", db=loaded).stdout)
    assert len(actors) > 20
    for row in actors:
        assert json.dumps(row["name"])[1:-1] in html or row["name"] in html, row["name"]


def test_remove_document_drops_its_evidence(loaded):
    doc = str(seed_paths()[0])
    assert run("remove", doc, db=loaded).exit_code == 0
    keys = json.loads(run("query", "MATCH (d:Document) RETURN d.key AS key", "--format", "json", db=loaded).stdout)
    assert doc not in {k["key"] for k in keys} and len(keys) == 4
    assert run("remove", "nope.txt", db=loaded).exit_code == 1


def test_actors_explain_names_the_rule():
    result = run("actors", "--explain", "Volodimir Zelensky")
    assert "person:volodymyr-zelensky" in result.stdout and "same surname" in result.stdout


def test_console_script_runs():
    out = subprocess.run([sys.executable, "-m", "graph.cli", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "extract" in out.stdout
