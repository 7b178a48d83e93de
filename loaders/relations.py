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
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import ahocorasick

from graph.ontology import ENV_VAR as ONTOLOGY_ENV, Ontology, Trigger
from loaders.asides import RELATIVE_SAYING, allegation_elsewhere
from loaders.carry import CARRY_SENTENCES, Carried, named_group, sentence_words
from loaders.clauses import BE, NOUN_DETERMINERS, OBJECT_FOLLOWERS, OBJECT_OPENERS, PREPOSITIONS, _determiner
from loaders.ends import ParsedSentence
from loaders.found import RULESET, Found, _date, _dedupe
from loaders.located import Places
from loaders.mentions import SENTENCE_STARTERS, Mention, _is_dateline
from loaders.people import ACCOMPANIED, PeopleReader
from loaders.references import IT_INSIDE, IT_OPENS, PAIR, ReferenceReader, _focus_company
from loaders.suspects import SuspectReader
from loaders.segment import Sentence, split_sentences
from loaders.slots import apposed, described, listed_before, noun_before, where_place
from loaders.triggers import _cue_regex, _forms

__all__ = ["RULESET", "Found", "RelationExtractor"]

#: The type the seat and site patterns of `loaders.located` state.
OPERATES_IN = "OPERATES_IN"
AMOUNT = re.compile(
    r"(?:(?:US|U\.S\.|A|C)?[$€£¥]\s?\d[\d,.]*(?:\s?(?:trillion|billion|million|thousand|bn|m|tn)\b)?"
    r"|\b\d[\d,.]*\s?(?:trillion|billion|million|thousand)?\s?(?:dollars|euros|pounds|rubles|roubles|yuan|yen|rupees|manat|shekels|USD|EUR|GBP)\b"
    r"|\b\d+(?:[.,]\d+)?\s?(?:per ?cent|percent|%)"
    r"|\b(?:one|two|three|a)[- ](?:quarter|third|half|tenth)\b)", re.I)
#: A sentence opening with "No" and a noun: "No aircraft are being bought from Qatar".
NO_GOODS = re.compile(r"\W{0,2}No\s+(?!sooner|matter|doubt|wonder)[a-z]")
ADVERB = re.compile(r"[a-z]+ly\b", re.I)
#: A negation that negates something else: "not only", "not just".
NOT_ONLY = re.compile(r"\bnot (?:only|just)\b", re.I)
ITEM_MODIFIERS = re.compile(r"((?:(?:[A-Z0-9][\w\-]*|[a-z]+-[a-z]+)\s+){0,3})$")
ITEM_DETERMINER = re.compile(r"^(?:The|A|An|This|These|Those|Its|Their)\s+")
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
#: Verbs whose subject is the goods themselves.
GOODS_MOVE = frozenset({"come"})
#: Words that open a noun phrase, so that a name after them modifies the noun: "the African Union mission".
NOUN_PHRASE_OPENERS = frozenset("the a an its their his her this that these those".split())
OBJECT_WORDS = frozenset("the a an its their his her them him it this these those with".split())
#: The goods named after "of", up to their head noun and before the next preposition: "at least nine cargoes of Russian Urals crude".
GOODS_PHRASE = re.compile(r"[^\s,.;:]+(?:\s+(?!(?:to|from|for|in|by|with|under|on|and|or)\b)[^\s,.;:]+){0,7}")
#: ", which X said ...": a relative clause after the trigger says its own things.
LATER_ASIDE = re.compile(r",\s+(?:which|who|where)\b|\b(?:that|which)\s+(?:it|he|she|they|officials|analysts)\s+$")
#: How many characters on "a Dubai-based firm" may still be named ("The firm, X, ...").
UNNAMED_REACH = 1200
#: "during Netanyahu's visit", "following her talks with": an event named as the time of something else.
DURING_EVENT = re.compile(r"\b(?:[Dd]uring|[Ff]ollowing)\s+(?:[\w'’.-]+\s+){0,5}$")
EVENT_HEADS = ("visit", "trip", "tour", "talks", "meeting", "stay")
#: A document is about one cued type when its cues occur this often, and this many times more than another's.
TOPIC_MIN_CUES = 3
TOPIC_MARGIN = 2
#: How many sentences back a passive sale may find the party it leaves unnamed.
TRADE_CARRY_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class _Rule:
    type: str
    trigger: Trigger
    index: int


