"""References to actors named before: "it", "the latter", "his country", "the government",
"the Chinese state oil company", and the company a whole story is about.

`ReferenceReader` is mixed into `RelationExtractor` (`loaders.relations`), whose constructor builds
the patterns and tables these methods read from the ontology's lexicon.
"""

from __future__ import annotations

import re

from graph.ontology import Ontology
from loaders.asides import in_quotation
from loaders.ends import ParsedSentence
from loaders.segment import Sentence
from loaders.spans import Mention

__all__ = ["IT_INSIDE", "IT_OPENS", "PAIR", "ReferenceReader", "company_reference"]

REFERENCE_KIND = "State"
#: The opening of an apposition that describes a name: "X, a German group,".
DESCRIBED_BY = re.compile(r"^[^,]+,\s+(?:a|an)\s+$")
#: A story is about one company when it names it in its first characters, this often, this many times more than another.
FOCUS_OPENING = 600
FOCUS_MIN = 4
FOCUS_MARGIN = 2
#: A capitalised "The Movement", "the Group" that goes on as a name: "for the Emancipation", "of Seven".
NAME_GOES_ON = re.compile(r"\s+(?:for|of|on|in|to)\s+(?:the\s+)?[A-Z0-9]")
#: "both companies", "the two governments", "the pair": the last two actors of those kinds named before; people are
#: left out ("both ministers" is often not the last two people named), and words that say no kind ("the pair", "the
#: two groups") need the two named together ("A and B"); "the two" before a meeting's verb means the last two people.
PAIR_KINDS = {"companies": ("Company",), "firms": ("Company",), "groups": ("Company", "Organization"),
              "pair": ("Company", "Organization"), "countries": ("State",), "governments": ("State",)}
VAGUE_PAIRS = frozenset({"pair", "groups"})
PAIR = re.compile(r"(?<![\w-])(?:(both|the two) (companies|firms|groups|countries|governments)|(the) (pair)"
                  r"|(the) (two)(?= (?:also |later |then )?(?:held|met|signed|discussed|agreed|spoke|talked|shook|exchanged|"
                  r"reviewed)\b))(?![\w-])", re.I)
#: How far back (characters) the two people "The two held talks" means may be named.
TWO_PEOPLE_REACH = 400
IT_VERBS = frozenset("would will has had have could can may might must should did does also then still already now later".split())
IT_INSIDE = re.compile(r"(?<![\w-])it(?![\w'’-])(?!\s+(?:is|was|has been|had been|remains|seems|appears|would be|will be)\b)")
AFTER_PLACE_WORD = re.compile(r"\b(?:in|at|from|near|outside|inside)\s+$", re.I)
#: "X was accompanied by Y.": a passive's agent ending the sentence, not its subject, is what a following "she" is about.
PASSIVE_BY = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?\w+(?:ed|en|wn)\s+by\s+(?:(?!\band\b)[^,;])*$")
#: A company named before, described by its seat: "the Hamburg-based company", "the Calgary-headquartered producer".
SEATED_COMPANY = re.compile(r"(?<![\w-])[Tt]he (?P<seat>[A-Z][\w-]*)-(?:based|headquartered) (?:group|(?:[a-z]+ )?(?:company|firm|producer|"
                            r"utility|operator|refiner|miner|shipbuilder|manufacturer|lender|insurer|trader|trading house|"
                            r"conglomerate|giant|maker|supplier|carrier))\b")  # "the London-based rights group" is no firm
#: "we" as the subject of a verb: inside a quotation, the speaker's country.
QUOTED_WE = re.compile(r"(?<![\w-])[Ww]e(?=\s+(?:also\s+|still\s+|now\s+|will\s+|do\s+not\s+|have\s+)?[a-z]+\b)")
#: "our army", "our country": in a quotation the speaker's state, in a story's own words the state it is filed from.
OUR_STATE = re.compile(r"(?<![\w-])[Oo]ur\s+(?:own\s+)?(?:country|nation|army|armed\s+forces|forces|troops|military|navy|air\s+force|"
                       r"government|people|homeland|republic|authorities)\b")
IT_OPENS = re.compile(r"It\s+(?!is\b|was\b|has been\b|remains\b|seems\b|appears\b)")


