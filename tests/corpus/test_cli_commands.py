"""The corpus commands as a user runs them: documented JSON shapes, formats, exports, one-line errors."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from brinkwatch.cli import main
from brinkwatch.corpus.export import COLUMNS
from brinkwatch.corpus.ingest import ingest

from .conftest import demo_jsonl, talks_jsonl

EVENT_KEYS = {"id", "type", "mode", "modality", "source", "target", "attributed_to", "trigger", "date", "location",
              "contexts", "intensity", "quad", "confidence", "sentence", "start", "end", "rule"}
SPAN_KEYS = {"text", "start", "end"}
MENTION_KEYS = {"document", "outlet", "sentence", "start", "end"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli")
    path = tmp / "corpus.duckdb"
    ingest([demo_jsonl(tmp / "demo.jsonl"), talks_jsonl(tmp / "talks.jsonl")], path)
    return str(path)


def run_json(capsys, *args):
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def check_merged(record: dict, content_keys: set[str]):
    assert content_keys <= set(record)
    assert isinstance(record["reports"], int) and record["reports"] == len(record["documents"]) >= 1
    assert all(isinstance(o, str) for o in record["outlets"])
    assert record["mentions"] and all(set(m) == MENTION_KEYS for m in record["mentions"])
    assert {m["document"] for m in record["mentions"]} == set(record["documents"])


def test_events_json_shape_and_filters(db, capsys):
    events = run_json(capsys, "events", "--db", db, "--format", "json")
    assert events
    for e in events:
        check_merged(e, EVENT_KEYS)
        assert set(e["trigger"]) == SPAN_KEYS
    assert max(e["reports"] for e in events) >= 3
    russian = run_json(capsys, "events", "--db", db, "--source", "rus", "--since", "2022-02-15", "--format", "json")
    assert russian and all(e["source"]["country"] == "RUS" and e["date"] >= "2022-02-15" for e in russian)


def test_events_csv_and_table(db, capsys):
    assert main(["events", "--db", db, "--type", "CONSULT", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and all(r["type"] == "CONSULT" for r in rows)
    assert main(["events", "--db", db, "--format", "table"]) == 0
    assert "reports" in capsys.readouterr().out.splitlines()[0]


def test_stories_json_shape(db, capsys):
    stories = run_json(capsys, "stories", "--db", db, "--format", "json")
    ids = [d["id"] for s in stories for d in s["documents"]]
    assert len(ids) == len(set(ids)) == 15  # every document in exactly one story, single ones included
    for s in stories:
        assert {"id", "title", "documents", "figure_conflicts"} <= set(s)
        for d in s["documents"]:
            assert {"id", "title", "outlet", "published", "relation", "changes"} <= set(d)
            assert d["relation"] in ("original", "copy", "rewrite", "related")
            for ch in d["changes"]:
                assert set(ch) == {"kind", "original", "copy"}
                assert set(ch["original"]) == set(ch["copy"]) == SPAN_KEYS
        for conflict in s["figure_conflicts"]:
            assert conflict["unit"] and len({v["value"] for v in conflict["values"]}) >= 2
    relations = {d["id"]: d["relation"] for s in stories for d in s["documents"]}
    assert relations["d11-topnews-copy-withdrawal"] == "copy"
    assert relations["d12-topnews-spun-shelling"] == "rewrite"


def test_quotes_json_shape_and_speaker_filter(db, capsys):
    quotes = run_json(capsys, "quotes", "--db", db, "--format", "json")
    for q in quotes:
        check_merged(q, {"speaker", "cue", "content", "start", "end", "direct", "confidence", "rule"})
    peskov = run_json(capsys, "quotes", "--db", db, "--speaker", "peskov", "--format", "json")
    assert peskov and all("Peskov" in q["speaker"]["name"] for q in peskov)
    assert any(q["reports"] >= 2 for q in peskov)  # the copy repeats him


def test_timeline_json_csv_png(db, capsys, tmp_path):
    rows = run_json(capsys, "timeline", "RUS", "UKR", "--db", db, "--format", "json")
    assert rows
    for r in rows:
        assert set(r) == {"period", "events", "a_to_b", "b_to_a", "quad", "intensity_mean", "intensity_sum",
                          "articles", "escalation"}
        assert r["events"] == r["a_to_b"] + r["b_to_a"] == sum(r["quad"].values())
        assert {"score", "baseline", "change", "marked"} <= set(r["escalation"])
    weeks = run_json(capsys, "timeline", "RUS", "UKR", "--db", db, "--by", "week", "--format", "json")
    assert sum(r["events"] for r in weeks) == sum(r["events"] for r in rows)
    assert main(["timeline", "RUS", "UKR", "--db", db, "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("period,")
    png = tmp_path / "t.png"
    assert main(["timeline", "RUS", "UKR", "--db", db, "--format", "png", "--out", str(png)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_export(db, tmp_path, fmt, capsys):
    out = tmp_path / f"events.{fmt}"
    assert main(["export", "--db", db, "--format", fmt, "--out", str(out)]) == 0
    if fmt == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(out)
        columns, rows = table.column_names, table.to_pylist()
    elif fmt == "csv":
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        columns = list(rows[0])
    else:
        rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        columns = list(rows[0])
    assert columns == list(COLUMNS) and rows
    assert any(r["CAMEO Code"] for r in rows)
    consult = [r for r in rows if r["Event Type"] == "CONSULT"]
    assert consult and all(str(r["CAMEO Code"]).startswith("04") for r in consult)


def test_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"garbage" * 100)
    for args in (["events", "--db", str(bad)], ["stories", "--db", str(tmp_path / "none.duckdb")],
                 ["ingest", "--db", str(bad)], ["events", "--db", str(tmp_path / "x.duckdb"), "--since", "soon"]):
        proc = subprocess.run([sys.executable, "-m", "brinkwatch", *args], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 1 and proc.stdout == ""
        assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("brinkwatch: error ["), proc.stderr
    assert bad.read_bytes() == b"garbage" * 100


def test_demo_prints_the_situation_report(tmp_path, capsys):
    assert main(["demo", "--db", str(tmp_path / "demo.duckdb")]) == 0
    out = capsys.readouterr().out
    for heading in ("Top dyads", "Key events", "Who said what", "Copies and rewrites"):
        assert heading in out
    assert "d12-topnews-spun-shelling" in out and "roles_swapped" in out
    report = run_json(capsys, "demo", "--db", str(tmp_path / "demo.duckdb"), "--format", "json")
    assert report["documents"] == 12 and report["ingest"]["skipped"] == 12
