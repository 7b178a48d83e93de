"""Reading sources: every format, and bad input reported per file."""

from pathlib import Path

from graph.model import Document
from loaders.sources import SourceError, read_sources

FIXTURES = Path(__file__).parent.parent / "fixtures" / "docs"


def _split(paths):
    items = list(read_sources([str(p) for p in paths]))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, SourceError)]


def test_text_and_markdown_keep_the_text():
    docs, errors = _split([FIXTURES / "harbour.txt", FIXTURES / "notes.md"])
    assert not errors
    assert "six patrol boats" in docs[0].text
    assert docs[0].title == "Chile agrees patrol boat deal with Peru"
    assert "drones to Russia" in docs[1].text


def test_html_drops_scripts_styles_and_navigation():
    (doc,), errors = _split([FIXTURES / "pipeline.html"])
    assert not errors
    assert "supply natural gas to Hungary" in doc.text
    assert "tracking" not in doc.text and "color: red" not in doc.text
    assert doc.date == "2023-04-02"


def test_jsonl_loads_good_lines_and_names_bad_ones():
    docs, errors = _split([FIXTURES / "feed.jsonl"])
    assert [d.key.rsplit("#", 1)[1] for d in docs] == ["1", "4"]
    assert docs[0].title == "Embargo" and docs[0].date == "2022-03-01"
    reasons = " ".join(e.reason for e in errors)
    assert "line 2" in reasons and "line 3: malformed JSON" in reasons


def test_json_array_of_records():
    (doc,), errors = _split([FIXTURES / "single.json"])
    assert not errors and doc.text.startswith("Norway exports gas")


def test_folder_and_glob_expand_to_files(tmp_path):
    (tmp_path / "a.txt").write_text("Chile sold arms to Peru.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("Peru bought arms from Chile.")
    (tmp_path / "skip.bin").write_bytes(b"\x00\x01")
    docs, _ = _split([tmp_path])
    assert sorted(Path(d.key).name for d in docs) == ["a.txt", "b.md"]
    docs, _ = _split([str(tmp_path / "*.txt")])
    assert [Path(d.key).name for d in docs] == ["a.txt"]


def test_bad_files_give_one_error_each_and_others_still_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Chile sold arms to Peru.")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    docs, errors = _split([tmp_path / "missing.txt", binary, empty, broken, good])
    assert [Path(d.key).name for d in docs] == ["good.txt"]
    by_file = {Path(e.path).name: e.reason for e in errors}
    assert by_file["missing.txt"] == "no such file or folder"
    assert "binary" in by_file["image.txt"]
    assert "empty" in by_file["empty.txt"]
    assert "malformed JSON" in by_file["broken.json"]
    assert all("\n" not in str(e) for e in errors)


def test_invalid_utf8_is_read_with_a_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Chile sold arms to Per\xfa.".encode("latin-1"))
    docs, errors = _split([path])
    assert docs and "\ufffd" in docs[0].text
    assert errors and errors[0].warning and "UTF-8" in errors[0].reason
