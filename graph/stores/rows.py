"""Turn extractions into the parameter rows that the stores' UNWIND statements take.

Both stores and `graphdata.from_extractions` go through `plan`, so what is
checked, merged and rejected is decided in one place.

>>> from graph.model import Actor, Document, Extraction
>>> doc = Document(key="a.txt", id="c0ffee", text="Atlantis met Lemuria.")
>>> e = Extraction(doc, (Actor("state:atlantis", "Atlantis", "State"),), ())
>>> p = plan([e], Ontology.load())
>>> p.actors["State"][0]["id"], p.documents[0]["claims"]
('state:atlantis', 0)
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from graph.model import Extraction
from graph.ontology import Ontology

__all__ = ["Plan", "batches", "claim_row", "plan", "union"]

#: Upper bounds of one write transaction.
BATCH_DOCUMENTS = 200
BATCH_CLAIMS = 5000


@dataclass(slots=True)
class Plan:
    """The rows of one batch, grouped the way the stores write them."""

    documents: list[dict] = field(default_factory=list)
    actors: dict[str, list[dict]] = field(default_factory=dict)           # kind -> rows
    mentions: dict[str, list[dict]] = field(default_factory=dict)         # kind -> rows
    claims: dict[tuple[str, str, str], list[dict]] = field(default_factory=dict)  # (type, kind, kind)
    rejected: list[str] = field(default_factory=list)

    @property
    def claim_count(self) -> int:
        return sum(len(rows) for rows in self.claims.values())

    def claims_by_type(self) -> dict[str, list[dict]]:
        """Claim rows grouped by relation type only (Neo4j needs no kinds)."""
        out: dict[str, list[dict]] = defaultdict(list)
        for (type_, _, _), rows in self.claims.items():
            out[type_].extend(rows)
        return dict(out)


def union(first: Iterable[str], second: Iterable[str]) -> list[str]:
    """Aliases of both, in order of first appearance, without duplicates.

    >>> union(["Chile", "Chilean"], ["Santiago", "Chile"])
    ['Chile', 'Chilean', 'Santiago']
    """
    return list(dict.fromkeys([*first, *second]))


def batches(extractions: Iterable[Extraction], max_documents: int = BATCH_DOCUMENTS,
            max_claims: int = BATCH_CLAIMS) -> Iterator[list[Extraction]]:
    """Cut a stream of extractions into write batches.

    A batch ends at `max_documents` documents or `max_claims` claims, and
    before a key already in it, so a later version of a document replaces the
    earlier one instead of colliding with it.

    >>> [len(b) for b in batches([], 2)]
    []
    """
    batch: list[Extraction] = []
    keys: set[str] = set()
    claims = 0
    for extraction in extractions:
        key = extraction.document.key
        if batch and (key in keys or len(batch) >= max_documents
                      or claims + len(extraction.claims) > max_claims):
            yield batch
            batch, keys, claims = [], set(), 0
        batch.append(extraction)
        keys.add(key)
        claims += len(extraction.claims)
    if batch:
        yield batch


def claim_row(claim, doc_key: str, doc_id: str) -> dict:
    """The stored properties of one claim plus its ends (`source`, `target`)."""
    return {
        "source": claim.source, "target": claim.target,
        "claim_id": claim.id, "doc_id": doc_id, "doc_key": doc_key, "sentence": claim.sentence,
        "source_start": int(claim.source_span[0]), "source_end": int(claim.source_span[1]),
        "target_start": int(claim.target_span[0]), "target_end": int(claim.target_span[1]),
        "modality": claim.modality, "rule": claim.rule, "amount": claim.amount,
        "items": list(claim.items), "date": claim.date, "role": claim.role,
    }


def plan(extractions: Iterable[Extraction], ontology: Ontology) -> Plan:
    """Check and group the actors, mentions and claims of some documents.

    Actors seen in several documents become one row with their aliases united.
    A claim is rejected (and listed in `Plan.rejected`) when an end is not one
    of its document's actors or its relation type does not allow their kinds.
    Claims keep the key and content id of the document they came in.
    """
    out = Plan()
    actors: dict[str, dict] = {}
    known_aliases: dict[str, set[str]] = {}  # per actor, to unite aliases without rebuilding lists
    claims: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    mentions: dict[str, list[dict]] = defaultdict(list)
    for extraction in extractions:
        doc = extraction.document
        kinds: dict[str, str] = {}
        for actor in extraction.actors:
            if actor.kind not in ontology.kinds:
                out.rejected.append(f"{doc.key}: actor {actor.id} has unknown kind {actor.kind!r}")
                continue
            if actor.id not in kinds:
                mentions[actor.kind].append({"actor": actor.id, "doc": doc.key})
            kinds[actor.id] = actor.kind
            row = actors.get(actor.id)
            if row is None:
                aliases = union(actor.aliases, ())
                actors[actor.id] = {"id": actor.id, "name": actor.name, "kind": actor.kind,
                                    "aliases": aliases, "country": actor.country}
                known_aliases[actor.id] = set(aliases)
            else:
                known = known_aliases[actor.id]
                for alias in actor.aliases:
                    if alias not in known:
                        known.add(alias)
                        row["aliases"].append(alias)
                row["country"] = row["country"] or actor.country
        seen: set[str] = set()
        for claim in extraction.claims:
            problem = _problem(claim, kinds, ontology)
            if problem:
                out.rejected.append(f"{doc.key}: claim {claim.id} {claim.source} -{claim.type}-> "
                                    f"{claim.target}: {problem}")
                continue
            if claim.id in seen:
                continue
            seen.add(claim.id)
            claims[(claim.type, kinds[claim.source], kinds[claim.target])].append(
                claim_row(claim, doc.key, doc.id))
        out.documents.append({"key": doc.key, "id": doc.id, "title": doc.title, "date": doc.date,
                              "outlet": doc.outlet, "claims": len(seen)})
    for row in actors.values():
        out.actors.setdefault(row["kind"], []).append(row)
    out.mentions = dict(mentions)
    out.claims = dict(claims)
    return out


def _problem(claim, kinds: dict[str, str], ontology: Ontology) -> str:
    relation = ontology.relations.get(claim.type)
    if relation is None:
        return f"unknown relation type {claim.type!r}"
    for end in (claim.source, claim.target):
        if end not in kinds:
            return f"{end} is not among the document's actors"
    if not relation.allows(kinds[claim.source], kinds[claim.target]):
        return f"{claim.type} does not allow {kinds[claim.source]} -> {kinds[claim.target]}"
    return ""
