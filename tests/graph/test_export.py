"""Exports: GraphML round-trips, GEXF reads, CSV suits neo4j-admin, JSON lines, and the HTML map."""

from __future__ import annotations

import csv
import io
import json
import re

import networkx as nx
import pytest

from graph.export import render_map, write_csv, write_gexf, write_graphml, write_jsonl, write_map
from graph.export.formats import NODE_HEADER, RELATION_HEADER
from graph.export.html import EDGE_PALETTE, _compact, map_data, script_json
from graph.export.layout import positions
from graph.model import MODALITIES
from graph.ontology import Ontology

ONTO = Ontology.load()
KINDS = list(ONTO.kinds)
TYPES = list(ONTO.relations)
HOSTILE = ('He said <script>alert(1)</script> and </script><script>window.__pwned=2</script> '
           '<!-- <img src=x onerror="window.__pwned=3"> & more')


def claim(i: int, sentence: str, modality: str = "asserted", **extra) -> dict:
    return {"claim_id": f"c{i}", "doc_id": f"d{i}", "doc_key": f"news/{i}.txt", "sentence": sentence,
            "modality": modality, "rule": "rules.v1", "amount": "", "items": [], "date": "2024-02-0" + str(i % 9 + 1),
            "role": "", "title": f"Story {i}", **extra}


@pytest.fixture()
def G() -> nx.MultiDiGraph:
    """Actors of several kinds; two relation types between one pair; a hostile sentence."""
    G = nx.MultiDiGraph()
    for i, kind in enumerate(KINDS[:4]):
        prefix = ONTO.kinds[kind].prefix
        G.add_node(f"{prefix}:one", name=f"{kind} One", kind=kind, aliases=[f"{kind}-1", "First; also"], country="XX")
        G.add_node(f"{prefix}:two", name=f"{kind} Two \u00e9", kind=kind, aliases=[], country="")
    ids = list(G)
    n = 0
    for a, b in zip(ids, ids[1:]):
        for type_ in TYPES[:2] if n % 3 == 0 else TYPES[2:3]:
            claims = [claim(n, f"{a} deals with {b}.", MODALITIES[n % len(MODALITIES)]),
                      claim(n + 100, f"Again {a} and {b}.\nSecond line.", "reported", items=["drones"])]
            G.add_edge(a, b, key=type_, type=type_, weight=len(claims), claims=claims)
            n += 1
    G.add_edge(ids[0], ids[-1], key=TYPES[0], type=TYPES[0], weight=1, claims=[claim(999, HOSTILE)])
    return G


def edge_set(G) -> set:
    return {(u, v, k, d.get("type")) for u, v, k, d in G.edges(keys=True, data=True)}


def test_graphml_round_trip(G, tmp_path):
    path = write_graphml(G, tmp_path / "g.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert set(back) == set(G)
    assert edge_set(back) == edge_set(G)
    for n, data in G.nodes(data=True):
        assert back.nodes[n]["name"] == data["name"]
        assert json.loads(back.nodes[n]["aliases"]) == data["aliases"]
    u, v, k = next(iter(G.edges(keys=True)))
    assert json.loads(back[u][v][k]["claims"]) == G[u][v][k]["claims"]
    assert back[u][v][k]["weight"] == G[u][v][k]["weight"]


def test_gexf_is_readable_with_relation_as_label(G, tmp_path):
    path = write_gexf(G, tmp_path / "g.gexf")
    back = nx.read_gexf(path)
    assert set(back) == set(G)
    assert back.number_of_edges() == G.number_of_edges()
    assert {(u, v, d["label"]) for u, v, d in back.edges(data=True)} == {(u, v, k) for u, v, k in G.edges(keys=True)}
    assert all(d["relation"] == d["label"] for *_, d in back.edges(data=True))
    assert {d["label"] for _, d in back.nodes(data=True)} == {d["name"] for _, d in G.nodes(data=True)}


def test_csv_for_neo4j_admin(G, tmp_path):
    actors, relations = write_csv(G, tmp_path / "import")
    with actors.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == NODE_HEADER == ("id:ID", "name", "kind", "aliases:string[]", "country", ":LABEL")
    assert len(rows) == G.number_of_nodes() + 1
    by_id = {row[0]: row for row in rows[1:]}
    one = next(n for n in G if n.endswith(":one"))
    kind = G.nodes[one]["kind"]
    assert by_id[one][5] == f"Actor;{kind}"
    assert by_id[one][3].split(";") == [f"{kind}-1", "First, also"]

    with relations.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0][:4]) == (":START_ID", ":END_ID", ":TYPE", "claims:int")
    assert tuple(rows[0]) == RELATION_HEADER
    assert len(rows) == G.number_of_edges() + 1
    assert {(r[0], r[1], r[2]) for r in rows[1:]} == set(G.edges(keys=True))
    for row in rows[1:]:
        data = G[row[0]][row[1]][row[2]]
        assert int(row[3]) == len(data["claims"])
        assert json.loads(row[8]) == data["claims"]
        assert set(row[4].split(";")) == {c["modality"] for c in data["claims"]}
    raw = relations.read_text(encoding="utf-8")
    assert raw.count("\n") == G.number_of_edges() + 1, "no field spans lines"


