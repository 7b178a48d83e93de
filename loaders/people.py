"""Rules about people across a sentence or two: companions who share a visit ("accompanied by
Minister Y"), photo captions ("President X with Prime Minister Y"), and the person a sentence is about
(for a later "he" or "she").

`PeopleReader` is mixed into `RelationExtractor` (`loaders.relations`), whose constructor builds the
tables these methods read.
"""

from __future__ import annotations

import re

from loaders.clauses import PREPOSITIONS, _determiner
from loaders.found import RULESET, Found, _date, _dedupe
from loaders.segment import Sentence
from loaders.spans import Mention

__all__ = ["ACCOMPANIED", "PeopleReader"]

#: "accompanied by X" (the lead before, companions after) or "X accompanied Y" (the other way round).
ACCOMPANIED = re.compile(r"\baccompan(?:ied|ies|y|ying)\b(\s+by\b)?", re.I)
#: "X with Azeri President Y": a caption's link between two people, with the second's title.
CAPTION_WITH = re.compile(r"\s+with\s+(?:[A-Z][\w'’-]*\s+){0,4}")
#: Words after which a person is no subject: "met X", "talks with X", "which X called".
SUBJECT_BLOCKERS = PREPOSITIONS | frozenset("and or which that who whom met".split())


class PeopleReader:
    """The part of `RelationExtractor` that reads people across sentences."""

    def _caption(self, sentence: Sentence, mentions: list[Mention], doc_date: str) -> list[Found]:
        """A photo caption with no verb, "President X with Prime Minister Y in Baku, 2016": the two met."""
        people = [m for m in mentions if m.kind == "Person"]
        if len(people) != 2 or any(w.lower() in self._verb_forms or w.lower() in self._speech
                                   for w in re.findall(r"[A-Za-z]+", sentence.text)):
            return []
        first, second = people
        gap = sentence.text[first.end - sentence.start:second.start - sentence.start]
        if not CAPTION_WITH.fullmatch(gap) or sentence.text[:first.start - sentence.start].strip(" ,").count(" ") > 4:
            return []
        return [Found(self._caption_type, first, second, sentence, "asserted", f"{RULESET}/{self._caption_type}.caption",
                      date=_date(sentence.text) or doc_date)]

    def _companions(self, sentence: Sentence, mentions: list[Mention], found: list[Found]) -> list[Found]:
        """"X arrived in Lima, accompanied by Minister Y", "Y had accompanied the prime minister": the companion
        shares the lead's travel, stated in this sentence or the last one that states it."""
        match = ACCOMPANIED.search(sentence.text)
        at, after = sentence.start + match.start(), sentence.start + match.end()
        people = [m for m in mentions if m.kind == "Person" and not _determiner(m)]
        before = [m for m in people if m.end <= at]
        later = [m for m in people if m.start >= after]
        if match.group(1) or match.group(0).lower().startswith("accompanying"):
            lead, companions = (before[:1], later) if before else ([], [])
        else:
            lead, companions = later[:1], before[-1:]
        if not lead or not companions:
            return []
        claims = [f for f in found if f.type in self._shared and f.source.key == lead[0].key]
        if not claims:
            return []
        last = claims[-1].sentence.start
        out = []
        for claim in (f for f in claims if f.sentence.start == last):
            for person in companions:
                if person.key == lead[0].key or person.key == claim.target.key:
                    continue
                modality = "reported" if self._modality_re["reported"].search(sentence.text, 0, match.start()) else claim.modality
                out.append(Found(claim.type, person, claim.target, sentence, modality, f"{RULESET}/{claim.type}.companion",
                                 date=claim.date))
        return _dedupe(out)

    def _subject_person(self, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
        """The person a sentence is about: its first person not introduced by a preposition or a verb
        ("In Madrid, the crown prince was received by ...": the crown prince)."""
        for m in mentions:
            if m.kind != "Person" or _determiner(m):
                continue
            words = [w for w in re.findall(r"[A-Za-z]+", sentence.text[:m.start - sentence.start]) if w.islower()]
            last = words[-1] if words else ""
            if last in SUBJECT_BLOCKERS or last in self._verb_forms or last in self._speech:
                return None
            return m
        return None
