"""An ingest killed mid-run (SIGKILL) and run again ends exactly like an uninterrupted run; workers agree."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

from brinkwatch.corpus.api import Corpus
from brinkwatch.corpus.ingest import ingest

from .conftest import demo_jsonl, talks_jsonl


def snapshot(db):
    with Corpus(db) as c:
        events = sorted((e["id"], e["reports"], tuple(e["documents"])) for e in c.event_records())
        stories = sorted((s["id"], tuple(d["id"] for d in s["documents"])) for s in c.story_records())
        return c.counts(), events, stories, sorted(c.documents()["id"])


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path):
    src = demo_jsonl(tmp_path / "demo.jsonl")
    killed = tmp_path / "killed.duckdb"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "brinkwatch", "ingest", str(src), "--db", str(killed),
                             "--batch-size", "2", "--verbose"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True, env=env)
    stored = 0
    try:
        for line in proc.stderr:
            if line.startswith("stored:"):
                stored += 1
                if stored == 2:
                    proc.send_signal(signal.SIGKILL)
                    break
    finally:
        proc.kill()
        proc.wait(timeout=60)
    assert stored == 2 and proc.returncode == -signal.SIGKILL
    with Corpus(killed) as c:
        assert c.counts()["documents"] >= 4 and c.stale
    resumed = ingest([src], killed)
    assert resumed.skipped >= 4 and resumed.added == 12 - resumed.skipped and not resumed.failed

    clean = tmp_path / "clean.duckdb"
    assert ingest([src], clean, batch_size=5).added == 12
    assert snapshot(killed) == snapshot(clean)


def test_two_workers_store_what_one_does(tmp_path):
    src = talks_jsonl(tmp_path / "talks.jsonl")
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest([src], one, batch_size=1)
    summary = ingest([src], two, workers=2, batch_size=1)
    assert summary.added == 3
    assert snapshot(one) == snapshot(two)
