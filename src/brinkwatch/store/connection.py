"""Opening a store: one DuckDB file, a versioned schema, clear errors for locks and corrupt files.

A store is never created by a reader, and a file that is not a brinkwatch store is never replaced.
"""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from ..errors import E, BrinkwatchError

SCHEMA_VERSION = 1
DEFAULT_PATH = "brinkwatch.duckdb"
_PID = re.compile(r"\(PID (\d+)\)")
_LOCKED = re.compile(r"could not set lock|conflicting lock|\block\b", re.IGNORECASE)


def schema_sql() -> str:
    return resources.files("brinkwatch.store").joinpath("schema.sql").read_text("utf-8")


def migration_sql(version: int) -> str:
    """The SQL that upgrades a store from ``version - 1`` to ``version``."""
    return resources.files("brinkwatch.store.migrations").joinpath(f"{version:03d}.sql").read_text("utf-8")


def has_migration(version: int) -> bool:
    return resources.files("brinkwatch.store.migrations").joinpath(f"{version:03d}.sql").is_file()


def _connect(path: Path, read_only: bool):
    import duckdb

    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        text = str(exc)
        if _LOCKED.search(text):  # not any "lock": a checksum error names a "block"
            pid = _PID.search(text)
            raise BrinkwatchError(E.STORE_IN_USE, path=path, pid=f" (PID {pid.group(1)})" if pid else "") from None
        if read_only and "does not exist" in text:
            raise BrinkwatchError(E.NO_STORE, path=path) from None
        reason = text.split(": ", 1)[-1].replace(f'"{path}"', "it").replace(f'"{path.resolve()}"', "it")
        raise BrinkwatchError(E.STORE_CORRUPT, path=path, reason=reason.strip().rstrip("!.")) from None


def _tables(con) -> set[str]:
    return {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}


def schema_version(con) -> int | None:
    if "meta" not in _tables(con):
        return None
    row = con.execute("SELECT value FROM meta WHERE key = ?", ["schema_version"]).fetchall()
    return int(row[0][0]) if row else None


def open_store(path: str | Path = DEFAULT_PATH, *, write: bool = False):
    """A DuckDB connection to a checked store: created and migrated when ``write``, else read-only."""
    path = Path(path)
    if not write and not path.exists():
        raise BrinkwatchError(E.NO_STORE, path=path)
    if path.is_dir():
        raise BrinkwatchError(E.STORE_CORRUPT, path=path, reason="it is a directory")
    con = _connect(path, read_only=not write)
    try:
        _check(con, path, write)
    except BaseException:
        con.close()
        raise
    return con


def _check(con, path: Path, write: bool) -> None:
    try:
        found = schema_version(con)
        tables = _tables(con)
    except Exception as exc:  # a damaged catalogue
        raise BrinkwatchError(E.STORE_CORRUPT, path=path, reason=str(exc).splitlines()[0]) from None
    if found is None:
        if tables:
            raise BrinkwatchError(E.STORE_CORRUPT, path=path, reason="a DuckDB database but not a brinkwatch store")
        if not write:
            raise BrinkwatchError(E.NO_STORE, path=path)
        _create(con)
        return
    if found > SCHEMA_VERSION:
        raise BrinkwatchError(E.STORE_TOO_NEW, path=path, found=found, supported=SCHEMA_VERSION)
    if found < SCHEMA_VERSION:
        missing = [v for v in range(found + 1, SCHEMA_VERSION + 1) if not has_migration(v)]
        if missing:  # an older layout this brinkwatch cannot upgrade: refused, never half-migrated
            raise BrinkwatchError(E.STORE_CORRUPT, path=path, reason=(
                f"schema version {found}, which this brinkwatch (version {SCHEMA_VERSION}) cannot upgrade: "
                f"no migration to version {missing[0]}"))
        if not write:
            raise BrinkwatchError(E.STORE_OLD, path=path, found=found, supported=SCHEMA_VERSION)
        _migrate(con, found)


def _create(con) -> None:
    con.begin()
    con.execute(schema_sql())
    con.execute("INSERT INTO meta VALUES (?, ?), (?, ?)",
                ["schema_version", str(SCHEMA_VERSION), "corpus_state", ""])
    con.commit()


def _migrate(con, found: int) -> None:
    con.begin()
    for version in range(found + 1, SCHEMA_VERSION + 1):
        con.execute(migration_sql(version))
    con.execute("UPDATE meta SET value = ? WHERE key = ?", [str(SCHEMA_VERSION), "schema_version"])
    con.commit()
