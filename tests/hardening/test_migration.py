"""Old and damaged stores: refused with one clear line, never modified, never replaced.

- ``fixtures/store_v0.duckdb.gz``: a real DuckDB file in the version-0 layout (``fixtures/make_fixture.py``).
  No migration upgrades version 0, so every command refuses it (E021, naming the version) and its bytes
  stay the same; the fixture script still builds exactly the committed layout.
- Damaged stores (a real store with its first data block overwritten, cut in half, its header zeroed, a
  stray ``.wal`` of garbage beside it): reported by the CLI (one line, no traceback), by ``StoreWriter`` and
  by the server (503 with the code), and their bytes are unchanged afterwards.
"""
from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from brinkwatch.api.testing import ServerProcess, get_json
from brinkwatch.cli import main
from brinkwatch.errors import BrinkwatchError
from brinkwatch.store import SCHEMA_VERSION, StoreWriter, open_store

FIXTURES = Path(__file__).parent / "fixtures"
_spec = importlib.util.spec_from_file_location("hardening_stores", FIXTURES / "stores.py")
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)
_spec = importlib.util.spec_from_file_location("hardening_make_fixture", FIXTURES / "make_fixture.py")
make_fixture = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_fixture)

COMMANDS = [["events", "--format", "json"], ["stories", "--format", "json"], ["ingest"],
            ["timeline", "RUS", "UKR", "--format", "json"]]


def digest(*paths: Path) -> tuple:
    return tuple(hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None for p in paths)


def cli(*args, subprocess_: bool = False) -> subprocess.CompletedProcess:
    """``brinkwatch ARGS``: the real CLI entry point, in this process (fast) or as a subprocess."""
    argv = [str(a) for a in args]
    if subprocess_:
        return subprocess.run([sys.executable, "-m", "brinkwatch", *argv], capture_output=True, text=True,
                              timeout=120)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())


def assert_one_line_error(proc: subprocess.CompletedProcess, code: str) -> str:
    assert proc.returncode == 1, (proc.returncode, proc.stderr[-1000:])
    message = proc.stderr.strip()
    assert "\n" not in message and f"[{code}]" in message and "Traceback" not in proc.stderr, proc.stderr
    return message


@pytest.fixture
def v0_store(tmp_path) -> Path:
    db = tmp_path / "old.duckdb"
    db.write_bytes(gzip.decompress((FIXTURES / "store_v0.duckdb.gz").read_bytes()))
    return db


def test_the_fixture_is_a_real_version_0_store(v0_store, tmp_path):
    con = duckdb.connect(str(v0_store), read_only=True)
    try:
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [("0",)]
        assert con.execute("SELECT count(*) FROM documents").fetchall() == [(2,)]
        columns = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                             "WHERE table_name = 'documents'").fetchall()}
        assert "report" not in columns and "input_hash" not in columns  # the older layout
    finally:
        con.close()
    remade = make_fixture.make_duckdb(tmp_path / "remade.duckdb")  # the script still makes the same layout
    con = duckdb.connect(str(remade), read_only=True)
    layout = con.execute("SELECT table_name, column_name, data_type FROM information_schema.columns "
                         "ORDER BY ALL").fetchall()
    con.close()
    con = duckdb.connect(str(v0_store), read_only=True)
    assert con.execute("SELECT table_name, column_name, data_type FROM information_schema.columns "
                       "ORDER BY ALL").fetchall() == layout
    con.close()


def test_version_0_store_is_refused_clearly_and_left_untouched(v0_store):
    before = digest(v0_store, v0_store.with_name(v0_store.name + ".wal"))
    for write in (False, True):
        with pytest.raises(BrinkwatchError) as info:
            open_store(v0_store, write=write)
        assert info.value.code == "E021"
        assert "schema version 0" in info.value.message and f"version {SCHEMA_VERSION}" in info.value.message
    with pytest.raises(BrinkwatchError):
        StoreWriter(v0_store)
    for n, args in enumerate(COMMANDS):
        message = assert_one_line_error(cli(*args, "--db", v0_store, subprocess_=n == 0), "E021")
        assert "schema version 0" in message and "left untouched" in message
    assert digest(v0_store, v0_store.with_name(v0_store.name + ".wal")) == before


def damaged_stores(good: bytes) -> dict[str, tuple[bytes, bytes | None]]:
    first_block = bytearray(good)
    first_block[12288 + 100:12288 + 164] = bytes(b ^ 0x5A for b in first_block[12288 + 100:12288 + 164])
    zeroed = bytearray(good)
    zeroed[:4096] = b"\0" * 4096
    return {"block_checksum": (bytes(first_block), None), "cut_in_half": (good[:len(good) // 2], None),
            "header_zeroed": (bytes(zeroed), None)}


@pytest.fixture(scope="module")
def good_store(tmp_path_factory) -> bytes:
    db = tmp_path_factory.mktemp("good") / "good.duckdb"
    helpers.synthetic_store(db, 2000)
    return db.read_bytes()


@pytest.mark.parametrize("case", ["block_checksum", "cut_in_half", "header_zeroed"])
def test_damaged_store_is_reported_never_replaced(case, good_store, tmp_path):
    data, _ = damaged_stores(good_store)[case]
    db = tmp_path / f"{case}.duckdb"
    db.write_bytes(data)
    wal = db.with_name(db.name + ".wal")
    for write in (False, True):
        with pytest.raises(BrinkwatchError) as info:
            open_store(db, write=write)
        assert info.value.code == "E021", info.value.message  # a damaged block is not "in use" (E020)
    for args in COMMANDS[:3]:
        assert "left untouched" in assert_one_line_error(cli(*args, "--db", db), "E021")
    assert db.read_bytes() == data and not wal.exists()


def test_stray_wal_of_garbage_is_not_applied_or_removed(good_store, tmp_path):
    db = tmp_path / "s.duckdb"
    db.write_bytes(good_store)
    wal = db.with_name(db.name + ".wal")
    wal.write_bytes(b"not a write-ahead log\n" * 100)
    before = digest(db, wal)
    for args in COMMANDS[:2]:
        proc = cli(*args, "--db", db)
        assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc.stderr[-1000:]
        if proc.returncode == 1:
            assert_one_line_error(proc, "E021")
    assert digest(db, wal) == before


def test_server_reports_a_damaged_or_old_store_as_503(good_store, v0_store, tmp_path):
    db = tmp_path / "served.duckdb"
    data, _ = damaged_stores(good_store)["block_checksum"]
    db.write_bytes(data)
    with ServerProcess(db) as server:
        status, body = get_json(server.url + "/api/events")
        assert status == 503 and body["error"]["code"] == "E021"
        status, health = get_json(server.url + "/api/health")
        assert status == 200 and "E021" in health["error"]
        shutil.copyfile(v0_store, db)  # replaced by an old store: still refused, with its version
        status, body = get_json(server.url + "/api/documents")
        assert status == 503 and "schema version 0" in body["error"]["message"]
    assert db.read_bytes() == v0_store.read_bytes()