class ReferenceReader:
    """The part of `RelationExtractor` that adds to a sentence's mentions the references it makes."""

    # -- references such as "the latter" and "his country" ------------------------------------

    def _references(self, sentence: Sentence, inside: list[Mention], history: list[Mention],
                    parsed: "ParsedSentence", previous_subject: Mention | None = None) -> list[Mention]:
        extra = []
        if previous_subject is not None and previous_subject.kind != "Person" and IT_OPENS.match(sentence.text):
            extra.append(Mention(sentence.start, sentence.start + 2, sentence.text[:2], previous_subject.key,
                                 previous_subject.kind, "reference", qualifier=_organ_state(previous_subject)))
        for match in IT_INSIDE.finditer(sentence.text, 1):
            before = sentence.text[:match.start()].split()
            after = sentence.text[match.end():].split()[:1]
            if before and before[-1].lower() in self._verb_forms:
                target = previous_subject  # "Spain does not recognise it": it is what the last sentence was about
            elif after and (after[0] in IT_VERBS or after[0].endswith(("ed", "s"))):
                # "Chile said it would buy ...", "..., and it sanctioned ...": the sentence's subject
                start = sentence.start + match.start()
                # not a place something happens in: "under the deal, which was signed in Nairobi, it will supply"
                target = next((m for m in inside if m.end <= start and not m.attached and m.kind != "Person"
                               and not AFTER_PLACE_WORD.search(sentence.text, 0, m.start - sentence.start)),
                              previous_subject)
            else:
                continue  # "most of it", "calling it": a thing
            if target is not None and target.kind != "Person":
                at = sentence.start + match.start()
                extra.append(Mention(at, at + 2, "it", target.key, target.kind, "reference", qualifier=_organ_state(target)))
        for match in self._company_reference.finditer(sentence.text):
            if _describes_a_name(sentence, inside, match):
                continue  # "the Russian state giant Rosatom", "Kongsberg, the Norwegian company that ...": that name
            earlier = history + [m for m in inside if m.end <= sentence.start + match.start()]
            if match.group("people"):
                state = self._demonyms.get(match.group("people"))
                body = _described_company(earlier, state, match.group("sector"), self._country, self._text)
            else:  # "the state-owned utility": the one company named before, or the one the text called that
                body = _described_company(earlier, None, match.group("owned_sector") or match.group("noun"),
                                          lambda m: None, self._text)
            if body is not None:
                extra.append(Mention(sentence.start + match.start(), sentence.start + match.end(), match.group(0), body.key,
                                     body.kind, "reference"))
        speaker_state = None
        for match in QUOTED_WE.finditer(sentence.text):  # '"We sell to Europe," he said': the speaker's country
            if not in_quotation(sentence.text[:match.start()]):
                continue
            if speaker_state is None:
                speaker_state = self._speaker_state(sentence, inside)
            at = sentence.start + match.start()
            if speaker_state is not None:
                extra.append(Mention(at, at + 2, match.group(0), speaker_state.id, speaker_state.kind, "reference"))
            elif (speaker := self._speaker(sentence, inside)) is not None:
                # a speaker whose state the text does not give speaks for himself: '"We condemn it," Minister X said'
                extra.append(Mention(at, at + 2, match.group(0), speaker.key, speaker.kind, "reference"))
        for match in OUR_STATE.finditer(sentence.text):  # "Our army has received ... from China" in a Belgrade daily
            if any(m.start <= sentence.start + match.start() < m.end for m in inside):
                continue
            quoted = in_quotation(sentence.text[:match.start()])
            state = self._speaker_state(sentence, inside) if quoted else \
                (self.ontology.entries.get(self._home.key) if self._home is not None else None)
            if state is not None and state.kind == REFERENCE_KIND:
                at = sentence.start + match.start()
                extra.append(Mention(at, sentence.start + match.end(), match.group(0), state.id, state.kind, "reference"))
        for match in SEATED_COMPANY.finditer(sentence.text):  # "The Hamburg-based company, which also buys ..."
            if _describes_a_name(sentence, inside, match):
                continue  # "the Harbin-based firm Longjiang Machinery": the firm is the one named
            # the company the text seats there ("Osaka Gas Trading", "X, a Hamburg-based firm"), else the last one
            seat = re.compile(rf"\b{re.escape(match.group('seat'))}\b")
            companies = [m for m in reversed(history) if m.kind == "Company"]
            body = next((m for m in companies if seat.search(m.text) or seat.search(_described_as(self._text, m))),
                        companies[0] if companies else None)
            if body is not None:
                extra.append(Mention(sentence.start + match.start(), sentence.start + match.end(), match.group(0), body.key,
                                     body.kind, "reference"))
        # "the latter" never means the subject of its own sentence
        subject = next((m for k, m in enumerate(inside) if parsed.usable(k)), None)
        taken = [(m.start, m.end) for m in inside + extra]
        for match in self._reference_any.finditer(sentence.text):
            name = match.lastgroup
            if match.group(0).split()[-1][:1].isupper() and NAME_GOES_ON.match(sentence.text, match.end()):
                continue  # "The Movement for the Emancipation of the Niger Delta": a name, not a reference
            start = sentence.start + match.start()
            before = history + [m for m in inside if m.end <= start and (m is not subject or name not in ("latter", "former"))]
            if name == "last_person" and " " in match.group(0):
                before = history  # "X had accompanied the prime minister": a title names someone the sentence has not
            current = [m for m in inside if m.end <= start]
            if name == "object_person":  # "him" is never the subject of its own clause
                t0, _ = parsed.token_span(match.start(), match.end())
                own = {k for k in range(len(inside)) if t0 is not None and parsed.usable(k)
                       and parsed.clause[parsed.span[k][0]] == parsed.clause[t0]}
                before = history + [m for k, m in enumerate(inside) if m.end <= start and k not in own]
                current = []
            if name == "last_named":  # "sell the navy six more": the navy named before
                word = match.group(0).lower()[4:]
                target = next((m for m in reversed(before) if m.kind in ("Agency", "Organization")
                               and word in self._name_of(m).lower()), None)
            else:
                target = _refer(name, before, self.ontology, current, self._home)
            if name == "home_state":
                # "X, a German environmental group, criticised the government": a body the sentence describes by
                # its state speaks of that state's government, wherever the story is filed
                described = next((m for m in inside if m.end <= start and m.form == "demonym" and m.kind == REFERENCE_KIND
                                  and DESCRIBED_BY.search(sentence.text, 0, m.start - sentence.start)), None)
                target = described or target
            if name == "last_company" and subject is not None and subject.kind == "Company" and subject.end <= start \
                    and target is not None and target.key != subject.key and match.group(0).lower().startswith("the "):
                # "Kazatomprom sells uranium to Russia's Rosatom, for which lawmakers have criticised the company":
                # a sentence's own company subject is the one it calls "the company"
                target = subject
            if name == "last_company" and match.start() == 0 and previous_subject is not None \
                    and previous_subject.kind == "Company":
                target = previous_subject  # "X, a unit of Y, will pay. The company also runs ...": X goes on
            subject_person = self._person_subject
            if name == "last_person" and subject_person is not None and match.group(0).lower() in ("he", "she") \
                    and not any(m.kind == "Person" and m.end <= start for m in inside + extra) \
                    and not PASSIVE_BY.search(self._previous_text):
                # "Ruiz met Peru's minister, Ana Vega. She also met ...": Ruiz, the last person a sentence was about
                target = subject_person
            end = sentence.start + match.end()
            if target is None or any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            word = match.group(0)
            if name in ("last_person", "object_person"):  # "his", "her": a possessor; "he", "she", "him": the person
                extra.append(Mention(start, end, word, target.key, target.kind, "pronoun",
                                     possessive=word.lower() in ("his", "her")))
                continue
            possessive = sentence.text[match.end():match.end() + 2] in ("'s", "’s")
            extra.append(Mention(start, end, word, target.key, target.kind, "reference", possessive=possessive))
        for match in PAIR.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            det, noun = (1, 2) if match.group(2) else (3, 4) if match.group(4) else (5, 6)
            earlier = history + [m for m in inside if m.end <= start]
            word = match.group(noun).lower()
            if word == "two":  # "The two held talks": the last two people named, not long before
                pair = _pair([m for m in earlier if start - m.start < TWO_PEOPLE_REACH], ("Person",), None)
            else:
                pair = _pair(earlier, PAIR_KINDS[word], self._text if word in VAGUE_PAIRS else None)
            if pair is None or any(s < end and start < e for s, e in taken):
                continue
            split = sentence.start + match.start(noun)
            extra.append(Mention(start, split - 1, match.group(det), pair[0].key, pair[0].kind, "pair"))
            extra.append(Mention(split, end, match.group(noun), pair[1].key, pair[1].kind, "pair"))
        if not extra:
            return inside
        return sorted(inside + extra, key=lambda m: m.start)

    def _name_of(self, m: Mention) -> str:
        entry = self.ontology.entries.get(m.key)
        return entry.name if entry else m.text

    def _speaker_state(self, sentence: Sentence, inside: list[Mention]):
        """The state of whoever a quotation is credited to: the person named after it in the sentence, else the
        person the last sentence was about; their known country, else the dateline's state."""
        speaker = self._speaker(sentence, inside)
        if speaker is None:
            return None
        country = self._country(speaker)
        state = self.ontology.entries.get(country) if country else None
        if state is None and self._home is not None:
            state = self.ontology.entries.get(self._home.key)
        return state if state is not None and state.kind == REFERENCE_KIND else None

    def _speaker(self, sentence: Sentence, inside: list[Mention]) -> Mention | None:
        """Whoever a quotation is credited to: the person named after it in the sentence, else the person the
        last sentence was about."""
        closing = max(sentence.text.rfind('"'), sentence.text.rfind("”"))
        speaker = next((m for m in inside if m.kind == "Person" and m.start - sentence.start > closing), None) \
            if closing > 0 else None
        return speaker or self._person_subject

    def _country(self, m: Mention) -> str:
        entry = self.ontology.entries.get(m.key)
        return entry.country if entry else m.qualifier


