"""The interactive map: one self-contained HTML page drawn by vis-network.

The page inlines the vis-network build that pyvis ships (the one pyvis's
`cdn_resources="in_line"` uses) and opens offline. It is rendered from our
own template rather than pyvis's, because pyvis's template links Bootstrap
from a CDN and its `add_edge` scans every node and edge already added, which
is quadratic on a map of 20,000 relations.

Kinds give nodes their colour and shape (kinds.yaml), relation types give
edges their colour and label, in the ontology's order of types. Positions are
computed in Python (`graph.export.layout`) and physics is off, so a map of
thousands of actors opens at once. Tooltips are plain text: the page puts them
into the tooltip with `textContent`, and every string from a document is
embedded as JSON whose `<`, `>` and `&` are escaped, so text such as
`</script>` can never close the script or run.

>>> import networkx as nx
>>> page = render_map(nx.MultiDiGraph(), title="Empty")
>>> "<title>Empty</title>" in page
True
"""

from __future__ import annotations

import gc
import heapq
import json
import math
import os
import re
from collections import Counter, defaultdict
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import jinja2
import networkx as nx
from markupsafe import Markup

from graph.analysis import centrality, neighbourhood
from graph.export._template import TEMPLATE
from graph.export.layout import positions
from graph.model import MODALITIES
from graph.ontology import Ontology

__all__ = ["EDGE_PALETTE", "MAX_EDGES", "edge_colours", "map_data", "render_map", "script_json", "write_map"]

#: Edge colours, given to relation types in the ontology's order; they repeat after the last.
EDGE_PALETTE = ("#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42a5b4",
                "#f032e6", "#9a6324", "#808000", "#000075", "#469990", "#800000")
UNKNOWN_COLOUR = "#999999"
#: Evidence shown in one tooltip; the rest is counted.
TIP_CLAIMS = 8
TIP_SENTENCE = 400
#: Relations a map draws at most, those with the most claims: a map of the top
#: 2,000 actors of 10,000 documents has 75,000, which nobody can read, and its
#: size and time would keep growing with the corpus.
MAX_EDGES = 20_000
#: Above this many relations the page hides edges while the map is dragged or zoomed.
BUSY_EDGES = 3000
SHAPES = ("dot", "square", "triangle", "triangleDown", "diamond", "star", "hexagon", "ellipse",
          "circle", "box", "text", "database")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{3,8}$")
_JS_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def write_map(G: nx.MultiDiGraph, path: str | os.PathLike, *, size_by: str = "degree",
              focus: str | None = None, depth: int = 1, max_nodes: int | None = None,
              max_edges: int | None = MAX_EDGES, title: str = "Actor map") -> Path:
    """Write the interactive map of `G` to `path` (one HTML file that works offline) and return the path.

    `size_by` is a measure of `graph.analysis.centrality` that sizes the
    nodes. `focus` (an id, name or alias) and `depth` restrict the map to that
    actor's neighbourhood; `max_nodes` keeps the N actors scoring highest on
    `size_by`, and `max_edges` the relations among them with the most claims
    (every kept actor stays on the map; None draws every relation). The page has a legend of kinds and relation types whose
    checkboxes hide them, a search box, and tooltips with the evidence.

    Example:
        >>> write_map(G, "map.html", size_by="pagerank", focus="Chile", depth=2)  # doctest: +SKIP
        PosixPath('map.html')
    """
    path = Path(path)
    path.write_text(render_map(G, size_by=size_by, focus=focus, depth=depth, max_nodes=max_nodes,
                               max_edges=max_edges, title=title), encoding="utf-8")
    return path


def render_map(G: nx.MultiDiGraph, *, size_by: str = "degree", focus: str | None = None,
               depth: int = 1, max_nodes: int | None = None, max_edges: int | None = MAX_EDGES,
               title: str = "Actor map") -> str:
    """The HTML text that `write_map` writes."""
    with _no_gc():
        data = map_data(G, size_by=size_by, focus=focus, depth=depth, max_nodes=max_nodes, max_edges=max_edges)
    return _template().render(title=title, data=data, data_json=Markup(script_json(_compact(data))),
                              vis_js=Markup(_vis_asset("vis-network.min.js")),
                              vis_css=Markup(_vis_asset("vis-network.css")))


