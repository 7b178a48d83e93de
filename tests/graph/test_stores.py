"""The store contract, run once against the embedded store and once against Neo4j."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import networkx as nx
import pytest

from fixtures.extractions import ATLANTIS, EVIL, EVIL_SENTENCE, assert_like_clean_load, build, changed_first, sample, synthetic
from graph.ontology import Ontology
from graph.stores import ReadOnlyError
from graph.stores import cypher as q
from graph.stores.embedded import EmbeddedStore
from graph.stores.graphdata import from_extractions, to_networkx
from graph.stores.guard import write_clause

ONTO = Ontology.load()
ROOT = Path(__file__).resolve().parents[2]


def sentences(store) -> set[str]:
    rows = store.run("MATCH ()-[r]->() WHERE r.claim_id IS NOT NULL RETURN r.sentence AS s").rows
    return {row[0] for row in rows}


def actor_ids(store) -> set[str]:
    return {row[0] for row in store.run(q.ALL_ACTORS, {"kinds": list(ONTO.kinds)}).rows}


def test_schema_exists(store):
    if store.dialect == "ladybug":
        tables = {row[0] for row in store.run("CALL show_tables() RETURN name").rows}
        assert set(ONTO.kinds) | set(ONTO.relations) | {"Document", "MENTIONED_IN"} <= tables
    else:
        constraints = {row[0] for row in store.run("SHOW CONSTRAINTS YIELD name RETURN name").rows}
        assert {"actor_id", "document_key"} | {f"{k}_id" for k in ONTO.kinds} <= constraints
        indexes = {row[0] for row in store.run("SHOW INDEXES YIELD name RETURN name").rows}
        assert {f"{t}_claim_id" for t in ONTO.relations} <= indexes


def test_upsert_and_stats(store):
    loaded = store.upsert(sample())
    assert (loaded.documents, loaded.claims, loaded.skipped, loaded.rejected) == (3, 6, 0, 0)
    stats = store.stats()
    assert stats["documents"] == 3
    assert stats["actors"]["State"] == 3 and stats["actors"]["Company"] == 1
    assert stats["actors"]["Person"] == 1 and stats["actors"]["Organization"] == 1
    assert stats["claims"]["SELLS_TO"] == 3 and stats["relations"]["SELLS_TO"] == 2
    assert stats["claims"]["SUPPLIES_OIL"] == 1 and stats["claims"]["HOLDS_OFFICE"] == 0
    assert store.documents() == {e.document.key: e.document.id for e in sample()}
    n = store.run("MATCH (d:Document {key: $key}) RETURN d.claims AS n", {"key": "news/atlantis-arms.txt"})
    assert n.records() == [{"n": 3}]


def test_double_upsert_is_idempotent(store):
    store.upsert(sample())
    before = store.stats()
    again = store.upsert(sample())
    assert (again.documents, again.skipped, again.claims) == (0, 3, 0)
    assert store.stats() == before


def test_changed_document_replaces_its_claims(store):
    store.upsert(sample())
    old = sample()[0]
    result = store.upsert([changed_first()])
    assert (result.documents, result.replaced) == (1, 1)
    left = sentences(store)
    assert not {c.sentence for c in old.claims} & left
    assert changed_first().claims[0].sentence in left
    assert store.documents()["news/atlantis-arms.txt"] == changed_first().document.id
    # Orbis and Velden were only in the old version: no evidence left, so no node.
    assert "company:orbis-dynamics" not in actor_ids(store)
    assert "person:mara-velden" not in actor_ids(store)
    assert store.stats()["claims"]["SELLS_TO"] == 2


def test_same_key_twice_in_one_upsert_keeps_the_last(store):
    store.upsert([sample()[0], changed_first()])
    assert store.documents() == {"news/atlantis-arms.txt": changed_first().document.id}
    assert sentences(store) == {changed_first().claims[0].sentence}


def test_remove_document_deletes_orphans_only(store):
    store.upsert(sample())
    assert store.remove_document("news/atlantis-arms.txt") is True
    ids = actor_ids(store)
    assert {"state:atlantis", "state:lemuria", "state:borduria", "org:evil"} == ids
    assert "news/atlantis-arms.txt" not in store.documents()
    assert store.stats()["claims"]["SELLS_TO"] == 1
    assert store.remove_document("news/atlantis-arms.txt") is False


def test_aliases_are_united_and_the_first_name_kept(store):
    store.upsert(sample())
    rec = store.run("MATCH (a:State {id: $id}) RETURN a.name AS name, a.aliases AS aliases",
                    {"id": ATLANTIS.id}).records()
    assert rec == [{"name": "Atlantis", "aliases": ["Atlantis", "Atlantean", "Atlantic Republic"]}]


def test_cypher_syntax_in_values_is_stored_verbatim(store):
    store.upsert(sample())
    rec = store.run("MATCH (a:Organization {id: $id}) RETURN a.name AS name, a.aliases AS aliases",
                    {"id": EVIL.id}).records()
    assert rec == [{"name": EVIL.name, "aliases": list(EVIL.aliases)}]
    claim = store.run("MATCH (:Organization)-[r:OPPOSES]->(:State) RETURN r.sentence AS s, r.items AS i, "
                      "r.role AS role").records()
    assert claim == [{"s": EVIL_SENTENCE, "i": ["a'b", "{c}", "d\\e"], "role": "}{"}]
    title = store.run("MATCH (d:Document {key: 'news/odd-names.txt'}) RETURN d.title").value()
    assert title == "Title with 'quotes' and \"doubles\" and {braces}"
    assert store.stats()["documents"] == 3


@pytest.mark.parametrize("query", [
    "MATCH (n) DETACH DELETE n",
    "CREATE (:Document {key: 'sneaky'})",
    "MATCH (d:Document) SET d.title = 'changed'",
])
def test_writes_need_write_true(store, query):
    store.upsert(sample())
    before = store.stats()
    with pytest.raises(ReadOnlyError):
        store.run(query)
    assert store.stats() == before


def test_write_true_allows_writes(store):
    store.run("CREATE (:Document {key: 'manual', id: 'x', title: '', date: '', outlet: '', claims: 0})",
              write=True)
    assert store.documents() == {"manual": "x"}


def test_reads_with_write_words_in_strings_pass(store):
    store.upsert(sample())
    rows = store.run("MATCH (a:Organization) WHERE a.name CONTAINS 'DETACH DELETE' RETURN a.id // SET").rows
    assert rows == [(EVIL.id,)]


def test_rejected_claims_are_counted_not_stored(store):
    s1 = "Atlantis sold tanks to Nowhere."
    bad = build("news/bad.txt", s1, [ATLANTIS], [("SELLS_TO", ATLANTIS, EVIL, s1)])
    result = store.upsert([bad])
    assert (result.documents, result.claims, result.rejected) == (1, 0, 1)
    assert "not among the document's actors" in result.rejections[0]
    assert sentences(store) == set()


def test_to_networkx_equals_from_extractions(store):
    data = sample() + synthetic(20, 5, actors=30)
    store.upsert(data)
    got, want = to_networkx(store), from_extractions(data)
    assert dict(got.nodes(data=True)) == dict(want.nodes(data=True))
    assert sorted(got.edges(keys=True, data=True)) == sorted(want.edges(keys=True, data=True))
    assert got["state:atlantis"]["state:lemuria"]["SELLS_TO"]["weight"] == 2
    assert isinstance(got, nx.MultiDiGraph)


@pytest.mark.parametrize("query,clause", [
    ("MATCH (n) RETURN n.set, n.create AS merge", ""),
    ("RETURN 'MERGE' AS x /* DELETE */", ""),
    ("match (n) detach delete n", "DETACH"),
    ("CALL show_tables() RETURN *", ""),
    ("CALL threads = 1", "CALL threads"),
    ("LOAD FROM 'x.csv' RETURN *", "LOAD"),
    ("COPY State FROM 'x.csv'", "COPY"),
])
def test_write_clause_detection(query, clause):
    assert write_clause(query) == clause


KILLED_LOAD = textwrap.dedent("""
    import sys
    sys.path[:0] = [{root!r}, {tests!r}]
    from fixtures.extractions import synthetic
    from graph.stores.embedded import EmbeddedStore

    def announce(items):
        for n, item in enumerate(items):
            if n and n % 20 == 0:
                print(n, flush=True)
            yield item

    store = EmbeddedStore(sys.argv[1], batch_documents=20)
    store.upsert(announce(synthetic(200, 5, actors=60)))
    print("finished", flush=True)
""")


def test_embedded_load_killed_midway_recovers(tmp_path):
    script = tmp_path / "load.py"
    script.write_text(KILLED_LOAD.format(root=str(ROOT), tests=str(ROOT / "tests")))
    killed = tmp_path / "killed.lbdb"
    proc = subprocess.Popen([sys.executable, str(script), str(killed)], stdout=subprocess.PIPE, text=True)
    for line in proc.stdout:
        if line.strip() == "80":  # three batches are committed, the fourth is being written
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    data = synthetic(200, 5, actors=60)
    with EmbeddedStore(killed) as store:
        partial = len(store.documents())
        assert 0 < partial < 200
        second = store.upsert(data)
        assert second.skipped == partial
        got_stats, got = store.stats(), to_networkx(store)
    assert_like_clean_load(got_stats, got, data, tmp_path / "clean.lbdb")
