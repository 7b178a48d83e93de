"""The extraction pipeline: sources -> sentences -> mentions -> actors -> claims.

>>> from graph.model import Document, content_id
>>> text = "Chile sold six patrol boats and 40 missiles to Peru in 2021."
>>> ex = extract_document(Document(key="demo.txt", id=content_id(text), text=text))
>>> [(c.type, c.source, c.target, c.modality) for c in ex.claims]
[('SELLS_TO', 'state:chile', 'state:peru', 'asserted')]
"""

from __future__ import annotations

import multiprocessing
import os
import re
from dataclasses import replace
from collections.abc import Iterable, Iterator

from graph.model import Actor, Claim, Document, Extraction, claim_id
from loaders.located import site_places
from loaders.mentions import Mention, MentionFinder, Title
from loaders.forms import legal_forms, university_forms
from loaders.relations import RULESET, RelationExtractor
from loaders.resolve import Resolver
from loaders.segment import split_sentences
from loaders.sources import SourceError, read_sources

__all__ = ["extract_document", "extract_paths", "extract_text"]

HOLDS_OFFICE = "HOLDS_OFFICE"


def extract_text(text: str, key: str = "<text>") -> Extraction:
    """Extract from a string, as if it were a document at `key`."""
    from graph.model import content_id

    return extract_document(Document(key=key, id=content_id(text), text=text))


def extract_document(doc: Document) -> Extraction:
    """Actors and claims of one document."""
    finder, relations, resolver = MentionFinder.default(), RelationExtractor.default(), Resolver.default()
    sentences = split_sentences(doc.text)
    mentions, titles = finder.find_with_titles(doc.text)
    mentions = _with_person_countries(_in_sentences(site_places(doc.text, mentions), sentences), titles)
    found = relations.extract(doc.text, mentions, sentences, doc_date=_year(doc.date))
    ids = {m.key: resolver.resolve(m) for m in mentions}
    for f in found:  # ends implied by the text ("his country", a body's state) need not be mentions
        for m in (f.source, f.target):
            if m.key not in ids:
                ids[m.key] = resolver.resolve(m)
    claims = [_claim(doc, f.type, f.source, f.target, f.sentence.text, f.modality, f.rule, ids,
                     amount=f.amount, items=f.items, date=f.date) for f in found]
    claims.extend(_office_claims(doc, titles, sentences, ids))
    # ends the text implies rather than names: a body's state, "his country", the state a known leader
    # serves ("King Willem-Alexander" serves the Netherlands, named or not) are actors of the document too
    implied = [m for f in found for m in (f.source, f.target) if m.form in ("qualifier", "implied", "located")] + \
        [t.holder for t in titles if t.holder is not None and t.holder.form == "implied" and t.holder.key in ids]
    actors = _actors(mentions + implied, ids, resolver)
    unique = {c.id: c for c in claims if c.source != c.target}
    return Extraction(document=doc, actors=tuple(actors), claims=tuple(unique.values()))


def _in_sentences(mentions: list[Mention], sentences) -> list[Mention]:
    """Mentions in the article's sentences only: menus, bylines and link lists name no actors."""
    out, i = [], 0
    for m in mentions:
        while i < len(sentences) and sentences[i].end <= m.start:
            i += 1
        if i < len(sentences) and sentences[i].start <= m.start and m.end <= sentences[i].end:
            out.append(m)
    return out


def _with_person_countries(mentions: list[Mention], titles: list[Title]) -> list[Mention]:
    """A person titled by a state ("Chilean minister X") belongs to it, for "his country"."""
    from dataclasses import replace

    country = {t.person.key: t.holder.key for t in titles if t.holder is not None and t.holder.kind == "State"}
    return [replace(m, qualifier=country[m.key]) if m.key in country and not m.qualifier else m for m in mentions]


def _actors(mentions: list[Mention], ids: dict, resolver: Resolver) -> list[Actor]:
    names: dict[str, list[str]] = {}
    decisions: dict[str, object] = {}
    qualifiers: dict[str, str] = {}
    for m in mentions:
        if m.form == "reference":
            continue
        decision = ids[m.key]
        names.setdefault(decision.id, []).append(m.text)
        decisions.setdefault(decision.id, decision)
        if m.qualifier:
            qualifiers.setdefault(decision.id, m.qualifier)
    out = []
    for actor_id, seen in names.items():
        decision = decisions[actor_id]
        entry = resolver.ontology.entries.get(actor_id)
        country = entry.country if entry else qualifiers.get(actor_id, "")
        known = [alias for form, alias in entry.names if form in ("name", "alias", "acronym")] if entry else []
        if not entry and decision.kind == "Agency" and country in resolver.ontology.entries:
            # "Ministry of Energy (Chile)" is also the "Chilean Ministry of Energy"
            demonym = next((a for f, a in resolver.ontology.entries[country].names if f == "demonym"), "")
            if demonym:
                known = [f"{demonym} {decision.canonical}"]
        names_all = [decision.canonical] + known + seen
        if not entry and decision.kind == "Company":  # "Inter RAO" and "China Nuclear Fuel Corporation" too
            names_all += [v for n in names_all for v in legal_forms(n)]
        if not entry and decision.kind == "Organization":  # "Tehran University" is "University of Tehran"
            names_all += [v for n in names_all for v in university_forms(n)]
        if not entry and decision.kind == "Agency":
            names_all += [v for n in names_all for v in _office_variants(n)]
            if country in resolver.ontology.entries:  # "Ministry of Foreign Affairs of Azerbaijan"
                state = resolver.ontology.entries[country].name
                names_all += [f"{n} of {state}" for n in [decision.canonical, *_office_variants(decision.canonical)]]
        aliases = tuple(dict.fromkeys(n for n in names_all if n != decision.canonical))
        out.append(Actor(id=actor_id, name=decision.canonical, kind=decision.kind, aliases=aliases,
                         country=ids[country].id if country in ids else country))
    return out


