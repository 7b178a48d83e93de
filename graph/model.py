"""The values that flow from the loaders into the stores.

Every value is a frozen dataclass so that pipeline stages can pass them along
without copying and a store can trust what it receives.

>>> a = Actor(id="state:chile", name="Chile", kind="State")
>>> a.id
'state:chile'
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

__all__ = ["Actor", "Claim", "Document", "Extraction", "MODALITIES", "claim_id", "content_id"]

#: Modalities ordered from strongest to weakest commitment of the writer.
MODALITIES = ("asserted", "reported", "alleged", "denied")


def content_id(text: str) -> str:
    """Stable id of a document's text: the first 16 hex digits of its SHA-256.

    >>> content_id("abc")
    'ba7816bf8f01cfea'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def claim_id(doc_id: str, type_: str, source: str, target: str, start: int, end: int) -> str:
    """Stable id of one claim: the same sentence of the same document gives the same id."""
    key = f"{doc_id}|{type_}|{source}|{target}|{start}|{end}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Document:
    """One source document.

    `key` identifies the source (a file path, or `path#N` for the N-th record of
    a JSON lines file) and stays the same when the content changes; `id` is the
    content hash, so a changed file is a new document at the same key.
    """

    key: str
    id: str
    text: str = field(repr=False)
    title: str = ""
    date: str = ""
    outlet: str = ""


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: one per real entity, with every name it was seen under."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    country: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    """One piece of evidence for one typed, directed relation.

    Offsets are character offsets into the document text; `sentence` is the
    text of the sentence that states the relation.
    """

    id: str
    type: str
    source: str
    target: str
    doc_id: str
    doc_key: str
    sentence: str
    source_span: tuple[int, int]
    target_span: tuple[int, int]
    modality: str
    rule: str
    amount: str = ""
    items: tuple[str, ...] = ()
    date: str = ""
    role: str = ""


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the loaders found in one document: the actors it names and its claims."""

    document: Document
    actors: tuple[Actor, ...]
    claims: tuple[Claim, ...]
