"""The embedded store: a LadybugDB database in one file, no server needed.

Tables are declared from the ontology on first open: one node table per
actor kind, `Document`, `MENTIONED_IN`, and one relationship table per
relation type with every allowed pair of kinds.

>>> with EmbeddedStore("/tmp/actorgraph-example") as store:   # doctest: +SKIP
...     store.upsert(extractions).claims
...     store.run("MATCH (a:State) RETURN a.name AS name LIMIT 1").rows
120
[('Chile',)]
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
import time
import warnings
from pathlib import Path
from typing import Any, Iterable

import ladybug
import pandas

from graph.model import Extraction
from graph.ontology import Ontology
from graph.stores import cypher as q
from graph.stores.base import (LoadStats, QueryResult, ReadOnlyError, StoreError, StoreLockedError,
                               StoreMixin, one_line)
from graph.stores.guard import write_clause
from graph.stores.rows import batches, plan, union

__all__ = ["EmbeddedStore"]

log = logging.getLogger(__name__)


class EmbeddedStore(StoreMixin):
    """A `Store` on a LadybugDB database file at `path` (created if missing).

    Only one process may open a database for writing; a second one gets
    `StoreLockedError`. `read_only=True` opens without creating anything.

    >>> store = EmbeddedStore("/tmp/actorgraph-example")            # doctest: +SKIP
    >>> store.documents()                                           # doctest: +SKIP
    {'news/a.txt': '3f2a9c0e1b7d4a66'}
    """

    dialect = "ladybug"

    def __init__(self, path: str | Path, *, ontology: Ontology | None = None, read_only: bool = False,
                 batch_documents: int = 10000, batch_claims: int = 100000,
                 buffer_pool_size: int | None = None, checkpoint_bytes: int | None = None) -> None:
        self.path = Path(path)
        self.ontology = ontology or Ontology.load()
        self.read_only = read_only
        self.batch_documents, self.batch_claims = batch_documents, batch_claims
        self.checkpoint_bytes = checkpoint_bytes or _env_mb("ACTORGRAPH_CHECKPOINT_MB", CHECKPOINT_WAL_BYTES)
        if buffer_pool_size is None:
            # A writer's pool is capped so that a long load stays in bounded memory; a reader
            # keeps the engine's default (most of the RAM) so that big queries stay in memory.
            buffer_pool_size = 0 if read_only else _env_mb("ACTORGRAPH_BUFFER_POOL_MB", WRITE_BUFFER_POOL)
        if self.path.is_dir():
            raise StoreError(f"database path {self.path} is a folder; give a file path such as "
                             f"{self.path / 'actorgraph.lbdb'}")
        if read_only and not self.path.exists():
            raise StoreError(f"no database at {self.path}: load some documents first")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # Checkpoints run after a load instead of after each commit: with
            # dozens of relationship tables, per-commit checkpoints cost seconds.
            self._db = ladybug.Database(str(self.path), read_only=read_only,
                                        buffer_pool_size=buffer_pool_size, auto_checkpoint=False)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            raise self._map(exc) from None
        if not read_only:
            self._ensure_schema()

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.path)!r})"

    # --- schema -------------------------------------------------------------------

    def _fingerprint(self) -> str:
        onto = self.ontology
        spec = repr(sorted(onto.kinds)) + repr(sorted((r.name, r.source, r.target) for r in onto.relations.values()))
        return hashlib.sha256(spec.encode()).hexdigest()[:12]

    def _ensure_schema(self) -> None:
        comment, set_comment = q.schema_comment(self._fingerprint())
        tables = {row[0]: row[2] for row in self._exec(q.LBUG_TABLES).rows}
        stored = tables.get("Document", "")
        if stored == comment:
            return
        if stored and not stored.startswith(f"actorgraph schema {q.SCHEMA_VERSION} "):
            raise StoreError(f"database at {self.path} has '{stored}', this actorgraph writes schema "
                             f"{q.SCHEMA_VERSION}: load into a new database")
        onto = self.ontology
        ddl = [q.render(q.LBUG_ACTOR_TABLE, onto, kind=k) for k in onto.kinds]
        ddl.append(q.LBUG_DOCUMENT_TABLE)
        kinds = list(onto.kinds)
        ddl.append(q.render(q.LBUG_MENTION_TABLE, onto, kind=kinds[0]))
        ddl += [q.render(q.LBUG_ADD_MENTION_PAIR, onto, kind=k) for k in kinds[1:]]
        for rel in onto.relations.values():
            pairs = [(s, t) for s in rel.source for t in rel.target]
            ddl.append(q.render(q.LBUG_CLAIM_TABLE, onto, type=rel.name, source=pairs[0][0], target=pairs[0][1]))
            ddl += [q.render(q.LBUG_ADD_CLAIM_PAIR, onto, type=rel.name, source=s, target=t) for s, t in pairs[1:]]
        self._exec("BEGIN TRANSACTION")
        try:
            for statement in ddl:
                self._exec(statement)
            self._exec(set_comment)
            self._exec("COMMIT")
        except BaseException:
            self._rollback()
            raise
        self._exec("CHECKPOINT")

    # --- low level ----------------------------------------------------------------

    def _map(self, exc: Exception) -> StoreError:
        text = str(exc)
        if "Could not set lock" in text or "lock" in text.lower() and "held" in text.lower():
            return StoreLockedError(f"database at {self.path} is in use by another actorgraph process; "
                                    "wait for it to finish")
        if "read-only transaction" in text or "read only mode" in text.lower():
            return ReadOnlyError(f"the query writes, and it was run read-only: {one_line(text)}")
        return StoreError(one_line(text))

    def _exec(self, query: str, params: dict[str, Any] | None = None) -> QueryResult:
        try:
            result = self._conn.execute(query, params or {})
            if isinstance(result, list):  # several statements: the last one answers
                result = result[-1]
            columns = result.get_column_names()
            rows = [tuple(_plain(v) for v in row) for row in result.get_all()]
            result.close()
        except RuntimeError as exc:
            raise self._map(exc) from None
        return QueryResult(columns=columns, rows=rows)

    def _rollback(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except RuntimeError:
            pass  # no active transaction: the engine rolled back already

    def _read(self, query: str, params: dict[str, Any] | None = None) -> QueryResult:
        return self._exec(query, params)

    # --- the Store interface --------------------------------------------------------

    def upsert(self, extractions: Iterable[Extraction]) -> LoadStats:
        """Write extractions in batches, one transaction per batch (see `Store.upsert`).

        >>> store.upsert(extractions).documents                    # doctest: +SKIP
        2000
        """
        self._writable()
        stats = LoadStats()
        started = time.perf_counter()
        # Many small statements: one thread each runs them faster than a pool.
        self._conn.set_max_threads_for_exec(1)
        try:
            for batch in batches(extractions, self.batch_documents, self.batch_claims):
                self._exec("BEGIN TRANSACTION")
                try:
                    self._write(batch, stats)
                    self._exec("COMMIT")
                except BaseException:
                    self._rollback()
                    raise
                if self._wal_bytes() > self.checkpoint_bytes:
                    self._checkpoint()
        finally:
            self._conn.set_max_threads_for_exec(os.cpu_count() or 1)
        stats.seconds = time.perf_counter() - started
        return stats

    def _checkpoint(self) -> None:
        """Write the log into the database file, and give the memory it held back to the system."""
        # Unlike the small statements, a checkpoint gains from threads: 13 s with two against 29 s with
        # one, after 4,000 documents on a two-core machine.
        self._conn.set_max_threads_for_exec(os.cpu_count() or 1)
        try:
            self._exec("CHECKPOINT")
        finally:
            self._conn.set_max_threads_for_exec(1)
        _release_memory()

    def _wal_bytes(self) -> int:
        wal = self.path.with_name(self.path.name + ".wal")
        return wal.stat().st_size if wal.exists() else 0

    def _write(self, batch: list[Extraction], stats: LoadStats) -> None:
        onto = self.ontology
        keys = [e.document.key for e in batch]
        existing = dict(self._exec(q.DOCUMENTS_BY_KEY, {"keys": keys}).rows)
        todo = [e for e in batch if existing.get(e.document.key) != e.document.id]
        stats.skipped += len(batch) - len(todo)
        if not todo:
            return
        replaced = [e.document.key for e in todo if e.document.key in existing]
        candidates = self._detach(replaced) if replaced else {}
        if replaced:
            self._exec(q.DELETE_DOCUMENTS, {"keys": replaced})
        p = plan(todo, onto)
        self._write_actors(p.actors)
        self._load(q.LBUG_LOAD_DOCUMENTS, _frame(p.documents, DOCUMENT_COLUMNS))
        for kind, rows in p.mentions.items():
            self._load(q.render(q.LBUG_LOAD_MENTIONS, onto, kind=kind), _frame(rows, ("actor", "doc")))
        for (type_, source, target), rows in p.claims.items():
            self._load(q.render(q.LBUG_LOAD_CLAIMS, onto, type=type_, source=source, target=target),
                       _frame(rows, CLAIM_COLUMNS))
        self._load(q.LBUG_FINISH_DOCUMENTS, _frame(p.documents, ("key", "id", "claims")))
        self._delete_orphans(candidates)
        stats.documents += len(todo)
        stats.replaced += len(replaced)
        stats.claims += p.claim_count
        stats.actors += sum(len(rows) for rows in p.actors.values())
        stats.rejected += len(p.rejected)
        stats.rejections.extend(p.rejected)
        for reason in p.rejected:
            log.warning("rejected %s", reason)

    def _write_actors(self, actors: dict[str, list[dict]]) -> None:
        """Insert new actors in bulk; for known ones unite aliases and fill a missing country."""
        onto = self.ontology
        for kind, rows in actors.items():
            found = self._exec(q.render(q.LBUG_ACTORS_BY_ID, onto, kind=kind),
                               {"ids": [row["id"] for row in rows]}).rows
            known = {actor_id: (aliases or [], country or "") for actor_id, aliases, country in found}
            fresh, changed = [], []
            for row in rows:
                if row["id"] not in known:
                    fresh.append(row)
                    continue
                aliases, country = known[row["id"]]
                merged = union(aliases, row["aliases"])
                if merged != aliases or (not country and row["country"]):
                    changed.append({"id": row["id"], "aliases": merged, "country": country or row["country"]})
            if fresh:
                self._load(q.render(q.LBUG_LOAD_ACTORS, onto, kind=kind), _frame(fresh, ACTOR_COLUMNS))
            if changed:
                self._exec(q.render(q.LBUG_UPDATE_ACTORS, onto, kind=kind), {"rows": changed})

    def _load(self, query: str, frame: pandas.DataFrame) -> None:
        """Run a `LOAD FROM $frame` statement on a fresh DataFrame in the open transaction.

        Each statement is prepared explicitly: the driver's implicit statement
        cache keys DataFrames by identity, keeps every one alive, and crashed
        when a cached statement ran a third time on the same frame.
        """
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                prepared = self._conn.prepare(query, {"frame": frame})
                self._conn.execute(prepared, {"frame": frame})
        except RuntimeError as exc:
            raise self._map(exc) from None

    def _detach(self, keys: list[str]) -> dict[str, list[str]]:
        """Delete the claims and mentions of documents; return their actors by kind."""
        onto = self.ontology
        candidates: dict[str, list[str]] = {}
        for actor_id, kind in self._exec(q.DOCUMENT_ACTORS, {"keys": keys}).rows:
            candidates.setdefault(kind, []).append(actor_id)
        for type_ in onto.relations:
            self._exec(q.render(q.DELETE_CLAIMS, onto, type=type_), {"keys": keys})
        self._exec(q.DELETE_MENTIONS, {"keys": keys})
        return candidates

    def _delete_orphans(self, candidates: dict[str, list[str]]) -> None:
        for kind, ids in candidates.items():
            if kind in self.ontology.kinds:
                self._exec(q.render(q.LBUG_DELETE_ORPHANS, self.ontology, kind=kind), {"ids": ids})

    def remove_document(self, key: str) -> bool:
        """Delete one document with its claims and mentions, then actors left unconnected.

        >>> store.remove_document("news/a.txt")                    # doctest: +SKIP
        True
        """
        self._writable()
        self._exec("BEGIN TRANSACTION")
        try:
            found = bool(self._exec(q.DOCUMENTS_BY_KEY, {"keys": [key]}).rows)
            if found:
                candidates = self._detach([key])
                self._exec(q.DELETE_DOCUMENTS, {"keys": [key]})
                self._delete_orphans(candidates)
            self._exec("COMMIT")
        except BaseException:
            self._rollback()
            raise
        return found

    def run(self, query: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        """Run one Cypher query; without `write=True` a query that writes raises `ReadOnlyError`.

        >>> store.run("MATCH (a:State) RETURN count(a) AS n").value()   # doctest: +SKIP
        42
        """
        if write:
            self._writable()
            return self._exec(query, params)
        clause = write_clause(query)
        if clause:
            raise ReadOnlyError(f"the query uses {clause}, which writes; pass write=True "
                                "(--write on the command line) to allow it")
        if self.read_only:
            return self._exec(query, params)
        self._exec("BEGIN TRANSACTION READ ONLY")
        try:
            return self._exec(query, params)
        finally:
            self._rollback()

    def _writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(f"database at {self.path} was opened read-only")

    def close(self) -> None:
        """Close the connection and the database; the file lock is released."""
        conn, db = getattr(self, "_conn", None), getattr(self, "_db", None)
        if conn is not None and not self.read_only and self._wal_bytes():
            try:
                self._exec("CHECKPOINT")  # so the next open has no log to replay
            except StoreError as exc:
                log.warning("checkpoint on close failed: %s", exc)
        self._conn = self._db = None
        if conn is not None:
            conn.close()
        if db is not None:
            db.close()


#: A load checkpoints whenever the write-ahead log grows past this size, and
#: `close` checkpoints what is left (automatic checkpoints are off, see __init__).
#: Until a checkpoint the engine keeps the logged writes in memory as well;
#: each checkpoint costs seconds, so this trades memory for speed
#: (ACTORGRAPH_CHECKPOINT_MB overrides it).
CHECKPOINT_WAL_BYTES = 64 * 1024 * 1024
#: Buffer pool of a store opened for writing (`read_only=False`); the engine's
#: default is most of the RAM, and a long load kept filling it with pages it had
#: read (about 100 MB more per 1,000 documents). A load of 10,000 documents ran
#: with 128 MB and failed with 64 MB ("the buffer pool is full"); 256 MB leaves
#: room for the larger checkpoints of bigger graphs (ACTORGRAPH_BUFFER_POOL_MB
#: overrides it).
WRITE_BUFFER_POOL = 256 * 1024 * 1024


def _release_memory() -> None:
    """Return freed heap to the system: after a checkpoint the engine frees the pages of the
    logged writes, but glibc keeps them in its arenas, so the process would stay at its peak."""
    global _malloc_trim
    if _malloc_trim is None:
        try:
            _malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):  # not glibc: nothing to do
            _malloc_trim = False
    if _malloc_trim:
        _malloc_trim(0)


_malloc_trim = None


def _env_mb(name: str, default: int) -> int:
    """Bytes from an environment variable given in MB, or `default`."""
    value = os.environ.get(name, "").strip()
    try:
        return int(float(value) * 1024 * 1024) if value else default
    except ValueError:
        raise StoreError(f"{name} must be a number of megabytes, not {value!r}") from None

ACTOR_COLUMNS = ("id", "name", "kind", "aliases", "country")
DOCUMENT_COLUMNS = ("key", "id", "title", "date", "outlet", "claims")
CLAIM_COLUMNS = ("source", "target") + tuple(name for name, _ in q.CLAIM_PROPERTIES)


def _frame(rows: list[dict], columns: tuple[str, ...]) -> pandas.DataFrame:
    """Rows as a DataFrame with `columns` in table order.

    Plain lists let pandas infer the types (str, int64, object for lists), four
    times faster than building typed Series, and strings stay verbatim.
    """
    return pandas.DataFrame({c: [row[c] for row in rows] for c in columns})


def _plain(value: Any) -> Any:
    """Engine values as plain Python: nodes and relationships become property dicts."""
    if isinstance(value, dict):
        if "_LABEL" in value and "_ID" in value:
            out = {"_label": value["_LABEL"]}
            out.update((k, _plain(v)) for k, v in value.items() if not k.startswith("_"))
            return out
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
