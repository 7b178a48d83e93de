"""Trigger words as they stand in text: the inflected forms of a verb ("sell", "sells", "selling",
"sold") and one pattern for the cue words of a relation type ("air defence", "air-defence").
`TriggerReader`, mixed into `RelationExtractor` (`loaders.relations`), finds the trigger words of a
document and says which of a word's rules apply where: the cued type whose cue is nearest, else the
document's topic, and none when the goods named are neither ("the largest supplier of rice").

>>> _forms("sell", "verb")
[('sell', False), ('sells', False), ('selling', False), ('sold', True)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.ontology import Trigger
from loaders.ends import ParsedSentence

__all__ = ["DOUBLE_FINAL", "IRREGULAR", "TriggerReader"]

IRREGULAR = {"sell": ("sold",), "come": ("came",), "buy": ("bought",), "send": ("sent",), "meet": ("met",), "hold": ("held",),
             "fly": ("flew", "flown"), "get": ("got", "gotten"), "make": ("made",), "spy": ("spied",),
             "lead": ("led",), "give": ("gave", "given"), "seek": ("sought",), "withdraw": ("withdrew", "withdrawn"),
             "steal": ("stole", "stolen"), "shut": ("shut",), "forbid": ("forbade", "forbidden"), "freeze": ("froze", "frozen"),
             "run": ("ran",), "go": ("went", "gone"), "take": ("took", "taken"), "break": ("broke", "broken"),
             "cut": ("cut",), "bring": ("brought",), "catch": ("caught",)}
DOUBLE_FINAL = frozenset("ship slam transfer equip surveil plan ban bar run get cut nab".split())
#: The goods a trade word names: "the largest supplier of rice", "delivered three tonnes of cocoa".
NAMED_GOODS = re.compile(r"\s+(?:(?:\d[\d,.]*|a|an|two|three|four|five|six|several|more)\s+(?:[a-z][\w-]*\s+){0,2}?)?"
                         r"of\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z][\w-]*")
#: The goods named after "of", up to their head noun and before the next preposition: "at least nine cargoes of Russian Urals crude".
GOODS_PHRASE = re.compile(r"[^\s,.;:]+(?:\s+(?!(?:to|from|for|in|by|with|under|on|and|or)\b)[^\s,.;:]+){0,7}")
#: A document is about one cued type when its cues occur this often, and this many times more than another's.
TOPIC_MIN_CUES = 3
TOPIC_MARGIN = 2
#: Verbs that carry an act named by a noun: "accused X of being behind a hacking campaign", "of conducting espionage".
LIGHT_ACTS = frozenset("being conducting carrying running orchestrating launching staging mounting organising organizing "
                       "directing sponsoring".split())


@dataclass(frozen=True, slots=True)
class _Rule:
    """One trigger of a relation type, with its index among the type's triggers (named in the claim's rule)."""

    type: str
    trigger: Trigger
    index: int


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


class TriggerReader:
    """The part of `RelationExtractor` that finds trigger words and chooses their rules."""

    def _trigger_hits(self, text: str) -> list[tuple[int, int, str]]:
        """Every trigger word in the text, leftmost-longest, as (start, end, form)."""
        lower = text.lower()
        hits = []
        for end, form in self._trigger_automaton.iter(lower):
            start = end - len(form) + 1
            if (start > 0 and (lower[start - 1].isalnum() or lower[start - 1] in "-_")) or \
                    (end + 1 < len(lower) and (lower[end + 1].isalnum() or lower[end + 1] in "-_")):
                continue
            hits.append((start, end + 1, form))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[tuple[int, int, str]] = []
        for hit in hits:
            if out and hit[0] < out[-1][1]:
                continue
            out.append(hit)
        return out

    def _topic(self, text: str) -> str:
        """The cued type whose cue words dominate the document ("jets", "howitzers": arms), or ""."""
        counts = sorted(((sum(1 for _ in cue_re.finditer(text)), name) for name, cue_re in self._cue_re.items()
                         if name in self._trade_types), reverse=True)  # titles do not make a story about arms or energy
        if not counts or counts[0][0] < TOPIC_MIN_CUES:
            return ""
        if len(counts) > 1 and counts[0][0] < TOPIC_MARGIN * counts[1][0]:
            return ""
        return counts[0][1]

    def _choose(self, span: tuple[int, int], s: "ParsedSentence", candidates: list[tuple[_Rule, bool]],
                form: str = "") -> list[tuple[_Rule, bool]]:
        """Keep the rules whose cue is nearest; rules of types without cues always stay."""
        free = [(r, p) for r, p in candidates if r.type not in self._cue_re]
        cued = [(r, p) for r, p in candidates if r.type in self._cue_re]
        if not cued:
            return free
        goods = NAMED_GOODS.match(s.text, span[1])
        if goods:
            # the goods' words up to the head noun: "a second batch of armed CH-92A drones"
            head = goods.end() - len(goods.group(0).split()[-1])
            phrase = GOODS_PHRASE.match(s.text, head)
            if not any(cue_re.search(s.text, head, phrase.end()) for cue_re in self._cue_re.values()):
                return free  # "the largest supplier of rice": the goods are named, and they are neither arms nor energy
        lo, hi = 0, len(s.text)
        distance: dict[str, int] = {}
        for rule, _ in cued:
            if rule.type in distance:
                continue
            best = None
            for cue in self._cue_re[rule.type].finditer(s.text, lo, hi):
                d = min(abs(cue.start() - span[1]), abs(span[0] - cue.end()))
                best = d if best is None else min(best, d)
            if best is not None:
                distance[rule.type] = best
        if not distance:
            # no cue in the sentence: "Dassault sold 24 Rafales to Egypt" in an article about jets
            if form not in self._trade_forms or NAMED_GOODS.match(s.text, span[1]):
                return free  # "the largest supplier of rice": goods named, and not arms or energy
            topic = s.topic()
            return free + [(r, p) for r, p in cued if r.type == topic]
        nearest = min(distance.values())
        return free + [(r, p) for r, p in cued if distance.get(r.type) == nearest]

    def _charged_with_typed(self, s: "ParsedSentence", t_end: int, type_name: str) -> bool:
        """Whether the act after "of"/"for" ("accused X of supplying Y") is a trigger verb of another type."""
        at = next((i for i in range(t_end, min(len(s.lower), t_end + 10)) if s.lower[i] in ("of", "for")), None)
        if at is None:
            return False
        k = next((i for i in range(at + 1, min(len(s.lower), at + 4)) if s.lower[i].endswith("ing")), None)  # past a quote
        if k is not None and s.lower[k + 1:k + 2] in (["himself"], ["herself"], ["itself"], ["themselves"]):
            return False  # "accused Kurti of arming himself": no one else is armed, the accusation is hostility
        if k is not None and s.lower[k] not in LIGHT_ACTS:
            # a cued type's act only with one of its cues in the sentence: "accused Namibia of selling its vote" is no sale
            return any(r.type != type_name and r.trigger.pos == "verb"
                       and (r.type not in self._cue_re or self._cue_re[r.type].search(s.text) is not None)
                       for r, _ in self._forms.get(s.lower[k], ()))
        # "blamed China for the hack", "of being behind a cyber campaign": the act is a noun
        words = []
        for w in s.lower[(k if k is not None else at) + 1:at + 10]:
            if w in (",", ";", ".", "and", "that", "which"):
                break
            words.append(w)
        forms = words + [a + " " + b for a, b in zip(words, words[1:])]
        return any(r.type != type_name and r.trigger.pos != "verb" for f in forms for r, _ in self._forms.get(f, ()))

    def _lacks_required(self, trig: Trigger, s: "ParsedSentence", t_start: int, t_end: int) -> bool:
        """Whether a trigger that states its type only beside certain words (`requires`) has none near it."""
        # "the sanctions that ECOWAS imposed on Niger": "imposed" states a sanction only beside one; with
        # `requires_within`, only near: "accused of photographing a base", not "X, who photographed the parade,
        # said police detained two"
        lo, hi = 0, len(s.lower)
        if trig.requires_within:  # near, and in the same stretch between commas
            lo = max([0, t_start - trig.requires_within] + [i + 1 for i in range(lo, t_start) if s.lower[i] == ","])
            hi = min([t_end + trig.requires_within] + [i for i in range(t_end, min(hi, t_end + trig.requires_within)) if s.lower[i] == ","])
        return not any(w in trig.requires for w in s.lower[lo:hi]) and not (
            "intelligence" in trig.requires and self._names_service(s, t_start, t_end, hi))
