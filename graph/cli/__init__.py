"""The `actorgraph` command line: parses arguments and calls the library.

The root group opens the store once, on first use, and passes it to the
commands through `ctx.obj`; library errors become one-line messages
(tracebacks only with `--debug`).
"""

from __future__ import annotations

import os
import sys

import click

from graph.cli.common import AppContext, ErrorHandlingGroup

__all__ = ["main"]


@click.group(cls=ErrorHandlingGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--db", envvar="ACTORGRAPH_DB", type=click.Path(), default=None,
              help="Embedded LadybugDB database path [env ACTORGRAPH_DB; default ./actorgraph-db].")
@click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI", default=None, metavar="URI",
              help="Use Neo4j at this Bolt URI instead of the embedded store [env NEO4J_URI].")
@click.option("--neo4j-user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="[env NEO4J_USER]")
@click.option("--neo4j-password", envvar="NEO4J_PASSWORD", default=None, help="[env NEO4J_PASSWORD]")
@click.option("--neo4j-database", envvar="NEO4J_DATABASE", default="neo4j", show_default=True, help="[env NEO4J_DATABASE]")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.version_option(package_name="actorgraph")
@click.pass_context
def cli(ctx: click.Context, db, neo4j_uri, neo4j_user, neo4j_password, neo4j_database, debug) -> None:
    """Turn news articles into a sourced graph of actors and typed relations.

    Example:

        actorgraph load news/ && actorgraph query arms_suppliers
    """
    ctx.obj = AppContext(db=db, neo4j_uri=neo4j_uri, user=neo4j_user, password=neo4j_password,
                         database=neo4j_database, debug=debug)
    ctx.call_on_close(ctx.obj.close)


def _register() -> None:
    from graph.cli import analyse, documents, inspect

    for module in (documents, inspect, analyse):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    """Console entry point."""
    cli(prog_name="actorgraph", auto_envvar_prefix=None)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
