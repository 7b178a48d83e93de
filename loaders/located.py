"""Where a body is based or works: places named only by the words around them, and the phrases
that state a body's seat or site without a trigger word.

`Places.place_mentions` finds places the gazetteer may not know where the context says they are
places: "based in Trujillo", "the southern province of Mendoza", "on the island of Krk", "a refinery
in Cartagena", and names with a geographic head ("Pigeon Reef"). Only the end of a claim becomes an
actor (their form is `located`). `Places.seats` reads "Lima-based Andes Mining", "a Dubai-registered
trading firm, Gulf Star," and "Gulf Star, a Dubai-based trader,"; `sites` "X, a chipmaker in Y";
`named_sites` "the Ferrol shipyard of Navantia"; `units` "the Peruvian unit of X"; `unnamed_seats`
with `named_later` "a Pyongyang-based firm ... The firm, X, ...". `site_places` turns a name guessed
to be a company before "shipyard of X" into that site's place. `SeatReader`, mixed into
`RelationExtractor` (`loaders.relations`), makes the seats and sites it finds `OPERATES_IN` claims.

>>> from graph.ontology import Ontology
>>> text = "Chile fined Lima-based Andes Copper."
>>> body = Mention(23, 35, "Andes Copper", "new:Company:Andes Copper", "Company", "pattern")
>>> [(b.text, p.key) for b, p in Places(Ontology.load().entries).seats(text, 0, len(text), [body])]
[('Andes Copper', 'state:peru')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from loaders.found import RULESET, Found
from loaders.segment import Sentence
from loaders.spans import BODY_KINDS, SENTENCE_STARTERS, UPPER, Mention

__all__ = ["LOCATED", "OPERATES_IN", "Places", "SeatReader", "site_places"]

#: The form of a place found by its context alone.
LOCATED = "located"
#: The type the seat and site patterns of this module state.
OPERATES_IN = "OPERATES_IN"
#: Nouns for a kind of place: "the port city of X", "the southern province of X".
PLACE_NOUNS = ("city", "town", "port", "province", "region", "state", "department", "district", "county", "island",
               "municipality", "prefecture", "governorate", "oblast", "village", "emirate", "canton", "territory")
_NAME = rf"[{UPPER}][\w'’]*(?:-[{UPPER}][\w'’]*)*(?: (?:(?:do|da|de|dos|das|del|di) )?[{UPPER}][\w'’]*){{0,2}}"
#: "in the southern province of Neuquen", "on the island of Krk", "visited the port of Ashdod"
PLACE_OF = re.compile(rf"\b[Tt]he (?:[a-z][\w-]* ){{0,2}}(?:{'|'.join(PLACE_NOUNS)}) of ({_NAME})")
#: "a firm based in Trujillo", "registered in Labuan"
PLACE_SEAT = re.compile(rf"\b(?:based|headquartered|registered|incorporated) in ({_NAME})")
#: "travelled to Kilis", "flew on to Shenzhen", "arrived in Tianjin": where people go is a place
#: The name ends its phrase: punctuation, a preposition or a word of time follows ("flew to Kilis on Monday"), not a
#: noun it would qualify ("flew to Acme headquarters").
PHRASE_END = (r"(?=[,.;:]|\s+(?:on|in|for|to|at|with|and|where|from|after|before|during|ahead|last|this|next|later|earlier|"
              r"early|late|today|yesterday|tomorrow|since|until|through|under|as)\b)")
PLACE_TRAVEL = re.compile(rf"\b(?:travell?ed|travell?ing|travels?|flew|flown|flies|flying|fly|arrived|arrives|arriving|arrive|"
                          rf"headed|heading) (?:on )?(?:to|in|into) ({_NAME}){PHRASE_END}")
#: "also operate in Vaca Muerta", "has been drilling in Kurdistan since 2019": where bodies work is a place
PLACE_WORK = re.compile(rf"\b(?:operates?|operating|operated|active|present|drills?|drilling|drilled|mines?|mining|mined|"
                        rf"explores?|exploring|explored) (?:in|at) ({_NAME}){PHRASE_END}")
#: Nouns for a site a body runs: "runs a refinery in Cartagena", "at its plant in Horten".
FACILITY_NOUNS = ("refinery", "refineries", "plant", "plants", "mine", "mines", "smelter", "smelters", "factory", "factories",
                  "shipyard", "shipyards", "terminal", "terminals", "warehouse", "warehouses", "facility", "facilities",
                  "headquarters", "oilfield", "oilfields", "mill", "mills", "depot", "depots", "branch", "office", "offices")
#: "a large refinery in Cartagena"
PLACE_SITE = re.compile(rf"\b(?:{'|'.join(FACILITY_NOUNS)}) (?:in|at|near) ({_NAME})")
#: "the Ferrol shipyard of state-owned Navantia": a site named by its place, then whose.
SITE_OF = re.compile(rf"\bthe ({_NAME}) (?:{'|'.join(FACILITY_NOUNS)}) of\s+(?:(?:the|[a-z][\w-]*)\s+){{0,2}}")
#: "Repsol's Cartagena refinery": after a body's possessive.
SITE_AFTER = re.compile(rf"\s*({_NAME}) (?:{'|'.join(FACILITY_NOUNS)})\b")
#: Heads that make a capitalised name a place wherever it stands: "Pigeon Reef", "the Spratly Islands".
GEOGRAPHIC_HEADS = ("Reef", "Reefs", "Shoal", "Shoals", "Atoll", "Island", "Islands", "Archipelago", "Peninsula", "Strait",
                    "Straits", "Bay", "Gulf", "Sea", "Valley", "Basin", "Delta", "Desert", "Highlands", "Plateau", "Cape")
PLACE_HEADED = re.compile(rf"(?<![\w-])((?:[{UPPER}][\w'’-]*\s){{1,2}}(?:{'|'.join(GEOGRAPHIC_HEADS)}))(?![\w-])")
#: Nouns for a body in "X, a chipmaker in Hsinchu" (a word ending in one counts: "chipmaker", "carmaker").
BODY_NOUNS = ("company", "firm", "group", "maker", "manufacturer", "producer", "operator", "refiner", "trader", "carrier",
              "airline", "utility", "contractor", "conglomerate", "shipyard", "builder", "miner", "insurer", "lender",
              "bank", "broker", "supplier", "exporter", "importer", "distributor", "developer", "startup", "subsidiary")
#: "X, a chipmaker in Hsinchu", "X, a trading house in the port city of Y"
APPOSED_SITE = re.compile(rf",\s+an?\s+(?:[a-z][\w-]*\s+){{0,3}}[a-z]*(?:{'|'.join(BODY_NOUNS)})\s+in\s+"
                          rf"(?:the\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{'|'.join(PLACE_NOUNS)})\s+of\s+)?({_NAME})")
#: Nouns for a part of a body that works in one state: "the Peruvian unit of X", "X's German subsidiary".
UNIT_NOUNS = r"(?:unit|units|subsidiary|subsidiaries|branch|branches|arm|division|affiliate|office|offices|operations)"
UNIT_OF = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?{UNIT_NOUNS}\s+of\s+(?:the\s+)?")
UNIT_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?{UNIT_NOUNS}\b")
#: The kind of body after a seat compound that names none: "a Pyongyang-based [trading] firm".
UNNAMED_NOUN = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?([a-z]*(?:{'|'.join(BODY_NOUNS)}))\b(?!,\s+[{UPPER}])")
#: "The firm, Hwasong Trading Corporation, ...": a body named after the noun that stood for it.
DEFINITE_NAMED = re.compile(r"\b[Tt]he ([a-z]+),\s+")
#: "Lagos-based", "Hong Kong-registered"
SEAT_COMPOUND = re.compile(rf"(?<![\w-])({_NAME})-(?:based|headquartered|registered)\b")
#: What may stand between the compound and the body it describes: "Lagos-based [rights group] Detainee Watch".
DESCRIBED_NEXT = re.compile(r"\s+(?:(?!(?:at|of|for|with|from|in|on|to|by|and|or)\s)[a-z][\w-]*\s+){0,3}$")
#: "a UAE-based trading company, Sahara Horizon": the name follows in apposition.
DESCRIBED_APPOSED = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+$")
#: "Sahara Horizon, a UAE-based ...": the name comes first ("X, the Calgary-based producer said" is a speaker).
DESCRIBED_BEFORE = re.compile(r",\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}$")
#: "Amnesty, the London-based rights group, said": with "the", only an apposition closed by its comma.
DESCRIBED_BEFORE_THE = re.compile(r",\s+the\s+(?:[a-z][\w-]*\s+){0,2}$")
APPOSITION_CLOSES = re.compile(r"(?:\s+[a-z][\w-]*){1,3},")
#: "..., the Calgary-based producer said on Monday": the speaker is the sentence's subject.
SPEAKER_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+(?:said|says|told|added|announced)\b")
#: Words that head a company or group name rather than a place: "Atlas Group-based" is no place.
NOT_PLACE_WORDS = frozenset("group company corp corporation holdings bank ministry agency office".split())
#: After a name: "[Ferrol] shipyard of Navantia" makes the name the site's place, not a company.
SITE_OF_AFTER = re.compile(rf"\s+(?:{'|'.join(FACILITY_NOUNS)})\s+of\s+(?:(?:the|[a-z][\w-]*)\s+){{0,2}}")


def site_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name guessed to be a company by its shape that stands before "shipyard of X", "refinery of X" is
    the place of X's site ("the Ferrol shipyard of Navantia"), wherever the document uses it."""
    starts = {m.start for m in mentions}
    keys = {m.key for m in mentions if m.form == "pattern" and m.kind == "Company" and " " not in m.text
            and SITE_OF_AFTER.match(text, m.end) and any(s == SITE_OF_AFTER.match(text, m.end).end() for s in starts)}
    if not keys:
        return mentions
    return [replace(m, key=f"new:Place:{m.text}", kind="Place") if m.key in keys else m for m in mentions]


