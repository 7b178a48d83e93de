"""Commands that read the store: query, stats, actors, queries."""

from __future__ import annotations

import click

from graph.cli.common import emit_rows, echo_json

__all__ = ["COMMANDS"]


def _params(pairs: tuple[str, ...]) -> dict:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not key=value", param_hint="--param")
        out[key] = _number(value)
    return out


def _number(value: str):
    for cast in (int, float):
        try:
            return cast(value)
        except ValueError:
            pass
    return value


@click.command()
@click.argument("query")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter ($KEY); repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--write", is_flag=True, help="Allow clauses that change the graph (CREATE, MERGE, SET, DELETE, ...).")
@click.pass_obj
def query(app, query, params, fmt, write) -> None:
    """Run a Cypher QUERY, or a named query from queries/ (see `actorgraph queries`).

    Read-only unless --write. `--format json` prints one array of objects keyed by column.

    Example:

        actorgraph query evidence -p source=Chile -p target=Peru --format json
    """
    import queries as named

    store = app.store()
    dialect = "neo4j" if app.neo4j_uri else "ladybug"
    text = named.load(query, dialect) if query in named.names() else query
    from graph.stores import ReadOnlyError

    try:
        result = store.run(text, _params(params), write=write)
    except ReadOnlyError as exc:
        raise click.ClickException(f"{exc} (queries are read-only; add --write to change the graph)") from None
    emit_rows(result.columns, result.rows, fmt)


@click.command("queries")
def list_queries() -> None:
    """List the named queries with what each returns.

    Example:

        actorgraph queries
    """
    import queries as named

    for name in named.names():
        click.echo(f"{name:20} {named.description(name)}")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def stats(app, fmt) -> None:
    """Counts of actors by kind and relations (and their claims) by type.

    Example:

        actorgraph stats --format json
    """
    counts = app.store().stats()
    if fmt == "json":
        echo_json(counts)
        return
    click.echo(f"documents: {counts['documents']}")
    emit_rows(["kind", "actors"], sorted(counts["actors"].items()), "table")
    rows = [(t, counts["relations"][t], counts["claims"].get(t, 0)) for t in sorted(counts["relations"])]
    emit_rows(["type", "relations", "claims"], rows, "table")


@click.command()
@click.option("--explain", "explain", metavar="NAME", default=None, help="Say how NAME resolves to an actor, and why.")
@click.option("--kind", default=None, help="Only actors of this kind.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.pass_obj
def actors(app, explain, kind, fmt) -> None:
    """List stored actors, or explain how a name is resolved (--explain NAME).

    Example:

        actorgraph actors --explain "Volodimir Zelensky"
    """
    if explain:
        _explain(app, explain, fmt)
        return
    from graph.ontology import Ontology

    onto = Ontology.load()
    store = app.store()
    rows = []
    for k in onto.kinds:
        if kind and k != kind:
            continue
        result = store.run(f"MATCH (a:{onto.check_label(k)}) RETURN a.id, a.name, a.kind, a.aliases ORDER BY a.name")
        rows.extend(result.rows)
    emit_rows(["id", "name", "kind", "aliases"], rows, fmt)


def _explain(app, name: str, fmt: str) -> None:
    from loaders.resolve import Resolver

    decisions = Resolver.default().explain(name)
    rows = [(d.name, d.id, d.kind, d.canonical, d.reason, round(d.score, 1)) for d in decisions]
    if not rows:
        rows = [(name, "", "", "", "not a known actor and not close to one: it would become a new actor of its own", 0.0)]
    stored = []
    try:
        store = app.store()
        for d in decisions:
            result = store.run("MATCH (a) WHERE a.id = $id RETURN a.aliases", {"id": d.id})
            if result.rows:
                stored.append((d.id, result.rows[0][0]))
    except Exception:  # explaining needs no store; show what the store knows when there is one
        stored = []
    emit_rows(["name", "id", "kind", "canonical", "reason", "score"], rows, fmt)
    for actor_id, aliases in stored:
        click.echo(f"{actor_id} is stored with aliases: {', '.join(aliases or [])}")


COMMANDS = [query, list_queries, stats, actors]
