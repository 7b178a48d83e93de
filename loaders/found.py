"""What the relation rules find: one relation in a sentence before actor ids are final, and the
rule set's name recorded on every claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.segment import Sentence
from loaders.spans import Mention

__all__ = ["RULESET", "Found"]

RULESET = "rules.v1"
YEAR = re.compile(r"\b(1[89]\d\d|20[0-4]\d)\b")


@dataclass(frozen=True, slots=True)
class Found:
    """One relation found in a sentence, before actor ids are final."""

    type: str
    source: Mention
    target: Mention
    sentence: Sentence
    modality: str
    rule: str
    amount: str = ""
    items: tuple[str, ...] = ()
    date: str = ""
    role: str = ""
    fallback: bool = False


def _date(text: str) -> str:
    match = YEAR.search(text)
    return match.group(1) if match else ""


def _dedupe(found: list[Found]) -> list[Found]:
    seen = set()
    out = []
    for f in found:
        key = (f.type, f.source.key, f.target.key, f.sentence.start)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
