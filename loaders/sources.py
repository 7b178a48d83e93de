"""Stage 1: read sources (files, folders, globs) into `Document` values.

Each path expands to files; each file yields documents or one `SourceError`
naming the file and the reason, so that one bad file never stops the others.

>>> from pathlib import Path; import tempfile
>>> p = Path(tempfile.mkdtemp()) / "a.txt"; _ = p.write_text("Chile sold arms to Peru.")
>>> [d.text for d in read_sources([str(p)]) if isinstance(d, Document)]
['Chile sold arms to Peru.']
"""

from __future__ import annotations

import glob
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.model import Document, content_id

__all__ = ["SUFFIXES", "MAX_BYTES", "SourceError", "document_key", "expand_paths", "read_sources"]

SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
#: Files above this size are refused: news articles are kilobytes, and a
#: file this large is a dump that would hold the whole of it in memory.
MAX_BYTES = int(os.environ.get("ACTORGRAPH_MAX_BYTES", 20 * 1024 * 1024))
TEXT_FIELDS = ("text", "content", "body", "article", "maintext", "full_text")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "published_at", "pubdate", "date_publish")
OUTLET_FIELDS = ("outlet", "source", "sitename", "publisher", "site")


@dataclass(frozen=True, slots=True)
class SourceError:
    """A file or record that could not be read; `warning` ones were still read."""

    path: str
    reason: str
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def expand_paths(paths: Iterable[str]) -> Iterator[Path | SourceError]:
    """Files named by `paths`: files as given, folders walked, globs expanded; sorted within each."""
    for raw in paths:
        if any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield SourceError(raw, "no file matches this pattern")
            for match in matches:
                if Path(match).is_file():
                    yield Path(match)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        else:
            yield SourceError(raw, "no such file or folder")


def _walk(folder: Path) -> Iterator[Path | SourceError]:
    errors: list[SourceError] = []
    found = []
    for root, dirs, files in os.walk(folder, onerror=lambda e: errors.append(SourceError(e.filename, "permission denied" if isinstance(e, PermissionError) else e.strerror or str(e)))):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / f for f in files if f.lower().endswith(SUFFIXES) and not f.startswith("."))
    yield from errors
    yield from sorted(found)


def read_sources(paths: Iterable[str]) -> Iterator[Document | SourceError]:
    """Documents from every file under `paths`, with a `SourceError` for each failure."""
    for item in expand_paths(paths):
        if isinstance(item, SourceError):
            yield item
        else:
            yield from read_file(item)


def document_key(path: str | os.PathLike) -> str:
    """The key a file's documents are stored under: its absolute path, as valid Unicode.

    Bytes of a file name that are not UTF-8 are written as `\\xNN`, since no store
    holds the surrogates Python decodes them to.

    >>> document_key("/news/caf\\udce9.txt")
    '/news/caf\\\\xe9.txt'
    """
    return os.fsencode(os.path.abspath(path)).decode("utf-8", "backslashreplace")


