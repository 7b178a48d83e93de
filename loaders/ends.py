"""Where a relation's ends are in a parsed sentence: the subject before a trigger word, the mention a
preposition introduces after it, a possessor, the antecedent of "which", the actors listed with one.
"""

from __future__ import annotations

from loaders.acts import ActEnds
from loaders.clauses import BE, CLAUSE_PUNCT, CLAUSE_WORDS, ORDER_NOUNS, PREPOSITIONS, QUOTES, Clauses, _determiner
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
#: Days between an accused object and "of": "accused China on Monday of".
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: Verbs of taking over another's measures: the one applying them imposes them too.
ADOPTING = frozenset("apply applies applied applying enforce enforces enforced enforcing implement implements "
                     "implemented implementing adopt adopts adopted adopting join joins joined joining".split())
COPULAS = frozenset("is was are were remains remain remained became becomes become".split())
PART_NOUNS = frozenset("branch branches office offices bureau bureaus subsidiary subsidiaries unit units".split())
TARGETING_VERBS = frozenset("target targets targeted cover covers covered include includes included hit hits name names "
                            "named list lists listed".split())
AUTHORITY_NOUNS = frozenset("police authorities prosecutors officials investigators forces".split())
ORDINALS = frozenset("only first last sole second third latest".split())
ADVERBS = frozenset("still never already formally officially now also long since".split())
#: Nouns for a standing held "as" something: "China's position as the largest buyer".
ROLE_NOUNS = frozenset("position role status standing place rank".split())


