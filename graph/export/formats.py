"""Write an actor graph as GraphML, GEXF, CSV for `neo4j-admin database import`, or JSON lines.

Every writer takes the `networkx.MultiDiGraph` described in `graph.analysis`
and a destination, and returns what it wrote.

>>> import networkx as nx, tempfile, pathlib
>>> G = nx.MultiDiGraph()
>>> G.add_node("state:a", name="A", kind="State", aliases=["Land A"], country="")
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> write_jsonl(G, folder / "g.jsonl")
1
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import networkx as nx

from graph.model import MODALITIES
from graph.ontology import Ontology

__all__ = ["CSV_ACTORS", "CSV_RELATIONS", "NODE_HEADER", "RELATION_HEADER", "graph_records",
           "write_csv", "write_gexf", "write_graphml", "write_jsonl"]

CSV_ACTORS = "actors.csv"
CSV_RELATIONS = "relations.csv"
#: Header of the actors file, as `neo4j-admin database import` reads it.
NODE_HEADER = ("id:ID", "name", "kind", "aliases:string[]", "country", ":LABEL")
#: Header of the relations file; `evidence` is the claims as a JSON array.
RELATION_HEADER = (":START_ID", ":END_ID", ":TYPE", "claims:int", "modalities:string[]",
                   "documents:string[]", "first_date", "last_date", "evidence")
#: Label that every actor carries beside the label of its kind.
ACTOR_LABEL = "Actor"
_ARRAY_DELIMITER = ";"  # neo4j-admin's default --array-delimiter


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write `G` as GraphML, readable by networkx, Gephi, yEd and Cytoscape.

    GraphML holds only scalars, so lists and dicts (aliases, claims) become
    JSON strings and missing values empty strings. Edge ids are the relation
    types and each edge keeps the attribute `type`, so
    `nx.read_graphml(path, force_multigraph=True)` gives back the same nodes,
    edges, keys and types.

    Example:
        >>> write_graphml(G, "actors.graphml")  # doctest: +SKIP
        PosixPath('actors.graphml')
    """
    path = Path(path)
    nx.write_graphml(_scalar_graph(G), path, encoding="utf-8")
    return path


