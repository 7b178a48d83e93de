"""Fixtures of the reliability tests: a process that file permissions bind even when we run as root."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

#: Root reads any file through these two capabilities; without them it meets permissions like anyone.
DAC_CAPS = "-dac_override,-dac_read_search"


@pytest.fixture(scope="session")
def unprivileged() -> tuple[str, ...]:
    """A command prefix under which `chmod 000` really refuses access (the kernel's EACCES, not a mock).

    As root that is `setpriv` dropping the capabilities that bypass permissions, so the
    process keeps root's Python and packages; as another user nothing is needed.
    """
    if os.geteuid() != 0:
        return ()
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: permissions cannot be made to apply")
    prefix = ("setpriv", f"--bounding-set={DAC_CAPS}", f"--inh-caps={DAC_CAPS}")
    probe = subprocess.run([*prefix, sys.executable, "-c", "print('ok')"], capture_output=True, text=True)
    if probe.stdout.strip() != "ok":
        pytest.skip(f"setpriv cannot drop capabilities here: {probe.stderr.strip()[:200]}")
    return prefix


@pytest.fixture(scope="session")
def news(tmp_path_factory):
    """The benchmark's synthetic corpus, 40 documents in .txt, .html and .jsonl, and a few malformed files."""
    from tests.reliability.helpers import corpus

    folder = tmp_path_factory.mktemp("corpus") / "news"
    info = corpus(folder, 40, seed=11)
    assert info["malformed_files"] > 0  # every load of it also reports bad files
    return folder


@pytest.fixture(scope="session")
def embedded_clean(news, tmp_path_factory):
    """One uninterrupted load of `news` into a new embedded database: the run and the graph it leaves."""
    from graph.stores.embedded import EmbeddedStore
    from tests.reliability.helpers import actorgraph, one_line_errors, snapshot

    db = tmp_path_factory.mktemp("clean") / "clean.lbdb"
    run = actorgraph("load", news, db=db)
    one_line_errors(run)
    with EmbeddedStore(db, read_only=True) as store:
        return run, snapshot(store)


@pytest.fixture(scope="session")
def neo4j_clean(news, _neo4j_session_store, neo4j_settings):
    """One uninterrupted load of `news` into the emptied Neo4j database: the run and the graph it leaves."""
    from tests.reliability.helpers import actorgraph, neo4j_env, one_line_errors, snapshot

    _neo4j_session_store.run("MATCH (n) DETACH DELETE n", write=True)
    run = actorgraph("load", news, env=neo4j_env(neo4j_settings))
    one_line_errors(run)
    return run, snapshot(_neo4j_session_store)
