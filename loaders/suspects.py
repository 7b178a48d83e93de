"""Suspects and the states that hold them: who is spied on when a sentence names only the one spied for
("Iran detained a Belgian accused of spying for Israel"), the person a later sentence names as the
suspect an earlier one left unnamed, and intelligence services known by a name alone ("the GRU").

`SuspectReader` is mixed into `RelationExtractor` (`loaders.relations`), like `ReferenceReader`.
"""

from __future__ import annotations

import re

from graph.ontology import Ontology
from loaders.clauses import BE
from loaders.ends import ParsedSentence
from loaders.spans import Mention

__all__ = ["SERVICE_NAME", "UNNAMED_SENTENCES", "SuspectReader"]

#: How many sentences after an act done by someone unnamed an arrest names the one who did it.
UNNAMED_SENTENCES = 3
#: The name of an intelligence or security service.
SERVICE_NAME = re.compile(r"(?i)\b(?:intelligence|Security Service|State Security|Secret Service|Counterintelligence)\b")


class SuspectReader:
    """The part of `RelationExtractor` that finds captors, pending suspects and named services."""

    _home: Mention | None  # the dateline's state, set by `RelationExtractor.extract`; so is `_qualifier`

    def _suspect_tables(self, ontology: Ontology) -> None:
        lex = ontology.lexicon
        self._captor_verbs = frozenset(w.lower() for w in lex.get("captor_verbs", ()))
        self._charge_words = frozenset(w.lower() for w in lex.get("charge_words", ()))
        self._intrusion_verbs = frozenset(w.lower() for w in lex.get("intrusion_verbs", ()))
        # services known by a name alone ("the GRU", "the MSS") still say "intelligence" to a trigger that requires it
        self._services = frozenset(e.id for e in ontology.entries.values() if e.kind == "Agency"
                                   and any(SERVICE_NAME.search(alias) for _, alias in e.names + (("name", e.name),)))
        # per type, the sentence number and targets of an act done by someone not yet named
        # ("detained three people suspected of passing secrets"), for the person arrested next
        self._unnamed: dict[str, tuple[int, list[Mention]]] = {}
        self._sentence_no = 0

    def _captor(self, s: ParsedSentence) -> Mention | None:
        """The state holding a suspect: the one that arrests, detains or charges in the sentence
        ("Iran detained a Belgian accused of spying for Israel", "was detained by Polish border guards"),
        else the dateline's state when the sentence speaks of a charge."""
        for i, word in enumerate(s.lower):
            if word not in self._captor_verbs:
                continue
            by = s.after(i + 1, "by", within=6)
            passive = i > 0 and (s.lower[i - 1] in BE or (i > 1 and s.lower[i - 2] in BE and s.lower[i - 1].endswith("ly")))
            if by is None and passive:
                continue  # "Three Bulgarians were convicted": the subject of a passive is the suspect
            holders = [by] if by is not None else [c for c in s.subject_candidates(i) if c.kind in ("State", "Agency")][:1]
            for m in holders:
                state = m if m.kind == "State" else self._qualifier(m) if m.kind == "Agency" else None
                if state is not None:
                    return state
        if self._home is not None and any(w in self._charge_words for w in s.lower):
            return self._home
        return None

    def _suspected(self, type_name: str) -> list[Mention]:
        """What the unnamed suspect of a few sentences back acted on, if there is one."""
        number, targets = self._unnamed.get(type_name, (-UNNAMED_SENTENCES - 1, []))
        return targets if self._sentence_no - number <= UNNAMED_SENTENCES else []

    def _names_service(self, s: ParsedSentence, t_start: int, t_end: int, limit: int) -> bool:
        """Whether an intelligence service is named after the trigger (starting before `limit`) or just before it
        ("working for Russia's GRU", "Mossad agents")."""
        return any((t_end <= s.span[k][0] < limit or s.span[k][1] == t_start)
                   and (m.key in self._services or SERVICE_NAME.search(m.text)) for k, m in enumerate(s.mentions))
