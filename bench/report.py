"""The project's performance targets, checked against a results dict, and the Markdown table for the README.

>>> table({"sizes": {}, "graph": None, "machine": {}, "settings": {}, "targets": [], "notes": []}).startswith("|")
True
"""

from __future__ import annotations

from typing import Any

__all__ = ["TARGETS", "evaluate_targets", "table"]

#: (name, where in the results of the largest size, comparison, limit, unit, size the target is stated for).
#: A path starting with "graph" reads the graph stage; others read `sizes[largest]`.
TARGETS = (
    ("extraction, 1 process", ("extract", "jobs1", "docs_per_s"), ">=", 500, "docs/s", None),
    ("extraction within 10x of the floor", ("extract", "slowdown_vs_floor"), "<=", 10, "x", None),
    ("--jobs 2 speed-up", ("extract", "parallel_speedup"), ">=", 1.7, "x", None),
    ("embedded store writes", ("embedded", "claims_per_s"), ">=", 20000, "claims/s", None),
    ("Neo4j batched writes", ("neo4j", "batched", "claims_per_s"), ">=", 10000, "claims/s", None),
    ("Neo4j batched vs naive", ("neo4j", "batched_vs_naive"), ">=", 20, "x", None),
    ("load peak memory", ("load", "peak_rss_mb"), "<", 1024, "MB", 50000),
    ("slowest named query", ("graph", "slowest_query_s"), "<", 1, "s", 50000),
    ("PageRank", ("graph", "pagerank", "s"), "<", 10, "s", 50000),
    ("approximate betweenness", ("graph", "betweenness", "s"), "<", 60, "s", 50000),
    ("HTML map of the top 2,000 actors", ("graph", "map", "s"), "<", 10, "s", 50000),
)


def _get(data: Any, path: tuple) -> Any:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def evaluate_targets(results: dict) -> list[dict]:
    """Each target with the measured value at the largest size, and whether it is met (None: not measured)."""
    sizes = results.get("sizes") or {}
    largest = max(sizes, key=int) if sizes else None
    graph = results.get("graph") or {}
    if graph.get("queries"):
        graph = {**graph, "slowest_query_s": max(q["ms"] for q in graph["queries"].values()) / 1000}
    out = []
    for name, path, op, limit, unit, stated in TARGETS:
        if path[0] == "graph":
            value, size = _get(graph, path[1:]), graph.get("size")
        else:
            value, size = _get(sizes.get(largest) or {}, path), (int(largest) if largest else None)
        met = None if value is None else (value >= limit if op == ">=" else value <= limit if op == "<=" else value < limit)
        note = f"measured at {size:,} documents, target is for {stated:,}" if stated and size and size < stated else ""
        out.append({"name": name, "value": value, "op": op, "limit": limit, "unit": unit, "met": met,
                    "size": size, "note": note})
    return out


def _n(value: Any, unit: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, (int, float)):
        if abs(value) >= 100:
            text = f"{value:,.0f}"
        elif abs(value) >= 10:
            text = f"{value:.1f}"
        else:
            text = f"{value:.2f}"
    else:
        text = str(value)
    return f"{text} {unit}".rstrip() if unit not in ("x",) else f"{text}x"


def _target(targets: list[dict], name: str) -> tuple[str, str]:
    t = next((t for t in targets if t["name"] == name), None)
    if t is None:
        return "", ""
    op = {">=": "≥", "<=": "≤", "<": "<"}[t["op"]]
    met = {True: "yes", False: "**no**", None: "not measured"}[t["met"]]
    if t["note"] and t["met"] is not None:
        met += f" ({t['note']})"
    return f"{op} {_n(t['limit'], t['unit'])}", met


def _loads(values) -> str:
    return "/".join(f"{v:.1f}" for v in values) if values else "?"


