"""The layers of STYLE.md hold: `graph` is the core, `loaders` (write side) and `queries` (read side) sit on it.

- `graph/` imports neither `loaders` nor `queries`, except the CLI (`graph/cli/`)
  and the notebook API (`graph/api.py`), which wire everything together and
  import them inside functions only, never when the module is imported;
- `loaders/` and `queries/` import `graph` and themselves, not each other;
- no package imports `bench` or `tests`.

Imports are read with `ast`, so imports in docstrings and comments do not count.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Packages of this repository: any folder at the root with an __init__.py.
FIRST_PARTY = frozenset(p.parent.name for p in ROOT.glob("*/__init__.py"))
#: Modules of `graph` that may import `loaders` and `queries` inside functions.
WIRING = ("graph/cli/", "graph/api.py")
#: First-party packages each layer may import, besides the standard library and third-party ones.
ALLOWED = {"graph": {"graph"}, "loaders": {"graph", "loaders"}, "queries": {"graph", "queries"}}


@dataclass(frozen=True)
class Import:
    module: str  # absolute dotted name, relative imports resolved
    line: int
    in_function: bool

    @property
    def top(self) -> str:
        return self.module.split(".")[0]


def imports(path: Path) -> list[Import]:
    """Every import statement of the module at `path`, with whether it runs only when a function is called."""
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]  # for __init__.py too: its own folder
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                found.extend(Import(alias.name, child.lineno, in_function) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = list(package[: len(package) - child.level + 1])
                    module = ".".join(base + ([child.module] if child.module else []))
                else:
                    module = child.module or ""
                found.append(Import(module, child.lineno, in_function))
            visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)), False)
    return found


def modules(layer: str) -> list[Path]:
    return sorted((ROOT / layer).rglob("*.py"))


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_the_layers_exist():
    assert {"graph", "loaders", "queries"} <= FIRST_PARTY
    assert all(modules(layer) for layer in ALLOWED)


def violations(layer: str) -> list[str]:
    """One line per import of `layer` that the layers forbid."""
    wrong = []
    for path in modules(layer):
        wiring = rel(path).startswith(WIRING)
        for imp in imports(path):
            if imp.top not in FIRST_PARTY or imp.top in ALLOWED[layer]:
                continue
            if wiring and imp.in_function and imp.top in ("loaders", "queries"):
                continue
            where = "inside a function" if imp.in_function else "at module level"
            wrong.append(f"{rel(path)}:{imp.line} imports {imp.module} {where}")
    return wrong


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layers_import_only_what_they_sit_on(layer):
    wrong = violations(layer)
    assert not wrong, f"{layer}/ may import only {sorted(ALLOWED[layer])} of this repository:\n" + "\n".join(wrong)


def test_the_wiring_modules_exist():
    """A rename must not turn the exception for the CLI and the API into a hole."""
    for prefix in WIRING:
        assert any(rel(p).startswith(prefix) for p in modules("graph")), f"no {prefix}"


def test_imports_are_read_with_their_place(tmp_path, monkeypatch):
    """The checker itself: module level, inside functions and class bodies, relative imports."""
    package = tmp_path / "graph" / "stores"
    package.mkdir(parents=True)
    source = package / "fake.py"
    source.write_text(
        "import os\n"
        "from loaders.pipeline import extract_paths\n"
        "from . import base\n"
        "from ..analysis import centrality\n"
        "class A:\n"
        "    import queries\n"
        "def f():\n"
        "    import queries as named\n"
        "    g = lambda: __import__('x')\n"
        "    class B:\n"
        "        from loaders import sources\n",
        encoding="utf-8")
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    found = [(i.module, i.in_function) for i in imports(source)]
    assert found == [("os", False), ("loaders.pipeline", False), ("graph.stores", False),
                     ("graph.analysis", False), ("queries", False), ("queries", True), ("loaders", True)]


def test_forbidden_imports_are_found(tmp_path, monkeypatch):
    """The checker itself, on a made-up tree: what the layers forbid is reported, what they allow is not."""
    files = {
        "graph/__init__.py": "",
        "graph/core.py": "import loaders\ndef f():\n    import queries\n",
        "graph/api.py": "def f():\n    import queries\nfrom loaders import sources\n",
        "graph/cli/__init__.py": "import click\ndef f():\n    from loaders.pipeline import extract_paths\n    import bench\n",
        "loaders/__init__.py": "from graph.model import Claim\nimport queries\n",
        "queries/__init__.py": "from . import names\nfrom graph import api\n",
        "bench/__init__.py": "",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    monkeypatch.setitem(globals(), "FIRST_PARTY", frozenset({"graph", "loaders", "queries", "bench"}))
    assert violations("graph") == [
        "graph/api.py:3 imports loaders at module level",
        "graph/cli/__init__.py:4 imports bench inside a function",
        "graph/core.py:1 imports loaders at module level",
        "graph/core.py:3 imports queries inside a function",
    ]
    assert violations("loaders") == ["loaders/__init__.py:2 imports queries at module level"]
    assert violations("queries") == []
