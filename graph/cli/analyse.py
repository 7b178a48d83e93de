"""Commands that analyse or draw the graph: centrality, export, eval."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graph.cli.common import emit_rows, echo_json

__all__ = ["COMMANDS"]

MEASURES = ("degree", "in_degree", "out_degree", "betweenness", "pagerank", "eigenvector")


@click.command()
@click.option("--measure", "-m", type=click.Choice(MEASURES), default="pagerank", show_default=True)
@click.option("--type", "type_", default=None, help="Only this relation type, e.g. SELLS_TO.")
@click.option("--top", type=click.IntRange(1), default=20, show_default=True)
@click.option("--weighted/--unweighted", default=True, show_default=True, help="Weight edges by number of claims.")
@click.option("--sample", type=click.IntRange(1), default=None, help="Betweenness pivots (sampling) instead of exact.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.pass_obj
def centrality(app, measure, type_, top, weighted, sample, fmt) -> None:
    """Rank actors by a centrality measure, on the whole graph or one relation type.

    Example:

        actorgraph centrality --measure betweenness --type SELLS_TO --top 10
    """
    from graph.analysis import centrality as compute
    from graph.ontology import Ontology
    from graph.stores.graphdata import to_networkx

    if type_ is not None:
        Ontology.load().check_label(type_)
    frame = compute(to_networkx(app.store()), measure, weighted=weighted, top=top, type=type_, k_sample=sample)
    if frame.attrs.get("note"):
        click.echo(f"note: {frame.attrs['note']}", err=True)
    emit_rows(list(frame.columns), [tuple(r) for r in frame.itertuples(index=False)], fmt)


@click.command()
@click.argument("fmt", type=click.Choice(["html", "graphml", "gexf", "csv", "jsonl"]))
@click.argument("out", type=click.Path(dir_okay=True, writable=True))
@click.option("--focus", default=None, metavar="NAME", help="Only this actor's neighbourhood (html).")
@click.option("--depth", type=click.IntRange(1, 5), default=1, show_default=True, help="Hops around --focus.")
@click.option("--size-by", type=click.Choice(MEASURES), default="degree", show_default=True, help="Node size (html).")
@click.option("--max-nodes", type=click.IntRange(1), default=None, help="Keep the N most central actors (html).")
@click.option("--max-edges", type=click.IntRange(0), default=None,
              help="Draw at most N relations, those with most claims (html) [default: 20000; 0: all].")
@click.option("--type", "types", multiple=True, help="Only these relation types; repeatable.")
@click.pass_obj
def export(app, fmt, out, focus, depth, size_by, max_nodes, max_edges, types) -> None:
    """Export the graph: an interactive HTML map, GraphML, GEXF, neo4j-admin CSV or JSON lines.

    Example:

        actorgraph export html map.html --focus Azerbaijan --depth 2
    """
    from graph.analysis import filter_graph
    from graph.stores.graphdata import to_networkx

    G = to_networkx(app.store())
    if types:
        G = filter_graph(G, types=list(types))
    if fmt == "html":
        from graph.export.html import MAX_EDGES, write_map
        write_map(G, out, size_by=size_by, focus=focus, depth=depth, max_nodes=max_nodes,
                  max_edges=MAX_EDGES if max_edges is None else (max_edges or None))
    else:
        from graph.export import formats
        writer = {"graphml": formats.write_graphml, "gexf": formats.write_gexf,
                  "csv": formats.write_csv, "jsonl": formats.write_jsonl}[fmt]
        writer(G, out)
    click.echo(f"wrote {out} ({G.number_of_nodes()} actors, {G.number_of_edges()} relations)", err=True)


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("docs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--split", default=None, help="Only documents of this split (seed, dev, heldout).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def evaluate(gold, docs, split, fmt) -> None:
    """Score extraction against hand-made answers: precision, recall and F1, every miss and wrong answer.

    GOLD is a JSON lines file of annotated documents; DOCS the folders holding them.

    Example:

        actorgraph eval tests/gold/gold.jsonl tests/gold/docs ../shared/corpus/seeds
    """
    from graph.evaluation import load_gold, score
    from graph.records import extraction_records
    from loaders.pipeline import extract_paths
    from loaders.sources import SourceError

    annotated = [g for g in load_gold(gold) if split is None or g.split == split]
    predicted, missing = {}, []
    for g in annotated:
        path = next((Path(d) / g.doc for d in docs if (Path(d) / g.doc).exists()), None)
        if path is None:
            missing.append(g.doc)
            continue
        records = []
        for item in extract_paths([str(path)]):
            if isinstance(item, SourceError):
                click.echo(f"error: {item}", err=True)
                continue
            records.extend(extraction_records(item))
        predicted[g.doc] = records
    if missing:
        raise click.ClickException(f"{len(missing)} annotated document(s) not in {', '.join(docs)}: {', '.join(missing[:5])}")
    report = score(annotated, predicted)
    if fmt == "json":
        echo_json(report.to_dict())
    else:
        click.echo(report.format())


COMMANDS = [centrality, export, evaluate]