def test_csv_rejects_a_kind_outside_the_ontology(G, tmp_path):
    G.nodes[next(iter(G))]["kind"] = "Spaceship) DETACH DELETE n //"
    with pytest.raises(ValueError, match="neither an actor kind"):
        write_csv(G, tmp_path)


def test_jsonl_actors_then_relations(G, tmp_path):
    count = write_jsonl(G, tmp_path / "g.jsonl")
    lines = [json.loads(line) for line in (tmp_path / "g.jsonl").read_text(encoding="utf-8").splitlines()]
    assert count == len(lines) == G.number_of_nodes() + G.number_of_edges()
    records = [line["record"] for line in lines]
    assert records == ["actor"] * G.number_of_nodes() + ["relation"] * G.number_of_edges()
    relation = lines[G.number_of_nodes()]
    assert relation["claims"] == G[relation["source"]][relation["target"]][relation["type"]]["claims"]
    stream = io.StringIO()
    assert write_jsonl(G, stream) == count
    assert stream.getvalue() == (tmp_path / "g.jsonl").read_text(encoding="utf-8")


def test_map_is_written_with_every_actor_and_no_remote_resource(G, tmp_path):
    path = write_map(G, tmp_path / "map.html", title="Test <map>")
    page = path.read_text(encoding="utf-8")
    for _, name in G.nodes(data="name"):
        assert json.dumps(name, ensure_ascii=False) in page
    assert "<title>Test &lt;map&gt;</title>" in page
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "cdnjs" not in page and "jsdelivr" not in page and "bootstrap" not in page.lower()
    assert "new vis.Network" in page and "vis.DataSet" in page


def test_hostile_text_cannot_leave_the_script(G, tmp_path):
    page = render_map(G)
    for bad in ("<script>alert(1)", "</script><script>window.__pwned", "<!-- <img", "<img src=x",
                "news/<"):
        assert bad not in page
    assert page.count("</script>") == page.count("<script") == 2, "only the library's and the page's scripts"
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    assert "\\u0026 more" in page
    data = map_data(G)
    tips = [e["title"] for e in data["edges"]] + [n["title"] for n in data["nodes"]]
    assert any(HOSTILE in tip for tip in tips), "tooltips keep the text as written"
    assert json.loads(script_json(data)) == json.loads(json.dumps(data)), "escapes change no value"


