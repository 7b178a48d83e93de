"""Shared fixtures: stores (embedded and Neo4j) and the Neo4j connection settings.

Tests that need Neo4j carry `@pytest.mark.neo4j`. Without a server they are
skipped, except in CI (`CI` set) or with `ACTORGRAPH_REQUIRE_NEO4J=1`, where a
missing server fails them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Fixture modules live in tests/fixtures and import as `fixtures.*`.
sys.path.append(str(Path(__file__).parent))  # after the code: tests/graph and tests/loaders must not shadow it
# the checkout's own packages come first: their submodules would otherwise be found through the editable install
# of another checkout
sys.path.insert(0, str(Path(__file__).parent.parent))
pytest.register_assert_rewrite("fixtures.extractions")  # its shared checks report like a test's own asserts

from graph.stores import StoreError  # noqa: E402


def neo4j_required() -> bool:
    """Whether a missing Neo4j server is a failure rather than a skip."""
    return bool(os.environ.get("CI")) or os.environ.get("ACTORGRAPH_REQUIRE_NEO4J") == "1"


@pytest.fixture(scope="session")
def neo4j_settings() -> dict[str, str]:
    """URI, user, password and database of the test server, from the environment."""
    return {
        "uri": os.environ.get("NEO4J_URI") or "bolt://127.0.0.1:7687",
        "user": os.environ.get("NEO4J_USER") or "neo4j",
        "password": os.environ.get("NEO4J_PASSWORD") or "actorgraph-test",
        "database": os.environ.get("NEO4J_DATABASE") or "neo4j",
    }


@pytest.fixture(scope="session")
def _neo4j_session_store(neo4j_settings):
    from graph.stores.neo4j import Neo4jStore
    try:
        store = Neo4jStore(neo4j_settings["uri"], neo4j_settings["user"], neo4j_settings["password"],
                           database=neo4j_settings["database"])
    except StoreError as exc:
        if neo4j_required():
            pytest.fail(f"Neo4j is required here (CI or ACTORGRAPH_REQUIRE_NEO4J=1): {exc}")
        pytest.skip(f"no Neo4j server: {exc}")
    yield store
    store.close()


@pytest.fixture
def neo4j_store(_neo4j_session_store):
    """A Neo4j store on an emptied database (constraints and indexes stay)."""
    _neo4j_session_store.run("MATCH (n) DETACH DELETE n", write=True)
    return _neo4j_session_store


@pytest.fixture
def embedded_store(tmp_path):
    """A fresh embedded store in a temporary folder."""
    from graph.stores.embedded import EmbeddedStore
    store = EmbeddedStore(tmp_path / "graph.lbdb")
    yield store
    store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request):
    """Each store in turn, empty: the contract suite runs once per store."""
    return request.getfixturevalue(f"{request.param}_store")
