"""Neo4j stopped in the middle of a load: one clear line and a non-zero exit; once the server is back
the same load completes with the counts of a clean load. The test starts the server again whatever happens."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from urllib.parse import urlsplit

import pytest

from tests.reliability.helpers import (NEO4J_SH, actorgraph, alive, assert_documents_whole, finish, neo4j_env,
                                       one_line_errors, snapshot, start)

pytestmark = pytest.mark.neo4j


def _server(command: str, settings: dict) -> subprocess.CompletedProcess:
    port = str(urlsplit(settings["uri"]).port or 7687)
    env = {**os.environ, "NEO4J_PASSWORD": settings["password"], "NEO4J_BOLT_PORT": port}
    return subprocess.run(["bash", str(NEO4J_SH), command], env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture
def controlled_server(neo4j_store, neo4j_settings):
    """The test server, if .ci/neo4j.sh runs it (only then can the test stop it); running again afterwards."""
    host = urlsplit(neo4j_settings["uri"]).hostname
    if host not in ("127.0.0.1", "localhost") or _server("status", neo4j_settings).returncode != 0:
        pytest.skip("the Neo4j server is not one that .ci/neo4j.sh started, so this test cannot stop it")
    try:
        yield neo4j_store
    finally:
        started = _server("start", neo4j_settings)  # waits until Bolt accepts the login
        assert started.returncode == 0, started.stderr[-2000:]
        deadline = time.monotonic() + 60
        while True:  # and the store the other tests share answers again
            try:
                neo4j_store.run("RETURN 1")
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)


def test_server_stopped_mid_load_is_one_line_and_the_next_run_completes(news, neo4j_clean, controlled_server,
                                                                        neo4j_settings):
    store = controlled_server  # emptied
    clean_run, clean = neo4j_clean
    env = neo4j_env(neo4j_settings)

    proc = start("load", news, "--batch", "1", env=env)
    try:
        deadline = time.monotonic() + 60
        while not store.documents() and alive(proc) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert alive(proc), "the load ended before its first document was seen"
        os.kill(proc.pid, signal.SIGSTOP)  # the load waits, mid-way, while the server stops
        try:
            stopped = _server("stop", neo4j_settings)
        finally:
            os.kill(proc.pid, signal.SIGCONT)
        assert stopped.returncode == 0, stopped.stderr[-2000:]
        failed = finish(proc, timeout=180)
    finally:
        if proc.returncode is None:  # a failed assertion above: end the load, then the server starts again
            os.kill(proc.pid, signal.SIGKILL)
            finish(proc)
    assert failed.returncode == 1, f"the load did not notice the server stopping: {failed.stderr[-2000:]}"
    one_line_errors(failed)  # the driver's retries too are one line each
    last = failed.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: ") and "Neo4j" in last, failed.stderr[-2000:]
    assert neo4j_settings["password"] not in failed.stderr + failed.stdout

    started = _server("start", neo4j_settings)
    assert started.returncode == 0, started.stderr[-2000:]
    partial = len(store.documents())
    assert_documents_whole(store)
    again = actorgraph("load", news, env=env)
    assert again.returncode == clean_run.returncode and again.errors == clean_run.errors
    assert f", {partial} unchanged)" in again.summary, again.summary
    assert snapshot(store) == clean
