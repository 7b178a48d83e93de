"""Ends of covert acts and charges in a parsed sentence: who is charged with the act after "of" or "for"
("accused Iran of supplying drones"), what hackers act on, whose "its" a target is, the state of envoys
charged with an act, a suspect named after the charge, a body named in apposition or before a noun.

`ActEnds` is mixed into `ParsedSentence` (`loaders.ends`); its methods read the parse of `Clauses`.

>>> from loaders.ends import ParsedSentence
>>> from loaders.mentions import MentionFinder
>>> from loaders.segment import split_sentences
>>> text = "Australia accused Iran of supplying drones."
>>> s = ParsedSentence(split_sentences(text)[0], MentionFinder.default().find(text))
>>> applies, doer = s.gerund_doer(4)
>>> applies, doer.text
(True, 'Iran')
"""

from __future__ import annotations

from loaders.clauses import BE, PREPOSITIONS, QUOTES
from loaders.spans import Mention

__all__ = ["AUXILIARIES", "SPY_NOUNS", "ActEnds"]

#: People who act for a state's intelligence: "Russian agents", "Chinese operatives".
SPY_NOUNS = frozenset("agents agent operatives operative spies spy officers".split())
AUXILIARIES = frozenset("has have had been being not also is are was were be".split())
#: Verbs whose object is charged with the act after "of": "accused Moscow of espionage".
ACCUSING = frozenset("accused accuse accuses accusing suspected suspect suspects charged convicted guilty suspicion "
                     "allegations charges blamed blame blames blaming".split())
#: Days between an accused object and "of": "accused China on Monday of".
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


