"""Stage 5: typed, directed relations from the trigger words of the ontology.

Within each sentence, a trigger word of a relation type ("sold", "purchase",
"spying") is found, then its two ends: the `agent` (the subject before it, or
the `by` phrase of a passive) and the actor introduced by the slots the type
names (a preposition such as `to` or `from`, or the direct `object`). The kinds
of both ends must be ones the type allows. Every claim keeps the sentence, the
offsets of both mentions, the rule and the modality.

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
from functools import lru_cache

import ahocorasick

from graph.ontology import ENV_VAR as ONTOLOGY_ENV, Ontology, Trigger
from loaders.mentions import SENTENCE_STARTERS, Mention, _is_dateline
from loaders.segment import Sentence, split_sentences

__all__ = ["RULESET", "Found", "RelationExtractor"]

RULESET = "rules.v1"
TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
PREPOSITIONS = frozenset(
    "to from of on in into against over about with by via through at for within between among toward towards "
    "near across under despite targeting like than as including amid".split())
NOT_ROLE_BEFORE_TO = frozenset("according due owing thanks prior close next contrary".split())
FRONTING = frozenset("during in at after before on following amid despite since with".split())
NOUN_DETERMINERS = frozenset("the a an his her its their our this these those my your latter's".split())
#: Words that may follow a direct object without making it a modifier ("visited Peru last week").
OBJECT_FOLLOWERS = PREPOSITIONS | frozenset(
    "and or but as last this next earlier later recently yesterday today tomorrow again twice once also said says "
    "after before since until when while where which who whose that because if during following ahead alongside "
    "outside inside without throughout upon beside behind beyond regarding concerning directly personally "
    "separately privately publicly formally officially repeatedly".split())
SKIPPABLE = frozenset("the a an its their his her our this these those some several many all both".split())
BE = frozenset("is are was were be been being get got gets getting".split())
CLAUSE_WORDS = frozenset("that which who whom whose whereas while but although though because unless after before when until once".split())
CLAUSE_PUNCT = frozenset(";:—–")
TEMPORAL = frozenset("after before when until once".split())
#: Words that open a clause the trigger's ends do not reach into ("sold arms to Chile after Peru said ...").
SUBORDINATORS = frozenset("that which who while whereas but although because after before when unless".split())
IRREGULAR = {"sell": ("sold",), "buy": ("bought",), "send": ("sent",), "meet": ("met",), "hold": ("held",),
             "fly": ("flew", "flown"), "get": ("got", "gotten"), "make": ("made",), "spy": ("spied",),
             "lead": ("led",), "give": ("gave", "given"), "seek": ("sought",), "withdraw": ("withdrew", "withdrawn"),
             "steal": ("stole", "stolen"), "shut": ("shut",), "forbid": ("forbade", "forbidden"), "freeze": ("froze", "frozen"),
             "run": ("ran",)}
DOUBLE_FINAL = frozenset("ship slam transfer equip surveil plan ban bar".split())
AMOUNT = re.compile(
    r"(?:(?:US|U\.S\.|A|C)?[$€£¥]\s?\d[\d,.]*(?:\s?(?:trillion|billion|million|thousand|bn|m|tn)\b)?"
    r"|\b\d[\d,.]*\s?(?:trillion|billion|million|thousand)?\s?(?:dollars|euros|pounds|rubles|roubles|yuan|yen|rupees|manat|shekels|USD|EUR|GBP)\b"
    r"|\b\d+(?:[.,]\d+)?\s?(?:per ?cent|percent|%)"
    r"|\b(?:one|two|three|a)[- ](?:quarter|third|half|tenth)\b)", re.I)
#: A negation that negates something else: "not only", "not just".
NOT_ONLY = re.compile(r"\bnot (?:only|just)\b", re.I)
ITEM_MODIFIERS = re.compile(r"((?:(?:[A-Z0-9][\w\-]*|[a-z]+-[a-z]+)\s+){0,3})$")
ITEM_DETERMINER = re.compile(r"^(?:The|A|An|This|These|Those|Its|Their)\s+")
YEAR = re.compile(r"\b(1[89]\d\d|20[0-4]\d)\b")
REFERENCE_KIND = "State"
PEOPLE_NOUNS = frozenset("commanders members officials officers leaders executives employees staff generals agents "
                         "operatives soldiers troops managers directors shareholders".split())
#: "by officers of X": people acting for X, who is the agent.
AGENT_NOUNS = frozenset("officers officials agents members police troops forces soldiers operatives staff".split())
#: "in the territory of X", "over the airspace of X": the place is X.
TERRITORY_NOUNS = frozenset("territory territories soil airspace waters coast borders border capital".split())
#: A story is about one company when it names it in its first characters, this often, this many times more than another.
FOCUS_OPENING = 600
FOCUS_MIN = 4
FOCUS_MARGIN = 2
QUOTES = frozenset(('"', "“", "'", "‘"))
DENIED_REPORT = re.compile(r"\b(?:denied|denies|deny|denying|rejected|dismissed|refuted)\s+(?:\w+\s+){0,4}?"
                           r"(?:reports?|claims?|allegations?|accusations?|suggestions?|speculation)\s+(?:\w+\s+){0,6}?that\b", re.I)
AUXILIARIES = frozenset("has have had been being not also is are was were be".split())
#: Verbs whose object is charged with the act after "of": "accused Moscow of espionage".
ACCUSING = frozenset("accused accuse accuses accusing suspected suspect suspects charged convicted guilty suspicion "
                     "allegations charges".split())
#: Nouns for a standing held "as" something: "China's position as the largest buyer".
ROLE_NOUNS = frozenset("position role status standing place rank".split())
#: Verbs of saying that also take a plain object: "announced new sanctions".
NOUN_OBJECT_SPEECH = frozenset("announced announce announces announcing unveiled confirmed revealed reported".split())
NAMED_GOODS = re.compile(r"\s+of\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z][\w-]*")
#: A document is about one cued type when its cues occur this often, and this many times more than another's.
TOPIC_MIN_CUES = 3
TOPIC_MARGIN = 2
IT_VERBS = frozenset("would will has had have could can may might must should did does also then still already now later".split())
IT_INSIDE = re.compile(r"(?<![\w-])it(?![\w'’-])(?!\s+(?:is|was|has been|had been|remains|seems|appears|would be|will be)\b)")
IT_OPENS = re.compile(r"It\s+(?!is\b|was\b|has been\b|remains\b|seems\b|appears\b)")


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


class RelationExtractor:
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
        topic = self._topic(text) if triggers else ""
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
            if here and (len(inside) > 1 or self._any_reference.search(sentence.text) or IT_OPENS.match(sentence.text)
                         or IT_INSIDE.search(sentence.text, 1) or (focus is not None and inside)
                         or self._company_reference.search(sentence.text)):
                parsed = _Parsed(sentence, inside, self._speech, self._collective, self._verb_forms, self._title_words)
                with_refs = self._references(sentence, inside, history, parsed, subject)
                if len(with_refs) != len(inside):
                    parsed = _Parsed(sentence, with_refs, self._speech, self._collective, self._verb_forms, self._title_words)
                parsed.topic = topic
                parsed.focus = focus
                found.extend(self._sentence(parsed, here, doc_date))
            history.extend(inside)
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

    # -- references such as "the latter" and "his country" ------------------------------------

    def _references(self, sentence: Sentence, inside: list[Mention], history: list[Mention],
                    parsed: "_Parsed", previous_subject: Mention | None = None) -> list[Mention]:
        extra = []
        if previous_subject is not None and previous_subject.kind != "Person" and IT_OPENS.match(sentence.text):
            extra.append(Mention(sentence.start, sentence.start + 2, sentence.text[:2], previous_subject.key,
                                 previous_subject.kind, "reference"))
        for match in IT_INSIDE.finditer(sentence.text, 1):
            before = sentence.text[:match.start()].split()
            after = sentence.text[match.end():].split()[:1]
            if before and before[-1].lower() in self._verb_forms:
                target = previous_subject  # "Spain does not recognise it": it is what the last sentence was about
            elif after and (after[0] in IT_VERBS or after[0].endswith(("ed", "s"))):
                # "Chile said it would buy ...", "..., and it sanctioned ...": the sentence's subject
                start = sentence.start + match.start()
                target = next((m for m in inside if m.end <= start and not m.attached and m.kind != "Person"),
                              previous_subject)
            else:
                continue  # "most of it", "calling it": a thing
            if target is not None and target.kind != "Person":
                at = sentence.start + match.start()
                extra.append(Mention(at, at + 2, "it", target.key, target.kind, "reference"))
        for match in self._company_reference.finditer(sentence.text):
            state = self._demonyms.get(match.group(1))
            body = next((m for m in reversed(history) if m.kind == "Company" and state in (m.qualifier, self._country(m))), None)
            if body is not None:
                extra.append(Mention(sentence.start + match.start(), sentence.start + match.end(), match.group(0), body.key,
                                     body.kind, "reference"))
        # "the latter" never means the subject of its own sentence
        subject = next((m for k, m in enumerate(inside) if parsed.usable(k)), None)
        taken = [(m.start, m.end) for m in inside + extra]
        for match in self._reference_any.finditer(sentence.text):
            name = match.lastgroup
            start = sentence.start + match.start()
            before = history + [m for m in inside if m.end <= start and (m is not subject or name not in ("latter", "former"))]
            target = _refer(name, before, self.ontology, [m for m in inside if m.end <= start], self._home)
            end = sentence.start + match.end()
            if target is None or any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            word = match.group(0)
            if name == "last_person":  # "his", "her": a possessor; "he", "she": a subject
                extra.append(Mention(start, end, word, target.key, target.kind, "pronoun",
                                     possessive=word.lower() in ("his", "her")))
                continue
            possessive = sentence.text[match.end():match.end() + 2] in ("'s", "’s")
            extra.append(Mention(start, end, word, target.key, target.kind, "reference", possessive=possessive))
        if not extra:
            return inside
        return sorted(inside + extra, key=lambda m: m.start)

    # -- one sentence --------------------------------------------------------------------------

    def _sentence(self, s: "_Parsed", triggers: list[tuple[int, int, str]], doc_date: str) -> list[Found]:
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
            if s.blocked(t_start, self._blocking):
                continue  # "banned imports of Russian oil": a relation stopped, not stated
            for rule, participle in rules:
                out.extend(self._apply(rule, participle, s, t_start, t_end, doc_date))
        if any(f.fallback for f in out):
            typed = {f.source.key for f in out if not f.fallback}
            out = [f for f in out if not f.fallback or f.target.key not in typed]
        return _dedupe(out)

    def _choose(self, span: tuple[int, int], s: "_Parsed", candidates: list[tuple[_Rule, bool]],
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
            return free + [(r, p) for r, p in cued if r.type == s.topic]
        nearest = min(distance.values())
        return free + [(r, p) for r, p in cued if distance.get(r.type) == nearest]

    def _apply(self, rule: _Rule, participle: bool, s: "_Parsed", t_start: int, t_end: int, doc_date: str) -> list[Found]:
        rel = self.relations[rule.type]
        trig = rule.trigger
        if trig.requires and not any(w in s.lower for w in trig.requires):
            return []  # "the sanctions that ECOWAS imposed on Niger": "imposed" states a sanction only beside one
        passive = participle and s.passive(t_start)
        by_agent = None
        if participle or trig.pos == "noun":
            # "was sold by X" reaches across the clause; a bare participle ("sold to Peru by X") does not pass a comma
            by_agent = s.after(t_end, "by", within=None if passive else s.to_comma(t_end, 8 if participle else 4))
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
                near = s.nearest_before(t_start, kinds)
                ends[end] = [near] if near is not None else []
            elif slots == ("agent",):
                ends[end] = self._agent(s, t_start, kinds, passive, by_agent, trig.pos, skip=owner)
            else:
                ends[end] = self._slot(s, t_end, slots, kinds, passive, t_start, origin=end == "source")
                if not ends[end] and end == "target":
                    ends[end] = s.colon_list(t_end, kinds)  # "sanctions against two commanders: A and B."
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
                out.append(self._found(rule, source, target, s, t_start, doc_date))
        return out

    def _agent(self, s: "_Parsed", t_start: int, kinds: tuple[str, ...], passive: bool,
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
        candidates = s.subject_candidates(t_start)
        own = [m for m in candidates if s.clause[s.span[s._k(m)][0]] == s.clause[t_start]]
        antecedent = s.relative_antecedent(t_start) if not own else None
        if antecedent is not None and antecedent.kind in kinds and antecedent is not skip:
            return s.coordinated(antecedent)  # "the Ferrol yard of Navantia, which has sold corvettes": Navantia
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

    def _country(self, m: Mention) -> str:
        entry = self.ontology.entries.get(m.key)
        return entry.country if entry else m.qualifier

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

    def _slot(self, s: "_Parsed", t_end: int, slots: tuple[str, ...], kinds: tuple[str, ...], passive: bool,
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
            elif slot == "between":
                m = s.after(t_end, "between")
            elif slot == "envoy":
                m = s.envoy_state(t_end, self._envoys)
            elif slot == "owner":
                m = s.owner_after(t_end)
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

    def _found(self, rule: _Rule, source: Mention, target: Mention, s: "_Parsed", t_start: int, doc_date: str) -> Found:
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

    def _modality(self, text: str, trigger_char: int, s: "_Parsed", source: Mention) -> str:
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


class _Parsed:
    """A sentence's tokens, the mentions on them, and clause boundaries."""

    def __init__(self, sentence: Sentence, mentions: list[Mention], speech: frozenset[str] = frozenset(),
                 collective: frozenset[str] = frozenset(), verbs: frozenset[str] = frozenset(),
                 titles: frozenset[str] = frozenset()) -> None:
        self.sentence = sentence
        self.titles = titles
        self.verbs = verbs
        self.speech = speech
        self.collective = collective
        self.text = sentence.text
        base = sentence.start
        words = TOKEN.findall(sentence.text)
        self.tokens = []
        pos = 0
        for w in words:  # offsets without a Match object per token
            pos = sentence.text.index(w, pos)
            self.tokens.append((w, base + pos, base + pos + len(w)))
            pos += len(w)
        self.lower = [w.lower() for w in words]
        self._starts = [t[1] for t in self.tokens]
        self.mentions = mentions
        self.span = []
        for m in mentions:
            i = max(0, bisect.bisect_right(self._starts, m.start) - 1)
            j = bisect.bisect_left(self._starts, m.end)
            self.span.append((i, max(j, i + 1)))
        self.clause = self._clauses()
        self.facts: dict = {}
        self.topic = ""  # the document's dominant cued type, for a sentence that names no cue
        self.focus: Mention | None = None  # the company the document is about, for a purchase that names no seller
        self.marker: list[str | None] = []
        for k in range(len(mentions)):
            self.marker.append(self._marker(k))

    def token_span(self, start: int, end: int) -> tuple[int | None, int | None]:
        a = self.sentence.start + start
        b = self.sentence.start + end
        first = bisect.bisect_left(self._starts, a)
        last = bisect.bisect_left(self._starts, b)
        if first >= last or any(s <= first < e for s, e in self.span):
            return None, None
        return first, last


    def _clauses(self) -> list[int]:
        out, c = [], 0
        self.complement: set[int] = set()  # clauses opened by "that": reported speech, a new subject
        self.complement_starts: set[int] = set()  # the first tokens of what a verb of saying says
        in_name = {i for a, b in self.span for i in range(a, b)}  # "States" in "United States" says nothing
        outer = None  # the clause a ", which ...," interrupts: "Morocco, which claims X, does not recognise Y"
        for i, tok in enumerate(self.lower):
            if i in in_name:
                out.append(c)
                continue
            if tok == "," and outer is not None:
                c, outer = outer, None
                out.append(c)
                continue
            if tok in ("which", "who") and i > 0 and self.lower[i - 1] == "," and outer is None:
                outer = c
            if tok in self.speech and self._speech_opens_clause(i):
                out.append(c)  # the verb of saying belongs to its speaker's clause; what it says starts after it
                c += 1
                self.complement.add(c)
                self.complement_starts.add(i + 1)
                continue
            if tok in CLAUSE_PUNCT or tok in CLAUSE_WORDS or \
                    (tok == "," and i + 1 < len(self.lower) and self.lower[i + 1] in ("and", "or", "but", "while")):
                c += 1
                if tok == "that":
                    self.complement.add(c)
            out.append(c)
        return out

    def _speech_opens_clause(self, i: int) -> bool:
        """"said Peru ...", "told reporters Peru ..." open a clause; "said on Monday after a visit" does not."""
        if self.lower[i] not in self.speech:
            return False
        nxt = self.lower[i + 1] if i + 1 < len(self.lower) else "."
        # "announced its own sanctions", "announced new sanctions": an object, no new clause;
        # "said those purchases would ...": what is said
        if self.lower[i] in NOUN_OBJECT_SPEECH and (nxt in NOUN_DETERMINERS or nxt in ("new", "further", "fresh", "a", "an")):
            return False
        return nxt not in PREPOSITIONS and nxt not in OBJECT_FOLLOWERS and nxt.isalpha()

    def _marker(self, k: int) -> str | None:
        i, _ = self.span[k]
        j = i - 1
        skipped = 0
        titled = False  # skipped a capitalised title: "by President X"
        while j >= 0 and skipped <= 2:
            tok = self.lower[j]
            if tok in PREPOSITIONS:
                if tok == "of" and j >= 3 and self.lower[j - 1] in TERRITORY_NOUNS and self.lower[j - 2] == "the" \
                        and self.lower[j - 3] in PREPOSITIONS:
                    return self.lower[j - 3]  # "active in the territory of X" is "in X"
                if tok == "of" and j >= 2 and self.lower[j - 1] in AGENT_NOUNS and self.lower[j - 2] == "by":
                    return "by"  # "detained by officers of the State Security Service"
                if tok == "of" and j >= 1 and self.lower[j - 1] in AGENT_NOUNS and (j == 1 or self.lower[j - 2] in (",", "the")):
                    return None  # "Officers of the Security Service arrested X": the service acts
                if titled and tok == "of" and j > 0 and self.lower[j - 1] in self.titles:
                    j -= 1  # "Secretary of State X": the "of" is the title's
                    continue
                if titled and tok in ("including", "like", "as"):
                    return None
                if tok == "to" and j > 0 and self.lower[j - 1] in NOT_ROLE_BEFORE_TO:
                    return "according"  # "according to", "due to": a source or a cause, never an end
                return tok
            if tok == "," and skipped == 0 and not (k > 0 and self.span[k - 1][1] == j):
                x = j - 1  # "on a UAE-based trading company, Sahara Horizon": the company named is still "on"
                while x > 0 and j - x <= 6 and self.lower[x] not in PREPOSITIONS and (self.tokens[x][0][:1].islower()
                                                                                       or "-" in self.tokens[x][0]):
                    x -= 1
                after = self.lower[self.span[k][1]] if self.span[k][1] < len(self.lower) else "."
                if x > 0 and self.lower[x] in PREPOSITIONS and self.lower[x + 1] in ("a", "an") and after in (",", ".", ")", ";") \
                        and not any(a <= y < b for a, b in self.span for y in range(x + 1, j)):
                    return self.lower[x]  # an apposition closes with a comma; "under a deal, Israel sold" has a subject
            if tok == "," and k > 0 and self.span[k - 1][1] == j and skipped == 0:
                after = self.lower[self.span[k][1]] if self.span[k][1] < len(self.lower) else "."
                if after in (",", ".", ")", ";") and self.marker[k - 1] != "according" and \
                        (self.mentions[k].kind == "Person") == (self.mentions[k - 1].kind == "Person"):
                    return self.marker[k - 1]  # apposition: "in Lima, Peru," is still "in"; "to Bosnia, Igor X," is not
                return None
            if tok in ("and", "or") and skipped == 0 and k > 0 and self.span[k - 1][1] == j and self.marker[k - 1] not in (None, "obj") \
                    and self.mentions[k - 1].kind == self.mentions[k].kind:
                return self.marker[k - 1]  # "spying for Russia or Belarus": Belarus is also "for"
            if tok in self.verbs and skipped == 0 and j == i - 1 and self.lower[i - 1] not in BE:
                return "obj"  # "who visited Beijing and met X": Beijing is an object, never the subject
            if tok in ("and", "or", "but", "nor") or tok in self.verbs or tok in self.speech:
                return None  # "to meet X": X is the object of a verb, not of "to"
            before = next((q for q in range(k) if self.span[q][1] == j + 1 and self.mentions[q].attached), None)
            if before is not None:  # "from South Korea's Hyundai Rotem": look past the qualifier
                j = self.span[before][0] - 1
                continue
            if tok in self.titles and self.tokens[j][0][:1].isupper():
                titled = True
                j -= 1
                continue
            if tok in SKIPPABLE or (self.tokens[j][0].replace("-", "").isalpha() and self.tokens[j][0].islower()
                                    and tok not in CLAUSE_WORDS and tok not in BE):
                j -= 1
                skipped += 1
                continue
            if tok in ("'", "’", "s", "'s", "’s"):
                j -= 1
                continue
            return None
        return None

    def _k(self, m: Mention) -> int:
        return self.mentions.index(m)

    def usable(self, k: int) -> bool:
        m = self.mentions[k]
        return not m.attached and self.marker[k] is None and not self._inside_name(k) and not _determiner(m)

    def _inside_name(self, k: int) -> bool:
        """A state name after a capitalised word is part of a longer name: "Radio Free Asia", "Bank Melli Iran"."""
        i, _ = self.span[k]
        if i == 0 or self.mentions[k].kind != "State" or self.mentions[k].form not in ("name", "alias"):
            return False
        prev = self.tokens[i - 1][0]
        if not prev[:1].isupper() or prev.lower() in SENTENCE_STARTERS or i - 1 == 0:
            return False
        return not any(a <= i - 1 < b for a, b in self.span)

    def subject_candidates(self, t_start: int) -> list[Mention]:
        """Unmarked mentions before the trigger: its own clause first, left to right, then earlier clauses."""
        clause = self.clause[t_start]
        by_clause: dict[int, list[Mention]] = {}
        for k, m in enumerate(self.mentions):
            i, j = self.span[k]
            if j > t_start or not self.usable(k) or self._owns_other(k, t_start):
                continue
            by_clause.setdefault(self.clause[i], []).append(m)
        out = []
        for c in range(clause, -1, -1):
            out.extend(by_clause.get(c, ()))
            if c in self.complement:
                break  # the speaker of "X said that ..." is not the subject inside
        return out

    def role_holder(self, t_start: int) -> Mention | None:
        """"China's position as the largest buyer", "Italy, as the main customer": who holds the role."""
        j = t_start - 1
        while j >= 0 and j >= t_start - 5 and self.lower[j] != "as":
            if not self.lower[j].isalpha() or self.lower[j] in PREPOSITIONS:
                return None
            j -= 1
        if j < 1 or self.lower[j] != "as":
            return None
        before = j - 1
        if self.lower[before] in ROLE_NOUNS:
            before -= 1
            while before >= 0 and self.lower[before] in ("'s", "’s", "'", "’", "s", "new", "own"):
                before -= 1
        elif self.lower[before] == ",":
            before -= 1
        for k, m in enumerate(self.mentions):
            if self.span[k][1] == before + 1 and not m.attached:
                return m
        return None

    def origin_subject(self, t_start: int) -> Mention | None:
        """The demonym of a passive's subject goods ("Kazakh uranium was sold"): where they come from."""
        clause = self.clause[t_start]
        for k, m in enumerate(self.mentions):
            i, j = self.span[k]
            if j <= t_start and self.clause[i] == clause and m.form == "demonym" and not m.attached and self._modifier(k):
                return m
        return None

    def gerund_doer(self, t_start: int) -> tuple[bool, Mention | None]:
        """"punished Delhi for buying", "accused Iran of supplying", "accused Moscow of systematic espionage":
        the object before "for"/"of" does it. Whether the pattern applies, and the doer."""
        j = t_start - 1
        if j > 2 and self.lower[j] == "and" and self.lower[t_start].endswith("ing"):  # "of photographing ... and passing"
            j = next((x for x in range(j - 1, max(0, j - 8), -1) if self.lower[x] in ("of", "for")
                      and x + 1 < len(self.lower) and self.lower[x + 1].endswith("ing")), j)
            if self.lower[j] in ("of", "for"):
                t_start = j + 1
                j = t_start - 1
        while j > 0 and t_start - j <= 3 and (self.lower[j] in QUOTES or (
                self.tokens[j][0].isalpha() and self.tokens[j][0].islower() and self.lower[j] not in ("for", "of")
                and self.lower[j] not in ("and", "or", "but") and not self.lower[j].endswith("ing"))):
            j -= 1  # adverbs, adjectives or a quote between "of" and the act
        if j < 1 or self.lower[j] not in ("for", "of"):
            return False, None
        gerund = self.lower[t_start].endswith("ing")
        before = next((m for k, m in enumerate(self.mentions) if self.span[k][1] == j and not m.attached), None)
        if before is not None:
            accused = self.span[self._k(before)][0] >= 1 and self.lower[self.span[self._k(before)][0] - 1] in ACCUSING
            return (True, before) if gerund or accused else (False, None)
        word = self.tokens[j - 1][0]
        if self.lower[j - 1] in ACCUSING and j >= 2:
            prev = self.tokens[j - 2][0]
            if prev.isalpha() and prev.islower() and prev.lower() not in BE and prev.lower() not in AUXILIARIES:
                # "Zhao Lin, a Chinese national suspected of stealing": the person the apposition describes
                comma = next((x for x in range(j - 2, max(-1, j - 9), -1) if self.lower[x] == ","), None)
                named = next((m for k, m in enumerate(self.mentions) if comma is not None and self.span[k][1] == comma
                              and m.kind == "Person"), None)
                return True, named  # else "a freight company accused of supplying": a body with no name does it
            return False, None  # "Peru was accused of buying": the subject does it
        if gerund and word[:1].isupper() and j - 1 > 0:
            return True, None  # a name the gazetteer does not know does it, not the sentence's subject
        return False, None

    def _owns_other(self, k: int, t_start: int) -> bool:
        """"Khan's party accused ...": the possessor of a noun that is no body of its own is not the subject."""
        m = self.mentions[k]
        _, j = self.span[k]
        if not m.possessive or m.form == "demonym":
            return False
        while j < t_start and self.lower[j] in ("'s", "’s", "'", "’", "s"):
            j += 1
        if j >= t_start:
            return False
        words = []
        while j < t_start and len(words) < 3 and self.tokens[j][0].isalpha() and self.tokens[j][0].islower() \
                and not any(a <= j < b for a, b in self.span):
            words.append(self.lower[j])
            j += 1
        # "Khan's party accused": not Khan; "China's foreign ministry accused", "Kenya's president met": China, Kenya
        return bool(words) and not any(w in self.collective or w in self.titles for w in words)

    def nearest_before(self, t_start: int, kinds: tuple[str, ...]) -> Mention | None:
        for k in range(len(self.mentions) - 1, -1, -1):
            m = self.mentions[k]
            if self.span[k][1] <= t_start and m.kind in kinds and not m.attached and not _determiner(m):
                return m
        return None

    def nearest_possessive(self, t_start: int) -> Mention | None:
        clause = self.clause[t_start]
        for k in range(len(self.mentions) - 1, -1, -1):
            i, j = self.span[k]
            m = self.mentions[k]
            if j <= t_start and self.clause[i] == clause and m.possessive and not m.attached and not _determiner(m):
                return m
        return None

    def predicate(self, t_start: int) -> Mention | None:
        """"The first buyer of Chilean arms was Peru": the actor after the copula."""
        limit = self._forward_limit(t_start)
        for i in range(t_start + 1, limit):
            if self.lower[i] in ("is", "was", "are", "were", "remains", "became", "becomes"):
                for k, m in enumerate(self.mentions):
                    if i < self.span[k][0] <= i + 2 and not m.attached:
                        return m
                return None
        return None

    def main_subject_after(self, t_start: int) -> Mention | None:
        """"During talks with Peru, Chile's minister said ...": a fronted phrase takes the main clause's subject."""
        if not self.lower or self.lower[0] not in FRONTING:
            return None
        comma = next((i for i in range(t_start, len(self.lower)) if self.lower[i] == ","), None)
        if comma is None or any(self.lower[i] == "," for i in range(0, t_start)):
            return None
        for k, m in enumerate(self.mentions):
            if self.span[k][0] > comma and not m.attached and self.marker[k] is None:
                return m
        return None

    def relative_antecedent(self, t_start: int) -> Mention | None:
        """In "X, a firm based in Y, which supplies ...", the body the relative clause is about: X."""
        rel = next((i for i in range(t_start - 1, -1, -1) if self.lower[i] in ("which", "who", "that")
                    and self.clause[i] == self.clause[t_start]), None)
        if rel is None:
            return None
        if self.lower[rel] == "that":  # only "X, a Chinese company that mines ...": "that" after an apposition
            comma = next((i for i in range(rel - 1, max(-1, rel - 8), -1) if self.lower[i] == ","), None)
            if comma is None or comma + 1 >= rel or self.lower[comma + 1] not in ("a", "an", "the"):
                return None
            before = [m for k, m in enumerate(self.mentions) if self.span[k][1] == comma and not m.attached]
            return before[0] if before else None
        before = [(k, m) for k, m in enumerate(self.mentions) if self.span[k][1] <= rel and not m.attached]
        if not before:
            return None
        k, m = before[-1]
        while k > 0 and self.lower[self.span[k - 1][1]:self.span[k][0]] in (["and"], [","], [",", "and"]) \
                and self.mentions[k - 1].kind == m.kind and not self.mentions[k - 1].attached:
            k -= 1  # "South Africa and Algeria, which both recognise": the list, from its first
        if k != before[-1][0]:
            first = self.mentions[k]
            between = self.lower[self.span[before[-1][0]][1]:rel]
            return first if between in ([","], []) else None
        # skip an apposition between the antecedent and "which": "X, a Gdansk firm, which"
        between = self.lower[self.span[k][1]:rel]
        if "," in between[:1] or not between or between == [","]:
            return m
        return m if between.count(",") == 2 and between[0] == "," else None

    def possessor(self, t_start: int) -> Mention | None:
        """A possessive or demonym just before a noun trigger: "Chile's arms sales", "Chilean exports"."""
        for k, m in enumerate(self.mentions):
            i, j = self.span[k]
            if 0 <= t_start - j <= 3 and (m.possessive or m.form == "demonym") and not m.attached and \
                    all((self.lower[x].isalpha() and self.lower[x] not in PREPOSITIONS) or self.lower[x] in ("'s", "’s", "'", "’", "s")
                        for x in range(j, t_start)):
                return m
        return None

    def after(self, t_end: int, slot: str | None, within: int | None = None, origin: bool = False) -> Mention | None:
        """The first mention after the trigger in its clause that `slot` (a preposition, or None) introduces."""
        limit = self._forward_limit(t_end)
        if slot is None:  # a direct object does not reach past ", and" into the next clause
            limit = next((i for i in range(t_end, limit - 1) if self.lower[i] == "," and self.lower[i + 1] in ("and", "or", "but")), limit)
        if within is not None:
            limit = min(limit, t_end + within)
        for k, m in enumerate(self.mentions):
            i, _ = self.span[k]
            if i < t_end or i >= limit or m.attached or self._inside_name(k):
                continue
            if slot is None and origin and m.form == "demonym" and k < len(self.span) and \
                    self.span[k][1] < len(self.lower) and self.lower[self.span[k][1]] in self.collective:
                continue  # "ordered two Russian diplomats to leave": people, not goods from Russia
            marker = None if self.marker[k] == "obj" else self.marker[k]
            if marker == slot and not _determiner(m) and not (slot is None and not origin and self._modifier(k)):
                return m
        return None

    def followed_by(self, t_end: int, kinds: tuple[str, ...]) -> list[Mention]:
        """The actors a ranking adds after "followed by": "the largest buyer ..., followed by Spain and Italy"."""
        at = next((i for i in range(t_end, len(self.lower) - 1) if self.lower[i] == "followed" and self.lower[i + 1] == "by"),
                  None)
        if at is None or at == 0 or self.lower[at - 1] != ",":
            return []
        first = next((k for k, (a, _) in enumerate(self.span) if at + 2 <= a <= at + 3 and self.mentions[k].kind in kinds),
                     None)
        return self.coordinated(self.mentions[first], kinds) if first is not None else []

    def colon_list(self, t_end: int, kinds: tuple[str, ...]) -> list[Mention]:
        """The actors listed after a colon that ends the trigger's clause: "two commanders: A and B."."""
        colon = next((i for i in range(t_end, len(self.lower)) if self.lower[i] == ":"), None)
        if colon is None or any(self.lower[i] in (";", ".") for i in range(t_end, colon)):
            return []
        first = next((k for k, (a, _) in enumerate(self.span) if a == colon + 1), None)
        if first is None or self.mentions[first].kind not in kinds:
            return []
        listed = self.coordinated(self.mentions[first], kinds)
        return listed if len(listed) > 1 else []

    def owner_after(self, t_end: int) -> Mention | None:
        """"condemned the Chinese actions", "criticised Russia's annexation": whose the object is."""
        for k, m in enumerate(self.mentions):
            i, _ = self.span[k]
            if i < t_end:
                continue
            if i > t_end + 2 or m.attached or not (m.form == "demonym" or m.possessive) or self.marker[k] not in (None, "obj"):
                return None
            return m if self._modifier(k) or m.possessive else None
        return None

    def envoy_state(self, t_end: int, envoys: frozenset[str]) -> Mention | None:
        """"expelled two Chilean diplomats", "summoned Peru's ambassador": the state the object stands for."""
        for k, m in enumerate(self.mentions):
            i, j = self.span[k]
            if i < t_end:
                continue
            if i > t_end + 3 or m.kind != "State":
                return None
            rest = [w for w in self.lower[j:j + 3] if w not in ("'s", "’s", "'", "’", "s")]
            if not all(w.isalpha() or w == "-" for w in self.lower[t_end:i]):
                return None
            if rest and (rest[0] in envoys or " ".join(rest[:2]) in envoys):
                return m
            return None
        return None

    def says_something(self, char: int) -> bool:
        """Whether the verb of saying at sentence offset `char` has its own complement after a clause break
        (", and officials said those purchases would ..."), so it attributes that, not what came before."""
        k = bisect.bisect_right(self._starts, self.sentence.start + char) - 1
        if k < 1 or self.lower[k] not in self.speech or not self._speech_opens_clause(k):
            return False
        return any(self.lower[x] == "," for x in range(max(0, k - 4), k)) and \
            any(self.lower[x] in ("and", "but") for x in range(max(0, k - 4), k))

    def interrupted(self, a: int, b: int) -> bool:
        """Whether sentence offsets `a` and `b` lie in a ", which ...," aside and the clause around it."""
        ka = bisect.bisect_right(self._starts, self.sentence.start + a) - 1
        kb = bisect.bisect_right(self._starts, self.sentence.start + b) - 1
        if ka < 0 or kb < 0 or self.clause[ka] == self.clause[kb]:
            return False
        first = next(i for i in range(ka + 1) if self.clause[i] == self.clause[ka])
        return self.lower[first] in ("which", "who") and first > 0 and self.lower[first - 1] == ","

    def temporal_clause(self, char: int) -> tuple[int, int]:
        """The characters of the "after ..."/"when ..." clause holding sentence offset `char`, or (0, 0)."""
        k = bisect.bisect_right(self._starts, self.sentence.start + char) - 1
        if k < 0:
            return 0, 0
        c = self.clause[k]
        first = next(i for i in range(k + 1) if self.clause[i] == c)
        background = self.lower[first] in ("which", "who") and first > 0 and self.lower[first - 1] == ","
        if self.lower[first] not in TEMPORAL and not background:
            return 0, 0  # neither "after X met Y" nor ", which supplies Y,": no fact the sentence takes as given
        last = max(i for i in range(first, len(self.clause)) if self.clause[i] == c)
        if background:  # ", which supplied drones to Russia," ends at its comma
            last = next((i for i in range(k, last + 1) if self.lower[i] == ","), last)
        return self.tokens[first][1] - self.sentence.start, self.tokens[last][2] - self.sentence.start

    def names_origin(self, ends: list[Mention], focus: Mention) -> bool:
        """Whether the sentence names where goods come from other than `focus`: another company,
        or a state as a demonym or possessive ("Russian gas", "France's fleet")."""
        keys = {m.key for m in ends}
        return any(m.key not in keys and m.key != focus.key and (m.kind == "Company" or m.form == "demonym" or m.possessive)
                   for m in self.mentions)

    def to_comma(self, t_end: int, most: int) -> int:
        """Tokens from `t_end` to the next comma, at most `most`."""
        for i in range(t_end, min(len(self.lower), t_end + most)):
            if self.lower[i] == ",":
                return i - t_end
        return most

    def after_all(self, t_end: int, slot: str) -> list[Mention]:
        """Every mention after the trigger in its clause that the preposition `slot` introduces
        ("of" after people is not the end: "sanctions on two commanders of the RSF")."""
        limit = self._forward_limit(t_end)
        return [m for k, m in enumerate(self.mentions)
                if t_end <= self.span[k][0] < limit and not m.attached and not self._inside_name(k)
                and self.marker[k] == slot and not _determiner(m) and not (slot == "of" and self._of_people(k))]

    def _of_people(self, k: int) -> bool:
        i, _ = self.span[k]
        j = i - 1
        while j > 0 and self.lower[j] in ("the", "a", "an"):
            j -= 1
        return j > 0 and self.lower[j] == "of" and self.lower[j - 1] in PEOPLE_NOUNS

    def _modifier(self, k: int) -> bool:
        """A mention that only modifies the object after it: "US sanctions", "an independent Chinese refinery"."""
        m = self.mentions[k]
        _, j = self.span[k]
        if m.possessive or j >= len(self.tokens):
            return False
        while j + 1 < len(self.tokens) and self.lower[j] in QUOTES:
            j += 1  # "Chinese 'teapot' refinery"
        nxt, low = self.tokens[j][0], self.lower[j]
        if m.form == "demonym":  # "Chilean copper" modifies; "the Ecuadorians," and "Chilean officials" do not
            return nxt.isalpha() and low not in self.collective
        return nxt.isalpha() and nxt.islower() and low not in OBJECT_FOLLOWERS

    def _forward_limit(self, t_end: int) -> int:
        start = self.clause[t_end - 1] if t_end else 0
        for i in range(t_end, len(self.lower)):
            if self.lower[i] in CLAUSE_PUNCT or self.lower[i] in SUBORDINATORS or \
                    (i > t_end and self.clause[i] != start and i in self.complement_starts):
                return i  # "rejected the criticism, saying Iran ...": what is said is another clause
        return len(self.lower)

    def noun_context(self, t_start: int) -> bool:
        """Whether the trigger word is a noun here: after a determiner or a possessive ("the visit", "Peru's purchase")."""
        j = t_start - 1
        if j >= 0 and self.lower[j] == "to" and self.lower[t_start] in self.verbs and not self.lower[t_start].endswith("s"):
            return False  # "continues to supply Cuba": an infinitive
        while j >= 0 and j >= t_start - 4:
            tok, low = self.tokens[j][0], self.lower[j]
            owner = next((k for k, (a, b) in enumerate(self.span) if a <= j < b), None)
            if owner is not None:
                a = self.span[owner][0]
                if self.mentions[owner].possessive or self.mentions[owner].form == "demonym":
                    return True  # "Putin's visit", "German imports"
                # "under UN Security Council sanctions": a body naming whose; "which it supplies": a subject
                return j == t_start - 1 and a > 0 and (self.lower[a - 1] in PREPOSITIONS or self.lower[a - 1] in NOUN_DETERMINERS)
            if low in CLAUSE_WORDS:
                return False
            if low in NOUN_DETERMINERS or low.endswith(("'s", "’s")) or low in ("'", "’") or low in PREPOSITIONS:
                return True
            if any(b == j + 1 and self.mentions[k].form == "demonym" for k, (a, b) in enumerate(self.span)):
                return True  # "German imports"
            if not (tok.isalpha() or "-" in tok) or not tok.islower() or low in ("to", "will", "would", "can", "could", "may", "might", "should", "must", "did", "does", "do", "not", "never"):
                return False
            j -= 1
        return False

    def blocked(self, t_start: int, blocking: frozenset[str]) -> bool:
        """A relation noun after "banned", "halted", "cut" ... is being stopped, not stated."""
        words = self.lower[max(0, t_start - 4):t_start]
        return any(w in blocking for w in words) or any(" ".join(pair) in blocking for pair in zip(words, words[1:]))

    def passive(self, t_start: int) -> bool:
        j = t_start - 1
        while j >= 0 and j >= t_start - 3:
            if self.lower[j] in BE:
                return True
            if not self.lower[j].isalpha():
                return False
            j -= 1
        return False

    def passive_subject(self, t_start: int) -> Mention | None:
        cands = self.subject_candidates(t_start)
        return cands[0] if cands else None

    def coordinated(self, m: Mention, kinds: tuple[str, ...] = ()) -> list[Mention]:
        """`m` and actors joined to it by "and": "Chile and Peru"; with `kinds`, any of them:
        "the firm and its chief executive, Ana Ruiz"."""
        k = self._k(m)
        out = [m]
        while k + 1 < len(self.mentions):
            _, j = self.span[k]
            i2, _ = self.span[k + 1]
            nxt = self.mentions[k + 1]
            if nxt.attached and nxt.possessive and k + 2 < len(self.mentions) and \
                    self.span[k + 2][0] - self.span[k + 1][1] <= 1 and self.mentions[k + 2].kind in kinds:
                nxt = self.mentions[k + 2]  # "Vietnam, Sri Lanka and Malaysia's Maritime Agency": the agency is listed
                i2 = self.span[k + 1][0]
                between = self.lower[j:i2]
                if between in (["and"], [",", "and"]) and not nxt.attached:
                    out.append(nxt)
                break
            if nxt.key == self.mentions[k].key and self.lower[j:i2] == ["("]:
                k += 1  # "Presidency of Defence Industries (SSB) and ...": step over the bracketed alias
                continue
            if self.lower[j:j + 1] == [")"] and self.mentions[k] is not m:
                j += 1
            between = [w for w in self.lower[j:i2] if w != "the"]  # "Egypt, Saudi Arabia and the United Arab Emirates"
            if kinds and nxt.kind in kinds and nxt.kind == "Person" and not nxt.attached and 3 <= len(between) <= 6 \
                    and between[0] == "and" and between[1] in ("its", "their", "his", "her") and between[-1] == "," \
                    and all(w.isalpha() and self.tokens[j + x][0].islower() for x, w in enumerate(between[:-1])):
                return out + [nxt]  # "X and its head, Y"
            if between in (["and"], [",", "and"], [","]) and (nxt.kind == m.kind or nxt.kind in kinds) and not nxt.attached:
                out.append(self.mentions[k + 1])
                k += 1
                if between == [","]:
                    continue
                break
            break
        if len(out) == 2 and self.lower[self.span[self._k(out[-1])][0] - 1] == ",":
            return [m]  # an apposition ("Baku, Azerbaijan"), not a list
        return out


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


