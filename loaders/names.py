"""Later references to an actor a document has named: acronyms defined in brackets and spelled out,
surnames, the first word of a body's name, a name without its legal suffix, repeats and misspellings.

`LaterReferences` is mixed into `MentionFinder` (`loaders.mentions`), whose constructor builds the
patterns and tables these methods read from the ontology's lexicon.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from loaders.forms import LEGAL_SUFFIXES, legal_base
from loaders.spans import BODY_KINDS, PARTICLE, PARTICLE_WORD, SENTENCE_STARTERS, UPPER, Mention, _Index, _resolve_overlaps

__all__ = ["LaterReferences"]

#: First words of body names that do not name the body alone ("National", "United").
GENERIC_FIRST_WORDS = frozenset(
    "national state general international united central federal royal supreme joint global world european "
    "african asian american arab islamic democratic people's peoples popular new first great north south east west "
    "northern southern eastern western ministry department office council committee agency institute foundation "
    "union association bank company group".split())
#: How alike (0-100, words in any order) a name spelled out before a known acronym must be to one of its names.
SAME_BODY = 90
#: "X, or Tanesco,", "X, known as CEC,": a short name a body goes by, given in apposition.
ALIAS_DEFINED = re.compile(r",\s+(?:or|(?:also\s+|better\s+)?known\s+as)\s+(?P<acr>[A-Z][\w&\-]+(?: [A-Z][\w&\-]+)?)(?=,)")
#: Common Chinese and Korean family names, which come first: "Wang Yi" is "Wang" later on, "Lai Ching-te" is "Lai".
#: ("He" and other English words are left out; "Lee" counts only before a hyphenated given name: "Lee Jae-myung".)
FAMILY_NAME_FIRST = frozenset(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Tang Han Feng "
    "Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Qin Fu Fang Bai "
    "Kong Cui Xi Mao Lai Tsai Chiang Hou Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin Kwon Hwang Ahn Moon "
    "Hong".split())
#: A person's name of two to four words right before ", known as X".
NAME_BEFORE_ALIAS = re.compile(rf"(?<![\w'’-])[{UPPER}][\w'’-]+(?:\s+(?:{PARTICLE}[\s-])?[{UPPER}][\w'’-]+){{1,3}}$")
#: Names shorter than this are never taken for a misspelling of another.
MISSPELT_MIN = 5
SPELLED_ACRONYM = re.compile(r"\s*\((?P<acr>[A-Z]{2,8})\)")
SPELLED_LINKS = frozenset("of for and the de del des du la le al el e i on in wal wa".split())  # "Nusrat al-Islam wal-Muslimin"
#: A surname that opens with a particle: "al-Kaabi", "bin-Salman", "el-Sisi".
PARTICLE_SURNAME = re.compile(rf"(?<![\w-]){PARTICLE}[\-’'][{UPPER}][\w'’]*(?:-[{UPPER}][\w'’]*)?(?![\w-])")
CAPITALISED_WORD = re.compile(rf"(?<![\w-])[{UPPER}][\w&’'\-]*")


class LaterReferences:
    """The passes of `MentionFinder` that find later references to the mentions found before them."""

    def _spelled_out(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Pakistan Tehreek-e-Insaf (PTI)": capitalised words whose initials spell the bracketed acronym
        name one body, even when a state's name stands inside them."""
        found = []
        for match in SPELLED_ACRONYM.finditer(text):
            acronym = match.group("acr")
            start = _initials_span(text, match.start(), acronym)
            if start is None:
                continue
            name = text[start:match.start()].rstrip()
            words = name.split()
            if words[-1] in self._not_actor_heads or words[0].lower() in SENTENCE_STARTERS \
                    or words[0].endswith(("'s", "’s")):
                continue  # "Malaysia's Maritime Agency (MMEA)": the state qualifies the name, the name is found anyway
            end = start + len(name)
            if any(m.start == start and m.end == end for m in mentions) or \
                    any(m.start <= start and end <= m.end for m in mentions):
                continue
            kind = self._org_head_kind.get(words[-1]) or next(
                (self._org_opener_kind[w] for w in words if w in self._org_opener_kind), "Organization")
            found.append(Mention(start, end, name, f"new:{kind}:{name}", kind, "pattern"))
        if not found:
            return mentions
        inside = [(f.start, f.end) for f in found]
        kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in inside)]
        return sorted(kept + found, key=lambda m: m.start)

    def _acronyms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """`Full Name (FN)` and `FN (Full Name)` make FN an alias of Full Name in this document."""
        by_end = {m.end: m for m in mentions}
        by_start = {m.start: m for m in mentions}
        aliases: dict[str, Mention] = {}
        known: dict[str, Mention] = {}
        named: list[Mention] = []
        for match in self._acronym_def_re.finditer(text):
            before = text[:match.start()].rstrip()
            # "PetroVietnam Power Corp. (PV Power)": the name ends before its abbreviation's stop
            full = by_end.get(len(before)) or (by_end.get(len(before) - 1) if before.endswith(".") else None)
            inner = by_start.get(match.start("acr"))
            if full and inner and not full.known and inner.known and inner.kind == full.kind \
                    and self._same_body(inner, full.text):
                known[full.key] = inner  # "General Directorate for External Security (DGSE)": the known DGSE
                continue
            if full and full.form != "demonym":
                aliases[match.group("acr")] = full
        if known:
            mentions = [replace(m, key=known[m.key].key, qualifier=known[m.key].qualifier) if m.key in known else m
                        for m in mentions]
        for match in ALIAS_DEFINED.finditer(text):  # "Tanzania Electric Supply Co, or Tanesco, will ..."
            full, short = by_end.get(match.start()), match.group("acr")
            inner = by_start.get(match.start("acr"))
            if full is None and inner is not None and inner.kind == "Person" and inner.known and "known" in match.group(0):
                # "Mohamed Hamdan Daglo, known as Hemedti,": the name before is the known person's too
                before = NAME_BEFORE_ALIAS.search(text, max(0, match.start() - 60), match.start())
                if before is not None and not any(m.start < match.start() and m.end > before.start() for m in mentions):
                    named.append(Mention(before.start(), match.start(), before.group(0), inner.key, "Person", "alias"))
                continue
            # the short name shares the full name's initial or is an acronym: "Shell, or Chevron," offers a choice
            if full is not None and full.kind in BODY_KINDS and " " in full.text and not by_start.get(match.start("acr")) \
                    and (short[0] == full.text[0] or short.isupper()):
                aliases.setdefault(short, full)
        if named:
            mentions = sorted(mentions + named, key=lambda m: m.start)
        for match in self._acronym_first_re.finditer(text):
            full_start = match.start("full")
            inner = [m for m in mentions if m.start >= full_start and m.end <= match.end("full") and m.kind != "State"]
            if inner:
                aliases.setdefault(match.group("acr"), inner[0])
        if not aliases:
            return mentions
        # an acronym the document defines beats the gazetteer's meaning of it ("AU" for a national agency)
        mentions = [m for m in mentions if not (m.text in aliases and m.form in ("acronym", "pattern")
                                                and m.key != aliases[m.text].key)]
        taken = _Index(mentions)
        extra = []
        for start, end, word in _capitalised_words(text):
            full = aliases.get(word)
            if full is None or taken.covers(start):
                continue
            extra.append(Mention(start, end, word, full.key, full.kind, "acronym", qualifier=full.qualifier))
        for short, full in aliases.items():
            if " " not in short:
                continue
            for match in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):  # "PV Gas" after "(PV Gas)"
                if not taken.covers(match.start()):
                    extra.append(Mention(match.start(), match.end(), short, full.key, full.kind, "acronym",
                                         qualifier=full.qualifier))
        extra = _resolve_overlaps(extra)
        return sorted(mentions + extra, key=lambda m: m.start)

    def _same_body(self, known: Mention, name: str) -> bool:
        """Whether a name spelled out before a known acronym is one of the known body's names in other words
        ("General Directorate for External Security" for "Directorate-General for External Security")."""
        words = sorted(re.findall(r"\w+", name.lower()))
        return any(fuzz.ratio(" ".join(words), " ".join(sorted(re.findall(r"\w+", alias.lower())))) >= SAME_BODY
                   for form, alias in self.entries[known.key].names if form in ("name", "alias"))

    def _surnames(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A surname alone after the full name refers to the same person ("al-Saadi" too)."""
        people: dict[str, Mention] = {}
        for m in mentions:
            if m.kind == "Person" and " " in m.text:
                words = m.text.split()
                people.setdefault(words[-1], m)
                if len(words) >= 3 and not PARTICLE_WORD.match(words[-2]) and words[-2][:1].isupper():
                    people.setdefault(" ".join(words[-2:]), m)  # "Rocha Vaca" after "Edmundo Rocha Vaca"
                if len(words) <= 3 and words[0] in FAMILY_NAME_FIRST and (words[0] != "Lee" or "-" in words[-1]):
                    people.setdefault(words[0], m)  # "Wang" after "Wang Yi", "Lai" after "Lai Ching-te"
                bare = re.split(r"[-’']", words[-1], maxsplit=1)[-1] if PARTICLE_WORD.match(words[-1]) else ""
                if len(bare) >= 4 and bare[:1].isupper():
                    people.setdefault(bare, m)  # "Burhan, who also chairs ..." after "Abdel Fattah al-Burhan"
        # "the brothers Wilmer and Oscar Parada ... Parada said": a surname two people of the story share names neither
        shared = {m.key.split(":", 2)[-1].split()[-1] for m in mentions if m.kind == "Person" and m.form == "pattern"
                  and m.key.startswith("new:") and " " not in m.text and " " in m.key.split(":", 2)[-1]}
        for surname in shared:
            people.pop(surname, None)
        # "Argentina's Echeverria in Beijing" in a headline, then "President Martin Echeverria": a guess by shape
        # that is a surname of someone the text names in full is that person
        mentions = [replace(m, key=people[m.text].key, kind="Person", form="surname", qualifier=people[m.text].qualifier)
                    if m.form == "pattern" and m.kind in BODY_KINDS and m.text in people and " " not in m.text else m
                    for m in mentions]
        mentions = [replace(m, key=people[m.text].key, form="surname", qualifier=people[m.text].qualifier)
                    if m.form == "pattern" and m.kind == "Person" and m.text in people
                    and people[m.text].key != m.key else m for m in mentions]  # and "Mr Lombard" after "Pieter Lombard"
        mentions = _later_references(text, mentions, people, "surname")
        taken = _Index(mentions)
        extra = []
        particles = {surname: full for surname, full in people.items() if PARTICLE_WORD.match(surname)}
        if particles:
            for match in PARTICLE_SURNAME.finditer(text):
                word = match.group(0)
                # "al-Kabi" after "Saad al-Kaabi": a particle surname, or one letter off a long one
                close = {full.key: full for surname, full in particles.items() if word == surname or (
                    len(re.split(r"[-’']", surname, maxsplit=1)[-1]) >= MISSPELT_MIN and word[:3].lower() == surname[:3].lower()
                    and OSA.distance(word, surname, score_cutoff=1) <= 1)}
                if len(close) == 1:
                    full = next(iter(close.values()))
                    if match.start() >= full.end and not taken.covers(match.start()):
                        extra.append(Mention(match.start(), match.end(), word, full.key, full.kind, "surname"))
        return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions

    def _short_names(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The first word of a body's name alone refers to it after the full name ("Hanwha" after "Hanwha Aerospace")."""
        mentions = self._without_suffix(text, mentions)  # "Nordvik Subsea" after "Nordvik Subsea AS", before "Nordvik"
        mentions = _leading_words(mentions)
        bodies: dict[str, Mention] = {}
        states = self._state_names
        for m in mentions:
            words = m.text.split()
            if m.kind in ("Company", "Organization", "Agency") and len(words) >= 2 and m.form in ("name", "alias", "pattern"):
                first = words[0].rstrip("’'s")
                if len(first) > 3 and first[:1].isupper() and first.lower() not in states and first.lower() not in GENERIC_FIRST_WORDS \
                        and first.lower() not in self._role_word_set and first.lower() not in self.titles \
                        and first not in self._org_head_kind and first not in self._org_opener_kind:
                    if first not in bodies:
                        bodies[first] = m
                    elif bodies[first] is not None and bodies[first].key != m.key:
                        bodies[first] = None  # two bodies share it: ambiguous
        short = {k: v for k, v in bodies.items() if v is not None}
        # a guess by name shape of the first word alone ("Huaxin, a subsidiary of ...") is the full name's too
        # a headline shortens a name the story gives in full ("Qatar to ship LNG to Germany's Nordhafen")
        headline = text.find("\n")
        mentions = [replace(m, key=short[m.text].key, form="short", qualifier=short[m.text].qualifier)
                    if m.form == "pattern" and m.text in short and m.kind == short[m.text].kind
                    and (m.start >= short[m.text].end or m.end <= headline < short[m.text].start) else m for m in mentions]
        return _later_references(text, mentions, short, "short")

    def _without_suffix(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Sierra Lithium Corp." is "Sierra Lithium" later on: a name without its legal suffix."""
        table = {}
        for m in mentions:
            base = legal_base(m.text) if m.kind == "Company" else m.text
            if base != m.text and " " in base:  # "Inter RAO" after "Inter RAO PJSC", "Huaxin Trading" after "Huaxin Trading Co., Ltd."
                table.setdefault(base, m)
        if not table:
            return mentions
        taken = _Index(mentions)
        extra = []
        for short, full in table.items():
            for match in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])(?!\s+(?:{'|'.join(LEGAL_SUFFIXES)})\b)", text):
                if match.start() >= full.end and not taken.covers(match.start()):
                    extra.append(Mention(match.start(), match.end(), short, full.key, full.kind, "short", qualifier=full.qualifier))
        # a guess by name shape of the short form ("Sierra Lithium" by its head word) is the full name's too
        mentions = [replace(m, key=table[m.text].key, form="short") if m.form == "pattern" and m.text in table
                    and m.start > table[m.text].start else m for m in mentions]
        return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions

    def _repeats(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A one-word body name found once by its context ("Japanese utility JERA") names it wherever it recurs."""
        table: dict[str, Mention] = {}
        for m in mentions:  # the first place each name is found: it recurs after that
            if m.form == "pattern" and m.kind in BODY_KINDS and " " not in m.text and m.text[:1].isupper() \
                    and len(m.text) > 2 and m.text.lower() not in SENTENCE_STARTERS:
                table.setdefault(m.text, m)
        # "Deliveries to Dravagas resumed. Dravagas, the state gas company, agreed": uses before it count too
        mentions = _later_references(text, mentions, table, "repeat", before=True)
        return self._channels(self._longer_repeats(text, mentions))

    def _channels(self, mentions: list[Mention]) -> list[Mention]:
        """"ORTM TV", "Rustavi Radio": a body the story names, with a broadcaster's word after it, is that body."""
        bodies = {m.text: m for m in mentions if m.kind in BODY_KINDS and " " not in m.text and m.text[:1].isupper()}
        out = []
        for m in mentions:
            words = m.text.split()
            if m.form == "pattern" and len(words) == 2 and words[1] in ("TV", "Television", "Radio") and words[0] in bodies \
                    and bodies[words[0]].key != m.key:
                m = replace(m, key=bodies[words[0]].key, kind=bodies[words[0]].kind, form="repeat")
            out.append(m)
        return out

    def _longer_repeats(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A body name of several words found once by its context ("from Anadolu Kara Sistemleri, a
        manufacturer") names it wherever it recurs, over a shorter known name inside it ("Anadolu")."""
        names = {m.text: m for m in mentions if m.form == "pattern" and m.kind in BODY_KINDS and " " in m.text}
        if not names:
            return mentions
        drop: set[int] = set()
        extra = []
        order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        starts = [mentions[k].start for k in order]
        longest = max(m.end - m.start for m in mentions)
        for name, full in names.items():
            for start in _occurrences(text, name):
                end = start + len(name)
                near = order[bisect.bisect_right(starts, start - longest):bisect.bisect_left(starts, end)]
                inside = sorted(k for k in near if start < mentions[k].end)
                if not inside or any(mentions[k].start < start or mentions[k].end > end or mentions[k].key == full.key
                                     for k in inside):
                    continue  # found already, or a longer name holds it
                drop.update(inside)
                extra.append(Mention(start, end, name, full.key, full.kind, "repeat", qualifier=full.qualifier))
        if not extra:
            return mentions
        return sorted([m for k, m in enumerate(mentions) if k not in drop] + extra, key=lambda m: m.start)

    def _misspellings(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A capitalised word one or two edits (a swap counts one) off a name the document uses ("Embrear" for "Embraer")
        is that name misspelt."""
        names: dict[str, Mention] = {}
        for m in mentions:
            if m.kind == "Place" or m.form in ("demonym", "pronoun"):
                continue
            words = m.text.split()
            for word in {m.text} if len(words) == 1 else {words[-1] if m.kind == "Person" else words[0]}:
                if len(word) >= MISSPELT_MIN and word[:1].isupper():
                    names.setdefault(word, m)
        if not names:
            return mentions
        taken = _Index(mentions)
        extra = []
        for start, end, word in _capitalised_words(text):
            if len(word) < MISSPELT_MIN or word in names or taken.covers(start) or word.lower() in SENTENCE_STARTERS \
                    or word.lower() in self.titles or word.lower() in self._state_names or word in self._org_head_kind \
                    or not word.isalpha():
                continue
            limit = 1 if len(word) < 8 else 2
            close = [m for name, m in names.items()
                     if name[0] == word[0] and abs(len(name) - len(word)) <= limit
                     and OSA.distance(name, word, score_cutoff=limit) <= limit]
            if len({m.key for m in close}) == 1:
                full = close[0]
                extra.append(Mention(start, end, word, full.key, full.kind, "misspelt", qualifier=full.qualifier))
        return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _leading_words(mentions: list[Mention]) -> list[Mention]:
    """"Sanwa Energy" in a headline or a later line, "Sanwa Energy Resources" in the story: a body's name of two
    or more words, found by its shape, that opens the longer name of one other body of the document names it."""
    longer: dict[str, set[str]] = {}
    by_key: dict[str, Mention] = {}
    for m in mentions:
        if m.kind in BODY_KINDS and m.form in ("name", "alias", "pattern") and m.text.count(" ") >= 2:
            words = m.text.split()
            for n in range(2, len(words)):
                longer.setdefault(" ".join(words[:n]), set()).add(m.key)
            by_key.setdefault(m.key, m)
    if not longer:
        return mentions
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.form != "pattern" or m.text not in longer or m.kind not in BODY_KINDS:
            continue
        keys = longer[m.text] - {m.key}
        if len(keys) == 1 and by_key[next(iter(keys))].kind == m.kind:
            full = by_key[keys.pop()]
            out[k] = replace(m, key=full.key, form="short", qualifier=m.qualifier or full.qualifier)
    return out


def _initials_span(text: str, end: int, acronym: str) -> int | None:
    """Where the run of capitalised words ending at `end` starts, if its initials spell `acronym`
    ("Inter-Services Public Relations" for ISPR); link words ("of", "-e-") have none."""
    words = list(re.finditer(r"[\w'’]+", text[max(0, end - 120):end]))
    base = max(0, end - 120)
    initials = ""
    for w in reversed(words):
        token = w.group(0)
        if text[base + w.end():end].count("\n") or re.search(r"[,.;:()]", text[base + w.end():end]):
            return None
        if token.lower() in SPELLED_LINKS and initials:
            continue
        if not token[:1].isupper():
            return None
        initials = token[0] + initials
        if len(initials) > len(acronym):
            return None
        if initials == acronym:
            return base + w.start()
    return None


@lru_cache(maxsize=2)
def _capitalised_words(text: str) -> list[tuple[int, int, str]]:
    """Capitalised words with their offsets, a possessive "'s" left off: "Varga's" is "Varga"."""
    out = []
    for m in CAPITALISED_WORD.finditer(text):
        word, end = m.group(0), m.end()
        if word.endswith(("'s", "’s")):
            word, end = word[:-2], end - 2
        word = word.rstrip("'’-")
        out.append((m.start(), m.start() + len(word), word))
    return out


def _occurrences(text: str, name: str) -> list[int]:
    """Where `name` stands as a whole word or phrase in `text`."""
    out = []
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")) and \
                (end == len(text) or not (text[end].isalnum() or text[end] in "-_")):
            out.append(at)
        at = text.find(name, at + 1)
    return out


def _later_references(text: str, mentions: list[Mention], table: dict[str, Mention], form: str,
                       before: bool = False) -> list[Mention]:
    """Mentions for each later use (any use, with `before`) of a word in `table` that stands for the full mention."""
    if not table:
        return mentions
    taken = _Index(mentions)
    extra = []
    for start, end, word in _capitalised_words(text):
        full = table.get(word)
        if full is None or (start < full.end and not before) or taken.covers(start):
            continue
        extra.append(Mention(start, end, word, full.key, full.kind, form, qualifier=full.qualifier))
    return sorted(mentions + extra, key=lambda m: m.start)

