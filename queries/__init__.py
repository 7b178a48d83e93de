"""Named Cypher queries, one `.cypher` file each, run by `actorgraph query NAME`.

A query that the two engines spell differently has one file per dialect beside
the common name: `NAME.neo4j.cypher` and `NAME.ladybug.cypher`.

>>> "arms_suppliers" in names()
True
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DIALECTS", "QueryNotFound", "load", "names"]

HERE = Path(__file__).parent
DIALECTS = ("neo4j", "ladybug")


class QueryNotFound(KeyError):
    def __str__(self) -> str:
        return f"no named query {self.args[0]!r}; known: {', '.join(names())}"


def names() -> list[str]:
    """Every named query."""
    return sorted({p.name.split(".")[0] for p in HERE.glob("*.cypher")})


def load(name: str, dialect: str) -> str:
    """The text of query `name` for `dialect` (`neo4j` or `ladybug`)."""
    for candidate in (HERE / f"{name}.{dialect}.cypher", HERE / f"{name}.cypher"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise QueryNotFound(name)


def description(name: str) -> str:
    """The first comment line of a named query."""
    text = load(name, DIALECTS[1])
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    return first.lstrip("/ ").strip() if first.startswith("//") else ""
