"""Find write clauses in a Cypher query, ignoring strings, comments and quoted names.

The embedded store refuses such queries unless asked to write, and also runs
reads in a read-only transaction; this check gives the clear message first.

>>> write_clause("MATCH (n) WHERE n.name = 'DELETE me' RETURN n  // SET")
''
>>> write_clause("MATCH (n) DETACH DELETE n")
'DETACH'
>>> write_clause("CALL show_tables() RETURN *")
''
"""

from __future__ import annotations

import re

__all__ = ["READ_PROCEDURES", "WRITE_CLAUSES", "strip_literals", "write_clause"]

WRITE_CLAUSES = (
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "COPY", "INSTALL",
    "UNINSTALL", "LOAD", "ATTACH", "USE", "EXPORT", "IMPORT", r"COMMENT(?=\s+ON\b)", "BEGIN", "COMMIT",
    "ROLLBACK", "CHECKPOINT", "FOREACH",
)

#: Table functions that only read the catalogue or settings.
READ_PROCEDURES = frozenset({
    "show_tables", "table_info", "show_connection", "db_version", "current_setting",
    "show_functions", "show_indexes", "show_sequences", "show_macros", "show_warnings",
    "show_attached_databases", "show_loaded_extensions", "show_official_extensions",
    "show_projected_graphs", "projected_graph_info", "storage_info", "stats_info",
})

_LITERALS = re.compile(
    r"""'(?:[^'\\]|\\.)*'?"""         # single-quoted string (unterminated too)
    r"""|"(?:[^"\\]|\\.)*"?"""        # double-quoted string
    r"""|`[^`]*`?"""                  # quoted identifier
    r"""|//[^\n]*"""                  # line comment
    r"""|/\*.*?(?:\*/|\Z)""",         # block comment
    re.DOTALL)
# A name after `.`, `$`, `:` or `AS` is a property, parameter, label or alias, not a clause.
_WORDS = re.compile(r"(?<![\w.$:])(?<!\bAS )(" + "|".join(WRITE_CLAUSES) + r")(?!\w)", re.IGNORECASE)
_CALL = re.compile(r"(?<![\w.$:])CALL\s+([\w.]+)\s*(=|\()?", re.IGNORECASE)


def strip_literals(query: str) -> str:
    """The query with strings, quoted names and comments blanked out.

    >>> print(strip_literals("RETURN 'a // b' AS x // note").rstrip())
    RETURN '' AS x
    """
    def blank(match: re.Match) -> str:
        text = match.group(0)
        if text[0] in "'\"`":
            return text[0] * 2
        return " "
    return _LITERALS.sub(blank, query)


def write_clause(query: str) -> str:
    """The first write clause of `query` (upper case), or '' when it only reads.

    A `CALL` counts as writing unless it calls one of `READ_PROCEDURES`.

    >>> write_clause("call threads = 4")
    'CALL threads'
    >>> write_clause("MATCH (a) WHERE a.set = 1 RETURN a.create AS merge, $copy AS comment")
    ''
    """
    code = strip_literals(query)
    found = _WORDS.search(code)
    if found:
        return found.group(1).upper()
    for call in _CALL.finditer(code):
        name, follow = call.group(1), call.group(2)
        if follow == "=" or name.lower() not in READ_PROCEDURES:
            return f"CALL {name}"
    return ""