def map_data(G: nx.MultiDiGraph, *, size_by: str = "degree", focus: str | None = None,
             depth: int = 1, max_nodes: int | None = None, max_edges: int | None = MAX_EDGES) -> dict:
    """What the page draws: vis nodes and edges with positions, the legend, and notes.

    Example:
        >>> data = map_data(G, max_nodes=100)  # doctest: +SKIP
        >>> len(data["nodes"]) <= 100  # doctest: +SKIP
        True
    """
    onto = Ontology.load()
    original = G
    notes = []
    centre = None
    total = G.number_of_nodes()
    if focus is not None:
        G = neighbourhood(G, focus, depth)
        centre = G.graph["focus"]
        notes.append(f"Neighbourhood of {G.nodes[centre].get('name', centre)} within {depth} "
                     f"relation{'s' if depth != 1 else ''}")
    ranked = centrality(G, size_by)
    if ranked.attrs.get("note"):
        notes.append(ranked.attrs["note"])
    if max_nodes is not None and len(G) > max_nodes:
        keep = list(ranked["id"].head(max_nodes))
        if centre is not None and centre not in keep:
            keep[-1] = centre
        G = _induced(G, keep)
        notes.append(f"Showing the {len(G)} actors of {total} with the highest {size_by.replace('_', ' ')}")
    if max_edges is not None and G.number_of_edges() > max_edges:
        total_edges = G.number_of_edges()
        if G is original or nx.is_frozen(G):  # never change the caller's graph
            G = nx.MultiDiGraph(G)
        order = {t: i for i, t in enumerate(onto.relations)}
        ranked_edges = sorted(G.edges(keys=True, data=True),
                              key=lambda e: (-_claims_count(e[3]), order.get(e[3].get("type", e[2]), len(order)),
                                             str(e[0]), str(e[1]), str(e[2])))
        G.remove_edges_from([(u, v, k) for u, v, k, _ in ranked_edges[max_edges:]])
        notes.append(f"Showing the {max_edges:,} relations with the most claims of {total_edges:,} among these actors")
    score = dict(zip(ranked["id"], ranked["score"]))
    top = max((score.get(n, 0.0) for n in G), default=0.0) or 1.0
    pos = positions(G)
    colours = edge_colours(onto)

    nodes = []
    for n, attrs in G.nodes(data=True):
        kind = onto.kinds.get(attrs.get("kind", ""))
        x, y = pos[n]
        node = {
            "id": n, "label": str(attrs.get("name") or n), "kind": attrs.get("kind", ""),
            "shape": kind.shape if kind and kind.shape in SHAPES else "dot",
            "color": _colour(kind.colour if kind else UNKNOWN_COLOUR),
            "size": round(7 + 21 * math.sqrt(max(score.get(n, 0.0), 0.0) / top), 1),
            "x": x, "y": y, "title": _node_tip(G, n, size_by, score.get(n, 0.0)),
            "search": [str(a).lower() for a in (attrs.get("name"), n, *(attrs.get("aliases") or ())) if a],
        }
        if n == centre:
            node.update(borderWidth=4, font={"size": 18, "bold": True})
        nodes.append(node)

    edges = []
    bends = _bends(G)
    for i, (u, v, key, attrs) in enumerate(G.edges(keys=True, data=True)):
        type_ = attrs.get("type", key)
        relation = onto.relations.get(type_)
        weight = _claims_count(attrs)
        colour = colours.get(type_, UNKNOWN_COLOUR)
        edge = {
            "id": i, "from": u, "to": v, "type": type_, "label": _type_label(type_),
            "color": {"color": colour, "highlight": colour, "hover": colour},
            "font": {"color": colour},
            "width": round(min(1 + 1.5 * math.log2(max(weight, 1)), 8), 2),
            "arrows": {"to": {"enabled": not (relation and relation.symmetric), "scaleFactor": 0.6}},
            "title": _edge_tip(G, u, v, type_, attrs),
        }
        if bends.get((u, v, key)):
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": bends[(u, v, key)]}
        edges.append(edge)

    kind_counts = Counter(n["kind"] for n in nodes)
    type_counts = Counter(e["type"] for e in edges)
    kinds = [{"name": k.name, "colour": _colour(k.colour), "shape": k.shape, "count": kind_counts[k.name],
              "description": k.description} for k in onto.kinds.values() if kind_counts[k.name]]
    kinds += [{"name": k, "colour": UNKNOWN_COLOUR, "shape": "dot", "count": c, "description": ""}
              for k, c in sorted(kind_counts.items()) if k not in onto.kinds]
    types = [{"name": t, "label": _type_label(t), "colour": colours[t], "count": type_counts[t],
              "description": r.description} for t, r in onto.relations.items() if type_counts[t]]
    types += [{"name": t, "label": _type_label(t), "colour": UNKNOWN_COLOUR, "count": c, "description": ""}
              for t, c in sorted(type_counts.items()) if t not in onto.relations]
    claims = sum(_claims_count(a) for *_, a in G.edges(keys=True, data=True))
    return {
        "nodes": nodes, "edges": edges, "kinds": kinds, "types": types, "notes": notes,
        "focus": centre, "size_by": size_by, "busy": len(edges) > BUSY_EDGES,
        "stats": {"actors": len(nodes), "relations": len(edges), "claims": claims},
    }