#: Nouns for a company that "the state-owned ..." may end in besides the lexicon's: "the state-owned utility".
OWNED_NOUNS = ("company", "firm", "utility", "refiner", "miner", "lender", "carrier", "airline", "shipbuilder", "group")


def company_reference(nouns: list[str]) -> re.Pattern:
    """"the Venezuelan state oil company", "the Russian gas giant": a people's adjective, perhaps "state" and a
    sector word, then a noun for a company."""
    alt = "|".join(re.escape(w) for w in nouns)
    # "the Russian arms industry" is a trade, no company: a sector word only before a noun for one firm
    firm = "|".join(re.escape(w) for w in list(nouns) + list(OWNED_NOUNS) if not w.startswith("industr"))
    owned = "(?:state-owned|state-run|state|national|government-owned)"
    return re.compile(rf"(?<![\w-])[Tt]he (?:(?P<people>[A-Z][\w-]+) (?:{owned} )?(?:(?P<sector>[a-z]+) (?=(?:{firm})\b))?"
                      rf"(?:{alt})|{owned} (?:(?P<owned_sector>[a-z]+) (?=(?:{firm})\b))?(?P<noun>{firm}))\b")


#: What follows a description that names its body: "the Russian company Rosatom", "the firm, Kpler,".
NAME_AFTER = re.compile(r",?\s+[A-Z0-9]")
#: Between a name and a description in apposition to it: "Kongsberg, the Norwegian company", "Kongsberg (KOG), the".
APPOSED = re.compile(r"(?:\s*\([^()]{1,12}\))?\s*,\s*")


