"""benchmarks/realpairs: our marks on real news sentences, stored as offsets and rebuilt from ../shared."""
from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

from brinkwatch.events.typemodel import unmark

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
REAL = BENCH / "realpairs"
SHARED = BENCH.parents[1] / "shared" / "benchmarks"


def _load(name: str):
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ev():
    return _load("eval_events")


@pytest.fixture(scope="module")
def imp():
    return _load("import_real_marks")


def test_mark_puts_tags_around_either_order(ev):
    text = "Ankara urged Baghdad to act."
    assert ev.mark(text, (0, 6), (13, 20)) == "<s>Ankara</s> urged <t>Baghdad</t> to act."
    assert ev.mark(text, (13, 20), (0, 6)) == "<t>Ankara</t> urged <s>Baghdad</s> to act."
    assert ev.mark("AB", (0, 1), (1, 2)) == "<s>A</s><t>B</t>"


def test_import_keeps_offsets_not_text_and_rebuilds_the_marks(imp, ev):
    doc = "Intro line. Senator Ames criticized the Acme Corp. on Friday."
    marked = "<s>Senator Ames</s> criticized <t>the Acme Corp.</t> on Friday."
    row = imp.pointer_row({"id": "polnear:d1:12", "type": "ACCUSE", "marked_sentence": marked,
                           "why": "criticized -> ACCUSE"}, {("polnear", "d1"): doc})
    assert row["start"] == 12 and row["end"] == len(doc)
    assert "Ames" not in "".join(str(v) for k, v in row.items() if k != "why")
    sentence = doc[row["start"]:row["end"]]
    assert row["digest"] == ev.sentence_digest(sentence)
    assert ev.mark(sentence, (row["s_start"], row["s_end"]), (row["t_start"], row["t_end"])) == marked


def test_import_refuses_a_sentence_that_is_not_in_the_document(imp):
    with pytest.raises(SystemExit, match="not the document's text"):
        imp.pointer_row({"id": "ggt:x:0", "type": "ACCUSE", "marked_sentence": "<s>A</s> hit <t>B</t>.",
                         "why": "w"}, {("ggt", "x"): "Something else entirely."})


@pytest.mark.skipif(not (SHARED / "quotes" / "polnear").exists(), reason="benchmarks absent")
def test_every_stored_mark_rebuilds_from_the_shared_texts(ev):
    files = sorted(REAL.glob("*.tsv"))
    assert files
    rows = ev.real_rows()
    stored = [r for f in files for r in csv.DictReader(f.open(encoding="utf-8"), delimiter="\t",
                                                          quoting=csv.QUOTE_NONE)]
    assert len(rows) == len(stored)
    for (marked, kind), r in zip(rows, stored):
        _, s, t = unmark(marked)
        assert kind == r["type"] and s == (int(r["s_start"]), int(r["s_end"])) and s[0] < s[1] and t[0] < t[1]


def test_stored_files_hold_no_sentence_text():
    for f in sorted(REAL.glob("*.tsv")):
        header = f.open(encoding="utf-8").readline().rstrip("\n").split("\t")
        assert header == ["corpus", "doc", "start", "end", "digest", "s_start", "s_end", "t_start", "t_end",
                          "type", "why"]
