"""Office holders found by forms other than a title beside the name: "the junta led by General X",
"two commanders of the RSF: A and B", "their directors, A and B respectively", "X, who heads Y",
"the head of Russia's space agency, X", "Knesset members including X", "Russia was represented by X".

`OfficeForms` is mixed into `TitleReader` (`loaders.titles`); it reads the tables `MentionFinder` builds.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.spans import BODY_KINDS, POSSESSIVE_SPACE, Mention, Title, _is_dateline

__all__ = ["OfficeForms"]

#: "Russia was represented by Deputy Foreign Minister X"
REPRESENTED_BY = re.compile(r"\b(?:was|were|is|are|will be|be)\s+represented\s+by\s+$")
#: "Knesset members including", "party officials such as": a plural title, then the people who hold it
MEMBERS_INCLUDING = re.compile(r"\b(?P<role>members|lawmakers|officials|executives|ministers|leaders|commanders|directors)"
                               r",?\s+(?:including|such\s+as)\s+")
#: "X, who heads the Norwegian Refugee Council"
WHO_HEADS = re.compile(r",\s+who\s+(?:now\s+|also\s+)?(?:heads|headed|leads|led|chairs|chaired|runs|ran)\s+(?:the\s+)?")
#: "Russia's space agency, X": a possessive state, a body with no name, then the person
UNNAMED_BODY_GAP = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:agency|ministry|service|company|firm|army|navy|"
                              r"air force|police|intelligence service|security service|central bank|bank|regulator|"
                              r"parliament|commission|council|committee|office),\s+")
#: "..., and barred their general directors, X, Y and Z respectively"
RESPECTIVELY = re.compile(r"\brespectively\b")
THEIR_TITLES = re.compile(r"\btheir\s+(?P<role>(?:[a-z-]+\s+){0,2}[a-z-]+),\s+")
#: "two commanders of the", "senior officials of": a plural title and the body after it.
PLURAL_TITLE_OF = re.compile(r"\b(?P<role>[a-z]+)s\s+of\s+(?:the\s+|its\s+|their\s+)?$")
#: "the military government led by General X", "the party led by X": X leads it.
LED_BY = re.compile(r"\b(?P<noun>government|junta|regime|administration|authorities|party|movement|coalition|militia),?\s+"
                    r"(?:(?:that|which)\s+(?:is|was)\s+)?(?:now\s+|then\s+)?led\s+by\s+(?:[A-Z][\w.-]*\s+){0,2}$", re.I)
GOVERNMENT_NOUNS = frozenset("government junta regime administration authorities".split())
#: Between a state and its government noun: "Mali's military junta", "the Malian transitional authorities".
OWN_GOVERNMENT_GAP = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}\s+")
#: Between a body's name and the person who leads it: "the Sudanese Armed Forces, led by General X", "the RSF under X".
NAME_LED_BY = re.compile(r",?\s+(?:(?:which\s+is\s+|now\s+)?led\s+by|under)\s+(?:[A-Z][\w.-]*\s+){0,2}")


class OfficeForms:
    """The part of `TitleReader` that finds offices stated without a title next to the name."""

    def _listed_after_colon(self, text: str, mentions: list[Mention], i: int) -> Title | None:
        """"sanctions on two commanders of the RSF, the paramilitary ...: A and B": each listed person holds the title."""
        person = mentions[i]
        start = _sentence_start(text, person.start)
        colon = text.rfind(": ", start, person.start)
        if colon < 0 or any(c in text[colon + 2:person.start] for c in ".;:\n") or \
                any(m.kind != "Person" for m in mentions[:i] if colon < m.start < person.start):
            return None
        for m in reversed([m for m in mentions[:i] if start <= m.start < colon]):
            plural = PLURAL_TITLE_OF.search(text, max(start, m.start - 40), m.start)
            if m.kind in BODY_KINDS and plural and plural.group("role").lower() in self.office_titles:
                return Title(person, plural.group("role").lower(), replace(m, start=person.start, end=person.start,
                                                                            form="implied"), plural.start(), person.end)
        return None

    def _previous_subject_state(self, text: str, mentions: list[Mention], i: int, title: Title) -> Mention | None:
        """The state the previous sentence opens with, for a title opening its sentence with no state named."""
        start = _sentence_start(text, title.start)
        if text[start:title.start].strip(" \"“") or any(start <= m.start < title.start for m in mentions[:i]) or start < 2:
            return None
        earlier = _sentence_start(text, start - 2)
        first = next((m for m in mentions[:i] if earlier <= m.start < start and not _is_dateline(text, m)), None)
        return first if first is not None and first.kind == "State" else None

    def _represented_by(self, text: str, mentions: list[Mention], i: int, title: Title) -> Title:
        """"Russia was represented by Deputy Foreign Minister X", "the Israeli government was represented by
        Minister X": the state represented."""
        by = REPRESENTED_BY.search(text, max(0, title.start - 60), title.start)
        if by is None:
            return title
        state = next((m for m in reversed(mentions[:i]) if m.kind == "State" and m.end <= by.start()
                      and re.fullmatch(r"(?:['’]s)?(?:\s+[a-z]+){0,3}\s+", text[m.end:by.start()])), None)
        if state is None:
            return title
        return Title(title.person, title.role, replace(state, start=title.person.start, end=title.person.start, form="implied"),
                     title.start, title.end)

    def _members_including(self, text: str, mentions: list[Mention], i: int) -> Title | None:
        """"Knesset members including A of Likud and B": each person listed holds the plural title in the body."""
        person = mentions[i]
        start = _sentence_start(text, person.start)
        for match in MEMBERS_INCLUDING.finditer(text, start, person.start):
            listed = text[match.end():person.start]
            if re.search(r"[.;:]", listed) or len(listed) > 120:
                continue
            body = next((m for m in mentions[:i] if m.end <= match.start() and m.kind in BODY_KINDS
                         and re.fullmatch(r"\s*", text[m.end:match.start()])), None)
            if body is not None:
                return Title(person, match.group("role").lower()[:-1], replace(body, start=person.start, end=person.start,
                                                                                 form="implied"), match.start(), person.end)
        return None

    def _who_heads(self, text: str, mentions: list[Mention], i: int) -> Title | None:
        """"X, who heads the Norwegian Refugee Council, ...": X holds the office of its head."""
        person = mentions[i]
        match = WHO_HEADS.match(text, person.end)
        body = next((m for m in mentions[i + 1:i + 3] if match and m.start == match.end() and m.kind in BODY_KINDS + ("State",)),
                    None)
        if body is None:
            return None
        k = mentions.index(body)
        if body.possessive and k + 1 < len(mentions) and mentions[k + 1].kind in BODY_KINDS and \
                POSSESSIVE_SPACE.fullmatch(text, body.end, mentions[k + 1].start):
            body = mentions[k + 1]  # "who heads Russia's Rosatom": the firm
        return Title(person, "head", body, match.start(), match.end())

    def _head_of_unnamed_body(self, text: str, mentions: list[Mention], i: int) -> Title | None:
        """"The head of Russia's space agency, X": the body has no name, so the office is the state's."""
        if i == 0 or mentions[i - 1].kind != "State" or not mentions[i - 1].possessive:
            return None
        state, person = mentions[i - 1], mentions[i]
        if not UNNAMED_BODY_GAP.fullmatch(text, state.end, person.start):
            return None
        role = self._head_of_re.search(text, max(0, state.start - 40), state.start)
        if role is None or not self._is_office(role.group("role")):
            return None
        return Title(person, role.group("role").lower(), state, role.start(), person.end)

    def _respectively(self, text: str, mentions: list[Mention], i: int) -> Title | None:
        """"the assets of A, B and C, and barred their general directors, X, Y and Z respectively": pairs."""
        person = mentions[i]
        end = text.find(". ", person.end)
        end = len(text) if end < 0 else end
        resp = RESPECTIVELY.search(text, person.end, end)
        if resp is None:
            return None
        start = _sentence_start(text, person.start)
        people = [m for m in mentions if start <= m.start < resp.start() and m.kind == "Person"]
        lead = THEIR_TITLES.search(text, start, people[0].start) if people else None
        if lead is None or lead.end() != people[0].start:
            return None
        words = lead.group("role").lower().split()
        role = " ".join(words[:-1] + [words[-1][:-1] if words[-1].endswith("s") else words[-1]])
        bodies = [m for m in mentions if start <= m.start < lead.start() and m.kind in BODY_KINDS and not m.attached]
        if not self._is_office(role) or len(bodies) < len(people) or person not in people:
            return None
        body = bodies[len(bodies) - len(people) + people.index(person)]
        return Title(person, role, replace(body, start=person.start, end=person.start, form="implied"), lead.start(), person.end)

    def _led_by(self, text: str, mentions: list[Mention], i: int, home: Mention | None) -> Title | None:
        """"the military government led by General X": X leads the state whose government it is;
        "the Sumar party led by X": X leads the party."""
        person = mentions[i]
        match = LED_BY.search(text, max(0, person.start - 80), person.start)
        body = mentions[i - 1] if i else None
        if match is None and body is not None and body.kind in BODY_KINDS \
                and NAME_LED_BY.fullmatch(text, body.end, person.start):
            # "the Sudanese Armed Forces, led by General X,": X leads the body named right before
            return Title(person, "leader", replace(body, start=person.start, end=person.start, form="implied"),
                         body.end, person.end)
        if match is None:
            return None
        noun = match.group("noun").lower()
        start = _sentence_start(text, person.start)
        if noun in GOVERNMENT_NOUNS:
            here = [m for m in mentions[:i] if m.start >= start and m.kind == "State" and not _is_dateline(text, m)]
            # the state whose government it is qualifies the noun ("Mali's junta", "the Malian transitional
            # authorities"); a state named elsewhere in the sentence ("French troops withdrew and the authorities") is not
            own = [m for m in here if OWN_GOVERNMENT_GAP.fullmatch(text, m.end, match.start("noun"))]
            named = [m for m in here if m.form != "demonym"]
            holder = (own or ([] if noun == "authorities" else named or here) or [home])[-1]
        else:
            body = mentions[i - 1] if i else None  # "the Sumar party", or a name ending in "Party"
            holder = body if body is not None and body.kind in BODY_KINDS and (body.end == match.end("noun") or
                                                                               re.fullmatch(r"['’]?s?\s*", text[body.end:match.start("noun")])) else None
        if holder is None:
            return None
        return Title(person, "leader", replace(holder, start=person.start, end=person.start, form="implied"),
                     match.start("noun"), person.end)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts, roughly: after the last ". " or line break."""
    stop = text.rfind(". ", 0, pos)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, pos) + 1)