@contextmanager
def _no_gc():
    """Pause the cyclic garbage collector: the map makes hundreds of thousands of objects that
    live on, which set off full collections over the whole graph (top 2,000 actors of 50,000
    documents: 8.8 to 10.1 s with it, 6.4 to 6.8 s without). Reference counting still frees
    everything; the collector resumes after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _induced(G: nx.MultiDiGraph, nodes) -> nx.MultiDiGraph:
    """The subgraph on `nodes` as a new graph, what `G.subgraph(nodes).copy()` gives.

    Built from the nodes' out-edges: the copy of a subgraph view filters every
    look-up, which took 9 of 21 s of a 2,000-actor map of 240,000 relations,
    and a view kept for the tooltips was slower still.
    """
    inside = set(nodes)
    ordered = [n for n in G if n in inside]  # G's order, as the view has it
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from((n, G.nodes[n]) for n in ordered)
    H.add_edges_from((u, v, k, d) for u, v, k, d in G.out_edges(ordered, keys=True, data=True) if v in inside)
    return H


#: What every edge of one relation type shares; the page gets it once per type (see `_compact`).
TYPE_STYLE = ("label", "color", "font", "arrows")


def _compact(data: dict) -> dict:
    """The map data as the page embeds it: each relation type's style once, not on each edge.

    The page copies `edge_styles[type]` back onto its edges before drawing, so
    it draws what `map_data` describes; a map of tens of thousands of relations
    is about half as big this way. An edge whose style differs keeps its own.
    """
    styles: dict[str, dict] = {}
    edges = []
    for edge in data["edges"]:
        style = {k: edge[k] for k in TYPE_STYLE if k in edge}
        shared = styles.setdefault(edge["type"], style)
        edges.append({k: v for k, v in edge.items() if k not in TYPE_STYLE} if style == shared else edge)
    return {**data, "edges": edges, "edge_styles": styles}


def edge_colours(onto: Ontology | None = None) -> dict[str, str]:
    """Colour of each relation type: `EDGE_PALETTE` in the ontology's order of types."""
    onto = onto or Ontology.load()
    return {t: EDGE_PALETTE[i % len(EDGE_PALETTE)] for i, t in enumerate(onto.relations)}


def script_json(value) -> str:
    """JSON that is safe inside an HTML <script>: `<`, `>`, `&` and line separators as \\u escapes.

    >>> script_json({"s": "</script><!--"})
    '{"s": "\\\\u003c/script\\\\u003e\\\\u003c!--"}'
    """
    text = json.dumps(value, ensure_ascii=False, default=str)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JS_ESCAPES[m.group(0)], text)


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["shape_svg"] = _shape_svg
    return env.from_string(TEMPLATE)


