"""Every command says how to use it, and every kind and relation type says what it means."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner

import graph.ontology
from graph.cli import cli
from graph.ontology import Ontology

ONTOLOGY = Path(graph.ontology.__file__).parent  # the packaged files, whatever ACTORGRAPH_ONTOLOGY says


def commands(group: click.Group = cli, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    """The root group and every command and group under it, with the words that invoke it."""
    found = [(path, group)]
    ctx = click.Context(group, info_name=" ".join(("actorgraph", *path)))
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if isinstance(command, click.Group):
            found.extend(commands(command, (*path, name)))
        else:
            found.append(((*path, name), command))
    return found


COMMANDS = commands()


def test_every_command_is_found():
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"", "load", "extract", "query", "stats", "centrality", "export"} <= names


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(p) or "actorgraph" for p, _ in COMMANDS])
def test_help_has_an_example(path, command):
    name = " ".join(("actorgraph", *path))
    assert (command.help or "").strip(), f"`{name}` has no help text"
    assert "Example:" in command.help, f"`{name}` help has no Example: block"
    example = command.help.split("Example:", 1)[1]
    assert "actorgraph" in example, f"`{name}` help has an Example: block without an actorgraph command line"
    result = CliRunner().invoke(cli, [*path, "--help"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output, f"`{name} --help` does not show the example"


def _yaml(name: str) -> dict:
    data = yaml.safe_load((ONTOLOGY / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data, f"{name} is empty"
    return data


KINDS = sorted(_yaml("kinds.yaml").items())
RELATIONS = sorted(_yaml("relations.yaml").items())


@pytest.mark.parametrize("name, spec", KINDS, ids=[name for name, _ in KINDS])
def test_every_kind_has_a_description(name, spec):
    assert isinstance(spec, dict) and str(spec.get("description") or "").strip(), \
        f"kinds.yaml: {name} has no description"


@pytest.mark.parametrize("name, spec", RELATIONS, ids=[name for name, _ in RELATIONS])
def test_every_relation_type_has_a_description(name, spec):
    assert isinstance(spec, dict) and str(spec.get("description") or "").strip(), \
        f"relations.yaml: {name} has no description"


def test_loaded_ontology_keeps_the_descriptions():
    onto = Ontology.load(ONTOLOGY)
    assert set(onto.kinds) == set(_yaml("kinds.yaml"))
    assert set(onto.relations) == set(_yaml("relations.yaml"))
    assert all(k.description.strip() for k in onto.kinds.values())
    assert all(r.description.strip() for r in onto.relations.values())