def test_map_styles_come_from_the_ontology(G):
    data = map_data(G)
    for node in data["nodes"]:
        kind = ONTO.kinds[G.nodes[node["id"]]["kind"]]
        assert (node["color"], node["shape"]) == (kind.colour, kind.shape)
        assert node["x"] is not None and node["y"] is not None
    for edge in data["edges"]:
        assert edge["color"]["color"] == EDGE_PALETTE[TYPES.index(edge["type"]) % len(EDGE_PALETTE)]
        assert edge["arrows"]["to"]["enabled"] is not ONTO.relations[edge["type"]].symmetric
    assert [k["name"] for k in data["kinds"]] == [k for k in KINDS if any(d == k for _, d in G.nodes(data="kind"))]
    widths = {(e["from"], e["to"], e["type"]): e["width"] for e in data["edges"]}
    assert widths[(list(G)[0], list(G)[-1], TYPES[0])] < widths[(list(G)[0], list(G)[1], TYPES[0])]
    pair = [e for e in data["edges"] if (e["from"], e["to"]) == (list(G)[0], list(G)[1])]
    assert len(pair) == 2 and all(e.get("smooth", {}).get("type") == "curvedCW" for e in pair)


def test_map_sizes_by_centrality_focus_and_max_nodes(G):
    data = map_data(G, size_by="in_degree")
    sizes = {n["id"]: n["size"] for n in data["nodes"]}
    top = max(G, key=lambda n: G.in_degree(n, weight="weight"))
    assert sizes[top] == max(sizes.values())

    centre = list(G)[2]
    focused = map_data(G, focus=G.nodes[centre]["name"].upper(), depth=1)
    assert {n["id"] for n in focused["nodes"]} == set(nx.ego_graph(G, centre, 1, undirected=True))
    assert focused["focus"] == centre and focused["notes"]

    few = map_data(G, max_nodes=3)
    assert len(few["nodes"]) == 3
    assert {e["from"] for e in few["edges"]} | {e["to"] for e in few["edges"]} <= {n["id"] for n in few["nodes"]}
    assert any("3 actors of 8" in note for note in few["notes"])
    with pytest.raises(KeyError, match="no actor"):
        map_data(G, focus="Atlantis")


def test_map_draws_the_relations_with_most_claims_up_to_max_edges(G):
    every = map_data(G, max_edges=None)
    assert len(every["edges"]) == G.number_of_edges()
    before = edge_set(G)
    few = map_data(G, max_edges=3)
    assert edge_set(G) == before, "the caller's graph is not changed"
    assert len(few["nodes"]) == G.number_of_nodes(), "every actor stays"
    assert len(few["edges"]) == 3 and few["stats"]["relations"] == 3
    drawn = sorted(e["width"] for e in few["edges"])
    assert drawn == sorted(e["width"] for e in every["edges"])[-3:], "the relations with most claims"
    assert any(f"3 relations with the most claims of {G.number_of_edges()}" in note for note in few["notes"])


def test_page_sends_each_type_style_once_and_draws_the_same_edges(G):
    data = map_data(G)
    page = _compact(data)
    assert set(page["edge_styles"]) == {e["type"] for e in data["edges"]}
    assert all("color" not in e and "label" not in e for e in page["edges"])
    # what the page's script does before drawing
    rebuilt = [{**page["edge_styles"][e["type"]], **e} for e in page["edges"]]
    assert rebuilt == data["edges"]


def test_layout_is_seeded_and_spreads_actors():
    H = nx.connected_watts_strogatz_graph(60, 4, 0.2, seed=1)
    H.add_nodes_from(["lone-1", "lone-2"])
    first, again = positions(H), positions(H)
    assert first == again
    assert len(set(first.values())) == len(H)
    big = nx.gnm_random_graph(800, 2400, seed=2)  # takes the path for large graphs
    pos = positions(big)
    assert len(pos) == 800 and len(set(pos.values())) == 800


def test_empty_graph_exports(tmp_path):
    empty = nx.MultiDiGraph()
    assert "0 actors" in write_map(empty, tmp_path / "empty.html").read_text(encoding="utf-8")
    assert write_jsonl(empty, tmp_path / "empty.jsonl") == 0
    assert len(nx.read_graphml(write_graphml(empty, tmp_path / "empty.graphml"))) == 0
    assert [p.name for p in write_csv(empty, tmp_path)] == ["actors.csv", "relations.csv"]
