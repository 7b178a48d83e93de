"""Commands that read documents: extract, load, remove."""

from __future__ import annotations

import sys

import click

from graph.cli.common import echo_json

__all__ = ["COMMANDS"]


def _documents(items, errors: list, refused: set[str]):
    """Extractions from `items`; read errors go to `errors`, and files refused whole to `refused`."""
    from loaders.sources import SourceError

    for item in items:
        if isinstance(item, SourceError):
            errors.append(item)
            if not item.warning:
                refused.add(item.path)
            continue
        yield item


def _report(errors: list, loaded: int, refused_files: set[str]) -> None:
    for err in errors:
        level = "warning" if err.warning else "error"
        click.echo(f"{level}: {err}", err=True)
    if errors or refused_files:
        click.echo(f"{loaded} document(s) processed, {len(refused_files)} file(s) refused", err=True)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes.")
def extract(paths, fmt, jobs) -> None:
    """Print the actors and relations found in PATHS (files, folders, globs); no store.

    Each line is one JSON object: {"record": "actor", ...} or
    {"record": "relation", "type", "source", "target", "doc", "evidence", "modality", ...}.

    Example:

        actorgraph extract news/*.html | jq 'select(.record=="relation")'
    """
    from graph.records import extraction_records
    from loaders.pipeline import extract_paths

    errors, refused, done, seen = [], set(), 0, set()
    for item in _documents(extract_paths(paths, jobs=jobs), errors, refused):
        done += 1
        if fmt == "jsonl":
            for record in extraction_records(item, seen):
                echo_json(record)
        else:
            names = {a.id: a.name for a in item.actors}
            for c in item.claims:
                click.echo(f"{item.document.key}\t{names.get(c.source, c.source)}\t{c.type}\t"
                           f"{names.get(c.target, c.target)}\t{c.modality}\t{c.sentence[:120]}")
    _report(errors, done, refused)
    if refused:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes for extraction.")
@click.option("--batch", type=click.IntRange(1, 100000), default=200, show_default=True, help="Documents per transaction.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar [default: when stderr is a terminal].")
@click.pass_obj
def load(app, paths, jobs, batch, progress) -> None:
    """Extract PATHS and write them into the store; reloading a document changes nothing.

    A changed document (same path, new content) replaces its old claims.
    Files that cannot be read are reported and the others still load.

    Example:

        actorgraph --db ./graph-db load news/ archive/*.jsonl
    """
    from loaders.pipeline import extract_paths
    from loaders.sources import expand_paths

    store = app.store()
    errors, refused = [], set()
    totals = {"documents": 0, "replaced": 0, "skipped": 0, "claims": 0, "rejected": 0}
    show = sys.stderr.isatty() if progress is None else progress
    files = sum(1 for item in expand_paths(paths) if not hasattr(item, "reason")) if show else 0

    with click.progressbar(length=files, label="loading files", file=sys.stderr, show_pos=True) if show else _Null() as bar:
        pending = []
        for extraction in _documents(extract_paths(paths, jobs=jobs), errors, refused):
            pending.append(extraction)
            if len(pending) >= batch:
                _flush(store, pending, totals, bar)
        _flush(store, pending, totals, bar)
    for err in errors:
        click.echo(f"{'warning' if err.warning else 'error'}: {err}", err=True)
    click.echo(f"loaded {totals['documents']} document(s) ({totals['replaced']} replaced, {totals['skipped']} unchanged), "
               f"{totals['claims']} claim(s); {len(refused)} file(s) refused", err=True)
    if refused:
        sys.exit(1)


def _flush(store, pending: list, totals: dict, bar) -> None:
    if not pending:
        return
    stats = store.upsert(pending)
    for k in totals:
        totals[k] += getattr(stats, k, 0)
    bar.update(len({e.document.key.split("#", 1)[0] for e in pending}))  # files in this batch
    pending.clear()


class _Null:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n: int) -> None:
        pass


@click.command()
@click.argument("keys", nargs=-1, required=True)
@click.pass_obj
def remove(app, keys) -> None:
    """Remove documents (by the path they were loaded from) with their claims.

    Relations and actors left with no evidence go with them.

    Example:

        actorgraph remove news/retracted-story.txt
    """
    from loaders.sources import document_key

    store = app.store()
    known = store.documents()
    missing = 0
    for key in keys:
        # as stored (absolute, valid Unicode) or exactly as given: a key need not be a path on this machine
        wanted = {key, document_key(key)}
        matches = [k for k in known if k in wanted or any(k.startswith(w + "#") for w in wanted)]
        if not matches:
            click.echo(f"error: {key}: no such document in the store", err=True)
            missing += 1
        for k in matches:
            store.remove_document(k)
            click.echo(f"removed {k}", err=True)
    if missing:
        sys.exit(1)


COMMANDS = [extract, load, remove]
