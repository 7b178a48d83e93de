"""Names joined to others in a parsed sentence: the actors listed with one ("Chile and Peru", "Norway's X,
Canada's Y and Z"), the person a title names between commas ("the EU's special envoy, Petra Lindqvist,"
or "received by the President of the Republic, X"), a title holder the sentence does not name ("its
president's visit"), a demonym that describes the person before it, and a listed name that opens a
clause of its own.

`Appositions` is mixed into `ParsedSentence` (`loaders.ends`); its methods read the parse of `Clauses`.

>>> from loaders.ends import ParsedSentence
>>> from loaders.mentions import MentionFinder
>>> from loaders.segment import split_sentences
>>> text = "Chile, Peru and Ecuador signed the pact."
>>> s = ParsedSentence(split_sentences(text)[0], MentionFinder.default().find(text))
>>> [m.text for m in s.coordinated(s.mentions[0])]
['Chile', 'Peru', 'Ecuador']
"""

from __future__ import annotations

from loaders.clauses import PREPOSITIONS, QUOTES
from loaders.spans import DESCRIBING_PREFIX, Mention

__all__ = ["Appositions"]

NOR_AUXILIARIES = frozenset("have has had did do does is are was were will would".split())


class Appositions:
    """The part of `ParsedSentence` that reads lists, titles and appositions."""

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
            if nxt.kind == "Person" and m.kind != "Person" and self.lower[j:j + 1] == [","] and "by" in self.lower[j:i2] \
                    and k + 2 < len(self.mentions) and (self.mentions[k + 2].kind == m.kind or self.mentions[k + 2].kind in kinds) \
                    and [w for w in self.lower[self.span[k + 1][1]:self.span[k + 2][0]] if w != "the"] == [",", "and"]:
                out.append(self.mentions[k + 2])  # "between the army, led by General X, and the RSF": past the aside
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

    def nor_subjects(self, t_end: int, kinds: tuple[str, ...]) -> list[Mention]:
        """The subjects of an elliptic ", nor have A and B" after a trigger: "Spain has not recognised it,
        nor have Russia and China" repeats the denial for Russia and China."""
        nor = next((i for i in range(max(t_end, 1), len(self.lower) - 2) if self.lower[i] == "nor"
                    and self.lower[i - 1] in (",", ";") and self.lower[i + 1] in NOR_AUXILIARIES), None)
        if nor is None:
            return []
        first = next((k for k, (a, _) in enumerate(self.span) if a == nor + 2), None)
        if first is None or self.mentions[first].kind not in kinds or self.mentions[first].attached:
            return []
        return [m for m in self.coordinated(self.mentions[first], kinds) if m.kind in kinds]

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

    def describes_person(self, k: int) -> bool:
        """A demonym in an apposition on the person before it: "X, the Serb member of the presidency"."""
        m = self.mentions[k]
        i, _ = self.span[k]
        if m.form != "demonym" or i < 3 or self.lower[i - 1] != "the" or self.lower[i - 2] != "," or not self._modifier(k):
            return False
        return any(b == i - 2 and self.mentions[q].kind == "Person" for q, (_, b) in enumerate(self.span))

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
