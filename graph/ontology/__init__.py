"""The ontology as data: actor kinds, relation types and the gazetteer of names.

The YAML and TSV files beside this module are the only place where kinds,
relation types and actor names are spelled. `ACTORGRAPH_ONTOLOGY` points at
another folder with the same files.

>>> onto = Ontology.load()
>>> onto.relations["SELLS_TO"].direction
'supplier -> buyer'
>>> "State" in onto.kinds
True
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

__all__ = ["Entry", "Kind", "Ontology", "OntologyError", "RelationType", "Trigger", "ALIAS_FORMS"]

HERE = Path(__file__).parent
ENV_VAR = "ACTORGRAPH_ONTOLOGY"

#: How an alias names its actor. `demonym` ("Chilean") and `metonym`
#: ("Santiago" for Chile) need context to count as the actor itself.
ALIAS_FORMS = ("name", "alias", "acronym", "demonym", "metonym", "epithet")
GAZETTEER_COLUMNS = ("canonical_id", "kind", "form", "alias", "country")


class OntologyError(ValueError):
    """A file of the ontology is missing or wrong; the message names file and key."""


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    prefix: str
    description: str
    colour: str
    shape: str


@dataclass(frozen=True, slots=True)
class Trigger:
    """Words that state a relation, and where its source and target are found."""

    words: tuple[str, ...]
    pos: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    #: Only when the sentence states no typed relation of the target's ("accused X of spying" is spying).
    fallback: bool = False
    #: Narrower kinds than the type allows, for this trigger only ("a deal with X": X a company).
    source_kinds: tuple[str, ...] = ()
    target_kinds: tuple[str, ...] = ()
    #: Words one of which the sentence must hold for this trigger to state the relation.
    requires: tuple[str, ...] = ()
    #: When above 0, one of `requires` must stand within this many words of the trigger, with no comma between
    #: ("accused of photographing").
    requires_within: int = 0


TRIGGER_POS = ("verb", "noun", "phrase")
ROLE_SLOTS = ("agent", "nearest", "object", "with-object", "between", "envoy", "head-of-mission", "owner", "owner-of", "news", "subject",
              "predicate-object", "home", "host", "to", "from", "of", "on", "against", "over", "into", "about", "targeting", "in", "within",
              "with", "by", "at", "for", "where", "across", "near", "off", "captor", "modifier", "acted-on", "possessor", "suspected", "its")


@dataclass(frozen=True, slots=True)
class RelationType:
    name: str
    description: str
    direction: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    symmetric: bool = False
    propagate: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    cue_patterns: tuple[str, ...] = ()
    triggers: tuple[Trigger, ...] = ()
    #: A passive with no agent ("X was arrested in Cali") is the dateline state's act when this is set.
    home_agent: bool = False
    #: A passive with no agent ("X was also blacklisted"), or the people a next sentence names ("The officers
    #: are A and B"), is the act of whoever the type's last trigger had as agent, a sentence or two before.
    carry_agent: bool = False

    def allows(self, source_kind: str, target_kind: str) -> bool:
        """Whether an edge from a `source_kind` actor to a `target_kind` actor is well-typed."""
        return source_kind in self.source and target_kind in self.target


@dataclass(frozen=True, slots=True)
class Entry:
    """One known actor of the gazetteer with all its names by form."""

    id: str
    kind: str
    name: str
    country: str = ""
    names: tuple[tuple[str, str], ...] = ()  # (form, alias)


@dataclass(frozen=True)
class Ontology:
    """Kinds, relation types and gazetteer entries, loaded and checked once."""

    folder: Path
    kinds: dict[str, Kind]
    relations: dict[str, RelationType]
    entries: dict[str, Entry] = field(repr=False)
    lexicon: dict = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, folder: str | os.PathLike | None = None) -> "Ontology":
        """Load the ontology from `folder`, `$ACTORGRAPH_ONTOLOGY`, or the packaged data."""
        chosen = Path(folder or os.environ.get(ENV_VAR) or HERE).resolve()
        return _load(chosen)

    def kind_of(self, actor_id: str) -> str:
        """The kind whose prefix starts `actor_id`, e.g. `State` for `state:chile`."""
        prefix = actor_id.split(":", 1)[0]
        for kind in self.kinds.values():
            if kind.prefix == prefix:
                return kind.name
        raise OntologyError(f"actor id {actor_id!r} has no known kind prefix")

    def check_label(self, label: str) -> str:
        """Return `label` if it is a kind or relation type, else raise; guards query strings."""
        if label in self.kinds or label in self.relations:
            return label
        raise OntologyError(f"{label!r} is neither an actor kind nor a relation type")


@lru_cache(maxsize=4)
def _load(folder: Path) -> Ontology:
    kinds = {name: Kind(name=name, **_fields(spec, ("prefix", "description", "colour", "shape"), folder / "kinds.yaml", name))
             for name, spec in _yaml(folder / "kinds.yaml").items()}
    relations = {}
    path = folder / "relations.yaml"
    for name, spec in _yaml(path).items():
        values = _fields(spec, ("description", "direction", "source", "target"), path, name)
        for end in ("source", "target"):
            unknown = set(values[end]) - set(kinds)
            if unknown:
                raise OntologyError(f"{path}: {name}.{end} names unknown kinds {sorted(unknown)}")
        relations[name] = RelationType(
            name=name, description=values["description"], direction=values["direction"],
            source=tuple(values["source"]), target=tuple(values["target"]),
            symmetric=bool(spec.get("symmetric", False)),
            propagate=_ends(spec.get("propagate") or (), path, name),
            cues=tuple(str(c) for c in spec.get("cues") or ()),
            cue_patterns=tuple(_pattern(c, path, f"{name}.cue_patterns") for c in spec.get("cue_patterns") or ()),
            triggers=tuple(_trigger(t, path, f"{name}.triggers[{i}]", kinds) for i, t in enumerate(spec.get("triggers") or ())),
            home_agent=bool(spec.get("home_agent", False)),
            carry_agent=bool(spec.get("carry_agent", False)))
    entries = _gazetteer(folder / "gazetteer", kinds)
    lexicon = _yaml(folder / "lexicon.yaml")
    return Ontology(folder=folder, kinds=kinds, relations=relations, entries=entries, lexicon=lexicon)


def _ends(value: object, path: Path, name: str) -> tuple[str, ...]:
    ends = tuple(value) if isinstance(value, (list, tuple)) else (value,)
    if not set(ends) <= {"source", "target"}:
        raise OntologyError(f"{path}: {name}.propagate must list source and/or target")
    return ends


def _pattern(value: object, path: Path, where: str) -> str:
    try:
        re.compile(str(value))
    except re.error as exc:
        raise OntologyError(f"{path}: {where}: {value!r} is not a valid regular expression ({exc})") from None
    return str(value)


def _trigger(spec: object, path: Path, where: str, kinds: dict) -> Trigger:
    values = _fields(spec, ("words", "pos", "source", "target"), path, where)
    if values["pos"] not in TRIGGER_POS:
        raise OntologyError(f"{path}: {where}.pos must be one of {', '.join(TRIGGER_POS)}")
    slots = {}
    for end in ("source", "target"):
        raw = values[end]
        slots[end] = (raw,) if isinstance(raw, str) else tuple(raw)
        unknown = set(slots[end]) - set(ROLE_SLOTS)
        if unknown:
            raise OntologyError(f"{path}: {where}.{end} names unknown slots {sorted(unknown)}")
    fallback = spec.get("fallback", False)
    if not isinstance(fallback, bool):
        raise OntologyError(f"{path}: {where}.fallback must be true or false")
    narrow = {}
    for key in ("source_kinds", "target_kinds"):
        raw = spec.get(key, ())
        narrow[key] = (raw,) if isinstance(raw, str) else tuple(raw)
        unknown = set(narrow[key]) - set(kinds)
        if unknown:
            raise OntologyError(f"{path}: {where}.{key} names unknown kinds {sorted(unknown)}")
    requires = spec.get("requires", ())
    requires = tuple(str(w).lower() for w in ((requires,) if isinstance(requires, str) else requires))
    within = spec.get("requires_within", 0)
    if not isinstance(within, int) or isinstance(within, bool) or within < 0:
        raise OntologyError(f"{path}: {where}.requires_within must be a whole number of words")
    return Trigger(words=tuple(str(w) for w in values["words"]), pos=values["pos"], fallback=fallback, requires=requires,
                   requires_within=within, **slots, **narrow)


def _yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise OntologyError(f"{path}: cannot read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise OntologyError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise OntologyError(f"{path}: expected a mapping at the top level")
    return data


def _fields(spec: object, keys: tuple[str, ...], path: Path, name: str) -> dict:
    if not isinstance(spec, dict):
        raise OntologyError(f"{path}: {name} must be a mapping")
    missing = [k for k in keys if k not in spec]
    if missing:
        raise OntologyError(f"{path}: {name} lacks {', '.join(missing)}")
    return {k: spec[k] for k in keys}


def _gazetteer(folder: Path, kinds: dict[str, Kind]) -> dict[str, Entry]:
    rows: dict[str, dict] = {}
    for path in sorted(folder.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
            if tuple(reader.fieldnames or ()) != GAZETTEER_COLUMNS:
                raise OntologyError(f"{path}: columns must be {', '.join(GAZETTEER_COLUMNS)}")
            for lineno, row in enumerate(reader, start=2):
                _add_row(rows, row, kinds, f"{path}:{lineno}")
    entries = {}
    for actor_id, row in rows.items():
        if not row["name"]:
            raise OntologyError(f"{row['where']}: {actor_id} has no row of form 'name'")
        entries[actor_id] = Entry(id=actor_id, kind=row["kind"], name=row["name"],
                                  country=row["country"], names=tuple(row["names"]))
    return entries


def _add_row(rows: dict, row: dict, kinds: dict[str, Kind], where: str) -> None:
    actor_id, kind, form = row["canonical_id"].strip(), row["kind"].strip(), row["form"].strip()
    alias = (row["alias"] or "").strip()
    if kind not in kinds:
        raise OntologyError(f"{where}: kind {kind!r} of {actor_id} is not in kinds.yaml")
    if not actor_id.startswith(kinds[kind].prefix + ":"):
        raise OntologyError(f"{where}: id {actor_id!r} must start with {kinds[kind].prefix}:")
    if form not in ALIAS_FORMS:
        raise OntologyError(f"{where}: form {form!r} of {actor_id} is not one of {', '.join(ALIAS_FORMS)}")
    if not alias:
        raise OntologyError(f"{where}: {actor_id} has an empty alias")
    entry = rows.setdefault(actor_id, {"kind": kind, "name": "", "country": "", "names": [], "where": where})
    if entry["kind"] != kind:
        raise OntologyError(f"{where}: {actor_id} is {entry['kind']} elsewhere, {kind} here")
    if form == "name" and not entry["name"]:
        entry["name"] = alias
    if (row.get("country") or "").strip():
        entry["country"] = row["country"].strip()
    entry["names"].append((form, alias))
