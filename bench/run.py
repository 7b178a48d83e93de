"""Benchmark of actorgraph: extraction, store writes, `load` memory, queries and analysis.

Writes a synthetic corpus (`bench/corpus.py`) at each size, measures every
stage in one invocation (so that ratios compare like with like), prints a
Markdown table for the README and writes every figure, with the raw seconds
of each run, to `bench/results/latest.json`.

    python -m bench.run                          # sizes 1000,10000,50000, 3 runs each
    python -m bench.run --sizes 1000,10000 --repeat 3
    python -m bench.run --quick                  # 40 documents, one run: the test uses this

Neo4j (NEO4J_URI or bolt://127.0.0.1:7687, NEO4J_PASSWORD) is measured when
it answers and holds nothing but earlier benchmark data; the benchmark empties
it. Without a server the Neo4j rows say why they are missing, unless
`--require-neo4j` makes that an error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a file: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import stages
from bench.corpus import generate
from bench.report import evaluate_targets, table

__all__ = ["main", "run"]

DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "latest.json"
QUICK_SIZE = 40
STAGES = ("extract", "embedded", "neo4j", "load", "graph")


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="1000,10000,50000", help="Corpus sizes in documents, comma-separated (10k works).")
    p.add_argument("--quick", action="store_true", help=f"One tiny corpus ({QUICK_SIZE} documents), one run of each stage.")
    p.add_argument("--repeat", type=int, default=3, help="Runs of each measurement; figures are medians.")
    p.add_argument("--load-repeat", type=int, default=None, help="Runs of `actorgraph load` (default: --repeat).")
    p.add_argument("--stages", default=",".join(STAGES), help=f"Stages to run, of {','.join(STAGES)}.")
    p.add_argument("--seed", type=int, default=0, help="Seed of the synthetic corpus.")
    p.add_argument("--jobs", type=int, default=2, help="Worker processes of the parallel extraction run.")
    p.add_argument("--load-jobs", type=int, default=1, help="--jobs of the `actorgraph load` run.")
    p.add_argument("--batch", type=int, default=1000, help="Documents per Store.upsert call.")
    p.add_argument("--naive-claims", type=int, default=2000, help="Claims in the sample for Neo4j's naive path.")
    p.add_argument("--map-nodes", type=int, default=2000, help="Actors on the HTML map.")
    p.add_argument("--neo4j-uri", default=os.environ.get("NEO4J_URI") or "bolt://127.0.0.1:7687")
    p.add_argument("--require-neo4j", action="store_true", help="Fail instead of skipping Neo4j when it is not usable.")
    p.add_argument("--wipe-neo4j", action="store_true", help="Allow emptying a Neo4j database that holds other data.")
    p.add_argument("--work", type=Path, default=None, help="Folder for corpora and databases (default: a temporary one).")
    p.add_argument("--keep", action="store_true", help="Keep the work folder.")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file.")
    args = p.parse_args(argv)
    if args.quick:
        args.sizes, args.repeat, args.naive_claims = str(QUICK_SIZE), 1, 50
    args.size_list = sorted(set(stages.iter_sizes(args.sizes)))
    args.stage_set = {s.strip() for s in args.stages.split(",") if s.strip()}
    unknown = args.stage_set - set(STAGES)
    if unknown:
        p.error(f"unknown stages: {', '.join(sorted(unknown))}")
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    args.load_repeat = args.load_repeat or args.repeat
    return args


def save(results: dict, path: Path) -> None:
    """Write the results as they stand: a long run stopped half-way still leaves its figures."""
    results["targets"] = evaluate_targets(results)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    tmp.replace(path)


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Every stage at every size; returns the results dict that `main` writes (and saves as it goes)."""
    started = time.perf_counter()
    work = Path(args.work or tempfile.mkdtemp(prefix=f"{stages.MARKER}-")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": stages.machine(),
        "settings": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()
                     if k not in ("size_list", "stage_set", "stages", "sizes")}
        | {"sizes": args.size_list, "stages": sorted(args.stage_set)},
        "sizes": {}, "neo4j_naive": None, "graph": None, "notes": [],
    }
    m = results["machine"]
    stages.log(f"machine: {m['nproc']} cores, {m['memory_mb']} MB, {m['cpu']}, Python {m['python']}; work in {work}")
    neo4j = None
    if "neo4j" in args.stage_set:
        neo4j = stages.Neo4jTarget(args.neo4j_uri, os.environ.get("NEO4J_USER") or "neo4j",
                                   os.environ.get("NEO4J_PASSWORD") or "actorgraph-test",
                                   os.environ.get("NEO4J_DATABASE") or "neo4j", wipe=args.wipe_neo4j)
        if neo4j.problem:
            if args.require_neo4j:
                raise SystemExit(f"error: {neo4j.problem} (--require-neo4j)")
            results["notes"].append(f"Neo4j skipped: {neo4j.problem}")
            results["neo4j_skipped"] = neo4j.problem
            stages.log(f"Neo4j skipped: {neo4j.problem}")
            neo4j = None
    graph_db = None
    try:
        for n in args.size_list:
            db = _size(args, n, work, neo4j, results)
            if db is not None:
                if graph_db is not None and graph_db.parent != db.parent:
                    shutil.rmtree(graph_db.parent, ignore_errors=True)
                graph_db = db
            save(results, args.out)
        if "graph" in args.stage_set and graph_db is not None:
            n = args.size_list[-1]
            stages.log(f"graph of {n} documents: queries, centrality, map")
            results["graph"] = {"size": n, **stages.graph_stage(graph_db, work, args.repeat, args.map_nodes)}
    finally:
        if not args.keep and args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    results["seconds"] = round(time.perf_counter() - started, 1)
    results["loadavg_end"] = stages.loadavg()
    save(results, args.out)
    return results


