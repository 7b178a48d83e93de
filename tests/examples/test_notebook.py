"""examples/analysis.ipynb runs from top to bottom without an error, and is committed clean."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from tests.seeds import seed_paths

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "analysis.ipynb"
#: Seconds a cell may take (loading the seeds takes a few) and the kernel may take to start.
CELL_TIMEOUT = 300
STARTUP_TIMEOUT = 120
#: A run of this many characters of a seed article in the notebook means article text was copied in.
COPIED = 60


@pytest.fixture
def python3_kernel(tmp_path, monkeypatch):
    """A `python3` kernel spec for this interpreter, found first through JUPYTER_PATH.

    A fresh environment may have no kernel spec, or one for another Python
    without actorgraph; this one runs `sys.executable` and touches nothing
    outside tmp_path.
    """
    from ipykernel.kernelspec import write_kernel_spec

    jupyter = tmp_path / "jupyter"
    write_kernel_spec(jupyter / "kernels" / "python3")
    monkeypatch.setenv("JUPYTER_PATH", str(jupyter))
    return "python3"


def test_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code, "the notebook has no code"
    dirty = [i for i, cell in enumerate(nb.cells)
             if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)]
    assert not dirty, f"cells {dirty} have outputs; clear them before committing"


def test_notebook_copies_no_article_text():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    text = _squash("\n".join(cell.source for cell in nb.cells))
    for path in seed_paths():
        article = _squash(path.read_text(encoding="utf-8"))
        for start in range(0, max(len(article) - COPIED, 0) + 1, COPIED // 2):
            assert article[start:start + COPIED] not in text, f"text of {path.name} is in the notebook"


def test_notebook_runs_without_errors(tmp_path, python3_kernel):
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    client = NotebookClient(nb, kernel_name=python3_kernel, timeout=CELL_TIMEOUT,
                            startup_timeout=STARTUP_TIMEOUT, allow_errors=False,
                            resources={"metadata": {"path": str(workdir)}})
    client.execute()  # raises CellExecutionError, naming the cell, on the first error

    errors = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs
              if out.output_type == "error"]
    assert not errors
    shown = "\n".join(_text(out) for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs)
    assert re.search(r"Israel\s+Azerbaijan", shown), "the arms suppliers are not shown"
    assert "SELLS_TO" in shown and "pagerank" in shown
    assert list(workdir.iterdir()) == [], "the notebook wrote into its working directory"


def _text(output) -> str:
    if output.output_type == "stream":
        return output.text
    return str(output.get("data", {}).get("text/plain", "")) + str(output.get("data", {}).get("text/markdown", ""))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)
