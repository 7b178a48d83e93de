"""Analysis of an actor graph: plain functions of a `networkx.MultiDiGraph`.

The graph has one node per actor (id such as `state:chile`, attributes `name`,
`kind`, `aliases`, `country`) and one edge per relation (key and attribute
`type`, `weight` = number of claims, `claims` = list of evidence dicts). Like
networkx's own algorithms these functions take the graph as their first
argument and never change it.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("state:a", name="A", kind="State", aliases=[], country="")
>>> G.add_node("state:b", name="B", kind="State", aliases=[], country="")
>>> _ = G.add_edge("state:a", "state:b", key="SELLS_TO", type="SELLS_TO", weight=1,
...                claims=[{"modality": "asserted", "date": "2024-01-02"}])
>>> centrality(G, "in_degree")["id"].tolist()
['state:b', 'state:a']
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable

import networkx as nx
import pandas as pd

from graph.brandes import betweenness
from graph.model import MODALITIES
from graph.ontology import Ontology

__all__ = [
    "BETWEENNESS_EXACT_LIMIT", "BETWEENNESS_MIN_PIVOTS", "BETWEENNESS_PIVOTS", "BETWEENNESS_WORK", "MEASURES", "SEED",
    "ActorNotFound", "CentralityError",
    "actors_frame", "centrality", "collapse", "filter_graph", "find_actor",
    "neighbourhood", "relations_frame",
]

MEASURES = ("degree", "in_degree", "out_degree", "betweenness", "pagerank", "eigenvector")
#: Above this many nodes betweenness is estimated from sampled pivots.
BETWEENNESS_EXACT_LIMIT = 2000
#: Most pivots sampled when betweenness is estimated and `k_sample` is not given.
BETWEENNESS_PIVOTS = 500
#: Without `k_sample`, pivots x (actors + relations) stays under this, so the time
#: of an estimate stays about flat as the graph grows (about 20 s on one core of
#: the benchmark machine), but never below `BETWEENNESS_MIN_PIVOTS` pivots. The
#: estimate of the best-connected actors, which the map and rankings show, holds
#: up with few pivots; the scores of the many minor actors get noisier.
BETWEENNESS_WORK = 50_000_000
BETWEENNESS_MIN_PIVOTS = 100
#: Seed of every random choice here, so two runs give the same numbers.
SEED = 42

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


class ActorNotFound(KeyError):
    """No actor (or more than one) answers to the given id, name or alias."""

    def __str__(self) -> str:  # KeyError would print the message in quotes
        return str(self.args[0]) if self.args else "actor not found"


class CentralityError(ValueError):
    """A centrality cannot be computed on this graph; the message says why."""


def filter_graph(G: nx.MultiDiGraph, types: Iterable[str] | None = None,
                 kinds: Iterable[str] | None = None, modalities: Iterable[str] | None = None,
                 since: str | dt.date | None = None, until: str | dt.date | None = None,
                 min_claims: int = 1) -> nx.MultiDiGraph:
    """A new graph with only the claims, relations and actors that pass every filter.

    Claims are filtered first, by `modalities` and by date (`since` and `until`
    are inclusive ISO dates; a partial claim date such as `2023` or `2023-05`
    passes when its period overlaps the range; a claim without a date fails
    any date filter). A relation keeps the claims that pass, its `weight` is
    recounted, and it is dropped when its type is not in `types` or fewer than
    `min_claims` claims are left. Then actors whose kind is not in `kinds` go,
    with their relations. When any relation filter was given, actors left
    without relations go too; a filter by kinds alone keeps isolated actors.

    Kinds, types and modalities are checked against the ontology and
    `graph.model.MODALITIES`; an unknown one raises ValueError.

    Example:
        >>> from graph.analysis import filter_graph
        >>> H = filter_graph(G, types=["SELLS_TO"], modalities=["asserted", "reported"],
        ...                  since="2020-01-01")  # doctest: +SKIP
    """
    onto = Ontology.load()
    types = _checked(types, onto.relations, "relation type")
    kinds = _checked(kinds, onto.kinds, "actor kind")
    modalities = _checked(modalities, MODALITIES, "modality")
    lo = _bound(since, "since", low=True)
    hi = _bound(until, "until", low=False)
    claim_filter = modalities is not None or lo is not None or hi is not None
    edge_filter = claim_filter or types is not None or min_claims > 1

    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from(G.nodes(data=True))
    for u, v, key, data in G.edges(keys=True, data=True):
        if types is not None and data.get("type", key) not in types:
            continue
        attrs = dict(data)
        claims = data.get("claims")
        if claims is None:  # a graph without evidence: only the weight can be tested
            if claim_filter:
                continue
            count = data.get("weight", 1)
        else:
            if claim_filter:
                claims = [c for c in claims if _claim_passes(c, modalities, lo, hi)]
                attrs["claims"] = claims
                attrs["weight"] = len(claims)
            count = len(claims)
        if count >= max(min_claims, 1):
            H.add_edge(u, v, key=key, **attrs)

    if kinds is not None:
        H.remove_nodes_from([n for n, kind in H.nodes(data="kind") if kind not in kinds])
    if edge_filter:
        H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    return H


def collapse(G: nx.MultiDiGraph, *, weighted: bool = True) -> nx.DiGraph:
    """The DiGraph with one edge per ordered pair of actors, `weight` summed over relations.

    Each edge also gets `distance` = 1 / weight, so that shortest paths prefer
    relations with much evidence. Node attributes are copied.

    Example:
        >>> D = collapse(G)  # doctest: +SKIP
        >>> D["state:a"]["state:b"]["weight"]  # doctest: +SKIP
        3
    """
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes(data=True))
    for u, v, data in G.edges(data=True):
        w = data.get("weight", 1) if weighted else 1
        if D.has_edge(u, v):
            D[u][v]["weight"] += w
        else:
            D.add_edge(u, v, weight=w)
    for _, _, data in D.edges(data=True):
        data["distance"] = 1.0 / data["weight"] if data["weight"] else float("inf")
    return D


def centrality(G: nx.MultiDiGraph, measure: str, *, weighted: bool = True, top: int | None = None,
               type: str | None = None, k_sample: int | None = None) -> pd.DataFrame:
    """Score every actor by `measure` and return a DataFrame (id, name, kind, score), best first.

    Measures: `degree`, `in_degree`, `out_degree` count the claims on an
    actor's relations (with `weighted=False`, the relations); `betweenness`,
    `pagerank` and `eigenvector` run networkx on `collapse(G)`, the DiGraph
    with summed claim counts as weights (betweenness uses 1/weight as the
    length of an edge, so strong ties make short paths). `type` restricts the
    graph to one relation type first; `top` keeps the first N rows.

    Betweenness on more than `BETWEENNESS_EXACT_LIMIT` actors, or whenever
    `k_sample` is given, is estimated from `k_sample` pivots drawn with seed
    `SEED`; without `k_sample` the number of pivots shrinks as the graph grows
    (`BETWEENNESS_PIVOTS` at most, fewer when pivots x (actors + relations)
    would pass `BETWEENNESS_WORK`, but not under `BETWEENNESS_MIN_PIVOTS`). The
    scores are those of networkx's `betweenness_centrality` (`graph.brandes`
    computes them faster). The frame's `attrs` say what was computed: `measure`,
    `weighted`, `type`, `approximate` (bool), `pivots` (None when exact) and
    `note` (one line for a human, empty when there is nothing to say).
    Eigenvector centrality falls back to networkx's numpy solver when power
    iteration does not converge, and raises CentralityError when that fails too.

    Example:
        >>> df = centrality(G, "pagerank", top=10)  # doctest: +SKIP
        >>> df.attrs["approximate"], df.columns.tolist()  # doctest: +SKIP
        (False, ['id', 'name', 'kind', 'score'])
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown centrality measure {measure!r}; choose one of {', '.join(MEASURES)}")
    if type is not None:
        G = filter_graph(G, types=[type])
    weight = "weight" if weighted else None
    approximate, note, pivots = False, "", None
    if measure in ("degree", "in_degree", "out_degree"):
        degree = {"degree": G.degree, "in_degree": G.in_degree, "out_degree": G.out_degree}[measure]
        scores = dict(degree(weight=weight))
    elif measure == "pagerank":
        scores = nx.pagerank(collapse(G), weight=weight) if len(G) else {}
    elif measure == "betweenness":
        D = collapse(G)
        n = len(D)
        length = "distance" if weighted else None
        if k_sample is not None or n > BETWEENNESS_EXACT_LIMIT:
            k = min(k_sample or _pivots(n, D.number_of_edges()), n)
            approximate = k < n
            pivots = k if approximate else None
            if approximate:
                note = f"betweenness estimated from {k} of {n} actors as pivots (seed {SEED})"
            scores = betweenness(D, k=k, weight=length, seed=SEED)
        else:
            scores = betweenness(D, weight=length)
    else:
        scores, note = _eigenvector(collapse(G), weight)
    frame = _scored(G, scores)
    if top is not None:
        frame = frame.head(top).reset_index(drop=True)
    frame.attrs.update(measure=measure, weighted=weighted, type=type, approximate=approximate, pivots=pivots,
                       note=note)
    return frame


