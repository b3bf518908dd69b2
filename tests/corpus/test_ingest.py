"""Ingestion into a real store: idempotence, copies, failures, web archives, merging, changed facts."""
from __future__ import annotations

import io
import json

import pytest

from brinkwatch.corpus.api import Corpus
from brinkwatch.corpus.ingest import ingest

from .conftest import TALKS, demo_jsonl, talks_jsonl


def counts(db):
    with Corpus(db) as c:
        return c.counts()


def test_reingesting_the_same_input_adds_nothing(tmp_path):
    src = talks_jsonl(tmp_path / "talks.jsonl")
    db = tmp_path / "s.duckdb"
    first = ingest([src], db)
    assert (first.added, first.skipped, first.failed) == (3, 0, [])
    before = counts(db)
    again = ingest([src, src], db)
    assert (again.added, again.skipped, again.failed) == (0, 6, [])
    assert counts(db) == before


def test_same_text_other_outlet_is_a_new_document_same_place_is_not(tmp_path):
    text = TALKS[0][3]
    lines = [{"text": text, "outlet": "A", "url": "https://a.example/1"},
             {"text": text, "outlet": "A", "url": "https://a.example/1"},   # the same page again
             {"text": text, "outlet": "B", "url": "https://b.example/9"},   # a copy elsewhere
             {"id": "mine", "text": text, "outlet": "A", "url": "https://a.example/1"}]  # known by place
    src = tmp_path / "p.jsonl"
    src.write_text("".join(json.dumps(line) + "\n" for line in lines))
    db = tmp_path / "s.duckdb"
    summary = ingest([src], db)
    assert (summary.added, summary.skipped) == (2, 2)
    with Corpus(db) as c:
        docs = c.documents()
    assert sorted(docs["outlet"]) == ["A", "B"]
    assert len(set(docs["id"])) == 2


def test_ids_are_kept_and_a_clashing_id_fails(tmp_path):
    src = talks_jsonl(tmp_path / "talks.jsonl")
    db = tmp_path / "s.duckdb"
    ingest([src], db)
    clash = tmp_path / "clash.jsonl"
    clash.write_text(json.dumps({"id": "talks-a", "text": "Something else entirely happened today."}) + "\n")
    summary = ingest([clash], db)
    assert summary.added == 0 and [f.code for f in summary.failed] == ["E026"]
    with Corpus(db) as c:
        assert sorted(c.documents()["id"]) == ["talks-a", "talks-b", "talks-c"]


def test_bad_inputs_are_recorded_and_the_run_goes_on(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "good.txt").write_text(TALKS[0][3])
    (d / "empty.txt").write_text("   \n")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 200)
    (d / "lines.jsonl").write_text('{"id": "ok", "text": "%s"}\nnot json\n[1, 2]\n{"id": "no-text"}\n'
                                   % TALKS[1][3].replace("\n", "\\n"))
    (d / ".hidden.txt").write_text("ignored")
    db = tmp_path / "s.duckdb"
    summary = ingest([d, tmp_path / "missing.txt"], db)
    assert summary.added == 2
    failed = {f.origin.replace(str(tmp_path), ""): f.code for f in summary.failed}
    assert failed == {"/in/binary.txt": "E002", "/in/empty.txt": "E001", "/in/lines.jsonl:2": "E007",
                      "/in/lines.jsonl:3": "E007", "/in/lines.jsonl:4": "E007", "/missing.txt": "E003"}
    with Corpus(db) as c:
        assert len(c.failures()) == 6 and all(f["reason"] for f in c.failures())
    assert len(ingest([d], db).failed) == 5  # retried, still failing, still recorded once each
    with Corpus(db) as c:
        assert len(c.failures()) == 6


