"""Stage 5: typed, directed relations from the trigger words of the ontology.

Within each sentence, a trigger word of a relation type ("sold", "purchase",
"spying") is found, then its two ends: the `agent` (the subject before it, or
the `by` phrase of a passive) and the actor introduced by the slots the type
names (a preposition such as `to` or `from`, or the direct `object`). The kinds
of both ends must be ones the type allows. Every claim keeps the sentence, the
offsets of both mentions, the rule and the modality.

The sentence's parse is in `loaders.clauses` and `loaders.ends`. `RelationExtractor`
reads a document sentence by sentence and mixes in the rest: trigger words and
the choice of their rules (`loaders.triggers`), the agent end (`loaders.agents`),
the end the type's slots name (`loaders.slots`), modality and the claim itself
(`loaders.modality`), agents carried past their sentence (`loaders.carry`), seats
(`loaders.located`), references to actors named before ("the latter", "it") in
`loaders.references`, suspects (`loaders.suspects`) and people (`loaders.people`).

>>> from loaders.mentions import MentionFinder
>>> ex = RelationExtractor.default()
>>> text = "Peru bought 12 attack helicopters from Chile in 2019."
>>> [(c.type, c.source.key, c.target.key, c.date) for c in ex.extract(text, MentionFinder.default().find(text))]
[('SELLS_TO', 'state:chile', 'state:peru', '2019')]
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from functools import cache, lru_cache

import ahocorasick

from graph.ontology import ENV_VAR as ONTOLOGY_ENV, Ontology
from loaders.agents import AgentReader, _agentive
from loaders.carry import Carried, CarryReader
from loaders.ends import ParsedSentence
from loaders.found import RULESET, Found, _dedupe
from loaders.located import OPERATES_IN, Places, SeatReader
from loaders.mentions import Mention, _is_dateline
from loaders.spans import SENTENCE_STARTERS
from loaders.modality import ModalityReader
from loaders.people import ACCOMPANIED, PeopleReader
from loaders.references import IT_INSIDE, IT_OPENS, PAIR, ReferenceReader, _focus_company, company_reference
from loaders.suspects import SuspectReader
from loaders.segment import Sentence, split_sentences
from loaders.slots import SlotReader, _attributive, described, noun_before
from loaders.triggers import TriggerReader, _cue_regex, _forms, _Rule

__all__ = ["RULESET", "Found", "RelationExtractor"]

#: Verbs whose subject is the goods themselves.
GOODS_MOVE = frozenset({"come"})
OBJECT_WORDS = frozenset("the a an its their his her them him it this these those with".split())
#: How many characters on "a Dubai-based firm" may still be named ("The firm, X, ...").
UNNAMED_SEAT_CHARS = 1200


class RelationExtractor(ReferenceReader, SuspectReader, PeopleReader, TriggerReader, AgentReader, SlotReader,
                        CarryReader, ModalityReader, SeatReader):
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
        self._company_reference = company_reference(lex.get("company_descriptors", ()))
        self._any_reference = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for words in ref.values() for w in words) + r")(?![\w-])", re.I)
        self._blocking = frozenset(w.lower() for w in lex.get("blocking", ()))
        self._suspect_tables(ontology)
        self._speech = frozenset(w.lower() for w in lex.get("speech_verbs", ()))
        self._caption_type = lex.get("caption_meeting", "") if lex.get("caption_meeting", "") in ontology.relations else ""
        self._shared = frozenset(t for t in lex.get("companion_shares", ()) if t in ontology.relations)
        self._event_nouns = frozenset(w.lower() for w in lex.get("event_nouns", ()))
        self._vehicles = frozenset(w.lower() for w in lex.get("vehicle_nouns", ()))
        self._body_nouns = frozenset(w.lower() for w in lex.get("body_nouns", ()))
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
        # the types a story's topic chooses between: those whose triggers include trade words (sales, supplies)
        self._trade_types = frozenset(name for name in self._cue_re if any(
            w.lower() in self._trade_forms for trig in self.relations[name].triggers for w in trig.words))

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
            unnamed = [u for u in unnamed if sentence.start - u[0].start < UNNAMED_SEAT_CHARS]
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

    # -- one sentence --------------------------------------------------------------------------

    def _sentence(self, s: "ParsedSentence", triggers: list[tuple[int, int, str]], doc_date: str) -> list[Found]:
        """The claims of one parsed sentence, from the trigger words found in it."""
        out: list[Found] = []
        base = s.sentence.start
        for start, end, form in triggers:
            span = (start - base, end - base)
            t_start, t_end = s.token_span(*span)
            if t_start is None:
                continue
            rules = self._choose(span, s, self._forms[form], form)
            if any(r.trigger.pos == "verb" for r, _ in rules) and any(r.trigger.pos == "noun" for r, _ in rules):
                noun = s.noun_context(t_start) and not s.gerund_with_object(t_start)
                rules = [(r, p) for r, p in rules if (r.trigger.pos == "noun") == noun]
            elif rules and t_start > 0 and all(r.trigger.pos == "verb" and form in r.trigger.words for r, _ in rules) \
                    and " " not in form and noun_before(s, t_start, all(r.type == OPERATES_IN for r, _ in rules)):
                continue  # a bare verb after "the" or a preposition is a noun: "over land reclamation", "the mine in";
                # so it is after a singular noun, which would take "operates": "the power station in"
            if form in ("order", "orders") and t_start > 0 and s.lower[t_start - 1] in ("take", "takes", "took", "taken", "taking"):
                continue  # "does not take orders from Washington": obeying, no purchase
            if form.endswith("ing") and " " not in form and t_end < len(s.lower) and s.lower[t_end] in self._body_nouns:
                continue  # "the shipping firm X", "a trading company": a kind of body, no act
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

    def _apply(self, rule: _Rule, participle: bool, s: "ParsedSentence", t_start: int, t_end: int, doc_date: str) -> list[Found]:
        """The claims one rule of the trigger at `t_start`..`t_end` makes: its two ends found, then paired."""
        rel = self.relations[rule.type]
        trig = rule.trigger
        if trig.requires and self._lacks_required(trig, s, t_start, t_end):
            return []
        if trig.fallback and self._charged_with_typed(s, t_end, rule.type):
            return []  # "accused Pyongyang of arming Moscow": the arming is the claim, found or not
        agent_end = "source" if trig.source in (("agent",), ("nearest",)) else "target"
        agent_kinds = (trig.source_kinds or rel.source) if agent_end == "source" else (trig.target_kinds or rel.target)
        passive, by_agent = self._passive_agent(trig, participle, s, t_start, t_end, agent_kinds)
        ends: dict[str, list[Mention]] = {}
        other_end = "target" if agent_end == "source" else "source"
        # "Italy's largest supplier": the possessor of an agent noun is the other party
        owner = s.possessor(t_start) if trig.pos == "noun" and _agentive(s.lower[t_end - 1]) else None
        if owner is not None and not owner.possessive:
            owner = None  # "Chinese buyers" are Chinese; only "Italy's largest supplier" names the other party
        if owner is None and trig.pos == "noun" and _agentive(s.lower[t_end - 1]):
            owner = s.its_holder(t_start)  # "..., where state-owned CGN is its biggest customer": the sentence's subject's
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
                if trig.pos == "phrase" and slots == (s.lower[t_end - 1],) and ends[end] \
                        and not s.right_after(ends[end][0], t_end):
                    ends[end] = []  # "was in Cairo for talks", not "was in talks with X in Nairobi"
                if end == "target" and all(m.form == "demonym" for m in ends[end]):
                    # "sanctions against two commanders: A and B.", "blacklisted three Chinese firms: A, B and C."
                    ends[end] = s.colon_list(t_end, kinds) or ends[end]
        if trig.source == ("agent",) and not ends["source"] and ends["target"]:
            ends["source"] = s.members_named_after(t_start, t_end, trig.source_kinds or rel.source)
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
                and all(self._country(s.focus) != t.key for t in ends["target"]) \
                and not any(c.kind in rel.source and all(c.key != t.key for t in ends["target"])
                            for c in s.subject_candidates(t_start)):  # "India supplies the bulk of Sri Lanka's imports"
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
        if out and trig.source == ("agent",) and all(f.modality == "denied" for f in out):
            # "Spain has not recognised it, nor have Russia and China": the same denial, for Russia and China
            stated = [f for f in out if f.source.form != "qualifier"]
            out.extend(replace(f, source=other) for other in s.nor_subjects(t_end, rel.source)
                       for f in stated if other.key != f.target.key)
        return out


def _unknown_name_opens(s: "ParsedSentence") -> bool:
    """Whether the sentence opens with a capitalised name that is no mention ("Luqing is accused of ...")."""
    if not s.tokens or any(a == 0 for a, _ in s.span):
        return False
    word = s.tokens[0][0]
    return word[:1].isupper() and word.isalpha() and word.lower() not in SENTENCE_STARTERS \
        and len(s.tokens) > 1 and s.lower[1] in ("is", "was", "has", "had", "allegedly", "reportedly", "also")


#: Kinds of actor a story's own act can belong to ("condemned the decision": the state or body the story opens with).
LEDE_KINDS = ("State", "Organization", "Agency", "Company")


def _nationals(m: Mention) -> bool:
    """A demonym that names people of a state ("three Bulgarians"), not the state."""
    return m.form == "demonym" and m.text.endswith("s") and not m.text.endswith("ss")


@lru_cache(maxsize=4)
def _default_extractor(folder: str) -> RelationExtractor:
    return RelationExtractor(Ontology.load(folder or None))

