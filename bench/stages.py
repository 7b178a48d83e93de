"""The measurements of the benchmark, one function per stage; `bench.run` chains them.

Every function runs its stage `repeat` times and returns a JSON-ready dict
whose figures are medians, with the raw seconds of each run beside them.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

__all__ = [
    "MARKER", "Neo4jTarget", "extraction", "floor", "graph_stage", "load", "machine", "embedded_writes",
    "neo4j_naive", "neo4j_sample", "neo4j_writes",
]

#: Every corpus folder and database of the benchmark has this in its path, so
#: that the Neo4j stage can tell its own documents from anybody else's.
MARKER = "actorgraph-bench"
#: The floor's tokeniser: as simple as a tokeniser gets.
TOKEN = re.compile(r"\w+")
REPO = Path(__file__).resolve().parents[1]


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def _rate(count: float, seconds: float) -> float:
    return count / seconds if seconds > 0 else 0.0


def _timed(repeat: int, run: Callable[[int], Any]) -> tuple[list[float], list[Any]]:
    """Seconds and results of `repeat` runs of `run(i)`."""
    seconds, results = [], []
    for i in range(repeat):
        started = time.perf_counter()
        results.append(run(i))
        seconds.append(time.perf_counter() - started)
    return seconds, results


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- the machine -------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """What the figures were measured on: cores, memory, CPU, Python, versions, commit."""
    import platform
    from importlib import metadata

    def meminfo_mb() -> int:
        try:
            for line in Path("/proc/meminfo").read_text().splitlines():
                if line.startswith("MemTotal:"):
                    return int(line.split()[1]) // 1024
        except OSError:
            pass
        return 0

    def cpu_model() -> str:
        try:
            for line in Path("/proc/cpuinfo").read_text().splitlines():
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
        except OSError:
            pass
        return platform.processor() or platform.machine()

    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return ""

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"nproc": nproc, "memory_mb": meminfo_mb(), "cpu": cpu_model(), "python": platform.python_version(),
            "platform": platform.platform(), "loadavg": loadavg(), "commit": git("rev-parse", "--short", "HEAD"),
            "dirty": bool(git("status", "--porcelain", "--untracked-files=no")), "source": source_digest(),
            "packages": {p: version(p) for p in ("ladybug", "neo4j", "networkx", "trafilatura", "pyahocorasick")}}


def loadavg() -> list[float]:
    """The 1, 5 and 15 minute load averages: other work on the machine skews every figure."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def source_digest() -> str:
    """A digest of the code and data measured (graph/, loaders/, queries/), to tell runs of one version apart."""
    import hashlib

    digest = hashlib.sha256()
    for folder in ("graph", "loaders", "queries"):
        for path in sorted((REPO / folder).rglob("*")):
            if path.suffix in (".py", ".yaml", ".tsv", ".cypher") and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(REPO)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


# --- extraction --------------------------------------------------------------------------------


def corpus_files(folder: Path) -> list[Path]:
    """The files a load reads, in the order it reads them."""
    from loaders.sources import expand_paths

    return [p for p in expand_paths([str(folder)]) if isinstance(p, Path)]


def floor(folder: Path, documents: int, repeat: int) -> dict[str, Any]:
    """The least any extractor must do: read every file and split its text into words."""
    files = corpus_files(folder)
    size = sum(p.stat().st_size for p in files)

    def run(_: int) -> int:
        tokens = 0
        for path in files:
            tokens += len(TOKEN.findall(path.read_bytes().decode("utf-8", errors="replace")))
        return tokens

    seconds, tokens = _timed(repeat, run)
    t = _median(seconds)
    return {"docs_per_s": _rate(documents, t), "mb_per_s": _rate(size / 1e6, t), "tokens": tokens[0],
            "bytes": size, "seconds": seconds}


def extraction(folder: Path, jobs: int, repeat: int, keep: list | None = None) -> dict[str, Any]:
    """Documents and MB per second through `extract_paths(paths, jobs)`; `keep` collects the extractions once."""
    from loaders.pipeline import extract_paths
    from loaders.sources import SourceError

    size = sum(p.stat().st_size for p in corpus_files(folder))

    def run(i: int) -> dict[str, int]:
        counts = {"documents": 0, "claims": 0, "actors": 0, "errors": 0, "failed": 0}
        collect = keep is not None and i == 0
        for item in extract_paths([str(folder)], jobs=jobs):
            if isinstance(item, SourceError):
                counts["errors"] += 1
                counts["failed"] += "extraction failed" in item.reason
                continue
            counts["documents"] += 1
            counts["claims"] += len(item.claims)
            counts["actors"] += len(item.actors)
            if collect:
                keep.append(item)
        return counts

    seconds, counts = _timed(repeat, run)
    t, c = _median(seconds), counts[0]
    return {"jobs": jobs, "docs_per_s": _rate(c["documents"], t), "mb_per_s": _rate(size / 1e6, t),
            "claims_per_s": _rate(c["claims"], t), **c, "seconds": seconds}


