"""Which body or state a title is held in when the title names none: "its head, X", "the company's chief
executive", "X, vice president of research at consultancy Y", "X and other officials accompanied the prime
minister", "a spokeswoman for the commission".

`HolderReader` is mixed into `TitleReader` (`loaders.titles`), with `OfficeForms`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.offices import _sentence_start
from loaders.spans import BODY_KINDS, ROLE_STOP, Mention, Title, _is_dateline

__all__ = ["HolderReader"]

#: "X and other senior officials accompanied the prime minister", "X accompanied President Y": who was followed.
ACCOMPANIED_AFTER = re.compile(r"(?:,?\s+and(?:\s+[a-z]+){1,4})?\s+(?:had\s+|has\s+)?accompanied\s+"
                               r"(?:the\s+(?P<role>(?:prime\s+minister|president|premier|king|emir|crown\s+prince|chancellor|"
                               r"foreign\s+minister))\b|(?=[A-Z]))")
#: "of research at consultancy X": the body a title is held at, after "at" and at most two lowercase words.
AT_BODY = re.compile(r"\bat\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
#: Words that make a title refer back to a body named earlier: "its head", "the company's chief executive".
REFERRING = (r"(?:its|their|whose|(?:the\s+)?(?P<noun>country|nation|state|kingdom|region|territory|island|company|firm|group|bank|agency|ministry|party"
             r"|organi[sz]ation|utility|operator|carrier|airline|manufacturer|maker|refiner|producer|miner|lender|government"
             r"|junta|regime|charity|commission|council|institute|university|foundation|committee|movement|coalition"
             r"|alliance|association|federation|militia|network|union)['’]s)")
REFERRING_BEFORE = re.compile(rf"(?<![\w-]){REFERRING}\s+(?:[a-z][\w-]*\s+){{0,3}}$", re.I)
#: "ministry spokesman X": a body noun alone before a title is the body of that kind named last.
BARE_BODY_BEFORE = re.compile(r"(?:^|[,\"“”'’]\s*|\bthe\s+)(?P<noun>ministry|company|firm|agency|party|group|bank|"
                              r"security service|intelligence service|police|army|navy)\s+$")
REFERRING_AFTER = re.compile(rf"(?:the\s+)?{REFERRING}\s+", re.I)
REFERRING_ROLE = re.compile(rf"^(?:(?:now|then|also)\s+)?{REFERRING}\s+", re.I)
BARE_BODY_ROLE = re.compile(r"^(?P<noun>ministry|company|firm|agency|party|group|bank)\s+(?=\w)")
REFERRED_KINDS = {"country": ("State",), "nation": ("State",), "state": ("State",), "kingdom": ("State",),
                  "region": ("State",), "territory": ("State",), "island": ("State",),
                  "company": ("Company",), "firm": ("Company",), "bank": ("Company",), "group": ("Company", "Organization"),
                  "utility": ("Company",), "operator": ("Company",), "carrier": ("Company",), "airline": ("Company",),
                  "manufacturer": ("Company",), "maker": ("Company",), "refiner": ("Company",), "producer": ("Company",),
                  "miner": ("Company",), "lender": ("Company",), "government": ("State",), "junta": ("State",),
                  "regime": ("State",), "charity": ("Organization",), "commission": ("Agency", "Organization"),
                  "council": ("Agency", "Organization"), "institute": ("Organization",), "university": ("Organization",),
                  "foundation": ("Organization",), "committee": ("Organization", "Agency"),
                  "agency": ("Agency",), "ministry": ("Agency",), "party": ("Organization",),
                  "security service": ("Agency",), "intelligence service": ("Agency",), "police": ("Agency",),
                  "army": ("Agency",), "navy": ("Agency",),
                  "organisation": ("Organization",), "organization": ("Organization",), "movement": ("Organization",),
                  "coalition": ("Organization",), "alliance": ("Organization",), "association": ("Organization",),
                  "federation": ("Organization",), "militia": ("Organization",), "network": ("Organization",),
                  "union": ("Organization",)}
#: Titles of people who speak for a body or a government.
SPEAKERS = frozenset("spokesman spokeswoman spokesperson".split())
#: Referring nouns for states, which the text seldom calls by that noun next to the name.
REFERRED_STATES = frozenset(n for n, kinds in REFERRED_KINDS.items() if kinds == ("State",))


class HolderReader:
    """The part of `TitleReader` that finds the holder of a title stated without one."""

    def _body_called(self, text: str, earlier: list[Mention], noun: str, kinds: tuple[str, ...]) -> Mention | None:
        """The body of `kinds` named last before whose name holds `noun` ("European Commission" for "the
        commission") or that the text called so next to its name; None when none is."""
        called = re.compile(rf"\b{noun}s?\b", re.I)
        body = next((m for m in reversed(earlier) if m.kind in kinds and not _is_dateline(text, m) and (
            called.search(self._name_of_body(m)) or called.search(text, max(0, m.start - 30), m.start)
            or called.search(text, m.end, m.end + 40))), None)
        return replace(body, form="implied") if body is not None else None

    def _name_of_body(self, m: Mention) -> str:
        entry = self.entries.get(m.key)
        return f"{m.text} {entry.name}" if entry else m.text

    def _accompanied(self, text: str, mentions: list[Mention], i: int, titles: list[Title]) -> Title | None:
        """The title of the leader a person accompanied, named after the verb or called by a title there ("the
        prime minister"): the last person of the document with that title and a state."""
        follows = ACCOMPANIED_AFTER.match(text, mentions[i].end)
        if follows is None:
            return None
        if follows.group("role"):
            role = follows.group("role").lower()
            return next((t for t in reversed(titles) if t.holder is not None and t.holder.kind == "State"
                         and t.person.key != mentions[i].key and t.role.lower().endswith(role)), None)
        named = next((m for m in mentions[i + 1:i + 2] if m.kind == "Person" and m.start - follows.end() < 40
                      and re.fullmatch(r"(?:[A-Z][\w-]*\s+){0,3}", text[follows.end():m.start])), None)
        return next((t for t in reversed(titles) if named is not None and t.person.key == named.key
                     and t.holder is not None and t.holder.kind == "State"), None)

    def _body_in_context(self, text: str, mentions: list[Mention], i: int, title: Title) -> Title:
        """A body's title with no body named in it: "vice president of research at consultancy X" (the body
        after "at"), or "X, which ..., chief executive Y said" (the company the sentence is about)."""
        person = mentions[i]
        end = max(title.end, person.end)
        for m in mentions[i + 1:]:
            if m.start > end + 80 or ROLE_STOP.search(text, end, m.start):
                break
            if m.kind in BODY_KINDS and AT_BODY.search(text, max(end, m.start - 40), m.start):
                return Title(person, title.role, m, title.start, title.end)
        if not any(w in self.body_titles for w in _suffixes(title.role.lower())):
            return title
        start = _sentence_start(text, person.start)
        first = next((m for m in mentions[:i] if m.start >= start), None)
        if first is not None and first.kind in ("Company", "Organization") and not first.attached:
            return Title(person, title.role, replace(first, start=person.start, end=person.start, form="implied"),
                         title.start, title.end)
        return title

    def _referred_holder(self, text: str, mentions: list[Mention], i: int, title: Title) -> Title:
        """"its head, X", "X, the firm's technology chief", "the country's president": the body named before."""
        person = mentions[i]
        ref = REFERRING_ROLE.match(title.role) or BARE_BODY_ROLE.match(title.role)
        if ref is None and title.start < person.start:
            ref = REFERRING_BEFORE.search(text, max(0, title.start - 40), title.start) or \
                BARE_BODY_BEFORE.search(text, max(0, title.start - 20), title.start)
        if ref is None and title.start > person.start and re.search(r"\b(?:of|at|for)\s+(?:the\s+)?$", text[title.start:title.end]):
            ref = REFERRING_AFTER.match(text, title.end)  # "X, commander of the kingdom's air force": the kingdom's
        if ref is None:
            return title
        noun = (ref.group("noun") or "").lower()
        # "its foreign minister" is a state's, "its chief executive" a body's
        role = title.role.lower()
        state_title = "minister" in role or any(w in self._envoys for w in _suffixes(role))
        either = self._is_government(title.role) and not state_title  # "its president": a state's or a body's
        # a spokesman speaks for a government as well as for a body: "Myanmar's junta ... Its spokesman"
        speaks = not noun and any(w in SPEAKERS for w in role.split())
        kinds = REFERRED_KINDS.get(noun) or (("State",) if state_title else BODY_KINDS + (("State",) if either or speaks else ()))
        before = None
        start = _sentence_start(text, title.start)
        if not noun and not any(start <= m.start < title.start for m in mentions[:i]):
            # "Its spokesman, X, said ..." opening a sentence: "its" is the previous sentence's subject
            earlier = _sentence_start(text, start - 2) if start >= 2 else start
            before = next((m for m in mentions[:i] if earlier <= m.start < start and not m.attached), None)
            if before is not None and (before.kind not in kinds or _is_dateline(text, before)):
                before = None
        if before is None and noun and noun not in REFERRED_STATES:
            # "the utility's chief executive": the body the text called a utility ("Ethiopia's state utility, X")
            called = re.compile(rf"\b{noun}s?\b", re.I)
            before = next((m for m in reversed(mentions[:i]) if m.kind in kinds and not _is_dateline(text, m) and (
                called.search(text, max(0, m.start - 30), m.start) or called.search(text, m.end, m.end + 40))), None)
        if before is None:
            before = next((m for m in reversed(mentions[:i]) if m.kind in kinds and not _is_dateline(text, m)), None)
        if before is None:
            return title
        role = BARE_BODY_ROLE.sub("", REFERRING_ROLE.sub("", title.role))
        return Title(person, role, replace(before, start=person.start, end=person.start, form="implied"), title.start, title.end)


def _suffixes(role: str) -> list[str]:
    words = role.split()
    return [" ".join(words[k:]) for k in range(len(words))]