@lru_cache(maxsize=2)
def _vis_asset(name: str) -> str:
    import pyvis

    text = (Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")
    # Inlined code must not close its <script> or <style>, nor open a comment or script inside it,
    # which would put the HTML parser into its "script data escaped" states. vis-network has one
    # such string (core-js's "<script>" for old IE), which we write with a JS escape.
    text = text.replace('"<script>"', '"\\x3cscript>"').replace("</script", "<\\/script")
    text = text.replace("</style", "<\\/style")
    if re.search(r"<!--|<script", text, re.I):
        raise RuntimeError(f"{name} of pyvis contains <!-- or <script; it cannot be inlined safely")
    return text


def _colour(value: str) -> str:
    return value if _COLOUR.match(str(value)) else UNKNOWN_COLOUR


def _type_label(type_: str) -> str:
    return str(type_).replace("_", " ").lower()


def _claims_count(attrs: dict) -> int:
    return len(attrs["claims"]) if attrs.get("claims") is not None else int(attrs.get("weight", 1))


def _bends(G: nx.MultiDiGraph) -> dict:
    """Roundness for relations that share their pair of actors, so that none hides another."""
    pairs = defaultdict(list)
    for u, v, key in G.edges(keys=True):
        pairs[frozenset((u, v))].append((u, v, key))
    bends = {}
    for group in pairs.values():
        if len(group) > 1:
            per_direction = Counter()
            for u, v, key in group:
                per_direction[(u, v)] += 1
                bends[(u, v, key)] = round(0.15 * per_direction[(u, v)], 2)
    return bends


def _short(text: str, limit: int = TIP_SENTENCE) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _claim_lines(claim: dict) -> list[str]:
    source = " · ".join(str(x) for x in (claim.get("modality"), claim.get("date"),
                                          claim.get("doc_key") or claim.get("doc_id")) if x)
    if claim.get("title"):
        source += f" — {_short(claim['title'], 120)}"
    lines = [source] if source else []
    extra = ", ".join(str(x) for x in (claim.get("amount"), *(claim.get("items") or ()), claim.get("role")) if x)
    if extra:
        lines.append(f"({_short(extra, 200)})")
    lines.append(f"“{_short(claim.get('sentence', ''))}”")
    return lines


def _strength(claim: dict) -> int:
    """Asserted claims first, denied ones last (the order of `MODALITIES`)."""
    modality = claim.get("modality")
    return MODALITIES.index(modality) if modality in MODALITIES else len(MODALITIES)


def _edge_tip(G: nx.MultiDiGraph, u, v, type_: str, attrs: dict) -> str:
    claims = attrs.get("claims") or []
    count = _claims_count(attrs)
    lines = [f"{G.nodes[u].get('name', u)} {type_} {G.nodes[v].get('name', v)}",
             f"{count} claim{'s' if count != 1 else ''}"]
    for claim in heapq.nsmallest(TIP_CLAIMS, claims, key=_strength):  # sorted(...)[:n], without the sort
        lines += ["", *_claim_lines(claim)]
    if len(claims) > TIP_CLAIMS:
        lines += ["", f"… and {len(claims) - TIP_CLAIMS} more claims"]
    return "\n".join(lines)


def _node_tip(G: nx.MultiDiGraph, n, size_by: str, score: float) -> str:
    attrs = G.nodes[n]
    lines = [str(attrs.get("name") or n), f"{attrs.get('kind', '')} · {n}"]
    if attrs.get("country"):
        lines.append(f"country: {attrs['country']}")
    if attrs.get("aliases"):
        lines.append("also: " + _short(", ".join(map(str, attrs["aliases"])), 300))
    lines.append(f"{G.degree(n)} relations, {G.degree(n, weight='weight')} claims; "
                 f"{size_by.replace('_', ' ')} {score:.4g}")
    # A hub has tens of thousands of claims: the few shown are picked without sorting them all,
    # and the heading of each relation is written only if one of its claims is shown.
    edges = [(lambda v=v, key=key, edge=edge: f"{edge.get('type', key)} → {G.nodes[v].get('name', v)}", edge)
             for _, v, key, edge in G.out_edges(n, keys=True, data=True)]
    edges += [(lambda u=u, key=key, edge=edge: f"{G.nodes[u].get('name', u)} {edge.get('type', key)} →", edge)
              for u, _, key, edge in G.in_edges(n, keys=True, data=True)]
    total = sum(len(edge.get("claims") or ()) for _, edge in edges)
    shown = heapq.nsmallest(TIP_CLAIMS // 2, ((head, c) for head, edge in edges for c in edge.get("claims") or ()),
                            key=lambda item: _strength(item[1]))
    for head, claim in shown:
        lines += ["", head(), *_claim_lines(claim)]
    if total > TIP_CLAIMS // 2:
        lines += ["", f"… and {total - TIP_CLAIMS // 2} more claims"]
    return "\n".join(lines)


def _shape_svg(shape: str, colour: str, size: int = 14) -> Markup:
    """A small SVG of a vis-network node shape for the legend."""
    c, h = size / 2, size / 2 - 1
    colour = _colour(colour)
    if shape in ("square", "box", "database"):
        body = f'<rect x="1" y="1" width="{size - 2}" height="{size - 2}"/>'
    elif shape in ("triangle", "triangleDown"):
        ys = (size - 1, 1) if shape == "triangle" else (1, size - 1)
        body = f'<polygon points="1,{ys[0]} {c},{ys[1]} {size - 1},{ys[0]}"/>'
    elif shape == "diamond":
        body = f'<polygon points="{c},1 {size - 1},{c} {c},{size - 1} 1,{c}"/>'
    elif shape in ("star", "hexagon"):
        corners = 10 if shape == "star" else 6
        points = []
        for i in range(corners):
            r = h if shape == "hexagon" or i % 2 == 0 else h * 0.45
            a = math.pi * 2 * i / corners - math.pi / 2
            points.append(f"{c + r * math.cos(a):.1f},{c + r * math.sin(a):.1f}")
        body = f'<polygon points="{" ".join(points)}"/>'
    else:
        body = f'<circle cx="{c}" cy="{c}" r="{h}"/>'
    return Markup(f'<svg width="{size}" height="{size}" viewBox="0 0 {size} {size}" aria-hidden="true" '
                  f'fill="{colour}">{body}</svg>')
