"""The notebook API on an embedded store holding the seed articles."""

from __future__ import annotations

import pandas as pd
import pytest

from graph import analysis, api
from graph.export import html
from graph.model import MODALITIES
from graph.stores import ReadOnlyError, StoreError
from tests.seeds import SEEDS, seed_paths

SELLS_TO = "SELLS_TO"
ISRAEL, AZERBAIJAN = "state:israel", "state:azerbaijan"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "graph.lbdb"
    result = api.load(seed_paths(), db=path)
    assert result.refused == [], [str(e) for e in result.refused]
    return path


@pytest.fixture(scope="module")
def G(db):
    return api.open_graph(db)


def test_load_counts_the_seed_articles_and_skips_them_when_loaded_again(db):
    again = api.load(SEEDS, db=db)
    assert isinstance(again, api.LoadResult)
    assert (again.documents, again.skipped, again.claims) == (0, len(seed_paths()), 0)


def test_load_collects_unreadable_paths_and_loads_the_rest(tmp_path):
    missing = tmp_path / "no-such-article.txt"
    result = api.load([missing, seed_paths()[0]], db=tmp_path / "graph.lbdb")
    assert result.documents == 1 and result.claims > 0
    assert [e.path for e in result.refused] == [str(missing)]
    assert result.as_dict()["documents"] == 1


def test_explicit_db_wins_over_neo4j_uri_in_the_environment(db, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")  # nothing listens there
    assert api.open_graph(db).number_of_nodes() > 0


def test_open_graph_has_israel_selling_arms_to_azerbaijan_with_evidence(G):
    assert G.nodes[ISRAEL]["name"] == "Israel" and G.nodes[ISRAEL]["kind"] == "State"
    relation = G.get_edge_data(ISRAEL, AZERBAIJAN, key=SELLS_TO)
    assert relation is not None, "Israel -SELLS_TO-> Azerbaijan is missing"
    assert relation["type"] == SELLS_TO
    assert relation["weight"] == len(relation["claims"]) >= 2
    for claim in relation["claims"]:
        assert claim["sentence"] and claim["doc_key"] and claim["modality"] in MODALITIES
    assert len({claim["doc_id"] for claim in relation["claims"]}) >= 2


def test_open_graph_on_a_missing_database_fails_without_creating_it(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        api.open_graph(tmp_path / "nothing.lbdb")
    assert not (tmp_path / "nothing.lbdb").exists()


def test_filter_by_type(db, G):
    H = api.open_graph(db, types=[SELLS_TO])
    assert H.number_of_edges() > 0
    assert {t for _, _, t in H.edges(data="type")} == {SELLS_TO}
    assert H.number_of_edges() == sum(1 for _, _, t in G.edges(data="type") if t == SELLS_TO)


def test_filter_by_kind(db, G):
    H = api.open_graph(db, kinds=["State"])
    assert {k for _, k in H.nodes(data="kind")} == {"State"}
    assert set(H) == {n for n, k in G.nodes(data="kind") if k == "State"}
    assert H.has_edge(ISRAEL, AZERBAIJAN, key=SELLS_TO)


def test_filter_by_modality_keeps_only_those_claims(db, G):
    H = api.open_graph(db, modalities=["reported"])
    claims = [c for _, _, cs in H.edges(data="claims") for c in cs]
    assert claims and {c["modality"] for c in claims} == {"reported"}
    full = G[ISRAEL][AZERBAIJAN][SELLS_TO]
    reported = [c for c in full["claims"] if c["modality"] == "reported"]
    assert H[ISRAEL][AZERBAIJAN][SELLS_TO]["weight"] == len(reported) < full["weight"]


def test_filter_by_min_claims(db, G):
    H = api.open_graph(db, min_claims=2)
    assert H.number_of_edges() > 0
    assert all(w >= 2 for _, _, w in H.edges(data="weight"))
    assert H.number_of_edges() == sum(1 for _, _, w in G.edges(data="weight") if w >= 2)
    assert H.has_edge(ISRAEL, AZERBAIJAN, key=SELLS_TO)


def test_unknown_filter_values_are_refused(db):
    with pytest.raises(ValueError, match="relation type"):
        api.open_graph(db, types=["SELLS_TOO"])


def test_query_returns_a_frame_with_the_returned_columns(db):
    import queries

    frame = api.query(queries.load("arms_suppliers", "ladybug"), db=db)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["supplier", "buyer", "claims"]
    row = frame[(frame.supplier == "Israel") & (frame.buyer == "Azerbaijan")]
    assert len(row) == 1 and row.iloc[0]["claims"] >= 2


def test_query_takes_parameters_and_named_queries(db):
    frame = api.query("MATCH (a:State) WHERE a.name = $name RETURN a.id AS id, a.kind AS kind",
                      {"name": "Israel"}, db=db)
    assert frame.to_dict("records") == [{"id": ISRAEL, "kind": "State"}]
    by_name = api.query("arms_suppliers", db=db)
    assert list(by_name.columns) == ["supplier", "buyer", "claims"]


def test_query_with_no_rows_keeps_its_columns(db):
    frame = api.query("MATCH (a:State) WHERE a.name = 'Atlantis' RETURN a.id AS id, a.name AS name", db=db)
    assert frame.empty and list(frame.columns) == ["id", "name"]


def test_query_is_read_only(db):
    with pytest.raises(ReadOnlyError):
        api.query("MATCH (a:State) SET a.name = 'x'", db=db)
    assert api.query("MATCH (a:State) WHERE a.name = 'x' RETURN count(a) AS n", db=db)["n"].tolist() == [0]


def test_analysis_and_map_are_re_exported(G, tmp_path):
    assert api.centrality is analysis.centrality and api.relations_frame is analysis.relations_frame
    assert api.actors_frame is analysis.actors_frame and api.write_map is html.write_map
    assert all(hasattr(api, name) for name in api.__all__)
    top = api.centrality(G, "pagerank", top=3)
    assert AZERBAIJAN in top["id"].tolist()
    page = api.write_map(G, tmp_path / "map.html")
    assert "Azerbaijan" in page.read_text(encoding="utf-8")


@pytest.mark.neo4j
def test_load_open_graph_and_query_on_neo4j(neo4j_store, neo4j_settings):
    settings = dict(neo4j_uri=neo4j_settings["uri"], user=neo4j_settings["user"],
                    password=neo4j_settings["password"], database=neo4j_settings["database"])
    result = api.load(seed_paths(), **settings)
    assert result.documents == len(seed_paths())
    G = api.open_graph(**settings, types=[SELLS_TO])
    assert G[ISRAEL][AZERBAIJAN][SELLS_TO]["weight"] >= 2
    frame = api.query("arms_suppliers", **settings)
    assert list(frame.columns) == ["supplier", "buyer", "claims"]
