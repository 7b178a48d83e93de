"""An agent carried past its sentence: "Australia sanctioned four officers. The officers are A and B."

A story often states the act on a group it describes ("four military officers", "a railway dispatcher")
and names the people in the next sentence, or says of one more "X was also blacklisted" without saying
by whom. For the types that allow it (`carry_agent` in relations.yaml), the agent of the type's last
trigger stays on hand for a couple of sentences.

>>> OPENING.match("The officers are General A and Colonel B.").group("head")
'officers'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.spans import Mention

__all__ = ["CARRY_SENTENCES", "Carried", "OPENING", "named_group", "sentence_words"]

#: How many sentences on the agent of a trigger still counts.
CARRY_SENTENCES = 3
#: "The officers are ...", "The company, X, ...", "The companies - A, B and C - ...", "The measures target ...".
OPENING = re.compile(r"^(?:The|These|Those)\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z]+)\s*(?:(?P<mark>[,:\-–—])|"
                     r"(?P<verb>are|is|were|was|include|includes|included|cover|covers|covered|target|targets|"
                     r"targeted|name|names|named|hit|hits)\b)")
#: "One of them, X, ...": one of the people just described.
SOME_OF_THEM = re.compile(r"^(?:One|Two|Three|Four|Five|Six|Some|Several|Another|Both) of (?:them|those|these)\s*(?P<mark>,)")
#: Heads that stand for whatever group the last sentence described.
GENERIC_HEADS = frozenset("man woman men women suspect suspects measures sanctions designations listings penalties "
                          "restrictions".split())
PEOPLE_HEADS = frozenset("man woman men women suspect suspects officers officer commanders commander generals general "
                         "officials official people individuals nationals national citizens citizen executives "
                         "directors director leaders leader businessmen businessman".split())
BODY_HEADS = frozenset("company companies firm firms bank banks shipper shippers entities entity operators operator "
                       "refiners refiner refinery refineries traders trader groups".split())
WORD = re.compile(r"[a-z]+")
PREPOSITIONS = frozenset("by with from to for of in at on against over under after before".split())


@dataclass(frozen=True, slots=True)
class Carried:
    """The agent of a type's last trigger, the words of its sentence, and how that sentence put it."""

    sentence: int
    sources: tuple[Mention, ...]
    words: frozenset[str]
    modality: str


def named_group(text: str, start: int, inside: list[Mention], carried: Carried, kinds: tuple[str, ...]) -> list[Mention]:
    """The actors a sentence opening "The officers are ..." or "One of them, X," names for the group
    the carried trigger's sentence described; `start` is the sentence's offset in the document."""
    match = OPENING.match(text) or SOME_OF_THEM.match(text)
    if match is None:
        return []
    head = match.groupdict().get("head")
    if head is not None:
        if head not in carried.words and head.rstrip("s") not in carried.words and head + "s" not in carried.words \
                and head not in GENERIC_HEADS:
            return []
        if head in PEOPLE_HEADS:
            kinds = tuple(k for k in kinds if k == "Person")
        elif head in BODY_HEADS:
            kinds = tuple(k for k in kinds if k in ("Company", "Organization"))
    mark = match.group("mark")
    if mark == ",":  # an apposition: up to its closing comma
        stop = text.find(",", match.end())
    elif mark in ("-", "–", "—"):  # a list between dashes, not up to an "Emirati-registered" inside it
        stop = text.find(" " + mark, match.end())
    else:
        stop = min((i for i in (text.find(";", match.end()), text.find(", which", match.end()),
                                text.find(", who", match.end())) if i >= 0), default=-1)
    stop = len(text) if stop < 0 else stop
    lo, hi = start + match.end(), start + stop
    named = [m for m in inside if lo <= m.start < hi and m.kind in kinds and not m.attached and not m.possessive]
    if not named or len(text[match.end():named[0].start - start].split()) > 5:
        return []  # "The ban was welcomed by Ukraine" names no member of the group
    return [m for m in named if not _after_preposition(text[:m.start - start])]


def _after_preposition(before: str) -> bool:
    """Whether the text before a mention ends in a preposition ("... a blockade by Turkey")."""
    words = WORD.findall(before[-12:].lower())
    return bool(words) and words[-1] in PREPOSITIONS


def sentence_words(text: str) -> frozenset[str]:
    """The lower-case words of a sentence, for matching the head of a later "The officers are"."""
    return frozenset(WORD.findall(text.lower()))