def sample_errors(folder: Path, limit: int = 5) -> list[str]:
    """A few extraction failures of the corpus, for the report (reading errors are expected)."""
    from loaders.pipeline import extract_paths
    from loaders.sources import SourceError

    out = []
    for item in extract_paths([str(folder)]):
        if isinstance(item, SourceError) and "extraction failed" in item.reason:
            out.append(str(item))
            if len(out) >= limit:
                break
    return out


# --- writes ------------------------------------------------------------------------------------


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _relations(store) -> int:
    return sum(store.stats()["relations"].values())


def _write_figures(stats: list, seconds: list[float], relations: int) -> dict[str, Any]:
    t = _median(seconds)
    s = stats[0]
    return {"claims_per_s": _rate(s["claims"], t), "relations_per_s": _rate(relations, t),
            "documents_per_s": _rate(s["documents"], t), **s, "relations": relations, "seconds": seconds}


def _upsert_all(store, extractions: list, batch: int) -> dict[str, int]:
    totals = {"documents": 0, "claims": 0, "actors": 0, "rejected": 0}
    for chunk in _chunks(extractions, batch):
        stats = store.upsert(chunk)
        for key in totals:
            totals[key] += getattr(stats, key)
    return totals


def embedded_writes(extractions: list, work: Path, repeat: int, batch: int) -> tuple[dict[str, Any], Path]:
    """Claims and relations per second into a fresh embedded store, `batch` documents per `upsert`.

    The time runs from the first `upsert` to the end of `close`, which
    checkpoints what the load left in the write-ahead log; opening (the
    schema's DDL) is left out. `upsert_seconds` leaves the close out too.
    """
    from graph.stores.embedded import EmbeddedStore

    paths: list[Path] = []

    def run(i: int) -> dict[str, Any]:
        path = work / f"{MARKER}-embedded-{i}" / "graph.lbdb"
        shutil.rmtree(path.parent, ignore_errors=True)
        paths.append(path)
        store = EmbeddedStore(path)
        try:
            started = time.perf_counter()
            totals: dict[str, Any] = _upsert_all(store, extractions, batch)
            totals["_upsert"] = time.perf_counter() - started
        finally:
            store.close()
        totals["_seconds"] = time.perf_counter() - started
        return totals

    _, results = _timed(repeat, run)
    seconds = [r.pop("_seconds") for r in results]
    upserts = [r.pop("_upsert") for r in results]
    reader = EmbeddedStore(paths[-1], read_only=True)
    try:
        relations = _relations(reader)
    finally:
        reader.close()
    for old in paths[:-1]:
        shutil.rmtree(old.parent, ignore_errors=True)
    return {"batch": batch, **_write_figures(results, seconds, relations), "upsert_seconds": upserts}, paths[-1]


class Neo4jTarget:
    """A Neo4j server the benchmark may empty: reachable, and holding only benchmark data (or `wipe`)."""

    def __init__(self, uri: str, user: str, password: str, database: str, *, wipe: bool) -> None:
        self.uri, self.user, self.password, self.database, self.wipe = uri, user, password, database, wipe
        self.problem = ""
        self.version = ""
        try:
            import neo4j
            with neo4j.GraphDatabase.driver(uri, auth=(user, password), connection_timeout=5) as driver:
                driver.verify_connectivity()
                info = driver.get_server_info()
                self.version = getattr(info, "agent", "")
                foreign = self._query(driver, "MATCH (d:Document) WHERE NOT d.key CONTAINS $marker "
                                              "RETURN count(d) AS n", marker=MARKER)[0]["n"]
                nodes = self._query(driver, "MATCH (n) RETURN count(n) AS n")[0]["n"]
                documents = self._query(driver, "MATCH (d:Document) RETURN count(d) AS n")[0]["n"]
        except Exception as exc:  # any failure to connect or log in means: no usable server
            self.problem = f"Neo4j at {uri} is not usable: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            return
        if (foreign or (nodes and not documents)) and not wipe:
            self.problem = (f"Neo4j at {uri} holds data that is not the benchmark's ({foreign} documents); "
                            "the benchmark empties the database, so pass --wipe-neo4j to allow it")

    def _query(self, driver, text: str, **params) -> list:
        records, _, _ = driver.execute_query(text, params, database_=self.database)
        return records

    def empty(self) -> None:
        """Delete every relationship and node, in batches (constraints and indexes stay)."""
        import neo4j
        with neo4j.GraphDatabase.driver(self.uri, auth=(self.user, self.password),
                                        notifications_min_severity="OFF") as driver:
            with driver.session(database=self.database) as session:
                session.run("MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 20000 ROWS").consume()
                session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()

    def store(self):
        from graph.stores import open_store
        return open_store(neo4j_uri=self.uri, user=self.user, password=self.password, database=self.database)