def _describes_a_name(sentence: Sentence, inside: list[Mention], match: re.Match) -> bool:
    """Whether a description of a company stands next to the name it describes, which is then the company meant."""
    after = NAME_AFTER.match(sentence.text, match.end())
    if after is not None and not sentence.text[match.end():after.end()].startswith(","):
        return True
    return any(m.kind != "State" and APPOSED.fullmatch(sentence.text, m.end - sentence.start, match.start())
               for m in inside if m.end - sentence.start <= match.start())


def _described_company(earlier: list[Mention], state: str | None, sector: str | None, country, text: str) -> Mention | None:
    """The company of `state` named before that a description fits: the only one, else the only one whose name
    or nearby words hold the sector word ("oil", "gas"); none when two or more fit."""
    seen: dict[str, Mention] = {}
    for m in reversed(earlier):
        if m.kind == "Company" and m.form not in ("reference", "pair") and state in (m.qualifier, country(m)):
            seen.setdefault(m.key, m)
    if len(seen) <= 1:
        return next(iter(seen.values()), None)
    if not sector:
        return None
    word = re.compile(rf"\b{re.escape(sector)}\b", re.I)
    fits = [m for m in seen.values() if word.search(m.text) or word.search(_described_as(text, m))]
    return fits[0] if len(fits) == 1 else None