def _determiner(m: Mention) -> bool:
    """"his", "her" before a noun: a possessor, never an end on its own."""
    return m.form == "pronoun" and m.possessive


def _agentive(word: str) -> bool:
    """Nouns for a party rather than an act: supplier, buyer, customer."""
    return word.endswith(("er", "ers", "or", "ors")) or word in ("customer", "customers", "client", "clients")


def _date(text: str) -> str:
    match = YEAR.search(text)
    return match.group(1) if match else ""


def _refer(name: str, before: list[Mention], ontology: Ontology, current: list[Mention] = (),
           home: Mention | None = None) -> Mention | None:
    if name == "country_of_person":
        for m in reversed(before):
            if m.kind == "Person":
                country = ontology.entries[m.key].country if m.key in ontology.entries else m.qualifier
                if country and country in ontology.entries:
                    e = ontology.entries[country]
                    return Mention(0, 0, e.name, e.id, e.kind, "reference")
                return None
        return None
    if name == "last_company":
        return next((m for m in reversed(before) if m.kind == "Company"), None)
    if name == "last_body":
        return next((m for m in reversed(before) if m.kind in ("Organization", "Company")), None)
    if name == "last_person":
        return next((m for m in reversed(before) if m.kind == "Person"), None)
    if name == "home_state":  # "the government": the dateline's, or one the sentence names; never a guess further back
        if home is not None:
            return home
        here = [m for m in current if m.kind == REFERENCE_KIND and m.form != "demonym"]
        return here[-1] if here else None
    if name == "last_state":
        # the sentence's own states first, a named one before a demonym ("stayed in Mali ... the Russian
        # ministry's corps will remain in the country"), then the last state named before the sentence
        here = [m for m in current if m.kind == REFERENCE_KIND]
        named = [m for m in here if m.form != "demonym"]
        if named or here:
            return (named or here)[-1]
        return next((m for m in reversed(before) if m.kind == REFERENCE_KIND), None)
    distinct: list[Mention] = []
    for m in reversed(before):
        if m.form == "demonym" or any(d.key == m.key for d in distinct):
            continue
        distinct.append(m)
        if len(distinct) == 2:
            break
    if len(distinct) < 2:
        return None
    return distinct[0] if name == "latter" else distinct[1]


def _focus_company(mentions: list[Mention]) -> Mention | None:
    """The company a story is about: named in its opening lines and clearly more often than any other."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.kind == "Company":
            counts[m.key] = counts.get(m.key, 0) + 1
            first.setdefault(m.key, m)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < FOCUS_MIN or (len(ranked) > 1 and ranked[0][1] < FOCUS_MARGIN * ranked[1][1]):
        return None
    m = first[ranked[0][0]]
    return m if m.start < FOCUS_OPENING else None


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
