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
from loaders.ends import ParsedSentence
from loaders.found import RULESET, Found, _date, _dedupe
from loaders.mentions import Mention, _is_dateline
from loaders.people import ACCOMPANIED, PeopleReader
from loaders.references import IT_INSIDE, IT_OPENS, ReferenceReader, _focus_company
from loaders.segment import Sentence, split_sentences
from loaders.triggers import _cue_regex, _forms

__all__ = ["RULESET", "Found", "RelationExtractor"]

AMOUNT = re.compile(
    r"(?:(?:US|U\.S\.|A|C)?[$€£¥]\s?\d[\d,.]*(?:\s?(?:trillion|billion|million|thousand|bn|m|tn)\b)?"
    r"|\b\d[\d,.]*\s?(?:trillion|billion|million|thousand)?\s?(?:dollars|euros|pounds|rubles|roubles|yuan|yen|rupees|manat|shekels|USD|EUR|GBP)\b"
    r"|\b\d+(?:[.,]\d+)?\s?(?:per ?cent|percent|%)"
    r"|\b(?:one|two|three|a)[- ](?:quarter|third|half|tenth)\b)", re.I)
#: A negation that negates something else: "not only", "not just".
NOT_ONLY = re.compile(r"\bnot (?:only|just)\b", re.I)
ITEM_MODIFIERS = re.compile(r"((?:(?:[A-Z0-9][\w\-]*|[a-z]+-[a-z]+)\s+){0,3})$")
ITEM_DETERMINER = re.compile(r"^(?:The|A|An|This|These|Those|Its|Their)\s+")
DENIED_REPORT = re.compile(r"\b(?:denied|denies|deny|denying|rejected|dismissed|refuted)\s+(?:\w+\s+){0,4}?"
                           r"(?:reports?|claims?|allegations?|accusations?|suggestions?|speculation)\s+(?:\w+\s+){0,6}?that\b", re.I)
NAMED_GOODS = re.compile(r"\s+of\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z][\w-]*")
#: "during Netanyahu's visit", "following her talks with": an event named as the time of something else.
DURING_EVENT = re.compile(r"\b(?:[Dd]uring|[Ff]ollowing)\s+(?:[\w'’.-]+\s+){0,5}$")
EVENT_HEADS = ("visit", "trip", "tour", "talks", "meeting", "stay")
#: A document is about one cued type when its cues occur this often, and this many times more than another's.
TOPIC_MIN_CUES = 3
TOPIC_MARGIN = 2


@dataclass(frozen=True, slots=True)
class _Rule:
    type: str
    trigger: Trigger
    index: int


