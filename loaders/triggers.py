"""Trigger words as they stand in text: the inflected forms of a verb ("sell", "sells", "selling",
"sold") and one pattern for the cue words of a relation type ("air defence", "air-defence").
"""

from __future__ import annotations

import re

__all__ = ["DOUBLE_FINAL", "IRREGULAR"]

IRREGULAR = {"sell": ("sold",), "come": ("came",), "buy": ("bought",), "send": ("sent",), "meet": ("met",), "hold": ("held",),
             "fly": ("flew", "flown"), "get": ("got", "gotten"), "make": ("made",), "spy": ("spied",),
             "lead": ("led",), "give": ("gave", "given"), "seek": ("sought",), "withdraw": ("withdrew", "withdrawn"),
             "steal": ("stole", "stolen"), "shut": ("shut",), "forbid": ("forbade", "forbidden"), "freeze": ("froze", "frozen"),
             "run": ("ran",), "go": ("went", "gone")}
DOUBLE_FINAL = frozenset("ship slam transfer equip surveil plan ban bar run".split())


def _cue_regex(words: tuple[str, ...], patterns: tuple[str, ...]) -> re.Pattern:
    # "air defence", "air-defence": a space in a cue matches a hyphen too
    alternatives = ["(?i:" + "|".join(re.escape(c).replace(r"\ ", r"[\s-]") for c in sorted(words, key=len, reverse=True))
                    + ")"] + list(patterns)
    return re.compile(r"(?<![\w-])(" + "|".join(alternatives) + r")(?![\w-])")


def _forms(word: str, pos: str) -> list[tuple[str, bool]]:
    """Inflected forms of a trigger word, each with whether it can be a past participle."""
    if pos != "verb":
        return [(word, False)]
    head, _, rest = word.partition(" ")
    rest = f" {rest}" if rest else ""
    out = [(head, False), (_third(head), False), (_ing(head), False)]
    past = IRREGULAR.get(head) or (_past(head),)
    out.extend((p, True) for p in past)
    if re.search(r"[^aeiou][aeiou]l$", head):  # British "travelled", "labelling"
        out.extend([(head + "led", True), (head + "ling", False)])
    return [(f + rest, participle) for f, participle in out]


def _third(v: str) -> str:
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ies"
    if re.search(r"(s|sh|ch|x|z|o)$", v):
        return v + "es"
    return v + "s"


def _past(v: str) -> str:
    if v.endswith("e"):
        return v + "d"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ied"
    if v in DOUBLE_FINAL:
        return v + v[-1] + "ed"
    return v + "ed"


def _ing(v: str) -> str:
    if v.endswith("e") and not v.endswith("ee"):
        return v[:-1] + "ing"
    if v in DOUBLE_FINAL:
        return v + v[-1] + "ing"
    return v + "ing"
