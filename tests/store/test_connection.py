"""Opening stores: creation, version checks, corrupt and foreign files, locks (real DuckDB files)."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import duckdb
import pytest

from brinkwatch.errors import BrinkwatchError
from brinkwatch.store import SCHEMA_VERSION, StoreWriter, open_store, schema_version


def test_writer_creates_a_versioned_store(tmp_path):
    db = tmp_path / "s.duckdb"
    StoreWriter(db).close()
    con = open_store(db)
    assert schema_version(con) == SCHEMA_VERSION
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"documents", "events", "event_reports", "quotes", "quantities", "actors", "flags", "stories",
            "story_members", "document_events", "failures", "figure_conflicts", "meta"} <= tables


def test_reader_never_creates_a_store(tmp_path):
    db = tmp_path / "none.duckdb"
    with pytest.raises(BrinkwatchError) as info:
        open_store(db)
    assert info.value.code == "E022" and not db.exists()


@pytest.mark.parametrize("content", [b"", b"not a database at all\n" * 50])
def test_corrupt_file_is_reported_and_left_untouched(tmp_path, content):
    db = tmp_path / "bad.duckdb"
    db.write_bytes(content)
    for write in (False, True):
        with pytest.raises(BrinkwatchError) as info:
            open_store(db, write=write)
        assert info.value.code == "E021"
        assert "\n" not in info.value.message
    assert db.read_bytes() == content


def test_foreign_duckdb_file_is_not_taken_over(tmp_path):
    db = tmp_path / "other.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE sales (x INTEGER)")
    con.close()
    with pytest.raises(BrinkwatchError) as info:
        StoreWriter(db)
    assert info.value.code == "E021"
    con = duckdb.connect(str(db), read_only=True)
    assert [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()] == ["sales"]


def test_newer_schema_is_refused(tmp_path):
    db = tmp_path / "s.duckdb"
    with StoreWriter(db) as w:
        w.con.execute("UPDATE meta SET value = ? WHERE key = ?", [str(SCHEMA_VERSION + 1), "schema_version"])
    for write in (False, True):
        with pytest.raises(BrinkwatchError) as info:
            open_store(db, write=write)
        assert info.value.code == "E023"


def test_store_in_use_by_another_writer_gives_one_clear_error(tmp_path):
    db = tmp_path / "s.duckdb"
    StoreWriter(db).close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from brinkwatch.store import StoreWriter
        w = StoreWriter({str(db)!r})
        print("held", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        for write in (False, True):
            with pytest.raises(BrinkwatchError) as info:
                open_store(db, write=write)
            assert info.value.code == "E020"
            assert "in use" in info.value.message and "\n" not in info.value.message
    finally:
        holder.kill()
        holder.wait()
