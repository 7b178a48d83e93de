"""Where a relation's ends are in a parsed sentence: the subject before a trigger word, the mention a
preposition introduces after it, a possessor, the antecedent of "which", the actors listed with one.
"""

from __future__ import annotations

from loaders.clauses import BE, PREPOSITIONS, QUOTES, Clauses, _determiner
from loaders.spans import DESCRIBING_PREFIX, Mention

__all__ = ["ParsedSentence"]

FRONTING = frozenset("during in at after before on following amid despite since with".split())
PEOPLE_NOUNS = frozenset("commanders members officials officers leaders executives employees staff generals agents "
                         "operatives soldiers troops managers directors shareholders".split())
#: People with no name whom a place only locates: "legislators in Washington, who ...".
PEOPLE = PEOPLE_NOUNS | frozenset("lawmakers legislators politicians senators deputies activists protesters campaigners "
                                  "critics analysts experts residents investors opponents hardliners".split())
AUXILIARIES = frozenset("has have had been being not also is are was were be".split())
#: Verbs whose object is charged with the act after "of": "accused Moscow of espionage".
ACCUSING = frozenset("accused accuse accuses accusing suspected suspect suspects charged convicted guilty suspicion "
                     "allegations charges blamed blame blames blaming".split())
#: Nouns for a standing held "as" something: "China's position as the largest buyer".
ROLE_NOUNS = frozenset("position role status standing place rank".split())


