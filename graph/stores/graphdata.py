"""The actor graph as a networkx `MultiDiGraph`, read from a store or built from extractions.

Nodes are actor ids with `name`, `kind`, `aliases` and `country`. There is one
edge per (source, type, target), keyed by the type, with `type`, `weight`
(the number of claims) and `claims`: one dict per claim, sorted by document
key and claim id.

>>> from graph.model import Actor, Document, Extraction
>>> doc = Document(key="a.txt", id="c0ffee", text="Atlantis.")
>>> G = from_extractions([Extraction(doc, (Actor("state:atlantis", "Atlantis", "State"),), ())])
>>> G.nodes["state:atlantis"]["kind"]
'State'
"""

from __future__ import annotations

from typing import Any, Iterable

import networkx as nx

from graph.model import Extraction
from graph.ontology import Ontology
from graph.stores import cypher as q
from graph.stores.rows import plan, union

__all__ = ["CLAIM_KEYS", "from_extractions", "to_networkx"]

#: The claim properties kept on each edge's `claims` list.
CLAIM_KEYS = ("claim_id", "doc_id", "doc_key", "sentence", "modality", "rule", "amount", "items",
              "date", "role")


def to_networkx(store) -> nx.MultiDiGraph:
    """Read the whole graph of a store with two queries (actors, then claims).

    >>> G = to_networkx(store)                                   # doctest: +SKIP
    >>> G["state:atlantis"]["state:lemuria"]["SELLS_TO"]["weight"]   # doctest: +SKIP
    2
    """
    onto: Ontology = store.ontology
    G = nx.MultiDiGraph()
    for rec in store.run(q.ALL_ACTORS, {"kinds": list(onto.kinds)}).records():
        G.add_node(rec["id"], name=rec["name"], kind=rec["kind"], aliases=list(rec["aliases"] or []),
                   country=rec["country"] or "")
    for source, target, claim in store.run(q.ALL_CLAIMS).rows:
        _add_claim(G, source, target, claim["_label"], claim)
    return _finish(G)


def from_extractions(extractions: Iterable[Extraction], ontology: Ontology | None = None) -> nx.MultiDiGraph:
    """The graph a store would hold after loading `extractions` into an empty store.

    A later extraction with the same document key replaces an earlier one.
    Claims rejected by the store (ends not among the document's actors,
    kinds the relation type does not allow) are left out here too.
    """
    latest: dict[str, Extraction] = {}
    for extraction in extractions:
        latest.pop(extraction.document.key, None)
        latest[extraction.document.key] = extraction
    p = plan(latest.values(), ontology or Ontology.load())
    G = nx.MultiDiGraph()
    for rows in p.actors.values():
        for row in rows:
            G.add_node(row["id"], name=row["name"], kind=row["kind"], aliases=union(row["aliases"], ()),
                       country=row["country"])
    for (type_, _, _), rows in p.claims.items():
        for row in rows:
            _add_claim(G, row["source"], row["target"], type_, row)
    return _finish(G)


def _add_claim(G: nx.MultiDiGraph, source: str, target: str, type_: str, claim: dict[str, Any]) -> None:
    record = {key: claim.get(key) for key in CLAIM_KEYS}
    record["items"] = list(record["items"] or [])
    if G.has_edge(source, target, key=type_):
        G[source][target][type_]["claims"].append(record)
    else:
        G.add_edge(source, target, key=type_, type=type_, claims=[record])


def _finish(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    for _, _, data in G.edges(data=True):
        data["claims"].sort(key=lambda c: (c["doc_key"], c["claim_id"]))
        data["weight"] = len(data["claims"])
    return G
