"""The Neo4j store, on the official driver.

Every actor node has the label of its kind and the common label `Actor`;
constraints and indexes are created on first use. Writes go in batches of
`UNWIND $rows` statements, one managed transaction per batch, which the
driver retries on transient errors.

>>> store = Neo4jStore("bolt://127.0.0.1:7687", "neo4j", "secret")    # doctest: +SKIP
>>> store.upsert(extractions).documents                               # doctest: +SKIP
200
"""

from __future__ import annotations

import time
from typing import Any, Iterable
from urllib.parse import urlsplit, urlunsplit

import neo4j
from neo4j import exceptions as nx

from graph.model import Extraction
from graph.ontology import Ontology
from graph.stores import cypher as q
from graph.stores.base import (LoadStats, QueryResult, ReadOnlyError, StoreAuthError, StoreError,
                               StoreMixin, StoreUnavailableError, one_line)
from graph.stores.guard import strip_literals
from graph.stores.rows import Plan, batches, plan

__all__ = ["SCHEMES", "Neo4jStore"]

#: Bolt URI schemes; the driver's HTTP preview is not supported.
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


class Neo4jStore(StoreMixin):
    """A `Store` on a Neo4j 5 server; errors come as one-line `StoreError`s.

    The password is handed to the driver and kept nowhere else: it appears in
    no message, log line or repr.

    >>> Neo4jStore("http://localhost:7474", "neo4j", "x")            # doctest: +SKIP
    Traceback (most recent call last):
    graph.stores.base.StoreError: NEO4J_URI 'http://localhost:7474' is not a Neo4j URI: ...
    """

    dialect = "neo4j"

    def __init__(self, uri: str, user: str, password: str, database: str = "neo4j", *,
                 ontology: Ontology | None = None, batch_documents: int = 5000,
                 batch_claims: int = 20000) -> None:
        self.uri, self.user, self.database = _safe_uri(uri), user, database
        self.ontology = ontology or Ontology.load()
        self.batch_documents, self.batch_claims = batch_documents, batch_claims
        self._driver = None
        try:
            if urlsplit(uri).scheme not in SCHEMES:
                raise ValueError(f"the scheme must be one of {', '.join(SCHEMES)}")
            self._driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
        except (nx.ConfigurationError, ValueError) as exc:
            reason = _redact(one_line(exc).replace(uri, self.uri), password).rstrip(".")
            raise StoreError(f"NEO4J_URI {self.uri!r} is not a Neo4j URI: {reason}; "
                             "use bolt://host:7687 or neo4j://host:7687") from None
        try:
            self._driver.verify_connectivity()
            self._ensure_schema()
        except StoreError:
            self.close()
            raise
        except Exception as exc:  # noqa: BLE001 - every driver error becomes one line
            self.close()
            raise self._map(exc, password) from None

    def __repr__(self) -> str:
        return f"Neo4jStore({self.uri!r}, user={self.user!r}, database={self.database!r})"

    # --- errors and sessions -------------------------------------------------------

    def _map(self, exc: Exception, secret: str = "") -> StoreError:
        if isinstance(exc, StoreError):
            return exc
        if isinstance(exc, nx.AuthError):
            return StoreAuthError(f"Neo4j refused the credentials for user {self.user}: "
                                  "check NEO4J_USER and NEO4J_PASSWORD")
        if isinstance(exc, (nx.ServiceUnavailable, nx.SessionExpired, OSError)):
            return StoreUnavailableError(f"cannot reach Neo4j at {self.uri}: is the server running? "
                                         "check NEO4J_URI")
        code = getattr(exc, "code", "") or ""
        message = _redact(one_line(getattr(exc, "message", None) or exc), secret)
        if code.endswith("DatabaseNotFound"):
            return StoreError(f"Neo4j has no database {self.database!r}: check NEO4J_DATABASE")
        if code.endswith("AccessMode") or "in read access mode" in message:
            return ReadOnlyError(f"the query writes, and it was run read-only; pass write=True "
                                 f"(--write on the command line) to allow it ({message})")
        return StoreError(f"Neo4j: {message}")

    def _session(self) -> neo4j.Session:
        if self._driver is None:
            raise StoreError("the Neo4j store is closed")
        return self._driver.session(database=self.database)

    def _call(self, method: str, work, *args) -> Any:
        try:
            with self._session() as session:
                return getattr(session, method)(work, *args)
        except Exception as exc:  # noqa: BLE001
            raise self._map(exc) from None

    def _read(self, query: str, params: dict[str, Any] | None = None) -> QueryResult:
        return self.run(query, params)

    # --- schema ---------------------------------------------------------------------

    def _ensure_schema(self) -> None:
        onto = self.ontology
        wanted = {"actor_id": q.NEO4J_ACTOR_CONSTRAINT, "document_key": q.NEO4J_DOCUMENT_CONSTRAINT}
        wanted |= {f"{k}_id": q.render(q.NEO4J_KIND_CONSTRAINT, onto, kind=k) for k in onto.kinds}
        for t in onto.relations:
            wanted[f"{t}_claim_id"] = q.render(q.NEO4J_CLAIM_INDEX, onto, type=t)
            wanted[f"{t}_doc_key"] = q.render(q.NEO4J_DOC_KEY_INDEX, onto, type=t)
        present = {row[0] for row in self.run(q.NEO4J_SCHEMA_NAMES).rows}
        missing = [statement for name, statement in wanted.items() if name not in present]
        if not missing:
            return
        try:
            with self._session() as session:
                for statement in missing:  # schema changes cannot share a transaction with data
                    session.run(statement).consume()
                session.run(q.NEO4J_AWAIT_INDEXES).consume()
        except Exception as exc:  # noqa: BLE001
            raise self._map(exc) from None

    # --- the Store interface ------------------------------------------------------------

    def upsert(self, extractions: Iterable[Extraction]) -> LoadStats:
        """Write extractions in batches, one managed transaction per batch (see `Store.upsert`).

        >>> store.upsert(extractions).claims                       # doctest: +SKIP
        1200
        """
        stats = LoadStats()
        started = time.perf_counter()
        for batch in batches(extractions, self.batch_documents, self.batch_claims):
            done = self._call("execute_write", self._write, batch)
            for name in ("documents", "replaced", "skipped", "claims", "actors", "rejected"):
                setattr(stats, name, getattr(stats, name) + getattr(done, name))
            stats.rejections.extend(done.rejections)
        stats.seconds = time.perf_counter() - started
        return stats

    def _write(self, tx: neo4j.ManagedTransaction, batch: list[Extraction]) -> LoadStats:
        """One batch in one transaction; may run again on a transient error, so it only returns counts."""
        onto, done = self.ontology, LoadStats()
        keys = [e.document.key for e in batch]
        existing = {key: doc_id for key, doc_id in tx.run(q.DOCUMENTS_BY_KEY, keys=keys).values()}
        todo = [e for e in batch if existing.get(e.document.key) != e.document.id]
        done.skipped = len(batch) - len(todo)
        if not todo:
            return done
        replaced = [e.document.key for e in todo if e.document.key in existing]
        candidates = self._detach(tx, replaced) if replaced else []
        p = plan(todo, onto)
        for kind, rows in p.actors.items():
            tx.run(q.render(q.NEO4J_MERGE_ACTORS, onto, kind=kind), rows=rows).consume()
        tx.run(q.NEO4J_DOCUMENTS, rows=[[row[f] for f in q.DOCUMENT_FIELDS] for row in p.documents]).consume()
        tx.run(q.NEO4J_MENTIONS, docs=_mentions_by_document(p)).consume()
        for type_, docs in _claims_by_document(p).items():
            tx.run(q.render(q.NEO4J_CREATE_CLAIMS, onto, type=type_), docs=docs).consume()
        if candidates:
            tx.run(q.NEO4J_DELETE_ORPHANS, ids=candidates).consume()
        done.documents, done.replaced, done.claims = len(todo), len(replaced), p.claim_count
        done.actors = sum(len(rows) for rows in p.actors.values())
        done.rejected, done.rejections = len(p.rejected), list(p.rejected)
        return done

    def _detach(self, tx: neo4j.ManagedTransaction, keys: list[str]) -> list[str]:
        """Delete the claims and mentions of documents; return the ids of their actors."""
        candidates = [row[0] for row in tx.run(q.DOCUMENT_ACTORS, keys=keys).values()]
        for type_ in self.ontology.relations:
            tx.run(q.render(q.DELETE_CLAIMS, self.ontology, type=type_), keys=keys).consume()
        tx.run(q.DELETE_MENTIONS, keys=keys).consume()
        return candidates

    def upsert_naive(self, extractions: Iterable[Extraction]) -> LoadStats:
        """The benchmark's baseline: one MERGE per actor and per claim, each its own transaction."""
        stats, onto = LoadStats(), self.ontology
        started = time.perf_counter()
        for extraction in extractions:
            doc = extraction.document
            if self.documents_for([doc.key]).get(doc.key) == doc.id:
                stats.skipped += 1
                continue
            self._call("execute_write", lambda tx: self._detach(tx, [doc.key]))
            p = plan([extraction], onto)
            for kind, rows in p.actors.items():
                for row in rows:
                    self._call("execute_write", _run, q.render(q.NEO4J_NAIVE_ACTOR, onto, kind=kind),
                               {**row, "doc": doc.key})
            for type_, rows in p.claims_by_type().items():
                for row in rows:
                    props = {k: v for k, v in row.items() if k not in ("source", "target")}
                    self._call("execute_write", _run, q.render(q.NEO4J_NAIVE_CLAIM, onto, type=type_),
                               {"source": row["source"], "target": row["target"], "claim_id": row["claim_id"],
                                "doc_key": row["doc_key"], "props": props})
            self._call("execute_write", _run, q.NEO4J_NAIVE_DOCUMENT, p.documents[0])
            stats.documents += 1
            stats.claims += p.claim_count
        stats.seconds = time.perf_counter() - started
        return stats

    def documents_for(self, keys: list[str]) -> dict[str, str]:
        """Stored content ids of some document keys."""
        return dict(self.run(q.DOCUMENTS_BY_KEY, {"keys": keys}).rows)

    def remove_document(self, key: str) -> bool:
        """Delete one document with its claims and mentions, then actors left unconnected.

        >>> store.remove_document("news/a.txt")                    # doctest: +SKIP
        True
        """
        def work(tx: neo4j.ManagedTransaction) -> bool:
            if not tx.run(q.DOCUMENTS_BY_KEY, keys=[key]).values():
                return False
            candidates = self._detach(tx, [key])
            tx.run(q.DELETE_DOCUMENTS, keys=[key]).consume()
            tx.run(q.NEO4J_DELETE_ORPHANS, ids=candidates).consume()
            return True
        return self._call("execute_write", work)

    def run(self, query: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        """Run one Cypher query in a read transaction, or a write one with `write=True`.

        The server refuses writes in a read transaction (`ReadOnlyError`).
        `CALL { ... } IN TRANSACTIONS` needs `write=True` and runs in auto-commit.

        >>> store.run("MATCH (a:Actor) RETURN count(a) AS n").value()   # doctest: +SKIP
        42
        """
        params = params or {}
        if write and "IN TRANSACTIONS" in " ".join(strip_literals(query).upper().split()):
            try:
                with self._session() as session:
                    columns, rows = _collect(session.run(query, params))
            except Exception as exc:  # noqa: BLE001
                raise self._map(exc) from None
        else:
            columns, rows = self._call("execute_write" if write else "execute_read",
                                       lambda tx: _collect(tx.run(query, params)))
        return QueryResult(columns=columns, rows=rows)

    def close(self) -> None:
        """Close the driver and its connections."""
        driver, self._driver = self._driver, None
        if driver is not None:
            driver.close()


def _mentions_by_document(p: Plan) -> list[list]:
    """[key, [actor id, ...]] per document, for `NEO4J_MENTIONS`."""
    docs: dict[str, list] = {}
    for rows in p.mentions.values():
        for row in rows:
            docs.setdefault(row["doc"], [row["doc"], []])[1].append(row["actor"])
    return list(docs.values())


def _claims_by_document(p: Plan) -> dict[str, list[list]]:
    """Per relation type, [key, content id, [claim as CLAIM_FIELDS, ...]] per document."""
    out: dict[str, dict[str, list]] = {}
    for (type_, _, _), rows in p.claims.items():
        docs = out.setdefault(type_, {})
        for row in rows:
            doc = docs.get(row["doc_key"])
            if doc is None:
                doc = docs[row["doc_key"]] = [row["doc_key"], row["doc_id"], []]
            doc[2].append([row[f] for f in q.CLAIM_FIELDS])
    return {type_: list(docs.values()) for type_, docs in out.items()}


def _run(tx: neo4j.ManagedTransaction, query: str, params: dict[str, Any]) -> None:
    tx.run(query, params).consume()


def _collect(result: neo4j.Result) -> tuple[list[str], list[tuple]]:
    columns = list(result.keys())
    return columns, [tuple(_plain(v) for v in record.values()) for record in result]


def _plain(value: Any) -> Any:
    """Driver values as plain Python, shaped like the embedded store's."""
    if isinstance(value, neo4j.graph.Node):
        labels = sorted(value.labels - {"Actor"})
        return {"_label": labels[0] if labels else "Actor", **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Relationship):
        return {"_label": value.type, **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Path):
        return {"_nodes": [_plain(n) for n in value.nodes], "_rels": [_plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "to_native"):  # neo4j.time values
        return value.to_native()
    return value


def _safe_uri(uri: str) -> str:
    """The URI without any user:password part, fit for messages."""
    try:
        parts = urlsplit(uri)
        if "@" in parts.netloc:
            netloc = parts.netloc.rsplit("@", 1)[1]
            return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    except ValueError:
        return "<unparsable URI>"
    return uri


def _redact(text: str, secret: str) -> str:
    return text.replace(secret, "***") if secret else text
