"""Reading inputs (no analysis): order, manifests, errors in place."""
from __future__ import annotations

import json

from brinkwatch.corpus.inputs import count_sources, iter_sources, outlet_of

from .conftest import DEMO


def test_a_directory_with_a_manifest_reads_each_file_once_with_its_metadata():
    sources = list(iter_sources([DEMO]))
    assert len(sources) == count_sources([DEMO]) == 12
    first = sources[0].page
    assert (first.id, first.outlet, first.published) == ("d01-harbor-lavrov", "Harbor Ledger", "2022-02-14")
    assert sources[2].page.html is True  # d03 is an .html file


def test_errors_come_in_place_and_hidden_files_are_skipped(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nBody text.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("no")
    (tmp_path / "m.jsonl").write_text(json.dumps({"id": "x", "file": "gone.txt"}) + "\n\n")
    sources = list(iter_sources([tmp_path, tmp_path / "nope.html"]))
    assert [(s.origin.replace(str(tmp_path), ""), s.error and s.error.code) for s in sources] == [
        ("/m.jsonl:1", "E003"), ("/a.txt", None), ("/nope.html", "E003")]
    assert count_sources([tmp_path, tmp_path / "nope.html"]) == 3


def test_outlet_from_url():
    assert outlet_of("https://www.example.org/a/b") == "example.org"
    assert outlet_of(None) is None
