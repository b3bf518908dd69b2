"""One store, several processes: real ``brinkwatch ingest`` and ``brinkwatch serve`` subprocesses on a real file.

- A second ingest while one runs stops at once with E020 ("in use by another brinkwatch process"), one line;
  the first finishes, nothing is lost or doubled, and the second, run again afterwards, adds its pages.
- Two ingests started at the same moment on a new file: one writes the store, the other stops with E020.
- A server polled without pause during an ingest answers every request with a consistent state: no 5xx,
  counts never go down, every event's documents exist, and the ingest's documents show up once it ends.
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from brinkwatch.api.testing import ServerProcess, get_json
from brinkwatch.store import StoreWriter, open_store, queries

_spec = importlib.util.spec_from_file_location("hardening_stores", Path(__file__).parent / "fixtures" / "stores.py")
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)

ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}


def ingest_cmd(*paths, db, extra=()):
    return [sys.executable, "-m", "brinkwatch", "ingest", *map(str, paths), "--db", str(db), *extra]


def check_store(db: Path) -> dict:
    con = open_store(db)
    try:
        assert helpers.integrity_problems(con) == {}
        assert not queries.is_stale(con)
        return queries.counts(con)
    finally:
        con.close()


def test_second_ingest_stops_with_E020_and_nothing_is_corrupted(tmp_path):
    db = tmp_path / "c.duckdb"
    demo, talks = helpers.demo_jsonl(tmp_path / "demo.jsonl"), helpers.talks_jsonl(tmp_path / "talks.jsonl")
    first = subprocess.Popen(ingest_cmd(demo, db=db, extra=("--batch-size", "2", "--verbose")), env=ENV, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = first.stderr.readline()  # the first batch is stored: the writer holds the store
        assert line.startswith("stored:"), line + first.stderr.read()[-2000:]
        second = subprocess.run(ingest_cmd(talks, db=db), env=ENV, capture_output=True, text=True, timeout=120)
        out, err = first.communicate(timeout=300)
    finally:
        first.kill()
        first.wait()
    assert first.returncode == 0, err[-2000:]
    assert second.returncode == 1
    message = second.stderr.strip()
    assert "\n" not in message and "[E020]" in message and "in use by another brinkwatch process" in message
    assert "Traceback" not in second.stderr and second.stdout == ""

    counts = check_store(db)
    assert counts["documents"] == 12 and counts["failures"] == 0
    again = subprocess.run(ingest_cmd(talks, demo, db=db), env=ENV, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "3 added, 12 skipped" in again.stdout
    counts = check_store(db)
    assert counts["documents"] == 15


def test_two_ingests_started_together_on_a_new_store(tmp_path):
    db = tmp_path / "new.duckdb"
    talks = helpers.talks_jsonl(tmp_path / "talks.jsonl")
    procs = [subprocess.Popen(ingest_cmd(talks, db=db), env=ENV, text=True, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) for _ in range(2)]
    results = [(p.wait(timeout=300), *p.communicate()) for p in procs]
    codes = sorted(r[0] for r in results)
    assert codes == [0, 1], [r[2][-1000:] for r in results]
    loser = next(r for r in results if r[0] == 1)
    assert "[E020]" in loser[2] and "Traceback" not in loser[2], loser[2]
    assert check_store(db)["documents"] == 3


def _poll(url: str, stop: threading.Event, answers: list) -> None:
    """Events first, then documents: documents only ever grow, so every event's documents must be listed."""
    while not stop.is_set():
        status_e, events = get_json(url + "/api/events?limit=200", timeout=60)
        status_d, docs = get_json(url + "/api/documents?limit=200", timeout=60)
        status_h, health = get_json(url + "/api/health", timeout=60)
        answers.append((time.monotonic(), status_e, events, status_d, docs, status_h, health))


def test_server_answers_a_consistent_state_during_an_ingest(tmp_path):
    db = tmp_path / "live.duckdb"
    StoreWriter(db).close()  # an empty store: the server has a first snapshot before the ingest starts
    talks = helpers.talks_jsonl(tmp_path / "talks.jsonl")
    with ServerProcess(db) as server:
        assert get_json(server.url + "/api/documents")[1]["total"] == 0
        answers: list = []
        stop = threading.Event()
        poller = threading.Thread(target=_poll, args=(server.url, stop, answers), daemon=True)
        poller.start()
        try:
            run = subprocess.run(ingest_cmd(talks, db=db, extra=("--batch-size", "1")), env=ENV,
                                 capture_output=True, text=True, timeout=300)
            ended = time.monotonic()
            deadline = ended + 15
            while time.monotonic() < deadline and not (answers and answers[-1][4].get("total") == 3
                                                       and answers[-1][0] > ended):
                time.sleep(0.2)
        finally:
            stop.set()
            poller.join(60)
        assert run.returncode == 0, run.stderr[-2000:]
        assert len(answers) >= 10, len(answers)

        doc_totals, event_totals, snapshots, busy = [], [], [], False
        for _, status_e, events, status_d, docs, status_h, health in answers:
            assert (status_e, status_d, status_h) == (200, 200, 200), (events, docs, health)
            assert len(docs["items"]) == docs["total"] and len(events["items"]) == events["total"]
            listed = {d["id"] for d in docs["items"]}
            for event in events["items"]:
                assert set(event["documents"]) <= listed, event
                assert event["reports"] == len(event["documents"])
            for doc in docs["items"]:
                assert doc["story"] is not None  # the corpus tables come with the documents, never later
            doc_totals.append(docs["total"])
            event_totals.append(events["total"])
            snapshots.append(health["snapshot"])
            busy |= health["store_busy"]
        assert doc_totals == sorted(doc_totals) and event_totals == sorted(event_totals)
        assert snapshots == sorted(snapshots)
        assert doc_totals[0] == 0 and doc_totals[-1] == 3 and event_totals[-1] > 0
        assert set(doc_totals) == {0, 3}  # a half ingest is never shown
        assert busy, "the polls never overlapped the ingest"

        _, events = get_json(server.url + "/api/events?limit=1")
        event_id = events["items"][0]["id"]
        status, event = get_json(server.url + "/api/events/" + urllib.parse.quote(event_id, safe=""))
        assert status == 200 and all(get_json(server.url + "/api/documents/" + m["document_id"])[0] == 200
                                     for m in event["mentions"])
    assert check_store(db)["documents"] == 3
