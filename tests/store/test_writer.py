"""The single writer: one transaction per batch, failures replaced on retry, corpus tables replaced whole."""
from __future__ import annotations

import json

from brinkwatch.records import report_from_dict
from brinkwatch.store import Added, CorpusRows, Failed, StoreWriter, open_store, queries

from .helpers import event, full_report, report


def test_a_batch_stores_every_table_and_the_full_report(tmp_path):
    db = tmp_path / "s.duckdb"
    rep = full_report("doc-1")
    with StoreWriter(db) as w:
        assert w.add_batch([Added(rep.to_dict(), "h1", "in.jsonl:1"), Failed("in.jsonl:2", "x", "E001", "empty")]) \
            == (1, 1)
    con = open_store(db)
    counts = queries.counts(con)
    assert counts["documents"] == 1 and counts["document_events"] == 1 and counts["quotes"] == 1
    assert counts["quantities"] == 1 and counts["failures"] == 1
    assert counts["actors"] == 3  # source, target, speaker
    kinds = {(f["origin"], f["kind"]) for f in queries.flags(con)}
    assert kinds == {("report", "headline_contradicts_body"), ("removed", "other_language")}
    assert report_from_dict(json.loads(queries.report_json(con, "doc-1"))) == rep


def test_a_failed_batch_leaves_nothing_behind(tmp_path):
    db = tmp_path / "s.duckdb"
    good = report("ok").to_dict()
    bad = report("bad").to_dict()
    bad["events"][0]["intensity"] = "not a number"
    with StoreWriter(db) as w:
        try:
            w.add_batch([Added(good, "h1", "a"), Added(bad, "h2", "b")])
        except Exception:
            pass
        assert w.known_documents() == []
    assert queries.counts(open_store(db))["document_events"] == 0


def test_retried_failure_is_replaced_not_duplicated(tmp_path):
    db = tmp_path / "s.duckdb"
    with StoreWriter(db) as w:
        w.add_batch([Failed("a.txt", None, "E001", "empty")])
        w.add_batch([Failed("a.txt", None, "E001", "empty")])
        assert len(queries.failures(w.con)) == 1
        w.add_batch([Added(report("a").to_dict(), "h", "a.txt")])  # fixed: the failure goes
        assert queries.failures(w.con) == []


def test_replace_corpus_swaps_all_corpus_rows_at_once(tmp_path):
    db = tmp_path / "s.duckdb"
    story = {"id": "s1", "title": "T", "documents": 1, "first_published": None, "last_published": None}
    flag = {"document_id": "a", "kind": "changed_facts", "message": "m", "rule": "r", "start_char": 0,
            "end_char": 1, "evidence": "[]"}
    with StoreWriter(db) as w:
        w.add_batch([Added(report("a").to_dict(), "h", "a.txt")])
        for _ in range(2):
            w.replace_corpus(CorpusRows({"stories": [story]}, [flag]), "1:1")
        now, done = w.corpus_state()
        assert now == done == "1:1"
    con = open_store(db)
    assert queries.counts(con)["stories"] == 1
    assert [f["origin"] for f in queries.flags(con)] == ["corpus"]
    assert not queries.is_stale(con)


def test_events_dated_by_year_or_month_are_stored(tmp_path):
    db = tmp_path / "s.duckdb"
    body = "Russia met Ukraine."
    start = len("Talks") + 2
    events = [event(f"d-e{i}", body, start, date=d) for i, d in enumerate(("2014", "2022-01", "2022-02-10", None))]
    with StoreWriter(db) as w:
        assert w.add_batch([Added(report("d", body, events=events).to_dict(), "h1", "a")]) == (1, 0)
    con = open_store(db)
    rows = con.execute("SELECT idx, CAST(date AS VARCHAR), record FROM document_events ORDER BY idx").fetchall()
    assert [r[1] for r in rows] == ["2014-01-01", "2022-01-01", "2022-02-10", "2022-02-14"]
    assert [json.loads(r[2])["date"] for r in rows] == ["2014", "2022-01", "2022-02-10", None]