def _size(args: argparse.Namespace, n: int, work: Path, neo4j, results: dict) -> Path | None:
    """Every stage at one size; returns the database the graph stage should read, if one was made."""
    out: dict[str, Any] = {}
    results["sizes"][str(n)] = out
    folder = work / f"{stages.MARKER}-corpus-{n}"
    shutil.rmtree(folder, ignore_errors=True)
    # Databases of each size in their own folder: `run` deletes the previous size's database
    # when the next one is made, and the stages name their databases by run number only.
    dbs = work / f"{stages.MARKER}-databases-{n}"
    dbs.mkdir(parents=True, exist_ok=True)
    stages.log(f"corpus of {n} documents")
    out["corpus"] = generate(folder, n, seed=args.seed)
    documents = out["corpus"]["documents"]
    extractions: list = []
    largest = n == args.size_list[-1]
    graph_from_extractions = largest and "graph" in args.stage_set and not args.stage_set & {"embedded", "load"}
    need = bool(args.stage_set & {"embedded", "neo4j"}) or graph_from_extractions
    db = None
    if "extract" not in args.stage_set and need:
        # Only the extractions are needed, not their speed: one run in --jobs processes.
        stages.log(f"extraction of {n} in {args.jobs} processes (not measured)")
        stages.extraction(folder, args.jobs, 1, keep=extractions)
    if "extract" in args.stage_set:
        stages.log(f"extraction of {n}: floor, 1 process, {args.jobs} processes")
        ex: dict[str, Any] = {"floor": stages.floor(folder, documents, args.repeat)}
        ex["jobs1"] = stages.extraction(folder, 1, args.repeat, keep=extractions if need else None)
        ex[f"jobs{args.jobs}"] = stages.extraction(folder, args.jobs, args.repeat)
        ex["parallel_speedup"] = stages._rate(ex[f"jobs{args.jobs}"]["docs_per_s"], ex["jobs1"]["docs_per_s"])
        ex["slowdown_vs_floor"] = stages._rate(ex["floor"]["docs_per_s"], ex["jobs1"]["docs_per_s"])
        if ex["jobs1"]["failed"]:
            ex["failures"] = stages.sample_errors(folder)
            results["notes"].append(f"{ex['jobs1']['failed']} of {n} documents failed extraction, e.g. "
                                    f"{ex['failures'][0] if ex['failures'] else ''}")
        out["extract"] = ex
        save(results, args.out)
    if "embedded" in args.stage_set:
        stages.log(f"embedded store writes of {len(extractions)} extractions")
        out["embedded"], db = stages.embedded_writes(extractions, dbs, args.repeat, args.batch)
        save(results, args.out)
    if neo4j is not None:
        stages.log(f"Neo4j writes of {len(extractions)} extractions")
        out["neo4j"] = stages.neo4j_writes(neo4j, extractions, args.repeat, args.batch)
        if results.get("neo4j_naive") is None:
            # The naive path is slow and does not depend on the corpus size: one sample, measured once.
            sample = stages.neo4j_sample(extractions, args.naive_claims)
            results["neo4j_naive"] = stages.neo4j_naive(neo4j, sample, args.repeat, args.batch)
        naive = results["neo4j_naive"].get("naive")
        if naive:
            out["neo4j"]["batched_vs_naive"] = stages._rate(out["neo4j"]["batched"]["claims_per_s"],
                                                            naive["claims_per_s"])
        save(results, args.out)
    elif "neo4j" in args.stage_set:
        out["neo4j"] = {"skipped": results.get("neo4j_skipped", "Neo4j not usable")}
    if graph_from_extractions:
        stages.log(f"graph of {n} documents, built from the extractions: centrality, map (no queries)")
        results["graph"] = {"size": n, **stages.graph_stage(None, work, args.repeat, args.map_nodes, extractions)}
        results["notes"].append("the graph stage ran on a graph built from the extractions, without a store: "
                                "no named queries")
    del extractions
    if "load" in args.stage_set:
        stages.log(f"actorgraph load of {n} documents ({args.load_repeat} run(s))")
        if db is not None:
            shutil.rmtree(db.parent, ignore_errors=True)
        out["load"], db = stages.load(folder, dbs, args.load_repeat, args.load_jobs)
        save(results, args.out)
    shutil.rmtree(folder, ignore_errors=True)
    return db


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    # Claims the store rejects are counted in the results; one warning line each would drown the progress.
    logging.getLogger("graph.stores").setLevel(logging.ERROR)
    results = run(args)
    print(table(results))
    stages.log(f"results in {args.out} after {results['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