def read_file(path: Path) -> Iterator[Document | SourceError]:
    """Documents in one file, chosen by its suffix; keyed by the absolute path, so reloads match."""
    name = document_key(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            yield SourceError(name, "is a folder")
            return
        if not stat.S_ISREG(info.st_mode):  # a pipe would block, a device never end
            yield SourceError(name, "not a regular file (a pipe, socket or device)")
            return
        if info.st_size > MAX_BYTES:
            yield SourceError(name, f"file is {_megabytes(info.st_size)}, over the {_megabytes(MAX_BYTES)} "
                                    "limit for one document file")
            return
        with path.open("rb") as f:  # no further than the limit: a file may grow, or stat not know its size
            data = f.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            yield SourceError(name, f"file is over the {_megabytes(MAX_BYTES)} limit for one document file")
            return
    except PermissionError:
        yield SourceError(name, "permission denied")
        return
    except IsADirectoryError:
        yield SourceError(name, "is a folder")
        return
    except OSError as exc:
        yield SourceError(name, exc.strerror or str(exc))
        return
    if name != os.path.abspath(path):
        yield SourceError(name, "file name is not valid UTF-8; its bytes are kept as \\xNN", warning=True)
    if b"\x00" in data[:8192]:
        yield SourceError(name, "binary file, not text")
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        yield SourceError(name, f"invalid UTF-8 at byte {exc.start}; bad bytes replaced", warning=True)
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonl"):
        yield from _read_json(name, text, suffix)
        return
    if suffix in (".html", ".htm"):
        doc = _html_document(name, text)
    else:
        doc = _document(name, text)
    if doc is None:
        yield SourceError(name, "empty document: no text found")
    else:
        yield doc


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB" if size >= 1024 * 1024 else f"{size / (1024 * 1024):.2f} MB"


def _document(key: str, text: str, title: str = "", date: str = "", outlet: str = "") -> Document | None:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None
    if not title:
        title = _first_line(text)
    return Document(key=key, id=content_id(text), text=text, title=title, date=date, outlet=outlet)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if len(line) > 3:
            return line[:200]
    return ""


def _html_document(key: str, html: str) -> Document | None:
    import trafilatura  # slow to import; only HTML needs it

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, favor_recall=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    if extracted is None or not (extracted.text or "").strip():
        return None
    return _document(key, extracted.text, title=extracted.title or "", date=extracted.date or "",
                     outlet=extracted.sitename or "")


def _read_json(name: str, text: str, suffix: str) -> Iterator[Document | SourceError]:
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield SourceError(name, f"malformed JSON at line {exc.lineno}: {exc.msg}")
            return
        except (RecursionError, ValueError) as exc:
            yield SourceError(name, f"malformed JSON: {_json_limit(exc)}")
            return
        records = data if isinstance(data, list) else [data]
        numbered = ((i, r) for i, r in enumerate(records, start=1))
        label = "record"
    else:
        numbered = _jsonl_records(name, text)
        label = "line"
    found = False
    for number, record in numbered:
        if isinstance(record, SourceError):
            yield record
            continue
        doc = _record_document(f"{name}#{number}", record)
        if doc is None:
            yield SourceError(name, f"{label} {number}: no text field ({', '.join(TEXT_FIELDS)})")
        else:
            found = True
            if _lone_surrogates(record):
                yield SourceError(name, f"{label} {number}: lone surrogate escapes replaced with U+FFFD", warning=True)
            yield doc
    if not found and not text.strip():
        yield SourceError(name, "empty document: no text found")


def _jsonl_records(name: str, text: str) -> Iterator[tuple[int, object]]:
    # JSON Lines end at "\n" only: splitlines() would also cut at U+2028, NEL or form feeds inside strings
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, SourceError(name, f"line {number}: malformed JSON ({exc.msg})")
        except (RecursionError, ValueError) as exc:
            yield number, SourceError(name, f"line {number}: malformed JSON ({_json_limit(exc)})")


def _json_limit(exc: Exception) -> str:
    """What Python's JSON parser could not take, besides syntax errors."""
    return "nested too deeply" if isinstance(exc, RecursionError) else "a number too long to read"


def _record_document(key: str, record: object) -> Document | None:
    if not isinstance(record, dict):
        return None
    text = _valid(_field(record, TEXT_FIELDS))
    if not text.strip():
        return None
    if re.search(r"<(p|div|br|article|html|body)\b", text[:2000], re.I):
        doc = _html_document(key, text)
        if doc is None:
            return None
        text = doc.text
    return _document(key, text, title=_valid(_field(record, TITLE_FIELDS)), date=_valid(_field(record, DATE_FIELDS)),
                     outlet=_valid(_field(record, OUTLET_FIELDS)))


_SURROGATES = re.compile("[\ud800-\udfff]")


def _valid(text: str) -> str:
    """`text` with lone surrogates (JSON escapes such as half an emoji, "\\ud83d") as U+FFFD: stores hold only Unicode."""
    return _SURROGATES.sub("\ufffd", text)


def _lone_surrogates(record: dict) -> bool:
    return any(_SURROGATES.search(_field(record, names)) for names in (TEXT_FIELDS, TITLE_FIELDS, DATE_FIELDS, OUTLET_FIELDS))


def _field(record: dict, names: tuple[str, ...]) -> str:
    for name in names:
        value = record.get(name)
        if isinstance(value, str):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            return value["name"]
    return ""
