"""How the relation rules find a trigger's ends where the clause parse alone does not: the body a
participle describes, a list that an apposition interrupts, the place of a ", where" clause, the body an
apposition names, and whether a bare verb form is a noun.

`loaders.relations` calls these with a `ParsedSentence` (`loaders.ends`).
"""

from __future__ import annotations

from loaders.clauses import BE, NOUN_DETERMINERS, PREPOSITIONS
from loaders.ends import ParsedSentence
from loaders.spans import Mention

__all__ = ["apposed", "described", "listed_before", "noun_before", "where_place"]

#: Words after which a bare verb form is a noun: "over land reclamation", "the mine in".
NOUN_BEFORE = (NOUN_DETERMINERS | PREPOSITIONS) - {"to"}
#: Words a bare verb form follows as a verb: modals, pronouns, conjunctions and adverbs ("they operate", "will station").
BARE_VERB_BEFORE = frozenset(
    "to and or but nor not never also still now already often will would can could may might must shall should do did "
    "cannot had have having be been being i we you they who which that then even just only both all each together "
    "further again once soon first later jointly".split())
#: Words between a body and the participle that describes it: "X is now registered in Y".
DESCRIBED_ADVERBS = frozenset("also now still legally officially formally nominally reportedly".split())


def described(s: ParsedSentence, t_start: int, t_end: int, kinds: tuple[str, ...]) -> list[Mention]:
    """The body a participle describes: "X, a firm registered in Y" is X; in "blacklisted two firms
    registered in Y, A and B" the firms are named after the place, and the subject is no firm."""
    near = s.nearest_before(t_start, kinds)
    if near is not None:
        between = s.lower[s.span[s._k(near)][1]:t_start]
        if between[:1] == [")"]:
            between = between[1:]  # "Siam Components (SPC), based in ..."
        if not between or between[0] == "," or all(w in BE or w in DESCRIBED_ADVERBS for w in between):
            return [near]
    place = s.after(t_end, "in")
    if place is None:
        return []
    k = s._k(place)
    _, j = s.span[k]
    if k + 1 < len(s.mentions) and j < len(s.lower) and s.lower[j] == "," and s.span[k + 1][0] == j + 1 \
            and s.mentions[k + 1].kind in kinds and not s.mentions[k + 1].attached:
        return s.coordinated(s.mentions[k + 1], kinds)
    return []


def listed_before(s: ParsedSentence, m: Mention) -> list[Mention]:
    """"A, a subsidiary of B, and C won": the body listed before an apposition and ", and" (A)."""
    i = s.span[s._k(m)][0]
    if i < 3 or s.lower[i - 1] != "and" or s.lower[i - 2] != ",":
        return []
    for k in range(s._k(m) - 1, -1, -1):
        a = s.mentions[k]
        _, j = s.span[k]
        if j + 1 < i - 2 and s.lower[j] == "," and s.lower[j + 1] in ("a", "an", "the") and "," not in s.lower[j + 1:i - 2] \
                and a.kind == m.kind and not a.attached and s.marker[k] is None:
            return [a]
    return []


def noun_before(s: ParsedSentence, t_start: int, compounds: bool) -> bool:
    """Whether a bare verb form at `t_start` is a noun; `compounds`: also after a singular noun ("power station")."""
    prev = s.lower[t_start - 1]
    if prev in NOUN_BEFORE:
        return True
    if not compounds:
        return False
    word = s.tokens[t_start - 1][0]
    if any(a <= t_start - 1 < b for a, b in s.span):
        return False  # "Russia and China deploy": a name is a subject
    return word.isalpha() and word.islower() and not prev.endswith(("s", "ly")) and prev not in BARE_VERB_BEFORE


def apposed(s: ParsedSentence, t_start: int) -> Mention | None:
    """"Andes Gas, the operator of ...", "X, a leading supplier of ...": the body an apposition describes."""
    j = t_start - 1
    while j > 0 and t_start - j <= 3 and s.lower[j] not in ("the", "a", "an") and s.tokens[j][0].islower() \
            and s.lower[j].replace("-", "").isalpha():
        j -= 1
    if j < 2 or s.lower[j] not in ("the", "a", "an") or s.lower[j - 1] != ",":
        return None
    return next((m for k, m in enumerate(s.mentions) if s.span[k][1] == j - 1 and not m.attached), None)


def where_place(s: ParsedSentence, t_start: int) -> Mention | None:
    """"Israel, where Chevron operates a field": the place a ", where" clause is about."""
    w = next((i for i in range(t_start - 1, max(-1, t_start - 9), -1) if s.lower[i] == "where"), None)
    if w is None or w < 2 or s.lower[w - 1] != "," or s.clause[w] != s.clause[t_start]:
        return None
    return next((m for k, m in enumerate(s.mentions) if s.span[k][1] == w - 1 and not m.attached), None)
