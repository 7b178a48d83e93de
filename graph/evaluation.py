"""Score extracted actors and relations against a hand-annotated gold set.

The gold set is a JSON lines file with one annotated document a line (see
`tests/gold/README.md`). `actorgraph eval GOLD DOCS` reads it with `load_gold`,
runs the extractor over each document it names in DOCS, gives `score` the
records printed for each one, and prints `Report.format()` (or `to_dict()` as
JSON):

    actorgraph eval tests/gold/gold.jsonl tests/gold/docs --split dev

The seed documents are not in `tests/gold/docs`. To score every split, DOCS must
be a folder that holds them as well. The same in Python:

    from graph.records import extraction_records
    from loaders.pipeline import extract_paths
    gold = load_gold("tests/gold/gold.jsonl")
    predicted = {g.doc: [record for found in extract_paths([f"docs/{g.doc}"])
                         for record in extraction_records(found)] for g in gold}
    print(score(gold, predicted).format())

>>> gold = [GoldDoc("a.txt", "dev", (GoldActor("Turkey", "State"), GoldActor("Ukraine", "State")),
...                 (GoldRelation("SELLS_TO", "Turkey", "Ukraine", "asserted"),))]
>>> predicted = {"a.txt": [
...     {"record": "actor", "id": "state:turkey", "name": "Turkey", "kind": "State", "aliases": ["Ankara"]},
...     {"record": "actor", "id": "state:ukraine", "name": "Ukraine", "kind": "State", "aliases": []},
...     {"record": "relation", "type": "SELLS_TO", "source": "state:turkey", "target": "state:ukraine",
...      "evidence": "Ankara sold drones to Kyiv.", "modality": "asserted"}]}
>>> report = score(gold, predicted)
>>> report.relations.f1, report.actors.recall, report.modality.accuracy
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from graph.model import MODALITIES
from graph.ontology import Ontology

__all__ = ["ActorResult", "Agreement", "GoldActor", "GoldDoc", "GoldRelation", "RelationResult", "Report",
           "Score", "SplitReport", "load_gold", "normalise", "score"]

#: Kinds whose names also match by their last tokens ("Netanyahu", "Benjamin Netanyahu").
SURNAME_KINDS = frozenset({"Person"})
#: Kinds the gold set lists only as ends of relations, so a predicted actor of
#: such a kind that matches nothing is not counted as a wrong answer.
UNJUDGED_KINDS = frozenset({"Place"})

# Letters that Unicode decomposition leaves alone but readers treat as plain ones.
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"})
_EXACT, _ALIAS, _SURNAME = 3, 2, 1
# The lists of single results a report carries, in the order it prints them.
_LISTS = ("misses", "wrong", "modality_errors", "actor_misses", "actor_wrong", "kind_errors")


@dataclass(frozen=True, slots=True)
class GoldActor:
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class GoldRelation:
    type: str
    source: str
    target: str
    modality: str
    role: str = ""


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """The hand annotation of one document, named by its file name."""

    doc: str
    split: str
    actors: tuple[GoldActor, ...]
    relations: tuple[GoldRelation, ...]


@dataclass(frozen=True, slots=True)
class Score:
    """True positives, false positives and misses, with the ratios derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True, slots=True)