class ParsedSentence(Clauses, ActEnds):
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

    def joined_to_speaker(self, t_start: int) -> list[Mention]:
        """"Russia denied that its staff had spied and threatened Norway": a verb joined by "and" at the end of a
        reported clause that names no actor of its own is the speaker's second act; the speaker's clause's actors."""
        j = t_start - 1
        while j > 0 and self.lower[j] in ("also", "then", "later"):
            j -= 1
        clause = self.clause[t_start]
        if j < 1 or self.lower[j] != "and" or clause not in self.complement or clause == 0:
            return []
        out = []
        for k, m in enumerate(self.mentions):
            i, e = self.span[k]
            if e <= t_start and self.clause[i] == clause and self.usable(k):
                return []  # "said Chile had bought jets and sold ...": the reported clause has its own subject
            if e <= t_start and self.clause[i] == clause - 1 and self.usable(k) and not self._owns_other(k, t_start):
                out.append(m)
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
        if self.lower[j - 1] in ACCUSING and j >= 2:
            prev = self.tokens[j - 2][0]
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
        """The person a possessive's (or demonym's) title names between commas: "the EU's special representative
        for the dialogue, Petra Lindqvist, held talks" (the representative acts, not the EU), "met the company's
        chief executive, Murat Kalkan, and ..."."""
        if not (m.possessive or m.form == "demonym") or not any(m is x for x in self.mentions):
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
        return person if end >= len(self.lower) or self.lower[end] in (",", ".", ";", "and") else None
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
        copula = self._copula_subject(rel)
        if copula is not None:
            return copula  # "Paraguay is one of a dozen countries that recognise Taiwan"
        if self.lower[rel] == "that":  # only "X, a Chinese company that mines ...": "that" after an apposition
            comma = next((i for i in range(rel - 1, max(-1, rel - 12), -1) if self.lower[i] == ","), None)
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
        if named is not None and not (named.kind == "Person" and self.lower[rel] == "which"):
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
        if m.form == "demonym" and len(between) == 1 and between[0] in self.collective:
            return m  # "the Ethiopian troops who serve ...": Ethiopia
        if between[:1] == ["("] and ")" in between and between.index(")") <= 4:
            between = between[between.index(")") + 1:]  # "the UN refugee agency (UNHCR), which"
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
                if self.mentions[k].form == "demonym":
                    return False  # "the Peruvian troops who": people of a state stand for it, as "Chilean officials" do
                break
            elif self.lower[j] in ("a", "an", "the"):
                return j == 0 or self.lower[j - 1] != ","
            elif self.tokens[j][0].isalpha() and self.tokens[j][0].islower() and self.lower[j] not in PREPOSITIONS \
                    and self.lower[j] not in ("and", "or", "but") and not self.lower[j].endswith("ing"):
                j -= 1
            else:
                break
        return True

    def name_modifier(self, t_start: int) -> Mention | None:
        """"EU sanctions", "the UN arms embargo": a name that qualifies a noun trigger, as its agent."""
        for k, m in enumerate(self.mentions):
            i, j = self.span[k]
            between = self.lower[j:t_start]
            if 0 <= t_start - j <= 2 and not m.possessive and m.form != "demonym" and not m.attached \
                    and all(w.isalpha() and w not in PREPOSITIONS and w not in AUXILIARIES and self.tokens[x][0].islower()
                            for x, w in enumerate(between, start=j)) \
                    and (i == 0 or self.lower[i - 1] not in ("'s", "’s", "of")):
                return m
        return None

    def adopts(self, m: Mention) -> bool:
        """Whether the subject applies what `m` decided: "Switzerland has applied most EU sanctions"."""
        i = self.span[self._k(m)][0]
        return any(w in ADOPTING for w in self.lower[max(0, i - 3):i])

    def _copula_subject(self, rel: int) -> Mention | None:
        """The subject of "X is one of the few states that ...", "X is among those who ..."."""
        for b in range(rel - 2, max(-1, rel - 10), -1):
            if self.lower[b] in COPULAS and (self.lower[b + 1] in ("one", "among") or (
                    self.lower[b + 1] == "the" and self.lower[b + 2:b + 3] and self.lower[b + 2] in ORDINALS)):
                return next((m for k, m in enumerate(self.mentions) if self.span[k][1] == b and not m.attached), None)
            if self.lower[b] in (",", ";") or any(a == b for a, _ in self.span):
                return None
        return None

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
            limit = next((i for i in range(t_end, limit - 1) if self.lower[i] == "," and self.lower[i + 1] in
                          ("and", "or", "but", "it", "they", "he", "she", "we")), limit)  # nor into ", it has not ..."
            c = self.clause[t_end - 1]
            first = next(i for i in range(t_end) if self.clause[i] == c)
            if self.lower[first] in ("which", "who", "whom", "that"):  # nor out of a relative clause
                limit = next((i for i in range(t_end, limit) if self.clause[i] != c), limit)
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
            if marker == slot and not _determiner(m) and not (slot is None and not origin and self._modifier(k)
                                                               and not self._part_of(k)) \
                    and (slot is None or self._marked_after(k, t_end, slot)):
                return m
        return None

    def _part_of(self, k: int) -> bool:
        """"closed down the Jewish Agency branch": a body's branch or office stands for the body."""
        j = self.span[k][1]
        return self.mentions[k].form != "demonym" and j < len(self.lower) and self.lower[j] in PART_NOUNS
    def person_after_title(self, t_end: int) -> Mention | None:
        """"received by the First Secretary of the Communist Party and President of the Republic, X": the
        person a "by the <title>" phrase names after its comma."""
        limit = self._forward_limit(t_end)
        by = next((x for x in range(t_end, limit) if self.lower[x] == "by"), None)
        if by is None or by + 2 >= len(self.lower) or self.lower[by + 1] != "the" or self.lower[by + 2] not in self.titles:
            return None
        x = by + 3
        while x < len(self.lower) and x - by <= 14 and self.lower[x] != ",":
            if not (self.tokens[x][0][:1].isupper() or self.lower[x] in ("of", "the", "and", "for")):
                return None
            x += 1
        if x >= len(self.lower) or self.lower[x] != ",":
            return None
        return next((p for q, p in enumerate(self.mentions) if self.span[q][0] == x + 1 and p.kind == "Person"), None)

    def unnamed_holder(self, t_start: int) -> bool:
        """"its president's so-called state visit": the act of a title holder the sentence does not name."""
        j = t_start - 1
        while j >= 0 and t_start - j <= 4:
            tok = self.lower[j]
            if any(a <= j < b for a, b in self.span):
                return False
            if tok.endswith(("'s", "’s")):
                return tok[:-2] in self.titles
            if not (tok in QUOTES or (self.tokens[j][0].islower() and tok not in PREPOSITIONS)):
                return False
            j -= 1
        return False

    def _titles_between(self, a: int, b: int) -> bool:
        """"Argentine President X": only title words between a demonym and the person it titles."""
        words = self.lower[self.span[a][1]:self.span[b][0]]
        return self.mentions[b].kind == "Person" and 0 < len(words) <= 4 and all(w in self.titles for w in words)

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

    def share_owner(self, t_end: int) -> Mention | None:
        """"supplies two-thirds of Moldova's electricity": the possessor after a share and "of", in the clause."""
        limit = self._forward_limit(t_end)
        for k, m in enumerate(self.mentions):
            i, _ = self.span[k]
            if i < t_end:
                continue
            if i > t_end + 5 or i >= limit or not m.possessive or self.lower[i - 1] != "of":
                return None
            return m
        return None

    def bare_act(self, t_end: int, acts: frozenset[str]) -> bool:
        """"condemned the decision." or "condemned the move as a betrayal": an act named by a bare noun,
        with no actor after it in its clause to say whose it is."""
        if t_end + 1 >= len(self.lower) or self.lower[t_end] not in ("the", "this") or self.lower[t_end + 1] not in acts:
            return False
        limit = self._forward_limit(t_end)
        return not any(t_end <= a < limit for a, _ in self.span)

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

    def names_origin(self, ends: list[Mention], focus: Mention, t_start: int) -> bool:
        """Whether the trigger's clause names where goods come from other than `focus`: another company,
        or a state as a demonym or possessive ("Russian gas", "France's fleet"). Another company beyond a semicolon
        does something else ("took delivery of its fifth C-390; its aircraft are maintained by OGMA")."""
        keys = {m.key for m in ends}
        return any(m.key not in keys and m.key != focus.key and (
            (m.kind == "Company" and not any(self.lower[x] in CLAUSE_PUNCT for x in range(min(self.span[k][0], t_start),
                                                                                        max(self.span[k][0], t_start))))
            or m.form == "demonym" or m.possessive) for k, m in enumerate(self.mentions))

    def after_all(self, t_end: int, slot: str) -> list[Mention]:
        """Every mention after the trigger in its clause that the preposition `slot` introduces
        ("of" after people is not the end: "sanctions on two commanders of the RSF")."""
        limit = self._forward_limit(t_end)
        # ", and the system was supplied to Ukraine": a new clause with its own subject, not the list going on
        limit = next((i for i in range(t_end, limit - 3) if self.lower[i] == "," and self.lower[i + 1] in ("and", "but", "while")
                      and self.lower[i + 2] in ("the", "its", "their", "it", "they") and self.tokens[i + 3][0].islower()), limit)
        return [m for k, m in enumerate(self.mentions)
                if t_end <= self.span[k][0] < limit and not m.attached and not self._inside_name(k) and not self.member_states(k)
                and (self.marker[k] == slot or self.marker[k] == "including") and not _determiner(m)
                and not (slot == "of" and self._of_people(k))
                and self._marked_after(k, t_end, slot) and not self.describes_person(k) and not self._people_of(k)]

    def _people_of(self, k: int) -> bool:
        """"sanctions on four Myanmar military officers": the officers are the end, not their state."""
        m, j = self.mentions[k], self.span[k][1]
        if m.kind != "State" or m.possessive:
            return False
        words = self.lower[j:j + 3]
        return any(w in PEOPLE_NOUNS for w in words) and all(w.isalpha() for w in words[:next(
            x for x, w in enumerate(words) if w in PEOPLE_NOUNS)])

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
        return j < len(self.lower) and (self.lower[j] in self.verbs and not self.lower[j].endswith("ing") or self.lower[j] in self.speech)

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
        return slot in between or "," in between or (slot == "for" and any(w in ORDER_NOUNS for w in between))

    def _of_people(self, k: int) -> bool:
        i, _ = self.span[k]
        j = i - 1
        while j > 0 and self.lower[j] in ("the", "a", "an"):
            j -= 1
        return j > 0 and self.lower[j] == "of" and self.lower[j - 1] in PEOPLE_NOUNS

    def relative_object(self, t_start: int) -> Mention | None:
        """"Taiwan, which Somaliland has recognised since 2020": the antecedent a relative clause's named
        subject acts on."""
        rel = next((i for i in range(t_start - 1, -1, -1) if self.lower[i] in ("which", "whom", "that")
                    and self.clause[i] == self.clause[t_start]), None)
        k = next((k for k, (a, _) in enumerate(self.span) if rel is not None and a == rel + 1), None)
        if k is None or self.mentions[k].attached:
            return None
        if not all(w in AUXILIARIES or w in ADVERBS or w.endswith("ly") for w in self.lower[self.span[k][1]:t_start]):
            return None
        return self.relative_antecedent(t_start)

    def pronoun_speaker(self, t_start: int) -> Mention | None:
        """"Kenya and Djibouti said they had no plans to recognise X": the speakers a pronoun opening
        the reported clause stands for."""
        c = self.clause[t_start]
        if c not in self.complement:
            return None
        first = next(i for i in range(t_start + 1) if self.clause[i] == c)
        if self.lower[first] == "that":
            first += 1
        if first >= t_start or self.lower[first] not in ("they", "it", "we"):
            return None
        return next((m for k, m in enumerate(self.mentions) if self.clause[self.span[k][0]] == c - 1
                     and not m.attached and self.marker[k] is None), None)

    def named_after(self, t_end: int, slot: str) -> Mention | None:
        """"the arrest of the city's mayor, Ekrem Imamoglu": the person named after the described one."""
        if t_end >= len(self.lower) or self.lower[t_end] != slot:
            return None
        for i in range(t_end + 1, min(len(self.lower), t_end + 7)):
            if any(a <= i < b for a, b in self.span) or self.lower[i] in CLAUSE_WORDS:
                return None
            if self.lower[i] == ",":
                k = next((k for k, (a, _) in enumerate(self.span) if a == i + 1), None)
                return self.mentions[k] if k is not None and self.mentions[k].kind == "Person" else None
        return None

    def predicate_object(self, t_end: int) -> Mention | None:
        """"Australia's sanctions target X", "the EU's sanctions list includes X": the object of the verb
        the trigger noun is the subject of."""
        j = t_end
        if j < len(self.lower) and self.lower[j] in ("list", "lists", "package", "packages", "measures", "regime"):
            j += 1
        if j >= len(self.lower) or self.lower[j] not in TARGETING_VERBS:
            return None
        k = next((k for k, (a, _) in enumerate(self.span) if j < a <= j + 3), None)
        if k is None or self.mentions[k].attached or any(w in PREPOSITIONS for w in self.lower[j + 1:self.span[k][0]]):
            return None
        return self.mentions[k]

    def authorities_in(self, t_start: int) -> Mention | None:
        """"Police in Pakistan arrested X": the state whose authorities act."""
        for k, m in enumerate(self.mentions):
            i, j = self.span[k]
            if j > t_start or m.kind != "State" or i < 2 or self.lower[i - 1] != "in":
                continue
            if self.lower[i - 2] in AUTHORITY_NOUNS and self.clause[i] == self.clause[t_start] and \
                    all(w.isalpha() for w in self.lower[j:t_start]):
                return m
        return None

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
            if nxt.attached and (nxt.possessive or nxt.form == "demonym") and k + 2 < len(self.mentions) \
                    and (self.mentions[k + 2].kind in kinds or self.mentions[k + 2].kind == m.kind) \
                    and (self.span[k + 2][0] - self.span[k + 1][1] <= 1
                         or self.titled_person(nxt) is self.mentions[k + 2]
                         or self._titles_between(k + 1, k + 2)):
                # "... and Turkey's ambassador, Selin Aydemir": the person the title names is listed
                nxt = self.mentions[k + 2]  # "Vietnam, Sri Lanka and Malaysia's Maritime Agency": the agency is listed
                i2 = self.span[k + 1][0]
                between = self.lower[j:i2]
                if between in (["and"], [",", "and"]) and not nxt.attached:
                    out.append(nxt)
                    if nxt.kind == "Person":
                        return out  # the comma before the name closes its title, not a list
                elif between == [","] and not nxt.attached and nxt.kind == m.kind:
                    out.append(nxt)  # "Norway's X, Canada's Y and Z": the list goes on
                    k += 2
                    continue
                break
            if nxt.form == "pair" and self.mentions[k].form == "pair" and i2 == j:
                out.append(nxt)  # "both companies": the two named before
                k += 1
                continue
            if nxt.key == self.mentions[k].key and self.lower[j:i2] == ["("]:
                k += 1  # "Presidency of Defence Industries (SSB) and ...": step over the bracketed alias
                continue
            if self.lower[j:j + 1] == [")"] and self.mentions[k] is not m:
                j += 1
            # "Egypt, Saudi Arabia and the United Arab Emirates", "X and the Dubai-registered Y", "General A, Colonel B and ..."
            between = [w for w in self.lower[j:i2] if w != "the" and not DESCRIBING_PREFIX.search(w)]
            untitled = [w for x, w in enumerate(self.lower[j:i2], start=j)
                        if w != "the" and not (w in self.titles and self.tokens[x][0][:1].isupper())]
            if untitled in ([","], ["and"]) and nxt.kind == "Person":
                between = untitled  # but ", and President X said" starts a clause
            if nxt.kind == "Person" and m.kind == "Person" and between[:1] == ["and"] and len(between) <= 5 and \
                    all(w in self.titles for w in between[1:]) and all(self.tokens[x][0][:1].isupper() for x in range(j + 1, i2)):
                between = ["and"]  # "met X and Trade Minister Y": the title names Y, who is listed
            if kinds and nxt.kind in kinds and nxt.kind == "Person" and not nxt.attached and 3 <= len(between) <= 6 \
                    and between[0] == "and" and between[1] in ("its", "their", "his", "her") and between[-1] == "," \
                    and all(w.isalpha() and self.tokens[j + x][0].islower() for x, w in enumerate(between[:-1])):
                return out + [nxt]  # "X and its head, Y"
            if between == [","] and (self.lower[j:i2] != [","] or nxt.form == "demonym") and self._modifier(k + 1):
                break  # "RTX, the US group formerly known as Raytheon", "X, the Serb member of the presidency": a description
            # "talks with A, and B, chairperson of the Commission, met C": B opens a clause of its own
            if between in (["and"], [",", "and"], [","]) and (nxt.kind == m.kind or nxt.kind in kinds) and not nxt.attached \
                    and not self.describes_person(k + 1) and not self.opens_clause(k + 1):
                out.append(self.mentions[k + 1])
                k += 1
                if between == [","]:
                    continue
                break
            break
        end = self.span[self._k(out[-1])][1]
        listed = self.lower[end:end + 2] in (["and", "their"], ["and", "its"], ["and", "other"], ["and", "several"])
        if len(out) == 2 and self.lower[self.span[self._k(out[-1])][0] - 1] == "," and not listed:
            return [m]  # an apposition ("Baku, Azerbaijan"), not a list ("Rosneft, Lukoil and their units")
        return out
