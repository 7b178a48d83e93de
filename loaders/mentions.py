"""Stage 3: find mentions of actors in a document.

Known actors come from the gazetteer, matched in one pass with Aho-Corasick;
unknown people and organisations come from general patterns (titles, name
shapes, appositions, acronyms in brackets). Each mention keeps its offsets in
the document and how it named the actor (`form`).

The passes over a document live in modules of their own, mixed into
`MentionFinder`: bodies by the shape of their names (`loaders.bodies`), later
references such as acronyms and surnames (`loaders.names`), and people's titles
(`loaders.titles`); what they share is in `loaders.spans`.

>>> finder = MentionFinder.default()
>>> [m.text for m in finder.find("Defence Minister Tomas Varga met officials of Meridian Defence Systems.")]
['Tomas Varga', 'Meridian Defence Systems']
"""

from __future__ import annotations

import bisect
import os
import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

import ahocorasick

from graph.ontology import ENV_VAR as ONTOLOGY_ENV, Ontology
from loaders.bodies import BodyFinder
from loaders.forms import LEGAL_SUFFIXES, legal_tails
from loaders.names import LaterReferences
from loaders.spans import (NAME_TOKEN, PARTICLE, UPPER, Mention, Title, _Index, _in_credit, _is_dateline, _on_masthead,
                           _resolve_overlaps)
from loaders.offices import _sentence_start
from loaders.persons import PersonFinder
from loaders.titles import TitleReader

__all__ = ["Mention", "MentionFinder", "Title", "slug"]

STATE_LINKED = re.compile(r"-(?:linked|backed|sponsored|affiliated|aligned|allied|controlled)\b")
ORG_LINK = r"(?:of|for|and|the|&|de|des|du|del|on)"
#: Letters Unicode does not decompose into an ASCII base: "Đurić" is "duric", "Łukasz" "lukasz".
UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ß": "ss"})