def table(results: dict) -> str:
    """The README's Markdown: one table by corpus size, one for the graph of the largest corpus."""
    sizes = results.get("sizes") or {}
    keys = sorted(sizes, key=int)
    targets = results.get("targets") or []
    jobs = (results.get("settings") or {}).get("jobs", 2)
    rows: list[tuple[str, list[str], str]] = []

    def row(label: str, path: tuple, unit: str = "", target: str = "") -> None:
        rows.append((label, [_n(_get(sizes[k], path), unit) for k in keys], target))

    row("Extraction, 1 process", ("extract", "jobs1", "docs_per_s"), "docs/s", "extraction, 1 process")
    row("Extraction, 1 process", ("extract", "jobs1", "mb_per_s"), "MB/s")
    row(f"Extraction, --jobs {jobs}", ("extract", f"jobs{jobs}", "docs_per_s"), "docs/s")
    row(f"--jobs {jobs} / 1 process", ("extract", "parallel_speedup"), "x", "--jobs 2 speed-up")
    row("Floor: read files + regex tokenise", ("extract", "floor", "docs_per_s"), "docs/s")
    row("Floor: read files + regex tokenise", ("extract", "floor", "mb_per_s"), "MB/s")
    row("Extraction slower than the floor by", ("extract", "slowdown_vs_floor"), "x", "extraction within 10x of the floor")
    row("Claims per document", ("extract", "jobs1", "claims"), "")
    row("Embedded store writes", ("embedded", "claims_per_s"), "claims/s", "embedded store writes")
    row("Embedded store writes", ("embedded", "relations_per_s"), "relations/s")
    row("Neo4j batched writes", ("neo4j", "batched", "claims_per_s"), "claims/s", "Neo4j batched writes")
    row("Neo4j batched writes", ("neo4j", "batched", "relations_per_s"), "relations/s")
    row("Neo4j batched / naive (sample below)", ("neo4j", "batched_vs_naive"), "x", "Neo4j batched vs naive")
    row("`actorgraph load` peak RSS", ("load", "peak_rss_mb"), "MB", "load peak memory")
    row("`actorgraph load` end to end", ("load", "docs_per_s"), "docs/s")
    # Claims per document is a ratio of two counts.
    for i, k in enumerate(keys):
        ex = sizes[k].get("extract", {}).get("jobs1")
        if ex and ex.get("documents"):
            rows[7][1][i] = _n(ex["claims"] / ex["documents"])
    lines = ["| Measure | " + " | ".join(f"{int(k):,} docs" for k in keys) + " | Target | Met |",
             "|---|" + "--:|" * len(keys) + "---|---|"]
    for label, cells, target in rows:
        if all(c == "—" for c in cells):
            continue
        goal, met = _target(targets, target) if target else ("", "")
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {goal} | {met} |")
    naive = results.get("neo4j_naive") or {}
    if naive.get("naive"):
        lines += ["", f"Neo4j naive path (`upsert_naive`, one MERGE per transaction) on the first {naive['documents']:,} "
                      f"documents ({naive['claims']:,} claims): {_n(naive['naive']['claims_per_s'], 'claims/s')}; "
                      f"batched `upsert` on the same sample: {_n(naive['batched']['claims_per_s'], 'claims/s')} "
                      f"({_n(naive['batched_vs_naive'], 'x')})."]
    elif naive.get("note"):
        lines += ["", f"Neo4j naive path: {naive['note']}."]
    graph = results.get("graph")
    if graph:
        lines += ["", f"Graph of the {graph['size']:,}-document corpus: {graph['actors']:,} actors, "
                      f"{graph['relations']:,} relations, {graph['claims']:,} claims "
                      + (f"(read into networkx in {_n(graph['to_networkx_s'], 's')}); query parameters: "
                         f"{graph['actor']} and {graph['partner']}."
                         if graph.get("source", "store") == "store" else
                         f"(built in networkx from the extractions in {_n(graph['to_networkx_s'], 's')}, "
                         "without a store, so no named queries)."), "",
                  "| Measure | Time | Target | Met |", "|---|--:|---|---|"]
        goal, met = _target(targets, "slowest named query")
        for name, q in sorted(graph["queries"].items()):
            lines.append(f"| query `{name}` ({q['rows']:,} rows) | {_n(q['ms'], 'ms')} | < 1 s each | "
                         f"{'yes' if q['ms'] < 1000 else '**no**'} |")
        for label, key, target in (("PageRank", "pagerank", "PageRank"),
                                   (f"Betweenness, {graph['betweenness']['pivots']} pivots", "betweenness",
                                    "approximate betweenness"),
                                   (f"HTML map, top {graph['map']['max_nodes']:,} actors "
                                    f"({_n(graph['map']['mb'], 'MB')})", "map", "HTML map of the top 2,000 actors")):
            goal, met = _target(targets, target)
            lines.append(f"| {label} | {_n(graph[key]['s'], 's')} | {goal} | {met} |")
    m = results.get("machine") or {}
    s = results.get("settings") or {}
    if m:
        lines += ["", f"Machine: {m.get('nproc')} cores (nproc), {m.get('memory_mb', 0) / 1024:.1f} GB, "
                      f"{m.get('cpu')}, Python {m.get('python')}; medians of {s.get('repeat')} runs "
                      f"({s.get('load_repeat')} of `load`), all in one invocation; load average "
                      f"{_loads(m.get('loadavg'))} at the start, {_loads(results.get('loadavg_end'))} at the end; "
                      f"commit {m.get('commit') or '?'}{' with local changes' if m.get('dirty') else ''}, "
                      f"source {m.get('source')}."]
    for note in results.get("notes") or []:
        lines.append(f"Note: {note}")
    return "\n".join(lines)
