"""The server reads a private snapshot of the store, so an ingest never waits for it and it never waits for one.

DuckDB lets one process write a file and, meanwhile, no other process open it (not even read-only), and an
ingest holds the store open for its whole run.  So the server never serves from the store itself: it keeps a
copy ("a generation") in its own directory and answers every request from it.  Before a request it looks at the
store's size and modification time (and its ``.wal``); when they changed, it tries to open the store
read-only: if that works (no ingest is running), it copies the file while holding that read lock (so the copy
is consistent: a writer cannot start meanwhile), opens the copy read-only and swaps it in for new requests.
If the store is locked by an ingest, it goes on answering from the last generation and tries again on a later
request.  Requests in flight keep the generation they started with; the one before the previous is closed.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import E, BrinkwatchError
from ..store import open_store

RETRY_SECONDS = 1.0  # how long a request with no generation yet waits for a busy store
RETRY_STEP = 0.1
BUSY_RECHECK = 0.5     # while the store is locked, try it again at most this often


def signature(path: Path) -> tuple | None:
    """What changes when a writer changed the store: (size, mtime) of the file and of its WAL."""
    parts = []
    for p in (path, path.with_name(path.name + ".wal")):
        try:
            st = p.stat()
        except FileNotFoundError:
            parts.append(None)
            continue
        parts.append((st.st_size, st.st_mtime_ns))
    return None if parts[0] is None else tuple(parts)


@dataclass
class Generation:
    number: int
    path: Path
    con: object  # duckdb.DuckDBPyConnection, read-only, on the private copy
    signature: tuple
    taken_at: float

    def close(self) -> None:
        try:
            self.con.close()
        finally:
            for p in (self.path, self.path.with_name(self.path.name + ".wal")):
                p.unlink(missing_ok=True)


class Snapshots:
    """Hands out read-only cursors on the newest consistent copy of the store at ``db``."""

    def __init__(self, db: str | Path, workdir: str | Path | None = None) -> None:
        self.db = Path(db)
        self._own_dir = workdir is None
        self.workdir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="brinkwatch-serve-"))
        self.workdir.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._current: Generation | None = None
        self._previous: Generation | None = None
        self._counter = 0
        self._next_try = 0.0
        self.last_error: BrinkwatchError | None = None
        self.busy_since: float | None = None  # when the store was first seen locked by a writer

    # -- refreshing ---------------------------------------------------------------------------------
    def refresh(self) -> Generation | None:
        """Take a new generation if the store changed and is free; the current generation either way."""
        sig = signature(self.db)
        current = self._current
        if current is not None and (sig == current.signature or time.monotonic() < self._next_try):
            return current
        with self._lock:
            current = self._current
            if current is not None and signature(self.db) == current.signature:
                return current
            try:
                generation = self._take()
            except BrinkwatchError as exc:
                self.last_error = exc
                self._next_try = time.monotonic() + BUSY_RECHECK
                if exc.code == E.STORE_IN_USE[0] and self.busy_since is None:
                    self.busy_since = time.time()
                return current
            self.last_error, self.busy_since, self._next_try = None, None, 0.0
            old, self._previous, self._current = self._previous, current, generation
            if old is not None:
                old.close()
            return generation

    def _take(self) -> Generation:
        self._counter += 1
        target = self.workdir / f"snapshot-{self._counter}.duckdb"
        source = open_store(self.db)  # read-only and checked; raises a coded error when locked, absent, bad
        try:
            sig = signature(self.db)
            tmp = target.with_name(target.name + ".tmp")
            shutil.copyfile(self.db, tmp)
            wal = self.db.with_name(self.db.name + ".wal")
            if wal.exists():
                shutil.copyfile(wal, target.with_name(target.name + ".wal"))
            os.replace(tmp, target)
        finally:
            source.close()
        return Generation(self._counter, target, open_store(target), sig, time.time())

    # -- reading ------------------------------------------------------------------------------------
    def generation(self, wait: float = RETRY_SECONDS) -> Generation:
        """The generation to read from, waiting up to ``wait`` seconds for a first one; raises the store's error."""
        deadline = time.monotonic() + wait
        while True:
            generation = self.refresh()
            if generation is not None:
                return generation
            err = self.last_error
            if err is None or err.code != E.STORE_IN_USE[0] or time.monotonic() >= deadline:
                raise err or BrinkwatchError(E.NO_STORE, path=self.db)
            time.sleep(RETRY_STEP)

    @contextmanager
    def cursor(self) -> Iterator[object]:
        """A cursor of its own (DuckDB connections are not shared between threads) on the current generation."""
        cur = self.generation().con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def status(self) -> dict:
        g = self._current
        return {
            "store": str(self.db),
            "snapshot": g.number if g else None,
            "snapshot_taken_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(g.taken_at)) if g else None,
            "store_busy": self.busy_since is not None,
            "error": f"[{self.last_error.code}] {self.last_error.message}" if self.last_error else None,
        }

    def close(self) -> None:
        with self._lock:
            for g in (self._previous, self._current):
                if g is not None:
                    g.close()
            self._previous = self._current = None
        if self._own_dir:
            shutil.rmtree(self.workdir, ignore_errors=True)