class ParsedSentence(Clauses):
    """A sentence's tokens, mentions and clauses (`Clauses`), asked which mentions fill a relation's ends."""

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
        named = next((k for k, (a, b) in enumerate(self.span) if b == t_start and a < t_start), None)
        if named is not None and not self.mentions[named].possessive and self.mentions[named].form != "demonym":
            j = self.span[named][0] - 1  # "blamed Russia for the Bundestag hack": the name before the act is what it was done to
        reach = j + 1
        while j > 0 and reach - j <= 3 and (self.lower[j] in QUOTES or (
                self.tokens[j][0].isalpha() and self.tokens[j][0].islower() and self.lower[j] not in ("for", "of")
                and self.lower[j] not in ("and", "or", "but")
                and (not self.lower[j].endswith("ing") or self.lower[j - 1] in ("of", "for")))):
            j -= 1  # adverbs, adjectives, a quote or "being behind" between "of" and the act
        if j < 1 or self.lower[j] not in ("for", "of"):
            return False, None
        gerund = self.lower[t_start].endswith("ing")
        before = next((m for k, m in enumerate(self.mentions) if self.span[k][1] == j and not m.attached), None)
        if before is not None:
            accused = self.span[self._k(before)][0] >= 1 and self.lower[self.span[self._k(before)][0] - 1] in ACCUSING
            return (True, before) if gerund or accused else (False, None)
        owner = self._accused_owner(j)
        if owner is not None:
            return True, owner  # "accused French intelligence of espionage", "accused Chile's navy of spying"
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
        if gerund and word.isalpha() and word.islower() and any(
                self.span[k][1] == j - 1 and m.form == "demonym" and self._unnamed_object(self.span[k][0])
                for k, m in enumerate(self.mentions)):
            return True, None  # "sanctioned an independent Chinese refinery for buying": the unnamed body does it
        return False, None

    def thing_modifier(self, m: Mention, things: frozenset[str]) -> bool:
        """A demonym before a noun for craft or cargo (`things`): "two Egyptian military cargo planes",
        "Turkish transport aircraft"; not "Chinese troops" or "the Egyptian delegation"."""
        if m.form != "demonym" or not any(m is x for x in self.mentions):
            return False
        start = self.span[self._k(m)][1]
        j = start
        while j < len(self.lower) and j - start < 4 and self.tokens[j][0].isalpha() and self.tokens[j][0].islower() \
                and self.lower[j] not in PREPOSITIONS and self.lower[j] not in AUXILIARIES:
            if self.lower[j] in things:
                return True
            j += 1
        return False

    def titled_person(self, m: Mention) -> Mention | None:
        """The person a possessive's title names between commas: "the EU's special representative for the
        dialogue, Petra Lindqvist, held talks" (the representative acts, not the EU)."""
        if not m.possessive or not any(m is x for x in self.mentions):
            return None
        k = self._k(m)
        j = self.span[k][1]
        comma = next((x for x in range(j, min(len(self.lower), j + 10)) if self.lower[x] == ","), None)
        if comma is None or comma == j or not any(w in self.titles for w in self.lower[j:comma]):
            return None
        if any(a < comma for a, _ in self.span[k + 1:] if a >= j and not self.mentions[self.span.index((a, _))].attached
               and self.mentions[self.span.index((a, _))].kind != "State"):
            return None
        person = next((p for q, p in enumerate(self.mentions) if self.span[q][0] == comma + 1), None)
        if person is None or person.kind != "Person":
            return None
        end = self.span[self._k(person)][1]
        return person if end < len(self.lower) and self.lower[end] == "," else None

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

    def name_before(self, t_start: int) -> Mention | None:
        """"the Electoral Commission hack": a name (no possessive, no demonym) that modifies the trigger noun."""
        for k, (_, j) in enumerate(self.span):
            m = self.mentions[k]
            if j == t_start and not m.possessive and m.form != "demonym" and not m.attached:
                return m
        return None

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
            return self._ending_at(comma)
        # "chairman of Andes Copper, which runs ...": the body a title holds is the antecedent too
        before = [(k, m) for k, m in enumerate(self.mentions) if self.span[k][1] <= rel and
                  (not m.attached or (self.lower[rel] == "which" and self.span[k][1] == rel - 1 and self.lower[rel - 1] == ","
                   and self.marker[k] == "of"))]
        if not before:
            return None
        named = self._apposed(rel)
        if named is not None:
            return named  # "Ana Ruiz, the head of Chile's mining board, who ...": Ana Ruiz, not Chile
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
        a = self.span[k][1]
        if len(between) in (3, 4) and between[0] in ("of", "in", "from") and between[-1] == "," \
                and all(self.tokens[j][0][:1].isupper() for j in range(a + 1, rel - 1)):
            return m  # "Kaiyo Zosen of Yokohama, which delivered": the place only says where it is
        return m if between.count(",") == 2 and between[0] == "," else None

    def _apposed(self, rel: int) -> Mention | None:
        """"X, the head of Y's board, who": the name before an apposition that holds other names."""
        if rel < 2 or self.lower[rel - 1] != ",":
            return None
        comma = next((i for i in range(rel - 2, max(-1, rel - 14), -1) if self.lower[i] in (",", "and", "or", ";")), None)
        if comma is None or self.lower[comma] != "," or self.lower[comma + 1] not in ("a", "an", "the"):
            return None
        inside = [k for k, (a, _) in enumerate(self.span) if comma < a < rel]
        if not inside:
            return None
        return self._ending_at(comma)

    def _ending_at(self, i: int) -> Mention | None:
        """The name that ends just before token `i`, past an abbreviation in brackets: "the Rapid Support Forces (RSF),"."""
        if i >= 2 and self.lower[i - 1] == ")":
            opening = next((x for x in range(i - 2, max(-1, i - 6), -1) if self.lower[x] == "("), None)
            i = opening if opening is not None else i
        return next((m for k, m in enumerate(self.mentions) if self.span[k][1] == i and not m.attached), None)

    def relative_to_noun(self, t_start: int) -> bool:
        """Whether the trigger sits in a "who" clause about people with no name: "lawmakers who
        criticised Beijing", "legislators in Lima, who ..." (a "which" clause about a yard may still be its owner's)."""
        rel = next((i for i in range(t_start - 1, -1, -1) if self.lower[i] in ("which", "who", "that")
                    and self.clause[i] == self.clause[t_start]), None)
        if rel is None or rel == 0 or self.lower[rel] != "who":
            return False
        j = rel - 1
        if self.lower[j] == ",":
            # "legislators in Washington, who": a place that only locates the people before it
            k = next((k for k, (_, b) in enumerate(self.span) if b == j), None)
            if k is None:
                return False
            a = self.span[k][0]
            return a >= 2 and self.lower[a - 1] in ("in", "at", "from") and self.lower[a - 2] in PEOPLE
        if any(a <= j < b for a, b in self.span):
            return False
        # walk back over the noun phrase: only an apposition ("X, the Spanish yard which") names X
        while j >= 0:
            k = next((k for k, (a, b) in enumerate(self.span) if a <= j < b), None)
            if k is not None:
                if self.mentions[k].form != "demonym":
                    break
                j = self.span[k][0] - 1  # "the Spanish shipbuilder"
            elif self.lower[j] in ("a", "an", "the"):
                return j == 0 or self.lower[j - 1] != ","
            elif self.tokens[j][0].isalpha() and self.tokens[j][0].islower() and self.lower[j] not in PREPOSITIONS \
                    and self.lower[j] not in ("and", "or", "but") and not self.lower[j].endswith("ing"):
                j -= 1
            else:
                break
        return True

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
            if i < t_end or i >= limit or m.attached or self._inside_name(k) or self.member_states(k):
                continue
            if self.describes_person(k):
                continue  # "with X, the Serb member of Bosnia's presidency": the demonym describes X
            if slot is None and self.span[k][1] < len(self.lower) and self.lower[self.span[k][1]] in self.speech:
                continue  # "ordered the officers to leave, Minister X said": the speaker is no object
            if slot is None and origin and m.form == "demonym" and k < len(self.span) and \
                    self.span[k][1] < len(self.lower) and self.lower[self.span[k][1]] in self.collective:
                continue  # "ordered two Russian diplomats to leave": people, not goods from Russia
            marker = None if self.marker[k] == "obj" else self.marker[k]
            if marker == "including" and (slot is None or self._marked_after(k, t_end, slot)):
                marker = slot  # "reaches ten countries, including Italy", "recognised by 115 countries, including X"
            if marker == slot and not _determiner(m) and not (slot is None and not origin and self._modifier(k)) \
                    and (slot is None or self._marked_after(k, t_end, slot)):
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

    def names_origin(self, ends: list[Mention], focus: Mention) -> bool:
        """Whether the sentence names where goods come from other than `focus`: another company,
        or a state as a demonym or possessive ("Russian gas", "France's fleet")."""
        keys = {m.key for m in ends}
        return any(m.key not in keys and m.key != focus.key and (m.kind == "Company" or m.form == "demonym" or m.possessive)
                   for m in self.mentions)

    def after_all(self, t_end: int, slot: str) -> list[Mention]:
        """Every mention after the trigger in its clause that the preposition `slot` introduces
        ("of" after people is not the end: "sanctions on two commanders of the RSF")."""
        limit = self._forward_limit(t_end)
        return [m for k, m in enumerate(self.mentions)
                if t_end <= self.span[k][0] < limit and not m.attached and not self._inside_name(k) and not self.member_states(k)
                and (self.marker[k] == slot or self.marker[k] == "including") and not _determiner(m)
                and not (slot == "of" and self._of_people(k))
                and self._marked_after(k, t_end, slot) and not self.describes_person(k)]

    def opens_clause(self, k: int) -> bool:
        """Whether mention `k` is the subject of a verb of its own, past an apposition: "held talks with A, and
        B, chairperson of the Commission, met C" (B meets C; B is no partner of the first talks)."""
        _, j = self.span[k]
        if j >= len(self.lower) or self.lower[j] != ",":
            return False  # "The Netherlands and Austria ordered": a shared subject
        close = next((x for x in range(j + 1, min(len(self.lower), j + 12)) if self.lower[x] == ","), None)
        if close is None:
            return False
        j = close + 1
        return j < len(self.lower) and self.lower[j] in self.verbs and not self.lower[j].endswith("ing")

    def describes_person(self, k: int) -> bool:
        """A demonym in an apposition on the person before it: "X, the Serb member of the presidency"."""
        m = self.mentions[k]
        i, _ = self.span[k]
        if m.form != "demonym" or i < 3 or self.lower[i - 1] != "the" or self.lower[i - 2] != "," or not self._modifier(k):
            return False
        return any(b == i - 2 and self.mentions[q].kind == "Person" for q, (_, b) in enumerate(self.span))

    def _marked_after(self, k: int, t_end: int, slot: str) -> bool:
        """Whether the preposition that introduces mention `k` follows the trigger: in "leader of the opposition
        Liberal Party" the party's "of" comes before "opposition", and the party is no end of it."""
        if slot not in PREPOSITIONS:
            return True
        between = self.lower[max(0, t_end - 1):self.span[k][0]]  # a phrase trigger may end in it: "based in"
        return slot in between or "," in between

    def _of_people(self, k: int) -> bool:
        i, _ = self.span[k]
        j = i - 1
        while j > 0 and self.lower[j] in ("the", "a", "an"):
            j -= 1
        return j > 0 and self.lower[j] == "of" and self.lower[j - 1] in PEOPLE_NOUNS

    def subject_before_aside(self, t_start: int) -> Mention | None:
        """"X, a firm that flew arms to Y, was also blacklisted": the name that opens the sentence, when the
        verb follows the comma closing an aside about it."""
        j = t_start - 1
        while j > 0 and (self.lower[j] in AUXILIARIES or self.lower[j].endswith("ly")):
            j -= 1
        if j == t_start - 1 or self.lower[j] != "," or not self.mentions:
            return None
        first, (i, end) = self.mentions[0], self.span[0]
        return first if i <= 1 and end < len(self.lower) and self.lower[end] == "," and not first.attached else None

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
                    self.span[k + 2][0] - self.span[k + 1][1] <= 1 and \
                    (self.mentions[k + 2].kind in kinds or self.mentions[k + 2].kind == m.kind):
                nxt = self.mentions[k + 2]  # "Vietnam, Sri Lanka and Malaysia's Maritime Agency": the agency is listed
                i2 = self.span[k + 1][0]
                between = self.lower[j:i2]
                if between in (["and"], [",", "and"]) and not nxt.attached:
                    out.append(nxt)
                elif between == [","] and not nxt.attached and nxt.kind == m.kind:
                    out.append(nxt)  # "Norway's X, Canada's Y and Z": the list goes on
                    k += 2
                    continue
                break
            if nxt.key == self.mentions[k].key and self.lower[j:i2] == ["("]:
                k += 1  # "Presidency of Defence Industries (SSB) and ...": step over the bracketed alias
                continue
            if self.lower[j:j + 1] == [")"] and self.mentions[k] is not m:
                j += 1
            # "Egypt, Saudi Arabia and the United Arab Emirates", "X and the Dubai-registered Y"
            between = [w for w in self.lower[j:i2] if w != "the" and not DESCRIBING_PREFIX.search(w)]
            if kinds and nxt.kind in kinds and nxt.kind == "Person" and not nxt.attached and 3 <= len(between) <= 6 \
                    and between[0] == "and" and between[1] in ("its", "their", "his", "her") and between[-1] == "," \
                    and all(w.isalpha() and self.tokens[j + x][0].islower() for x, w in enumerate(between[:-1])):
                return out + [nxt]  # "X and its head, Y"
            if between in (["and"], [",", "and"], [","]) and (nxt.kind == m.kind or nxt.kind in kinds) and not nxt.attached \
                    and not self.describes_person(k + 1) and not self.opens_clause(k + 1):
                out.append(self.mentions[k + 1])
                k += 1
                if between == [","]:
                    continue
                break
            break
        if len(out) == 2 and self.lower[self.span[self._k(out[-1])][0] - 1] == ",":
            return [m]  # an apposition ("Baku, Azerbaijan"), not a list
        return out