def _neo4j_runs(target: Neo4jTarget, extractions: list, repeat: int, write: Callable) -> dict[str, Any]:
    relations = 0

    def run(i: int) -> dict[str, int]:
        nonlocal relations
        target.empty()
        store = target.store()
        try:
            started = time.perf_counter()
            totals = write(store, extractions)
            totals["_seconds"] = time.perf_counter() - started
            if i == 0:
                relations = _relations(store)
        finally:
            store.close()
        return totals

    _, results = _timed(repeat, run)
    seconds = [r.pop("_seconds") for r in results]
    return _write_figures(results, seconds, relations)


def neo4j_sample(extractions: list, claims: int) -> list:
    """The first extractions that hold at least `claims` claims together."""
    sample, total = [], 0
    for e in extractions:
        if total >= claims:
            break
        sample.append(e)
        total += len(e.claims)
    return sample


def neo4j_writes(target: Neo4jTarget, extractions: list, repeat: int, batch: int) -> dict[str, Any]:
    """Batched `upsert` of every extraction, `batch` documents a call."""
    log(f"  neo4j batched: {len(extractions)} documents")
    out = {"server": target.version, "batch": batch,
           "batched": _neo4j_runs(target, extractions, repeat, lambda s, ex: _upsert_all(s, ex, batch))}
    target.empty()
    return out


def neo4j_naive(target: Neo4jTarget, sample: list, repeat: int, batch: int) -> dict[str, Any]:
    """`upsert_naive` (one MERGE per transaction) against batched `upsert`, both on the same small sample."""
    out: dict[str, Any] = {"documents": len(sample), "claims": sum(len(e.claims) for e in sample)}
    log(f"  neo4j batched on the sample: {len(sample)} documents")
    out["batched"] = _neo4j_runs(target, sample, repeat, lambda s, ex: _upsert_all(s, ex, batch))
    probe = target.store()
    has_naive = hasattr(probe, "upsert_naive")
    probe.close()
    if not has_naive:
        out["note"] = "the Neo4j store has no upsert_naive: the naive path was not measured"
        return out
    log(f"  neo4j naive (one MERGE per transaction): {len(sample)} documents")

    def naive(store, ex: list) -> dict[str, int]:
        stats = store.upsert_naive(ex)
        return {k: getattr(stats, k) for k in ("documents", "claims", "actors", "rejected")}

    out["naive"] = _neo4j_runs(target, sample, repeat, naive)
    out["batched_vs_naive"] = _rate(out["batched"]["claims_per_s"], out["naive"]["claims_per_s"])
    target.empty()
    return out


# --- the command line load ---------------------------------------------------------------------


def load(folder: Path, work: Path, repeat: int, jobs: int) -> tuple[dict[str, Any], Path]:
    """`actorgraph load FOLDER` as a child process: seconds and its peak resident memory."""
    env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_URI", "ACTORGRAPH_DB")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    runs, db = [], work
    for i in range(repeat):
        db = work / f"{MARKER}-load-{i}" / "graph.lbdb"
        shutil.rmtree(db.parent, ignore_errors=True)
        db.parent.mkdir(parents=True)
        command = [sys.executable, "-c", _PEAK_WRAPPER, "--db", str(db), "load", str(folder), "--jobs", str(jobs),
                   "--no-progress"]
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            started = time.perf_counter()
            child = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=work)
            # Not wait4's ru_maxrss: Linux carries into it the high-water mark of the memory the child
            # shared with this process before exec, so it gave this process's own peak (1.2 GB after
            # the 10k stages) instead of the load's. The wrapper prints the load's VmHWM instead.
            child.wait()
            seconds = time.perf_counter() - started
            err.seek(0)
            stderr = err.read().decode("utf-8", errors="replace")
        summary = next((line for line in stderr.splitlines() if line.startswith("loaded ")), "")
        peak = next((float(line.split()[1]) / 1024 for line in stderr.splitlines() if line.startswith("VmHWM:")), None)
        match = re.match(r"loaded (\d+) document\(s\).*?(\d+) claim\(s\)", summary)
        if not match:
            raise RuntimeError(f"actorgraph load failed (exit {child.returncode}): {stderr.strip()[-2000:]}")
        if peak is None:
            raise RuntimeError(f"actorgraph load did not report its peak memory: {stderr.strip()[-2000:]}")
        runs.append({"seconds": seconds, "peak_rss_mb": peak, "documents": int(match.group(1)),
                     "claims": int(match.group(2)), "exit": child.returncode})
        if i < repeat - 1:
            shutil.rmtree(db.parent, ignore_errors=True)
    t = _median([r["seconds"] for r in runs])
    return {"jobs": jobs, "docs_per_s": _rate(runs[0]["documents"], t),
            "peak_rss_mb": _median([r["peak_rss_mb"] for r in runs]), "documents": runs[0]["documents"],
            "claims": runs[0]["claims"], "exit": runs[0]["exit"], "seconds": [r["seconds"] for r in runs],
            "peak_rss_runs_mb": [r["peak_rss_mb"] for r in runs]}, db


