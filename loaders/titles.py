"""People's titles and the states and bodies they hold them in: "Chilean Defence Minister X",
"X, the chief executive of Y", "its head, X", "ministry spokesman X".

`TitleReader` is mixed into `MentionFinder` (`loaders.mentions`), whose constructor builds the
patterns and tables these methods read from the ontology's lexicon.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.holders import REFERRED_KINDS, REFERRED_STATES, REFERRING_BEFORE, SPEAKERS, HolderReader
from loaders.offices import OfficeForms, _sentence_start
from loaders.spans import BODY_KINDS, POSSESSIVE_SPACE, Mention, Title

__all__ = ["TitleReader"]

POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}")
HONORIFIC_TAIL = re.compile(r"\s+(?:Sheikh|Sheikha|Dr|Mr|Mrs|Ms|Sir|Dame)$")
SPEAKS_FOR = re.compile(r"\s+(?:said|told [a-z]+|announced|warned)\s+(?:that\s+)?(?P<state>)(?=[A-Z][\w-]+\s+(?:would|will|was|is|has|had|could)\b)")
FRONTED_PLACE = re.compile(r"(?:^|\b)In\s+$")
SPEAKS_IN = re.compile(r"\s+(?:said|told (?:reporters|journalists|a news conference|state media|parliament"
                       r"|an? (?:[a-z]+\s+){0,2}(?:briefing|news conference|press conference)))\s+in\s+(?P<state>)(?=[A-Z])")
ATTRIBUTION_END = re.compile(r"\s+(?:said|announced|told|added|stated|wrote)\b")
ACCOMPANYING = re.compile(r"\b(?:accompanied by|along with|together with|delegation|entourage)\b")
PLACE_IN_TITLE = re.compile(r"\b[a-z]+\s+(?:to|in|for)\s+(?:the\s+)?$")
#: Lowercase words that join two titles of one person: "Secretary and foreign affairs chief".
TITLE_LINKS = frozenset("and of affairs for".split())
#: Titles whose holder, with no body named, speaks for the state the sentence says they speak for.
SPOKEN = SPEAKERS | frozenset("adviser advisor".split())
#: Last words of the houses and parties whose name may open a title: "National Assembly Speaker X".
HOUSE_HEADS = frozenset("Assembly Parliament Senate Congress Party Front Movement Alliance Coalition League Union".split())
#: "chairman of the board of X", "a member of the supervisory board of X": the board is X's.
BOARD_OF = re.compile(r"(?:[a-z]+\s+)?board\s+of\s+(?:the\s+)?")
#: "the anti-corruption group", "the state oil company": lowercase words that describe the body named next.
DESCRIBED_BODY = re.compile(r"(?:(?:[a-z][\w-]*|[A-Z][\w-]*-(?:based|headquartered|registered|run|owned))\s+){1,3}")
#: "European Commissioner", "AU Commissioner": a commission's member, named by the words before
COMMISSIONER = re.compile(r"^(?P<body>(?:[A-Z][\w-]*\s+){1,3})Commissioner$")
#: "President X of France": the state after the name
OF_AFTER_NAME = re.compile(r"\s+of\s+(?:the\s+)?")
#: A title that ends in its own preposition ("vice president of"), then the body.
TITLE_OWN_PREPOSITION = re.compile(r"\s(?:of|at|for)$", re.I)
LONG_TITLE_TAIL = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z].*$")


class TitleReader(OfficeForms, HolderReader):
    """The pass of `MentionFinder` that reads people's titles and marks the mentions they attach."""

    def _titles(self, text: str, mentions: list[Mention], home: Mention | None) -> tuple[list[Title], list[Mention]]:
        """People's titles; "BUDAPEST - ... Foreign Minister X": a bare government title is the dateline state's."""
        titles: list[Title] = []
        attached: set[int] = set()
        by_start = {m.start: i for i, m in enumerate(mentions)}
        for i, person in enumerate(mentions):
            if person.kind != "Person":
                continue
            for title in (self._title_before(text, mentions, i), self._apposition_after(text, mentions, i)):
                if title is None:
                    continue
                if title.holder is None and self._is_office(title.role):
                    title = self._referred_holder(text, mentions, i, title)
                if title.holder is None and self._is_office(title.role):
                    title = self._body_in_context(text, mentions, i, title)
                if title.holder is None and self._is_office(title.role) and title.start < person.start:
                    title = self._represented_by(text, mentions, i, title)
                government = self._is_government(title.role)
                if title.holder is None and not person.known and self._is_office(title.role) and not government:
                    # "army chief X had accompanied the prime minister": an officer in a leader's party is his state's
                    lead = self._accompanied(text, mentions, i, titles)
                    if lead is not None:
                        title = Title(title.person, title.role, replace(lead.holder, start=person.start, end=person.start,
                                                                        form="implied"), title.start, title.end)
                # "Spokeswoman X said Moscow would ...": a spokesman or adviser speaks for the state named, no other
                speaker = not government and title.holder is None and any(w in SPOKEN for w in title.role.lower().split())
                if title.holder is None and not person.known and (government or speaker):
                    # "President X arrived in China, accompanied by Economy Minister Y": Y serves X's state
                    lead = next((t for t in reversed(titles) if t.holder is not None and t.holder.kind == "State"
                                 and t.end <= title.start and not _stop_between(text, t.end, title.start)
                                 and ACCOMPANYING.search(text, t.end, title.start)), None)
                    if lead is None:  # "Wirananda was accompanied by Foreign Minister Y": the president named before
                        start = _sentence_start(text, title.start)
                        lead_person = next((m for m in mentions[:i] if m.start >= start and m.kind == "Person"
                                            and ACCOMPANYING.search(text, m.end, title.start)), None)
                        lead = next((t for t in reversed(titles) if lead_person is not None and t.person.key == lead_person.key
                                     and t.holder is not None and t.holder.kind == "State"), None)
                    if lead is None:  # "Foreign Minister Y and other officials accompanied the prime minister": his state
                        lead = self._accompanied(text, mentions, i, titles)
                    spoken = SPEAKS_FOR.match(text, person.end) or SPEAKS_IN.match(text, person.end)
                    spoken_state = next((m for m in mentions[i + 1:i + 3] if spoken and m.start == spoken.end("state")
                                         and m.kind == "State"), None)
                    if spoken_state is None and ATTRIBUTION_END.match(text, person.end) and \
                            text[max(0, title.start - 2):title.start].strip() == ",":
                        # "Ghana no longer recognises X, Foreign Minister Y announced": what Y says, Ghana does
                        start = _sentence_start(text, person.start)
                        spoken_state = next((m for m in mentions[:i] if m.start >= start and m.kind == "State"
                                             and m.form != "demonym" and not m.possessive), None)
                    # "spokesman X said Ankara would ...": the state he speaks for; else the leader's, else the dateline's
                    fronted = mentions[i - 1] if i and mentions[i - 1].kind == "State" and \
                        FRONTED_PLACE.search(text, max(0, mentions[i - 1].start - 4), mentions[i - 1].start) and \
                        re.fullmatch(r",\s+(?:[a-z][\w-]*\s+){0,3}", text[mentions[i - 1].end:title.start]) else None
                    # "In Beijing, foreign ministry spokesman X": the state of the capital he speaks in
                    # "Iran condemned the sale. Foreign ministry spokesman X called it ...": the state that spoke
                    opening = self._previous_subject_state(text, mentions, i, title) \
                        if any(w in SPEAKERS for w in title.role.lower().split()) else None
                    state = spoken_state or fronted or opening or (None if speaker else lead.holder if lead is not None else home)
                    if state is not None:
                        title = Title(title.person, title.role, replace(state, start=person.start, end=person.start,
                                                                        form="implied"), title.start, title.end)
                titles.append(title)
                if title.holder is not None and title.holder.form != "implied" and title.holder.start in by_start:
                    attached.add(by_start[title.holder.start])
            if not any(t.person is person and t.holder is not None for t in titles):
                led = self._led_by(text, mentions, i, home) or self._listed_after_colon(text, mentions, i) or \
                    self._respectively(text, mentions, i) or self._who_heads(text, mentions, i) or \
                    self._members_including(text, mentions, i) or \
                    self._head_of_unnamed_body(text, mentions, i)
                if led is not None:
                    titles.append(led)
        out = list(mentions)
        for i, m in enumerate(mentions):
            qualifies = self._qualifies_next(text, mentions, i)
            if i in attached or qualifies or self._names_unnamed_body(text, m):
                out[i] = replace(out[i], attached=True)
            if qualifies and m.kind == "State" and mentions[i + 1].kind != "Person":
                out[i + 1] = replace(mentions[i + 1], qualifier=m.key)  # "Norway's Equinor"
        return titles, out

    def _title_before(self, text: str, mentions: list[Mention], i: int) -> Title | None:
        person = mentions[i]
        lo = mentions[i - 1].end if i else max(0, person.start - 80)
        window = text[lo:person.start]
        match = self._title_before_re.search(window) or self._long_title_re.search(window)
        if not match and i >= 2 and mentions[i - 1].kind in ("State", "Place") \
                and PLACE_IN_TITLE.search(text, lo - 60, mentions[i - 1].start):
            i -= 1  # "Russia's ambassador to Bosnia, X": the state inside the title is no holder; look before it
            lo = mentions[i - 1].end if i else max(0, person.start - 80)
            window = text[lo:person.start]
            match = self._title_before_re.search(window)
        inner = ""
        if not match and person.known:  # an alias that holds the title: "King Felipe VI"
            words = person.text.split()
            inner = next((" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)
                          if " ".join(words[:n]).lower() in self.titles), "")
        if not match and not inner:
            return None
        if inner:
            role = inner
            lo, match = person.start, re.match(r"", "")  # the title starts where the person does
        else:
            role = match.group("role").strip()
            if not self._is_office(role):
                # "its spokesman, Major-General X", "army chief Field Marshal X": a rank only names the
                # person; the office is the title before it
                # "the Minister of the Interior, Brigadier General X": a long title before the rank too
                office = self._title_before_re.search(window, 0, match.start()) or \
                    self._long_title_re.search(window, 0, match.start())
                if office and office.end() == match.start() and self._is_office(office.group("role")):
                    match, role = office, office.group("role").strip()
                else:  # "ministry spokesman Brigadier General X": the office, then the rank
                    words = role.split()
                    role = next((" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)
                                 if self._is_office(" ".join(words[:n])) and " ".join(words[n:]).lower() in self.titles), role)
        role = HONORIFIC_TAIL.sub("", role) or role  # "Crown Prince Sheikh": the office is the crown prince's
        holder = self._holder_before(text, mentions, i, lo + match.start())
        if holder is None and not inner and match.start() > 0:
            # "her Qatari counterpart, Minister of State X": the title before this one names the state
            office = self._title_before_re.search(window, 0, match.start())
            if office and office.end() == match.start() and window[office.end() - 2:office.end()] == ", " \
                    and self._is_office(office.group("role")):
                holder = self._holder_before(text, mentions, i, lo + office.start())
        if holder is None and not inner:
            holder = self._body_in_role(text, lo + match.start(), role)
            if holder is not None:
                role = role[holder.end - (lo + match.start()):].strip()
        if holder is not None and not self._is_office(role):
            gap = text[holder.end:lo + match.start()].strip(" ,'’s")
            if gap and self._is_office(gap):
                role = gap  # "Qatar's Emir, Sheikh X": the emir's office, "Sheikh" only names him
        if holder is None and not inner:
            holder = _commission_of(role, mentions)
        if holder is None and not inner:
            of_state = next((m for m in mentions[i + 1:i + 2] if m.kind == "State" and m.form != "demonym"
                             and OF_AFTER_NAME.fullmatch(text, person.end, m.start)), None)
            holder = of_state  # "Deputy Foreign Minister X of Sweden", "President X of France"
        if holder is None and person.known and self.entries[person.key].country and \
                not REFERRING_BEFORE.search(text, max(0, lo + match.start() - 40), lo + match.start()):
            holder = self._country_mention(person)  # "President Emmanuel Macron": the gazetteer knows whose
        return Title(person, role, holder if self._is_office(role) else None, lo + match.start(), person.end)

    def _body_in_role(self, text: str, start: int, role: str) -> Mention | None:
        """"National Assembly Speaker X", "Labour Party leader X": the house or party named inside the title."""
        words = role.split()
        for n in range(len(words) - 1, 0, -1):
            head, rest = words[:n], " ".join(words[n:]).lower()
            if rest in self.titles and self._is_office(rest) and all(w[:1].isupper() for w in head) \
                    and head[-1] in HOUSE_HEADS:
                end = start + len(" ".join(head))
                if text[start:end] != " ".join(head):
                    return None
                name, kind = " ".join(head), self._org_head_kind.get(head[-1], "Organization")
                return Mention(start, end, name, f"new:{kind}:{name}", kind, "implied")
        return None

    def _holder_before(self, text: str, mentions: list[Mention], i: int, role_start: int) -> Mention | None:
        """The state or body right before a title that starts at `role_start`: "Chile's", "Chilean"."""
        before = mentions[i - 1] if i else None
        if before is None or before.kind == "Person":
            return None
        # "Turkish Republic of Northern Cyprus (TRNC) President X": a bracketed short name before the title too
        gap = r"\)\s*" if text[before.start - 1:before.start] == "(" else r"(?:['’]s)?\s*"
        if not (_between_is(text, before, role_start, gap) or self._title_words_between(text, before, role_start)):
            return None
        return None if "," in text[before.end:role_start] and not before.possessive else before

    def _title_words_between(self, text: str, holder: Mention, role_start: int) -> bool:
        """"Kenya's Cabinet Secretary and foreign affairs chief": more title words between the possessive and the role."""
        if not holder.possessive:
            return False
        gap = POSSESSIVE_SPACE.match(text, holder.end)
        if gap is None or gap.end() > role_start:
            return False
        words = text[gap.end():role_start].rstrip().rstrip(",").split()
        return 0 < len(words) <= 6 and all(w[:1].isupper() or w.lower() in self._role_word_set or w in TITLE_LINKS
                                           for w in words)

    def _apposition_after(self, text: str, mentions: list[Mention], i: int) -> Title | None:
        person = mentions[i]
        after = text[person.end:person.end + 120]
        match = self._apposition_after_re.match(after)
        if not match:
            return None
        start, end = person.end + match.start("role"), person.end + match.end()
        if match.group("rest") and match.group("rest").strip().startswith("of"):
            board = BOARD_OF.match(text, end)  # "chairman of the board of Siemens Energy"
            end = board.end() if board else end
        role_text = match.group("role")
        rest = match.group("rest")
        tail = TITLE_OWN_PREPOSITION.search(role_text) if not rest else None
        if tail:  # "a vice president of CNNC": the title's own "of" introduces the body
            rest = tail.group(0) + " "
            the = re.match(r"\s+(?:the\s+)?", after[match.end():])
            end += len(the.group(0)) if the else 0
        holder = None
        of_body = next((m for m in mentions[i + 1:] if rest and rest.strip().startswith("of")
                        and m.start == end and m.kind != "Person"), None)
        for m in mentions[i + 1:]:
            if m.start >= person.end + 120:
                break
            if start <= m.start and m.end <= person.end + match.end("role") and m.kind != "Person" and of_body is None:
                holder = m  # "the Chilean foreign minister"; "the Serb member of Bosnia's presidency" is Bosnia's
                role_text = text[m.end:person.end + match.end("role")].strip()
                break
            if rest and m.start == end and m.kind != "Person":
                holder = m  # "the foreign minister of Chile"
                k = mentions.index(m)
                if m.possessive and k + 1 < len(mentions) and mentions[k + 1].kind in BODY_KINDS and \
                        POSSESSIVE_SPACE.fullmatch(text, m.end, mentions[k + 1].start):
                    holder = mentions[k + 1]  # "the chief executive of Chile's Andes Mining": the firm
                break
        if holder is None and match.group("rest"):
            # "director of the anti-corruption group Citizens' Budget Forum": a body described, then named
            holder = next((m for m in mentions[i + 1:i + 4] if m.kind in BODY_KINDS and m.start > end
                           and DESCRIBED_BODY.fullmatch(text, end, m.start)), None)
        if holder is None and rest and rest.strip().endswith("the"):
            # "Anna Keller, a spokeswoman for the commission,": the commission the story named before
            noun = re.match(r"[a-z]+\b", text[end:end + 20])
            kinds = REFERRED_KINDS.get(noun.group(0)) if noun else None
            if kinds and noun.group(0) not in REFERRED_STATES:
                holder = self._body_called(text, mentions[:i], noun.group(0), kinds)
        role_text = re.sub(r"\s+(?:of|at|for)$", "", re.sub(r"^['’]s\s+", "", role_text.strip()))
        return Title(person, role_text, holder if self._is_office(role_text) else None, start, end)

    def _country_mention(self, person: Mention) -> Mention | None:
        entry = self.entries.get(self.entries[person.key].country)
        if entry is None:
            return None
        return Mention(person.start, person.start, entry.name, entry.id, entry.kind, "implied")

    def _is_government(self, role: str) -> bool:
        words = LONG_TITLE_TAIL.sub("", role).lower().split()  # "Minister of the Interior": a minister
        return any(" ".join(words[k:]) in self.government_titles for k in range(len(words)))

    def _is_office(self, role: str) -> bool:
        role = LONG_TITLE_TAIL.sub("", role)  # "Minister of State for Petroleum": a minister
        words = role.lower().split()
        if any(" ".join(words[k:]) in self.office_titles for k in range(len(words))):
            return True
        # "Minister Coordinator", "Minister Counsellor": an office named first, then qualified by another title word
        return len(words) > 1 and words[0] in self.office_titles and all(w in self._role_word_set for w in words[1:])

    def _names_unnamed_body(self, text: str, m: Mention) -> bool:
        """"a Chinese refinery", "Israeli companies": the demonym describes an unnamed body, not the state."""
        if m.form != "demonym":
            return False
        words = re.match(r"(?:\s+[a-z][\w-]*){1,3}", text[m.end:m.end + 60])
        if not words:
            return False
        tokens = words.group(0).split()
        return any(t in self._body_nouns for t in tokens[:3]) and not any(t in self._collective for t in tokens[:1])

    def _qualifies_next(self, text: str, mentions: list[Mention], i: int) -> bool:
        """A demonym or possessive right before another body only qualifies it
        ("the Chilean firm Codelco", "Peru's Ministry of Energy")."""
        m = mentions[i]
        if i + 1 < len(mentions) and m.kind == "State" and m.form in ("name", "alias", "acronym") and not m.possessive \
                and mentions[i + 1].kind in BODY_KINDS and text[m.end:mentions[i + 1].start] == " " \
                and mentions[i + 1].form != "acronym":
            return True  # "the U.S. Office of Foreign Assets Control": the state names whose office
        if i + 1 >= len(mentions) or not (m.form == "demonym" or m.possessive):
            return False
        nxt = mentions[i + 1]
        gap = text[m.end:nxt.start]
        if m.possessive and m.form != "demonym":
            # "Peru's state oil company Andes", not "Guinea's government ordered Koura": no verb in between
            return nxt.kind in ("Agency", "Company", "Organization") and POSSESSIVE_GAP.fullmatch(gap) is not None \
                and not any(w.endswith("ed") and "-" not in w for w in gap.split()[1:])
        if nxt.kind == "State" or len(gap) >= 40:
            return False
        if re.fullmatch(r"\s+(?:[a-z\-]+\s+)?", gap):
            return True
        # "the South African state arms maker Denel": a longer description ends in the noun for a body
        words = gap.split()
        return re.fullmatch(r"\s+(?:[a-z\-]+\s+){2,3}", gap) is not None and words[-1] in self._body_nouns


def _commission_of(role: str, mentions: list[Mention]) -> Mention | None:
    """"European Commissioner X" in a story that names the European Commission: the commission."""
    match = COMMISSIONER.match(role)
    if match is None:
        return None
    name = match.group("body") + "Commission"
    body = next((m for m in mentions if m.text == name and m.kind in BODY_KINDS), None)
    return replace(body, form="implied") if body is not None else None


def _between_is(text: str, left: Mention, right: int, pattern: str) -> bool:
    return re.fullmatch(pattern, text[left.end:right]) is not None


def _stop_between(text: str, a: int, b: int) -> bool:
    """Whether a full stop other than the one of "Dr." stands in `text[a:b]` (found without copying the stretch)."""
    at = text.find(".", a, b)
    while at != -1:
        if not (at - 2 >= a and text[at - 2:at + 1] == "Dr."):
            return True
        at = text.find(".", at + 1, b)
    return False
