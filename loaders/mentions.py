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
from loaders.located import GEOGRAPHIC_HEADS
from loaders.forms import LEGAL_SUFFIXES, legal_tails
from loaders.names import LaterReferences
from loaders.spans import (DESCRIBING_PREFIX, NAME_TOKEN, PARTICLE, PARTICLE_WORD, PERSON_NAME, ROLE_STOP,
                           SENTENCE_STARTERS, UPPER, WORD_RUN, Mention, Title, _Index, _in_credit, _is_dateline, _on_masthead,
                           _resolve_overlaps)
from loaders.offices import _sentence_start
from loaders.titles import TitleReader

__all__ = ["Mention", "MentionFinder", "Title", "slug"]

STATE_LINKED = re.compile(r"-(?:linked|backed|sponsored|affiliated|aligned|allied|controlled)\b")
ORG_LINK = r"(?:of|for|and|the|&|de|des|du|del|on)"
NAME_LIST = re.compile(rf"{PERSON_NAME}(?:,\s+{PERSON_NAME})*(?:,?\s+and\s+{PERSON_NAME})?")
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
SPEECH_VERBS = r"(?:said|says|told|added|stated|wrote|warned|noted|argued|explained|claimed|insisted|announced)"


#: One more capitalised word that ends a name before punctuation or a lowercase word.
LAST_NAME_WORD = re.compile(r"\s+([A-Z][\w'’-]*[a-z])(?=\s*[,.;:)]|\s+[a-z])")
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


class MentionFinder(BodyFinder, LaterReferences, TitleReader):
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
        self._name_after = re.compile(r"(?:\s+|,\s+)(" + PERSON_NAME + r")")
        # "the EU's special representative for the Belgrade-Pristina dialogue, Petra Lindqvist,": a title's
        # tail, then the name between commas
        self._name_after_tail = re.compile(r"\s+(?:for|of|to|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?[\w-]+,\s+("
                                           + PERSON_NAME + r")(?=,)")
        self._appointed_name = re.compile(rf"\b(?:appoint|appoints|appointed|appointing|nominate|nominates|nominated|nominating|"
                                          rf"named|naming)\s+({NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,3}})\s+(?:as|to be)\s")
        self._said_name = re.compile(rf"\b(?:said|says|added|told|wrote|warned)\s+({NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,3}})"
                                     r"(?=\s*[,.]|\s+(?:of|at|from)\s+(?:the\s+)?[A-Z])")  # "said Ana Ruiz of the Baltic Institute"
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
        self._said_re = re.compile(rf"(?P<name>{NAME_TOKEN}\s+{NAME_TOKEN}(?:\s+{NAME_TOKEN})?),?\s+{SPEECH_VERBS}\b")
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
            listed = NAME_LIST.match(text, match.start(1))
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
        name = _trim_name(text[first:words[-1].end()], self.titles)
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


def _trim_name(name: str, titles: frozenset[str] = frozenset()) -> str:
    words = name.split()
    while words and (words[-1].lower() in SENTENCE_STARTERS or not (words[-1][:1].isupper() or PARTICLE_WORD.match(words[-1]))):
        words.pop()
    while words and (words[0].lower() in SENTENCE_STARTERS or words[0].lower() in titles):
        words.pop(0)
    return " ".join(words)


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
