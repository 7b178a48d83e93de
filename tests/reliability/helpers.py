"""What the reliability tests share: the CLI in a subprocess (with its peak memory), graph snapshots, corpora.

>>> run = actorgraph("--help")                       # doctest: +SKIP
>>> run.returncode, run.peak_mb < 500                # doctest: +SKIP
(0, True)
"""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NEO4J_SH = ROOT / ".ci" / "neo4j.sh"
#: Claims, as rows that identify them and their evidence (the same query runs on both stores).
CLAIMS = ("MATCH (s)-[r]->(t) WHERE r.claim_id IS NOT NULL "
          "RETURN r.claim_id AS claim, s.id AS source, t.id AS target, r.doc_key AS doc, r.sentence AS sentence")
CLAIMS_PER_DOCUMENT = ("MATCH ()-[r]->() WHERE r.claim_id IS NOT NULL "
                       "RETURN r.doc_key AS doc, count(r) AS n")
ACTORS = "MATCH (a)-[:MENTIONED_IN]->(:Document) RETURN DISTINCT a.id AS id, a.name AS name"

__all__ = ["ROOT", "NEO4J_SH", "Run", "actorgraph", "alive", "assert_documents_whole", "cli_env", "corpus",
           "file_size", "finish", "neo4j_env", "one_line_errors", "snapshot", "start"]


@dataclass
class Run:
    """A finished `actorgraph` process: exit status, output, and its peak resident memory."""

    returncode: int
    stdout: str
    stderr: str
    peak_mb: float
    stopped_for: str = ""  # why the test killed it ("" when it ended by itself)

    @property
    def errors(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("error:")]

    @property
    def summary(self) -> str:
        return next((line for line in reversed(self.stderr.splitlines()) if line.startswith("loaded ")), "")


def cli_env(**extra: str) -> dict[str, str]:
    """This environment without store settings, with this checkout first on the path."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("NEO4J_") and k not in ("ACTORGRAPH_DB", "ACTORGRAPH_MAX_BYTES")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in [os.environ.get("PYTHONPATH")] if p])
    env.update(extra)
    return env


def neo4j_env(settings: dict[str, str], **extra: str) -> dict[str, str]:
    """`cli_env` pointing the CLI at the test's Neo4j server."""
    return cli_env(NEO4J_URI=settings["uri"], NEO4J_USER=settings["user"], NEO4J_PASSWORD=settings["password"],
                   NEO4J_DATABASE=settings["database"], **extra)


def start(*args, db: Path | None = None, env: dict[str, str] | None = None, prefix: tuple[str, ...] = (),
          cwd: Path | None = None) -> subprocess.Popen:
    """Start `actorgraph ARGS` (as `python -m graph.cli`); its output goes to temporary files."""
    argv = [*prefix, sys.executable, "-m", "graph.cli", *(["--db", str(db)] if db else []), *map(str, args)]
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env or cli_env(),
                            cwd=cwd or ROOT)
    proc._files = (out, err)  # read back by `finish`
    return proc


def finish(proc: subprocess.Popen, timeout: float = 180.0, rss_cap_mb: float | None = None) -> Run:
    """Wait for `proc`; kill it past `timeout` seconds or `rss_cap_mb` of resident memory.

    The peak memory is the kernel's own count for this one child (`wait4`'s `ru_maxrss`).
    """
    deadline, stopped_for = time.monotonic() + timeout, ""
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if not stopped_for:
            if rss_cap_mb is not None and _rss_mb(proc.pid) > rss_cap_mb:
                stopped_for = f"resident memory passed {rss_cap_mb:.0f} MB"
            elif time.monotonic() > deadline:
                stopped_for = f"still running after {timeout:.0f} s"
            if stopped_for:
                os.kill(proc.pid, signal.SIGKILL)
        time.sleep(0.02)
    proc.returncode = os.waitstatus_to_exitcode(status)
    out, err = proc._files
    texts = []
    for f in (out, err):
        f.seek(0)
        texts.append(f.read().decode("utf-8", "replace"))
        f.close()
    return Run(proc.returncode, texts[0], texts[1], usage.ru_maxrss / 1024, stopped_for)


def alive(proc: subprocess.Popen) -> bool:
    """Whether `proc` still runs; unlike `poll`, this leaves an ended process for `finish` to collect."""
    return os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None


def file_size(path: Path) -> int:
    """Size of a file that another process may create or delete at any moment (0 when absent)."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def actorgraph(*args, timeout: float = 180.0, rss_cap_mb: float | None = None, **kwargs) -> Run:
    """Run `actorgraph ARGS` to the end (see `start` and `finish`)."""
    return finish(start(*args, **kwargs), timeout=timeout, rss_cap_mb=rss_cap_mb)


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def one_line_errors(run: Run) -> None:
    """Every line of stderr is a message of its own: no traceback, nothing spread over lines."""
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    for line in run.stderr.splitlines():
        assert line.startswith(("error: ", "warning: ", "loaded ", "Error: ", "removed ")), line


def snapshot(store) -> dict:
    """What a load leaves in a store: counts, documents, claims with their evidence, actors."""
    return {
        "stats": store.stats(),
        "documents": store.documents(),
        "claims": sorted(store.run(CLAIMS).rows),
        "actors": sorted(store.run(ACTORS).rows),
    }


def assert_documents_whole(store) -> None:
    """Every stored document has its content id and exactly the claims it says it has, and no claim is without one."""
    docs = {row[0]: (row[1], row[2]) for row in
            store.run("MATCH (d:Document) RETURN d.key AS key, d.id AS id, d.claims AS claims").rows}
    counted = dict(store.run(CLAIMS_PER_DOCUMENT).rows)
    assert all(doc_id for doc_id, _ in docs.values()), "a document without its content id: its claims are not all in"
    assert set(counted) <= set(docs), f"claims of documents not stored: {sorted(set(counted) - set(docs))[:5]}"
    assert {key: n for key, (_, n) in docs.items() if n} == counted


def corpus(folder: Path, documents: int, seed: int = 7) -> dict:
    """The benchmark's synthetic corpus (bench/corpus.py): .txt, .html, .jsonl and a few malformed files."""
    spec = importlib.util.spec_from_file_location("actorgraph_bench_corpus", ROOT / "bench" / "corpus.py")
    module = sys.modules.get(spec.name)
    if module is None:
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
    return module.generate(str(folder), documents, seed=seed)
