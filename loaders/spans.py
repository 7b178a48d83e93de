"""What the passes that find mentions share: the `Mention` and `Title` values they return, the
shapes of names, datelines, and an index of mentions by their offsets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

__all__ = ["BODY_KINDS", "DESCRIBING_PREFIX", "Mention", "NAME_TOKEN", "PARTICLE", "PARTICLE_WORD", "PERSON_NAME",
           "POSSESSIVE_SPACE", "ROLE_STOP", "SENTENCE_STARTERS", "Title", "UPPER", "WORD_RUN"]

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
NAME_TOKEN = rf"(?:(?:[{UPPER}]\.){{2,3}}(?=\s?[{UPPER}][a-z])|[{UPPER}][\w'’\-]*[\w]|[{UPPER}])"  # "S.B. Khyalia"
PARTICLE = r"(?:al|el|bin|ibn|de|da|van|von|der|du|la|le|di|ben|abu)"
PARTICLE_WORD = re.compile(rf"{PARTICLE}[\-’'][{UPPER}]")
#: "John F. Kirby", "George W. Bush": one initial with its stop may stand between a first name and the rest.
MIDDLE_INITIAL = rf"(?:\s+[{UPPER}]\.(?=\s+[{UPPER}][a-z]))?"
PERSON_NAME = rf"{NAME_TOKEN}{MIDDLE_INITIAL}(?:[\s\-]+(?:{PARTICLE}[\s\-]+)?{NAME_TOKEN}){{0,3}}"
SENTENCE_STARTERS = frozenset(
    "the a an in on at for from to by with as after before since during while when this that these those "
    "it its their his her our we they he she i you but and or however meanwhile also although though despite "
    "according last next yesterday today tomorrow on monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december".split())
POSSESSIVE_SPACE = re.compile(r"['’]s\s+")
ROLE_STOP = re.compile(r"[,;:()]|(?<!\b[A-Z])\.")  # "the U.S. assistant secretary": an initial's stop is no end
BODY_KINDS = ("Agency", "Company", "Organization")
#: A word that describes a name without being part of it: "Perth-based", "state-owned".
DESCRIBING_PREFIX = re.compile(r"-(?:based|headquartered|registered|owned|run|listed|backed)$", re.I)
WORD_RUN = re.compile(r"\S+")
DATELINE = re.compile(r"(?:\*\*|__)?(?:\s*/\s*[A-Z][\w .’'-]*)*(?:,[ \t]*[\w .]{3,25}){0,2}(?:[ \t]*\([^()\n]{1,40}\))?"
                      r"(?:\s*(?:--|[-–—:])\s|[ \t]*\n)")  # "BAGHDAD, Sept 14 - ..." or "SEOUL" alone on its line
DATELINE_LEAD = re.compile(r"\s*(?:\*\*|__)?(?:[A-Z][\w .’'-]*/\s*)*")  # "**SARAJEVO** —" in Markdown
#: "MANILA, March 3 (Reuters) -": the wire's credit, before and after a name inside its brackets.
CREDIT_BEFORE = re.compile(r"\s*[A-Z][\w .’'/-]*(?:,[ \t]*[\w .]{3,25}){0,2}[ \t]*\([^()\n]*")  # "ABIDJAN, Sept 12, 2025 (AFP)"
CREDIT_AFTER = re.compile(r"[^()\n]*\)\s*(?:--|[-–—:])\s")


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names an actor.

    `key` is a gazetteer id for known actors or a provisional `new:<Kind>:<name>`
    key; `form` is the gazetteer form or `pattern`, `surname`, `acronym`,
    `reference`; `qualifier` is the key of the state or body that qualifies it
    ("Chilean" in "Chilean Defence Minister Ana Ruiz").
    """

    start: int
    end: int
    text: str
    key: str
    kind: str
    form: str
    possessive: bool = False
    role: str = ""
    qualifier: str = ""
    attached: bool = False

    @property
    def known(self) -> bool:
        return not self.key.startswith("new:")


@dataclass(frozen=True, slots=True)
class Title:
    """A title in front of or in apposition to a person: the role and who it is held in."""

    person: Mention
    role: str
    holder: Mention | None
    start: int
    end: int


def _is_dateline(text: str, m: Mention) -> bool:
    """"MOSCOW, 3 May (Reuters) - ...": the place a story was filed from is not an actor in it."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return DATELINE_LEAD.fullmatch(text[line_start:m.start]) is not None and DATELINE.match(text, m.end) is not None


def _in_credit(text: str, m: Mention) -> bool:
    """"MANILA, March 3 (Reuters) - ...": the agency credited for a story is not an actor in it."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return CREDIT_BEFORE.fullmatch(text, line_start, m.start) is not None and CREDIT_AFTER.match(text, m.end) is not None


#: "(c) Gulf Defence Weekly.", "The Coastline Herald | By Ama Owusu", "**By Ana Ruiz** · Adriatic Review · 3 May",
#: "Staff reporter, State News Desk", "Published 22 May 2025, 08:14 GMT": lines that credit the publisher or the writer, not sentences of the story
MASTHEAD_LINE = re.compile(r"[ \t]*(?:\(c\)|©|copyright\b|staff (?:reporter|writer|correspondent)\b|"
                           r"(?:published|updated|posted)[ \t]+(?:on[ \t]+)?\d|"
                           r"[^\n]{0,80}(?:\||·)[ \t]*\**by[ \t]|\**by[ \t][^\n]{0,60}·)", re.I)


def _on_masthead(text: str, m: Mention) -> bool:
    """Whether a mention stands on a short line that credits the publisher or writer."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end == -1 else line_end
    return line_end - line_start <= 120 and MASTHEAD_LINE.match(text, line_start, line_end) is not None


class _Index(list):
    """Mentions sorted by start, with a fast look-up of those near a stretch of text."""

    LONGEST = 160

    def __init__(self, mentions) -> None:
        super().__init__(sorted(mentions, key=lambda m: m.start))
        self._starts = [m.start for m in self]

    def near(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self._starts, start - self.LONGEST)
        hi = bisect.bisect_left(self._starts, end)
        return self[lo:hi]

    def covers(self, pos: int) -> bool:
        return any(m.start <= pos < m.end for m in self.near(pos, pos + 1))


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Leftmost-longest; known names beat patterns of the same length."""
    ranked = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), not m.known))
    out: list[Mention] = []
    for m in ranked:
        if out and m.start < out[-1].end:
            prev = out[-1]
            if m.end > prev.end and not prev.known and m.known:
                out[-1] = m
            continue
        out.append(m)
    return out