class RelationExtractor(ReferenceReader, SuspectReader, PeopleReader):
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
        self._suspect_tables(ontology)
        self._speech = frozenset(w.lower() for w in lex.get("speech_verbs", ()))
        self._caption_type = lex.get("caption_meeting", "") if lex.get("caption_meeting", "") in ontology.relations else ""
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
        self._news_acts = frozenset(w.lower() for w in lex.get("news_act_nouns", ()))
        self._news_act_re = re.compile(r"(?<![\w-])(?:the|this) (?:" + "|".join(map(re.escape, self._news_acts)) + r")(?![\w-])", re.I)
        self._lede: Mention | None = None  # the first actor of the document being read: whom the story is about
        self._text, self._owners = "", []  # the document being read, and its mentions that own what follows them
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
        self._lede = next((m for m in sorted(mentions, key=lambda m: m.start) if not m.attached and m.kind in LEDE_KINDS), None)
        self._text, self._owners = text, sorted((m for m in mentions if m.possessive or m.form == "demonym"), key=lambda m: m.start)
        self._unnamed = {}
        found: list[Found] = []
        mentions = sorted(mentions + self._places.place_mentions(text, mentions), key=lambda m: m.start)
        pos = tpos = 0
        self._recent_ends = {}  # per trade type and end, the last ends found: (sentence number, mentions)
        history: list[Mention] = []
        subject: Mention | None = None  # the previous sentence's first actor, for a sentence opening with "It"
        unnamed: list[tuple[Mention, str]] = []  # "a Dubai-based firm" with no name yet: the place and the noun
        self._carried = {}
        for number, sentence in enumerate(sentences):
            self._sentence_no = number  # how far back a carried agent was found
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
            if "-based" in sentence.text or "-registered" in sentence.text or "-headquartered" in sentence.text \
                    or " in " in sentence.text or " of " in sentence.text or "'s " in sentence.text or "’s " in sentence.text:
                found.extend(self._seats(text, sentence, inside))
                unnamed.extend(self._places.unnamed_seats(text, sentence.start, sentence.end, inside))
            unnamed = [u for u in unnamed if sentence.start - u[0].start < UNNAMED_REACH]
            if unnamed and ("he " in sentence.text):
                found.extend(self._named_seats(text, sentence, inside, unnamed))
            named = self._named_group(sentence, inside, doc_date) if self._carried and inside else []
            parsed_here, with_refs = False, inside
            if here and (len(inside) > 1 or self._any_reference.search(sentence.text)
                         or (inside and any(form in self._carry_forms for _, _, form in here)) or IT_OPENS.match(sentence.text)
                         or IT_INSIDE.search(sentence.text, 1) or (focus is not None and inside)
                         or (inside and any(form in self._cued_forms for _, _, form in here))
                         or self._company_reference.search(sentence.text) or PAIR.search(sentence.text)
                         or (inside and self._lede is not None and self._news_act_re.search(sentence.text))
                         or (inside and self._owners and any(text[e:e + 5].lower() == " the " for _, e, _ in here))
                         or (self._unnamed and inside)):
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
            if self._caption_type and " with " in sentence.text:
                found.extend(self._caption(sentence, inside, doc_date))
            history.extend(inside)
            self._previous_text = sentence.text
            self._person_subject = self._subject_person(sentence, with_refs if parsed_here else inside) or self._person_subject
            subject = next((m for m in inside if not m.attached), subject) if inside else subject
        return found

    def _seats(self, text: str, sentence: Sentence, inside: list[Mention]) -> list[Found]:
        """"Lagos-based Lekki Energy", "Gulf Star, a Dubai-registered trader", "X, a chipmaker in Hsinchu":
        the body operates there."""
        rel = self.relations.get(OPERATES_IN)
        if rel is None:
            return []
        pairs = list(self._places.seats(text, sentence.start, sentence.end, inside)) + \
            list(self._places.sites(text, sentence.start, sentence.end, inside)) + list(self._places.units(inside, text)) + \
            list(self._places.named_sites(text, sentence.start, sentence.end, inside))
        return [Found(OPERATES_IN, body, place, sentence, "asserted", f"{RULESET}/{OPERATES_IN}.seat")
                for body, place in pairs if body.kind in rel.source and place.kind in rel.target]

    def _named_seats(self, text: str, sentence: Sentence, inside: list[Mention],
                     unnamed: list[tuple[Mention, str]]) -> list[Found]:
        """"sanctions on a Pyongyang-based trading firm. ... The firm, Hwasong Trading, ...": the body named later."""
        rel = self.relations.get(OPERATES_IN)
        if rel is None:
            return []
        nouns = {noun for _, noun in unnamed} | {"company", "firm"}
        out = []
        for body in self._places.named_later(text, sentence.start, sentence.end, inside, nouns):
            for place, noun in unnamed:
                if body.kind in rel.source and place.kind in rel.target:
                    out.append(Found(OPERATES_IN, body, place, sentence, "asserted", f"{RULESET}/{OPERATES_IN}.seat"))
            unnamed.clear()
        return out

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
            elif rules and t_start > 0 and all(r.trigger.pos == "verb" and form in r.trigger.words for r, _ in rules) \
                    and " " not in form and noun_before(s, t_start, all(r.type == OPERATES_IN for r, _ in rules)):
                continue  # a bare verb after "the" or a preposition is a noun: "over land reclamation", "the mine in";
                # so it is after a singular noun, which would take "operates": "the power station in"
            if form in ("armed", "equipped") and t_end < len(s.lower) and s.tokens[t_end][0].islower() \
                    and s.lower[t_end] not in OBJECT_WORDS:
                continue  # "armed drones", "armed groups": an adjective, not "armed the rebels"
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

    def _apply(self, rule: _Rule, participle: bool, s: "ParsedSentence", t_start: int, t_end: int, doc_date: str) -> list[Found]:
        rel = self.relations[rule.type]
        trig = rule.trigger
        if trig.requires:
            # "the sanctions that ECOWAS imposed on Niger": "imposed" states a sanction only beside one; with
            # `requires_within`, only near: "accused of photographing a base", not "X, who photographed the parade,
            # said police detained two"
            lo, hi = 0, len(s.lower)
            if trig.requires_within:  # near, and in the same stretch between commas
                lo = max([0, t_start - trig.requires_within] + [i + 1 for i in range(lo, t_start) if s.lower[i] == ","])
                hi = min([t_end + trig.requires_within] + [i for i in range(t_end, min(hi, t_end + trig.requires_within)) if s.lower[i] == ","])
            if not any(w in trig.requires for w in s.lower[lo:hi]) and not (
                    "intelligence" in trig.requires and self._names_service(s, t_start, t_end, hi)):
                return []
        if trig.fallback and self._charged_with_typed(s, t_end, rule.type):
            return []  # "accused Pyongyang of arming Moscow": the arming is the claim, found or not
        passive = participle and s.passive(t_start)
        by_agent = None
        # "Chile condemned the killing of civilians by X": a verb with its own object is no participle,
        # and the "by" is the object's
        finite = trig.pos == "verb" and not passive and t_end < len(s.lower) and s.lower[t_end] in OBJECT_OPENERS
        if (participle or trig.pos == "noun") and not finite:
            # "was sold by X" reaches across the clause; a bare participle ("sold to Peru by X") does not pass a comma
            by_agent = s.after(t_end, "by", within=None if passive else s.to_comma(t_end, 8 if participle else 7))
            if by_agent is None and trig.pos == "noun" and "by" in s.lower[t_end:t_end + s.to_comma(t_end, 5)]:
                # "a visit to Addis Ababa by Somaliland's president, X": the person the title names
                by_agent = next((m for m in [s.after(t_end, "by", within=12)] if m is not None and m.kind == "Person"), None)
        if by_agent is not None:
            passive = True
        ends: dict[str, list[Mention]] = {}
        agent_end = "source" if trig.source in (("agent",), ("nearest",)) else "target"
        agent_kinds = (trig.source_kinds or rel.source) if agent_end == "source" else (trig.target_kinds or rel.target)
        if passive and (by_agent is None or by_agent.kind not in agent_kinds) and "Person" in agent_kinds:
            # "received by the First Secretary of the Party and President of the Republic, X": X
            by_agent = s.person_after_title(t_end) or by_agent
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
                ends[end] = described(s, t_start, t_end, kinds)
            elif slots == ("agent",):
                ends[end] = self._agent(s, t_start, kinds, passive, by_agent, trig.pos, skip=owner)
            elif slots == ("suspected",):
                ends[end] = self._suspected(rule.type)
            else:
                ends[end] = self._slot(s, t_end, slots, kinds, passive, t_start, origin=end == "source")
                if end == "target" and all(m.form == "demonym" for m in ends[end]):
                    # "sanctions against two commanders: A and B.", "blacklisted three Chinese firms: A, B and C."
                    ends[end] = s.colon_list(t_end, kinds) or ends[end]
        if not ends["target"] and "host" in trig.target:
            # "X was hosted by the Vietnamese prime minister": X visited the host's state
            host = next(iter(self._agent(s, t_start, ("Person",), passive, by_agent, trig.pos)), None)
            state = self.ontology.entries.get((host.qualifier or self._country(host)) if host is not None else "")
            if state is not None and state.kind in (trig.target_kinds or rel.target):
                ends["target"] = [Mention(host.start, host.start, state.name, state.id, state.kind, "implied")]
        if rel.symmetric and not ends["target"] and len(ends["source"]) > 1 and "agent" in trig.source:
            # "Erdogan and Mitsotakis met in Ankara": those who met are listed as the subject
            ends["source"], ends["target"] = ends["source"][:1], ends["source"][1:]
        if rel.symmetric and trig.source == trig.target and "agent" not in trig.source:
            # "talks between A and B": one list holds both ends, the first listed and those after (a row between
            # A and B, which is not symmetric, goes both ways)
            listed = ends["source"]
            ends["source"], ends["target"] = listed[:1], listed[1:]
        if not ends["source"] and ends["target"] and "from" in trig.source and rel.cues and s.focus is not None \
                and any(w in self._trade_forms for w in trig.words) \
                and s.focus.kind in rel.source and all(t.key != s.focus.key for t in ends["target"]) \
                and not s.after_all(t_end, "from") and not s.names_origin(ends["target"], s.focus, t_start) \
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
        if rel.home_agent and passive and by_agent is None and not ends["source"] and ends["target"]:
            place = self._state_of_place(s.after(t_end, "in"))
            if place is not None:
                ends["source"] = [place]  # "was arrested in Yekaterinburg": by Russia
        if rel.carry_agent and ends["source"]:
            self._carry(rule.type, ends["source"], s, t_start)
        elif rel.carry_agent and passive and by_agent is None and ends["target"] and self._recent(rule.type):
            carried = self._carried[rule.type]
            ends["source"] = list(carried.sources)  # "Red Sand Logistics was also blacklisted"
            self._carried[rule.type] = replace(carried, sentence=self._sentence_no)  # the story is still on it
        if trig.source == ("agent",) and not ends["source"] and ends["target"] and s.gerund_doer(t_start) == (True, None):
            self._unnamed[rule.type] = (self._sentence_no, ends["target"])  # "detained three people suspected of spying"
        if rel.home_agent and passive and by_agent is None and not ends["source"] and ends["target"] and self._home is not None:
            ends["source"] = [self._home]  # "were arrested at a checkpoint", filed from the state that arrested them
        if rel.cues:
            # "Luqing is accused of buying the crude from Sepehr": a short name the finder does not know stands
            # for the party named before, like a passive's goods
            # and goods that "came from France's fleet" are the goods a buyer before bought
            open_end = trig.pos == "verb" and (passive or (not ends[agent_end] and _unknown_name_opens(s))
                                               or GOODS_MOVE.issuperset(trig.words))
            self._carry_over(rule.type, ends, open_end, s, t_start, rel)
        if rel.propagate:
            for end in rel.propagate:
                ends[end] = ends[end] + [self._qualifier(m) for m in ends[end] if self._qualifier(m) is not None]
        out = []
        for source in ends["source"]:
            for target in ends["target"]:
                if source.key == target.key or source.kind not in rel.source or target.kind not in rel.target:
                    continue
                if "captor" in trig.target and ((self._qualifier(source) or source).key == target.key or _nationals(source)):
                    continue  # "Taiwan's bureau detained three suspected of passing secrets": the bureau arrests, not spies;
                    # "three Bulgarians were convicted of spying": people of a state, not the state
                if ("home" in trig.target or "host" in trig.target or trig.target == ("in",)) and source.kind == "Person" \
                        and target.key in (source.qualifier, self._country(source)):
                    continue  # "LIMA - Peru's president arrived on Monday", "met X in Lima": at home, no visit
                if (("home" in trig.target and target.form == "implied" and target.start == s.sentence.start)
                        or "meet" in trig.words) and "Place" in rel.target and not (source.qualifier or self._country(source)):
                    continue  # "LIMA - businessman X arrived", "X met officials in Lima": from abroad? the text does not say
                out.append(self._found(rule, source, target, s, t_start, doc_date, t_end))
        return out

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

    def _charged_with_typed(self, s: "ParsedSentence", t_end: int, type_name: str) -> bool:
        """Whether the act after "of"/"for" ("accused X of supplying Y") is a trigger verb of another type."""
        at = next((i for i in range(t_end, min(len(s.lower), t_end + 10)) if s.lower[i] in ("of", "for")), None)
        if at is None:
            return False
        k = next((i for i in range(at + 1, min(len(s.lower), at + 4)) if s.lower[i].endswith("ing")), None)  # past a quote
        if k is not None and s.lower[k] not in LIGHT_ACTS:
            return any(r.type != type_name and r.trigger.pos == "verb" for r, _ in self._forms.get(s.lower[k], ()))
        # "blamed China for the hack", "of being behind a cyber campaign": the act is a noun
        words = []
        for w in s.lower[(k if k is not None else at) + 1:at + 10]:
            if w in (",", ";", ".", "and", "that", "which"):
                break
            words.append(w)
        forms = words + [a + " " + b for a, b in zip(words, words[1:])]
        return any(r.type != type_name and r.trigger.pos != "verb" for f in forms for r, _ in self._forms.get(f, ()))

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

    def _agent(self, s: "ParsedSentence", t_start: int, kinds: tuple[str, ...], passive: bool,
               by_agent: Mention | None, pos: str, skip: Mention | None = None) -> list[Mention]:
        if passive:
            if by_agent is None and pos == "verb":
                origin = s.origin_subject(t_start)  # "Kazakh uranium had been sold to Iran": Kazakhstan sold it
                return [origin] if origin is not None and origin.kind in kinds else []
            return s.coordinated(by_agent, kinds) if by_agent is not None and by_agent.kind in kinds else []
        if pos == "phrase":  # "the African Union mission in Somalia": the name before the phrase is whose
            k = next((k for k, (_, j) in enumerate(s.span) if j == t_start and not s.mentions[k].attached), None)
            modifier = s.mentions[k] if k is not None else None
            # only inside a noun phrase: "Chile and Peru traded accusations" has a subject, not a modifier
            if modifier is not None and modifier.kind in kinds and modifier is not skip \
                    and s.span[k][0] > 0 and s.lower[s.span[k][0] - 1] in NOUN_PHRASE_OPENERS:
                return [modifier]
        if pos == "noun" and s.unnamed_holder(t_start):
            return []  # "China protested over its president's visit": the visitor is no one named here
        if pos == "noun" and _agentive(s.lower[t_start]):
            holder = s.role_holder(t_start) or apposed(s, t_start)
            if holder is not None and holder.kind in kinds and holder is not skip:
                return [holder]
        envoy = s.envoy_doer(t_start, self._envoys) if pos == "noun" else None
        if envoy is not None and envoy.kind in kinds and envoy is not skip:
            return [envoy]  # "expelled two Russian diplomats suspected of espionage": Russia
        applies, doer = s.gerund_doer(t_start)
        if applies:
            return [doer] if doer is not None and doer.kind in kinds and doer is not skip else []
        if pos == "noun":
            modifier = s.name_modifier(t_start)
            if modifier is not None and modifier.kind in kinds and modifier is not skip:
                # "condemned the US sanctions on Iran": the US's; "Switzerland applies EU sanctions": both's
                adopter = next((c for c in s.subject_candidates(t_start) if c.kind in kinds and c.key != modifier.key), None) \
                    if s.adopts(modifier) else None
                return [modifier] + (s.coordinated(adopter) if adopter is not None else [])
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
                return listed_before(s, m) + s.coordinated(m)
        authorities = s.authorities_in(t_start) if pos == "verb" else None
        if authorities is not None and authorities.kind in kinds:
            return [authorities]  # "Police in Pakistan arrested X"
        speaker = s.pronoun_speaker(t_start) if pos == "verb" else None
        if speaker is not None and speaker.kind in kinds:
            return s.coordinated(speaker)  # "Kenya and Djibouti said they had no plans to recognise X"
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
        speaker = next((m for m in s.joined_to_speaker(t_start) if m.kind in kinds and m is not skip), None) \
            if pos == "verb" else None
        return [speaker] if speaker is not None else []

    @staticmethod
    def _state_of_place(m: Mention | None) -> Mention | None:
        """The state named with "in" ("arrested in Minsk"); not a region's, whose authority may be disputed."""
        return m if m is not None and m.kind == "State" else None

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
        # the body's own words are the evidence for its state: "Mossad" stands for Israel
        return Mention(m.start, m.end, entry.name, entry.id, entry.kind, "qualifier") if entry else None

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

    def _found(self, rule: _Rule, source: Mention, target: Mention, s: "ParsedSentence", t_start: int, doc_date: str,
               t_end: int = 0) -> Found:
        text = s.text
        trigger_char = s.tokens[t_start][1] - s.sentence.start
        facts = self._facts(s)
        if rule.type not in facts:
            facts[rule.type] = self._items(rule.type, text)
        modality = self._modality(text, trigger_char, s, source, described=rule.trigger.source == ("nearest",),
                                  trigger_last=s.tokens[max(t_end, t_start + 1) - 1][1] - s.sentence.start)
        if rule.trigger.target == ("suspected",) and modality != "denied":
            modality = "alleged"  # the arrest is a fact; what it is for was only suspected
        return Found(
            type=rule.type, source=source, target=target, sentence=s.sentence,
            modality=modality,
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

    def _modality(self, text: str, trigger_char: int, s: "ParsedSentence", source: Mention, described: bool = False,
                  trigger_last: int = -1) -> str:
        """`described`: the trigger describes the body before it ("X, a firm registered in Y"), and what the
        sentence says after that description ("that it says carried ...") is about something else.
        `trigger_last`: where the trigger's last word starts ("traded accusations")."""
        lo = max(0, min(trigger_char, source.start - s.sentence.start) - 40)
        negation = self._negation_re.search(text, lo, trigger_char)
        if negation and s.interrupted(negation.start(), trigger_char):
            negation = None  # "Turkey, which does not recognise Cyprus, criticised Nicosia": the "not" is the aside's
        if negation and len(text[negation.end():trigger_char].split()) >= 3 and text[:trigger_char].rstrip().endswith(" and"):
            negation = None  # "said it had not been consulted and criticised the EU": the "not" is the first verb's
        if negation and not NOT_ONLY.search(text, lo, trigger_char) and \
                not any(w.lower() in self._speech for w in re.findall(r"[A-Za-z]+", text[negation.end():trigger_char])):
            return "denied"  # but "rejected the criticism, saying Tehran was shipping drones": the saying asserts
        if NO_GOODS.match(text) and not re.search(r"[,;:]", text[:trigger_char]):
            return "denied"  # '"No aircraft are being bought from Qatar," the spokesman said'
        if DENIED_REPORT.search(text, 0, trigger_char):
            return "denied"  # "X denied a media report that uranium had been sold to Iran"
        # an accusation in a later clause ("..., accusing them of ...") is about something else, and so is one
        # before a verb joined by "and" ("accused Tokyo of meddling and warned Manila": the warning is a fact)
        joined = text[:trigger_char].rstrip().endswith((" and", ",and")) and \
            not s.lower[bisect.bisect_right(s._starts, s.sentence.start + trigger_char) - 1].endswith("ing")
        # and one in another clause (an aside, a relative clause on the object) is not the trigger's either; an adverb
        # is shared by the verbs it precedes ("allegedly bought weapons ... and sold them to the RSF"); a marker inside
        # the trigger itself ("traded accusations") says nothing of its modality; one after "and" opens an act of its
        # own ("threatened sanctions and accused Iran of ..."), and one inside a ", which claims ...," aside is the
        # aside's; a description reaches back only to the body it describes: "the suspects were paid through X, a firm
        # registered in Y" is no allegation about where X is registered
        since = source.start - s.sentence.start if described else 0
        if any(at != trigger_char and not (trigger_char < at <= trigger_last)
               and not (at < trigger_char and (at < since or (joined and not ADVERB.match(text, at)) or s.interrupted(at, trigger_char)))
               and not (at > trigger_char and (described or text[:at].rstrip().endswith(" and")))
               and not allegation_elsewhere(text, at, trigger_char)
               for at in s.facts["alleged"]):
            return "alleged"
        if DURING_EVENT.search(text, 0, trigger_char) and text[trigger_char:trigger_char + 12].lower().startswith(EVENT_HEADS):
            return "asserted"  # "During Netanyahu's visit to Baku, Aliyev revealed ...": the visit is taken as given
        lo, hi = s.temporal_clause(trigger_char)  # "officials said, after X met Y": the meeting is a fact
        if hi:
            return "reported" if any(lo <= at < hi for at in s.facts["reported"]) else "asserted"
        # "X condemned Y and said ...": a later verb of X's own says nothing of the condemnation;
        # "announced its own sanctions": announcing is the act itself
        # "X criticised Y, saying ...": the saying is X's own reason, not a source for the criticism; "designated X and
        # 19 tankers that it says carried oil": the saying is the relative clause's
        own = [at for at in s.facts["reported"] if (at > trigger_char and (described
                                                                            or (text[:at].rstrip().endswith((" and", ","))
                                                                                and text[at:at + 6].lower() == "saying")
                                                                            or text[:at].rstrip().endswith(" and")
                                                                            or s.says_something(at)
                                                                            or LATER_ASIDE.search(text, trigger_char, at)
                                                                            or RELATIVE_SAYING.search(text, trigger_char, at)))
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


def _unknown_name_opens(s: "ParsedSentence") -> bool:
    """Whether the sentence opens with a capitalised name that is no mention ("Luqing is accused of ...")."""
    if not s.tokens or any(a == 0 for a, _ in s.span):
        return False
    word = s.tokens[0][0]
    return word[:1].isupper() and word.isalpha() and word.lower() not in SENTENCE_STARTERS \
        and len(s.tokens) > 1 and s.lower[1] in ("is", "was", "has", "had", "allegedly", "reportedly", "also")


#: Verbs that carry an act named by a noun: "accused X of being behind a hacking campaign", "of conducting espionage".
LIGHT_ACTS = frozenset("being conducting carrying running orchestrating launching staging mounting organising organizing "
                       "directing sponsoring".split())
#: Kinds of actor a story's own act can belong to ("condemned the decision": the state or body the story opens with).
LEDE_KINDS = ("State", "Organization", "Agency", "Company")


def _nationals(m: Mention) -> bool:
    """A demonym that names people of a state ("three Bulgarians"), not the state."""
    return m.form == "demonym" and m.text.endswith("s") and not m.text.endswith("ss")


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


@lru_cache(maxsize=4)
def _default_extractor(folder: str) -> RelationExtractor:
    return RelationExtractor(Ontology.load(folder or None))

