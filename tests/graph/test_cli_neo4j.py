"""The command line against Neo4j: loads, read-only queries, and one-line errors when Neo4j is not right."""

import json

import pytest
from click.testing import CliRunner

from graph.cli import cli
from tests.seeds import seed_paths


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env or {}, catch_exceptions=False)


@pytest.mark.neo4j
def test_load_and_query_on_neo4j(neo4j_store, neo4j_settings):
    env = {"NEO4J_URI": neo4j_settings["uri"], "NEO4J_PASSWORD": neo4j_settings["password"]}
    assert run("load", *seed_paths(), env=env).exit_code == 0
    rows = json.loads(run("query", "arms_suppliers", "--format", "json", env=env).stdout)
    assert {"supplier": "Israel", "buyer": "Azerbaijan"}.items() <= rows[0].items()
    refused = run("query", "MATCH (n) DETACH DELETE n", env=env)
    assert refused.exit_code == 1 and "--write" in refused.output
    assert json.loads(run("stats", "--format", "json", env=env).stdout)["documents"] == len(seed_paths())


def test_neo4j_down_is_one_line():
    result = run("--neo4j", "bolt://127.0.0.1:1", "stats")
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert "NEO4J_URI" in result.output or "running" in result.output


@pytest.mark.neo4j
def test_wrong_password_is_one_line_without_the_password(neo4j_store, neo4j_settings):
    secret = "not-the-password-42"
    result = run("--neo4j", neo4j_settings["uri"], "--neo4j-password", secret, "stats")
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert secret not in result.output and "NEO4J_PASSWORD" in result.output


def test_bad_uri_is_one_line():
    result = run("--neo4j", "http//nowhere", "stats")
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