class RelationExtractor(ReferenceReader, PeopleReader):
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
        self._verb_forms = frozenset(f for f, rules in forms.items() if any(r.trigger.pos == "verb" for r, _ in rules))
        self._trigger_automaton = ahocorasick.Automaton()
        for form in forms:
            self._trigger_automaton.add_word(form, form)
        self._trigger_automaton.make_automaton()
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
        self._speech = frozenset(w.lower() for w in lex.get("speech_verbs", ()))
        self._caption_type = lex.get("caption_meeting", "") if lex.get("caption_meeting", "") in ontology.relations else ""
        self._shared = frozenset(t for t in lex.get("companion_shares", ()) if t in ontology.relations)
        self._event_nouns = frozenset(w.lower() for w in lex.get("event_nouns", ()))
        self._ending = frozenset(w.lower() for w in lex.get("ending_words", ()))
        self._title_words = frozenset(w for t in lex.get("titles", ()) for w in t.lower().split())
        self._home: Mention | None = None  # the dateline's state of the document being read
        self._envoys = frozenset(w.lower() for w in lex.get("envoy_nouns", ()))
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
        mentions = sorted(mentions, key=lambda m: m.start)
        pos = tpos = 0
        history: list[Mention] = []
        subject: Mention | None = None  # the previous sentence's first actor, for a sentence opening with "It"
        for sentence in sentences:
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
            parsed_here, with_refs = False, inside
            if here and (len(inside) > 1 or self._any_reference.search(sentence.text) or IT_OPENS.match(sentence.text)
                         or IT_INSIDE.search(sentence.text, 1) or (focus is not None and inside)
                         or self._company_reference.search(sentence.text)):
                parsed_here = True
                parsed = ParsedSentence(sentence, inside, self._speech, self._collective, self._verb_forms, self._title_words)
                with_refs = self._references(sentence, inside, history, parsed, subject)
                if len(with_refs) != len(inside):
                    parsed = ParsedSentence(sentence, with_refs, self._speech, self._collective, self._verb_forms, self._title_words)
                parsed.topic = topic
                parsed.focus = focus
                found.extend(self._sentence(parsed, here, doc_date))
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
                near = s.nearest_before(t_start, kinds)
                ends[end] = [near] if near is not None else []
            elif slots == ("agent",):
                ends[end] = self._agent(s, t_start, kinds, passive, by_agent, trig.pos, skip=owner)
            else:
                ends[end] = self._slot(s, t_end, slots, kinds, passive, t_start, origin=end == "source")
                if not ends[end] and end == "target":
                    ends[end] = s.colon_list(t_end, kinds)  # "sanctions against two commanders: A and B."
        if not ends["target"] and "host" in trig.target:
            # "X was hosted by the Vietnamese prime minister": X visited the host's state
            host = next(iter(self._agent(s, t_start, ("Person",), passive, by_agent, trig.pos)), None)
            state = self.ontology.entries.get((host.qualifier or self._country(host)) if host is not None else "")
            if state is not None and state.kind in (trig.target_kinds or rel.target):
                ends["target"] = [Mention(host.start, host.start, state.name, state.id, state.kind, "implied")]
        if rel.symmetric and not ends["target"] and len(ends["source"]) > 1 and "agent" in trig.source:
            # "Erdogan and Mitsotakis met in Ankara": those who met are listed as the subject
            ends["source"], ends["target"] = ends["source"][:1], ends["source"][1:]
        if trig.source == trig.target and "agent" not in trig.source:
            # "talks between A and B": one list holds both ends, the first listed and those after
            listed = ends["source"]
            ends["source"], ends["target"] = listed[:1], listed[1:]
        if not ends["source"] and ends["target"] and "from" in trig.source and rel.cues and s.focus is not None \
                and any(w in self._trade_forms for w in trig.words) \
                and s.focus.kind in rel.source and all(t.key != s.focus.key for t in ends["target"]) \
                and not s.after_all(t_end, "from") and not s.names_origin(ends["target"], s.focus):
            ends["source"] = [s.focus]  # "Portugal took delivery of its fifth C-390" in a story about Embraer
        followers = s.followed_by(t_end, kinds=(rel.target if agent_end == "target" else rel.source))
        if followers and ends[agent_end]:
            ends[agent_end] = ends[agent_end] + followers  # "India was the largest buyer, followed by Spain and the Netherlands"
        if rel.home_agent and passive and by_agent is None and not ends["source"] and ends["target"] and self._home is not None:
            ends["source"] = [self._home]  # "were arrested at a checkpoint", filed from the state that arrested them
        if rel.propagate:
            for end in rel.propagate:
                ends[end] = ends[end] + [self._qualifier(m) for m in ends[end] if self._qualifier(m) is not None]
        out = []
        for source in ends["source"]:
            for target in ends["target"]:
                if source.key == target.key or source.kind not in rel.source or target.kind not in rel.target:
                    continue
                if ("home" in trig.target or "host" in trig.target or trig.target == ("in",)) and source.kind == "Person" \
                        and target.key in (source.qualifier, self._country(source)):
                    continue  # "LIMA - Peru's president arrived on Monday", "met X in Lima": at home, no visit
                if (("home" in trig.target and target.form == "implied" and target.start == s.sentence.start)
                        or "meet" in trig.words) and "Place" in rel.target and not (source.qualifier or self._country(source)):
                    continue  # "LIMA - businessman X arrived", "X met officials in Lima": from abroad? the text does not say
                out.append(self._found(rule, source, target, s, t_start, doc_date))
        return out

    def _agent(self, s: "ParsedSentence", t_start: int, kinds: tuple[str, ...], passive: bool,
               by_agent: Mention | None, pos: str, skip: Mention | None = None) -> list[Mention]:
        if passive:
            if by_agent is None and pos == "verb":
                origin = s.origin_subject(t_start)  # "Kazakh uranium had been sold to Iran": Kazakhstan sold it
                return [origin] if origin is not None and origin.kind in kinds else []
            return s.coordinated(by_agent, kinds) if by_agent is not None and by_agent.kind in kinds else []
        if pos == "noun" and s.unnamed_holder(t_start):
            return []  # "China protested over its president's visit": the visitor is no one named here
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
        candidates = s.subject_candidates(t_start)
        own = [m for m in candidates if s.clause[s.span[s._k(m)][0]] == s.clause[t_start]]
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

    def _qualifier(self, m: Mention) -> Mention | None:
        """The state that qualifies a body in the text ("Norway's Equinor"), as a mention of its own."""
        if m.kind == "State":
            return None
        # a named body the text gives a state ("Norway's Equinor"), or a state organ found by its shape
        # ("Latvia's State Security Service", "the Indian Air Force"); a company found by its shape keeps its sale
        state = m.qualifier if m.qualifier.startswith("state:") and m.form != "description" and \
            (m.form != "pattern" or m.kind == "Agency") else ""
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
            elif slot in ("object", "with-object"):
                m = s.after(t_end, None, origin=origin)
                titled = s.titled_person(m) if m is not None and m.kind != "Person" else None
                if titled is not None and titled.kind in kinds:
                    m = titled  # "met the company's chief executive, X": X, not the company
            elif slot == "between":
                m = s.after(t_end, "between")
            elif slot == "envoy":
                m = s.envoy_state(t_end, self._envoys)
            elif slot == "owner":
                m = s.owner_after(t_end)
            elif slot == "home":
                # "X arrived on Tuesday" filed from the place: only when the sentence names no other place
                places = [c for c in s.mentions if c.kind in kinds and not c.attached and c.form != "qualifier"]
                home = self._home if not places else None
                if home is not None and home.kind in kinds:
                    return [Mention(s.sentence.start, s.sentence.start, home.text, home.key, home.kind, "implied")]
                continue
            elif slot == "subject":
                m = next((c for c in s.subject_candidates(t_start) if c.kind in kinds), None)
            else:
                found = [m for m in s.after_all(t_end, slot) if m.kind in kinds]
                if found:
                    return list(dict.fromkeys(c for m in found for c in s.coordinated(m, kinds)))
                continue
            if m is not None and m.kind in kinds:
                return s.coordinated(m, kinds)
        return []

    def _found(self, rule: _Rule, source: Mention, target: Mention, s: "ParsedSentence", t_start: int, doc_date: str) -> Found:
        text = s.text
        trigger_char = s.tokens[t_start][1] - s.sentence.start
        facts = s.facts
        if not facts:  # worked out once per sentence, whatever number of claims it holds
            facts["amount"] = "; ".join(dict.fromkeys(m.group(0).strip() for m in AMOUNT.finditer(text)))
            facts["date"] = _date(text)
            facts["alleged"] = [m.start() for m in self._modality_re["alleged"].finditer(text)] if "alleged" in self._modality_re else []
            facts["reported"] = [m.start() for m in self._modality_re["reported"].finditer(text)] if "reported" in self._modality_re else []
        if rule.type not in facts:
            facts[rule.type] = self._items(rule.type, text)
        return Found(
            type=rule.type, source=source, target=target, sentence=s.sentence,
            modality=self._modality(text, trigger_char, s, source),
            rule=f"{RULESET}/{rule.type}.{rule.index}{'.passive' if s.passive(t_start) else ''}",
            amount=facts["amount"], items=facts[rule.type], date=facts["date"] or doc_date, fallback=rule.trigger.fallback)

    def _modality(self, text: str, trigger_char: int, s: "ParsedSentence", source: Mention) -> str:
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
        if any(at != trigger_char and ((at < trigger_char and not joined) or (at > trigger_char and "," not in text[trigger_char:at]))
               for at in s.facts["alleged"]):
            return "alleged"
        if DURING_EVENT.search(text, 0, trigger_char) and text[trigger_char:trigger_char + 12].lower().startswith(EVENT_HEADS):
            return "asserted"  # "During Netanyahu's visit to Baku, Aliyev revealed ...": the visit is taken as given
        lo, hi = s.temporal_clause(trigger_char)  # "officials said, after X met Y": the meeting is a fact
        if hi:
            return "reported" if any(lo <= at < hi for at in s.facts["reported"]) else "asserted"
        # "X condemned Y and said ...": a later verb of X's own says nothing of the condemnation;
        # "announced its own sanctions": announcing is the act itself
        own = [at for at in s.facts["reported"] if (at > trigger_char and (text[:at].rstrip().endswith(" and")
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


def _agentive(word: str) -> bool:
    """Nouns for a party rather than an act: supplier, buyer, customer."""
    return word.endswith(("er", "ers", "or", "ors")) or word in ("customer", "customers", "client", "clients")


@lru_cache(maxsize=4)
def _default_extractor(folder: str) -> RelationExtractor:
    return RelationExtractor(Ontology.load(folder or None))