def write_gexf(G: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write `G` as GEXF 1.2 for Gephi.

    GEXF reserves an edge's `type` for directed/undirected, so the relation
    type is the edge's `label` and its attribute `relation`; nodes are
    labelled with the actor's name. Lists and dicts become JSON strings.

    Example:
        >>> write_gexf(G, "actors.gexf")  # doctest: +SKIP
        PosixPath('actors.gexf')
    """
    path = Path(path)
    H = _scalar_graph(G)
    for n, data in H.nodes(data=True):
        data["label"] = data.get("name") or str(n)
    for u, v, key, data in H.edges(keys=True, data=True):
        relation = data.pop("type", key)
        data["label"] = data["relation"] = relation
    nx.write_gexf(H, path, encoding="utf-8")
    return path


def write_csv(G: nx.MultiDiGraph, folder: str | os.PathLike) -> list[Path]:
    """Write `actors.csv` and `relations.csv` into `folder` for `neo4j-admin database import`.

    One file for all actors and one for all relations: the actors file
    carries each actor's labels in `:LABEL` (`Actor;State`), the relations
    file the relation type in `:TYPE`; kinds and types are checked against the
    ontology. Arrays use `;`, neo4j-admin's default delimiter, so a `;` inside
    an alias becomes `,`; newlines become spaces so that no
    `--multiline-fields` is needed. Import with:

        neo4j-admin database import full --nodes=actors.csv --relationships=relations.csv neo4j

    Example:
        >>> write_csv(G, "neo4j-import")  # doctest: +SKIP
        [PosixPath('neo4j-import/actors.csv'), PosixPath('neo4j-import/relations.csv')]
    """
    onto = Ontology.load()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    actors, relations = folder / CSV_ACTORS, folder / CSV_RELATIONS
    with actors.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(NODE_HEADER)
        for n, data in G.nodes(data=True):
            kind = onto.check_label(data.get("kind", ""))
            writer.writerow([_cell(n), _cell(data.get("name", n)), kind,
                             _array(data.get("aliases") or ()), _cell(data.get("country") or ""),
                             f"{ACTOR_LABEL}{_ARRAY_DELIMITER}{kind}"])
    with relations.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(RELATION_HEADER)
        for u, v, key, data in G.edges(keys=True, data=True):
            claims = data.get("claims") or []
            seen = {c.get("modality") for c in claims}
            dates = sorted(str(c["date"]) for c in claims if c.get("date"))
            docs = dict.fromkeys(str(c.get("doc_key") or c.get("doc_id") or "") for c in claims)
            writer.writerow([
                _cell(u), _cell(v), onto.check_label(data.get("type", key)),
                len(claims) if "claims" in data else data.get("weight", 1),
                _array(m for m in MODALITIES if m in seen), _array(d for d in docs if d),
                dates[0] if dates else "", dates[-1] if dates else "",
                json.dumps(claims, ensure_ascii=False, default=str),
            ])
    return [actors, relations]


def graph_records(G: nx.MultiDiGraph) -> Iterator[dict]:
    """The records of `write_jsonl`: every actor, then every relation with its claims.

    Example:
        >>> next(graph_records(G))["record"]  # doctest: +SKIP
        'actor'
    """
    for n, data in G.nodes(data=True):
        yield {"record": "actor", "id": n, **data}
    for u, v, key, data in G.edges(keys=True, data=True):
        record = {"record": "relation", "source": u, "target": v, "type": data.get("type", key)}
        record.update((k, val) for k, val in data.items() if k not in record)
        yield record


def write_jsonl(G: nx.MultiDiGraph, path: str | os.PathLike | IO[str]) -> int:
    """Write one JSON object a line, actors first, then relations with their claims; return the count.

    Actors look like `{"record": "actor", "id": ..., "name": ..., "kind": ...,
    "aliases": [...], "country": ...}`, relations like `{"record": "relation",
    "source": ..., "target": ..., "type": ..., "weight": ..., "claims": [...]}`.
    `path` may be an open text stream such as `sys.stdout`.

    Example:
        >>> write_jsonl(G, sys.stdout)  # doctest: +SKIP
        {"record": "actor", "id": "state:chile", "name": "Chile", ...}
    """
    if hasattr(path, "write"):
        return _write_lines(G, path)
    with open(path, "w", encoding="utf-8") as handle:
        return _write_lines(G, handle)


def _write_lines(G: nx.MultiDiGraph, handle: IO[str]) -> int:
    count = 0
    for record in graph_records(G):
        handle.write(json.dumps(record, ensure_ascii=False, default=_jsonable) + "\n")
        count += 1
    return count


def _jsonable(value):
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def _scalar_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values are all str, int, float or bool."""
    H = nx.MultiDiGraph()
    H.graph.update({k: _scalar(v) for k, v in G.graph.items()})
    H.add_nodes_from((n, {k: _scalar(v) for k, v in data.items()}) for n, data in G.nodes(data=True))
    H.add_edges_from((u, v, str(key), {k: _scalar(val) for k, val in data.items()})
                     for u, v, key, data in G.edges(keys=True, data=True))
    return H


def _scalar(value):
    if value is None:
        return ""
    if isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return json.dumps(list(value) if isinstance(value, (set, frozenset)) else value,
                          ensure_ascii=False, default=str)
    return str(value)


def _cell(value) -> str:
    return " ".join(str(value).split()) if any(c in str(value) for c in "\r\n") else str(value)


def _array(values) -> str:
    return _ARRAY_DELIMITER.join(_cell(v).replace(_ARRAY_DELIMITER, ",") for v in values)
