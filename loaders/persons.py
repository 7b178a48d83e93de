"""Stage 1, people the gazetteer does not know: names that their context shows to be people's ("Defence Minister
X", "X, the president of Y", "X said", "police arrested X", "the brothers A and B C", "two officials, A and B").

`PersonFinder` is mixed into `MentionFinder` (`loaders.mentions`); it reads the title tables that class builds.
"""

from __future__ import annotations

import bisect
import re

from loaders.located import GEOGRAPHIC_HEADS
from loaders.spans import (DESCRIBING_PREFIX, NAME_TOKEN, PARTICLE, PARTICLE_WORD, PERSON_NAME, ROLE_STOP, SENTENCE_STARTERS,
                           UPPER, WORD_RUN, Mention)

__all__ = ["PersonFinder", "trim_name"]

#: A list of people's names: "A B, C D and E F".
PERSON_LIST = re.compile(rf"{PERSON_NAME}(?:,\s+{PERSON_NAME})*(?:,?\s+and\s+{PERSON_NAME})?")
COLON_LIST = re.compile(rf":\s+{PERSON_NAME}(?:,\s+{PERSON_NAME})*,?\s+and\s+{PERSON_NAME}(?=\.)")
WHICH_AFTER = re.compile(r",?\s+which\b")
#: "the Committee on International Affairs, warned": capitalised words after a link word end a longer name, no person's.
NAME_GOES_BACK = re.compile(r"[A-Z][\w'’-]*\s+(?:on|of|for|de|and)\s+$")
#: Last words of the names of laws and documents, which a title word may stand before ("the Official Secrets Act").
DOCUMENT_HEADS = frozenset("Act Acts Law Laws Treaty Agreement Accord Accords Convention Code Bill Charter Protocol "
                           "Declaration Resolution Directive Regulation Regulations Statute Constitution".split())
#: Two people a plural noun introduces and the text then names: "Two generals, identified as A B and C D,".
IDENTIFIED_PAIR = re.compile(rf"\b[a-z]+s,\s+(?:identified|named)\s+as\s+(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,2}})\s+and\s+"
                             rf"(?P<name2>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,2}}),")
#: "the brothers Wilmer and Oscar Parada", "the couple Ana and Luis Ortega": two given names share the surname after them.
KIN_WORDS = ("brothers", "sisters", "siblings", "twins", "cousins", "couple", "spouses", "sons", "daughters")
KIN_PAIR = re.compile(rf"\b(?:{'|'.join(KIN_WORDS)})\s+(?P<first>{NAME_TOKEN})"
                      rf"\s+and\s+(?P<second>{NAME_TOKEN})\s+(?P<surname>{NAME_TOKEN}(?:[\s\-]+(?:{PARTICLE}[\s\-]+)?{NAME_TOKEN})?)"
                      rf"(?![\w'’-]|\s+[{UPPER}])")
#: Verbs of saying after a name: "Ana Ruiz said".
SPEECH_VERBS = r"(?:said|says|told|added|stated|wrote|warned|noted|argued|explained|claimed|insisted|announced)"
#: One more capitalised word that ends a name before punctuation or a lowercase word.
LAST_NAME_WORD = re.compile(r"\s+([A-Z][\w'’-]*[a-z])(?=\s*[,.;:)]|\s+[a-z])")


