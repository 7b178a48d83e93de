"""What every command shares: the lazily opened store, errors, output formats."""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass, field
from typing import Any

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
    """Turns library errors into one clear line and exit status 1, unless --debug."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # the one place where any error becomes a message
            if "--debug" in sys.argv or (ctx.obj is not None and getattr(ctx.obj, "debug", False)):
                raise
            raise click.ClickException(_message(exc)) from None


def _message(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    from graph.stores import StoreError
    from graph.ontology import OntologyError
    if isinstance(exc, (StoreError, OntologyError)):
        return line
    return f"{type(exc).__name__}: {line}"


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