def test_web_archive_html_responses_are_ingested(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    pages = [(url, f"<html><head><title>{text.split(chr(10))[0]}</title></head><body><article>"
                   + "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:]) + "</article></body></html>")
             for _, _, url, text in TALKS[:2]]
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://x.example/a.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG"), http_headers=image))
        writer.write_record(writer.create_warc_record("https://x.example/", "request", payload=io.BytesIO(b"GET /")))
    db = tmp_path / "s.duckdb"
    summary = ingest([path], db)
    assert (summary.added, summary.failed) == (2, [])
    with Corpus(db) as c:
        docs = c.documents().sort_values("url")
    assert list(docs["url"]) == [TALKS[1][2], TALKS[0][2]]
    assert list(docs["outlet"]) == ["daily-two.example", "wire-one.example"]
    assert all("#" in o for o in docs["origin"])
    assert ingest([path], db).skipped == 2


def test_one_meeting_from_three_outlets_is_one_event_with_three_reports(tmp_path):
    db = tmp_path / "s.duckdb"
    ingest([talks_jsonl(tmp_path / "talks.jsonl")], db)
    with Corpus(db) as c:
        events = [e for e in c.event_records(source="Russia", target="UKR", type="CONSULT")]
    assert len(events) == 1
    event = events[0]
    assert event["reports"] == 3 and event["outlets"] == ["Daily Two", "Post Three", "Wire One"]
    assert sorted(event["documents"]) == ["talks-a", "talks-b", "talks-c"]
    assert {m["document"] for m in event["mentions"]} == set(event["documents"])
    for m in event["mentions"]:
        assert m["sentence"] and 0 <= m["start"] < m["end"]


def test_a_rewrite_that_swapped_roles_is_reported_and_not_merged(tmp_path):
    db = tmp_path / "s.duckdb"
    ingest([demo_jsonl(tmp_path / "m.jsonl", ["d07-eastline-shelling", "d12-topnews-spun-shelling"])], db)
    with Corpus(db) as c:
        stories = c.story_records()
        events = c.event_records()
        flags = [f for f in c.flags() if f["kind"] == "changed_facts"]
    member = {d["id"]: d for s in stories for d in s["documents"]}["d12-topnews-spun-shelling"]
    assert member["relation"] == "rewrite" and member["original"] == "d07-eastline-shelling"
    assert "roles_swapped" in {ch["kind"] for ch in member["changes"]}
    changed = [e for e in events if e["changed_facts"]]
    assert all(e["documents"] == ["d12-topnews-spun-shelling"] for e in changed)
    assert all(f["document_id"] == "d12-topnews-spun-shelling" for f in flags)
    swapped = next(ch for ch in member["changes"] if ch["kind"] == "roles_swapped")
    d12_events = [e for e in events if "d12-topnews-spun-shelling" in e["documents"]]
    at_swap = [e for e in d12_events if any(m["document"] == "d12-topnews-spun-shelling"
                                            and m["start"] <= swapped["copy"]["start"] < m["end"] for m in e["mentions"])]
    # the swapped roles are never merged with the original's event: either the event told there stays apart,
    # flagged, or (the spun headline) the coder refuses to code it and flags the headline against the body
    assert all(e["changed_facts"] and e["documents"] == ["d12-topnews-spun-shelling"] for e in at_swap)
    if not at_swap:
        with Corpus(db) as c:
            kinds = {f["kind"] for f in c.flags() if f["document_id"] == "d12-topnews-spun-shelling"}
        assert "headline_contradicts_body" in kinds
    assert changed or not at_swap


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(tmp_path):
    src = talks_jsonl(tmp_path / "talks.jsonl")
    tty, pipe = _Terminal(), io.StringIO()
    ingest([src], tmp_path / "a.duckdb", stderr=tty, batch_size=1)
    ingest([src], tmp_path / "b.duckdb", stderr=pipe, batch_size=1)
    assert pipe.getvalue() == ""
    last = tty.getvalue().rstrip("\n").split("\r")[-1]
    assert "3/3" in last and "docs/s" in last and "ETA" in last and "added 3" in last
