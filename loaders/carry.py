"""An agent carried past its sentence: "Australia sanctioned four officers. The officers are A and B."

A story often states the act on a group it describes ("four military officers", "a railway dispatcher")
and names the people in the next sentence, or says of one more "X was also blacklisted" without saying
by whom. For the types that allow it (`carry_agent` in relations.yaml), the agent of the type's last
trigger stays on hand for a couple of sentences. `CarryReader`, mixed into `RelationExtractor`
(`loaders.relations`), keeps those agents and makes the claims, and carries a trade's parties over to a
later passive that leaves one unnamed ("Bahrain agreed to buy NASAMS. The launchers will be delivered
by Kongsberg": Bahrain buys).

>>> OPENING.match("The officers are General A and Colonel B.").group("head")
'officers'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.clauses import PREPOSITIONS
from loaders.ends import ParsedSentence
from loaders.found import RULESET, Found, _date, _dedupe
from loaders.segment import Sentence
from loaders.spans import Mention

__all__ = ["CARRY_SENTENCES", "Carried", "CarryReader", "OPENING", "named_group", "sentence_words"]

#: How many sentences on the agent of a trigger still counts.
CARRY_SENTENCES = 3
#: How many sentences back a passive sale may find the party it leaves unnamed.
TRADE_CARRY_SENTENCES = 2
#: "The officers are ...", "The Frenchman, X, ...", "The company, X, ...", "The companies - A, B and C - ...", "The measures target ...".
OPENING = re.compile(r"^(?:The|These|Those)\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z]+|[A-Z][a-z]+(?:man|woman|men|women))\s*(?:(?P<mark>[,:\-–—])|"
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
    if head is not None and head[:1].isupper():
        head = "men" if head.endswith("men") else "man"  # "The Frenchman, X,": a national just described
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


class CarryReader:
    """The part of `RelationExtractor` that carries agents and trade parties past their sentence."""

    def _recent(self, type_name: str) -> bool:
        """Whether the type's carried agent was found few enough sentences back to count."""
        carried = self._carried.get(type_name)
        return carried is not None and 0 <= self._sentence_no - carried.sentence <= CARRY_SENTENCES

    def _carry(self, type_name: str, sources: list[Mention], s: "ParsedSentence", t_start: int) -> None:
        """Keep the agent of this trigger for the next sentences, with how its sentence states the act."""
        self._facts(s)
        trigger_char = s.tokens[t_start][1] - s.sentence.start
        self._carried[type_name] = Carried(self._sentence_no, tuple(sources), sentence_words(s.text),
                                           self._modality(s.text, trigger_char, s, sources[0]))

    def _named_group(self, sentence: Sentence, inside: list[Mention], doc_date: str) -> list[Found]:
        """"Australia sanctioned four officers. The officers are A, B and C.": the officers named."""
        out = []
        for type_name, carried in self._carried.items():
            if not 0 < self._sentence_no - carried.sentence <= CARRY_SENTENCES:
                continue
            rel = self.relations[type_name]
            sources = [m for m in carried.sources if m.kind in rel.source]
            if rel.propagate and "source" in rel.propagate:
                sources += [q for q in map(self._qualifier, sources) if q is not None]
            for target in named_group(sentence.text, sentence.start, inside, carried, rel.target):
                out.extend(Found(type=type_name, source=source, target=target, sentence=sentence, modality=carried.modality,
                                 rule=f"{RULESET}/{type_name}.carried", date=_date(sentence.text) or doc_date)
                           for source in sources if source.key != target.key)
        return _dedupe(out)

    def _carry_over(self, type_name: str, ends: dict[str, list[Mention]], passive: bool, s: "ParsedSentence",
                    t_start: int, rel) -> None:
        """A passive whose subject is the goods leaves one party to the sentences before: "Bahrain agreed to buy
        NASAMS. The launchers will be delivered by Kongsberg": Bahrain buys. Ends found are remembered for this."""
        recent = self._recent_ends.setdefault(type_name, {})
        missing = [end for end in ("source", "target") if not ends[end]]
        own = [m for m in s.subject_candidates(t_start) if s.clause[s.span[s._k(m)][0]] == s.clause[t_start]]
        if passive and len(missing) == 1 and not any(m.kind in rel.source + rel.target for m in own):
            end = missing[0]
            number, found = recent.get(end, (-9, []))
            other = {m.key for m in ends["target" if end == "source" else "source"]}
            if self._sentence_no - number <= TRADE_CARRY_SENTENCES and not any(m.key in other for m in found):
                ends[end] = list(found)
        for end in ("source", "target"):
            named = [m for m in ends[end] if m.form != "qualifier"]
            number, known = recent.get(end, (-9, []))
            if named and all(m.form == "demonym" for m in named) and self._sentence_no - number <= TRADE_CARRY_SENTENCES \
                    and any(m.form != "demonym" for m in known):
                continue  # "Russian gas has flowed to ..." does not replace Gazprom, named just before, as the seller
            if named:
                recent[end] = (self._sentence_no, named)
