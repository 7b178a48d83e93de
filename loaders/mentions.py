"""Stage 3: find mentions of actors in a document.

Known actors come from the gazetteer, matched in one pass with Aho-Corasick;
unknown people and organisations come from general patterns (titles, name
shapes, appositions, acronyms in brackets). Each mention keeps its offsets in
the document and how it named the actor (`form`).

>>> finder = MentionFinder.default()
>>> [m.text for m in finder.find("Defence Minister Tomas Varga met officials of Meridian Defence Systems.")]
['Tomas Varga', 'Meridian Defence Systems']
"""

from __future__ import annotations

import bisect
import os
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

import ahocorasick
from rapidfuzz.distance import OSA

from graph.ontology import ENV_VAR as ONTOLOGY_ENV, Ontology

__all__ = ["Mention", "MentionFinder", "Title", "slug"]

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
NAME_TOKEN = rf"(?:[{UPPER}][\w'’\-]*[\w]|[{UPPER}])"
PARTICLE = r"(?:al|el|bin|ibn|de|da|van|von|der|du|la|le|di|ben|abu)"
PARTICLE_WORD = re.compile(rf"{PARTICLE}[\-’'][{UPPER}]")
PERSON_NAME = rf"{NAME_TOKEN}(?:[\s\-]+(?:{PARTICLE}[\s\-]+)?{NAME_TOKEN}){{0,3}}"
ORG_LINK = r"(?:of|for|and|the|&|de|on)"
SENTENCE_STARTERS = frozenset(
    "the a an in on at for from to by with as after before since during while when this that these those "
    "it its their his her our we they he she i you but and or however meanwhile also although though despite "
    "according last next yesterday today tomorrow on monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december".split())
#: First words of body names that do not name the body alone ("National", "United").
GENERIC_FIRST_WORDS = frozenset(
    "national state general international united central federal royal supreme joint global world european "
    "african asian american arab islamic democratic people's peoples popular new first great north south east west "
    "northern southern eastern western ministry department office council committee agency institute foundation "
    "union association bank company group".split())
POSSESSIVE_SPACE = re.compile(r"['’]s\s+")
POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}")
LINKED_REST = re.compile(r"(?:['’]s)?\s+(?:and|&|of|for)\s+")
QUALIFIER_GAP = re.compile(r"(?:['’]s)?\s+$")
ROLE_STOP = re.compile(r"[,;:()]|(?<!\b[A-Z])\.")  # "the U.S. assistant secretary": an initial's stop is no end
BODY_KINDS = ("Agency", "Company", "Organization")
LEGAL_SUFFIXES = ("Corp", "Corporation", "Inc", "Ltd", "LLC", "PLC", "plc", "SA", "AG", "GmbH", "NV", "AB", "ASA", "JSC", "Co")
HONORIFIC_TAIL = re.compile(r"\s+(?:Sheikh|Sheikha|Dr|Mr|Mrs|Ms|Sir|Dame)$")
NAME_LIST = re.compile(rf"{PERSON_NAME}(?:,\s+{PERSON_NAME})*(?:,?\s+and\s+{PERSON_NAME})?")
SPEAKS_FOR = re.compile(r"\s+(?:said|told [a-z]+|announced|warned)\s+(?:that\s+)?(?P<state>)(?=[A-Z][\w-]+\s+(?:would|will|was|is|has|had|could)\b)")
FRONTED_PLACE = re.compile(r"(?:^|\b)In\s+$")
SPEAKS_IN = re.compile(r"\s+(?:said|told (?:reporters|journalists|a news conference|state media|parliament))\s+in\s+(?P<state>)(?=[A-Z])")
ATTRIBUTION_END = re.compile(r"\s+(?:said|announced|told|added|stated|wrote)\b")
ACCOMPANYING = re.compile(r"\b(?:accompanied by|along with|together with|delegation|entourage)\b")
BODY_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?(?P<state>\S.*)")
PLACE_NOUNS = frozenset("terminal terminals port ports field fields region province state district city town island "
                        "coast basin border airport base harbour harbor pipeline mine mines dam reactor station plant "
                        "peninsula valley river strait sea gulf bay".split())
OWNED_NAME = re.compile(rf"\s+(?:state-owned\s+|state\s+)?(?P<name>[{UPPER}][\w&\-]*(?:\s+[{UPPER}][\w&\-]*){{0,2}})"
                        r"(?=[\s,.;:)]|$)(?:\s+(?P<noun>[a-z]+))?")
COLON_LIST = re.compile(rf":\s+{PERSON_NAME}(?:,\s+{PERSON_NAME})*,?\s+and\s+{PERSON_NAME}(?=\.)")
PLACE_IN_TITLE = re.compile(r"\b[a-z]+\s+(?:to|in|for)\s+(?:the\s+)?$")
#: A word that describes a name without being part of it: "Perth-based", "state-owned".
DESCRIBING_PREFIX = re.compile(r"-(?:based|headquartered|registered|owned|run|listed|backed)$", re.I)
CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
                     "august september october november december".split())
