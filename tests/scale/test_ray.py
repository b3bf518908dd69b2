"""The Ray engine on a real local Ray cluster: the same records as a local ingest of the same input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

DEMO = Path(__file__).resolve().parents[2] / "src" / "brinkwatch" / "demo" / "corpus"
TABLES = {  # table -> columns that identify a row (every column is compared)
    "documents": "id", "document_events": "document_id, idx", "quotes": "document_id, idx",
    "quantities": "document_id, idx", "actors": "document_id, role, record_idx, start_char",
    "flags": "document_id, origin, kind, start_char", "events": "id", "event_reports": "event_id, document_id",
    "stories": "id", "story_members": "story_id, document_id", "figure_conflicts": "story_id, document_id, unit, value",
}
SKIP_COLUMNS = {"ingested_at"}


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    from brinkwatch.corpus.ingest import ingest
    from brinkwatch.scale import load_dataset
    from brinkwatch.scale.ray_engine import run

    tmp = tmp_path_factory.mktemp("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        summary = run([str(DEMO)], tmp / "out", concurrency=2, batch_size=2)
    finally:
        ray.shutdown()
    load_dataset(tmp / "out", tmp / "ray.duckdb")
    ingest([str(DEMO)], tmp / "local.duckdb", stderr=open("/dev/null", "w"))
    return summary, tmp


def rows(db: Path, table: str) -> list[dict]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute(f"SELECT * FROM {table} ORDER BY {TABLES[table]}")
        names = [d[0] for d in cur.description]
        return [{k: v for k, v in zip(names, r) if k not in SKIP_COLUMNS} for r in cur.fetchall()]
    finally:
        con.close()


def test_two_actors_analysed_batches(stores):
    summary, tmp = stores
    assert summary.documents == 12 and summary.failed == 0
    assert len(summary.workers) >= 2, summary.workers
    workers = {json.loads(json.dumps(w)) for w in summary.workers}
    assert len(workers) >= 2


def test_parquet_datasets_written(stores):
    _, tmp = stores
    for name in ("documents", "events", "quotes", "quantities", "flags"):
        assert any((tmp / "out" / name).glob("*.parquet")), name


@pytest.mark.parametrize("table", sorted(TABLES))
def test_ray_output_equals_local_ingest(stores, table):
    _, tmp = stores
    local, distributed = rows(tmp / "local.duckdb", table), rows(tmp / "ray.duckdb", table)
    assert len(local) == len(distributed)
    assert local == distributed


def test_load_is_idempotent(stores):
    from brinkwatch.scale import load_dataset

    _, tmp = stores
    again = load_dataset(tmp / "out", tmp / "ray.duckdb")
    assert again.added == 0 and again.skipped == 12
