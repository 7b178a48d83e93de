"""What every command shares: the lazily opened store, errors, output formats."""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import sys
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import click

__all__ = ["AppContext", "ErrorHandlingGroup", "emit_rows", "echo_json"]


@dataclass
class AppContext:
    """Store settings from the root group; the store opens on first use, once."""

    db: str | None = None
    neo4j_uri: str | None = None
    user: str = "neo4j"
    password: str | None = field(default=None, repr=False)
    database: str = "neo4j"
    debug: bool = False
    _store: Any = field(default=None, repr=False)

    def store(self, *, read_only: bool = False):
        if self._store is None:
            from graph.stores import open_store
            self._store = open_store(self.db, self.neo4j_uri, self.user, self.password, self.database,
                                     read_only=read_only)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class ErrorHandlingGroup(click.Group):
    """Turns library errors into one clear line and exit status 1, unless --debug.

    Log records of the libraries become one line each on stderr too, and no
    message, traceback or log line shows the Neo4j password (given as an
    option, in NEO4J_PASSWORD or inside the URI).
    """

    def invoke(self, ctx: click.Context) -> Any:
        _log_lines()
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except click.ClickException as exc:
            exc.message = _redact(exc.message, _secrets(ctx.obj))
            raise
        except Exception as exc:  # the one place where any error becomes a message
            if "--debug" in sys.argv or (ctx.obj is not None and getattr(ctx.obj, "debug", False)):
                _redact_exception(exc, _secrets(ctx.obj))
                raise
            raise click.ClickException(_redact(_message(exc), _secrets(ctx.obj))) from None


def _message(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    from graph.stores import StoreError
    from graph.ontology import OntologyError
    if isinstance(exc, (StoreError, OntologyError)):
        return line
    return f"{type(exc).__name__}: {line}"


def _secrets(app: Any) -> list[str]:
    """The Neo4j password from the option, the environment, and the user:password part of the URIs."""
    found = [getattr(app, "password", None), os.environ.get("NEO4J_PASSWORD")]
    for uri in (getattr(app, "neo4j_uri", None), os.environ.get("NEO4J_URI")):
        rest = (uri or "").split("://", 1)[-1]
        if "@" in rest:
            userinfo = rest.rsplit("@", 1)[0]
            _, colon, password = userinfo.partition(":")
            found += [password, unquote(password)] if colon else [userinfo]
    return sorted({s for s in found if s}, key=len, reverse=True)


def _redact(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


def _redact_exception(exc: BaseException, secrets: list[str]) -> None:
    """Take the secrets out of an exception and those it was raised from, so a --debug traceback shows none."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        exc.args = tuple(_redact(a, secrets) if isinstance(a, str) else a for a in exc.args)
        if isinstance(getattr(exc, "message", None), str):
            try:
                exc.message = _redact(exc.message, secrets)
            except AttributeError:
                pass
        exc = exc.__cause__ or exc.__context__


class _OneLine(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        from graph.stores.base import one_line

        context = click.get_current_context(silent=True)
        text = _redact(one_line(record.getMessage()), _secrets(context.obj if context else None))
        return f"{record.levelname.lower()}: {text}"


def _log_lines() -> None:
    """Show warnings of the libraries (e.g. the Neo4j driver's retries) as one line each on stderr.

    Only when nothing else handles logging (a program or pytest that configured
    it keeps its own handlers).
    """
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
        handler.setFormatter(_OneLine())
        root.addHandler(handler)


def echo_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


def emit_rows(columns: list[str], rows: list[tuple], fmt: str) -> None:
    """Print rows as an aligned table, one JSON array of objects, or CSV."""
    if fmt == "json":
        click.echo(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=1, default=str))
        return
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(columns)
        writer.writerows([[_cell(v) for v in r] for r in rows])
        click.echo(buf.getvalue(), nl=False)
        return
    cells = [[_cell(v) for v in r] for r in rows]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for r in cells:
        click.echo("  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(r, widths)).rstrip())
    click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})", err=True)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)
