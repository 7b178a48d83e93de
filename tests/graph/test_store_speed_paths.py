"""The fast write paths keep the store contract: field positions, big batches, kills at any moment."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from fixtures.extractions import assert_like_clean_load, sample, synthetic
from graph.ontology import Ontology
from graph.stores import cypher as q
from graph.stores.embedded import CLAIM_COLUMNS, EmbeddedStore, _frame
from graph.stores.graphdata import from_extractions, to_networkx
from graph.stores.neo4j import _claims_by_document, _mentions_by_document
from graph.stores.rows import plan

ONTO = Ontology.load()
ROOT = Path(__file__).resolve().parents[2]


def test_neo4j_claim_statement_reads_each_property_from_its_field():
    statement = q.render(q.NEO4J_CREATE_CLAIMS, ONTO, type="SELLS_TO")
    mapped = dict(re.findall(r"(\w+): (c\[\d+\]|doc\[\d+\])", statement.split("CREATE", 1)[1]))
    assert set(mapped) == {name for name, _ in q.CLAIM_PROPERTIES}
    p = plan(sample() + synthetic(5, 4, actors=12), ONTO)
    docs = {t: {d[0]: d for d in rows} for t, rows in _claims_by_document(p).items()}
    for (type_, _, _), rows in p.claims.items():
        for row in rows:
            doc = docs[type_][row["doc_key"]]
            claim = next(c for c in doc[2] if c[q.CLAIM_FIELDS.index("claim_id")] == row["claim_id"])
            values = {"doc": doc, "c": claim}
            for name, expr in mapped.items():
                var, index = re.fullmatch(r"(\w+)\[(\d+)\]", expr).groups()
                assert values[var][int(index)] == row[name], (name, expr)


def test_neo4j_mentions_are_grouped_by_document():
    p = plan(sample(), ONTO)
    grouped = {key: sorted(actors) for key, actors in _mentions_by_document(p)}
    want: dict[str, list] = {}
    for rows in p.mentions.values():
        for row in rows:
            want.setdefault(row["doc"], []).append(row["actor"])
    assert grouped == {key: sorted(actors) for key, actors in want.items()}


def test_embedded_batches_of_any_size_give_the_same_graph(tmp_path):
    data = sample() + synthetic(60, 6, actors=40)
    graphs = []
    for size in (7, 10000):
        with EmbeddedStore(tmp_path / f"b{size}.lbdb", batch_documents=size) as store:
            store.upsert(data)
            graphs.append((store.stats(), to_networkx(store)))
    want = from_extractions(data)
    for stats, got in graphs:
        assert stats == graphs[0][0]
        assert dict(got.nodes(data=True)) == dict(want.nodes(data=True))
        assert sorted(got.edges(keys=True, data=True)) == sorted(want.edges(keys=True, data=True))


def _operators(text: str) -> set[str]:
    return set(re.findall(r"([A-Z][A-Z_]+)\[\d+\]", text))


def test_embedded_writes_look_ends_up_by_primary_key(tmp_path):
    """Both ends in one MATCH made the engine join every row against (kind x kind) whole tables."""
    p = plan(sample(), ONTO)
    (type_, source, target), rows = next(iter(p.claims.items()))
    kind, mentions = next(iter(p.mentions.items()))
    statements = [
        (q.render(q.LBUG_LOAD_CLAIMS, ONTO, type=type_, source=source, target=target),
         {"frame": _frame(rows, CLAIM_COLUMNS)}),
        (q.render(q.LBUG_LOAD_MENTIONS, ONTO, kind=kind), {"frame": _frame(mentions, ("actor", "doc"))}),
        (q.LBUG_FINISH_DOCUMENTS, {"frame": _frame(p.documents, ("key", "id", "claims"))}),
        (q.DOCUMENTS_BY_KEY, {"keys": ["a", "b"]}),
        (q.render(q.LBUG_ACTORS_BY_ID, ONTO, kind=kind), {"ids": ["a", "b"]}),
        (q.render(q.LBUG_UPDATE_ACTORS, ONTO, kind=kind), {"rows": [{"id": "a", "aliases": ["x"], "country": ""}]}),
    ]
    with EmbeddedStore(tmp_path / "plans.lbdb") as store:
        for statement, params in statements:
            ops = _operators(store.run("EXPLAIN " + statement, params, write=True).value())
            assert "QUERY_PRIMARY_KEY_LOOKUP" in ops, statement
            assert not ops & {"SCAN_NODE_TABLE", "CROSS_PRODUCT", "HASH_JOIN_BUILD"}, (statement, ops)


@pytest.mark.neo4j
def test_neo4j_writes_seek_the_constraint_indexes(neo4j_store):
    def operators(plan) -> set[str]:
        return {plan["operatorType"].split("@")[0]} | {o for c in plan.get("children", []) for o in operators(c)}
    statements = [q.render(q.NEO4J_CREATE_CLAIMS, ONTO, type="SELLS_TO"), q.NEO4J_MENTIONS, q.NEO4J_DOCUMENTS,
                  q.render(q.NEO4J_MERGE_ACTORS, ONTO, kind="State"), q.DOCUMENTS_BY_KEY]
    with neo4j_store._session() as session:
        for statement in statements:
            ops = operators(session.run("EXPLAIN " + statement, rows=[], docs=[], keys=[]).consume().plan)
            assert {"NodeUniqueIndexSeek(Locking)", "NodeUniqueIndexSeek"} & ops, statement
            assert not ops & {"NodeByLabelScan", "AllNodesScan"}, (statement, ops)


# --- kills at random moments ----------------------------------------------------------

LOADER = textwrap.dedent("""
    import sys
    sys.path[:0] = [{root!r}, {tests!r}]
    from fixtures.extractions import synthetic
    from graph.stores.embedded import EmbeddedStore

    store = EmbeddedStore(sys.argv[1], batch_documents=int(sys.argv[3]))
    print("ready", flush=True)
    store.upsert(synthetic(80, 4, actors=40, seed=int(sys.argv[2])))
    print("finished", flush=True)