class Agreement:
    """How many matched relations carry the gold modality."""

    right: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    def __add__(self, other: "Agreement") -> "Agreement":
        return Agreement(self.right + other.right, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": round(self.accuracy, 4), "right": self.right, "total": self.total}


@dataclass(frozen=True, slots=True)
class RelationResult:
    """One relation the report lists: a miss, a wrong answer, or a modality difference.

    `modality` is the gold one for misses, the predicted one otherwise; `gold_modality`
    is set for modality differences; `note` says e.g. that the direction is reversed.
    """

    doc: str
    split: str
    type: str
    source: str
    target: str
    modality: str
    evidence: str = ""
    note: str = ""
    gold_modality: str = ""


@dataclass(frozen=True, slots=True)
class ActorResult:
    """One actor the report lists: a miss, a wrong answer, or a kind error (`note` has both kinds)."""

    doc: str
    split: str
    name: str
    kind: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class SplitReport:
    docs: int = 0
    relations: Score = Score()
    actors: Score = Score()
    modality: Agreement = Agreement()

    def __add__(self, other: "SplitReport") -> "SplitReport":
        return SplitReport(self.docs + other.docs, self.relations + other.relations,
                           self.actors + other.actors, self.modality + other.modality)

    def to_dict(self) -> dict[str, Any]:
        return {"docs": self.docs, "relations": self.relations.to_dict(), "actors": self.actors.to_dict(),
                "modality": self.modality.to_dict()}


@dataclass(frozen=True)
class Report:
    """Figures over all documents, by split and by relation type, and every error behind them."""

    total: SplitReport
    by_split: dict[str, SplitReport]
    by_type: dict[str, Score]
    misses: tuple[RelationResult, ...] = ()
    wrong: tuple[RelationResult, ...] = ()
    modality_errors: tuple[RelationResult, ...] = ()
    actor_misses: tuple[ActorResult, ...] = ()
    actor_wrong: tuple[ActorResult, ...] = ()
    kind_errors: tuple[ActorResult, ...] = ()

    @property
    def relations(self) -> Score:
        return self.total.relations

    @property
    def actors(self) -> Score:
        return self.total.actors

    @property
    def modality(self) -> Agreement:
        return self.total.modality

    def to_dict(self) -> dict[str, Any]:
        """Everything in the report as plain JSON values."""
        return {"total": self.total.to_dict(),
                "by_split": {k: v.to_dict() for k, v in self.by_split.items()},
                "by_type": {k: v.to_dict() for k, v in self.by_type.items()},
                **{name: [asdict(item) for item in getattr(self, name)] for name in _LISTS}}

    def format(self) -> str:
        """A text table of the figures, then every miss and wrong answer with its evidence."""
        head = f"{'':<16}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"

        def rows(label: str, s: Score) -> str:
            return f"{label:<16}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}"

        splits = [("all", self.total)] + sorted(self.by_split.items())
        out = [f"Relations ({self.total.docs} documents)", head]
        out += [rows(name, part.relations) for name, part in splits]
        out += ["", "Relations by type", head]
        out += [rows(name, s) for name, s in sorted(self.by_type.items())]
        out += ["", "Actors (name and kind)", head]
        out += [rows(name, part.actors) for name, part in splits]
        out += ["", "Modality on matched relations"]
        out += [f"{name:<16}{part.modality.accuracy:>7.3f}  ({part.modality.right}/{part.modality.total})"
                for name, part in splits]
        out.append(f"\nKind errors: {len(self.kind_errors)}")
        out += _section("Missed relations", self.misses, _relation_line)
        out += _section("Wrong relations", self.wrong, _relation_line)
        out += _section("Modality differences", self.modality_errors, _relation_line)
        out += _section("Missed actors", self.actor_misses, _actor_line)
        out += _section("Wrong actors", self.actor_wrong, _actor_line)
        out += _section("Kind errors", self.kind_errors, _actor_line)
        return "\n".join(out)


def _section(title: str, items: tuple, line) -> list[str]:
    return ["", f"{title} ({len(items)})"] + [line(item) for item in items] if items else []


def _relation_line(r: RelationResult) -> str:
    modality = f"{r.modality}, gold {r.gold_modality}" if r.gold_modality else r.modality
    line = f"  [{r.doc}] {r.type} {r.source} → {r.target} ({modality})"
    if r.note:
        line += f" - {r.note}"
    return line + (f"\n      \"{r.evidence}\"" if r.evidence else "")


def _actor_line(a: ActorResult) -> str:
    return f"  [{a.doc}] {a.name} ({a.kind})" + (f" - {a.note}" if a.note else "")


def normalise(name: str) -> str:
    """The form names are compared in: casefolded, without accents, punctuation or a leading "the".

    >>> normalise("The  Péter Szijjártó")
    'peter szijjarto'
    >>> normalise("U.S. Department of the Treasury") == normalise("US department of the treasury")
    True
    """
    text = unicodedata.normalize("NFKD", name.casefold().translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[.'’`]", "", text)
    text = " ".join(re.sub(r"[\W_]+", " ", text).split())
    return text[4:] if text.startswith("the ") else text


def load_gold(path: str | os.PathLike, ontology: Ontology | None = None) -> list[GoldDoc]:
    """Read a gold JSON lines file, checking every line; a malformed one raises ValueError naming it.

    Kinds, relation types and modalities must be those of the ontology, and every
    relation's ends must be among the document's actors.
    """
    onto = ontology or Ontology.load()
    docs: list[GoldDoc] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}: line {number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{where}: not valid JSON ({exc.msg})") from None
            doc = _gold_doc(data, onto, where)
            if doc.doc in seen:
                raise ValueError(f"{where}: document {doc.doc!r} is annotated twice")
            seen.add(doc.doc)
            docs.append(doc)
    return docs


def _gold_doc(data: Any, onto: Ontology, where: str) -> GoldDoc:
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a JSON object")
    for key, kind in (("doc", str), ("split", str), ("actors", list), ("relations", list)):
        if not isinstance(data.get(key), kind) or (kind is str and not data[key]):
            raise ValueError(f"{where}: {key!r} is missing or not a {'non-empty string' if kind is str else 'list'}")
    actors = tuple(GoldActor(*_fields(a, ("name", "kind"), f"{where}: actor {i}"))
                   for i, a in enumerate(data["actors"], 1))
    kinds = {}
    for i, actor in enumerate(actors, 1):
        if actor.kind not in onto.kinds:
            raise ValueError(f"{where}: actor {i} ({actor.name}) has unknown kind {actor.kind!r}")
        kinds[actor.name] = actor.kind
    relations = []
    for i, r in enumerate(data["relations"], 1):
        at = f"{where}: relation {i}"
        type_, source, target, modality = _fields(r, ("type", "source", "target", "modality"), at)
        if type_ not in onto.relations:
            raise ValueError(f"{at} has unknown type {type_!r}")
        if modality not in MODALITIES:
            raise ValueError(f"{at} has modality {modality!r}, not one of {', '.join(MODALITIES)}")
        for end in (source, target):
            if end not in kinds:
                raise ValueError(f"{at}: {end!r} is not among the document's actors")
        relations.append(GoldRelation(type_, source, target, modality, str(r.get("role", ""))))
    return GoldDoc(data["doc"], data["split"], actors, tuple(relations))


def _fields(item: Any, keys: tuple[str, ...], where: str) -> tuple[str, ...]:
    if not isinstance(item, dict):
        raise ValueError(f"{where} is not a JSON object")
    missing = [k for k in keys if not isinstance(item.get(k), str) or not item[k]]
    if missing:
        raise ValueError(f"{where} lacks {', '.join(missing)}")
    return tuple(item[k] for k in keys)


@dataclass(frozen=True, slots=True)
class _Predicted:
    id: str
    name: str
    kind: str
    key: str
    aliases: frozenset[str]


@dataclass(frozen=True, slots=True)
class _PredictedRelation:
    type: str
    source: _Predicted
    target: _Predicted
    modality: str
    evidence: str


def score(gold: list[GoldDoc], predicted: dict[str, list[dict]], ontology: Ontology | None = None) -> Report:
    """Compare the records printed for each gold document with its annotation.

    `predicted` maps a document's file name to its actor and relation records;
    a gold document with no entry counts as one where nothing was found. Predicted
    relations are deduplicated per document by (type, source, target), keeping the
    strongest modality; symmetric types match in either direction.
    """
    onto = ontology or Ontology.load()
    splits: dict[str, SplitReport] = defaultdict(SplitReport)
    by_type: dict[str, Score] = defaultdict(Score)
    lists: dict[str, list] = defaultdict(list)
    for doc in gold:
        actors, relations = _records(predicted.get(doc.doc, []), onto)
        actor_score = _score_actors(doc, actors, lists)
        relation_score, agreement = _score_relations(doc, relations, onto, by_type, lists)
        splits[doc.split] += SplitReport(1, relation_score, actor_score, agreement)
    total = sum(splits.values(), SplitReport())
    return Report(total=total, by_split=dict(splits), by_type=dict(by_type),
                  **{name: tuple(items) for name, items in lists.items()})


def _records(records: list[dict], onto: Ontology) -> tuple[dict[str, _Predicted], list[_PredictedRelation]]:
    actors: dict[str, _Predicted] = {}
    for r in records:
        if r.get("record") == "actor" and r.get("id"):
            names = [r.get("name") or r["id"]] + list(r.get("aliases") or ())
            actors[r["id"]] = _Predicted(r["id"], names[0], r.get("kind", ""), normalise(names[0]),
                                         frozenset(normalise(n) for n in names[1:]))
    relations: dict[tuple, _PredictedRelation] = {}
    strength = {m: i for i, m in enumerate(MODALITIES)}
    for r in records:
        if r.get("record") != "relation":
            continue
        ends = [actors.get(r.get(end, "")) or _from_id(r.get(end, ""), onto) for end in ("source", "target")]
        key = (r.get("type"), ends[0].id, ends[1].id)
        if r.get("type") in onto.relations and onto.relations[r["type"]].symmetric:
            key = (r["type"], *sorted(key[1:]))
        rel = _PredictedRelation(r.get("type", ""), ends[0], ends[1], r.get("modality", ""), r.get("evidence", ""))
        old = relations.get(key)
        if old is None or strength.get(rel.modality, 99) < strength.get(old.modality, 99):
            relations[key] = rel
    return actors, list(relations.values())


def _from_id(actor_id: str, onto: Ontology) -> _Predicted:
    """An actor that a relation names but no actor record describes: its id is all we have."""
    name = actor_id.split(":", 1)[-1].replace("_", " ").title()
    try:
        kind = onto.kind_of(actor_id)
    except ValueError:
        kind = ""
    return _Predicted(actor_id, name, kind, normalise(name), frozenset())


def _match(name: str, kind: str, actor: _Predicted) -> int:
    """How well a gold name names a predicted actor: exact, by alias, by surname, or 0."""
    key = normalise(name)
    if key == actor.key:
        return _EXACT
    if key in actor.aliases:
        return _ALIAS
    if kind in SURNAME_KINDS and actor.kind in SURNAME_KINDS:
        mine = key.split()
        for other in (actor.key, *actor.aliases):
            theirs = other.split()
            shorter, longer = sorted((mine, theirs), key=len)
            if shorter and longer[-len(shorter):] == shorter:
                return _SURNAME
    return 0


def _pair(candidates: list[tuple]) -> dict[int, int]:
    """Pair gold and predicted items one to one, best candidates first; candidates end in (gold, predicted)."""
    taken_gold: dict[int, int] = {}
    taken_pred: set[int] = set()
    for *_, g, p in sorted(candidates, key=lambda c: (tuple(-x for x in c[:-2]), c[-2], c[-1])):
        if g not in taken_gold and p not in taken_pred:
            taken_gold[g] = p
            taken_pred.add(p)
    return taken_gold


def _score_actors(doc: GoldDoc, actors: dict[str, _Predicted], lists: dict[str, list]) -> Score:
    preds = list(actors.values())
    candidates = [(int(g.kind == p.kind), m, gi, pi) for gi, g in enumerate(doc.actors)
                  for pi, p in enumerate(preds) if (m := _match(g.name, g.kind, p))]
    pairs = _pair(candidates)
    tp = fp = fn = 0
    for gi, g in enumerate(doc.actors):
        p = preds[pairs[gi]] if gi in pairs else None
        if p is not None and p.kind == g.kind:
            tp += 1
            continue
        fn += 1
        if p is None:
            lists["actor_misses"].append(ActorResult(doc.doc, doc.split, g.name, g.kind))
        else:
            fp += 1
            lists["kind_errors"].append(ActorResult(doc.doc, doc.split, g.name, g.kind,
                                                    f"predicted {p.name!r} as {p.kind}"))
    matched = set(pairs.values())
    for pi, p in enumerate(preds):
        if pi not in matched and p.kind not in UNJUDGED_KINDS:
            fp += 1
            lists["actor_wrong"].append(ActorResult(doc.doc, doc.split, p.name, p.kind))
    return Score(tp, fp, fn)


def _score_relations(doc: GoldDoc, preds: list[_PredictedRelation], onto: Ontology,
                     by_type: dict[str, Score], lists: dict[str, list]) -> tuple[Score, Agreement]:
    kinds = {a.name: a.kind for a in doc.actors}

    def ends_match(g: GoldRelation, p: _PredictedRelation, reverse: bool = False) -> int:
        source, target = (p.target, p.source) if reverse else (p.source, p.target)
        return min(_match(g.source, kinds.get(g.source, ""), source), _match(g.target, kinds.get(g.target, ""), target))

    candidates = []
    for gi, g in enumerate(doc.relations):
        symmetric = g.type in onto.relations and onto.relations[g.type].symmetric
        for pi, p in enumerate(preds):
            if p.type == g.type:
                m = max(ends_match(g, p), ends_match(g, p, True) if symmetric else 0)
                if m:
                    candidates.append((m, gi, pi))
    pairs = _pair(candidates)
    right = 0
    for gi, g in enumerate(doc.relations):
        if gi not in pairs:
            by_type[g.type] += Score(fn=1)
            lists["misses"].append(RelationResult(doc.doc, doc.split, g.type, g.source, g.target, g.modality))
            continue
        p = preds[pairs[gi]]
        by_type[g.type] += Score(tp=1)
        if p.modality == g.modality:
            right += 1
        else:
            lists["modality_errors"].append(RelationResult(doc.doc, doc.split, g.type, g.source, g.target,
                                                           p.modality, p.evidence, gold_modality=g.modality))
    matched = set(pairs.values())
    for pi, p in enumerate(preds):
        if pi in matched:
            continue
        by_type[p.type] += Score(fp=1)
        lists["wrong"].append(RelationResult(doc.doc, doc.split, p.type, p.source.name, p.target.name,
                                             p.modality, p.evidence, _why_wrong(p, doc.relations, ends_match)))
    tp = len(pairs)
    return Score(tp, len(preds) - tp, len(doc.relations) - tp), Agreement(right, tp)


def _why_wrong(p: _PredictedRelation, gold: tuple[GoldRelation, ...], ends_match) -> str:
    for g in gold:
        if g.type == p.type and ends_match(g, p, True):
            return "direction reversed"
    for g in gold:
        if g.type != p.type and (ends_match(g, p) or ends_match(g, p, True)):
            return f"gold has {g.type} {g.source} → {g.target}"
    return ""