#: A body named for where it serves: "Mission in Armenia", "Embassy in London", "Interim Force in Lebanon".
NAMED_POST = re.compile(r"\b(?:Mission|Missions|Embassy|Consulate|Consulate General|Delegation|Force|Forces|Office|Command|"
                        r"Contingent|Operation|Representation)\s+(?:in|to|for)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")


class Places:
    """Places named by context, and the seats that "-based" compounds state."""

    def __init__(self, entries) -> None:
        self._names: dict[str, tuple[str, str, str]] = {}  # lower-case alias -> (id, kind, form)
        for entry in entries.values():
            if entry.kind not in ("State", "Place"):
                continue
            for form, alias in entry.names:
                self._names.setdefault(alias.lower(), (entry.id, entry.kind, form))

    def _mention(self, start: int, name: str) -> Mention | None:
        words = name.split()
        while words and words[0].lower() in SENTENCE_STARTERS:
            start += len(words[0]) + 1
            words = words[1:]
        if not words or any(w.lower() in NOT_PLACE_WORDS for w in words):
            return None
        name = " ".join(words)
        known = self._names.get(name.lower())
        if known is not None:
            actor_id, kind, form = known
            if form == "demonym":
                return None  # "Emirati-registered" speaks of a nationality, not a seat
            return Mention(start, start + len(name), name, actor_id, kind, LOCATED)
        return Mention(start, start + len(name), name, f"new:Place:{name}", "Place", LOCATED)

    def place_mentions(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Places the context names that no mention covers yet."""
        found = []
        for pattern in (PLACE_OF, PLACE_SEAT, PLACE_SITE, PLACE_HEADED, PLACE_TRAVEL, PLACE_WORK):
            for match in pattern.finditer(text):
                start, end = match.span(1)
                if any(m.start < end and start < m.end for m in mentions) or \
                        any(f.start < end and start < f.end for f in found):
                    continue
                if end < len(text) and text[end:end + 2] in ("'s", "’s"):
                    continue
                m = self._mention(start, match.group(1))
                if m is not None and m.kind == "Place":  # a known state here is found by the gazetteer already
                    found.append(m)
        return found

    def sites(self, text: str, lo: int, hi: int, mentions: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
        """(body, place) for each "X, a chipmaker in Y" in text[lo:hi]."""
        for match in APPOSED_SITE.finditer(text, lo, hi):
            body = next((m for m in mentions if m.end == match.start() and m.kind in BODY_KINDS and not m.attached), None)
            if body is None:
                continue
            start = match.start(1)
            place = next((m for m in mentions if m.start == start and not m.attached), None)
            if place is None and not any(m.start <= start < m.end for m in mentions):
                place = self._mention(start, match.group(1))
            if place is not None and place.kind in ("State", "Place") and not place.possessive:
                yield body, place

    def named_sites(self, text: str, lo: int, hi: int, mentions: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
        """(body, place) for "the Ferrol shipyard of Navantia" and "Repsol's Cartagena refinery"."""
        for match in SITE_OF.finditer(text, lo, hi):
            body = next((m for m in mentions if m.start == match.end() and m.kind in BODY_KINDS), None)
            place = self._site_place(match.start(1), match.group(1), mentions)
            if body is not None and place is not None:
                yield body, place
        for m in mentions:
            if m.kind in BODY_KINDS and m.possessive and lo <= m.end < hi:
                end = m.end + next((len(p) for p in ("'s", "’s", "'", "’") if text.startswith(p, m.end)), 0)
                match = SITE_AFTER.match(text, end)
                if match:
                    place = self._site_place(match.start(1), match.group(1), mentions)
                    if place is not None:
                        yield m, place

    def _site_place(self, start: int, name: str, mentions: list[Mention]) -> Mention | None:
        known = next((m for m in mentions if m.start == start), None)
        if known is not None:
            return known if known.kind in ("State", "Place") and known.form != "demonym" else None
        if any(m.start < start + len(name) and start < m.end for m in mentions):
            return None
        return self._mention(start, name)

    def posts(self, mentions: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
        """(body, place) for a body whose name says where it serves: "the European Union Mission in Armenia",
        "the Chinese Embassy in London", "the UN Interim Force in Lebanon"."""
        for m in mentions:
            if m.kind not in ("Organization", "Agency") or m.attached:
                continue
            post = NAMED_POST.search(m.text)
            if post is None:
                continue
            known = self._names.get(post.group(1).lower())
            if known is None or known[2] == "demonym":
                continue
            start = m.start + post.start(1)
            yield m, Mention(start, start + len(post.group(1)), post.group(1), known[0], known[1], LOCATED)

    def units(self, mentions: list[Mention], text: str) -> Iterator[tuple[Mention, Mention]]:
        """(body, state) for "the Peruvian unit of Andes Copper" and "Andes Copper's Peruvian subsidiary"."""
        for a, b in zip(mentions, mentions[1:]):
            if a.kind == "State" and b.kind in BODY_KINDS and not b.attached and UNIT_OF.fullmatch(text, a.end, b.start):
                yield b, a
            elif a.kind in BODY_KINDS and a.possessive and b.kind == "State" and b.start - a.end <= 4 \
                    and text[a.end:b.start].strip() in ("'s", "’s", "'", "’") and UNIT_AFTER.match(text, b.end):
                yield a, b

    def unnamed_seats(self, text: str, lo: int, hi: int, mentions: list[Mention]) -> Iterator[tuple[Mention, str]]:
        """(place, noun) for "a Pyongyang-based trading firm" that names no body: the text may name it later."""
        for match in SEAT_COMPOUND.finditer(text, lo, hi):
            noun = UNNAMED_NOUN.match(text, match.end())
            if noun is None or any(m.start >= match.end() and m.start <= noun.end() + 3 for m in mentions):
                continue
            place = self._mention(match.start(1), match.group(1))
            if place is not None:
                yield place, noun.group(1)

    @staticmethod
    def named_later(text: str, lo: int, hi: int, mentions: list[Mention], nouns: set[str]) -> Iterator[Mention]:
        """The body in "The firm, Hwasong Trading," or "The company, X, was" for a noun used before."""
        for match in DEFINITE_NAMED.finditer(text, lo, hi):
            if match.group(1).lower() not in nouns:
                continue
            body = next((m for m in mentions if m.start == match.end() and m.kind in BODY_KINDS), None)
            if body is not None:
                yield body

    def seats(self, text: str, lo: int, hi: int, mentions: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
        """(body, place) for each "-based" compound in text[lo:hi] that describes a named body."""
        for match in SEAT_COMPOUND.finditer(text, lo, hi):
            place = self._mention(match.start(1), match.group(1))
            if place is None:
                continue
            body = None
            for m in mentions:
                if m.attached or m.kind not in BODY_KINDS:
                    continue
                if m.start >= match.end() and (DESCRIBED_NEXT.fullmatch(text, match.end(), m.start)
                                               or DESCRIBED_APPOSED.fullmatch(text, match.end(), m.start)):
                    body = m
                    break
                if m.end <= place.start and (DESCRIBED_BEFORE.fullmatch(text, m.end, place.start) or (
                        DESCRIBED_BEFORE_THE.fullmatch(text, m.end, place.start) and APPOSITION_CLOSES.match(text, match.end()))):
                    body = m
            if body is None and text[max(lo, match.start() - 6):match.start()].endswith(", the ") \
                    and SPEAKER_AFTER.match(text, match.end()):
                body = next((m for m in mentions if lo <= m.start < match.start() and not m.attached), None)
                body = body if body is not None and body.kind in BODY_KINDS else None
            if body is not None:
                yield body, place


class SeatReader:
    """The part of `RelationExtractor` that states where bodies are based or work."""

    def _seats(self, text: str, sentence: Sentence, inside: list[Mention]) -> list[Found]:
        """"Lagos-based Lekki Energy", "Gulf Star, a Dubai-registered trader", "X, a chipmaker in Hsinchu":
        the body operates there."""
        rel = self.relations.get(OPERATES_IN)
        if rel is None:
            return []
        pairs = list(self._places.seats(text, sentence.start, sentence.end, inside)) + \
            list(self._places.sites(text, sentence.start, sentence.end, inside)) + list(self._places.units(inside, text)) + \
            list(self._places.named_sites(text, sentence.start, sentence.end, inside)) + list(self._places.posts(inside))
        return [Found(OPERATES_IN, body, place, sentence, "asserted", f"{RULESET}/{OPERATES_IN}.seat")
                for body, place in pairs if body.kind in rel.source and place.kind in rel.target]

    def _named_seats(self, text: str, sentence: Sentence, inside: list[Mention],
                     unnamed: list[tuple[Mention, str]]) -> list[Found]:
        """"sanctions on a Pyongyang-based trading firm. ... The firm, Hwasong Trading, ...": the body named later."""
        rel = self.relations.get(OPERATES_IN)
        if rel is None:
            return []
        nouns = {noun for _, noun in unnamed} | {"company", "firm"}
        out = []
        for body in self._places.named_later(text, sentence.start, sentence.end, inside, nouns):
            for place, noun in unnamed:
                if body.kind in rel.source and place.kind in rel.target:
                    out.append(Found(OPERATES_IN, body, place, sentence, "asserted", f"{RULESET}/{OPERATES_IN}.seat"))
            unnamed.clear()
        return out
