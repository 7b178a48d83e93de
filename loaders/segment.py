"""Stage 2: split a document into sentences, dropping web boilerplate lines.

Offsets always point into the original document text, so evidence can be
found again in the source.

>>> [s.text for s in split_sentences("Chile sold arms to Peru.\\nShare this article\\nDr. Ruiz met Gen. Soto.")]
['Chile sold arms to Peru.', 'Dr. Ruiz met Gen. Soto.']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]

ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen col lt sgt gov sen rep prof jr sr inc ltd co corp vs etc no nos "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft adm cmdr capt maj pres est approx dept fig "
    "u.s u.k u.n e.g i.e a.m p.m".split())

#: Lines of web chrome: sharing, comments, cookies, navigation and credits.
BOILERPLATE = re.compile(
    r"^\W*(share|send in e-?mail|e-?mail|print|tweet|subscribe|sign up|sign in|log ?in|register|follow us|"
    r"leave a (reply|comment)|your email|required fields|cookie|we use cookies|accept|read more|related|"
    r"recommended|advertisement|sponsored|click (here|the)|comments?\b|\d+ comments?|all rights reserved|"
    r"copyright|©|credit:|photo:|image:|tags?:|topics?:|newsletter|skip to|menu|home\b|back to top|"
    r"listen to (this|the) article|min read|loading|next article|previous article)", re.I)
#: A line that only announces a list of links to other stories: "Read more:", "**Related:**".
LINKS_HEADER = re.compile(r"[*_]*(?:read more|related(?: coverage| news| stories)?|also read|see also|more on this)[*_]*:[*_]*",
                          re.I)
SENTENCE_END = re.compile(r"""([.!?…]+)(["'”’)\]]*)(\s+|(?=[A-Z“"]))""")
GLUED_HEADING = re.compile(r"(?<=[a-z]{3})(?=(?:The|In|However|As|After|Since|On|When|This|These|Despite|During|For|According|But|While)\b)")
WORD = re.compile(r"[^\W\d_]")
LAST_WORD = re.compile(r"([\w.]+)$")
INITIALS = re.compile(r"(\w\.)+\w")
#: A Markdown link, "[text](target)": lines made of little else are related-story lists and menus.
MD_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)")
MD_LABEL = re.compile(r"^\**[^*\[]{1,60}\*\*")  # "**More from The Tribune:**" before the links
BYLINE = re.compile(r"^(?:By|BY|Written by|Reporting by|Editing by)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:,|$| and | in )")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with their offsets, boilerplate lines left out."""
    sentences: list[Sentence] = []
    seen_lines: set[str] = set()
    seen_sentences: set[str] = set()
    links = False
    for start, line in _lines(text):
        key = line.strip().lstrip("•*-–·> ").strip()
        if links and key:
            continue  # the headlines a "Read more:" line lists, up to the next blank line, are links
        links = LINKS_HEADER.fullmatch(key) is not None
        if _is_boilerplate(key, seen_lines):
            continue
        seen_lines.add(key)
        for s, e in _split_line(line):
            chunk = text[start + s:start + e]
            stripped = chunk.strip()
            if len(stripped) < 3 or not WORD.search(stripped):
                continue
            bare = stripped.lstrip("•*-–·> ")
            if bare in seen_sentences:
                continue  # a repeated sentence (teaser, caption) is no new evidence
            seen_sentences.add(bare)
            lead = len(chunk) - len(chunk.lstrip())
            sentences.append(Sentence(start + s + lead, start + s + lead + len(stripped), stripped))
    return sentences


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _is_boilerplate(line: str, seen: set[str]) -> bool:
    if not line or not WORD.search(line):
        return True
    if line in seen and len(line) < 400:
        return True
    half = len(line) // 2
    if len(line) % 2 == 0 and line[:half] == line[half:]:
        return True
    if len(line) < 100 and BOILERPLATE.match(line):
        return True
    if len(line) < 150 and (line.count(" > ") + line.count(" | ") + line.count(" » ") >= 2 or BYLINE.match(line)):
        return True  # breadcrumbs, menus, bylines
    links = MD_LINK.findall(line)
    if links and len([w for w in MD_LINK.sub(" ", MD_LABEL.sub("", line)).split() if WORD.search(w)]) <= 4:
        return True  # "**Related:** [A](#) · [B](#)", "[Home](/) | [World](/world)"
    words = line.split()
    return len(words) <= 3 and not line.endswith((".", "!", "?", ":")) and sum(w[:1].isupper() for w in words) == 0


def _split_line(line: str) -> Iterator[tuple[int, int]]:
    cuts = [0]
    for match in SENTENCE_END.finditer(line):
        end = match.end(2)
        if _is_abbreviation(line, match.start(1)) or end >= len(line):
            continue
        nxt = line[match.end():match.end() + 1]
        if nxt and (nxt.islower() or nxt.isdigit() and match.group(1) == "."):
            continue
        cuts.append(end)
    for match in GLUED_HEADING.finditer(line):
        cuts.append(match.start())
    cuts = sorted(set(cuts)) + [len(line)]
    for s, e in zip(cuts, cuts[1:]):
        if e > s:
            yield s, e


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    word = LAST_WORD.search(line, max(0, dot - 20), dot)
    if not word:
        return False
    token = word.group(1).lower()
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or bool(INITIALS.fullmatch(token))
