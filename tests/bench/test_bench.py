"""The benchmark runs end to end on a tiny corpus, so that it cannot rot; speed is not checked here."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _neo4j_required() -> bool:
    return bool(os.environ.get("CI")) or os.environ.get("ACTORGRAPH_REQUIRE_NEO4J") == "1"


def _positive(value) -> bool:
    return isinstance(value, (int, float)) and value > 0


def test_quick_benchmark_writes_every_figure(tmp_path):
    out = tmp_path / "latest.json"
    # The test server belongs to the tests (conftest empties it too), so the benchmark may empty it.
    command = [sys.executable, "-m", "bench.run", "--quick", "--out", str(out), "--work", str(tmp_path / "work"),
               "--wipe-neo4j"] + (["--require-neo4j"] if _neo4j_required() else [])
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "| Measure |" in done.stdout and "Machine:" in done.stdout

    results = json.loads(out.read_text())
    assert {"machine", "settings", "sizes", "graph", "targets", "notes", "seconds"} <= results.keys()
    assert _positive(results["machine"]["nproc"]) and results["machine"]["python"]
    (size, figures), = results["sizes"].items()
    assert int(size) == figures["corpus"]["documents"] > 0
    assert figures["corpus"]["malformed_files"] > 0

    ex = figures["extract"]
    for run in ("floor", "jobs1", "jobs2"):
        assert _positive(ex[run]["docs_per_s"]) and _positive(ex[run]["mb_per_s"]), run
    # Documents that fail extraction are the extractor's business; the benchmark must account for them.
    assert ex["jobs1"]["documents"] + ex["jobs1"]["failed"] >= figures["corpus"]["documents"]
    assert _positive(ex["jobs1"]["claims"])
    assert _positive(ex["slowdown_vs_floor"]) and _positive(ex["parallel_speedup"])

    for key in ("claims_per_s", "relations_per_s", "claims", "relations"):
        assert _positive(figures["embedded"][key]), key
    neo4j = figures["neo4j"]
    if "skipped" in neo4j:
        assert not _neo4j_required(), neo4j["skipped"]
    else:
        assert _positive(neo4j["batched"]["claims_per_s"]) and _positive(neo4j["batched_vs_naive"])
        naive = results["neo4j_naive"]
        assert _positive(naive["naive"]["claims_per_s"]) and _positive(naive["batched"]["claims_per_s"])

    load = figures["load"]
    assert _positive(load["peak_rss_mb"]) and _positive(load["docs_per_s"])
    assert 0 < load["documents"] <= figures["corpus"]["documents"] + figures["corpus"]["malformed_files"]

    graph = results["graph"]
    assert graph["size"] == int(size) and _positive(graph["actors"]) and _positive(graph["claims"])
    assert graph["queries"] and all(_positive(q["ms"]) for q in graph["queries"].values())
    assert all(graph["queries"][name]["rows"] > 0 for name in ("arms_suppliers", "top_actors", "actor_relations"))
    for key in ("pagerank", "betweenness", "map"):
        assert _positive(graph[key]["s"]), key
    assert _positive(graph["map"]["mb"])

    names = {t["name"] for t in results["targets"]}
    assert {"extraction, 1 process", "embedded store writes", "load peak memory", "PageRank"} <= names
    assert all(t["value"] is not None for t in results["targets"] if not t["name"].startswith("Neo4j"))


def _corpus_module():
    """bench/corpus.py by path: `bench` alone would name this folder, tests/bench, on the tests' path."""
    spec = importlib.util.spec_from_file_location("actorgraph_bench_corpus", REPO / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_corpus_is_deterministic_and_covers_every_relation_type(tmp_path):
    from graph.ontology import Ontology

    corpus = _corpus_module()
    TEMPLATES, generate = corpus.TEMPLATES, corpus.generate

    assert set(TEMPLATES) == set(Ontology.load().relations)
    first = generate(tmp_path / "a", 60, seed=3)
    generate(tmp_path / "b", 60, seed=3)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)
    assert {s for s in (p.suffix for p in files) if s} >= {".txt", ".html", ".jsonl"}
    assert first["documents"] == 60 and first["malformed_files"] > 0
