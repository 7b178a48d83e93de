"""Who does the act a trigger word names: the agent end of a relation. The subject before a verb
(its own clause's first, then a subordinate clause's, a relative clause's antecedent), the `by` phrase
of a passive, the possessor or modifier of a noun ("Chile's purchase", "EU sanctions"), the one a
criticism is about rather than the critic ("Baku condemned France's decision to deliver"), and what a
name stands for: the government a leader's name stands for, the state that qualifies a body.

`AgentReader` is mixed into `RelationExtractor` (`loaders.relations`); the other end, named by the
type's slots, is in `SlotReader` (`loaders.slots`).

>>> _agentive("supplier"), _agentive("sale")
(True, False)
"""

from __future__ import annotations

from graph.ontology import Trigger
from loaders.clauses import OBJECT_OPENERS, QUOTES
from loaders.ends import ParsedSentence
from loaders.slots import apposed, listed_before
from loaders.spans import Mention

__all__ = ["AgentReader"]

#: Nouns a leader's name can stand before for the government itself: "the Biden administration".
GOVERNMENT_WORDS = frozenset("government administration cabinet regime".split())
QUOTE_TOKENS = QUOTES | {"”", "’"}
#: Words that open a clause with its own subject: "since the United States banned imports".
SUBORDINATING = frozenset("since because after before when until once while although though whereas if unless".split())
AUXILIARY_WORDS = frozenset("has have had is are was were will would could can may might shall should must did does do "
                            "not also already reportedly allegedly".split())
#: Words after a verb of criticism that make what follows the critic's own words or act: "warned (that) it would".
SPEAKER_OWN = frozenset("that it they we he she to".split())
#: Words that open a noun phrase, so that a name after them modifies the noun: "the African Union mission".
NOUN_PHRASE_OPENERS = frozenset("the a an its their his her this that these those".split())


class AgentReader:
    """The part of `RelationExtractor` that finds a trigger's agent and what a mention stands for."""

    @staticmethod
    def _passive_agent(trig: Trigger, participle: bool, s: "ParsedSentence", t_start: int, t_end: int,
                       agent_kinds: tuple[str, ...]) -> tuple[bool, Mention | None]:
        """Whether the trigger is passive, and the agent its "by" phrase names: "was sold by X", "a visit by X"."""
        if participle and s.perfect(t_start):
            participle = False  # "has protested incursions by Chinese vessels": active, the "by" is the object's
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
        if passive and (by_agent is None or by_agent.kind not in agent_kinds) and "Person" in agent_kinds:
            # "received by the First Secretary of the Party and President of the Republic, X": X
            by_agent = s.person_after_title(t_end) or by_agent
        return passive, by_agent

    def _agent(self, s: "ParsedSentence", t_start: int, kinds: tuple[str, ...], passive: bool,
               by_agent: Mention | None, pos: str, skip: Mention | None = None) -> list[Mention]:
        """The agent of the trigger at `t_start` of those `kinds`: the `by_agent` of a passive, else the subject."""
        if passive:
            if by_agent is None and pos == "verb":
                origin = s.origin_subject(t_start)  # "Kazakh uranium had been sold to Iran": Kazakhstan sold it
                return [origin] if origin is not None and origin.kind in kinds else []
            return s.coordinated(by_agent, kinds) if by_agent is not None and by_agent.kind in kinds else []
        if pos == "phrase" and s.lower[t_start] in ("its", "their"):
            by = [m for k, m in enumerate(s.mentions) if s.span[k][1] <= t_start and s.marker[k] == "by"
                  and s.clause[s.span[k][0]] == s.clause[t_start] and m.kind in kinds and m is not skip]
            if by:
                return [by[-1]]  # "The vehicles are built by Thales at its plant in Bendigo": "its" is the doer's
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
                if titled is not None and titled.kind in kinds and s.span[s._k(titled)][0] < t_start:
                    # "the EU's special envoy, Petra Lindqvist, held talks": the envoy (named before the verb; in
                    # "the Estonian government summoned Russia's envoy, Ivan Petrov," the envoy is the object)
                    return [titled]
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
