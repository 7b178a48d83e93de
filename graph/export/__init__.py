"""Exports of the actor graph: an interactive HTML map, GraphML, GEXF, neo4j-admin CSV and JSON lines.

>>> from graph.export import write_map, write_graphml  # doctest: +SKIP
>>> write_map(G, "map.html", max_nodes=500)  # doctest: +SKIP
"""

from graph.export.formats import write_csv, write_gexf, write_graphml, write_jsonl
from graph.export.html import render_map, write_map

__all__ = ["render_map", "write_csv", "write_gexf", "write_graphml", "write_jsonl", "write_map"]
