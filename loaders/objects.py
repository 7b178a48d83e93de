"""The ends after a trigger word in a parsed sentence: its object, the mention a preposition introduces
("sold jets to Peru"), every mention of a list the preposition opens, whose the object is ("condemned the
Chinese actions"), a share's owner, the state an envoy stands for, the actors a ranking or a colon adds,
the person named after a described one, and what a trigger noun's own verb targets.

`ObjectEnds` is mixed into `ParsedSentence` (`loaders.ends`); its methods read the parse of `Clauses`.

>>> from loaders.ends import ParsedSentence
>>> from loaders.mentions import MentionFinder
>>> from loaders.segment import split_sentences
>>> text = "Chile sold two frigates to Peru and Ecuador."
>>> s = ParsedSentence(split_sentences(text)[0], MentionFinder.default().find(text))
>>> s.after(2, "to").text, [m.text for m in s.after_all(2, "to")]
('Peru', ['Peru', 'Ecuador'])
"""

from __future__ import annotations

from loaders.clauses import CLAUSE_PUNCT, CLAUSE_WORDS, ORDER_NOUNS, PREPOSITIONS, _determiner
from loaders.spans import Mention

__all__ = ["PEOPLE_NOUNS", "ObjectEnds"]

PEOPLE_NOUNS = frozenset("commanders members officials officers leaders executives employees staff generals agents "
                         "operatives soldiers troops managers directors shareholders".split())
#: What a body does that another can condemn as "the X of <body>" or "the <body> X" (not what is done to a
#: victim: "the arrest of").
ACT_NOUNS = frozenset("decision decisions move moves step steps measure measures action actions policy policies arrogance "
                      "interference aggression conduct behaviour behavior stance plan plans deployment annexation occupation "
                      "invasion blockade provocation provocations hostility incursion incursions intrusion intrusions "
                      "violation violations attack attacks".split())
#: Participles that say who did an act named before them: "the sanctions imposed by X", "the measures taken by X".
DOING_PARTICIPLES = frozenset("imposed taken made announced adopted ordered introduced launched carried conducted "
                              "committed issued decided planned staged".split())
#: Plural nouns for states or bodies an unnamed subject may be: "28 countries ..., among them A and B".
GROUP_NOUNS = frozenset("countries states nations governments members companies firms groups".split())
PART_NOUNS = frozenset("branch branches office offices bureau bureaus subsidiary subsidiaries unit units".split())
TARGETING_VERBS = frozenset("target targets targeted cover covers covered include includes included hit hits name names "
                            "named list lists listed".split())


