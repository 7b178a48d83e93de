"""The JSON lines contract of `actorgraph extract`.

Two kinds of record, one JSON object a line. Keys only ever get added.

>>> from graph.model import Actor
>>> actor_record(Actor(id="state:chile", name="Chile", kind="State", aliases=("Chilean",)))["aliases"]
['Chilean']
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graph.model import Actor, Claim, Document, Extraction

__all__ = ["actor_record", "extraction_records", "relation_record"]


def actor_record(actor: Actor) -> dict[str, Any]:
    """`{"record": "actor", "id", "name", "kind", "aliases", "country"}`."""
    return {"record": "actor", "id": actor.id, "name": actor.name, "kind": actor.kind,
            "aliases": list(actor.aliases), "country": actor.country}


def relation_record(claim: Claim, doc: Document) -> dict[str, Any]:
    """`{"record": "relation", "type", "source", "target", "doc", "evidence", "modality", ...}`.

    `doc` is the content id of the document; `doc_key` its path; the claim
    attributes (rule, amount, items, date, role, offsets) follow.
    """
    return {"record": "relation", "type": claim.type, "source": claim.source, "target": claim.target,
            "doc": claim.doc_id, "evidence": claim.sentence, "modality": claim.modality,
            "doc_key": claim.doc_key, "doc_title": doc.title, "doc_date": doc.date, "doc_outlet": doc.outlet,
            "claim": claim.id, "rule": claim.rule, "amount": claim.amount, "items": list(claim.items),
            "date": claim.date, "role": claim.role,
            "source_span": list(claim.source_span), "target_span": list(claim.target_span)}


def extraction_records(extraction: Extraction, seen: set[str] | None = None) -> Iterator[dict[str, Any]]:
    """Actor records (those not in `seen`, which is updated) then relation records of one document."""
    for actor in extraction.actors:
        if seen is None or actor.id not in seen:
            if seen is not None:
                seen.add(actor.id)
            yield actor_record(actor)
    for claim in extraction.claims:
        yield relation_record(claim, extraction.document)