class ActEnds:
    """The part of `ParsedSentence` that finds the ends of covert acts."""

    def envoy_doer(self, t_start: int, envoys: frozenset[str]) -> Mention | None:
        """"expelled two Russian diplomats suspected of espionage", "Chinese agents accused of spying": the state
        of the envoys or agents the act is charged to, across lowercase words only."""
        j = t_start - 1
        while j >= 1 and t_start - j <= 6 and (self.tokens[j][0].isalpha() and self.tokens[j][0].islower()
                                               or self.tokens[j][0].isdigit()) and self.lower[j] not in ("and", "or", "but"):
            if self.lower[j] in envoys or self.lower[j] in SPY_NOUNS:
                k = next((k for k, (_, b) in enumerate(self.span) if b == j), None)
                if k is None and j >= 2 and self.lower[j - 1] == "intelligence":
                    k = next((k for k, (_, b) in enumerate(self.span) if b == j - 1), None)  # "Russian intelligence officers"
                m = self.mentions[k] if k is not None else None
                return m if m is not None and (m.form == "demonym" or m.possessive) and m.kind == "State" else None
            j -= 1
        return None

    def _named_after(self, t_start: int) -> Mention | None:
        """The person an apposition after the accusation names, before the main verb:
        "a man suspected of spying for Minsk, a Belarusian citizen named X, was detained"."""
        comma = next((x for x in range(t_start, len(self.lower)) if self.lower[x] == ","), None)
        if comma is None:
            return None
        for k, m in enumerate(self.mentions):
            i, j = self.span[k]
            if comma < i <= comma + 8 and m.kind == "Person" and not m.attached and j + 1 < len(self.lower) \
                    and self.lower[j] == "," and self.lower[j + 1] in BE | {"has", "had"} \
                    and not any(self.lower[x] == "," for x in range(comma + 1, i)):
                return m
        return None

    def acted_on(self, t_end: int, verbs: frozenset[str]) -> Mention | None:
        """"hackers working for the GRU breached the Bundestag's network": what the verb after a noun acts on."""
        for i in range(t_end, min(len(self.lower), t_end + 10)):
            if self.lower[i] in (".", ";", ":") or self.lower[i] in self.speech:
                return None
            if self.lower[i] in verbs:
                if i > 0 and self.lower[i - 1] in ("to", "the", "a", "an"):
                    return None  # "the attack", "plans to attack": not the hackers' verb
                found = self.after(i + 1, None) or self.owner_after(i + 1) or self.after(i + 1, self.lower[i]) \
                    or self.after(i + 1, "of", within=5)  # "targeting American firms": the verb is also a slot word
                if found is None:  # "targeting Canadian banks": the state of the bodies attacked
                    found = next((m for k, m in enumerate(self.mentions) if i < self.span[k][0] <= i + 3
                                  and m.form == "demonym"), None)
                return found
        return None

    def apposed(self, m: Mention, kinds: tuple[str, ...]) -> Mention | None:
        """"for Myanmar's military intelligence agency, the Office of ...": the body named after the
        comma that the possessive's noun phrase describes."""
        if not (m.possessive or m.form == "demonym"):
            return None
        k = self._k(m)
        if k + 1 >= len(self.mentions):
            return None
        i, j = self.span[k + 1][0], self.span[k][1]
        between = [w for w in self.lower[j:i] if w not in ("'s", "’s", "'", "’")]
        nxt = self.mentions[k + 1]
        if nxt.kind not in kinds or nxt.kind == "State" or nxt.attached or len(between) < 3 or len(between) > 7 \
                or between[-2:] not in ([",", "the"],) or not all(w.isalpha() for w in between[:-2]):
            return None
        after = self.span[k + 1][1]
        if after < len(self.lower) and self.lower[after] in self.speech:
            return None  # "for Russia's intelligence service, the Foreign Ministry said": a new clause's speaker
        return nxt

    def its_owner(self, t_end: int) -> Mention | None:
        """"Poland said X had spied on its army": whose "its" is, after "on" or "against" right after the
        trigger: the state or body its clause is about, else the one its sentence opens with."""
        if not (t_end + 1 < len(self.lower) and self.lower[t_end] in ("on", "against") and self.lower[t_end + 1] == "its"):
            return None
        before = [(k, m) for k, m in enumerate(self.mentions) if self.span[k][1] <= t_end and self.usable(k) and m.kind != "Person"]
        own = [m for k, m in before if self.clause[self.span[k][0]] == self.clause[t_end]]
        return (own or [m for _, m in before] or [None])[0]

    def its_holder(self, t_start: int) -> Mention | None:
        """"Kazatomprom ships uranium to China, where CGN is its biggest customer": whose "its" before an agent noun is,
        the body an earlier clause of the sentence is about (never the clause's own subject)."""
        j = t_start - 1
        while j > 0 and j >= t_start - 3 and self.lower[j].isalpha() and self.tokens[j][0].islower() \
                and self.lower[j] not in ("its", "their"):
            j -= 1
        if j < 0 or self.lower[j] not in ("its", "their"):
            return None
        earlier = [m for k, m in enumerate(self.mentions) if self.span[k][1] <= j and self.usable(k) and m.kind != "Person"
                   and self.clause[self.span[k][0]] < self.clause[t_start]]
        return earlier[0] if earlier else None

    def name_before(self, t_start: int) -> Mention | None:
        """"the Electoral Commission hack": a name (no possessive, no demonym) that modifies the trigger noun."""
        for k, (_, j) in enumerate(self.span):
            m = self.mentions[k]
            if j == t_start and not m.possessive and m.form != "demonym" and not m.attached:
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
        named = next((k for k, (a, b) in enumerate(self.span) if b == t_start and a < t_start), None)
        if named is not None and not self.mentions[named].possessive and self.mentions[named].form != "demonym":
            j = self.span[named][0] - 1  # "blamed Russia for the Bundestag hack": the name before the act is what it was done to
        reach = j + 1
        while j > 0 and reach - j <= 4 and (self.lower[j] in QUOTES or (
                self.tokens[j][0].isalpha() and self.tokens[j][0].islower() and self.lower[j] not in ("for", "of")
                and (self.lower[j] not in ("and", "or", "but") or (
                    self.lower[j] != "but" and j + 1 < t_start and self.tokens[j - 1][0].isalpha() and self.tokens[j - 1][0].islower()
                    and not self.lower[j - 1].endswith("ing") and self.lower[j - 1] not in ("for", "of")
                    and self.lower[j + 1] not in self.verbs and not self.lower[j + 1].endswith("ed")))
                and (not self.lower[j].endswith("ing") or self.lower[j - 1] in ("of", "for")))):
            j -= 1  # adverbs, adjectives ("military and technology"), a quote or "being behind" between "of" and the act
        if j < 1 or self.lower[j] not in ("for", "of"):
            return False, None
        gerund = self.lower[t_start].endswith("ing")
        end = j
        if j >= 3 and self.lower[j - 2] in ("on", "last", "in") and (self.lower[j - 1] in WEEKDAYS or self.lower[j - 1].isdigit()
                                                                    or self.lower[j - 1] in ("week", "month", "year")):
            end = j - 2  # "accused China on Monday of", "accused Moscow last week of"
        before = next((m for k, m in enumerate(self.mentions) if self.span[k][1] == end and not m.attached), None)
        if before is not None:
            accused = self.span[self._k(before)][0] >= 1 and self.lower[self.span[self._k(before)][0] - 1] in ACCUSING
            return (True, before) if gerund or accused else (False, None)
        owner = self._accused_owner(j)
        if owner is not None:
            return True, owner  # "accused French intelligence of espionage", "accused Chile's navy of spying"
        word = self.tokens[j - 1][0]
        accuser = next((k for k, (_, b) in enumerate(self.span) if b == j - 1), None)
        if self.lower[j - 1] in ACCUSING and accuser is not None:
            r = self.span[accuser][0] - 1  # "a firm, X, that Washington accuses of supplying": X is accused
            if r >= 1 and self.lower[r] in ("that", "which", "whom"):
                x = r - 1 if self.lower[r - 1] == "," else r
                accused = next((m for k, m in enumerate(self.mentions) if self.span[k][1] == x and not m.attached), None)
                if accused is not None:
                    return True, accused
        if self.lower[j - 1] in ACCUSING and j >= 2:
            prev = self.tokens[j - 2][0]
            if prev in ("and", "or") and any(w in BE for w in self.lower[max(0, j - 18):j - 2]):
                return False, None  # "X was detained on Friday and accused of spying": the passive's subject does it
            if prev.isalpha() and prev.islower() and prev.lower() not in BE and prev.lower() not in AUXILIARIES:
                # "Zhao Lin, a Chinese national suspected of stealing": the person the apposition describes
                comma = next((x for x in range(j - 2, max(-1, j - 9), -1) if self.lower[x] == ","), None)
                named = next((m for k, m in enumerate(self.mentions) if comma is not None and self.span[k][1] == comma
                              and m.kind == "Person"), None)
                if named is None:
                    named = self._named_after(t_start)  # "A man suspected of spying for Minsk, a citizen named X, was held"
                return True, named  # else "a freight company accused of supplying": a body with no name does it
            return False, None  # "Peru was accused of buying": the subject does it
        if gerund and word[:1].isupper() and j - 1 > 0:
            return True, None  # a name the gazetteer does not know does it, not the sentence's subject
        if gerund and word.isalpha() and word.islower() and any(
                self.span[k][1] == j - 1 and m.form == "demonym" and self._unnamed_object(self.span[k][0])
                for k, m in enumerate(self.mentions)):
            return True, None  # "sanctioned an independent Chinese refinery for buying": the unnamed body does it
        return False, None

    def _accused_owner(self, j: int) -> Mention | None:
        """The state or body that owns the unnamed object of an accusation before "of" at `j`: "accused
        French intelligence of", "blamed Chile's navy for"."""
        x = j - 1
        while x > 0 and j - x <= 2 and self.tokens[x][0].isalpha() and self.tokens[x][0].islower() \
                and self.lower[x] not in ACCUSING and self.lower[x] not in PREPOSITIONS:
            x -= 1
        if x == j - 1:
            return None
        k = next((k for k, (a, b) in enumerate(self.span) if b == x + 1), None)
        if k is None:
            return None
        m = self.mentions[k]
        a = self.span[k][0]
        if a >= 2 and self.lower[a - 1] in ("the", "a", "an"):
            a -= 1  # "accused the Chilean navy of"
        if not (m.form == "demonym" or m.possessive) or a < 1:
            return None
        return m if self.lower[a - 1] in ACCUSING else None

    def _unnamed_object(self, i: int) -> bool:
        """Whether the words before token `i` open an object noun phrase: "sanctioned a (independent) ...",
        not "the use of Cypriot ..."."""
        for d in (i - 1, i - 2):
            if d >= 1 and self.lower[d] in ("a", "an", "the") and all(self.tokens[x][0].isalpha() and self.tokens[x][0].islower()
                                                                       for x in range(d + 1, i)):
                return self.lower[d - 1] not in ("of", "for", "in", "on", "to", "from", "with", "by")
        return False
