"""Analysis functions give the same numbers as networkx on the same graph."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from graph import analysis
from graph.analysis import (ActorNotFound, CentralityError, actors_frame, centrality, filter_graph,
                            find_actor, neighbourhood, relations_frame)
from graph.model import MODALITIES
from graph.ontology import Ontology

ONTO = Ontology.load()
KINDS = list(ONTO.kinds)
TYPES = list(ONTO.relations)


def make_graph(n_actors: int = 40, n_relations: int = 120, seed: int = 7) -> nx.MultiDiGraph:
    """A random actor graph of the shape graph/stores/graphdata.py builds."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    for i in range(n_actors):
        kind = KINDS[i % len(KINDS)]
        G.add_node(f"{ONTO.kinds[kind].prefix}:a{i}", name=f"Actor {i}", kind=kind,
                   aliases=[f"Alias {i}"], country="")
    ids = list(G)
    for c in range(n_relations):
        u, v = rng.sample(ids, 2)
        type_ = rng.choice(TYPES)
        claim = {"claim_id": f"c{c}", "doc_id": f"d{c % 17}", "doc_key": f"news/{c % 17}.txt",
                 "sentence": f"Actor {u} and {v}, sentence {c}.", "modality": rng.choice(MODALITIES),
                 "rule": "rules.v1", "amount": "", "items": [], "date": f"{rng.randint(2019, 2024)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                 "role": "", "title": f"Title {c % 17}"}
        if G.has_edge(u, v, key=type_):
            G[u][v][type_]["claims"].append(claim)
            G[u][v][type_]["weight"] += 1
        else:
            G.add_edge(u, v, key=type_, type=type_, weight=1, claims=[claim])
    return G


def collapsed(G: nx.MultiDiGraph) -> nx.DiGraph:
    """Summed claim counts per ordered pair, written out here rather than trusting analysis.collapse."""
    D = nx.DiGraph()
    D.add_nodes_from(G)
    for u, v, w in G.edges(data="weight"):
        D.add_edge(u, v, weight=D.get_edge_data(u, v, {"weight": 0})["weight"] + w)
    for u, v, data in D.edges(data=True):
        data["distance"] = 1 / data["weight"]
    return D


def scores(frame) -> dict:
    return dict(zip(frame["id"], frame["score"]))


@pytest.fixture(scope="module")
def G():
    return make_graph()


@pytest.mark.parametrize("measure", ["degree", "in_degree", "out_degree"])
@pytest.mark.parametrize("weighted", [True, False])
def test_degrees_equal_networkx(G, measure, weighted):
    expected = dict(getattr(G, measure)(weight="weight" if weighted else None))
    assert scores(centrality(G, measure, weighted=weighted)) == expected


def test_weighted_degree_counts_claims(G):
    assert scores(centrality(G, "degree")) != scores(centrality(G, "degree", weighted=False))
    total = sum(w for _, _, w in G.edges(data="weight"))
    assert sum(scores(centrality(G, "degree")).values()) == 2 * total


@pytest.mark.parametrize("weighted", [True, False])
def test_pagerank_equals_networkx(G, weighted):
    expected = nx.pagerank(collapsed(G), weight="weight" if weighted else None)
    assert scores(centrality(G, "pagerank", weighted=weighted)) == pytest.approx(expected)


@pytest.mark.parametrize("weighted", [True, False])
def test_betweenness_equals_networkx(G, weighted):
    expected = nx.betweenness_centrality(collapsed(G), weight="distance" if weighted else None)
    frame = centrality(G, "betweenness", weighted=weighted)
    assert scores(frame) == pytest.approx(expected)
    assert frame.attrs["approximate"] is False and frame.attrs["note"] == ""


def test_betweenness_is_sampled_when_asked(G):
    frame = centrality(G, "betweenness", k_sample=10)
    expected = nx.betweenness_centrality(collapsed(G), k=10, weight="distance", seed=analysis.SEED)
    assert scores(frame) == pytest.approx(expected)
    assert frame.attrs["approximate"] is True
    assert "10 of 40" in frame.attrs["note"]
    assert scores(centrality(G, "betweenness", k_sample=10)) == scores(frame), "fixed seed"


def test_betweenness_is_sampled_above_the_limit(G, monkeypatch):
    monkeypatch.setattr(analysis, "BETWEENNESS_EXACT_LIMIT", 30)
    monkeypatch.setattr(analysis, "BETWEENNESS_PIVOTS", 12)
    frame = centrality(G, "betweenness")
    assert frame.attrs["approximate"] is True
    expected = nx.betweenness_centrality(collapsed(G), k=12, weight="distance", seed=analysis.SEED)
    assert scores(frame) == pytest.approx(expected)


def test_eigenvector_equals_networkx(G):
    expected = nx.eigenvector_centrality(collapsed(G), max_iter=1000, weight="weight")
    frame = centrality(G, "eigenvector")
    assert scores(frame) == pytest.approx(expected)
    assert frame.attrs["note"] == ""


def test_eigenvector_falls_back_to_numpy(monkeypatch):
    ring = make_graph(0, 0)
    for i in range(5):
        ring.add_node(f"x:{i}", name=f"X{i}", kind=KINDS[0], aliases=[], country="")
    for i in range(5):
        ring.add_edge(f"x:{i}", f"x:{(i + 1) % 5}", key=TYPES[0], type=TYPES[0], weight=i + 1, claims=[])
    ring.add_edge("x:0", "x:2", key=TYPES[1], type=TYPES[1], weight=2, claims=[])

    def fails(*args, **kwargs):
        raise nx.PowerIterationFailedConvergence(1000)

    monkeypatch.setattr(analysis.nx, "eigenvector_centrality", fails)
    frame = centrality(ring, "eigenvector")
    expected = nx.eigenvector_centrality_numpy(collapsed(ring), weight="weight")
    assert scores(frame) == pytest.approx(expected)
    assert "numpy" in frame.attrs["note"]

    ring.add_node("x:alone", name="Alone", kind=KINDS[0], aliases=[], country="")
    with pytest.raises(CentralityError, match="pagerank"):
        centrality(ring, "eigenvector")


def test_frame_columns_order_and_top(G):
    frame = centrality(G, "pagerank", top=5)
    assert list(frame.columns) == ["id", "name", "kind", "score"]
    assert len(frame) == 5
    assert list(frame["score"]) == sorted(frame["score"], reverse=True)
    first = frame.iloc[0]
    assert (first["name"], first["kind"]) == (G.nodes[first["id"]]["name"], G.nodes[first["id"]]["kind"])
    assert frame.attrs["measure"] == "pagerank"


def test_centrality_of_one_type(G):
    H = filter_graph(G, types=[TYPES[0]])
    assert scores(centrality(G, "degree", type=TYPES[0])) == dict(H.degree(weight="weight"))


def test_centrality_rejects_unknown_measure(G):
    with pytest.raises(ValueError, match="closeness"):
        centrality(G, "closeness")


def test_centrality_of_empty_graph():
    for measure in analysis.MEASURES:
        frame = centrality(nx.MultiDiGraph(), measure)
        assert frame.empty and list(frame.columns) == ["id", "name", "kind", "score"]


def all_claims(H):
    return [c for _, _, claims in H.edges(data="claims") for c in claims]


def test_filter_by_modality_keeps_only_those_claims(G):
    H = filter_graph(G, modalities=["asserted", "reported"])
    assert all_claims(H) and {c["modality"] for c in all_claims(H)} <= {"asserted", "reported"}
    expected = [c for c in all_claims(G) if c["modality"] in ("asserted", "reported")]
    assert sorted(c["claim_id"] for c in all_claims(H)) == sorted(c["claim_id"] for c in expected)
    assert all(d["weight"] == len(d["claims"]) for _, _, d in H.edges(data=True))
    assert all(H.degree(n) > 0 for n in H), "actors left without relations are dropped"


def test_filter_does_not_change_its_input(G):
    before = sum(len(c) for _, _, c in G.edges(data="claims"))
    filter_graph(G, modalities=["denied"], since="2022")
    assert sum(len(c) for _, _, c in G.edges(data="claims")) == before


def test_filter_by_dates_with_partial_dates():
    G = make_graph(0, 0)
    G.add_node("x:a", name="A", kind=KINDS[0], aliases=[], country="")
    G.add_node("x:b", name="B", kind=KINDS[0], aliases=[], country="")
    dates = ["2021-12-31", "2022", "2022-06", "2022-06-15", "2023-01-01", ""]
    claims = [{"claim_id": d or "none", "modality": "asserted", "date": d} for d in dates]
    G.add_edge("x:a", "x:b", key=TYPES[0], type=TYPES[0], weight=len(claims), claims=claims)
    kept = lambda **kw: [c["claim_id"] for c in all_claims(filter_graph(G, **kw))]  # noqa: E731
    assert kept(since="2022-06-10") == ["2022", "2022-06", "2022-06-15", "2023-01-01"]
    assert kept(until="2022-06-01") == ["2021-12-31", "2022", "2022-06"]
    assert kept(since="2022-01-01", until="2022-12-31") == ["2022", "2022-06", "2022-06-15"]
    assert kept() == [d or "none" for d in dates]
    assert filter_graph(G, since="2030").number_of_edges() == 0
    with pytest.raises(ValueError, match="ISO date"):
        filter_graph(G, since="June 2022")


def test_filter_by_type_kind_and_claims(G):
    H = filter_graph(G, types=[TYPES[0], TYPES[1]])
    assert {t for _, _, t in H.edges(data="type")} == {TYPES[0], TYPES[1]}
    assert H.number_of_edges() == sum(1 for *_, t in G.edges(data="type") if t in TYPES[:2])

    K = filter_graph(G, kinds=[KINDS[0], KINDS[1]])
    assert {k for _, k in K.nodes(data="kind")} == {KINDS[0], KINDS[1]}
    assert K.number_of_nodes() == sum(1 for _, k in G.nodes(data="kind") if k in KINDS[:2])
    assert K.number_of_edges() == G.subgraph(K).number_of_edges()

    M = filter_graph(G, min_claims=2)
    assert M.number_of_edges() == sum(1 for *_, w in G.edges(data="weight") if w >= 2)
    with pytest.raises(ValueError, match="unknown relation type"):
        filter_graph(G, types=["NOT_A_TYPE"])
    with pytest.raises(ValueError, match="unknown modality"):
        filter_graph(G, modalities=["rumoured"])


def test_kind_filter_alone_keeps_isolated_actors(G):
    H = G.copy()
    H.add_node("x:lonely", name="Lonely", kind=KINDS[0], aliases=[], country="")
    assert "x:lonely" in filter_graph(H, kinds=[KINDS[0]])
    assert "x:lonely" not in filter_graph(H, types=TYPES)


def test_relations_frame(G):
    frame = relations_frame(G)
    assert len(frame) == G.number_of_edges()
    assert frame["claims"].sum() == sum(w for *_, w in G.edges(data="weight"))
    row = frame.iloc[0]
    data = G[row["source"]][row["target"]][row["type"]]
    assert row["source_name"] == G.nodes[row["source"]]["name"]
    assert row["claims"] == len(data["claims"]) == frame["claims"].max()
    order = [m for m in MODALITIES if m in {c["modality"] for c in data["claims"]}]
    assert row["modalities"] == ", ".join(order)


def test_actors_frame(G):
    frame = actors_frame(G).set_index("id")
    assert len(frame) == G.number_of_nodes()
    for n in list(G)[:10]:
        assert frame.loc[n, "degree"] == G.degree(n)
        assert frame.loc[n, "claims"] == G.degree(n, weight="weight")
        assert frame.loc[n, "aliases"] == "; ".join(G.nodes[n]["aliases"])


@pytest.mark.parametrize("depth", [0, 1, 2])
def test_neighbourhood_equals_ego_graph(G, depth):
    centre = list(G)[3]
    expected = nx.ego_graph(G, centre, radius=depth, undirected=True)
    H = neighbourhood(G, centre, depth)
    assert set(H) == set(expected)
    assert set(H.edges(keys=True)) == set(expected.edges(keys=True))
    assert H.graph["focus"] == centre


def test_actor_by_name_or_alias_case_insensitive(G):
    centre = list(G)[5]
    assert find_actor(G, "actor 5") == centre
    assert find_actor(G, "ALIAS 5") == centre
    assert find_actor(G, centre.upper()) == centre
    assert set(neighbourhood(G, "Actor 5", 1)) == set(neighbourhood(G, centre, 1))


def test_unknown_actor_is_a_clear_key_error(G):
    with pytest.raises(KeyError) as err:
        neighbourhood(G, "Actor 5x", 1)
    assert isinstance(err.value, ActorNotFound)
    assert str(err.value).startswith("no actor 'Actor 5x' in the graph")
    assert "Actor 5" in str(err.value)

    H = G.copy()
    first, second = list(H)[:2]
    H.nodes[second]["name"] = H.nodes[first]["name"]
    with pytest.raises(ActorNotFound, match="names 2 actors"):
        find_actor(H, H.nodes[first]["name"])
