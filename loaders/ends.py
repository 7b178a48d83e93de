"""Where a relation's ends are in a parsed sentence: the subject before a trigger word, a possessor or a
name that qualifies a noun trigger, the antecedent of "which", the speaker a pronoun stands for.

`ParsedSentence` is the parse of `Clauses` (`loaders.clauses`) with the questions the relation rules ask
of it; the ends after the trigger are in `ObjectEnds` (`loaders.objects`), lists, titles and appositions
in `Appositions` (`loaders.appositions`), and the ends of covert acts and charges in `ActEnds`
(`loaders.acts`).

>>> from loaders.mentions import MentionFinder
>>> from loaders.segment import split_sentences
>>> text = "Chile's arms sales to Peru grew."
>>> s = ParsedSentence(split_sentences(text)[0], MentionFinder.default().find(text))
>>> s.possessor(2).text
'Chile'
"""

from __future__ import annotations

from loaders.acts import AUXILIARIES, ActEnds
from loaders.appositions import Appositions
from loaders.clauses import ADOPTING, BE, PREPOSITIONS, Clauses, _determiner
from loaders.objects import PEOPLE_NOUNS, ObjectEnds
from loaders.spans import Mention

__all__ = ["ParsedSentence"]

FRONTING = frozenset("during in at after before on following amid despite since with".split())
#: People with no name whom a place only locates: "legislators in Washington, who ...".
PEOPLE = PEOPLE_NOUNS | frozenset("lawmakers legislators politicians senators deputies activists protesters campaigners "
                                  "critics analysts experts residents investors opponents hardliners".split())
#: Verbs that make an actor into what the noun after it names: "making Qatar one of the largest suppliers"; and
#: those by which the subject becomes it: "Turkey has become one of Indonesia's suppliers".
MAKING = frozenset("make makes made making".split())
BECOMING = frozenset("become becomes became".split())
MADE_INTO = MAKING | BECOMING
COPULAS = frozenset("is was are were remains remain remained became becomes become".split())
AUTHORITY_NOUNS = frozenset("police authorities prosecutors officials investigators forces".split())
ORDINALS = frozenset("only first last sole second third latest".split())
ADVERBS = frozenset("still never already formally officially now also long since".split())
#: Nouns for a standing held "as" something: "China's position as the largest buyer".
ROLE_NOUNS = frozenset("position role status standing place rank".split())


class ParsedSentence(Clauses, ActEnds, ObjectEnds, Appositions):
    """A sentence's tokens, mentions and clauses (`Clauses`), asked which mentions fill a relation's ends."""

    def subject_candidates(self, t_start: int) -> list[Mention]:
        """Unmarked mentions before the trigger: its own clause first, left to right, then earlier clauses."""
        clause = self.clause[t_start]
        by_clause: dict[int, list[Mention]] = {}
        for k, m in enumerate(self.mentions):
            i, j = self.span[k]
            if j > t_start or not (self.usable(k) or self._subject_member(k, t_start)) or self._owns_other(k, t_start):
                continue
            by_clause.setdefault(self.clause[i], []).append(m)
        out = []
        for c in range(clause, -1, -1):
            out.extend(by_clause.get(c, ()))
            if c in self.complement:
                break  # the speaker of "X said that ..." is not the subject inside
        return out

    def _subject_member(self, k: int, t_start: int) -> bool:
        """"Press freedom groups including the CPJ have criticised X": a member named for a plural subject acts."""
        m = self.mentions[k]
        i, _ = self.span[k]
        x = i - 1 if self.lower[i - 1:i] != ["the"] else i - 2
        if m.attached or self.marker[k] != "including" or x < 1 or self.lower[x] != "including" \
                or self.clause[i] != self.clause[t_start]:
            return False
        head = self.lower[x - 1]
        first = next(y for y in range(x) if self.clause[y] == self.clause[x])
        return head.endswith("s") and head.isalpha() and self.tokens[x - 1][0].islower() \
            and not any(w in self.verbs or w in BE for w in self.lower[first:x])

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
        made = self._made_into(t_start)
        if made is not None:
            return made
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

    def _made_into(self, t_start: int) -> Mention | None:
        """"making Qatar one of the largest suppliers", "made Sweden the biggest buyer": the one made into the role."""
        if not MADE_INTO.intersection(self.lower[max(0, t_start - 8):t_start]):
            return None  # most agent nouns: no verb of making before them
        j = t_start - 1
        named = {x for a, b in self.span for x in range(a, b)}
        while j > 0 and j >= t_start - 7 and (self.lower[j].replace("-", "").isalpha() or j in named
                                              or self.lower[j] in ("'s", "’s")) and self.lower[j] not in MADE_INTO:
            j -= 1
        if self.lower[j] in BECOMING:  # "Turkey has become one of Indonesia's largest arms suppliers": the subject
            b = j - 1 if self.lower[j - 1] in ("has", "have", "had") else j
            k = next((k for k, (_, e) in enumerate(self.span) if e == b), None)
            between = self.lower[j + 1:t_start]
            return self.mentions[k] if k is not None and not self.mentions[k].attached \
                and between[:1] in (["one"], ["the"], ["a"], ["an"]) else None
        k = next((k for k, (a, _) in enumerate(self.span) if a == j + 1), None) if self.lower[j] in MAKING else None
        if k is None or self.mentions[k].attached:
            return None
        between = self.lower[self.span[k][1]:t_start]
        return self.mentions[k] if between[:1] in (["one"], ["the"], ["a"], ["an"], ["its"]) else None

    def origin_subject(self, t_start: int) -> Mention | None:
        """The demonym of a passive's subject goods ("Kazakh uranium was sold"): where they come from."""
        clause = self.clause[t_start]
        for k, m in enumerate(self.mentions):
            i, j = self.span[k]
            if j <= t_start and self.clause[i] == clause and m.form == "demonym" and not m.attached and self._modifier(k):
                return m
        return None

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
        """The last actor of `kinds` before the trigger: "X, a firm registered in Y" is X."""
        for k in range(len(self.mentions) - 1, -1, -1):
            m = self.mentions[k]
            if self.span[k][1] <= t_start and m.kind in kinds and not m.attached and not _determiner(m):
                return m
        return None

    def nearest_possessive(self, t_start: int) -> Mention | None:
        """The last possessive in the trigger's clause: "Chile's use of the port for spying" is Chile's."""
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
                k = next((k for k, m in enumerate(self.mentions) if self.span[k][1] == b and not m.attached), None)
                if k is None:
                    return None
                while k > 0 and self.mentions[k - 1].kind == self.mentions[k].kind and not self.mentions[k - 1].attached \
                        and self.lower[self.span[k - 1][1]:self.span[k][0]] in ([","], ["and"], [",", "and"]):
                    k -= 1  # "Guatemala, Belize and Paraguay are among ...": the list from its first
                return self.mentions[k]
            if self.lower[b] in (",", ";") or any(a == b for a, _ in self.span):
                return None
        return None

    def possessor(self, t_start: int) -> Mention | None:
        """A possessive or demonym just before a noun trigger: "Chile's arms sales", "Chilean exports"."""
        for k, m in enumerate(self.mentions):
            i, j = self.span[k]
            if 0 <= t_start - j <= 3 and (m.possessive or m.form == "demonym") and not m.attached and \
                    all((self.lower[x].replace("-", "").isalpha() and self.lower[x] not in PREPOSITIONS)
                        or self.lower[x] in ("'s", "’s", "'", "’", "s")
                        for x in range(j, t_start)):
                return m
        return None

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

