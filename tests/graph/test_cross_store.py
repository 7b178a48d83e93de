"""The same documents give the same graph, and the same named queries the same rows, on both stores."""

import pytest

import queries
from loaders.pipeline import extract_paths
from loaders.sources import SourceError
from tests.seeds import seed_paths

pytestmark = pytest.mark.neo4j

PARAMS = {"evidence": {"source": "Israel", "target": "Azerbaijan"}, "actor_relations": {"name": "Azerbaijan"}}


@pytest.fixture(scope="module")
def seed_extractions():
    items = list(extract_paths([str(p) for p in seed_paths()]))
    assert not [i for i in items if isinstance(i, SourceError)]
    return items


def _rows(store, name):
    result = store.run(queries.load(name, store.dialect), PARAMS.get(name, {}))
    return result.columns, sorted(tuple(str(v) for v in row) for row in result.rows)


def test_counts_and_named_queries_agree(embedded_store, neo4j_store, seed_extractions):
    embedded_store.upsert(seed_extractions)
    neo4j_store.upsert(seed_extractions)
    assert embedded_store.stats() == neo4j_store.stats()
    assert embedded_store.stats()["relations"]["SELLS_TO"] >= 2
    for name in queries.names():
        columns, rows = _rows(embedded_store, name)
        assert (columns, rows) == _rows(neo4j_store, name), name
        if name in ("arms_suppliers", "evidence", "actor_relations"):
            assert rows, f"{name} returned nothing on the seed graph"


def test_reload_leaves_the_same_counts_on_neo4j(neo4j_store, seed_extractions):
    neo4j_store.upsert(seed_extractions)
    before = neo4j_store.stats()
    stats = neo4j_store.upsert(seed_extractions)
    assert stats.skipped == len(seed_extractions) and neo4j_store.stats() == before
