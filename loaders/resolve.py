"""Stage 4: resolve mentions to actors, one actor per real entity.

Known names resolve through the gazetteer. A new name is merged with a known
actor of the same kind only when it is a safe misspelling or transliteration
of it (fuzzy match above a threshold, the same surname for people), and never
when two known actors are equally close. Otherwise it becomes a new actor whose
id is made from its name, so the same name in two documents is one actor.
Every decision can be explained.

>>> r = Resolver.default()
>>> r.resolve_key("new:Company:Meridian Defence Systems").id
'company:meridian-defence-systems'
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Jaro

from graph.ontology import ENV_VAR as ONTOLOGY_ENV, Ontology
from loaders.mentions import Mention, slug
from loaders.forms import LEGAL_FORMS, legal_forms

__all__ = ["Decision", "Resolver", "FUZZY_THRESHOLD", "FIRST_NAME_THRESHOLD"]

#: Similarity (0-100) above which a new name is taken as a misspelling of a known one.
FUZZY_THRESHOLD = 92
#: For people with the same surname as a known person: how close the first names must be
#: (Jaro similarity, 0-100). Transliterations pass ("Binyamin"/"Benjamin" 83, "Sergei"/"Sergey" 89,
#: "Volodimir"/"Volodymyr" 85); two different people sharing a surname must not ("Saima"/"Shah" 63,
#: and so "Yeni"/"Benny" 63 stays a person of its own).
FIRST_NAME_THRESHOLD = 80
#: Surnames at least this long may be spelt one edit apart and still be the known person's, when the first names agree.
SURNAME_SPELLING_MIN = 6


@dataclass(frozen=True, slots=True)
class Decision:
    """How one name was resolved: the actor id, and why."""

    name: str
    id: str
    kind: str
    canonical: str
    reason: str
    score: float = 100.0


class Resolver:
    """Maps mention keys to actor ids with the gazetteer and fuzzy matching."""

    def __init__(self, ontology: Ontology) -> None:
        self.ontology = ontology
        self._by_kind: dict[str, dict[str, str]] = {}
        self._surnames: dict[str, list[str]] = {}
        for entry in ontology.entries.values():
            names = self._by_kind.setdefault(entry.kind, {})
            for form, alias in entry.names:
                if form in ("name", "alias"):
                    names.setdefault(alias.lower(), entry.id)
            if entry.kind == "Person" and " " in entry.name:
                self._surnames.setdefault(entry.name.split()[-1].lower(), []).append(entry.id)
        self._surname_index: dict[tuple[str, int], list[str]] = {}  # by first letter and length, for other spellings
        for surname in self._surnames:
            self._surname_index.setdefault((surname[:1], len(surname)), []).append(surname)

    @classmethod
    def default(cls) -> "Resolver":
        """A resolver on the packaged (or `$ACTORGRAPH_ONTOLOGY`) ontology, built once per process."""
        return _default_resolver(os.environ.get(ONTOLOGY_ENV, ""))

    def resolve(self, mention: Mention) -> Decision:
        """The actor a mention names."""
        return self.resolve_key(mention.key, mention.text)

    @lru_cache(maxsize=65536)
    def resolve_key(self, key: str, text: str = "") -> Decision:
        """Resolve a mention key (`state:chile` or `new:Kind:Name`)."""
        if not key.startswith("new:"):
            entry = self.ontology.entries[key]
            return Decision(text or entry.name, entry.id, entry.kind, entry.name, "gazetteer")
        _, kind, name = key.split(":", 2)
        names = self._by_kind.get(kind, {})
        exact = names.get(name.lower())
        if exact:
            return self._known(name, exact, "gazetteer name", 100.0)
        # "Inter RAO PJSC", "China Nuclear Fuel Corp.": a firm is one actor under any of its legal forms
        legal = kind == "Company" and name.rstrip(". ").rsplit(" ", 1)[-1].replace(".", "") in LEGAL_FORMS
        other = next((f for f in legal_forms(name) if names.get(f.lower())), None) if legal else None
        if other is not None:  # "Saudi Arabian Oil Co" is the known "Saudi Arabian Oil Company"
            return self._known(name, names[other.lower()], f"gazetteer name in another legal form ({other!r})", 100.0)
        if kind == "Person":
            decision = self._same_surname(name)
            if decision:
                return decision
        if names and len(name) >= 6:
            best = process.extract(name.lower(), list(names), scorer=fuzz.ratio, limit=2)
            if best and best[0][1] >= FUZZY_THRESHOLD:
                top_ids = {names[b[0]] for b in best if b[1] == best[0][1]}
                if len(top_ids) == 1:
                    return self._known(name, top_ids.pop(), f"fuzzy match with {best[0][0]!r}", best[0][1])
        prefix = self.ontology.kinds[kind].prefix
        # "Ministry of Energy (Peru)": the state keeps the id apart, the name stays the body's own
        canonical = re.sub(r"\s+\([^()]+\)$", "", name) or name
        return Decision(name, f"{prefix}:{slug(name)}", kind, canonical, "new actor (no known actor is close enough)", 0.0)

    def _same_surname(self, name: str) -> Decision | None:
        words = name.split()
        if len(words) < 2:
            return None
        candidates = self._surnames.get(words[-1].lower(), []) or self._surname_spellings(words[-1].lower())
        scored = []
        for actor_id in candidates:
            known_first = self.ontology.entries[actor_id].name.split()[0]
            similarity = 100 * Jaro.normalized_similarity(words[0].lower(), known_first.lower())
            scored.append((similarity, actor_id))
        scored.sort(reverse=True)
        if scored and scored[0][0] >= FIRST_NAME_THRESHOLD and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            return self._known(name, scored[0][1], "same surname, similar first name", scored[0][0])
        return None

    def _surname_spellings(self, surname: str) -> list[str]:
        """People whose surname is another spelling of `surname`, one edit off ("Tokaev", "Tokayev";
        "Lukashenka", "Lukashenko"), for surnames long enough that one edit seldom makes another name."""
        if len(surname) < SURNAME_SPELLING_MIN:
            return []
        return [actor_id for size in (len(surname) - 1, len(surname), len(surname) + 1)
                for known in self._surname_index.get((surname[:1], size), ())
                if OSA.distance(known, surname, score_cutoff=1) <= 1 for actor_id in self._surnames[known]]

    def _known(self, name: str, actor_id: str, reason: str, score: float) -> Decision:
        entry = self.ontology.entries[actor_id]
        return Decision(name, entry.id, entry.kind, entry.name, reason, score)

    def explain(self, name: str) -> list[Decision]:
        """How `name` would resolve as each kind it could be, known names first."""
        out = []
        for entry in self.ontology.entries.values():
            for form, alias in entry.names:
                if alias.lower() == name.lower():
                    out.append(Decision(name, entry.id, entry.kind, entry.name, f"gazetteer {form}"))
        if out:
            return out
        for kind in self.ontology.kinds:
            decision = self.resolve_key(f"new:{kind}:{name}", name)
            if decision.reason != "new actor (no known actor is close enough)":
                out.append(decision)
        return out


@lru_cache(maxsize=4)
def _default_resolver(folder: str) -> Resolver:
    return Resolver(Ontology.load(folder or None))
