"""Every Cypher statement the stores run, as named constants with `$parameters`.

Values always travel as parameters. Labels and relation types cannot be
parameters in Cypher, so templates hold `{kind}`, `{source}`, `{target}` or
`{type}` placeholders that only `render` fills, after checking each against
the ontology.

Constants prefixed `LBUG_` use LadybugDB's dialect (declared tables,
`label(r)`, lambdas), `NEO4J_` ones Neo4j's (`:Actor` label, constraints,
list comprehensions); the others run unchanged on both.

>>> from graph.ontology import Ontology
>>> render(COUNT_KIND, Ontology.load(), kind="State")
'MATCH (a:State) RETURN count(a) AS n'
"""

from __future__ import annotations

import re

from graph.ontology import Ontology, OntologyError

#: Schema version written into the embedded database; bump on incompatible changes.
SCHEMA_VERSION = 1

#: Properties of every claim relationship, in storage order, with LadybugDB types.
CLAIM_PROPERTIES = (
    ("claim_id", "STRING"), ("doc_id", "STRING"), ("doc_key", "STRING"), ("sentence", "STRING"),
    ("source_start", "INT64"), ("source_end", "INT64"), ("target_start", "INT64"),
    ("target_end", "INT64"), ("modality", "STRING"), ("rule", "STRING"), ("amount", "STRING"),
    ("items", "STRING[]"), ("date", "STRING"), ("role", "STRING"),
)

# --- both stores -----------------------------------------------------------------

DOCUMENTS = "MATCH (d:Document) RETURN d.key AS key, d.id AS id"
#: Keys are looked up one by one (the primary key / constraint index), not by scanning documents.
DOCUMENTS_BY_KEY = "UNWIND $keys AS k MATCH (d:Document {key: k}) RETURN d.key AS key, d.id AS id"
COUNT_DOCUMENTS = "MATCH (d:Document) RETURN count(d) AS n"
COUNT_KIND = "MATCH (a:{kind}) RETURN count(a) AS n"
COUNT_CLAIMS = "MATCH ()-[r:{type}]->() RETURN count(r) AS n"
COUNT_RELATIONS = "MATCH (s)-[r:{type}]->(t) WITH DISTINCT s.id AS s, t.id AS t RETURN count(*) AS n"

#: Actors evidenced by documents: the candidates to become orphans when those go.
DOCUMENT_ACTORS = ("MATCH (a)-[:MENTIONED_IN]->(d:Document) WHERE d.key IN $keys "
                   "RETURN DISTINCT a.id AS id, a.kind AS kind")
DELETE_CLAIMS = "MATCH ()-[r:{type}]->() WHERE r.doc_key IN $keys DELETE r"
DELETE_MENTIONS = "MATCH ()-[m:MENTIONED_IN]->(d:Document) WHERE d.key IN $keys DELETE m"
DELETE_DOCUMENTS = "MATCH (d:Document) WHERE d.key IN $keys DELETE d"


#: The whole graph for networkx: actors, then one row per claim with its ends.
ALL_ACTORS = ("MATCH (a) WHERE a.kind IN $kinds "
              "RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, "
              "a.country AS country ORDER BY id")
ALL_CLAIMS = ("MATCH (s)-[r]->(t) WHERE r.claim_id IS NOT NULL "
              "RETURN s.id AS source, t.id AS target, r AS claim")

# --- LadybugDB -------------------------------------------------------------------

LBUG_ACTOR_TABLE = ("CREATE NODE TABLE IF NOT EXISTS {kind}(id STRING PRIMARY KEY, name STRING, "
                    "kind STRING, aliases STRING[], country STRING)")
LBUG_DOCUMENT_TABLE = ("CREATE NODE TABLE IF NOT EXISTS Document(key STRING PRIMARY KEY, id STRING, "
                       "title STRING, date STRING, outlet STRING, claims INT64)")
LBUG_MENTION_TABLE = "CREATE REL TABLE IF NOT EXISTS MENTIONED_IN(FROM {kind} TO Document)"
LBUG_ADD_MENTION_PAIR = "ALTER TABLE MENTIONED_IN ADD IF NOT EXISTS FROM {kind} TO Document"
LBUG_CLAIM_TABLE = ("CREATE REL TABLE IF NOT EXISTS {type}(FROM {source} TO {target}, "
                    + ", ".join(f"{name} {kind}" for name, kind in CLAIM_PROPERTIES) + ")")
LBUG_ADD_CLAIM_PAIR = "ALTER TABLE {type} ADD IF NOT EXISTS FROM {source} TO {target}"
LBUG_TABLES = "CALL show_tables() RETURN name, type, comment"
#: COMMENT takes no parameter: `schema_comment` builds the statement from checked parts.
LBUG_SET_VERSION = "COMMENT ON TABLE Document IS '{comment}'"

