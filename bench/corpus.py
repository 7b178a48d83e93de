"""A synthetic news corpus for the benchmarks: deterministic, fast, made of our own sentences.

Documents of about 2 KB name actors drawn from the gazetteer with a Zipf-like
skew (a few states and firms in most stories, a long tail in few), invented
people and companies the gazetteer does not know, and state every relation
type of the ontology in many phrasings: active, passive, nominalised, reverse
("X bought Y from Z"), reported ("according to"), alleged ("reportedly") and
denied ("denied supplying"). Web boilerplate (share, cookies, read more,
comments) is mixed in; files are .txt, .html (with nav, script and style) and
.jsonl (many records a file), plus a few malformed files (binary, bad JSON
lines, empty) that a load must report and survive.

>>> import tempfile
>>> info = generate(tempfile.mkdtemp(), 30, seed=1)
>>> info["documents"], info["malformed_files"] > 0
(30, True)

Run as a script: `python bench/corpus.py OUT_FOLDER N [--seed S]`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from bisect import bisect
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.ontology import Ontology

__all__ = ["MANIFEST", "TEMPLATES", "generate"]

#: Hidden, so that reading the corpus folder skips it.
MANIFEST = ".manifest.json"
FILES_PER_FOLDER = 500
TARGET_CHARS = 2000
#: Zipf exponent of actor frequencies: rank r is drawn with weight 1 / r**s.
ZIPF_S = 1.05

# --- vocabulary (invented; nothing here is taken from a real article) -------------------------

FIRST_NAMES = (
    "Tomasa", "Ilkin", "Marisol", "Oskar", "Nadira", "Teodor", "Aiyana", "Benedek", "Carmela", "Dariusz",
    "Elif", "Farrukh", "Greta", "Hamid", "Ingrid", "Jovan", "Kalinda", "Lior", "Mireille", "Nuno",
    "Odalys", "Piotr", "Quilla", "Rustam", "Saoirse", "Tariq", "Ulla", "Vesna", "Wanjiru", "Xavier",
    "Yasmin", "Zoltan", "Anouk", "Bakhyt", "Chiara", "Dmitar", "Esperanza", "Faisal", "Galina", "Henrik",
    "Inti", "Jelena", "Kwame", "Leilani", "Matteo", "Nilufar", "Orhan", "Paloma", "Radek", "Sunniva",
    "Timur", "Ursula", "Valentin", "Wiremu", "Ximena", "Yerlan", "Zainab", "Amaru", "Beatriz", "Cyprian",
)
SURNAMES = (
    "Quispe", "Mamani", "Varga", "Lindqvist", "Okonkwo", "Haddad", "Petrescu", "Nurlanov", "Castellano", "Brandt",
    "Kovalenko", "Achterberg", "Mendoza", "Sarkissian", "Tamsin", "Oyelaran", "Virtanen", "Dragomir", "Aslanov",
    "Ferreira", "Holloway", "Ibarguen", "Jankowski", "Karimova", "Lucero", "Marchetti", "Nakashidze", "Ostrowski",
    "Pellegrini", "Rahimov", "Sandoval", "Toivonen", "Urquhart", "Valdivia", "Wojcik", "Yilmazer", "Zubiri",
    "Abenov", "Bianchetti", "Chukwu", "Delacroix", "Esterhazy", "Fonseca", "Gruber", "Huaman", "Iskandarov",
    "Jaramillo", "Kowalczyk", "Laine", "Mbeki-Sow", "Novak", "Orellana", "Pirogov", "Rosales", "Szabo",
    "Tabrizi", "Uribe", "Vasquez", "Wennberg", "Yordanov", "Zamora", "Alvarado", "Bertolini", "Cardenas",
)
COMPANY_PREFIXES = (
    "Meridian", "Baltic", "Northgate", "Corvane", "Helion", "Sable", "Aurora", "Tessaly", "Granite", "Bluewater",
    "Ironvale", "Kestrel", "Lodestar", "Monarch", "Nordhavn", "Orion", "Pinecrest", "Quartzline", "Redmarch",
    "Silverton", "Talon", "Umbra", "Vanguard", "Westmere", "Zenith", "Anvil", "Borealis", "Crescent", "Delta Ridge",
    "Eastwind", "Falkner", "Greywolf", "Harrow", "Isthmus", "Juniper", "Keystone", "Larchmont", "Mistral",
)
COMPANY_SECTORS = (
    "Defence", "Fuel", "Aerospace", "Marine", "Energy", "Petroleum", "Arms", "Electronics", "Gas", "Munitions",
    "Aviation", "Pipeline",
)
COMPANY_HEADS = ("Systems", "Services", "Industries", "Group", "Holdings", "Dynamics", "Technologies", "Logistics")
PERSON_TITLES = (
    "Defence Minister", "Foreign Minister", "Energy Minister", "Trade Minister", "Interior Minister",
    "Prime Minister", "President", "Ambassador", "General", "Deputy Foreign Minister",
)
COMPANY_TITLES = ("chief executive", "chairman", "director", "founder")
OUTLETS = (
    "The Northern Ledger", "Caspian Dispatch", "Harbour Post", "The Meridian Review", "Steppe Courier",
    "Isthmus Daily", "The Quarterly Wire", "Coastline Herald", "Atlas Monitor", "The Borderland Times",
)
ARMS = (
    "combat drones", "attack helicopters", "patrol boats", "anti-ship missiles", "howitzers", "armoured vehicles",
    "air defence systems", "loitering munitions", "artillery shells", "fighter jets", "radars", "rifles",
    "naval vessels", "rocket launchers", "surveillance drones", "frigates",
)
FUELS = ("crude oil", "natural gas", "LNG", "diesel", "oil", "gas", "petroleum products", "fuel")
REASONS = (
    "its nuclear programme", "human rights abuses", "the border clashes", "election interference",
    "the seizure of a tanker", "cyber operations", "support for armed groups", "the crackdown on protesters",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SOURCES = (
    "officials familiar with the matter", "a report by a research institute", "customs records",
    "two diplomats", "satellite images seen by reporters", "a leaked memo", "the defence ministry",
    "shipping data", "a parliamentary committee", "people close to the negotiations",
)

# --- relation phrasings ------------------------------------------------------------------------
# {S} source, {T} target, {Z} a third actor of the target's kinds; {item}, {fuel}, {qty}, {year},
# {month}, {day}, {reason}, {src}. Each type lists the kinds this generator draws for its ends
# (checked against relations.yaml) and its phrasings.


@dataclass(frozen=True)
class Spec:
    source: tuple[str, ...]
    target: tuple[str, ...]
    templates: tuple[str, ...]


ORGS = ("State", "Company")
TEMPLATES: dict[str, Spec] = {
    "SELLS_TO": Spec(ORGS, ("State",), (
        "{S} sold {qty} {item} to {T} in {year}.",
        "{S} has delivered {item} to {T} under a contract signed in {month}.",
        "{qty} {item} were supplied to {T} by {S} last year.",
        "The sale of {item} by {S} to {T} was approved by parliament in {month}.",
        "{S}'s arms exports to {T} doubled between {year} and the following year.",
        "{T} bought {qty} {item} from {S} in {year}.",
        "{T} purchased {item} from {S} for an undisclosed sum.",
        "{T} is the largest buyer of {item} from {S}, according to {src}.",
        "According to {src}, {S} shipped {item} to {T} in {month}.",
        "{S} reportedly transferred {item} to {T} through {Z}.",
        "{S} is accused of selling {item} to {T} despite an embargo.",
        "{S} denied supplying {item} to {T}.",
        "Officials in {S} rejected claims that they had sold {item} to {T}.",
        "{S} equipped {T} with {item}, {src} said.",
        "Deliveries of {item} from {S} to {T} are expected to continue until {year}.",
    )),
    "SUPPLIES_OIL": Spec(ORGS, ORGS, (
        "{S} supplies most of the {fuel} consumed by {T}.",
        "{S} exported {qty} million barrels of {fuel} to {T} in {month}.",
        "{fuel} deliveries from {S} to {T} resumed on {day}.",
        "{T} imports {fuel} from {S} through a pipeline across {Z}.",
        "{T} buys nearly half of its {fuel} from {S}, {src} showed.",
        "{T}'s dependence on {S} for {fuel} has grown since {year}.",
        "According to {src}, {S} sold {fuel} to {T} at a discount.",
        "{S} reportedly shipped {fuel} to {T} in breach of the sanctions.",
        "{S} denied selling {fuel} to {T}.",
        "{fuel} was delivered to {T} by {S} for the third year in a row.",
        "{S} became the main supplier of {fuel} to {T} in {year}.",
    )),
    "ALLEGED_SPYING": Spec(("State", "Agency", "Company"), ("State", "Agency", "Company"), (
        "{S} spied on {T} for years, {src} said.",
        "{S} hacked {T} in {month}, according to {src}.",
        "{S} is accused of spying on {T}.",
        "{S} allegedly collected intelligence on {T} using commercial satellites.",
        "A cyberattack by {S} on {T} disrupted services for a week.",
        "{S} reportedly conducted espionage against {T} from an embassy.",
        "{S} denied spying on {T}.",
        "The espionage by {S} against {T} was exposed in {year}.",
        "{S} used spy drones over {T}, {src} claimed.",
        "Investigators said {S} ran a spy network targeting {T}.",
    )),
    "SANCTIONS": Spec(("State", "Organization"), ("State", "Company", "Person"), (
        "{S} imposed sanctions on {T} over {reason}.",
        "{S} sanctioned {T} on {day}.",
        "{T} was sanctioned by {S} in {year} over {reason}.",
        "New sanctions by {S} against {T} took effect in {month}.",
        "{S} blacklisted {T} for {reason}.",
        "According to {src}, {S} is preparing new sanctions on {T}.",
        "{S} imposed an embargo on {T} in {year}.",
        "{S} has not sanctioned {T}, despite pressure from {Z}.",
        "{S} announced an asset freeze against {T}.",
    )),
    "VISITED": Spec(("Person",), ("State",), (
        "{S} visited {T} on {day}.",
        "{S} travelled to {T} for two days of talks.",
        "During a visit to {T} in {month}, {S} toured a shipyard.",
        "{S} arrived in {T} on {day} for an official visit.",
        "{S} made a surprise trip to {T} last week.",
        "{S} reportedly flew to {T} in secret.",
        "{S} denied travelling to {T} during the crisis.",
        "{S}'s state visit to {T} was postponed until {month}.",
    )),
    "MET_WITH": Spec(("Person", "State"), ("Person", "State"), (
        "{S} met {T} in {Z} on {day}.",
        "{S} held talks with {T} on energy and security.",
        "A meeting between {S} and {T} took place behind closed doors.",
        "{S} hosted {T} for a working dinner.",
        "{S} had a phone call with {T} on {day}.",
        "{S} denied meeting {T}.",
        "{S} reportedly met {T} at a hotel in {Z}.",
        "Talks between {S} and {T} ended without an agreement.",
    )),
    "HOLDS_OFFICE": Spec(("Person",), ("State", "Company"), (
        "{S} of {T} said the talks had been constructive.",
        "{S}, the {role} of {T}, declined to comment.",
        "{T}'s {role} {S} spoke to reporters on {day}.",
    )),
    "RECOGNIZED": Spec(("State", "Organization"), ("State",), (
        "{S} recognised {T} as an independent state in {year}.",
        "{S} formally recognized the independence of {T}.",
        "{S}'s recognition of {T} angered {Z}.",
        "{T} was recognised by {S} in {month}.",
        "{S} has not recognized {T}.",
        "{S} reportedly plans to recognise {T} next year.",
    )),
    "OPERATES_IN": Spec(("Company", "Agency"), ("State",), (
        "{S} operates in {T} through a local subsidiary.",
        "{S} has offices in {T} and {Z}.",
        "{S} is active in {T}, {src} said.",
        "{S}, which is based in {T}, employs thousands of people.",
        "{S} has been present in {T} since {year}.",
        "{S} reportedly operates in {T} without a licence.",
        "{S} denied operating in {T}.",
        "{S} deployed staff to {T} in {month}.",
    )),
    "DETAINED": Spec(("State", "Agency"), ("Person",), (
        "{S} arrested {T} on espionage charges.",
        "{T} was detained by {S} at the airport on {day}.",
        "The arrest of {T} by {S} drew protests.",
        "{S} jailed {T} for eight years in {year}.",
        "According to {src}, {S} detained {T} in {month}.",
        "{S} denied detaining {T}.",
        "{S} reportedly abducted {T} from a hotel.",
    )),
    "OPPOSES": Spec(("State", "Person", "Organization"), ("State", "Company", "Organization"), (
        "{S} condemned {T} for {reason}.",
        "{S} warned {T} against further escalation.",
        "{T} was criticised by {S} over {reason}.",
        "{S}'s condemnation of {T} came hours after the vote.",
        "{S} threatened {T} with retaliation.",
        "{S} denounced {T} in a speech on {day}.",
        "{S} denied opposing {T}'s bid.",
        "{S} reportedly protested to {T} in private.",
    )),
}
#: How often each type is stated, relative to the others.
TYPE_WEIGHTS = {"SELLS_TO": 5, "SUPPLIES_OIL": 4, "ALLEGED_SPYING": 2, "SANCTIONS": 3, "VISITED": 3,
                "MET_WITH": 3, "HOLDS_OFFICE": 2, "RECOGNIZED": 1, "OPERATES_IN": 2, "DETAINED": 1, "OPPOSES": 3}

FILLERS = (
    "The ministry did not respond to a request for comment.",
    "Analysts said the decision could take months to implement.",
    "The figures could not be independently verified.",
    "Markets in the region were calm on {day}.",
    "Negotiations are expected to resume after the holidays.",
    "{A} has not commented on the reports.",
    "Officials in {A} declined to give further details.",
    "The agreement still needs the approval of parliament.",
    "Prices rose by {qty} per cent in {month}, the statistics office said.",
    "Critics say the deal lacks transparency.",
    "The issue is likely to dominate the summit in {month}.",
    "{A} has long sought closer ties with its neighbours.",
    "Shares of several listed firms fell after the announcement.",
    "Observers expect the dispute to drag on for years.",
)
HEADLINES = (
    "{A} and {B}: a partnership under scrutiny", "What the latest deal means for {A}",
    "{A} faces questions over ties to {B}", "Inside the quiet rivalry between {A} and {B}",
    "{A} steps up pressure on {B}", "Why {A} is watching {B} closely",
)
BOILERPLATE = (
    "Share this article", "Share on Facebook | Share on X | Email", "Read more: {headline}",
    "We use cookies to improve your experience. Accept all cookies", "{qty} comments",
    "Sign up for our daily newsletter", "Advertisement", "Follow us on social media",
    "Click here to read the full story", "© {year} {outlet}. All rights reserved.",
)


def _check(onto: Ontology) -> None:
    """Every relation type has phrasings here, with ends the ontology allows."""
    missing = sorted(set(onto.relations) - set(TEMPLATES))
    if missing:
        raise ValueError(f"bench/corpus.py has no phrasings for relation types: {', '.join(missing)}")
    for name, spec in TEMPLATES.items():
        rel = onto.relations.get(name)
        if rel is None:
            raise ValueError(f"bench/corpus.py: {name} is not a relation type of the ontology")
        bad = [k for k in spec.source if k not in rel.source] + [k for k in spec.target if k not in rel.target]
        if bad:
            raise ValueError(f"bench/corpus.py: {name} does not allow kinds {bad}")


# --- actors ------------------------------------------------------------------------------------


class Pool:
    """Actors of one kind drawn with Zipf-like weights: rank r has weight 1 / r**ZIPF_S."""

    def __init__(self, actors: list, rng: random.Random) -> None:
        self.actors = actors
        rng.shuffle(self.actors)
        self.cum = list(accumulate(1.0 / (r + 1) ** ZIPF_S for r in range(len(actors))))

    def draw(self, rng: random.Random):
        return self.actors[bisect(self.cum, rng.random() * self.cum[-1])]


@dataclass(frozen=True, slots=True)
class Who:
    """An actor as a story names it: `names` are ways to write it, `title` introduces a person."""

    names: tuple[str, ...]
    kind: str
    title: str = ""
    country: str = ""
    holder: str = ""  # the company an invented executive works for


class Cast:
    """The actors of a corpus: the gazetteer's, plus invented people and companies (more for bigger corpora)."""

    def __init__(self, onto: Ontology, n: int, rng: random.Random) -> None:
        by_kind: dict[str, list[Who]] = {}
        for e in onto.entries.values():
            names = [alias for form, alias in e.names if form in ("name", "alias", "acronym")] or [e.name]
            if e.kind == "State":
                names += [alias for form, alias in e.names if form == "metonym"][:1]
            # The canonical name most of the time, other forms now and then.
            weighted = (e.name,) * 8 + tuple(names)
            by_kind.setdefault(e.kind, []).append(Who(weighted, e.kind, country=e.country))
        states = [w.names[0] for w in by_kind["State"]]
        people = max(200, n // 5)
        firms = max(100, n // 10)
        combos = [(f, s) for s in SURNAMES for f in FIRST_NAMES]
        rng.shuffle(combos)
        invented_people = []
        for i in range(people):
            first, last = combos[i % len(combos)]
            name = f"{first} {last}" if i < len(combos) else f"{first} {last} {SURNAMES[i // len(combos) % len(SURNAMES)]}"
            invented_people.append(Who((name,), "Person", title=rng.choice(PERSON_TITLES), country=rng.choice(states)))
        shapes = [(p, s, h) for h in COMPANY_HEADS for s in COMPANY_SECTORS for p in COMPANY_PREFIXES]
        rng.shuffle(shapes)
        invented_firms = []
        for i in range(firms):
            p, s, h = shapes[i % len(shapes)]
            name = f"{p} {s} {h}" if i < len(shapes) else f"{p} {s} {h} {i // len(shapes) + 1}"
            invented_firms.append(Who((name,), "Company", country=rng.choice(states)))
        executives = []
        for i in range(firms // 2):
            first, last = combos[-1 - i]
            executives.append(Who((f"{first} {last}",), "Person", title=rng.choice(COMPANY_TITLES),
                                  holder=invented_firms[i].names[0]))
        self.pools = {kind: Pool(actors, rng) for kind, actors in by_kind.items()}
        # Known people are in the news more than invented ones: mix them by weight.
        self.pools["Person"] = Pool(by_kind["Person"] + invented_people + executives, rng)
        self.pools["Company"] = Pool(by_kind["Company"] + invented_firms, rng)
        self.firms = invented_firms

    def draw(self, kinds: tuple[str, ...], rng: random.Random, avoid: Who | None = None) -> Who:
        for _ in range(8):
            who = self.pools[kinds[0] if len(kinds) == 1 else rng.choice(kinds)].draw(rng)
            if who is not avoid:
                return who
        return who


def _mention(who: Who, rng: random.Random, seen: set) -> str:
    """How a story names `who`: a title and full name the first time for an invented person."""
    name = rng.choice(who.names)
    if who.kind != "Person" or not who.title or who.names[0] in seen:
        return name
    seen.add(who.names[0])
    if who.holder:
        return f"{who.holder} {who.title} {name}"
    if rng.random() < 0.5 and who.country:
        return f"{who.country}'s {who.title} {name}"
    return f"{who.title} {name}"


def _office(who: Who, cast: Cast, rng: random.Random) -> tuple[Who, str, Who]:
    """A person with a title and the state or company they serve, for HOLDS_OFFICE sentences."""
    if who.holder:
        return who, who.title, Who((who.holder,), "Company")
    if who.title:
        return who, who.title, Who((who.country,), "State")
    return who, rng.choice(PERSON_TITLES), cast.draw(("State",), rng)


# --- documents ---------------------------------------------------------------------------------


def _words(rng: random.Random, year: int) -> dict:
    return {"item": rng.choice(ARMS), "fuel": rng.choice(FUELS), "qty": rng.randint(2, 90), "year": year,
            "month": rng.choice(MONTHS), "day": rng.choice(WEEKDAYS), "reason": rng.choice(REASONS),
            "src": rng.choice(SOURCES)}


def _sentence(cast: Cast, types: list[str], cum: list[float], rng: random.Random, seen: set, year: int,
              lead: list[Who]) -> str:
    type_ = types[bisect(cum, rng.random() * cum[-1])]
    spec = TEMPLATES[type_]
    template = rng.choice(spec.templates)
    # Stories return to their main actors: reuse one of the lead's where kinds fit.
    source = next((w for w in lead if w.kind in spec.source and rng.random() < 0.5), None) or cast.draw(spec.source, rng)
    target = cast.draw(spec.target, rng, avoid=source)
    third = cast.draw(("State",), rng, avoid=target)
    words = _words(rng, year)
    if type_ == "HOLDS_OFFICE":
        person, role, holder = _office(cast.draw(("Person",), rng), cast, rng)
        seen.add(person.names[0])
        words.update(S=(f"{role.title()} {person.names[0]}" if "{role}" not in template else person.names[0]),
                     T=holder.names[0], role=role, Z="")
    else:
        words.update(S=_mention(source, rng, seen), T=_mention(target, rng, seen), Z=rng.choice(third.names))
    text = template.format(**words)
    return text[0].upper() + text[1:]


def _filler(cast: Cast, rng: random.Random, year: int, lead: list[Who]) -> str:
    words = _words(rng, year)
    words["A"] = rng.choice(lead[:2]).names[0] if rng.random() < 0.6 else cast.draw(("State",), rng).names[0]
    return rng.choice(FILLERS).format(**words)


@dataclass(slots=True)
class Story:
    title: str
    date: str
    outlet: str
    city: str
    paragraphs: list[str]
    boiler_top: list[str]
    boiler_bottom: list[str]


def _story(cast: Cast, types: list[str], cum: list[float], rng: random.Random) -> Story:
    year = rng.randint(2014, 2025)
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    outlet = rng.choice(OUTLETS)
    lead = [cast.draw(("State", "Company"), rng) for _ in range(2)] + [cast.draw(("Person",), rng)]
    title = rng.choice(HEADLINES).format(A=lead[0].names[0], B=lead[1].names[0])
    seen: set = set()
    paragraphs, size = [], 0
    while size < TARGET_CHARS * rng.uniform(0.8, 1.1):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            if rng.random() < 0.65:
                sentences.append(_sentence(cast, types, cum, rng, seen, year, lead))
            else:
                sentences.append(_filler(cast, rng, year, lead))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    fill = {"headline": rng.choice(HEADLINES).format(A=cast.draw(("State",), rng).names[0],
                                                      B=cast.draw(("State",), rng).names[0]),
            "qty": rng.randint(2, 400), "year": year, "outlet": outlet}
    top = [b.format(**fill) for b in rng.sample(BOILERPLATE, rng.randint(0, 2))]
    bottom = [b.format(**fill) for b in rng.sample(BOILERPLATE, rng.randint(1, 3))]
    city = rng.choice(cast.pools["State"].actors).names[-1]
    return Story(title, date, outlet, city, paragraphs, top, bottom)


def _text(story: Story) -> str:
    lines = [*story.boiler_top, story.title, "", f"{story.city.upper()}, {story.date} ({story.outlet}) -", ""]
    for p in story.paragraphs:
        lines += [p, ""]
    return "\n".join(lines + story.boiler_bottom) + "\n"


def _html(story: Story, rng: random.Random) -> str:
    paragraphs = "\n".join(f"<p>{_escape(p)}</p>" for p in story.paragraphs)
    share = "".join(f'<li><a href="#share-{i}">{_escape(b)}</a></li>' for i, b in enumerate(story.boiler_top))
    footer = "".join(f"<p>{_escape(b)}</p>" for b in story.boiler_bottom)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{_escape(story.title)} | {_escape(story.outlet)}</title>
<meta property="og:site_name" content="{_escape(story.outlet)}">
<meta property="article:published_time" content="{story.date}T{rng.randint(6, 22):02d}:00:00Z">
<style>body{{font-family:serif;margin:0 auto;max-width:42em}} nav ul{{display:flex;gap:1em}} .cookie{{position:fixed;bottom:0}}</style>
<script>window.dataLayer=window.dataLayer||[];function track(e){{dataLayer.push({{event:e,id:{rng.randint(1, 10**6)}}})}}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<div class="cookie">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<ul class="share">{share}</ul>
<article><h1>{_escape(story.title)}</h1>
<time datetime="{story.date}">{story.date}</time>
<p>{_escape(story.city.upper())} ({_escape(story.outlet)}) -</p>
{paragraphs}
</article>
<aside><h2>Read more</h2><ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Weather warning issued</a></li></ul></aside>
<footer>{footer}<script>track("view")</script></footer>
</body></html>
"""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _record(story: Story, rng: random.Random) -> dict:
    field = rng.choice(("text", "text", "content", "body"))
    record = {"title": story.title, rng.choice(("date", "published")): story.date,
              rng.choice(("outlet", "source")): story.outlet, field: "\n\n".join(story.paragraphs)}
    if rng.random() < 0.3:
        record["url"] = f"https://example.invalid/{rng.randint(1, 10**9)}"
    return record


# --- malformed files ---------------------------------------------------------------------------

MALFORMED = ("binary", "empty", "bad-jsonl", "no-text-html", "bad-utf8")


def _malformed(kind: str, rng: random.Random) -> tuple[str, bytes]:
    if kind == "binary":
        return ".txt", bytes(rng.randrange(256) for _ in range(512)) + b"\x00" * 64
    if kind == "empty":
        return ".txt", b""
    if kind == "bad-jsonl":
        return ".jsonl", b'{"title": "cut off", "text": "Chile sold\n{not json at all\n[1, 2,\n'
    if kind == "no-text-html":
        return ".html", b"<html><head><script>var a=1;</script></head><body><nav>Home</nav></body></html>"
    return ".txt", "Armenia said it ".encode() + b"\xff\xfe broken bytes \xc3\x28 " + \
        "and sanctions on Iran were lifted.".encode()


# --- the corpus --------------------------------------------------------------------------------


def generate(folder: str | os.PathLike, n: int, *, seed: int = 0, share: tuple[float, float, float] = (0.45, 0.2, 0.35),
             malformed: int | None = None) -> dict:
    """Write `n` documents into `folder` (created) and return what was written.

    `share` is the fraction of documents in .txt, .html and .jsonl files;
    `malformed` the number of broken files added (default: a few, more for big
    corpora). The same `n` and `seed` give the same bytes. The returned dict
    (also written to `.manifest.json` in the folder) counts documents, files,
    bytes, bad JSON lines and malformed files.

    Example:
        >>> generate("/tmp/corpus-1k", 1000, seed=7)["documents"]  # doctest: +SKIP
        1000
    """
    started = time.perf_counter()
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    onto = Ontology.load()
    _check(onto)
    rng = random.Random(seed)
    cast = Cast(onto, n, rng)
    types = list(TEMPLATES)
    cum = list(accumulate(TYPE_WEIGHTS.get(t, 1) for t in types))
    counts = {"txt": 0, "html": 0, "jsonl": 0}
    stats = {"files": 0, "bytes": 0, "bad_json_lines": 0}
    bins = list(accumulate(share))

    def write(suffix: str, data: bytes) -> None:
        sub = root / f"d{stats['files'] // FILES_PER_FOLDER:04d}"
        if stats["files"] % FILES_PER_FOLDER == 0:
            sub.mkdir(exist_ok=True)
        (sub / f"n{stats['files']:07d}{suffix}").write_bytes(data)
        stats["files"] += 1
        stats["bytes"] += len(data)

    batch: list[str] = []
    batch_size = rng.randint(20, 200)

    def flush() -> None:
        nonlocal batch, batch_size
        if batch:
            write(".jsonl", ("\n".join(batch) + "\n").encode("utf-8"))
        batch, batch_size = [], rng.randint(20, 200)

    for _ in range(n):
        story = _story(cast, types, cum, rng)
        pick = bisect(bins, rng.random() * bins[-1])
        if pick == 0:
            counts["txt"] += 1
            write(".txt", _text(story).encode("utf-8"))
        elif pick == 1:
            counts["html"] += 1
            write(".html", _html(story, rng).encode("utf-8"))
        else:
            counts["jsonl"] += 1
            batch.append(json.dumps(_record(story, rng), ensure_ascii=False))
            if rng.random() < 0.02:  # a truncated line now and then
                batch.append('{"title": "truncated", "text": "The minis')
                stats["bad_json_lines"] += 1
            if len(batch) >= batch_size:
                flush()
    flush()
    broken = max(len(MALFORMED), n // 2000) if malformed is None else malformed
    for i in range(broken):
        suffix, data = _malformed(MALFORMED[i % len(MALFORMED)], rng)
        write(suffix, data)
    info = {"documents": n, "seed": seed, "by_format": counts, "files": stats["files"], "bytes": stats["bytes"],
            "bad_json_lines": stats["bad_json_lines"], "malformed_files": broken}
    (root / MANIFEST).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return {**info, "seconds": round(time.perf_counter() - started, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic news corpus for the benchmarks.")
    parser.add_argument("folder")
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(json.dumps(generate(args.folder, args.n, seed=args.seed), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
