"""Store errors are one line, name what to check, and never show a password."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from graph.stores import (StoreAuthError, StoreError, StoreLockedError, StoreUnavailableError,
                          open_store)
from graph.stores.embedded import EmbeddedStore
from graph.stores.neo4j import Neo4jStore

ROOT = Path(__file__).resolve().parents[2]
WRONG = "not-the-password-3f9c"


@pytest.mark.neo4j
def test_wrong_password_is_an_auth_error_without_the_password(neo4j_settings, _neo4j_session_store):
    with pytest.raises(StoreAuthError) as caught:
        Neo4jStore(neo4j_settings["uri"], neo4j_settings["user"], WRONG)
    message = str(caught.value)
    assert WRONG not in message and WRONG not in repr(caught.value)
    assert "NEO4J_PASSWORD" in message and "\n" not in message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_unreachable_port_is_unavailable():
    with pytest.raises(StoreUnavailableError) as caught:
        Neo4jStore("bolt://127.0.0.1:1", "neo4j", WRONG)
    assert "cannot reach Neo4j at bolt://127.0.0.1:1" in str(caught.value)
    assert WRONG not in str(caught.value)


@pytest.mark.parametrize("uri", ["http://127.0.0.1:7474", "bolt//no-scheme", "bolt://user:pw@127.0.0.1:99999"])
def test_bad_uri_is_a_store_error(uri):
    with pytest.raises(StoreError) as caught:
        Neo4jStore(uri, "neo4j", WRONG)
    assert "\n" not in str(caught.value) and WRONG not in str(caught.value)
    assert ":pw@" not in str(caught.value)


def test_password_in_no_repr(neo4j_settings):
    store = None
    try:
        store = Neo4jStore(neo4j_settings["uri"], neo4j_settings["user"], neo4j_settings["password"])
    except StoreError:
        pytest.skip("no Neo4j server")
    try:
        assert neo4j_settings["password"] not in repr(store)
        assert neo4j_settings["password"] not in repr(vars(store))
    finally:
        store.close()


HOLDER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from graph.stores.embedded import EmbeddedStore
    store = EmbeddedStore(sys.argv[1])
    print("open", flush=True)
    sys.stdin.read()
""")


def test_second_process_gets_a_locked_error(tmp_path):
    path = tmp_path / "graph.lbdb"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER.format(root=str(ROOT)), str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLockedError) as caught:
            EmbeddedStore(path)
        assert str(caught.value) == (f"database at {path} is in use by another actorgraph process; "
                                     "wait for it to finish")
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    with EmbeddedStore(path) as store:  # released once the holder exits
        assert store.documents() == {}


def test_read_only_open_of_a_missing_database(tmp_path):
    with pytest.raises(StoreError, match="no database at"):
        EmbeddedStore(tmp_path / "missing.lbdb", read_only=True)


def test_folder_as_database_path(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        EmbeddedStore(tmp_path)


def test_open_store_picks_by_uri(tmp_path, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("ACTORGRAPH_DB", str(tmp_path / "env.lbdb"))
    with open_store() as store:
        assert isinstance(store, EmbeddedStore) and store.path == tmp_path / "env.lbdb"
    with pytest.raises(StoreUnavailableError):
        open_store(neo4j_uri="bolt://127.0.0.1:1", password=WRONG)


def test_engine_errors_are_one_line(tmp_path):
    with EmbeddedStore(tmp_path / "g.lbdb") as store:
        with pytest.raises(StoreError) as caught:
            store.run("MATCH (a:State RETURN a")
        assert "\n" not in str(caught.value)
        with pytest.raises(StoreError, match="does not exist"):
            store.run("MATCH (a:Nope) RETURN a")