#: Bulk writes scan a pandas DataFrame passed as `$frame`, whose columns become
#: variables. CREATE takes one label per end, so claims need one statement per
#: (type, source kind, target kind). Not COPY FROM: in LadybugDB 0.22 it writes
#: nothing to the log, so a kill before the next checkpoint loses copied claims
#: while their documents (logged) survive, and a checkpoint after a COPY into
#: non-empty relationship tables took about 50 s for 20,000 claims.
LBUG_LOAD_ACTORS = ("LOAD FROM $frame CREATE (a:{kind} {id: id, name: name, kind: kind, "
                    "aliases: aliases, country: country})")
LBUG_LOAD_DOCUMENTS = ("LOAD FROM $frame CREATE (d:Document {key: key, id: '', title: title, "
                       "date: date, outlet: outlet, claims: 0})")
#: One MATCH clause per end: the engine then looks each end up by primary key.
#: With both ends in one MATCH it hash-joined the rows against the cross product
#: of both whole node tables, a cost that grew with (actors of one kind) x
#: (actors of the other, or documents) in every statement.
LBUG_LOAD_MENTIONS = ("LOAD FROM $frame MATCH (a:{kind} {id: actor}) MATCH (d:Document {key: doc}) "
                      "CREATE (a)-[:MENTIONED_IN]->(d)")
LBUG_LOAD_CLAIMS = ("LOAD FROM $frame MATCH (s:{source} {id: source}) MATCH (t:{target} {id: target}) "
                    "CREATE (s)-[:{type} {" + ", ".join(f"{name}: {name}" for name, _ in CLAIM_PROPERTIES)
                    + "}]->(t)")
LBUG_FINISH_DOCUMENTS = "LOAD FROM $frame MATCH (d:Document {key: key}) SET d.id = id, d.claims = claims"
LBUG_ACTORS_BY_ID = ("UNWIND $ids AS i MATCH (a:{kind} {id: i}) "
                     "RETURN a.id AS id, a.aliases AS aliases, a.country AS country")
LBUG_UPDATE_ACTORS = ("UNWIND $rows AS row MATCH (a:{kind} {id: row.id}) "
                      "SET a.aliases = row.aliases, a.country = row.country")
LBUG_DELETE_ORPHANS = ("MATCH (a:{kind}) WHERE a.id IN $ids AND NOT EXISTS { MATCH (a)-[]-() } "
                       "DELETE a")

# --- Neo4j -----------------------------------------------------------------------

NEO4J_ACTOR_CONSTRAINT = "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE"
NEO4J_KIND_CONSTRAINT = "CREATE CONSTRAINT {kind}_id IF NOT EXISTS FOR (a:{kind}) REQUIRE a.id IS UNIQUE"
NEO4J_DOCUMENT_CONSTRAINT = ("CREATE CONSTRAINT document_key IF NOT EXISTS "
                             "FOR (d:Document) REQUIRE d.key IS UNIQUE")
NEO4J_CLAIM_INDEX = "CREATE INDEX {type}_claim_id IF NOT EXISTS FOR ()-[r:{type}]-() ON (r.claim_id)"
NEO4J_DOC_KEY_INDEX = "CREATE INDEX {type}_doc_key IF NOT EXISTS FOR ()-[r:{type}]-() ON (r.doc_key)"
NEO4J_AWAIT_INDEXES = "CALL db.awaitIndexes(300)"
#: Uniqueness constraints are backed by indexes of the same name, so this lists both.
NEO4J_SCHEMA_NAMES = "SHOW INDEXES YIELD name RETURN name"

NEO4J_MERGE_ACTORS = (
    "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) "
    "ON CREATE SET a:{kind}, a.name = row.name, a.kind = row.kind, a.aliases = row.aliases, "
    "a.country = row.country "
    "ON MATCH SET a.aliases = coalesce(a.aliases, []) + "
    "[x IN row.aliases WHERE NOT x IN coalesce(a.aliases, [])], "
    "a.country = CASE WHEN a.country = '' THEN row.country ELSE a.country END")
#: Batched writes send rows as lists, not maps: the driver packs every map key
#: of every row, which doubled the client's time. Positions follow `DOCUMENT_FIELDS`
#: and `CLAIM_FIELDS`; mentions and claims come grouped by document, so a
#: document's key and content id travel once. A Neo4j batch is one transaction,
#: so documents are written complete in one statement.
DOCUMENT_FIELDS = ("key", "id", "title", "date", "outlet", "claims")
CLAIM_FIELDS = ("source", "target") + tuple(n for n, _ in CLAIM_PROPERTIES if n not in ("doc_id", "doc_key"))
NEO4J_DOCUMENTS = ("UNWIND $rows AS row MERGE (d:Document {key: row[0]}) "
                   "SET d.id = row[1], d.title = row[2], d.date = row[3], d.outlet = row[4], d.claims = row[5]")