def slug(name: str) -> str:
    """Lowercase ASCII words joined by dashes.

    >>> slug("Ministry of Foreign Affairs (Côte d'Ivoire)")
    'ministry-of-foreign-affairs-cote-d-ivoire'
    >>> slug("Marko Đurić")
    'marko-duric'
    """
    ascii_text = unicodedata.normalize("NFKD", name.lower().translate(UNDECOMPOSED)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


class MentionFinder(PersonFinder, BodyFinder, LaterReferences, TitleReader):
    """Finds actor mentions with the ontology's gazetteer and lexicon."""

    def __init__(self, ontology: Ontology) -> None:
        self.ontology = ontology
        self.entries = ontology.entries
        self._automaton = _build_automaton(ontology)
        lex = ontology.lexicon
        titles = sorted({t.lower() for t in lex.get("titles", ())}, key=len, reverse=True)
        self.titles = frozenset(titles)
        self._titles_alt = "|".join(re.escape(t) for t in titles)
        self.office_titles = {t.lower() for t in lex.get("office_titles", ())}
        self.government_titles = {t.lower() for t in lex.get("government_titles", ())}
        self.body_titles = {t.lower() for t in lex.get("body_titles", ())}
        self._not_actor_heads = frozenset(lex.get("not_actor_heads", ()))
        self._envoys = frozenset(w.lower() for w in lex.get("envoy_nouns", ()))
        self._title_automaton = ahocorasick.Automaton()
        for title in titles:
            self._title_automaton.add_word(title, title)
        self._title_automaton.make_automaton()
        bodies = lex.get("body_kinds", {})
        self._body_kind = {w.lower(): kind for kind, words in bodies.items() for w in words}
        body_alt = "|".join(re.escape(w) for w in sorted(self._body_kind, key=len, reverse=True))
        # "the Spanish utility Naturgy", "ship-tracking firm Kpler": a body noun, then the body's name
        self._body_named = re.compile(rf"\b(?P<noun>{body_alt})s?\s+(?P<name>(?:[{UPPER}][\w&’'\-]*|[0-9]+)(?:\s+[{UPPER}][\w&’'\-]*){{0,3}})")
        # "Srbijagas, the state gas company,": the name, then the body noun in apposition
        self._body_apposed = re.compile(rf"(?P<name>(?<![\w-])[{UPPER}][\w&’'\-]*(?:\s+(?:(?:for|of|and|the|de)\s+)?[{UPPER}][\w&’'\-]*){{0,3}})(?:\s+\([A-Z0-9&\-]{{2,8}}\))?,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{body_alt})\b(?!['’]s\b)")  # "X, the firm's chief": a person
        # "the Bruegel think tank", "a correspondent for Gazeta Wyborcza", "Meretz chairwoman"
        # and "the Katco mining venture": a sector word between
        self._body_before_noun = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<name>[{UPPER}][\w&’'\-]*(?:\s+[{UPPER}][\w&’'\-]*){{0,2}})\s+"
                                            rf"(?:(?:mining|oil|gas|energy|power|shipping|trading|defence|defense|arms|uranium|"
                                            rf"nuclear|steel|chemicals?|telecoms?|investment|joint)\s+)?(?P<noun>{body_alt})\b")
        self._employer = re.compile(rf"\b(?:correspondent|reporter|journalist|photographer|editor|columnist|producer|analyst|researcher|fellow)s?\s+(?:for|at|with)\s+(?:the\s+)?(?:[{UPPER}][\w-]*['’]s\s+)?(?P<name>[{UPPER}][\w&’'\-]*(?:\s+[{UPPER}][\w&’'\-]*){{0,3}})")
        # "a terminal operated by LNG Adria", "vehicles built by Thales Australia": who operates or builds is a firm
        self._made_by = re.compile(rf"\b(?:operated|built|manufactured|produced)\s+by\s+(?:the\s+)?"
                                   rf"(?P<name>[{UPPER}][\w&’'\-]*(?:\s+[{UPPER}][\w&’'\-]*){{0,3}})")
        # "a group known as Kimsuky", "a network dubbed Volt Typhoon": a body noun, a naming verb, then the name
        self._known_as = re.compile(rf"\b(?P<noun>group|hacking group|network|unit|gang|cell|faction|militia|movement)\s+"
                                    rf"(?:known|called|dubbed|named|calling\s+itself)\s+(?:as\s+)?"
                                    rf"(?P<name>[{UPPER}][\w&’'\-]*(?:\s+[{UPPER}][\w&’'\-]*){{0,3}})")
        self._led_body = re.compile(rf"(?<![\w-])(?P<name>[{UPPER}][\w&’'\-]+)\s+(?:chairman|chairwoman|chair|leader|spokesman|spokeswoman|spokesperson|chief executive|director|head)\b")
        org_word = r"(?:[A-Z][\w'’&\-]*|[0-9]+)"
        # a name runs over one line break at most, never over a blank line ("By Ana Ruiz\n\nPoland's Agency");
        # "of the", "for the" link words too ("Movement for the Emancipation of the Delta")
        gap = r"[^\S\n]*\n?[^\S\n]*(?<=\s)"
        self._capitalised_run = re.compile(rf"(?<![\w-]){org_word}(?:{gap}(?:(?:of|for){gap}the{gap}|{ORG_LINK}{gap})?{org_word})*")
        heads = lex.get("org_heads", {})
        self._org_head_kind = {h: kind for kind, words in heads.items() for h in words}
        for suffix in LEGAL_SUFFIXES:  # "Inter RAO PJSC", "Banco Andino SRL": a legal form ends a firm's name
            self._org_head_kind.setdefault(suffix, "Company")
        openers = lex.get("org_openers", {})
        self._org_opener_kind = {h: kind for kind, words in openers.items() for h in words}
        # "(AU)", "(Sonidep)", "(PV Gas)": a short name in brackets after the full one
        self._acronym_def_re = re.compile(r"\(\s*(?P<acr>[A-Z][A-Za-z0-9&\-]{1,9}(?: [A-Z][A-Za-z0-9&\-]{1,9})?)\s*\)")
        self._acronym_first_re = re.compile(r"(?<![\w-])(?P<acr>[A-Z][A-Z0-9&\-]{1,9})\s*\(\s*(?P<full>[^()]{4,100})\)")
        words = {w for t in titles for w in t.split()} | set(lex.get("role_modifiers", ()))
        self._role_word_set = frozenset(w for w in words if w.isalpha())
        self._role_words = "(?:" + "|".join(sorted((re.escape(w) for w in words if w.isalpha()), key=len, reverse=True)) + ")"
        capitalised = "|".join(re.escape(t.title()) for t in titles)
        self._title_follows = re.compile(r"\s+(?:[A-Z]\w*\s+){0,2}(?:" + capitalised + r")\b")
        self._title_before_re = re.compile(
            r"(?<![\w'’])(?P<role>(?i:(?:former|then-?|deputy|acting)\s*)?(?:(?:[A-Z][a-z]+|" + self._role_words + r")\s+){0,2}?"
            r"(?i:" + self._titles_alt + r"))(?:\s+(?:to|in|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
            r"(?:\s+[a-z][\w-]*(?=,)|\s+[a-z][\w-]*\s+[a-z][\w-]*(?=,))?)?"  # "... for the Belgrade-Pristina dialogue, X"
            r"(?:\s+|,\s+)$")  # "ambassador to Bosnia, X", "managing director for Guinea, X"
        # "The head of Russia's space agency, X": a title, "of", then the state whose body it is
        self._head_of_re = re.compile(r"(?<![\w'’])(?P<role>(?i:" + self._titles_alt + r"))\s+of\s+(?:the\s+)?$")
        # "Minister of State for Petroleum Resources, X", "Minister of State for Foreign Affairs X"
        offices = "|".join(re.escape(t) for t in sorted(self.office_titles, key=len, reverse=True))
        # "Minister of Economy, Trade and Industry X": fields listed with commas, the last after "and"
        listed = r"(?:(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+,?\s+and\s+[A-Z][\w-]*)?"
        long_title = (r"(?P<role>(?i:" + offices + r")\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*" + listed +
                      r"(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w-]*){0,4})")
        self._long_title_re = re.compile(r"(?<![\w'’])" + long_title + r",?\s+$")
        self._long_title_name = re.compile(
            r"(?<![\w'’])" + long_title.replace("(?P<role>", "(?:") +
            rf",?\s+(?P<name>{NAME_TOKEN}(?:[\s\-]+(?:{PARTICLE}[\s\-]+)?{NAME_TOKEN}){{1,2}})"
            r"(?=\s*[,.;:)]|\s+[a-z])")  # "Minister for Political Affairs X described ...": a lowercase word ends the name
        self._apposition_after_re = re.compile(r",\s+(?:(?:who|which)\s+(?:is|was|has been|had been)\s+(?:also\s+|now\s+)?(?:the\s+|a\s+|an\s+)?|"
                             r"(?:(?:now|then|also|currently)\s+)?(?:the|a|an|its|his|her|their)\s+|(?=[A-Z][\w-]*['’]s\s)"
                             r"|(?:(?:now|then|also|currently)\s+)?(?=(?:(?:first|deputy|vice|senior|former|acting|executive)\s+){0,2}(?:"
                             + self._titles_alt + r")\s+(?:of|at|for)\s))(?P<role>(?:[^,.;]|(?<=\b[A-Z])\.){0,60}?\b(?:" + self._titles_alt + r")(?:\s+(?:" + self._titles_alt + r"))?)\b"
                             r"(?P<rest>\s+(?:of|at|for|to|in)\s+(?:the\s+)?)?", re.I)
        self._companies: dict[str, list] = {}
        for e in self.entries.values():
            if e.kind == "Company" and e.country:
                self._companies.setdefault(e.country, []).append(e)
        self._state_names = frozenset(alias.lower() for e in self.entries.values() if e.kind == "State" for _, alias in e.names)
        self._body_nouns = frozenset(w.lower() for w in lex.get("body_nouns", ()))
        self._collective = frozenset(w.lower() for w in lex.get("collective", ()))
        descriptors = "|".join(re.escape(w) for w in lex.get("company_descriptors", ()))
        self._descriptor_re = re.compile(
            r"(?:['’]s?\s+|\s+)(?:(?:state-owned|state|national|government-owned|state-run|leading|main|largest|biggest|flagship)\s+)*"
            rf"(?P<sector>[a-z][\w-]+)\s+(?:{descriptors})\b")
        self._person_patterns()

    @classmethod
    def default(cls) -> "MentionFinder":
        """A finder on the packaged (or `$ACTORGRAPH_ONTOLOGY`) ontology, built once per process."""
        return _default_finder(os.environ.get(ONTOLOGY_ENV, ""))

    # -- the pass over a whole document -------------------------------------------------

    def find(self, text: str) -> list[Mention]:
        """All mentions in `text`, left to right, without overlaps."""
        mentions, _ = self.find_with_titles(text)
        return mentions

    def find_with_titles(self, text: str) -> tuple[list[Mention], list[Title]]:
        """Mentions and the titles that link people to the bodies they serve."""
        known = _Index(self._gazetteer_mentions(text))
        found = self._pattern_mentions(text, known)
        mentions = [m for m in _resolve_overlaps(known + found) if not _in_credit(text, m) and not _on_masthead(text, m)
                    and not (m.kind == "Person" and m.form == "pattern" and _is_dateline(text, m))]  # "KILIS, Türkiye"
        mentions = self._listed_bodies(text, self._longer_firms(text, legal_tails(text, mentions)))
        mentions = self._spelled_out(text, mentions)
        mentions = self._acronyms(text, mentions)
        mentions = self._surnames(text, mentions)
        mentions = self._short_names(text, mentions)
        mentions = self._repeats(text, mentions)
        mentions = [m for m in self._misspellings(text, mentions) if not _on_masthead(text, m)]
        mentions = [self._possessive(text, m) for m in _brussels_as_union(text, mentions)]
        mentions = [replace(m, attached=True) if _is_dateline(text, m) or _bracketed_alias(text, mentions, k) else m
                    for k, m in enumerate(mentions)]
        home = next((m for m in mentions if m.start < 400 and m.attached and m.kind == "State" and _is_dateline(text, m)), None)
        homed = self._its_state(text, mentions)
        if home is not None or homed != mentions:
            homed = [self._at_home(m, home) if home is not None else m for m in homed]
            # "the Directorate of Judicial Police (DPJ)": the acronym names the same, now the home state's, body
            moved = {m.key: h for m, h in zip(mentions, homed) if h.key != m.key}
            mentions = [replace(h, key=moved[m.key].key, qualifier=moved[m.key].qualifier)
                        if h.key == m.key and m.key in moved and m.form == "acronym" else h for m, h in zip(mentions, homed)]
        titles, mentions = self._titles(text, mentions, home)
        return mentions, titles

    def _its_state(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"South Africa went further: its Department of International Relations ...": a ministry with no state
        named, after "its", is the state the sentence named last before it."""
        out = list(mentions)
        for k, m in enumerate(mentions):
            if m.kind != "Agency" or m.known or m.qualifier or m.form != "pattern" or text[max(0, m.start - 4):m.start] != "its ":
                continue
            start = _sentence_start(text, m.start)
            state = next((s for s in reversed(mentions[:k]) if s.start >= start and s.kind == "State" and s.form != "demonym"
                          and not _is_dateline(text, s)), None)
            if state is not None:
                out[k] = replace(m, key=f"{m.key} ({self.entries[state.key].name})", qualifier=state.key)
        return out

    def _at_home(self, m: Mention, home: Mention) -> Mention:
        """"TEHRAN - ... the Foreign Ministry said": a generic ministry with no state is the dateline's."""
        if m.kind != "Agency" or m.known or m.qualifier or m.form != "pattern":
            return m
        return replace(m, key=f"{m.key} ({self.entries[home.key].name})", qualifier=home.key)

    def _gazetteer_mentions(self, text: str) -> list[Mention]:
        found = []
        for end, (alias, matches) in self._automaton.iter_long(text):  # leftmost-longest, no overlaps
            start = end - len(alias) + 1
            if (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_")) or \
                    (end + 1 < len(text) and (text[end + 1].isalnum() or text[end + 1] == "_")):
                continue
            actor_id, kind, form = matches
            if kind == "State" and STATE_LINKED.match(text, end + 1):
                found.append(Mention(start, end + 1, text[start:end + 1], actor_id, kind, "demonym"))
                continue  # "China-linked hackers", "Iran-backed militias": the state qualifies them, as "Chinese" would
            if end + 1 < len(text) and text[end + 1] == "-" and end + 2 < len(text) and text[end + 2].islower():
                continue  # "Gdansk-based" describes something else; "Israel-Azerbaijan" keeps both names
            if form == "epithet" and text.startswith(" of ", end + 1):
                longer = self._name_inside(text, start + 4 if text[start:start + 4].lower() == "the " else start)
                if longer is not None and longer.end > end + 1:
                    found.append(longer)  # "the Kingdom of Morocco" is Morocco, not "the Kingdom"
                    continue
            found.append(Mention(start, end + 1, text[start:end + 1], actor_id, kind, form))
        return found

    def _name_inside(self, text: str, start: int) -> Mention | None:
        """The known name that starts at `start`, if any (the leftmost-longest match there)."""
        window = text[start:start + 120]
        for end, (alias, (actor_id, kind, form)) in self._automaton.iter_long(window):
            if end - len(alias) + 1 == 0 and (end + 1 >= len(window) or not window[end + 1].isalnum()):
                return Mention(start, start + end + 1, window[:end + 1], actor_id, kind, form)
            break
        return None

    def _pattern_mentions(self, text: str, known: list[Mention]) -> list[Mention]:
        found = self._person_mentions(text, known)
        named = self._named_bodies(text, known)
        # "the Estado Mayor Central, a dissident faction": the noun says it is a body, whatever its words look like
        # (not a firm's noun, which may say what a person does: "Ana Ruiz, a trader")
        spans = {(m.start, m.end) for m in named if m.kind == "Organization"}
        found = [m for m in found if m.kind != "Person" or (m.start, m.end) not in spans]
        found.extend(named)
        found.extend(self._owned_names(text, known))
        for start, end in self._organisation_spans(text):
            mention = self._organisation(text, start, end, known)
            if mention:
                found.append(mention)
        found.extend(self._descriptions(text, known))
        # "Nordvik Subsea AS, which maps the seabed ... Nordvik Subsea said": a name the text gives a body names no person
        # (not a body guessed from a noun that may say what a person does: "Tomas Lind, a timber trader")
        bodies = {m.text.rsplit(" ", 1)[0] for m in found if m.kind == "Company" and " " in m.text
                  and m.text.rsplit(" ", 1)[-1] in LEGAL_SUFFIXES}
        return [m for m in found if m.kind != "Person" or (m.text not in bodies and not self._no_person(text, m))]

    @staticmethod
    def _possessive(text: str, m: Mention) -> Mention:
        tail = text[m.end:m.end + 2]
        if tail in ("'s", "’s") or (m.text.endswith("s") and tail[:1] in ("'", "’") and not tail[1:].isalpha()):
            return replace(m, possessive=True)
        return m


UNION_KEY = "org:european-union"
BRUSSELS = re.compile(r"(?<![\w-])Brussels(?!['’]?\s*[A-Z-])(?![\w-])")
PLACE_BEFORE = re.compile(r"\b(?:in|to|from|at|for|near|via|of|into|outside|around|through|visit|visited|visits|visiting)\s+$", re.I)


def _brussels_as_union(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Brussels" acting ("criticised Brussels", "warned Brussels", "Brussels says") is the European Union when
    the story names the Union and not Belgium; after a preposition ("talks in Brussels") it stays a city."""
    if "Brussels" not in text or not any(m.key == UNION_KEY for m in mentions) \
            or any(m.key == "state:belgium" for m in mentions) or "Belgian" in text:
        return mentions
    starts = [m.start for m in mentions]
    added = []
    for hit in BRUSSELS.finditer(text):
        if PLACE_BEFORE.search(text, max(0, hit.start() - 12), hit.start()):
            continue
        k = bisect.bisect_right(starts, hit.start())
        if (k > 0 and mentions[k - 1].end > hit.start()) or (k < len(mentions) and mentions[k].start < hit.end()):
            continue
        added.append(Mention(hit.start(), hit.end(), "Brussels", UNION_KEY, "Organization", "metonym"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _bracketed_alias(text: str, mentions: list[Mention], k: int) -> bool:
    """"Armament Agency (AU)": the bracketed name repeats the one before it."""
    if k == 0 or mentions[k - 1].key != mentions[k].key:
        return False
    return re.fullmatch(r"\s*\(\s*", text[mentions[k - 1].end:mentions[k].start]) is not None


def _variants(alias: str, form: str) -> set[str]:
    if form == "acronym":
        return {alias}
    out = {alias, alias.upper()}
    if alias[:1].islower():
        out.add(alias[:1].upper() + alias[1:])
    out.add(" ".join(w[:1].upper() + w[1:] for w in alias.split()))
    if alias.lower().startswith("the "):
        for v in list(out):
            out.add(v[4:])
    return {v for v in out if v}


def _build_automaton(ontology: Ontology) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for entry in ontology.entries.values():
        for form, alias in entry.names:
            for variant in _variants(alias, form):
                existing = automaton.get(variant, None)
                if existing is None or (existing[1][2] != "name" and form == "name"):
                    automaton.add_word(variant, (variant, (entry.id, entry.kind, form)))
    if len(automaton) == 0:
        automaton.add_word("\x00", ("\x00", ("", "", "")))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=4)
def _default_finder(folder: str) -> MentionFinder:
    return MentionFinder(Ontology.load(folder or None))
