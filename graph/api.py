"""A small Python API for notebooks: load articles, read the graph, query it, draw it.

Each function opens the store, does its work and closes it again, so a
notebook never holds the embedded database's lock between cells. The store is
Neo4j when `neo4j_uri` is given; else the embedded LadybugDB database at
`db`; with neither, whatever `graph.stores.open_store` picks from the
environment (`$NEO4J_URI`, else `$ACTORGRAPH_DB`, else `./actorgraph-db`).
Unlike the command line, an explicit `db` is never overridden by
`$NEO4J_URI`: a notebook that names a database file gets that file.

Example:
    >>> from graph import api
    >>> stats = api.load(["news/"], db="work/graph.lbdb")              # doctest: +SKIP
    >>> G = api.open_graph("work/graph.lbdb", types=["SELLS_TO"])      # doctest: +SKIP
    >>> api.centrality(G, "pagerank", top=5)                           # doctest: +SKIP
    >>> api.query("arms_suppliers", db="work/graph.lbdb")              # doctest: +SKIP
    >>> api.write_map(G, "map.html")                                   # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

import networkx as nx
import pandas as pd

from graph.analysis import actors_frame, centrality, filter_graph, neighbourhood, relations_frame
from graph.export.html import write_map
from graph.stores import LoadStats, Store, open_store
from graph.stores.graphdata import to_networkx

__all__ = [
    "LoadResult", "actors_frame", "centrality", "filter_graph", "load", "neighbourhood", "open_graph",
    "query", "relations_frame", "write_map",
]

PathLike = str | os.PathLike


@dataclass(slots=True)
class LoadResult(LoadStats):
    """The `LoadStats` of a load, plus the files and records that could not be read.

    `errors` holds `loaders.sources.SourceError` values (`path`, `reason`,
    `warning`); warnings were still read, the others were skipped.

    Example:
        >>> r = LoadResult(documents=5, claims=40)
        >>> r.refused, r.as_dict()["documents"]
        ([], 5)
    """

    errors: list = field(default_factory=list)

    @property
    def refused(self) -> list:
        """The errors of files or records that were not loaded (warnings left out)."""
        return [e for e in self.errors if not e.warning]


def open_graph(db: PathLike | None = None, *, neo4j_uri: str | None = None, user: str | None = None,
               password: str | None = None, database: str | None = None,
               types: Iterable[str] | None = None, kinds: Iterable[str] | None = None,
               modalities: Iterable[str] | None = None, since: str | dt.date | None = None,
               until: str | dt.date | None = None, min_claims: int = 1) -> nx.MultiDiGraph:
    """Read the stored graph into a networkx `MultiDiGraph`, filtered by `graph.analysis.filter_graph`.

    Nodes are actor ids with `name`, `kind`, `aliases` and `country`; there is
    one edge per relation, keyed by its type, with `type`, `weight` (the number
    of claims) and `claims` (one dict of evidence per claim). The filters are
    those of `filter_graph`: relation `types`, actor `kinds`, claim
    `modalities`, claim dates `since`/`until` (inclusive ISO dates) and
    `min_claims` per relation. The embedded store is opened read-only.

    Example:
        >>> G = open_graph("work/graph.lbdb", types=["SELLS_TO"], modalities=["asserted", "reported"])  # doctest: +SKIP
        >>> G["state:israel"]["state:azerbaijan"]["SELLS_TO"]["weight"]                                 # doctest: +SKIP
        3
    """
    with _open(db, neo4j_uri, user, password, database, read_only=True) as store:
        G = to_networkx(store)
    return filter_graph(G, types=types, kinds=kinds, modalities=modalities, since=since, until=until,
                        min_claims=min_claims)


def load(paths: PathLike | Iterable[PathLike], db: PathLike | None = None, *, neo4j_uri: str | None = None,
         user: str | None = None, password: str | None = None, database: str | None = None,
         jobs: int = 1) -> LoadResult:
    """Extract the documents under `paths` (files, folders, globs) and write them into the store.

    A document already stored unchanged is skipped; a changed one replaces its
    old claims. Files and records that cannot be read are skipped and listed
    in the result's `errors`; the others still load. `jobs` > 1 extracts in
    that many processes.

    Example:
        >>> result = load("news/", db="work/graph.lbdb")           # doctest: +SKIP
        >>> result.documents, result.claims, [str(e) for e in result.refused]  # doctest: +SKIP
        (5, 61, [])
    """
    from loaders.pipeline import extract_paths
    from loaders.sources import SourceError

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    errors: list[SourceError] = []

    def extractions():
        for item in extract_paths([os.fspath(p) for p in paths], jobs=jobs):
            if isinstance(item, SourceError):
                errors.append(item)
            else:
                yield item

    with _open(db, neo4j_uri, user, password, database, read_only=False) as store:
        stats = store.upsert(extractions())
    return LoadResult(**{f.name: getattr(stats, f.name) for f in fields(LoadStats)}, errors=errors)


def query(cypher: str, params: dict[str, Any] | None = None, db: PathLike | None = None, *,
          neo4j_uri: str | None = None, user: str | None = None, password: str | None = None,
          database: str | None = None) -> pd.DataFrame:
    """Run a read-only Cypher query and return its rows as a DataFrame, one column per returned column.

    `cypher` is Cypher text or the name of a query in `queries/` (see
    `actorgraph queries`), taken in the store's dialect. `$parameters` come
    from `params`. A query that would write raises `graph.stores.ReadOnlyError`.

    Example:
        >>> query("MATCH (a:State) RETURN a.name AS name ORDER BY name LIMIT 2", db="work/graph.lbdb")  # doctest: +SKIP
                 name
        0  Azerbaijan
        1     Armenia
        >>> query("evidence", {"source": "Israel", "target": "Azerbaijan"}, db="work/graph.lbdb")  # doctest: +SKIP
    """
    import queries as named

    with _open(db, neo4j_uri, user, password, database, read_only=True) as store:
        if cypher in named.names():
            cypher = named.load(cypher, store.dialect)
        result = store.run(cypher, params or {})
    return pd.DataFrame(result.rows, columns=result.columns)


def _open(db: PathLike | None, neo4j_uri: str | None, user: str | None, password: str | None,
          database: str | None, *, read_only: bool) -> Store:
    """`open_store`, except that an explicit `db` means the embedded store whatever `$NEO4J_URI` says."""
    if db is not None and not neo4j_uri:
        from graph.stores.embedded import EmbeddedStore
        return EmbeddedStore(db, read_only=read_only)
    return open_store(db, neo4j_uri, user, password, database, read_only=read_only)
