"""Stores for the actor graph: embedded LadybugDB by default, Neo4j when a URI is given.

>>> from graph.stores import open_store
>>> with open_store("/tmp/actorgraph-example") as store:      # doctest: +SKIP
...     store.stats()["documents"]
0
"""

from __future__ import annotations

import os
from pathlib import Path

from graph.stores.base import (LoadStats, QueryResult, ReadOnlyError, Store, StoreAuthError, StoreError,
                               StoreLockedError, StoreUnavailableError)

__all__ = [
    "DEFAULT_DB", "LoadStats", "QueryResult", "ReadOnlyError", "Store", "StoreAuthError", "StoreError",
    "StoreLockedError", "StoreUnavailableError", "open_store",
]

#: Where the embedded database lives when neither an argument nor ACTORGRAPH_DB says.
DEFAULT_DB = "./actorgraph-db"


def open_store(db_path: str | os.PathLike | None = None, neo4j_uri: str | None = None,
               user: str | None = None, password: str | None = None, database: str | None = None,
               *, read_only: bool = False) -> Store:
    """Open Neo4j when a URI is given (argument or NEO4J_URI), else the embedded store.

    The embedded database is at `db_path`, `$ACTORGRAPH_DB` or `./actorgraph-db`.
    Neo4j credentials default to `$NEO4J_USER` (neo4j), `$NEO4J_PASSWORD` and
    `$NEO4J_DATABASE` (neo4j). `read_only` applies to the embedded store only.

    >>> store = open_store(neo4j_uri="bolt://127.0.0.1:7687")     # doctest: +SKIP
    >>> type(store).__name__                                      # doctest: +SKIP
    'Neo4jStore'
    """
    uri = neo4j_uri or os.environ.get("NEO4J_URI")
    if uri:
        from graph.stores.neo4j import Neo4jStore
        return Neo4jStore(uri, user or os.environ.get("NEO4J_USER") or "neo4j",
                          password if password is not None else os.environ.get("NEO4J_PASSWORD", ""),
                          database=database or os.environ.get("NEO4J_DATABASE") or "neo4j")
    from graph.stores.embedded import EmbeddedStore
    path = Path(db_path or os.environ.get("ACTORGRAPH_DB") or DEFAULT_DB)
    return EmbeddedStore(path, read_only=read_only)