def _pivots(actors: int, relations: int) -> int:
    """Pivots for a betweenness estimate: fewer on bigger graphs, within `BETWEENNESS_WORK`."""
    return min(BETWEENNESS_PIVOTS, max(BETWEENNESS_MIN_PIVOTS, BETWEENNESS_WORK // max(actors + relations, 1)))


def relations_frame(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per relation: source, source_name, type, target, target_name, claims,
    modalities (distinct, strongest first, comma-separated), documents (distinct count),
    first_date and last_date of its claims. Sorted by claims, most first.

    Example:
        >>> relations_frame(G).head()  # doctest: +SKIP
    """
    rows = []
    for u, v, key, data in G.edges(keys=True, data=True):
        claims = data.get("claims") or []
        seen = {c.get("modality") for c in claims}
        dates = sorted(d for d in (str(c.get("date") or "") for c in claims) if d)
        rows.append({
            "source": u, "source_name": G.nodes[u].get("name", u), "type": data.get("type", key),
            "target": v, "target_name": G.nodes[v].get("name", v),
            "claims": len(claims) if "claims" in data else data.get("weight", 1),
            "modalities": ", ".join(m for m in (*MODALITIES, *sorted(seen - set(MODALITIES) - {None}))
                                    if m in seen),
            "documents": len({c.get("doc_id") or c.get("doc_key") for c in claims}),
            "first_date": dates[0] if dates else "", "last_date": dates[-1] if dates else "",
        })
    columns = ["source", "source_name", "type", "target", "target_name", "claims", "modalities",
               "documents", "first_date", "last_date"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["claims", "source", "type", "target"], ascending=[False, True, True, True],
                             kind="stable").reset_index(drop=True)


def actors_frame(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per actor: id, name, kind, country, aliases ("; "-joined), degree,
    in_degree, out_degree (relations) and claims (on all its relations). Sorted by degree.

    Example:
        >>> actors_frame(G).head()  # doctest: +SKIP
    """
    claims = dict(G.degree(weight="weight"))
    rows = [{
        "id": n, "name": data.get("name", n), "kind": data.get("kind", ""),
        "country": data.get("country", "") or "", "aliases": "; ".join(data.get("aliases") or ()),
        "degree": G.degree(n), "in_degree": G.in_degree(n), "out_degree": G.out_degree(n),
        "claims": claims[n],
    } for n, data in G.nodes(data=True)]
    columns = ["id", "name", "kind", "country", "aliases", "degree", "in_degree", "out_degree", "claims"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["degree", "id"], ascending=[False, True], kind="stable").reset_index(drop=True)


def find_actor(G: nx.MultiDiGraph, actor: str) -> str:
    """The id of the actor named `actor`: its id, name or one of its aliases, case-insensitive.

    Raises ActorNotFound (a KeyError) naming close matches when no actor, or
    more than one, answers to the name.

    Example:
        >>> find_actor(G, "chile")  # doctest: +SKIP
        'state:chile'
    """
    if actor in G:
        return actor
    wanted = actor.strip().casefold()
    by_id = [n for n in G if str(n).casefold() == wanted]
    by_name = [n for n, name in G.nodes(data="name") if str(name or "").casefold() == wanted]
    by_alias = [n for n, aliases in G.nodes(data="aliases")
                if any(str(a).casefold() == wanted for a in aliases or ())]
    for found in (by_id, by_name, by_alias):
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise ActorNotFound(f"{actor!r} names {len(found)} actors: {', '.join(sorted(map(str, found)))}; "
                                "give the id")
    names = {str(name): n for n, name in G.nodes(data="name") if name}
    close = difflib.get_close_matches(actor, list(names), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise ActorNotFound(f"no actor {actor!r} in the graph (by id, name or alias){hint}")


def neighbourhood(G: nx.MultiDiGraph, actor: str, depth: int = 1) -> nx.MultiDiGraph:
    """The actors within `depth` relations of `actor` (either direction) and all relations among them.

    `actor` is an id, name or alias (see `find_actor`). The result is a new
    graph, as `nx.ego_graph(G, id, radius=depth, undirected=True)` would give.

    Example:
        >>> H = neighbourhood(G, "Chile", depth=2)  # doctest: +SKIP
    """
    if depth < 0:
        raise ValueError(f"depth must be 0 or more, not {depth}")
    centre = find_actor(G, actor)
    reached = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), centre, cutoff=depth)
    H = G.subgraph(reached).copy()
    H.graph["focus"] = centre
    return H


def _checked(values: Iterable[str] | None, known, what: str) -> set[str] | None:
    if values is None:
        return None
    values = {values} if isinstance(values, str) else set(values)
    unknown = values - set(known)
    if unknown:
        raise ValueError(f"unknown {what} {', '.join(sorted(unknown))}; known: {', '.join(known)}")
    return values


def _bound(value: str | dt.date | None, name: str, *, low: bool) -> str | None:
    """An ISO date bound, padded so that `2023` means its first or last day."""
    if value is None:
        return None
    text = value.isoformat()[:10] if isinstance(value, dt.date) else str(value).strip()
    if not _DATE.fullmatch(text[:10]):
        raise ValueError(f"{name} must be an ISO date such as 2024-03-01, not {value!r}")
    return _pad(text[:10], low)


def _pad(date: str, low: bool) -> str:
    """`2023` -> `2023-01-01` or `2023-12-31`; `2023-05` -> `2023-05-01` or `2023-05-31`."""
    if len(date) == 4:
        return date + ("-01-01" if low else "-12-31")
    if len(date) == 7:
        return date + ("-01" if low else "-31")
    return date


def _claim_passes(claim: dict, modalities: set[str] | None, lo: str | None, hi: str | None) -> bool:
    if modalities is not None and claim.get("modality") not in modalities:
        return False
    if lo is None and hi is None:
        return True
    match = _DATE.match(str(claim.get("date") or ""))
    if not match:
        return False
    date = match.group(0)
    return (lo is None or _pad(date, low=False) >= lo) and (hi is None or _pad(date, low=True) <= hi)


def _eigenvector(D: nx.DiGraph, weight: str | None) -> tuple[dict, str]:
    if not len(D):
        return {}, ""
    try:
        return nx.eigenvector_centrality(D, max_iter=1000, weight=weight), ""
    except nx.PowerIterationFailedConvergence:
        pass
    try:
        scores = nx.eigenvector_centrality_numpy(D, weight=weight)
    except (nx.NetworkXException, ArithmeticError, ValueError) as exc:
        raise CentralityError(
            "eigenvector centrality does not converge on this graph and the numpy solver "
            f"cannot help ({exc}); pagerank is defined for every directed graph") from None
    return scores, "eigenvector centrality from the numpy solver (power iteration did not converge)"


def _scored(G: nx.MultiDiGraph, scores: dict) -> pd.DataFrame:
    rows = [{"id": n, "name": G.nodes[n].get("name", n), "kind": G.nodes[n].get("kind", ""),
             "score": float(scores.get(n, 0.0))} for n in G]
    frame = pd.DataFrame(rows, columns=["id", "name", "kind", "score"])
    return frame.sort_values(["score", "id"], ascending=[False, True], kind="stable").reset_index(drop=True)