#: "Defence Ministry" and "Ministry of Defence", "US Justice Department" and "US Department of Justice"
OFFICE_BEFORE = re.compile(r"(?P<pre>(?:\S+ )?)(?P<field>[A-Z][\w-]+) (?P<head>Ministry|Department)")
OFFICE_AFTER = re.compile(r"(?P<pre>(?:\S+ )?)(?P<head>Ministry|Department) of (?P<field>[A-Z][\w-]+(?: Affairs)?)")


def _office_variants(name: str) -> list[str]:
    """The other English order of a ministry's name: "Russian Defence Ministry" -> "Russian Ministry of Defence"."""
    before = OFFICE_BEFORE.fullmatch(name)
    if before:
        field = "Foreign Affairs" if before["field"] == "Foreign" else before["field"]
        return [f"{before['pre']}{before['head']} of {field}"]
    after = OFFICE_AFTER.fullmatch(name)
    if after:
        field = "Foreign" if after["field"] == "Foreign Affairs" else after["field"]
        return [f"{after['pre']}{field} {after['head']}"] if " " not in field else []
    return []


def _claim(doc: Document, type_: str, source: Mention, target: Mention, sentence: str, modality: str, rule: str,
           ids: dict, *, amount: str = "", items: tuple[str, ...] = (), date: str = "", role: str = "") -> Claim:
    source_id, target_id = ids[source.key].id, ids[target.key].id
    return Claim(id=claim_id(doc.id, type_, source_id, target_id, source.start, target.start), type=type_,
                 source=source_id, target=target_id, doc_id=doc.id, doc_key=doc.key, sentence=sentence,
                 source_span=(source.start, source.end), target_span=(target.start, target.end), modality=modality,
                 rule=rule, amount=amount, items=items, date=date, role=role)


def _office_claims(doc: Document, titles: list[Title], sentences, ids: dict) -> list[Claim]:
    out = []
    for title in titles:
        if title.holder is None or title.person.key not in ids:
            continue
        if title.holder.key not in ids:
            ids[title.holder.key] = Resolver.default().resolve(title.holder)
        sentence = next((s for s in sentences if s.start <= title.start < s.end), None)
        if sentence is None:
            continue
        out.append(_claim(doc, HOLDS_OFFICE, title.person, title.holder, sentence.text, "asserted",
                          f"{RULESET}/{HOLDS_OFFICE}.title", ids, role=title.role, date=_year(doc.date)))
    return out


def _year(date: str) -> str:
    return date[:4] if date[:4].isdigit() else ""


def _extract_or_error(doc: Document) -> Extraction | SourceError:
    try:
        return extract_document(doc)
    except Exception as exc:  # one bad document must not stop a load of thousands
        return SourceError(doc.key, f"extraction failed: {type(exc).__name__}: {exc}")


def _extract_in_worker(doc: Document) -> Extraction | SourceError:
    """In a worker process: the text stays behind, the claims carry their sentences back."""
    result = _extract_or_error(doc)
    if isinstance(result, Extraction):
        return Extraction(document=replace(result.document, text=""), actors=result.actors, claims=result.claims)
    return result


def extract_paths(paths: Iterable[str], jobs: int = 1) -> Iterator[Extraction | SourceError]:
    """Extractions (and read errors) for every document under `paths`, in input order.

    With `jobs` > 1 documents are extracted in that many worker processes;
    reading stays in this process, so memory does not grow with the corpus.
    """
    sources = read_sources(paths)
    if jobs <= 1:
        for item in sources:
            yield item if isinstance(item, SourceError) else _extract_or_error(item)
        return
    ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    MentionFinder.default(), RelationExtractor.default(), Resolver.default()  # built once, shared by fork
    errors: list[SourceError] = []

    def documents() -> Iterator[Document]:
        for item in sources:
            if isinstance(item, SourceError):
                errors.append(item)
            else:
                yield item

    with ctx.Pool(jobs) as pool:
        for result in pool.imap(_extract_in_worker, documents(), chunksize=16):
            while errors:
                yield errors.pop(0)
            yield result
    yield from errors