class ObjectEnds:
    """The part of `ParsedSentence` that finds the ends after a trigger."""

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
            if slot is None and i > t_end and self.lower[i - 1] in self.speech:
                continue  # "arrested two men, a source told AFP": the one told is no object
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

    def followed_by(self, t_end: int, kinds: tuple[str, ...]) -> list[Mention]:
        """The actors a ranking adds after "followed by": "the largest buyer ..., followed by Spain and Italy"."""
        at = next((i for i in range(t_end, len(self.lower) - 1) if self.lower[i] == "followed" and self.lower[i + 1] == "by"),
                  None)
        if at is None or at == 0 or self.lower[at - 1] != ",":
            return []
        first = next((k for k, (a, _) in enumerate(self.span) if at + 2 <= a <= at + 3 and self.mentions[k].kind in kinds),
                     None)
        return self.coordinated(self.mentions[first], kinds) if first is not None else []

    def members_named_after(self, t_start: int, t_end: int, kinds: tuple[str, ...]) -> list[Mention]:
        """"28 countries have withdrawn their recognition of Kosovo, among them Suriname and Togo": the members of
        an unnamed plural subject, listed after the clause."""
        clause = self.clause[t_start]
        first = next(x for x in range(t_start + 1) if self.clause[x] == clause)
        if not any(w in GROUP_NOUNS for w in self.lower[first:t_start]) \
                or any(first <= a < t_start and self.usable(k) for k, (a, _) in enumerate(self.span)):
            return []  # the subject must be a plural of states or bodies, and name none
        at = next((x for x in range(t_end, min(len(self.lower) - 2, t_end + 14))
                   if self.lower[x] == "," and (self.lower[x + 1:x + 3] == ["among", "them"] or self.lower[x + 1] == "including")),
                  None)
        if at is None or any(self.lower[x] in (";", ".") for x in range(t_end, at)):
            return []
        k = next((k for k, (a, _) in enumerate(self.span) if a == at + (3 if self.lower[at + 1] == "among" else 2)), None)
        if k is None or self.mentions[k].kind not in kinds:
            return []
        return [m for m in self.coordinated(self.mentions[k], kinds) if m.kind in kinds]

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
            if not m.attached and (self._act_of(t_end, i) or self._names_act(t_end, k)):
                return m  # "condemned the decision of Chile", "called the EU decision a grave injustice"
            if i > t_end + 2 or m.attached or not (m.form == "demonym" or m.possessive) or self.marker[k] not in (None, "obj"):
                return None
            return m if self._modifier(k) or m.possessive else None
        return None

    def _act_of(self, t_end: int, i: int) -> bool:
        """"the decision of", "the unilateral measures of": an act, not a victim ("the arrest of"), then "of"."""
        words = self.lower[t_end:i - 1] if i - 1 > t_end and self.lower[i - 1] == "the" else self.lower[t_end:i]
        if 2 <= len(words) <= 3 and words[-1] == "by" and words[-2] in ACT_NOUNS and all(w.isalpha() for w in words):
            return True  # "protested incursions by Chinese vessels": whose the act is
        if 4 <= len(words) <= 7 and words[0] in ("the", "its", "their", "any", "these", "those") and words[-1] == "by" \
                and words[-2] in DOING_PARTICIPLES and all(w.isalpha() for w in words):
            return True  # "opposes the illegal unilateral sanctions imposed by the United States"
        if len(words) < 3 or words[0] not in ("the", "this") or words[-1] != "of" or len(words) > 4:
            return False
        return words[-2] in ACT_NOUNS and all(w.isalpha() for w in words[1:-2])

    def _names_act(self, t_end: int, k: int) -> bool:
        """"the US decision", "the NATO move": a name right after the article, then an act noun."""
        i, j = self.span[k]
        return i == t_end + 1 and self.lower[t_end] in ("the", "this") and j < len(self.lower) \
            and self.lower[j] in ACT_NOUNS and self.mentions[k].form != "demonym"

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

    def _marked_after(self, k: int, t_end: int, slot: str) -> bool:
        """Whether the preposition that introduces mention `k` follows the trigger: in "leader of the opposition
        Liberal Party" the party's "of" comes before "opposition", and the party is no end of it."""
        if slot not in PREPOSITIONS:
            return True
        between = self.lower[max(0, t_end - 1):self.span[k][0]]  # a phrase trigger may end in it: "based in"
        return slot in between or "," in between or (slot == "for" and any(w in ORDER_NOUNS for w in between))

    def _of_people(self, k: int) -> bool:
        """Whether mention `k` follows "of" after people: "sanctions on two commanders of the RSF"."""
        i, _ = self.span[k]
        j = i - 1
        while j > 0 and self.lower[j] in ("the", "a", "an"):
            j -= 1
        return j > 0 and self.lower[j] == "of" and self.lower[j - 1] in PEOPLE_NOUNS

    def right_after(self, m: Mention, t_end: int) -> bool:
        """Whether `m` is what the phrase ending at `t_end` goes on with: past a title or a description of a place
        ("led by General X", "based in the southern city of X"), not past another preposition ("in talks with X")."""
        k = next((k for k, x in enumerate(self.mentions) if x is m), None)
        if k is None:
            return True  # an implied actor: nothing to place
        i = self.span[k][0]
        return t_end <= i <= t_end + 5 and all(
            self.lower[x] == "of" or (self.lower[x] not in PREPOSITIONS and self.lower[x].isalpha())
            or any(a <= x < b for a, b in self.span) for x in range(t_end, i))  # "working for Russia's GRU"

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
