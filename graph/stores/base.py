"""The interface every store implements, its result values and its errors.

A store holds the graph: one node per actor, one `Document` node per source,
`MENTIONED_IN` from actors to documents, and one relationship per claim.

>>> from graph.stores import open_store
>>> with open_store("/tmp/example-db") as store:        # doctest: +SKIP
...     stats = store.upsert(extractions)
...     store.run("MATCH (d:Document) RETURN count(d) AS n").rows
[(12,)]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Protocol, runtime_checkable

from graph.model import Extraction
from graph.stores import cypher as q

__all__ = [
    "LoadStats", "QueryResult", "ReadOnlyError", "Store", "StoreAuthError", "StoreError",
    "StoreLockedError", "StoreMixin", "StoreUnavailableError", "one_line",
]


class StoreError(Exception):
    """A store failed; the message is one line meant for the user."""


class ReadOnlyError(StoreError):
    """A query would write, but it was run without `write=True`."""


class StoreLockedError(StoreError):
    """The embedded database is open for writing in another process."""


class StoreUnavailableError(StoreError):
    """The Neo4j server cannot be reached."""


class StoreAuthError(StoreError):
    """The Neo4j server refused the credentials (the message never holds the password)."""


def one_line(message: object, limit: int = 300) -> str:
    """The first line of an engine's message, trimmed: errors for users stay one line.

    >>> one_line("Parser exception: bad input\\n  MATCH (\\n  ^^^")
    'Parser exception: bad input'
    """
    text = str(message).strip().splitlines()
    line = text[0].strip() if text else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Rows returned by `Store.run`, with their column names.

    Nodes and relationships come back as dicts of their properties plus
    `_label` (the kind, relation type or `Document`).

    >>> r = QueryResult(columns=["id", "n"], rows=[("state:chile", 2)])
    >>> r.records()
    [{'id': 'state:chile', 'n': 2}]
    """

    columns: list[str]
    rows: list[tuple]

    def records(self) -> list[dict[str, Any]]:
        """One dict per row, keyed by column name."""
        return [dict(zip(self.columns, row)) for row in self.rows]

    def value(self, default: Any = None) -> Any:
        """The first column of the first row, or `default` when there is no row."""
        return self.rows[0][0] if self.rows and self.rows[0] else default


@dataclass(slots=True)
class LoadStats:
    """What one `upsert` did.

    `documents` counts documents written (new or changed), `replaced` those of
    them that replaced an older version, `skipped` unchanged documents, `actors`
    the actor rows written (new or merged into a stored actor), and
    `rejected` claims refused because an end is not among the document's actors
    or the relation type does not allow the actors' kinds.

    >>> s = LoadStats(documents=2, claims=20, seconds=0.5)
    >>> s.claims_per_second
    40.0
    """

    documents: int = 0
    replaced: int = 0
    skipped: int = 0
    claims: int = 0
    actors: int = 0
    rejected: int = 0
    seconds: float = 0.0
    rejections: list[str] = field(default_factory=list, repr=False)

    @property
    def claims_per_second(self) -> float:
        return self.claims / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The counts as a JSON-ready dict (without the list of rejections)."""
        return {"documents": self.documents, "replaced": self.replaced, "skipped": self.skipped,
                "claims": self.claims, "actors": self.actors, "rejected": self.rejected,
                "seconds": round(self.seconds, 3)}


@runtime_checkable
class Store(Protocol):
    """A graph store: LadybugDB embedded (`EmbeddedStore`) or Neo4j (`Neo4jStore`)."""

    def upsert(self, extractions: Iterable[Extraction]) -> LoadStats:
        """Write documents with their actors and claims, in batches.

        An unchanged document (same key, same content id) is skipped; a changed
        one replaces its old claims and mentions. A document counts as loaded
        only once its claims are committed, in the same transaction.
        """
        ...

    def remove_document(self, key: str) -> bool:
        """Delete a document, its claims and mentions, and actors left unconnected."""
        ...

    def run(self, query: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        """Run one Cypher query; read-only unless `write=True` (else `ReadOnlyError`)."""
        ...

    def documents(self) -> dict[str, str]:
        """Every stored document: key -> content id."""
        ...

    def stats(self) -> dict[str, Any]:
        """Counts: actors by kind, relations (distinct triples) and claims by type, documents."""
        ...

    def close(self) -> None:
        ...

    def __enter__(self) -> "Store":
        ...

    def __exit__(self, *exc: object) -> None:
        ...


class StoreMixin:
    """What both stores share: `documents`, `stats` and the context manager.

    A store provides `ontology` and `_read(query, params)`.
    """

    def documents(self) -> dict[str, str]:
        """Every stored document: key -> content id.

        >>> store.documents()                                   # doctest: +SKIP
        {'news/a.txt': '3f2a9c0e1b7d4a66'}
        """
        return {key: doc_id for key, doc_id in self._read(q.DOCUMENTS).rows}

    def stats(self) -> dict[str, Any]:
        """Counts of actors by kind, relations (distinct source, type, target) and claims by type.

        >>> store.stats()["claims"]["SELLS_TO"]                 # doctest: +SKIP
        12
        """
        onto = self.ontology
        actors = {k: self._read(q.render(q.COUNT_KIND, onto, kind=k)).value(0) for k in onto.kinds}
        relations = {t: self._read(q.render(q.COUNT_RELATIONS, onto, type=t)).value(0) for t in onto.relations}
        claims = {t: self._read(q.render(q.COUNT_CLAIMS, onto, type=t)).value(0) for t in onto.relations}
        return {"documents": self._read(q.COUNT_DOCUMENTS).value(0), "actors": actors,
                "relations": relations, "claims": claims}

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