#: `$docs`: [key, [actor id, ...]] per document.
NEO4J_MENTIONS = ("UNWIND $docs AS doc MATCH (d:Document {key: doc[0]}) UNWIND doc[1] AS actor "
                  "MATCH (a:Actor {id: actor}) CREATE (a)-[:MENTIONED_IN]->(d)")
#: `$docs`: [key, content id, [claim as CLAIM_FIELDS, ...]] per document. The
#: claims are new (their document was not stored, or its old claims were just
#: deleted), so CREATE, and the ends are found through the `:Actor(id)` constraint.
NEO4J_CREATE_CLAIMS = (
    "UNWIND $docs AS doc UNWIND doc[2] AS c MATCH (s:Actor {id: c[0]}) MATCH (t:Actor {id: c[1]}) "
    "CREATE (s)-[:{type} {" + ", ".join(
        f"{name}: " + ({"doc_key": "doc[0]", "doc_id": "doc[1]"}.get(name) or f"c[{CLAIM_FIELDS.index(name)}]")
        for name, _ in CLAIM_PROPERTIES) + "}]->(t)")
NEO4J_DELETE_ORPHANS = ("MATCH (a:Actor) WHERE a.id IN $ids AND NOT EXISTS { MATCH (a)-[]-() } "
                        "DELETE a")

#: The benchmark's baseline: one statement per actor and per claim.
NEO4J_NAIVE_ACTOR = (
    "MERGE (a:Actor {id: $id}) ON CREATE SET a:{kind}, a.name = $name, a.kind = $kind, "
    "a.aliases = $aliases, a.country = $country "
    "ON MATCH SET a.aliases = a.aliases + [x IN $aliases WHERE NOT x IN a.aliases] "
    "MERGE (d:Document {key: $doc}) MERGE (a)-[:MENTIONED_IN]->(d)")
NEO4J_NAIVE_CLAIM = ("MATCH (s:Actor {id: $source}) MATCH (t:Actor {id: $target}) "
                     "MERGE (s)-[r:{type} {claim_id: $claim_id, doc_key: $doc_key}]->(t) SET r += $props")
NEO4J_NAIVE_DOCUMENT = ("MERGE (d:Document {key: $key}) SET d.id = $id, d.title = $title, "
                        "d.date = $date, d.outlet = $outlet, d.claims = $claims")

_PLACEHOLDER = re.compile(r"\{(kind|source|target|type)\}")

__all__ = sorted(name for name in globals() if name.isupper() and not name.startswith("_")) + ["render", "schema_comment"]


def render(template: str, ontology: Ontology, **labels: str) -> str:
    """Fill a template's label placeholders, each checked against the ontology.

    `kind`, `source` and `target` must be actor kinds, `type` a relation type.

    >>> from graph.ontology import Ontology
    >>> render(COUNT_CLAIMS, Ontology.load(), type="SELLS_TO")
    'MATCH ()-[r:SELLS_TO]->() RETURN count(r) AS n'
    >>> render(COUNT_KIND, Ontology.load(), kind="x) DETACH DELETE (y")
    Traceback (most recent call last):
    ...
    graph.ontology.OntologyError: 'x) DETACH DELETE (y' is neither an actor kind nor a relation type
    """
    for slot, label in labels.items():
        ontology.check_label(label)
        wanted = ontology.relations if slot == "type" else ontology.kinds
        if label not in wanted:
            raise OntologyError(f"{label!r} is not {'a relation type' if slot == 'type' else 'an actor kind'}")
    needed = set(_PLACEHOLDER.findall(template))
    if needed != set(labels):
        raise ValueError(f"template needs {sorted(needed)}, got {sorted(labels)}")
    return _PLACEHOLDER.sub(lambda m: labels[m.group(1)], template)


def schema_comment(fingerprint: str) -> tuple[str, str]:
    """The comment that marks the embedded schema, and the statement that writes it.

    >>> schema_comment("0a1b")[1]
    "COMMENT ON TABLE Document IS 'actorgraph schema 1 ontology 0a1b'"
    """
    if not re.fullmatch(r"[0-9a-f]+", fingerprint):
        raise ValueError(f"fingerprint {fingerprint!r} must be hex digits")
    comment = f"actorgraph schema {SCHEMA_VERSION} ontology {fingerprint}"
    return comment, LBUG_SET_VERSION.replace("{comment}", comment)
