"""A load killed with SIGKILL halfway, then run again, ends with exactly the graph of one clean load,
on the embedded store and on Neo4j; what the killed load left holds only whole documents."""

from __future__ import annotations

import os
import re
import signal
import time

import pytest

from graph.stores.embedded import EmbeddedStore
from tests.reliability.helpers import (actorgraph, alive, assert_documents_whole, file_size, finish, neo4j_env, snapshot,
                                       start)


def _unchanged(run) -> int:
    found = re.search(r"\((\d+) replaced, (\d+) unchanged\)", run.summary)
    assert found, run.stderr[-2000:]
    assert found.group(1) == "0"
    return int(found.group(2))


def test_killed_embedded_load_resumes_to_the_clean_graph(news, embedded_clean, tmp_path):
    clean_run, clean = embedded_clean
    total = len(clean["documents"])
    assert total > 20

    db = tmp_path / "killed.lbdb"
    wal = db.with_name(db.name + ".wal")
    proc = start("load", news, "--batch", "3", db=db)
    grown, last, deadline = 0, 0, time.monotonic() + 120
    # Each commit appends to the write-ahead log (the first growth is the schema): kill after three batches.
    while grown < 4 and alive(proc) and time.monotonic() < deadline:
        size = file_size(wal)
        if size > last:
            grown += 1
        last = size
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)  # never reaped before `finish`, so the pid is still ours
    killed = finish(proc, timeout=30)
    assert killed.returncode == -signal.SIGKILL, f"the load ended before it was killed: {killed.stderr[-2000:]}"

    with EmbeddedStore(db) as store:  # opening replays the log of the killed process
        partial = len(store.documents())
        assert_documents_whole(store)
    assert 0 < partial < total, (partial, total)

    again = actorgraph("load", news, db=db)
    assert again.returncode == clean_run.returncode and again.errors == clean_run.errors
    assert _unchanged(again) == partial, "documents the killed load committed were written again"
    with EmbeddedStore(db, read_only=True) as store:
        assert snapshot(store) == clean
        assert_documents_whole(store)


@pytest.mark.neo4j
def test_killed_neo4j_load_resumes_to_the_clean_graph(news, neo4j_clean, neo4j_store, neo4j_settings):
    env = neo4j_env(neo4j_settings)
    clean_run, clean = neo4j_clean
    total = len(clean["documents"])
    assert total > 20
    neo4j_store.run("MATCH (n) DETACH DELETE n", write=True)

    proc = start("load", news, "--batch", "2", env=env)
    partial, deadline = 0, time.monotonic() + 120
    while partial < total // 3 and alive(proc) and time.monotonic() < deadline:
        partial = neo4j_store.run("MATCH (d:Document) RETURN count(d) AS n").value()
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)  # never reaped before `finish`, so the pid is still ours
    killed = finish(proc, timeout=30)
    assert killed.returncode == -signal.SIGKILL, f"the load ended before it was killed: {killed.stderr[-2000:]}"

    partial = len(neo4j_store.documents())
    assert 0 < partial < total, (partial, total)
    assert_documents_whole(neo4j_store)

    again = actorgraph("load", news, env=env)
    assert again.returncode == clean_run.returncode and again.errors == clean_run.errors
    assert _unchanged(again) == partial
    assert snapshot(neo4j_store) == clean
    assert_documents_whole(neo4j_store)
