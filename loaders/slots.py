"""How the relation rules find a trigger's ends where the clause parse alone does not: the body a
participle describes, a list that an apposition interrupts, the place of a ", where" clause, the body an
apposition names, and whether a bare verb form is a noun or a participle an adjective ("the armed forces").

`SlotReader`, mixed into `RelationExtractor` (`loaders.relations`), finds the end a relation type's
slots name: the object, the mention a preposition introduces ("to Peru"), the dateline's place, a
possessor, a captor; a demonym on the goods ("Russian gas") is no buyer. `loaders.relations` calls the
functions here with a `ParsedSentence` (`loaders.ends`).

>>> from loaders.mentions import MentionFinder
>>> from loaders.segment import split_sentences
>>> text = "Chile said the armed forces bought jets."
>>> s = ParsedSentence(split_sentences(text)[0], MentionFinder.default().find(text))
>>> _attributive(s, 3, 4)
True
"""

from __future__ import annotations

import re

from loaders.clauses import BE, NOUN_DETERMINERS, OBJECT_FOLLOWERS, PREPOSITIONS
from loaders.ends import ParsedSentence
from loaders.spans import Mention

__all__ = ["SlotReader", "apposed", "described", "listed_before", "noun_before", "where_place"]

#: Words after which a bare verb form is a noun: "over land reclamation", "the mine in".
NOUN_BEFORE = (NOUN_DETERMINERS | PREPOSITIONS) - {"to"}
#: Words a bare verb form follows as a verb: modals, pronouns, conjunctions and adverbs ("they operate", "will station").
BARE_VERB_BEFORE = frozenset(
    "to and or but nor not never also still now already often will would can could may might must shall should do did "
    "cannot had have having be been being i we you they who which that then even just only both all each together "
    "further again once soon first later jointly".split())
#: Words between a body and the participle that describes it: "X is now registered in Y".
DESCRIBED_ADVERBS = frozenset("also now still legally officially formally nominally reportedly".split())
#: Prepositions whose first phrase after the trigger is its end; a later one belongs to another noun.
NEAREST_PHRASE_SLOTS = frozenset(("to",))
#: Cue words for armed forces and ministries, who buy: "sold rifles to the Indian army".
FORCE_WORDS = frozenset("force forces guard marines ministry army navy armed".split())
#: Up to two lowercase words between a demonym and the goods it names: "Russian (enriched) uranium".
GOODS_GAPS = tuple(re.compile(r"\s+" + r"[a-z][\w-]*\s+" * n) for n in range(3))


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


def _attributive(s: "ParsedSentence", t_start: int, t_end: int) -> bool:
    """A past participle standing as an adjective before its noun, after a determiner, a demonym, a
    possessive or a preposition: "the armed forces", "Nigerien armed forces", "Mali's armed forces"."""
    if t_end >= len(s.lower) or t_end - t_start != 1:
        return False
    nxt, word = s.tokens[t_end][0], s.lower[t_end]
    if not (nxt.isalpha() and nxt.islower()) or word in OBJECT_FOLLOWERS or word in NOUN_DETERMINERS or word in BE:
        return False
    if t_start == 0:
        return True
    before = s.lower[t_start - 1]
    if before in NOUN_DETERMINERS or before in PREPOSITIONS:
        return True
    return any(b == t_start and (m.form == "demonym" or m.possessive) for m, (_, b) in zip(s.mentions, s.span))


