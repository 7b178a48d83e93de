"""Two writers on one embedded store: the second stops at once with one clear line and a non-zero
exit, the first finishes, and the store afterwards holds exactly what clean loads give."""

from __future__ import annotations

import os
import shutil
import signal
import time

import pytest

from graph.stores.embedded import EmbeddedStore
from tests.reliability.helpers import actorgraph, alive, corpus, file_size, finish, one_line_errors, snapshot, start

LOCKED = "is in use by another actorgraph process; wait for it to finish"


@pytest.fixture(scope="module")
def halves(tmp_path_factory):
    """Two folders of different documents, and both together."""
    root = tmp_path_factory.mktemp("concurrency")
    corpus(root / "all", 16, seed=5)
    first, second = root / "first", root / "second"
    files = sorted(p for p in (root / "all").rglob("*") if p.is_file() and not p.name.startswith("."))
    for i, path in enumerate(files):
        target = (first if i % 2 == 0 else second) / path.name
        target.parent.mkdir(exist_ok=True)
        shutil.copy(path, target)
    return first, second


@pytest.fixture(scope="module")
def clean(halves, tmp_path_factory) -> dict:
    """The graph of one load of both halves, alone."""
    db = tmp_path_factory.mktemp("concurrency-clean") / "clean.lbdb"
    assert actorgraph("load", *halves, db=db).summary
    with EmbeddedStore(db, read_only=True) as store:
        return snapshot(store)


def _locked_line(run, db) -> None:
    assert run.returncode == 1 and not run.stopped_for
    assert run.stderr.strip() == f"Error: database at {db} {LOCKED}", run.stderr


def test_a_second_writer_stops_with_one_line_and_the_first_finishes(halves, clean, tmp_path):
    first, second = halves
    db = tmp_path / "graph.lbdb"
    wal = db.with_name(db.name + ".wal")
    writer = start("load", first, "--batch", "2", db=db)
    deadline = time.monotonic() + 60
    while not file_size(wal) and alive(writer) and time.monotonic() < deadline:
        time.sleep(0.01)  # the log grows once the first writer holds the database
    assert alive(writer), "the first load ended before the others could meet it"
    os.kill(writer.pid, signal.SIGSTOP)  # it holds the database, mid-load, while the others try
    try:
        others = [start("load", second, db=db), start("stats", db=db)]
        second_writer, reader = (finish(p, timeout=60) for p in others)
    finally:
        os.kill(writer.pid, signal.SIGCONT)
    done = finish(writer, timeout=120)
    assert done.summary, done.stderr[-2000:]
    one_line_errors(done)
    _locked_line(second_writer, db)
    _locked_line(reader, db)

    again = actorgraph("load", second, db=db)  # the refused load, run again once the store is free
    assert again.summary and LOCKED not in again.stderr
    with EmbeddedStore(db, read_only=True) as store:
        got = snapshot(store)
    assert got == clean


def test_writers_racing_for_a_new_store_leave_it_whole(halves, clean, tmp_path):
    first, second = halves
    db = tmp_path / "graph.lbdb"
    racers = [start("load", folder, db=db) for folder in (first, second)]
    runs = [finish(p, timeout=120) for p in racers]
    for run in runs:
        assert not run.stopped_for and "Traceback" not in run.stderr, run.stderr[-2000:]
        assert run.summary or run.stderr.strip() == f"Error: database at {db} {LOCKED}", run.stderr[-2000:]
    assert any(run.summary for run in runs)
    for folder, run in zip((first, second), runs):
        if not run.summary:  # who lost the race runs again
            assert actorgraph("load", folder, db=db).summary
    with EmbeddedStore(db, read_only=True) as store:
        got = snapshot(store)
    assert got == clean
