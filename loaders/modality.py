"""How a claim is stated: its modality ("asserted", "reported", "alleged" or "denied") from the words
around its trigger, and the facts its sentence gives (amounts, the goods a cue names, a year). A
negation before the trigger denies it ("did not sell"), an allegation word alleges it, a saying
reports it, unless the word belongs to another clause: an aside, a relative clause, a verb joined by
"and".

`ModalityReader` is mixed into `RelationExtractor` (`loaders.relations`), whose constructor builds the
modality patterns from the ontology's lexicon; `_found` makes a claim with them.

>>> AMOUNT.search("a deal worth $1.2 billion for 12 jets").group(0)
'$1.2 billion'
"""

from __future__ import annotations

import bisect
import re

from loaders.asides import RELATIVE_SAYING, allegation_elsewhere, in_quotation
from loaders.ends import ParsedSentence
from loaders.found import RULESET, Found, _date
from loaders.spans import Mention
from loaders.triggers import _Rule

__all__ = ["ModalityReader"]

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
#: ", which X said ...": a relative clause after the trigger says its own things.
LATER_ASIDE = re.compile(r",\s+(?:which|who|where)\b|\b(?:that|which)\s+(?:it|he|she|they|officials|analysts)\s+$")
#: "during Netanyahu's visit", "following her talks with": an event named as the time of something else.
DURING_EVENT = re.compile(r"\b(?:[Dd]uring|[Ff]ollowing)\s+(?:[\w'’.-]+\s+){0,5}$")
EVENT_HEADS = ("visit", "trip", "tour", "talks", "meeting", "stay")


#: A trigger that takes a recognition back: "withdrew its recognition of", "has revoked their recognition of".
WITHDRAWN_RECOGNITION = re.compile(r"(?:withdr[ae]wn?|withdraws|withdrawing|revoked?|revokes|revoking)\s+(?:its|their)\s+recognition",
                                   re.I)

class ModalityReader:
    """The part of `RelationExtractor` that says how a claim is stated and makes it."""

    def _found(self, rule: _Rule, source: Mention, target: Mention, s: "ParsedSentence", t_start: int, doc_date: str,
               t_end: int = 0) -> Found:
        """The claim `rule` makes from `source` to `target`, with its modality and its sentence's facts."""
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
        if WITHDRAWN_RECOGNITION.match(text, trigger_char):
            return "denied"  # "Togo withdrew its recognition of Kosovo": recognition taken back
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
               and not allegation_elsewhere(text, at, trigger_char, self._speech)
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
        if len(own) < len(s.facts["reported"]):
            return "reported"
        # '"We sell to Europe, we sell to China."': a quotation is someone's word even where its credit is elsewhere
        return "reported" if in_quotation(text[:trigger_char]) else "asserted"

    def _items(self, type_name: str, text: str) -> tuple[str, ...]:
        """The goods the type's cue words name in the sentence, with their modifiers: "Bayraktar TB2 drones"."""
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