def _described_as(text: str, m: Mention) -> str:
    """The words that describe a name where it stands: those before it in its clause ("oil producer Rosneft") and
    its apposition ("Rosneft, the oil producer,")."""
    before = re.split(r"[,.;:()]", text[max(0, m.start - 40):m.start])[-1]
    after = re.match(r"\s*,([^,.;()]{0,40})", text[m.end:m.end + 45])
    return before + (after.group(1) if after else "")


def _refer(name: str, before: list[Mention], ontology: Ontology, current: list[Mention] = (),
           home: Mention | None = None) -> Mention | None:
    if name == "country_of_person":
        for m in reversed(before):
            if m.kind == "Person":
                country = ontology.entries[m.key].country if m.key in ontology.entries else m.qualifier
                if country and country in ontology.entries:
                    e = ontology.entries[country]
                    return Mention(0, 0, e.name, e.id, e.kind, "reference")
                return None
        return None
    if name == "last_company":
        return next((m for m in reversed(before) if m.kind == "Company"), None)
    if name == "last_body":
        return next((m for m in reversed(before) if m.kind in ("Organization", "Company")), None)
    if name in ("last_person", "object_person"):
        return next((m for m in reversed(before) if m.kind == "Person"), None)
    if name == "home_state":  # "the government": the dateline's, or one the sentence names; never a guess further back
        if home is not None:
            return home
        here = [m for m in current if m.kind == REFERENCE_KIND and m.form != "demonym"]
        return here[-1] if here else None
    if name == "last_state":
        # the sentence's own states first, a named one before a demonym ("stayed in Mali ... the Russian
        # ministry's corps will remain in the country"), then the last state named before the sentence
        here = [m for m in current if m.kind == REFERENCE_KIND]
        named = [m for m in here if m.form != "demonym"]
        if named or here:
            return (named or here)[-1]
        return next((m for m in reversed(before) if m.kind == REFERENCE_KIND), None)
    distinct: list[Mention] = []
    for m in reversed(before):
        if m.form == "demonym" or any(d.key == m.key for d in distinct):
            continue
        distinct.append(m)
        if len(distinct) == 2:
            break
    if len(distinct) < 2:
        return None
    return distinct[0] if name == "latter" else distinct[1]


def _pair(before: list[Mention], kinds: tuple[str, ...], together: str | None) -> tuple[Mention, Mention] | None:
    """The last two actors of `kinds` named; given the document's text as `together`, only when they were named
    together: "A and B"."""
    found: list[Mention] = []
    for m in reversed(before):
        if m.kind in kinds and m.form not in ("reference", "pair") and all(f.key != m.key for f in found):
            found.append(m)
            if len(found) == 2:
                first, second = found[1], found[0]
                return (first, second) if together is None or together[first.end:second.start] in (" and ", ", and ") else None
    return None


def _focus_company(mentions: list[Mention]) -> Mention | None:
    """The company a story is about: named in its opening lines and clearly more often than any other."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.kind == "Company":
            counts[m.key] = counts.get(m.key, 0) + 1
            first.setdefault(m.key, m)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < FOCUS_MIN or (len(ranked) > 1 and ranked[0][1] < FOCUS_MARGIN * ranked[1][1]):
        return None
    m = first[ranked[0][0]]
    return m if m.start < FOCUS_OPENING else None


def _organ_state(m: Mention) -> str:
    """The state an agency referred to as "it" is an organ of: what it does, its state does."""
    return m.qualifier if m.kind == "Agency" else ""
