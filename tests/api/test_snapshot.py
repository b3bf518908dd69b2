"""The server keeps answering while a writer (an ingest) holds the store, and sees its work once it is done."""
import json
import shutil
import time

from brinkwatch.api.testing import ServerProcess, get_json
from brinkwatch.store import Added, StoreWriter


def total(url):
    status, page = get_json(url + "/api/documents?limit=1")
    assert status == 200, page
    return page["total"]


def test_snapshot_lifecycle_against_a_real_server(demo_db, tmp_path):
    db = tmp_path / "live.duckdb"
    with ServerProcess(db) as server:
        status, error = get_json(server.url + "/api/events")  # no store yet: a clear 503, not a crash
        assert status == 503 and error["error"]["code"] == "E022" and "ingest" in error["error"]["message"]

        shutil.copyfile(demo_db, db)  # a store appears: the next request reads it
        before = total(server.url)
        assert before == 13

        with StoreWriter(db) as writer:  # holds DuckDB's file lock for its whole life, as an ingest does
            row = writer.con.execute("SELECT report FROM documents WHERE id = ?", ["d01-harbor-lavrov"]).fetchall()
            report = json.loads(row[0][0])
            report["id"] = report["document"]["id"] = "d01-again"
            writer.add_batch([Added(report, "input-hash-again", "test:again")])
            started = time.monotonic()
            assert total(server.url) == before  # answered at once from the last snapshot
            status, health = get_json(server.url + "/api/health")
            assert health["store_busy"] is True and "E020" in health["error"]
            status, page = get_json(server.url + "/events/nope")
            assert status == 404
            assert time.monotonic() - started < 10

        deadline = time.monotonic() + 10  # the writer is gone: a new snapshot holds its document
        while total(server.url) == before and time.monotonic() < deadline:
            time.sleep(0.2)
        assert total(server.url) == before + 1
        status, doc = get_json(server.url + "/api/documents/d01-again")
        assert status == 200 and doc["report"]["id"] == "d01-again"
        status, health = get_json(server.url + "/api/health")
        assert health["store_busy"] is False and health["snapshot"] >= 2