class PersonFinder:
    """The part of `MentionFinder` that finds people by the words around their names."""

    def _person_patterns(self) -> None:
        """The patterns that find people by their context; they need the lexicon's titles (`_titles_alt`)."""
        self._name_after = re.compile(r"(?:\s+|,\s+)(" + PERSON_NAME + r")")
        # "the EU's special representative for the Belgrade-Pristina dialogue, Petra Lindqvist,": a title's
        # tail, then the name between commas
        self._name_after_tail = re.compile(r"\s+(?:for|of|to|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?[\w-]+,\s+("
                                           + PERSON_NAME + r")(?=,)")
        self._appointed_name = re.compile(rf"\b(?:appoint|appoints|appointed|appointing|nominate|nominates|nominated|nominating|"
                                          rf"named|naming)\s+({NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,3}})\s+(?:as|to be)\s")
        self._said_name = re.compile(rf"\b(?:said|says|added|told|wrote|warned)\s+({NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,3}})"
                                     r"(?=\s*[,.]|\s+(?:of|at|from)\s+(?:the\s+)?[A-Z])")  # "said Ana Ruiz of the Baltic Institute"
        # "two Chinese nationals, Zhao Wei and Li Na", "The suspect, 46-year-old Ana Ruiz", "One of them, Ana Ruiz",
        # "a French national, Ana Ruiz", "a Belarusian citizen named Ana Ruiz"
        self._people_listed = re.compile(rf"\b(?:nationals|citizens|activists|journalists|dissidents|officials|executives|lawmakers|"
                                         rf"reporters|commanders|officers|generals|suspects|members|leaders|ministers|directors|"
                                         rf"managers|owners|founders|chiefs|"
                                         rf"individuals|people|men|women|(?:[Tt]he|[Aa])(?: [a-z]+)? (?:suspect|man|woman|defendant|detainee|accused)|"
                                         rf"of them,|national,|citizen,|national named|citizen named|man named|woman named)"
                                         rf"(?:\s+(?:of|from)\s+[^,.:;]{{1,60}})?[,:]?\s+(?:\d+-year-old\s+)?"
                                         rf"(?:(?:including|such\s+as)\s+)?({PERSON_NAME})"
                                         rf"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}[A-Z][\w'’-]*)?"  # "A of Likud and B"
                                         rf"(?:\s+and\s+({PERSON_NAME}))?")
        self._name_before = re.compile(r"(" + PERSON_NAME + r")\s*$")
        self._apposition_lead = re.compile(
            r",\s+(?:(?:who|which)\s+(?:is|was|has been|had been)\s+(?:also\s+|now\s+)?(?:the\s+|a\s+|an\s+)?|"
            r"(?:(?:now|then|also|currently)\s+)?(?:the|a|an|its|his|her|their)\s+|(?=[A-Z][\w-]*['’]s\s)"
            r"|(?:(?:now|then|also|currently)\s+)?(?=(?i:(?:(?:first|deputy|vice|senior|former|acting|executive)\s+){0,2}(?:"
            + self._titles_alt + r")\s+(?:of|at|for)\s)))")  # "Xi, also general secretary of the CPC, said"
        self._said_re = re.compile(rf"(?P<name>{NAME_TOKEN}\s+{NAME_TOKEN}(?:\s+{NAME_TOKEN})?),?\s+{SPEECH_VERBS}\b")
        # "police arrested Aivars Kalnins": the one arrested is a person
        self._acted_on_name = re.compile(rf"\b(?:arrested|detained|jailed|imprisoned|sentenced|charged|expelled|freed|released|accused|"
                                         rf"kidnapped|abducted|interrogated|extradited|deported)\s+"
                                         rf"(?P<name>{NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,2}})(?=\s*[,.;:)]|\s+[a-z])")
        # "ambassador to Bosnia, Igor Kalabukhov,", "managing director for Guinea, Pieter Lombard,"
        self._title_place_name = re.compile(r"(?<![\w'’])(?i:" + self._titles_alt + r")\s+(?:to|in|for)\s+(?:the\s+)?[A-Z][\w-]*"
                                            rf"(?:\s+[A-Z][\w-]*){{0,2}},\s+(?P<name>{NAME_TOKEN}(?:[\s\-]+(?:{PARTICLE}[\s\-]+)?"
                                            rf"{NAME_TOKEN}){{1,2}})(?=\s*[,.;:)])")
        self._acted_on_before = re.compile(rf"(?P<name>{NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,2}})"
                                           rf"(?:\s+\(\d{{1,3}}\))?(?:\s+from\s+[A-Z][\w’'-]+)?"  # "Dragan Jovic (52) from Gracanica"
                                           rf"(?:(?:,\s+(?:\d{{1,3}}|an?\s+[^,.;]{{1,50}})){{1,2}},)?"
                                           rf",?\s+(?:was|were|has been|have been|had been)\s+(?:also\s+)?(?:arrested|detained|jailed|"
                                           rf"imprisoned|sentenced|charged|expelled|kidnapped|abducted|extradited|deported|held)\b")
        # "The suspect, 46-year-old Ana Ruiz,", "One of them, Major Li Wei,", "a Chilean citizen named Ana Ruiz": one person
        # described, then named; the name needs two words, the noun one person
        self._described_name = re.compile(
            rf"\b(?:(?:suspect|man|woman|national|citizen|resident|engineer|officer|worker|trader|driver|lecturer|professor|"
            rf"businessman|businesswoman|journalist|reporter|student|soldier|employee|contractor|researcher|of them|other|"
            rf"mother|father|son|daughter|wife|husband|brother|sister|widow|lawyer),"
            rf"\s+(?:\d{{1,3}}-year-old\s+)?(?:(?i:{self._titles_alt})\s+)?|(?P<named>named\s+))"
            rf"(?P<name>{NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,2}})"
            rf"(?=\s*[,.;:)]|\s+(?:who|whom|was|is|has|had)\b|(?(named)\s+[a-z]|(?!)))")
        # "The Frenchman, Jean-Marc Roux, 52, had lived": an age in apposition follows a person's name
        self._aged_name = re.compile(rf"(?P<name>{NAME_TOKEN}(?:[\s\-]+(?:{PARTICLE}[\s\-]+)?{NAME_TOKEN}){{1,2}}),\s+\d{{2}},\s")
        # "Anna Berg, who heads the Norwegian Refugee Council"
        self._who_heads_name = re.compile(rf"(?P<name>{NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,2}}),\s+who\s+"
                                          rf"(?:now\s+|also\s+)?(?:heads|headed|leads|chairs|chaired|runs)\s+(?:the\s+)?[A-Z]")
        # "the party led by Sigrid Lund", "the junta led by General Abdourahamane Tiani"
        self._led_by_name = re.compile(rf"\b(?:government|junta|regime|administration|authorities|party|movement|coalition|militia),?\s+"
                                       rf"(?:now\s+)?led\s+by\s+(?P<name>{NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,3}})"
                                       rf"(?=\s*[,.;:)]|\s+[a-z])", re.I)
        # "The Ecuadorians, Luis Cedeno and Marco Vera, were arrested"
        self._acted_on_pair = re.compile(rf"(?P<name>{NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,2}})\s+and\s+"
                                         rf"(?P<name2>{NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,2}}),?\s+(?:were|have been|had been)\s+"
                                         rf"(?:arrested|detained|jailed|charged|expelled|deported|held)\b")

    def _person_mentions(self, text: str, known: list[Mention]) -> list[Mention]:
        """People the gazetteer does not know, found by their context: a title before or after the name, a verb of
        saying, an arrest, a list of people."""
        found = []
        titles = self._title_hits(text)
        for t_start, end in titles:
            if re.search(r"\s(?:of|at|for)$", text[t_start:end], re.I):
                continue  # "a vice president of Sino Andes Mining": the name after is the body
            match = self._name_after.match(text, end) or self._name_after_tail.match(text, end)
            if not match:
                continue
            name_start, name = self._person_name(text, match.start(1), match.end(1))
            if name and not self._is_known_span(known, name_start, name_start + len(name), person=True):
                found.append(Mention(name_start, name_start + len(name), name, f"new:Person:{name}", "Person", "pattern"))
        title_starts = [start for start, _ in titles]
        for match in self._apposition_lead.finditer(text):
            if not self._role_follows(text, match.end(), title_starts):
                continue
            before = self._name_before.search(text, max(0, match.start() - 80), match.start())
            if not before:
                continue
            name_start, name = self._person_name(text, before.start(1), before.end(1))
            if name and " " in name and not self._is_known_span(known, name_start, name_start + len(name), person=True):
                found.append(Mention(name_start, name_start + len(name), name, f"new:Person:{name}", "Person", "pattern"))
        for match in self._said_re.finditer(text):
            name_start = match.start("name")
            name_start, name = self._person_name(text, name_start, match.end("name"))
            if name and " " in name and not self._is_known_span(known, name_start, name_start + len(name)) \
                    and not self._org_head_kind.get(name.split()[-1]) and not NAME_GOES_BACK.search(text, 0, name_start):
                found.append(Mention(name_start, name_start + len(name), name, f"new:Person:{name}", "Person", "pattern"))
        # the two title patterns can only start where a title stands: try them there, not at every character
        anchored = [m for start in title_starts for pattern in (self._long_title_name, self._title_place_name)
                    for m in (pattern.match(text, start),) if m]
        scanned = [m for pattern in (self._acted_on_name, self._acted_on_before, self._acted_on_pair, self._described_name,
                                     self._led_by_name, self._who_heads_name, self._aged_name)
                   for m in pattern.finditer(text)]
        for match in anchored + scanned:
            for group in ("name", "name2"):
                if not match.groupdict().get(group):
                    continue
                name_start, name = self._person_name(text, match.start(group), match.end(group))
                if name and " " in name and not self._is_known_span(known, name_start, name_start + len(name), person=True) \
                        and not self._org_head_kind.get(name.split()[-1]) and name.lower() not in self._state_names:
                    found.append(Mention(name_start, name_start + len(name), name, f"new:Person:{name}", "Person", "pattern"))
        for match in self._appointed_name.finditer(text):  # "appointing Ana Ruiz as ambassador"
            name_start, name = self._person_name(text, match.start(1), match.end(1))
            if name and " " in name and not self._is_known_span(known, name_start, name_start + len(name), person=True) \
                    and not self._org_head_kind.get(name.split()[-1]):
                found.append(Mention(name_start, name_start + len(name), name, f"new:Person:{name}", "Person", "pattern"))
        for match in self._said_name.finditer(text):
            name_start, name = self._person_name(text, match.start(1), match.end(1))
            if name and " " in name and not self._is_known_span(known, name_start, name_start + len(name), person=True) \
                    and not self._org_head_kind.get(name.split()[-1]):
                found.append(Mention(name_start, name_start + len(name), name, f"new:Person:{name}", "Person", "pattern"))
        kin = any(word in text for word in KIN_WORDS)
        for match in KIN_PAIR.finditer(text) if kin else ():  # "the brothers Wilmer and Oscar Parada": each has the surname
            surname = match.group("surname")
            for group in ("first", "second"):
                start, end = match.start(group), match.end("surname") if group == "second" else match.end(group)
                if self._is_known_span(known, start, end, person=True) or match.group(group).lower() in self.titles:
                    break
                name = f"{match.group(group)} {surname}"
                found.append(Mention(start, end, text[start:end], f"new:Person:{name}", "Person", "pattern"))
        identified = "identified as" in text or "named as" in text
        for match in IDENTIFIED_PAIR.finditer(text) if identified else ():  # "Two generals, identified as A B and C D,"
            for group in ("name", "name2"):
                name_start, name = self._person_name(text, match.start(group), match.end(group))
                if name and " " in name and not self._is_known_span(known, name_start, name_start + len(name), person=True) \
                        and not self._org_head_kind.get(name.split()[-1]) and name.lower() not in self._state_names:
                    found.append(Mention(name_start, name_start + len(name), name, f"new:Person:{name}", "Person", "pattern"))
        for match in COLON_LIST.finditer(text):  # "two commanders of the RSF: Abdelrahim Dagalo and Osman Abakar."
            for name_match in re.finditer(PERSON_NAME, match.group(0)):
                start = match.start() + name_match.start()
                name_start, name = self._person_name(text, start, match.start() + name_match.end())
                if name and " " in name and not self._is_known_span(known, name_start, name_start + len(name), person=True) \
                        and not self._org_head_kind.get(name.split()[-1]) and name.lower() not in self._state_names:
                    found.append(Mention(name_start, name_start + len(name), name, f"new:Person:{name}", "Person", "pattern"))
        for match in self._people_listed.finditer(text):
            # "their general directors, A B, C D and E F": every name of the list
            listed = PERSON_LIST.match(text, match.start(1))
            spans = [(m.start(), m.end()) for m in re.finditer(PERSON_NAME, listed.group(0))] if listed else []
            spans = spans or [(0, match.end(1) - match.start(1))]
            if match.group(2) and match.start(2) - match.start(1) not in {a for a, _ in spans}:
                spans.append((match.start(2) - match.start(1), match.end(2) - match.start(1)))  # "A of Likud and B"
            for a, b in spans:
                a, b = (match.start(1) + a, match.start(1) + b)
                if " " not in text[a:b]:
                    continue
                name_start, name = self._person_name(text, a, b)
                if name and not self._is_known_span(known, name_start, name_start + len(name), person=True) \
                        and not self._org_head_kind.get(name.split()[-1]):
                    found.append(Mention(name_start, name_start + len(name), name, f"new:Person:{name}", "Person", "pattern"))
        return found

    def _no_person(self, text: str, m: Mention) -> bool:
        """"in the North Sea, the General ...", "General Directorate of ...", "the Estado Mayor Central, which":
        a place's or a body's head word, or "which" after the name, says it names no person."""
        words = m.text.split()
        return words[-1] in GEOGRAPHIC_HEADS or words[-1] in self._org_head_kind or words[0] in self._org_opener_kind \
            or words[-1] in DOCUMENT_HEADS \
            or WHICH_AFTER.match(text, m.end) is not None


    def _title_hits(self, text: str) -> list[tuple[int, int]]:
        """Where titles stand, as (start, end), longest first at each place."""
        lower = text.lower()
        hits = {}
        for end, title in self._title_automaton.iter(lower):
            start = end - len(title) + 1
            if (start > 0 and (lower[start - 1].isalnum() or lower[start - 1] in "-'’")) or \
                    (end + 1 < len(lower) and (lower[end + 1].isalnum() or lower[end + 1] == "-")):
                continue
            if end + 1 > hits.get(start, -1):
                hits[start] = end + 1
        return sorted(hits.items())


    def _role_follows(self, text: str, pos: int, title_starts: list[int]) -> bool:
        """Whether a title comes within a few words after `pos` and ends the apposition's role."""
        window = text[pos:pos + 70]
        stop = ROLE_STOP.search(window)
        limit = pos + (stop.start() if stop else len(window))
        i = bisect.bisect_left(title_starts, pos)
        return i < len(title_starts) and title_starts[i] < limit and text.count(" ", pos, title_starts[i]) <= 3


    def _person_name(self, text: str, start: int, end: int) -> tuple[int, str]:
        """The name without the title words in front of it ("Minister Ana Ruiz" -> "Ana Ruiz"), on one line."""
        line_end = text.find("\n", start, end)
        if line_end != -1:
            end = line_end
        words = list(WORD_RUN.finditer(text, start, end))
        while words and (words[0].group(0).rstrip(".").lower() in self.titles or words[0].group(0).lower() in SENTENCE_STARTERS
                         or words[0].group(0).lower() in self._role_word_set):  # "Gen. X", "Mr X": ranks are titles
            words = words[1:]
        if not words or any(DESCRIBING_PREFIX.search(w.group(0).rstrip(",.")) for w in words):
            return start, ""  # "UAE-based" describes a firm; it is no name
        inner = [k for k, w in enumerate(words[:-1]) if w.group(0).lower() in self.titles and w.group(0)[:1].isupper()]
        if inner:  # "Communication Minister Pingdwende Gilbert Ouedraogo": the name is what follows the title
            words = words[inner[-1] + 1:]
            more = LAST_NAME_WORD.match(text, words[-1].end())
            if more is not None and len(words) < 4:
                words = words + list(WORD_RUN.finditer(text, words[-1].end(), more.end(1)))
        first = words[0].start()
        name = trim_name(text[first:words[-1].end()], self.titles)
        if name.endswith(("'s", "’s")):
            name = name[:-2]  # "President X's visit": the possessive is no part of the name
        if not name or not text.startswith(name, first):
            return start, ""
        return first, name

    @staticmethod
    def _is_known_span(known: list[Mention], start: int, end: int, person: bool = False) -> bool:
        """Whether a known mention overlaps; for a person, a known surname at the end does not count
        ("Yeni Gantz" is still a candidate name, which resolution may merge with a known person)."""
        for m in known.near(start, end):
            if m.start <= start < m.end or start <= m.start < end:
                if person and m.kind == "Person" and m.end == end and m.start > start:
                    continue
                return True
        return False


def trim_name(name: str, titles: frozenset[str] = frozenset()) -> str:
    """A name without lowercase words or sentence openers at its end, nor titles at its start."""
    words = name.split()
    while words and (words[-1].lower() in SENTENCE_STARTERS or not (words[-1][:1].isupper() or PARTICLE_WORD.match(words[-1]))):
        words.pop()
    while words and (words[0].lower() in SENTENCE_STARTERS or words[0].lower() in titles):
        words.pop(0)
    return " ".join(words)