""")

CHECKS = {
    # Every stored document is complete: its id is set and its claims are all there.
    "document without id": "MATCH (d:Document) WHERE d.id = '' RETURN d.key",
    "claims count": ("MATCH (d:Document) OPTIONAL MATCH ()-[r]->() WHERE r.doc_key = d.key "
                     "WITH d, count(r) AS n WHERE n <> d.claims RETURN d.key, d.claims, n"),
    "claim of another version": ("MATCH ()-[r]->() WHERE r.claim_id IS NOT NULL "
                                 "OPTIONAL MATCH (d:Document {key: r.doc_key}) "
                                 "WITH r, d WHERE d IS NULL OR d.id <> r.doc_id RETURN r.claim_id"),
    "document without mentions": ("MATCH (d:Document) WHERE NOT EXISTS { MATCH ()-[:MENTIONED_IN]->(d) } "
                                  "RETURN d.key"),
}


def _broken(path: Path) -> dict[str, list]:
    with EmbeddedStore(path) as store:
        found = {name: store.run(query).rows for name, query in CHECKS.items()}
    return {name: rows for name, rows in found.items() if rows}


def test_embedded_loads_killed_at_random_moments_stay_consistent(tmp_path):
    """Twenty loads, each killed at a random moment, alternating two versions of every document."""
    script = tmp_path / "load.py"
    script.write_text(LOADER.format(root=str(ROOT), tests=str(ROOT / "tests")))
    db = tmp_path / "killed.lbdb"
    rng = random.Random(int(os.environ.get("ACTORGRAPH_KILL_SEED", "7")))
    finished = 0
    for round_ in range(20):
        seed, batch = round_ % 2, rng.choice((5, 15, 40))
        proc = subprocess.Popen([sys.executable, str(script), str(db), str(seed), str(batch)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 1.5))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=120)
        finished += proc.returncode == 0
        assert not _broken(db), f"round {round_} (seed {seed}, batch {batch}): {_broken(db)}"
    final = synthetic(80, 4, actors=40, seed=1)
    with EmbeddedStore(db) as store:
        store.upsert(final)
        got_stats, got = store.stats(), to_networkx(store)
    assert_like_clean_load(got_stats, got, final, tmp_path / "clean.lbdb")
    assert finished < 20, "no load was killed: the kills came too late to test anything"
