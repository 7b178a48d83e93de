"""Ends of covert acts in a parsed sentence: what hackers act on, whose "its" a target is, the state of
envoys charged with an act, a suspect named after the charge, a body named in apposition or before a noun.

`ActEnds` is mixed into `ParsedSentence` (`loaders.ends`); its methods read the parse of `Clauses`.
"""

from __future__ import annotations

from loaders.clauses import BE
from loaders.spans import Mention

__all__ = ["SPY_NOUNS", "ActEnds"]

#: People who act for a state's intelligence: "Russian agents", "Chinese operatives".
SPY_NOUNS = frozenset("agents agent operatives operative spies spy officers".split())


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

    def name_before(self, t_start: int) -> Mention | None:
        """"the Electoral Commission hack": a name (no possessive, no demonym) that modifies the trigger noun."""
        for k, (_, j) in enumerate(self.span):
            m = self.mentions[k]
            if j == t_start and not m.possessive and m.form != "demonym" and not m.attached:
                return m
        return None