class SlotReader:
    """The part of `RelationExtractor` that finds the end a relation type's slots name."""

    def _slot(self, s: "ParsedSentence", t_end: int, slots: tuple[str, ...], kinds: tuple[str, ...], passive: bool,
              t_start: int, origin: bool = False) -> list[Mention]:
        """The actor in the first of `slots` that has one; `origin`: an object that only modifies the
        goods still names where they come from ("bought Chilean copper")."""
        for slot in slots:
            if slot == "agent":
                continue
            if slot in ("object", "with-object") and passive:
                m = next((c for c in s.subject_candidates(t_start) if c.kind in kinds), None)  # "X and Y were arrested"
                if m is None:  # "X, a firm that flew arms to Y, was also blacklisted"
                    m = s.subject_before_aside(t_start)
                if m is None:  # "run by X, a retired colonel who was detained at his home"
                    m = s.relative_antecedent(t_start)
            elif slot in ("object", "with-object"):
                m = s.after(t_end, None, origin=origin)
                if m is None and slot == "object":
                    m = s.relative_object(t_start)  # "Taiwan, which Somaliland has recognised"
                titled = s.titled_person(m) if m is not None and m.kind != "Person" else None
                if titled is not None and titled.kind in kinds:
                    m = titled  # "met the company's chief executive, X": X, not the company
            elif slot == "between":
                m = s.after(t_end, "between")
            elif slot == "envoy":
                m = s.envoy_state(t_end, self._envoys)
            elif slot == "head-of-mission":
                m = s.envoy_state(t_end, self._heads)
            elif slot == "news":
                if self._lede is not None and self._lede.kind in kinds and s.bare_act(t_end, self._news_acts):
                    return [self._lede]
                earlier = self._earlier_owner(s, t_end)
                if earlier is not None and earlier.kind in kinds:
                    return [earlier]
                continue
            elif slot == "owner":
                m = s.owner_after(t_end)
            elif slot == "owner-of":
                m = s.share_owner(t_end)
            elif slot == "predicate-object":
                m = s.predicate_object(t_end)  # "Australia's sanctions target X"
            elif slot == "home":
                # "X arrived on Tuesday" filed from the place: only when the sentence names no other place
                places = [c for c in s.mentions if c.kind in kinds and not c.attached and c.form != "qualifier"]
                home = self._home if not places else None
                if home is not None and home.kind in kinds:
                    return [Mention(s.sentence.start, s.sentence.start, home.text, home.key, home.kind, "implied")]
                continue
            elif slot == "subject":
                m = next((c for c in s.subject_candidates(t_start) if c.kind in kinds), None)
            elif slot == "where":
                m = where_place(s, t_start)
            elif slot == "its":
                m = s.its_owner(t_end)
            elif slot == "possessor":
                m = s.possessor(t_start) or next(  # "a Chinese state-sponsored hacking group": a demonym that qualifies the group
                    (c for k, c in enumerate(s.mentions) if c.form == "demonym" and 0 < t_start - s.span[k][1] <= 2
                     and all(w.replace("-", "").isalpha() for w in s.lower[s.span[k][1]:t_start])), None)
            elif slot == "acted-on":
                m = s.acted_on(t_end, self._intrusion_verbs)
            elif slot == "modifier":
                m = s.name_before(t_start)
            elif slot == "captor":
                m = self._captor(s)
                if m is not None and m.kind in kinds:
                    # "Bamako and Ouagadougou accused French intelligence of espionage": both hold the charge
                    return s.coordinated(m, kinds) if any(m is x for x in s.mentions) else [m]
                continue
            else:
                found = [m for m in s.after_all(t_end, slot) if m.kind in kinds]
                if not found and passive and slot == "in":  # "Agadem, in eastern Niger, is operated by X"
                    found = [m for k, m in enumerate(s.mentions) if s.span[k][1] <= t_start and s.marker[k] == "in"
                             and s.clause[s.span[k][0]] == s.clause[t_start] and m.kind in kinds and not m.attached][:1]
                if found and slot in NEAREST_PHRASE_SLOTS:
                    # "supply gas to Nordhafen ..., during a visit to Doha": the trigger's own "to" phrase
                    # comes first; a later "to" hangs on another noun, unless a list goes on ("to PSO and to X")
                    first = s.span[s._k(found[0])][0]
                    found = [m for m in found if not any(w == slot and s.lower[x - 1] not in ("and", "or", ",")
                                                         for x, w in enumerate(s.lower[first:s.span[s._k(m)][0]], first))]
                if found:
                    named = [a for m in found for a in (s.apposed(m, kinds),) if a is not None
                             and not (any(a is x for x in s.mentions) and s.describes_person(s._k(a)))]
                    out = list(dict.fromkeys([c for m in found for c in s.coordinated(m, kinds)] + named))
                    goods = s.after(t_end, None, origin=True) if origin and slot == "from" and "object" in slots else None
                    if goods is not None and goods.form == "demonym" and goods.kind in kinds and goods.start < found[0].start \
                            and all(m.key != goods.key for m in out):
                        out.append(goods)  # "received Russian gas from Gazprom": Russia supplies it too
                    return out
                named = s.named_after(t_end, slot)  # "the arrest of the city's mayor, X"
                if named is not None and named.kind in kinds:
                    return [named]
                continue
            if m is not None and m.kind in kinds:
                return s.coordinated(m, kinds)
        return []

    def _earlier_owner(self, s: "ParsedSentence", t_end: int) -> Mention | None:
        """"condemned the reclamation" after "Vietnamese land reclamation": whose the thing was when first named."""
        if t_end + 1 >= len(s.lower) or s.lower[t_end] != "the" or not s.bare_act(t_end, frozenset((s.lower[t_end + 1],))):
            return None
        words = []
        for w in s.lower[t_end + 1:t_end + 4]:
            if not w.isalpha() or w in OBJECT_FOLLOWERS:
                break
            words.append(w)
        for word in reversed(words):  # the head noun, past a trailing adverb: "the dredging too"
            if len(word) < 4:
                continue
            head = re.compile(r"(?:'s|’s)?\s+(?:[a-z-]+\s+){0,2}" + re.escape(word) + r"(?![\w-])")
            owner = next((m for m in reversed(self._owners) if m.end <= s.sentence.start and head.match(self._text, m.end)), None)
            if owner is not None:
                return owner
        return None

    def _names_goods(self, s: "ParsedSentence", m: Mention, type_name: str) -> bool:
        """A demonym on the type's goods: "Russian nuclear fuel", "Russian enriched uranium", "Qatari LNG"."""
        if m.form != "demonym" or not any(m is x for x in s.mentions):
            return False
        at = m.end - s.sentence.start
        for gap in GOODS_GAPS:
            words = gap.match(s.text, at)
            cue = self._cue_re[type_name].match(s.text, words.end()) if words else None
            if cue is not None:
                # "the Indian army", "Malian armed forces": the cue names the buyer's forces, not goods
                return not any(w in self._collective or w in FORCE_WORDS for w in cue.group(0).lower().split())
        return False
