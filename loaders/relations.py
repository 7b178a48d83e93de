"""Stage 5: typed, directed relations from the trigger words of the ontology.

Within each sentence, a trigger word of a relation type ("sold", "purchase",
"spying") is found, then its two ends: the `agent` (the subject before it, or
the `by` phrase of a passive) and the actor introduced by the slots the type
names (a preposition such as `to` or `from`, or the direct `object`). The kinds
of both ends must be ones the type allows. Every claim keeps the sentence, the
offsets of both mentions, the rule and the modality.

The sentence's parse is in `loaders.clauses` and `loaders.ends`, references to
actors named before ("the latter", "it") in `loaders.references`, and the forms
of trigger words in `loaders.triggers`.

>>> from loaders.mentions import SENTENCE_STARTERS, MentionFinder
>>> ex = RelationExtractor.default()
>>> text = "Peru bought 12 attack helicopters from Chile in 2019."
>>> [(c.type, c.source.key, c.target.key, c.date) for c in ex.extract(text, MentionFinder.default().find(text))]
[('SELLS_TO', 'state:chile', 'state:peru', '2019')]
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from graph.ontology import ENV_VAR as ONTOLOGY_ENV, Ontology, Trigger
from loaders.carry import CARRY_SENTENCES, Carried, named_group, sentence_words
from loaders.clauses import BE, NOUN_DETERMINERS, OBJECT_FOLLOWERS, PREPOSITIONS, _determiner
from loaders.ends import ParsedSentence
from loaders.located import Places
from loaders.mentions import Mention, _is_dateline
from loaders.references import IT_INSIDE, IT_OPENS, ReferenceReader, _focus_company
from loaders.segment import Sentence, split_sentences
from loaders.triggers import _cue_regex, _forms

__all__ = ["RULESET", "Found", "RelationExtractor"]

RULESET = "rules.v1"
AMOUNT = re.compile(
    r"(?:(?:US|U\.S\.|A|C)?[$€£¥]\s?\d[\d,.]*(?:\s?(?:trillion|billion|million|thousand|bn|m|tn)\b)?"
    r"|\b\d[\d,.]*\s?(?:trillion|billion|million|thousand)?\s?(?:dollars|euros|pounds|rubles|roubles|yuan|yen|rupees|manat|shekels|USD|EUR|GBP)\b"
    r"|\b\d+(?:[.,]\d+)?\s?(?:per ?cent|percent|%)"
    r"|\b(?:one|two|three|a)[- ](?:quarter|third|half|tenth)\b)", re.I)
RELATIVE = re.compile(r"\b(?:that|which|who|whom)\b", re.I)
WH_RELATIVE = re.compile(r"(?:,\s*|\b)(?:which|who|whom)\b", re.I)
#: "arrested a man suspected of spying": the suspicion is the object's, not the arrest's
REDUCED_RELATIVE = re.compile(r"(?:suspected|accused) of\b", re.I)
#: A negation that negates something else: "not only", "not just".
NOT_ONLY = re.compile(r"\bnot (?:only|just)\b", re.I)
ITEM_MODIFIERS = re.compile(r"((?:(?:[A-Z0-9][\w\-]*|[a-z]+-[a-z]+)\s+){0,3})$")
ITEM_DETERMINER = re.compile(r"^(?:The|A|An|This|These|Those|Its|Their)\s+")
YEAR = re.compile(r"\b(1[89]\d\d|20[0-4]\d)\b")
DENIED_REPORT = re.compile(r"\b(?:denied|denies|deny|denying|rejected|dismissed|refuted)\s+(?:\w+\s+){0,4}?"
                           r"(?:reports?|claims?|allegations?|accusations?|suggestions?|speculation)\s+(?:\w+\s+){0,6}?that\b", re.I)
#: The goods a trade word names: "the largest supplier of rice", "delivered three tonnes of cocoa".
NAMED_GOODS = re.compile(r"\s+(?:(?:\d[\d,.]*|a|an|two|three|four|five|six|several|more)\s+(?:[a-z][\w-]*\s+){0,2}?)?"
                         r"of\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z][\w-]*")
#: Nouns a leader's name can stand before for the government itself: "the Biden administration".
GOVERNMENT_WORDS = frozenset("government administration cabinet regime".split())
QUOTE_TOKENS = frozenset(('"', "“", "”", "'", "‘", "’"))
#: Prepositions whose first phrase after the trigger is its end; a later one belongs to another noun.
NEAREST_PHRASE_SLOTS = frozenset(("to",))
#: Words that open a clause with its own subject: "since the United States banned imports".
SUBORDINATING = frozenset("since because after before when until once while although though whereas if unless".split())
AUXILIARY_WORDS = frozenset("has have had is are was were will would could can may might shall should must did does do "
                            "not also already reportedly allegedly".split())
#: Words after a verb of criticism that make what follows the critic's own words or act: "warned (that) it would".
SPEAKER_OWN = frozenset("that it they we he she to".split())
#: Cue words for armed forces and ministries, who buy: "sold rifles to the Indian army".
FORCE_WORDS = frozenset("force forces guard marines ministry army navy armed".split())
#: Up to two lowercase words between a demonym and the goods it names: "Russian (enriched) uranium".
GOODS_GAPS = tuple(re.compile(r"\s+" + r"[a-z][\w-]*\s+" * n) for n in range(3))
#: Words between a body and the participle that describes it: "X is now registered in Y".
DESCRIBED_ADVERBS = frozenset("also now still legally officially formally nominally reportedly".split())
#: "accompanied by X" (the lead before, companions after) or "X accompanied Y" (the other way round).
ACCOMPANIED = re.compile(r"\baccompan(?:ied|ies|y|ying)\b(\s+by\b)?", re.I)
#: Words after which a person is no subject: "met X", "talks with X", "which X called".
SUBJECT_BLOCKERS = PREPOSITIONS | frozenset("and or which that who whom met".split())
#: A document is about one cued type when its cues occur this often, and this many times more than another's.
TOPIC_MIN_CUES = 3
TOPIC_MARGIN = 2
#: How many sentences back a passive sale may find the party it leaves unnamed.
TRADE_CARRY_SENTENCES = 2


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


@dataclass(frozen=True, slots=True)
class _Rule:
    type: str
    trigger: Trigger
    index: int


class RelationExtractor(ReferenceReader):
    """Finds relations in a document's sentences with the ontology's triggers."""

    def __init__(self, ontology: Ontology) -> None:
        self.ontology = ontology
        self.relations = ontology.relations
        forms: dict[str, list[tuple[_Rule, bool]]] = {}
        for type_name, rel in ontology.relations.items():
            for index, trigger in enumerate(rel.triggers):
                rule = _Rule(type_name, trigger, index)
                for word in trigger.words:
                    for form, participle in _forms(word, trigger.pos):
                        forms.setdefault(form.lower(), []).append((rule, participle))
        self._forms = forms
        self._places = Places(ontology.entries)
        # an agent alone in its sentence may act on people the next sentence names ("The officers are ...")
        self._carry_forms = frozenset(f for f, rules in forms.items() if any(ontology.relations[r.type].carry_agent for r, _ in rules))
        self._verb_forms = frozenset(f for f, rules in forms.items() if any(r.trigger.pos == "verb" for r, _ in rules))
        self._trigger_automaton = ahocorasick.Automaton()
        for form in forms:
            self._trigger_automaton.add_word(form, form)
        self._trigger_automaton.make_automaton()
        # a trade trigger with one party is parsed too: the party may be the one a later passive leaves unnamed
        self._cued_forms = frozenset(f for f, rules in forms.items() if any(ontology.relations[r.type].cues for r, _ in rules))
        self._cue_re = {name: _cue_regex(rel.cues, rel.cue_patterns) for name, rel in ontology.relations.items() if rel.cues}
        lex = ontology.lexicon
        modality = lex.get("modality", {})
        self._modality_re = {level: re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])", re.I)
                             for level, words in modality.items()}
        denied = set(modality.get("denied", ())) | {"n't", "rejected"}
        self._negation_re = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(denied, key=len, reverse=True)) + r")(?![\w-])", re.I)
        ref = lex.get("reference", {})
        # one pass finds every kind of reference; the group's name says which ("latter", "last_person", ...)
        self._reference_any = re.compile("|".join(
            rf"(?<![\w-])(?P<{name}>" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])"
            for name, words in ref.items()), re.I)
        self._collective = frozenset(w.lower() for w in lex.get("collective", ()))
        self._demonyms = {alias: e.id for e in ontology.entries.values() if e.kind == "State"
                          for form, alias in e.names if form == "demonym"}
        nouns = "|".join(re.escape(w) for w in lex.get("company_descriptors", ()))
        self._company_reference = re.compile(rf"(?<![\w-])the ([A-Z][\w-]+) (?:state-owned |state |national )?(?:{nouns})\b")
        self._any_reference = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for words in ref.values() for w in words) + r")(?![\w-])", re.I)
        self._blocking = frozenset(w.lower() for w in lex.get("blocking", ()))
        self._captor_verbs = frozenset(w.lower() for w in lex.get("captor_verbs", ()))
        self._charge_words = frozenset(w.lower() for w in lex.get("charge_words", ()))
        self._speech = frozenset(w.lower() for w in lex.get("speech_verbs", ()))
        self._shared = frozenset(t for t in lex.get("companion_shares", ()) if t in ontology.relations)
        self._event_nouns = frozenset(w.lower() for w in lex.get("event_nouns", ()))
        self._vehicles = frozenset(w.lower() for w in lex.get("vehicle_nouns", ()))
        self._ending = frozenset(w.lower() for w in lex.get("ending_words", ()))
        self._title_words = frozenset(w for t in lex.get("titles", ()) for w in t.lower().split())
        self._home: Mention | None = None  # the dateline's state of the document being read
        self._carried: dict[str, Carried] = {}  # per type, the agent of its last trigger in the document
        self._sentence_no = 0
        self._envoys = frozenset(w.lower() for w in lex.get("envoy_nouns", ()))
        self._heads = frozenset(w.lower() for w in lex.get("head_of_mission_nouns", ()))
        # "condemned France's decision to deliver", "slams Paris over deliveries": the critic is no party to the act
        self._critic_forms = frozenset(f.lower() for w in lex.get("criticism_verbs", ()) for f, _ in _forms(w, "verb"))
        self._trade_forms = frozenset(f.lower() for w in lex.get("trade_words", ()) for f, _ in _forms(w, "verb")) \
            | frozenset(w.lower() for w in lex.get("trade_words", ()))

    @classmethod
    def default(cls) -> "RelationExtractor":
        """An extractor on the packaged (or `$ACTORGRAPH_ONTOLOGY`) ontology, built once per process."""
        return _default_extractor(os.environ.get(ONTOLOGY_ENV, ""))

    def extract(self, text: str, mentions: list[Mention], sentences: list[Sentence] | None = None,
                doc_date: str = "") -> list[Found]:
        """Relations stated in `text`, given its mentions (from `MentionFinder`)."""
        sentences = sentences if sentences is not None else split_sentences(text)
        triggers = self._trigger_hits(text)
        topic = cache(lambda: self._topic(text))  # counted only if a sentence needs it: the cue scan of a whole text is costly
        self._previous_text = ""  # the sentence before the one being read, for "he" and "she"
        self._person_subject: Mention | None = None  # the last person who was a sentence's subject, for "he" and "she"
        self._home = next((m for m in mentions if m.attached and m.kind == "State" and m.start < 400 and _is_dateline(text, m)),
                          None)
        focus = _focus_company(mentions) if triggers else None
        found: list[Found] = []
        mentions = sorted(mentions + self._places.place_mentions(text, mentions), key=lambda m: m.start)
        pos = tpos = 0
        self._recent_ends = {}  # per trade type and end, the last ends found: (sentence number, mentions)
        history: list[Mention] = []
        subject: Mention | None = None  # the previous sentence's first actor, for a sentence opening with "It"
        self._carried = {}
        for self._sentence_no, sentence in enumerate(sentences):
            while pos < len(mentions) and mentions[pos].start < sentence.start:
                history.append(mentions[pos])
                pos += 1
            inside = []
            while pos < len(mentions) and mentions[pos].end <= sentence.end:
                inside.append(mentions[pos])
                pos += 1
            while tpos < len(triggers) and triggers[tpos][0] < sentence.start:
                tpos += 1
            here = []
            while tpos < len(triggers) and triggers[tpos][1] <= sentence.end:
                here.append(triggers[tpos])
                tpos += 1
            if "-based" in sentence.text or "-registered" in sentence.text or "-headquartered" in sentence.text:
                found.extend(self._seats(text, sentence, inside))
            named = self._named_group(sentence, inside, doc_date) if self._carried and inside else []
            parsed_here, with_refs = False, inside
            if here and (len(inside) > 1 or self._any_reference.search(sentence.text)
                         or (inside and any(form in self._carry_forms for _, _, form in here)) or IT_OPENS.match(sentence.text)
                         or IT_INSIDE.search(sentence.text, 1) or (focus is not None and inside)
                         or (inside and any(form in self._cued_forms for _, _, form in here))
                         or self._company_reference.search(sentence.text)):
                parsed_here = True
                parsed = ParsedSentence(sentence, inside, self._speech, self._collective, self._verb_forms, self._title_words)
                with_refs = self._references(sentence, inside, history, parsed, subject)
                if len(with_refs) != len(inside):
                    parsed = ParsedSentence(sentence, with_refs, self._speech, self._collective, self._verb_forms, self._title_words)
                parsed.topic = topic
                parsed.focus = focus
                found.extend(self._sentence(parsed, here, doc_date))
            if named:  # a claim the sentence states itself keeps its own rule and modality
                own = {(f.type, f.source.key, f.target.key) for f in found if f.sentence is sentence}
                found.extend(f for f in named if (f.type, f.source.key, f.target.key) not in own)
            if self._shared and ACCOMPANIED.search(sentence.text):
                if not parsed_here:  # "X had accompanied the prime minister": the references name the lead
                    parsed_here = True
                    parsed = ParsedSentence(sentence, inside, self._speech, self._collective, self._verb_forms, self._title_words)
                    with_refs = self._references(sentence, inside, history, parsed, subject)
                found.extend(self._companions(sentence, with_refs, found))
            history.extend(inside)
            self._previous_text = sentence.text
            self._person_subject = self._subject_person(sentence, with_refs if parsed_here else inside) or self._person_subject
            subject = next((m for m in inside if not m.attached), subject) if inside else subject
        return found

    def _seats(self, text: str, sentence: Sentence, inside: list[Mention]) -> list[Found]:
        """"Lagos-based Lekki Energy", "Gulf Star, a Dubai-registered trader": the body operates there."""
        rel = self.relations.get("OPERATES_IN")
        if rel is None:
            return []
        return [Found("OPERATES_IN", body, place, sentence, "asserted", f"{RULESET}/OPERATES_IN.seat")
                for body, place in self._places.seats(text, sentence.start, sentence.end, inside)
                if body.kind in rel.source and place.kind in rel.target]

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

    def _topic(self, text: str) -> str:
        """The cued type whose cue words dominate the document ("jets", "howitzers": arms), or ""."""
        counts = sorted(((sum(1 for _ in cue_re.finditer(text)), name) for name, cue_re in self._cue_re.items()), reverse=True)
        if not counts or counts[0][0] < TOPIC_MIN_CUES:
            return ""
        if len(counts) > 1 and counts[0][0] < TOPIC_MARGIN * counts[1][0]:
            return ""
        return counts[0][1]

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

    # -- one sentence --------------------------------------------------------------------------

    def _sentence(self, s: "ParsedSentence", triggers: list[tuple[int, int, str]], doc_date: str) -> list[Found]:
        out: list[Found] = []
        base = s.sentence.start
        for start, end, form in triggers:
            span = (start - base, end - base)
            t_start, t_end = s.token_span(*span)
            if t_start is None:
                continue
            rules = self._choose(span, s, self._forms[form], form)
            if any(r.trigger.pos == "verb" for r, _ in rules) and any(r.trigger.pos == "noun" for r, _ in rules):
                noun = s.noun_context(t_start)
                rules = [(r, p) for r, p in rules if (r.trigger.pos == "noun") == noun]
            if any(p for _, p in rules) and _attributive(s, t_start, t_end):
                rules = [(r, p) for r, p in rules if not p]  # "the Nigerien armed forces", "the armed groups": no act
            if s.blocked(t_start, self._blocking - self._ending if form in self._event_nouns else self._blocking):
                continue  # "banned imports of Russian oil": a relation stopped, not stated; "ended a tour" took place
            for rule, participle in rules:
                out.extend(self._apply(rule, participle, s, t_start, t_end, doc_date))
        if any(f.fallback for f in out):
            typed = {f.source.key for f in out if not f.fallback}
            out = [f for f in out if not f.fallback or f.target.key not in typed]
        return _dedupe(out)

    def _choose(self, span: tuple[int, int], s: "ParsedSentence", candidates: list[tuple[_Rule, bool]],
                form: str = "") -> list[tuple[_Rule, bool]]:
        """Keep the rules whose cue is nearest; rules of types without cues always stay."""
        free = [(r, p) for r, p in candidates if r.type not in self._cue_re]
        cued = [(r, p) for r, p in candidates if r.type in self._cue_re]
        if not cued:
            return free
        goods = NAMED_GOODS.match(s.text, span[1])
        if goods and not any(cue_re.match(s.text, goods.end() - len(goods.group(0).split()[-1])) for cue_re in self._cue_re.values()):
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

    def _apply(self, rule: _Rule, participle: bool, s: "ParsedSentence", t_start: int, t_end: int, doc_date: str) -> list[Found]:
        rel = self.relations[rule.type]
        trig = rule.trigger
        if trig.requires and not any(w in s.lower for w in trig.requires):
            return []  # "the sanctions that ECOWAS imposed on Niger": "imposed" states a sanction only beside one
        if trig.fallback and self._charged_with_typed(s, t_end, rule.type):
            return []  # "accused Pyongyang of arming Moscow": the arming is the claim, found or not
        passive = participle and s.passive(t_start)
        by_agent = None
        if participle or trig.pos == "noun":
            # "was sold by X" reaches across the clause; a bare participle ("sold to Peru by X") does not pass a comma
            by_agent = s.after(t_end, "by", within=None if passive else s.to_comma(t_end, 8 if participle else 4))
            if by_agent is None and trig.pos == "noun" and "by" in s.lower[t_end:t_end + s.to_comma(t_end, 5)]:
                # "a visit to Addis Ababa by Somaliland's president, X": the person the title names
                by_agent = next((m for m in [s.after(t_end, "by", within=12)] if m is not None and m.kind == "Person"), None)
        if by_agent is not None:
            passive = True
        ends: dict[str, list[Mention]] = {}
        agent_end = "source" if trig.source in (("agent",), ("nearest",)) else "target"
        other_end = "target" if agent_end == "source" else "source"
        # "Italy's largest supplier": the possessor of an agent noun is the other party
        owner = s.possessor(t_start) if trig.pos == "noun" and _agentive(s.lower[t_end - 1]) else None
        if owner is not None and not owner.possessive:
            owner = None  # "Chinese buyers" are Chinese; only "Italy's largest supplier" names the other party
        for end in ("source", "target"):
            kinds = (trig.source_kinds or rel.source) if end == "source" else (trig.target_kinds or rel.target)
            slots = trig.source if end == "source" else trig.target
            if owner is not None and end == other_end and owner.kind in kinds:
                ends[end] = [owner]
            elif slots == ("nearest",):
                ends[end] = self._described(s, t_start, t_end, kinds)
            elif slots == ("agent",):
                ends[end] = self._agent(s, t_start, kinds, passive, by_agent, trig.pos, skip=owner)
            else:
                ends[end] = self._slot(s, t_end, slots, kinds, passive, t_start, origin=end == "source")
                if not ends[end] and end == "target":
                    ends[end] = s.colon_list(t_end, kinds)  # "sanctions against two commanders: A and B."
        if not ends["source"] and ends["target"] and "from" in trig.source and rel.cues and s.focus is not None \
                and any(w in self._trade_forms for w in trig.words) \
                and s.focus.kind in rel.source and all(t.key != s.focus.key for t in ends["target"]) \
                and not s.after_all(t_end, "from") and not s.names_origin(ends["target"], s.focus) \
                and all(self._country(s.focus) != t.key for t in ends["target"]):
            # "Portugal took delivery of its fifth C-390" in a story about Embraer; but a Vietnamese
            # company is not where Vietnam's imports come from
            ends["source"] = [s.focus]
        if participle and by_agent is not None and t_start > 0 and s.lower[t_start - 1] == ",":
            # "The howitzers, produced by KNDS under a contract, arrived in Armenia": an aside's participle
            # does not reach past the comma that closes it
            close = next((x for x in range(t_end, len(s.lower)) if s.lower[x] == ","), len(s.lower))
            for end in ("source", "target"):
                ends[end] = [m for m in ends[end] if m.form == "qualifier" or not any(m is x for x in s.mentions)
                             or s.span[s._k(m)][0] < close or s.span[s._k(m)][1] <= t_start]
        for end in ("source", "target"):
            if any(m.kind == "Person" and self._leader_of_government(s, m) for m in ends[end]):
                # "criticised the Vunivalu government": the government, not the person; in a story filed from
                # a state, that state's
                home = [self._home] if self._home is not None else []
                kinds = (trig.source_kinds or rel.source) if end == "source" else (trig.target_kinds or rel.target)
                ends[end] = [h for m in ends[end] for h in ([m] if not (m.kind == "Person" and self._leader_of_government(s, m))
                                                            else [x for x in home if x.kind in kinds])]
        if rule.type in self._cue_re and ends["target"]:
            # "to replace Russian nuclear fuel": a state named on the goods is where they come from, no buyer
            ends["target"] = [m for m in ends["target"] if not self._names_goods(s, m, rule.type)]
        if trig.pos == "verb" and "Person" in trig.source_kinds and trig.source == ("agent",):
            # people travel: "two Egyptian cargo planes landed in Mogadishu" is no Egyptian visit
            ends["source"] = [m for m in ends["source"] if not s.thing_modifier(m, self._vehicles)]
            if t_start > 0 and s.lower[t_start - 1] in self._vehicles:
                ends["source"] = []  # "accompanied the truck travelling to Iran": the truck travels
        followers = s.followed_by(t_end, kinds=(rel.target if agent_end == "target" else rel.source))
        if followers and ends[agent_end]:
            ends[agent_end] = ends[agent_end] + followers  # "India was the largest buyer, followed by Spain and the Netherlands"
        if rel.carry_agent and ends["source"]:
            self._carry(rule.type, ends["source"], s, t_start)
        elif rel.carry_agent and passive and by_agent is None and ends["target"] and self._recent(rule.type):
            ends["source"] = list(self._carried[rule.type].sources)  # "Red Sand Logistics was also blacklisted"
        if rel.home_agent and passive and by_agent is None and not ends["source"] and ends["target"]:
            held_in = s.after(t_end, "in", within=3)  # "was arrested in Paraguay in 2021": Paraguay arrested him
            if held_in is not None and held_in.kind == "State" and held_in.kind in rel.source:
                ends["source"] = [held_in]
        if rel.home_agent and passive and by_agent is None and not ends["source"] and ends["target"] and self._home is not None:
            ends["source"] = [self._home]  # "were arrested at a checkpoint", filed from the state that arrested them
        if rel.cues:
            self._carry_over(rule.type, ends, passive and trig.pos == "verb", s, t_start, rel)
        if rel.propagate:
            for end in rel.propagate:
                ends[end] = ends[end] + [self._qualifier(m) for m in ends[end] if self._qualifier(m) is not None]
        out = []
        for source in ends["source"]:
            for target in ends["target"]:
                if source.key == target.key or source.kind not in rel.source or target.kind not in rel.target:
                    continue
                if "captor" in trig.target and (self._qualifier(source) or source).key == target.key:
                    continue  # "Taiwan's bureau detained three suspected of passing secrets": the bureau arrests, not spies
                out.append(self._found(rule, source, target, s, t_start, doc_date))
        return out

    def _charged_with_typed(self, s: "ParsedSentence", t_end: int, type_name: str) -> bool:
        """Whether the act after "of"/"for" ("accused X of supplying Y") is a trigger verb of another type."""
        at = next((i for i in range(t_end, min(len(s.lower), t_end + 10)) if s.lower[i] in ("of", "for")), None)
        if at is None:
            return False
        act = next((w for w in s.lower[at + 1:at + 4] if w.endswith("ing")), None)  # past a quote or an adverb
        return act is not None and any(r.type != type_name and r.trigger.pos == "verb" for r, _ in self._forms.get(act, ()))

    def _recent(self, type_name: str) -> bool:
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
        if passive and len(missing) == 1 and not any(m.kind in rel.source + rel.target for m in s.subject_candidates(t_start)):
            end = missing[0]
            number, found = recent.get(end, (-9, []))
            other = {m.key for m in ends["target" if end == "source" else "source"]}
            if self._sentence_no - number <= TRADE_CARRY_SENTENCES and not any(m.key in other for m in found):
                ends[end] = list(found)
        for end in ("source", "target"):
            if ends[end]:
                recent[end] = (self._sentence_no, [m for m in ends[end] if m.form != "qualifier"])

    def _agent(self, s: "ParsedSentence", t_start: int, kinds: tuple[str, ...], passive: bool,
               by_agent: Mention | None, pos: str, skip: Mention | None = None) -> list[Mention]:
        if passive:
            if by_agent is None and pos == "verb":
                origin = s.origin_subject(t_start)  # "Kazakh uranium had been sold to Iran": Kazakhstan sold it
                return [origin] if origin is not None and origin.kind in kinds else []
            return s.coordinated(by_agent, kinds) if by_agent is not None and by_agent.kind in kinds else []
        if pos == "noun" and _agentive(s.lower[t_start]):
            holder = s.role_holder(t_start)
            if holder is not None and holder.kind in kinds and holder is not skip:
                return [holder]
        applies, doer = s.gerund_doer(t_start)
        if applies:
            return [doer] if doer is not None and doer.kind in kinds and doer is not skip else []
        if pos == "noun" and skip is None:
            near = s.possessor(t_start)
            if near is not None and near.kind in kinds:
                return s.coordinated(near)
            if near is None and _unnamed_owner(s, t_start):
                return []  # "over its president's so-called state visit to Taiwan": the visit is the president's
        candidates = s.subject_candidates(t_start)
        if pos == "verb":
            opened = self._subordinate_subject(s, t_start, candidates)
            if opened is not None and opened.kind in kinds and opened is not skip:
                return s.coordinated(opened)  # "X has been courted since the United States banned imports": the US bans
        own = [m for m in candidates if s.clause[s.span[s._k(m)][0]] == s.clause[t_start]]
        if not own and s.relative_to_noun(t_start):
            return []  # "lawmakers who criticised Beijing": the clause is about people the text does not name
        antecedent = s.relative_antecedent(t_start) if not own else None
        if antecedent is not None and antecedent.kind in kinds and antecedent is not skip:
            return s.coordinated(antecedent)  # "the Ferrol yard of Navantia, which has sold corvettes": Navantia
        if pos == "noun" and not own and s.after_clause(t_start):
            # "X, Foreign Minister Y announced after talks with Z": the talks are those of the verb's subject, Y
            last = [m for m in candidates if m.kind in kinds and m is not skip and s.clause[s.span[s._k(m)][0]] == s.clause[t_start] - 1]
            if last:
                return [last[-1]]
        for m in candidates:
            if m.kind in kinds and m is not skip:
                titled = s.titled_person(m)
                if titled is not None and titled.kind in kinds:
                    return [titled]  # "the EU's special envoy, Petra Lindqvist, held talks": the envoy
                criticised, doer = self._criticised(s, m, t_start)
                if criticised:
                    return [doer] if doer is not None and doer.kind in kinds else []
                return s.coordinated(m)
        if pos == "noun":  # "talk of Chile's use of the port for spying on Peru": the possessor acts
            owner = s.nearest_possessive(t_start)
            if owner is not None and owner.kind in kinds and owner is not skip:
                return [owner]
        antecedent = s.relative_antecedent(t_start)
        if antecedent is not None and antecedent.kind in kinds and antecedent is not skip:
            return [antecedent]
        for m in (s.predicate(t_start), s.main_subject_after(t_start)):
            if m is not None and m.kind in kinds and m is not skip:
                return [m]
        return []

    def _subordinate_subject(self, s: "ParsedSentence", t_start: int, candidates: list[Mention]) -> Mention | None:
        """The subject of a clause that a subordinating word opens just before the verb: "since the United
        States banned", "after Chile sold"."""
        j = t_start - 1
        while j > 0 and (s.lower[j] in AUXILIARY_WORDS or (s.lower[j].endswith("ly") and s.tokens[j][0].islower())):
            j -= 1
        m = next((c for c in candidates if s.span[s._k(c)][1] == j + 1), None)
        if m is None:
            return None
        i = s.span[s._k(m)][0] - 1
        if i >= 0 and s.lower[i] == "the":
            i -= 1
        return m if i >= 0 and s.lower[i] in SUBORDINATING else None

    @staticmethod
    def _leader_of_government(s: "ParsedSentence", m: Mention) -> bool:
        """A person's name used for the government they lead: "the Vunivalu government", "the Biden administration"."""
        if not any(m is x for x in s.mentions):
            return False
        _, j = s.span[s._k(m)]
        return j < len(s.lower) and s.lower[j] in GOVERNMENT_WORDS and s.lower[max(0, s.span[s._k(m)][0] - 1)] == "the"

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

    def _criticised(self, s: "ParsedSentence", subject: Mention, t_start: int) -> tuple[bool, Mention | None]:
        """Whether the act at `t_start` is what `subject` criticises ("Baku condemned France's decision to deliver
        howitzers", "Baku slams Paris over arms deliveries"), and then who does it: the owner of the criticised
        thing, or the one criticised for it ("over", "for"); the critic is no party to it."""
        if not self._critic_forms:
            return False, None
        _, j = s.span[s._k(subject)]
        verb = next((x for x in range(j, t_start) if s.lower[x] in self._critic_forms), None)
        if verb is None or any(w in (";", ":") or w in ("and", "but", "while", "whereas", "which", "who")
                               for w in s.lower[j:verb]):
            return False, None
        if any(w in ("and", "but", "then") and s.tokens[x + 1][0].islower() for x, w in enumerate(s.lower[verb:t_start], verb) if x + 1 < len(s.tokens)):
            return False, None  # "condemned Peru and bought frigates": a second act of the subject's own
        if verb + 1 < len(s.lower) and s.lower[verb + 1] in SPEAKER_OWN:
            return False, None  # "Russia warned it would supply missiles": a warning about its own act
        for k, m in enumerate(s.mentions):
            i, e = s.span[k]
            if i <= verb or e > t_start or m.attached:
                continue
            if i > verb + 3 or not all(w.isalpha() for w in s.lower[verb + 1:i]):
                break
            if m.possessive or m.form == "demonym":
                return True, m  # "condemned France's decision to deliver", "condemned the French deliveries"
            if any(w in ("over", "for") for w in s.lower[e:t_start]):
                return True, m  # "slams Paris over new deliveries"
            break
        return True, None

    def _described(self, s: "ParsedSentence", t_start: int, t_end: int, kinds: tuple[str, ...]) -> list[Mention]:
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

    def _qualifier(self, m: Mention) -> Mention | None:
        """The state that qualifies a body in the text ("Norway's Equinor"), as a mention of its own."""
        if m.kind == "State":
            return None
        # a named body the text gives a state ("Norway's Equinor"), or a state organ found by its shape
        # ("Latvia's State Security Service", "the Indian Air Force"); a company found by its shape keeps its sale
        # (its acronym or short name too: "UETCL" is the company found by its shape)
        state = m.qualifier if m.qualifier.startswith("state:") and m.form != "description" and \
            ((m.form != "pattern" and not m.key.startswith("new:")) or m.kind == "Agency") else ""
        if not state and m.kind == "Agency" and m.known:
            state = self.ontology.entries[m.key].country  # a state's own organ: its army, its ministry
        entry = self.ontology.entries.get(state)
        return Mention(m.start, m.start, entry.name, entry.id, entry.kind, "qualifier") if entry else None

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
                titled = s.titled_person(m) if m is not None else None
                if titled is not None and titled.kind in kinds:
                    m = titled  # "met the company's chief executive, Murat Kalkan": the executive is met
            elif slot == "between":
                m = s.after(t_end, "between")
            elif slot == "envoy":
                m = s.envoy_state(t_end, self._envoys)
            elif slot == "head-of-mission":
                m = s.envoy_state(t_end, self._heads)
            elif slot == "owner":
                m = s.owner_after(t_end)
            elif slot == "subject":
                m = next((c for c in s.subject_candidates(t_start) if c.kind in kinds), None)
            elif slot == "where":
                m = _where_place(s, t_start)
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
                if found and slot in NEAREST_PHRASE_SLOTS:
                    # "supply gas to Nordhafen ..., during a visit to Doha": the trigger's own "to" phrase
                    # comes first; a later "to" hangs on another noun, unless a list goes on ("to PSO and to X")
                    first = s.span[s._k(found[0])][0]
                    found = [m for m in found if not any(w == slot and s.lower[x - 1] not in ("and", "or", ",")
                                                         for x, w in enumerate(s.lower[first:s.span[s._k(m)][0]], first))]
                if found:
                    named = [a for m in found for a in (s.apposed(m, kinds),) if a is not None
                             and not (any(a is x for x in s.mentions) and s.describes_person(s._k(a)))]
                    return list(dict.fromkeys([c for m in found for c in s.coordinated(m, kinds)] + named))
                continue
            if m is not None and m.kind in kinds:
                return s.coordinated(m, kinds)
        return []

    def _captor(self, s: "ParsedSentence") -> Mention | None:
        """The state holding a suspect: the one that arrests, detains or charges in the sentence
        ("Iran detained a Belgian accused of spying for Israel", "was detained by Polish border guards"),
        else the dateline's state when the sentence speaks of a charge."""
        for i, word in enumerate(s.lower):
            if word not in self._captor_verbs:
                continue
            by = s.after(i + 1, "by", within=6)
            holders = [by] if by is not None else [c for c in s.subject_candidates(i) if c.kind in ("State", "Agency")][:1]
            for m in holders:
                state = m if m.kind == "State" else self._qualifier(m) if m.kind == "Agency" else None
                if state is not None:
                    return state
        if self._home is not None and any(w in self._charge_words for w in s.lower):
            return self._home
        return None

    def _found(self, rule: _Rule, source: Mention, target: Mention, s: "ParsedSentence", t_start: int, doc_date: str) -> Found:
        text = s.text
        trigger_char = s.tokens[t_start][1] - s.sentence.start
        facts = self._facts(s)
        if rule.type not in facts:
            facts[rule.type] = self._items(rule.type, text)
        return Found(
            type=rule.type, source=source, target=target, sentence=s.sentence,
            modality=self._modality(text, trigger_char, s, source, described=rule.trigger.source == ("nearest",)),
            rule=f"{RULESET}/{rule.type}.{rule.index}{'.passive' if s.passive(t_start) else ''}",
            amount=facts["amount"], items=facts[rule.type], date=facts["date"] or doc_date, fallback=rule.trigger.fallback)

    def _facts(self, s: "ParsedSentence") -> dict:
        """The sentence's amounts, year and modality words, worked out once whatever number of claims it holds."""
        facts = s.facts
        if not facts:
            text = s.text
            facts["amount"] = "; ".join(dict.fromkeys(m.group(0).strip() for m in AMOUNT.finditer(text)))
            facts["date"] = _date(text)
            facts["alleged"] = [m.start() for m in self._modality_re["alleged"].finditer(text)] if "alleged" in self._modality_re else []
            facts["reported"] = [m.start() for m in self._modality_re["reported"].finditer(text)] if "reported" in self._modality_re else []
        return facts

    def _modality(self, text: str, trigger_char: int, s: "ParsedSentence", source: Mention, described: bool = False) -> str:
        """`described`: the trigger describes the body before it ("X, a firm registered in Y"), and what the
        sentence says after that description ("that it says carried ...") is about something else."""
        lo = max(0, min(trigger_char, source.start - s.sentence.start) - 40)
        negation = self._negation_re.search(text, lo, trigger_char)
        if negation and s.interrupted(negation.start(), trigger_char):
            negation = None  # "Turkey, which does not recognise Cyprus, criticised Nicosia": the "not" is the aside's
        if negation and not NOT_ONLY.search(text, lo, trigger_char) and \
                not any(w.lower() in self._speech for w in re.findall(r"[A-Za-z]+", text[negation.end():trigger_char])):
            return "denied"  # but "rejected the criticism, saying Tehran was shipping drones": the saying asserts
        if DENIED_REPORT.search(text, 0, trigger_char):
            return "denied"  # "X denied a media report that uranium had been sold to Iran"
        # an accusation in a later clause ("..., accusing them of ...") is about something else, and so is one
        # before a verb joined by "and" ("accused Tokyo of meddling and warned Manila": the warning is a fact)
        joined = text[:trigger_char].rstrip().endswith((" and", ",and")) and \
            not s.lower[bisect.bisect_right(s._starts, s.sentence.start + trigger_char) - 1].endswith("ing")
        # nor is one in a relative clause on the object ("sanctioned a firm that is accused of ...")
        # and one before a relative clause that holds the trigger is the main clause's ("was allegedly run by X,
        # who was detained")
        if any(at != trigger_char and ((at < trigger_char and not joined and not WH_RELATIVE.search(text, at, trigger_char)
                                 and not _in_aside(text, at, trigger_char)) or (
                at > trigger_char and not described and "," not in text[trigger_char:at] and not RELATIVE.search(text, trigger_char, at)
                and not REDUCED_RELATIVE.match(text, at)))
               for at in s.facts["alleged"]):
            return "alleged"
        lo, hi = s.temporal_clause(trigger_char)  # "officials said, after X met Y": the meeting is a fact
        if hi:
            return "reported" if any(lo <= at < hi for at in s.facts["reported"]) else "asserted"
        # "X condemned Y and said ...": a later verb of X's own says nothing of the condemnation;
        # "announced its own sanctions": announcing is the act itself
        # "X criticised Y, saying ...": the saying is X's own reason, not a source for the criticism
        own = [at for at in s.facts["reported"] if (at > trigger_char and (described
                                                                            or text[:at].rstrip().endswith((" and", ","))
                                                                            and text[at:at + 6].lower() == "saying"
                                                                            or text[:at].rstrip().endswith(" and")
                                                                            or s.says_something(at)))
               or (at < trigger_char and len(text[at:trigger_char].split()) <= 4 and "," not in text[at:trigger_char]
                   and text[at:at + 9].lower().startswith(("announc", "unveil")))]
        return "reported" if len(own) < len(s.facts["reported"]) else "asserted"

    def _items(self, type_name: str, text: str) -> tuple[str, ...]:
        cue_re = self._cue_re.get(type_name)
        if cue_re is None:
            return ()
        items = []
        for cue in cue_re.finditer(text):
            head = text[max(0, cue.start() - 60):cue.start()]
            modifiers = ITEM_MODIFIERS.search(head)
            phrase = (modifiers.group(1) if modifiers else "") + cue.group(0)
            items.append(ITEM_DETERMINER.sub("", phrase.strip()))
        return tuple(dict.fromkeys(items))