#: Names shorter than this are never taken for a misspelling of another.
MISSPELT_MIN = 5
#: "of research at consultancy X": the body a title is held at, after "at" and at most two lowercase words.
AT_BODY = re.compile(r"\bat\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
#: Lowercase words that join two titles of one person: "Secretary and foreign affairs chief".
TITLE_LINKS = frozenset("and of affairs for".split())
#: Words that make a title refer back to a body named earlier: "its head", "the company's chief executive".
REFERRING = (r"(?:its|their|whose|(?:the\s+)?(?P<noun>country|nation|state|kingdom|company|firm|group|bank|agency|ministry|party"
             r"|organi[sz]ation|utility|operator|carrier|airline|manufacturer|maker|refiner|producer|miner|lender|government"
             r"|junta|regime|charity|commission|council|institute|university|foundation|committee)['’]s)")
REFERRING_BEFORE = re.compile(rf"(?<![\w-]){REFERRING}\s+(?:[a-z][\w-]*\s+){{0,3}}$", re.I)
#: "ministry spokesman X": a body noun alone before a title is the body of that kind named last.
BARE_BODY_BEFORE = re.compile(r"(?:^|[,\"“”'’]\s*|\bthe\s+)(?P<noun>ministry|company|firm|agency|party|group|bank|"
                              r"security service|intelligence service|police|army|navy)\s+$")
REFERRING_ROLE = re.compile(rf"^(?:(?:now|then|also)\s+)?{REFERRING}\s+", re.I)
BARE_BODY_ROLE = re.compile(r"^(?P<noun>ministry|company|firm|agency|party|group|bank)\s+(?=\w)")
REFERRED_KINDS = {"country": ("State",), "nation": ("State",), "state": ("State",), "kingdom": ("State",),
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
                  "organisation": ("Organization",), "organization": ("Organization",)}
WORD_RUN = re.compile(r"\S+")
SPEECH_VERBS = r"(?:said|says|told|added|stated|wrote|warned|noted|argued|explained|claimed|insisted|announced)"


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


def slug(name: str) -> str:
    """Lowercase ASCII words joined by dashes.

    >>> slug("Ministry of Foreign Affairs (Côte d'Ivoire)")
    'ministry-of-foreign-affairs-cote-d-ivoire'
    """
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


class MentionFinder:
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
        self._appointed_name = re.compile(rf"\b(?:appoint|appoints|appointed|appointing|nominate|nominates|nominated|nominating|"
                                          rf"named|naming)\s+({NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,3}})\s+(?:as|to be)\s")
        self._said_name = re.compile(rf"\b(?:said|says|added|told|wrote|warned)\s+({NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,3}})(?=\s*[,.])")
        bodies = lex.get("body_kinds", {})
        self._body_kind = {w.lower(): kind for kind, words in bodies.items() for w in words}
        body_alt = "|".join(re.escape(w) for w in sorted(self._body_kind, key=len, reverse=True))
        # "the Spanish utility Naturgy", "ship-tracking firm Kpler": a body noun, then the body's name
        self._body_named = re.compile(rf"\b(?P<noun>{body_alt})s?\s+(?P<name>(?:[{UPPER}][\w&’'\-]*|[0-9]+)(?:\s+[{UPPER}][\w&’'\-]*){{0,3}})")
        # "Srbijagas, the state gas company,": the name, then the body noun in apposition
        self._body_apposed = re.compile(rf"(?P<name>(?<![\w-])[{UPPER}][\w&’'\-]*(?:\s+(?:(?:for|of|and|the|de)\s+)?[{UPPER}][\w&’'\-]*){{0,3}})(?:\s+\([A-Z0-9&\-]{{2,8}}\))?,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{body_alt})\b")
        # "the Bruegel think tank", "a correspondent for Gazeta Wyborcza", "Meretz chairwoman"
        self._body_before_noun = re.compile(rf"\b(?:the|a|an)\s+(?P<name>[{UPPER}][\w&’'\-]*(?:\s+[{UPPER}][\w&’'\-]*){{0,2}})\s+(?P<noun>{body_alt})\b")
        self._employer = re.compile(rf"\b(?:correspondent|reporter|journalist|photographer|editor|columnist|producer|analyst|researcher|fellow)s?\s+(?:for|at|with)\s+(?:the\s+)?(?:[{UPPER}][\w-]*['’]s\s+)?(?P<name>[{UPPER}][\w&’'\-]*(?:\s+[{UPPER}][\w&’'\-]*){{0,3}})")
        self._led_body = re.compile(rf"(?<![\w-])(?P<name>[{UPPER}][\w&’'\-]+)\s+(?:chairman|chairwoman|chair|leader|spokesman|spokeswoman|spokesperson|chief executive|director|head)\b")
        # "two Chinese nationals, Zhao Wei and Li Na"
        self._people_listed = re.compile(rf"\b(?:nationals|citizens|activists|journalists|dissidents|officials|executives|lawmakers|"
                                         rf"reporters|commanders|officers|generals|suspects|members|leaders|ministers|directors|"
                                         rf"managers|owners|founders|chiefs|"
                                         rf"individuals|people|men|women)(?:\s+(?:of|from)\s+[^,.:;]{{1,60}})?[,:]?\s+"
                                         rf"({PERSON_NAME})(?:\s+and\s+({PERSON_NAME}))?")
        self._name_before = re.compile(r"(" + PERSON_NAME + r")\s*$")
        self._apposition_lead = re.compile(
            r",\s+(?:(?:who|which)\s+(?:is|was|has been|had been)\s+(?:also\s+|now\s+)?(?:the\s+|a\s+|an\s+)?|"
            r"(?:the|a|an|its|his|her|their)\s+|(?=[A-Z][\w-]*['’]s\s)"
            r"|(?=(?i:(?:(?:deputy|vice|senior|former|acting|executive)\s+)?(?:" + self._titles_alt + r")\s+(?:of|at|for)\s)))")
        org_word = r"(?:[A-Z][\w'’&\-]*|[0-9]+)"
        self._capitalised_run = re.compile(rf"(?<![\w-]){org_word}(?:\s+(?:{ORG_LINK}\s+)?{org_word})*")
        heads = lex.get("org_heads", {})
        self._org_head_kind = {h: kind for kind, words in heads.items() for h in words}
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
            r"(?i:" + self._titles_alt + r"))(?:\s+(?:to|in|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
            r"(?:\s+|,\s+)$")  # "ambassador to Bosnia, X", "managing director for Guinea, X"
        # "Minister of State for Petroleum Resources, X", "Minister of State for Foreign Affairs X"
        offices = "|".join(re.escape(t) for t in sorted(self.office_titles, key=len, reverse=True))
        long_title = (r"(?P<role>(?i:" + offices + r")\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*"
                      r"(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w-]*){0,4})")
        self._long_title_re = re.compile(r"(?<![\w'’])" + long_title + r",?\s+$")
        self._long_title_name = re.compile(
            r"(?<![\w'’])" + long_title.replace("(?P<role>", "(?:") +
            rf",?\s+(?P<name>{NAME_TOKEN}(?:[\s\-]+(?:{PARTICLE}[\s\-]+)?{NAME_TOKEN}){{1,2}})"
            r"(?=\s*[,.;:)]|\s+(?:said|says|told|who|and|has|had|was|is|will|would|met|visited|arrived|signed)\b)")
        # "police arrested Aivars Kalnins": the one arrested is a person
        self._acted_on_name = re.compile(rf"\b(?:arrested|detained|jailed|imprisoned|sentenced|charged|expelled|freed|released|accused|"
                                         rf"kidnapped|abducted|interrogated|extradited|deported)\s+"
                                         rf"(?P<name>{NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,2}})(?=\s*[,.;:)]|\s+[a-z])")
        # "ambassador to Bosnia, Igor Kalabukhov,", "managing director for Guinea, Pieter Lombard,"
        self._title_place_name = re.compile(r"(?<![\w'’])(?i:" + self._titles_alt + r")\s+(?:to|in|for)\s+(?:the\s+)?[A-Z][\w-]*"
                                            rf"(?:\s+[A-Z][\w-]*){{0,2}},\s+(?P<name>{NAME_TOKEN}(?:[\s\-]+(?:{PARTICLE}[\s\-]+)?"
                                            rf"{NAME_TOKEN}){{1,2}})(?=\s*[,.;:)])")
        self._acted_on_before = re.compile(rf"(?P<name>{NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,2}})(?:,\s+(?:\d{{1,3}}|an?\s+[^,.;]{{1,50}}),)?"
                                           rf"\s+(?:was|were|has been|have been|had been)\s+(?:also\s+)?(?:arrested|detained|jailed|"
                                           rf"imprisoned|sentenced|charged|expelled|kidnapped|abducted|extradited|deported|held)\b")
        # "The Ecuadorians, Luis Cedeno and Marco Vera, were arrested"
        self._acted_on_pair = re.compile(rf"(?P<name>{NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,2}})\s+and\s+"
                                         rf"(?P<name2>{NAME_TOKEN}(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,2}}),?\s+(?:were|have been|had been)\s+"
                                         rf"(?:arrested|detained|jailed|charged|expelled|deported|held)\b")
        self._apposition_after_re = re.compile(r",\s+(?:(?:who|which)\s+(?:is|was|has been|had been)\s+(?:also\s+|now\s+)?(?:the\s+|a\s+|an\s+)?|"
                             r"(?:(?:now|then|also|currently)\s+)?(?:the|a|an|its|his|her|their)\s+|(?=[A-Z][\w-]*['’]s\s)"
                             r"|(?=(?:(?:deputy|vice|senior|former|acting|executive)\s+)?(?:" + self._titles_alt + r")\s+(?:of|at|for)\s))(?P<role>(?:[^,.;]|(?<=\b[A-Z])\.){0,60}?\b(?:" + self._titles_alt + r"))\b"
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
        mentions = _resolve_overlaps(known + found)
        mentions = self._spelled_out(text, mentions)
        mentions = self._acronyms(text, mentions)
        mentions = self._surnames(text, mentions)
        mentions = self._short_names(text, mentions)
        mentions = self._repeats(text, mentions)
        mentions = self._misspellings(text, mentions)
        mentions = [self._possessive(text, m) for m in mentions]
        mentions = [replace(m, attached=True) if _is_dateline(text, m) or _bracketed_alias(text, mentions, k) else m
                    for k, m in enumerate(mentions)]
        home = next((m for m in mentions if m.start < 400 and m.attached and m.kind == "State" and _is_dateline(text, m)), None)
        if home is not None:
            mentions = [self._at_home(m, home) for m in mentions]
        titles, mentions = self._titles(text, mentions, home)
        return mentions, titles

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
            if end + 1 < len(text) and text[end + 1] == "-" and end + 2 < len(text) and text[end + 2].islower():
                continue  # "Gdansk-based" describes something else; "Israel-Azerbaijan" keeps both names
            actor_id, kind, form = matches
            found.append(Mention(start, end + 1, text[start:end + 1], actor_id, kind, form))
        return found

    def _pattern_mentions(self, text: str, known: list[Mention]) -> list[Mention]:
        found = []
        titles = self._title_hits(text)
        for _, end in titles:
            match = self._name_after.match(text, end)
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
                    and not self._org_head_kind.get(name.split()[-1]):
                found.append(Mention(name_start, name_start + len(name), name, f"new:Person:{name}", "Person", "pattern"))
        for pattern in (self._long_title_name, self._acted_on_name, self._acted_on_before, self._title_place_name,
                        self._acted_on_pair):
            for match in pattern.finditer(text):
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
            if name and " " in name and not self._is_known_span(known, name_start, name_start + len(name), person=True):
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
            for a, b in spans or [(match.start(1) - match.start(1), match.end(1) - match.start(1))]:
                a, b = (match.start(1) + a, match.start(1) + b)
                if " " not in text[a:b]:
                    continue
                name_start, name = self._person_name(text, a, b)
                if name and not self._is_known_span(known, name_start, name_start + len(name), person=True) \
                        and not self._org_head_kind.get(name.split()[-1]):
                    found.append(Mention(name_start, name_start + len(name), name, f"new:Person:{name}", "Person", "pattern"))
        found.extend(self._named_bodies(text, known))
        found.extend(self._owned_names(text, known))
        for start, end in self._organisation_spans(text):
            mention = self._organisation(text, start, end, known)
            if mention:
                found.append(mention)
        found.extend(self._descriptions(text, known))
        return found

    def _named_bodies(self, text: str, known: list[Mention]) -> list[Mention]:
        """Bodies named next to a noun that says what they are: "the utility Naturgy", "MVM, the gas company"."""
        found = []
        for pattern in (self._body_named, self._body_apposed, self._body_before_noun, self._employer, self._led_body):
            for match in pattern.finditer(text):
                name = match.group("name")
                if pattern is self._led_body and (name.lower() in self._role_word_set or name.lower() in self.titles
                                                  or match.start() == 0 or text[match.start() - 2:match.start()].strip() in (".", "")
                                                  or name.endswith(("'s", "’s")) or text[match.start() - 1:match.start()] == " "
                                                  and text[max(0, match.start() - 30):match.start()].rstrip().split()[-1:][0][:1].isupper()):
                    continue  # "Energy minister", a sentence opening, or the end of a longer name ("Sierra Lithium's chief")
                words = list(WORD_RUN.finditer(text, match.start("name"), match.end("name")))
                while words and (words[-1].group(0).lower() in SENTENCE_STARTERS or words[-1].group(0).lower() in self.titles):
                    words.pop()
                while words and (words[0].group(0).lower() in SENTENCE_STARTERS or DESCRIBING_PREFIX.search(words[0].group(0))):
                    words.pop(0)  # "the Izhevsk-based maker": a describing word names nothing
                if not words or (len(words) == 1 and len(words[0].group(0)) < 3):
                    continue
                start = words[0].start()  # from the text itself: a name may run over a line break
                name = text[start:words[-1].end()]
                inside = [m for m in known.near(start, start + len(name)) if m.start < start + len(name) and m.end > start]
                # "Anadolu Kara Sistemleri, a manufacturer": a longer name than the known "Anadolu" it starts with
                longer = inside and all(m.start >= start and m.end < start + len(name) and m.kind != "State"
                                        and " " not in m.text for m in inside)
                if "\n" in name or (inside and not longer) or name.lower() in self._state_names:
                    continue
                noun = match.groupdict().get("noun")
                kind = self._body_kind[noun.lower()] if noun else "Organization"
                found.append(Mention(start, start + len(name), name, f"new:{kind}:{name}", kind, "pattern"))
        return found

    def _owned_names(self, text: str, known: list[Mention]) -> list[Mention]:
        """"France's Orano", "Romania's Hidroelectrica": an unknown name a state's possessive introduces is a body
        (a company, unless a body noun after it says otherwise)."""
        found = []
        for m in known:
            if m.kind != "State" or text[m.end:m.end + 2] not in ("'s", "’s"):
                continue
            match = OWNED_NAME.match(text, m.end + 2)
            if not match:
                continue
            words = match.group("name").split()
            if any(w.lower() in self.titles or w.lower() in self._role_word_set or w.lower() in SENTENCE_STARTERS
                   or w.lower() in self._state_names or w in self._org_head_kind or w in self._org_opener_kind for w in words):
                continue
            start, end = match.start("name"), match.end("name")
            if self._is_known_span(known, start, end) or self._title_follows.match(text, end):
                continue
            noun = match.group("noun")
            if noun and noun.lower() in PLACE_NOUNS:
                continue  # "Germany's Brunsbuettel terminal": a place, not a body
            kind = self._body_kind.get(noun.lower(), "Company") if noun else "Company"
            name = text[start:end]
            found.append(Mention(start, end, name, f"new:{kind}:{name}", kind, "pattern"))
        return found

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

    def _organisation_spans(self, text: str):
        """Runs of capitalised words that end in an organisation's head word or hold "Ministry of"."""
        for run in self._capitalised_run.finditer(text):
            words = list(WORD_RUN.finditer(run.group(0)))
            opener = next((k for k, w in enumerate(words[:-2]) if w.group(0) in self._org_opener_kind
                           and words[k + 1].group(0) in ("of", "for")), None)
            if opener is not None:
                yield run.start(), run.start() + words[min(len(words) - 1, opener + 8)].end()
                continue
            last = next((k for k in range(len(words) - 1, -1, -1) if words[k].group(0) in self._org_head_kind), None)
            if last is not None and last > 0:
                first = max(0, last - 6)
                # "Coral Meridian Shipping and Veyra Tankers": two bodies joined by "and", each with its head word
                split = next((k for k in range(last - 1, first, -1) if words[k].group(0) in ("and", "&")
                              and words[k - 1].group(0) in self._org_head_kind and k + 1 < last), None)
                if split is not None:
                    yield run.start() + words[first].start(), run.start() + words[split - 1].end()
                    first = split + 1
                yield run.start() + words[first].start(), run.start() + words[last].end()

    def _organisation(self, text: str, start: int, end: int, known: list[Mention]) -> Mention | None:
        words = text[start:end].split()
        while words and (words[0].lower() in SENTENCE_STARTERS or DESCRIBING_PREFIX.search(words[0])):
            start += text[start:].index(words[0]) + len(words[0])  # "Perth-based Coral Sea Marine"
            while text[start].isspace():
                start += 1
            words = words[1:]
        while len(words) > 1 and (words[-1].lower() in CALENDAR or words[-1] in ("of", "for", "and", "the", "&", "de", "on")):
            words = words[:-1]  # "Ministry of Defence on Wednesday"
        if not words or (any(w.lower() in self.titles for w in words[:2]) and any(w in ("of", "for") for w in words)):
            return None  # "Minister of State for Petroleum Resources", "European Commissioner for Energy": titles
        state = next((m for m in known.near(start, start + 1) if m.kind == "State" and m.start == start), None)
        if state is not None and LINKED_REST.match(text, state.end) and state.end < start + len(" ".join(words)):
            rest = LINKED_REST.match(text, state.end).end()  # "Sri Lanka and Malaysia's Maritime Agency"
            return self._organisation(text, rest, start + len(" ".join(words)), known)
        lead = next((m for m in known.near(start, start + 1) if m.kind == "State" and m.start == start), None)
        if lead is not None and len(words) > 1 and text[lead.end:lead.end + 2] in ("'s", "’s"):
            qualifier_key = lead.key  # "Peru's Andes Mining": Peru qualifies it, it is no part of the name
            name_end = start + len(" ".join(words))
            after = POSSESSIVE_SPACE.match(text, lead.end)
            if after is None or after.end() >= name_end:
                return None
            start = after.end()
            words = text[start:name_end].split()
            known = _Index(m for m in known.near(start, name_end + 1) if m is not lead)
            if len(words) < 2 and not self._org_head_kind.get(words[0]):
                return None
            mention = self._organisation(text, start, name_end, known)
            if mention is None:
                return None
            key = mention.key
            if mention.kind == "Agency" and not mention.qualifier:
                key = f"{key} ({self.entries[qualifier_key].name})"  # "Ministry of Energy (Chile)"
            return replace(mention, key=key, qualifier=qualifier_key)
        if len(words) > 2 and words[1] in ("for", "and", "of", "on", "&") and \
                any(m.kind == "State" and m.start == start for m in known.near(start, start + 1)):
            start = text.index(words[2], start + len(words[0]))  # "China for Electoral Commission": the state is no part of it
            words = words[2:]
        name = " ".join(words)
        first, last = words[0], words[-1]
        if not first[:1].isalpha() or sum(len(w) > 4 and w.isupper() for w in words) > 1:
            return None  # "26 Rafale Marine", "COMMENT & ANALYSIS Review": counts and page headers
        kind = next((self._org_opener_kind[w] for w, nxt in zip(words, words[1:])
                     if w in self._org_opener_kind and nxt in ("of", "for")), None)
        kind = kind or self._org_head_kind.get(last) or self._org_opener_kind.get(first)
        if not kind or len(words) < 2:
            return None
        if self._title_follows.match(text, start + len(name)) and \
                (kind != "Agency" or all(w.lower() in self._role_word_set for w in words[:-1])):
            return None  # "Defence Industry Minister X", "Prime Cabinet Secretary": the words belong to the title
        covering = [m for m in known.near(start, start + 1) if m.start <= start and m.end >= start + len(name)]
        if covering:
            return None  # the gazetteer knows this name already
        qualifier = ""
        inner = [m for m in known.near(start, start + len(name)) if start <= m.start and m.end <= start + len(name)]
        bodies = [m for m in inner if m.kind != "State"]
        of_state = BODY_OF_STATE.fullmatch(text, bodies[0].end, start + len(name)) if bodies and bodies[0].start == start \
            and len(bodies) == 1 else None
        states = [m for m in inner if m.kind == "State" and of_state and m.start == of_state.start("state")]
        if states:  # "the Congress of Peru": not the US Congress, Peru's
            kind = bodies[0].kind if bodies[0].kind in BODY_KINDS else "Organization"
            return Mention(start, start + len(name), name, f"new:{kind}:{name}", kind, "pattern", qualifier=states[0].key)
        if bodies:
            # "Hanwha Aerospace and Poland's Armament Agency": start after the known body and the link
            rest = LINKED_REST.match(text, bodies[-1].end, start + len(name))
            if rest is None or bodies[-1].end >= start + len(name) - 1:
                return None
            return self._organisation(text, rest.end(), start + len(name), known)
        for m in inner:
            if m.kind == "State" and m.start == start:
                qualifier = m.key
        if not qualifier:
            qualifier = self._qualifier_before(text, start, known)
        key = f"new:{kind}:{name}"
        if qualifier and kind == "Agency":
            rest = name
            if inner and inner[0].key == qualifier:
                rest = re.sub(r"^(?:['’]s)?\s+", "", name[inner[0].end - start:])
            key = f"new:{kind}:{rest} ({self.entries[qualifier].name})"
        return Mention(start, start + len(name), name, key, kind, "pattern", qualifier=qualifier)

    def _qualifier_before(self, text: str, start: int, known: list[Mention]) -> str:
        gap = QUALIFIER_GAP.search(text, max(0, start - 4), start)
        if not gap:
            return ""
        m = next((m for m in known.near(gap.start() - 1, gap.start()) if m.end == gap.start() and m.kind == "State"), None)
        return m.key if m else ""

    def _descriptions(self, text: str, known: list[Mention]) -> list[Mention]:
        """"Peru's state oil company": the one known company of that state whose names hold the sector word."""
        found = []
        for m in known:
            if m.kind != "State":
                continue
            match = self._descriptor_re.match(text, m.end)
            if not match:
                continue
            sector = match.group("sector").lower()
            candidates = {e.id for e in self._companies.get(m.key, ())
                          if any(sector in alias.lower().split() for _, alias in e.names)}
            if len(candidates) == 1:
                actor_id = candidates.pop()
                found.append(Mention(m.start, match.end(), text[m.start:match.end()], actor_id, "Company",
                                     "description", qualifier=m.key))
        return found

    def _person_name(self, text: str, start: int, end: int) -> tuple[int, str]:
        """The name without the title words in front of it ("Minister Ana Ruiz" -> "Ana Ruiz"), on one line."""
        line_end = text.find("\n", start, end)
        if line_end != -1:
            end = line_end
        words = list(WORD_RUN.finditer(text, start, end))
        while words and (words[0].group(0).lower() in self.titles or words[0].group(0).lower() in SENTENCE_STARTERS
                         or words[0].group(0).lower() in self._role_word_set):
            words = words[1:]
        if not words or any(DESCRIBING_PREFIX.search(w.group(0).rstrip(",.")) for w in words):
            return start, ""  # "UAE-based" describes a firm; it is no name
        first = words[0].start()
        name = _trim_name(text[first:words[-1].end()], self.titles)
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

    # -- later references --------------------------------------------------------------

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
        aliases: dict[str, Mention] = {}
        for match in self._acronym_def_re.finditer(text):
            before = text[:match.start()].rstrip()
            full = by_end.get(len(before))
            if full and full.form != "demonym":
                aliases[match.group("acr")] = full
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

    def _surnames(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A surname alone after the full name refers to the same person ("al-Saadi" too)."""
        people: dict[str, Mention] = {}
        for m in mentions:
            if m.kind == "Person" and " " in m.text:
                people.setdefault(m.text.split()[-1], m)
        mentions = _later_references(text, mentions, people, "surname")
        taken = _Index(mentions)
        extra = []
        for surname, full in people.items():
            if not PARTICLE_WORD.match(surname):
                continue
            for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
                if match.start() >= full.end and not taken.covers(match.start()):
                    extra.append(Mention(match.start(), match.end(), surname, full.key, full.kind, "surname"))
        return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions

    def _short_names(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The first word of a body's name alone refers to it after the full name ("Hanwha" after "Hanwha Aerospace")."""
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
        mentions = _later_references(text, mentions, {k: v for k, v in bodies.items() if v is not None}, "short")
        return self._without_suffix(text, mentions)

    def _without_suffix(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Sierra Lithium Corp." is "Sierra Lithium" later on: a name without its legal suffix."""
        table = {}
        for m in mentions:
            words = m.text.rstrip(".").split()
            if m.kind == "Company" and len(words) >= 3 and words[-1].rstrip(".") in LEGAL_SUFFIXES:
                table.setdefault(" ".join(words[:-1]), m)
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
        return _later_references(text, mentions, table, "repeat")

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

    @staticmethod
    def _possessive(text: str, m: Mention) -> Mention:
        tail = text[m.end:m.end + 2]
        if tail in ("'s", "’s") or (m.text.endswith("s") and tail[:1] in ("'", "’") and not tail[1:].isalpha()):
            return replace(m, possessive=True)
        return m

    # -- titles ----------------------------------------------------------------------------

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
                if title.holder is None and not person.known and self._is_government(title.role):
                    # "President X arrived in China, accompanied by Economy Minister Y": Y serves X's state
                    lead = next((t for t in reversed(titles) if t.holder is not None and t.holder.kind == "State"
                                 and t.end <= title.start and "." not in text[t.end:title.start].replace("Dr.", "")
                                 and ACCOMPANYING.search(text, t.end, title.start)), None)
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
                    state = spoken_state or fronted or (lead.holder if lead is not None else home)
                    if state is not None:
                        title = Title(title.person, title.role, replace(state, start=person.start, end=person.start,
                                                                        form="implied"), title.start, title.end)
                titles.append(title)
                if title.holder is not None and title.holder.form != "implied" and title.holder.start in by_start:
                    attached.add(by_start[title.holder.start])
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
        if not match and i >= 2 and mentions[i - 1].kind == "State" and PLACE_IN_TITLE.search(text, lo - 60, mentions[i - 1].start):
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
        role = HONORIFIC_TAIL.sub("", role) or role  # "Crown Prince Sheikh": the office is the crown prince's
        holder = None
        if i and (_between_is(text, mentions[i - 1], lo + match.start(), r"(?:['’]s)?\s*")
                  or self._title_words_between(text, mentions[i - 1], lo + match.start())) and mentions[i - 1].kind != "Person" \
                and not ("," in text[mentions[i - 1].end:lo + match.start()] and not mentions[i - 1].possessive):
            holder = mentions[i - 1]
        if holder is not None and not self._is_office(role):
            gap = text[holder.end:lo + match.start()].strip(" ,'’s")
            if gap and self._is_office(gap):
                role = gap  # "Qatar's Emir, Sheikh X": the emir's office, "Sheikh" only names him
        if holder is None and person.known and self.entries[person.key].country and \
                not REFERRING_BEFORE.search(text, max(0, lo + match.start() - 40), lo + match.start()):
            holder = self._country_mention(person)  # "President Emmanuel Macron": the gazetteer knows whose
        return Title(person, role, holder if self._is_office(role) else None, lo + match.start(), person.end)

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
        role_text = match.group("role")
        holder = None
        of_body = next((m for m in mentions[i + 1:] if match.group("rest") and match.group("rest").strip().startswith("of")
                        and m.start == end and m.kind != "Person"), None)
        for m in mentions[i + 1:]:
            if m.start >= person.end + 120:
                break
            if start <= m.start and m.end <= person.end + match.end("role") and m.kind != "Person" and of_body is None:
                holder = m  # "the Chilean foreign minister"; "the Serb member of Bosnia's presidency" is Bosnia's
                role_text = text[m.end:person.end + match.end("role")].strip()
                break
            if match.group("rest") and m.start == end and m.kind != "Person":
                holder = m  # "the foreign minister of Chile"
                k = mentions.index(m)
                if m.possessive and k + 1 < len(mentions) and mentions[k + 1].kind in BODY_KINDS and \
                        POSSESSIVE_SPACE.fullmatch(text, m.end, mentions[k + 1].start):
                    holder = mentions[k + 1]  # "the chief executive of Chile's Andes Mining": the firm
                break
        role_text = re.sub(r"\s+(?:of|at|for)$", "", re.sub(r"^['’]s\s+", "", role_text.strip()))
        return Title(person, role_text, holder if self._is_office(role_text) else None, start, end)

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
        if ref is None:
            return title
        noun = (ref.group("noun") or "").lower()
        # "its foreign minister" is a state's, "its chief executive" a body's
        role = title.role.lower()
        state_title = "minister" in role or any(w in self._envoys for w in _suffixes(role))
        either = self._is_government(title.role) and not state_title  # "its president": a state's or a body's
        kinds = REFERRED_KINDS.get(noun) or (("State",) if state_title else BODY_KINDS + (("State",) if either else ()))
        before = next((m for m in reversed(mentions[:i]) if m.kind in kinds and not _is_dateline(text, m)), None)
        if before is None:
            return title
        role = BARE_BODY_ROLE.sub("", REFERRING_ROLE.sub("", title.role))
        return Title(person, role, replace(before, start=person.start, end=person.start, form="implied"), title.start, title.end)

    def _country_mention(self, person: Mention) -> Mention | None:
        entry = self.entries.get(self.entries[person.key].country)
        if entry is None:
            return None
        return Mention(person.start, person.start, entry.name, entry.id, entry.kind, "implied")

    def _is_government(self, role: str) -> bool:
        words = role.lower().split()
        return any(" ".join(words[k:]) in self.government_titles for k in range(len(words)))

    def _is_office(self, role: str) -> bool:
        role = LONG_TITLE_TAIL.sub("", role)  # "Minister of State for Petroleum": a minister
        words = role.lower().split()
        return any(" ".join(words[k:]) in self.office_titles for k in range(len(words)))

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
        return nxt.kind != "State" and len(gap) < 40 and re.fullmatch(r"\s+(?:[a-z\-]+\s+)?", gap) is not None


DATELINE = re.compile(r"(?:\s*/\s*[A-Z][\w .’'-]*)*(?:,[ \t]*[\w .]{3,25})?(?:[ \t]*\([^()\n]{1,40}\))?"
                      r"(?:\s*(?:--|[-–—:])\s|[ \t]*\n)")  # "BAGHDAD, Sept 14 - ..." or "SEOUL" alone on its line


DATELINE_LEAD = re.compile(r"\s*(?:[A-Z][\w .’'-]*/\s*)*")


SPELLED_ACRONYM = re.compile(r"\s*\((?P<acr>[A-Z]{2,8})\)")
SPELLED_LINKS = frozenset("of for and the de del des du la le al el e i on in".split())


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


LONG_TITLE_TAIL = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z].*$")


def _suffixes(role: str) -> list[str]:
    words = role.split()
    return [" ".join(words[k:]) for k in range(len(words))]


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts, roughly: after the last ". " or line break."""
    stop = text.rfind(". ", 0, pos)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, pos) + 1)


def _is_dateline(text: str, m: Mention) -> bool:
    """"MOSCOW, 3 May (Reuters) - ...": the place a story was filed from is not an actor in it."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return DATELINE_LEAD.fullmatch(text[line_start:m.start]) is not None and DATELINE.match(text, m.end) is not None


CAPITALISED_WORD = re.compile(rf"(?<![\w-])[{UPPER}][\w&’'\-]*")


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


def _later_references(text: str, mentions: list[Mention], table: dict[str, Mention], form: str) -> list[Mention]:
    """Mentions for each later use of a word in `table` that stands for the full mention before it."""
    if not table:
        return mentions
    taken = _Index(mentions)
    extra = []
    for start, end, word in _capitalised_words(text):
        full = table.get(word)
        if full is None or start < full.end or taken.covers(start):
            continue
        extra.append(Mention(start, end, word, full.key, full.kind, form, qualifier=full.qualifier))
    return sorted(mentions + extra, key=lambda m: m.start)


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


def _bracketed_alias(text: str, mentions: list[Mention], k: int) -> bool:
    """"Armament Agency (AU)": the bracketed name repeats the one before it."""
    if k == 0 or mentions[k - 1].key != mentions[k].key:
        return False
    return re.fullmatch(r"\s*\(\s*", text[mentions[k - 1].end:mentions[k].start]) is not None


def _between_is(text: str, left: Mention, right: int, pattern: str) -> bool:
    return re.fullmatch(pattern, text[left.end:right]) is not None


def _trim_name(name: str, titles: frozenset[str] = frozenset()) -> str:
    words = name.split()
    while words and (words[-1].lower() in SENTENCE_STARTERS or not (words[-1][:1].isupper() or PARTICLE_WORD.match(words[-1]))):
        words.pop()
    while words and (words[0].lower() in SENTENCE_STARTERS or words[0].lower() in titles):
        words.pop(0)
    return " ".join(words)


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