#: `python -m graph.cli ARGS` that prints, as it exits, the process's peak resident memory
#: (VmHWM, which exec resets, so nothing of the benchmark's own memory counts).
_PEAK_WRAPPER = """
import atexit, runpy, sys
def _peak():
    with open("/proc/self/status") as status:
        sys.stderr.write(next((l for l in status if l.startswith("VmHWM:")), "VmHWM: 0 kB\\n"))
atexit.register(_peak)
sys.argv[0] = "actorgraph"
runpy.run_module("graph.cli", run_name="__main__", alter_sys=True)
"""


# --- the graph of the largest corpus -----------------------------------------------------------


def _params(text: str, actor: str, partner: str) -> dict[str, str]:
    names = dict.fromkeys(re.findall(r"\$(\w+)", text))
    return {name: (partner if name == "target" else actor) for name in names}


def graph_stage(db: Path | None, work: Path, repeat: int, map_nodes: int,
                extractions: list | None = None) -> dict[str, Any]:
    """Named query latencies, PageRank, approximate betweenness and the HTML map on the graph in `db`.

    Without a database the graph is built from `extractions` (`from_extractions`,
    the graph a store would hold) and the named queries are left out.
    """
    import queries
    from graph.analysis import centrality
    from graph.export.html import write_map
    from graph.stores.embedded import EmbeddedStore
    from graph.stores.graphdata import from_extractions, to_networkx

    out: dict[str, Any] = {"queries": {}}
    store = EmbeddedStore(db, read_only=True) if db is not None else None
    try:
        build = (lambda _: to_networkx(store)) if store is not None else (lambda _: from_extractions(extractions))
        seconds, graphs = _timed(1, build)
        G = graphs[0]
        out.update(actors=G.number_of_nodes(), relations=G.number_of_edges(),
                   claims=sum(w for _, _, w in G.edges(data="weight")), to_networkx_s=seconds[0],
                   source="store" if store is not None else "extractions")
        # A frequent actor and its strongest partner fill the queries' parameters.
        actor = max(G.nodes, key=lambda n: G.degree(n, weight="weight")) if len(G) else ""
        partner = ""
        if actor:
            edges = [(w, v) for _, v, w in G.out_edges(actor, data="weight")]
            partner = max(edges)[1] if edges else actor
        name = lambda n: G.nodes[n]["name"] if n in G else n  # noqa: E731
        out["actor"], out["partner"] = name(actor), name(partner)
        for query_name in (queries.names() if store is not None else []):
            text = queries.load(query_name, "ladybug")
            params = _params(text, name(actor), name(partner))
            seconds, results = _timed(repeat, lambda _: store.run(text, params))
            out["queries"][query_name] = {"ms": _median(seconds) * 1000, "rows": len(results[0].rows),
                                          "params": params, "seconds": seconds}
    finally:
        if store is not None:
            store.close()
    seconds, frames = _timed(repeat, lambda _: centrality(G, "pagerank"))
    out["pagerank"] = {"s": _median(seconds), "seconds": seconds}
    # As `actorgraph centrality betweenness` and the map compute it: pivots chosen by the graph's size.
    seconds, frames = _timed(repeat, lambda _: centrality(G, "betweenness"))
    out["betweenness"] = {"s": _median(seconds), "seconds": seconds, "approximate": frames[0].attrs["approximate"],
                          "note": frames[0].attrs["note"], "pivots": frames[0].attrs["pivots"] or len(G)}
    path = work / f"{MARKER}-map.html"
    seconds, _ = _timed(repeat, lambda _: write_map(G, path, max_nodes=map_nodes, title="Benchmark map"))
    out["map"] = {"s": _median(seconds), "mb": path.stat().st_size / 1e6, "max_nodes": map_nodes,
                  "nodes": min(map_nodes, len(G)), "seconds": seconds}
    return out


def iter_sizes(text: str) -> Iterable[int]:
    for part in text.split(","):
        part = part.strip().replace("_", "")
        if part:
            value = int(part[:-1]) * 1000 if part.lower().endswith("k") else int(part)
            if value <= 0:
                raise ValueError(f"size must be positive: {part}")
            yield value