def _where_place(s: "ParsedSentence", t_start: int) -> Mention | None:
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


def _unnamed_owner(s: "ParsedSentence", t_start: int) -> bool:
    """Whether a noun trigger has a possessor the text does not name as an actor: "its president's visit",
    "the minister's trip"."""
    j = t_start - 1
    while j >= 0 and t_start - j <= 4 and (s.lower[j] in QUOTE_TOKENS or (s.tokens[j][0].replace("-", "").isalpha()
                                                                      and s.tokens[j][0].islower()
                                                                      and not s.lower[j].endswith(("'s", "’s")))):
        j -= 1
    if j < 0 or not s.lower[j].endswith(("'s", "’s")) or any(a <= j < b for a, b in s.span):
        return False
    return j > 0 and s.lower[j - 1] in ("its", "their", "his", "her", "the")


def _agentive(word: str) -> bool:
    """Nouns for a party rather than an act: supplier, buyer, customer."""
    return word.endswith(("er", "ers", "or", "ors")) or word in ("customer", "customers", "client", "clients")


def _in_aside(text: str, at: int, trigger_char: int) -> bool:
    """Whether `at` lies in a relative clause closed by a comma before the trigger: "X, a firm that
    reportedly flew arms to Y, was blacklisted"."""
    opened = text.rfind(",", 0, at)
    return "," in text[at:trigger_char] and bool(RELATIVE.search(text, max(opened, 0), at))


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


@lru_cache(maxsize=4)
def _default_extractor(folder: str) -> RelationExtractor:
    return RelationExtractor(Ontology.load(folder or None))

