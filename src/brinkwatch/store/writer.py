"""The single writer of a store: every write goes through ``StoreWriter``, each call one transaction."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from .connection import DEFAULT_PATH, open_store
from .rows import PER_DOCUMENT, document_row

DOCUMENT_COLUMNS = ("id", "seq", "input_hash", "text_hash", "title", "published", "language", "url", "outlet",
                    "origin", "n_chars", "ingested_at", "report")
FAILURE_COLUMNS = ("origin", "document_id", "code", "reason", "failed_at")
CORPUS_TABLES = ("stories", "story_members", "figure_conflicts", "events", "event_reports")


@dataclass(frozen=True, slots=True)
class Added:
    report: dict  # Report.to_dict()
    input_hash: str
    origin: str


@dataclass(frozen=True, slots=True)
class Failed:
    origin: str
    document_id: str | None
    code: str
    reason: str


@dataclass(slots=True)
class CorpusRows:
    """The recomputed corpus tables, as rows (dicts keyed by column name)."""

    tables: dict[str, list[dict]] = field(default_factory=dict)
    flags: list[dict] = field(default_factory=list)  # document flags with origin 'corpus'


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


class StoreWriter:
    """Opens (creating or migrating) a store for writing; holds DuckDB's file lock until ``close``."""

    def __init__(self, path: str | Path = DEFAULT_PATH) -> None:
        self.path = Path(path)
        self.con = open_store(self.path, write=True)
        self._columns = {t: self._table_columns(t) for t in ("documents", "failures", "flags", *PER_DOCUMENT,
                                                             *CORPUS_TABLES)}

    def __enter__(self) -> "StoreWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    def _table_columns(self, table: str) -> tuple[str, ...]:
        rows = self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
            [table]).fetchall()
        return tuple(r[0] for r in rows)

    # -- reading what the writer needs -------------------------------------------------------------
    def known_documents(self) -> list[tuple[str, str, str | None, str | None]]:
        """(id, input_hash, outlet, url) of every stored document."""
        return self.con.execute("SELECT id, input_hash, outlet, url FROM documents").fetchall()

    def corpus_state(self) -> tuple[str, str]:
        """(the state of the documents now, the state the corpus tables were computed for)."""
        now = self.con.execute("SELECT count(*) || ':' || coalesce(max(seq), 0) FROM documents").fetchall()[0][0]
        done = self.con.execute("SELECT value FROM meta WHERE key = ?", ["corpus_state"]).fetchall()
        return now, done[0][0] if done else ""

    # -- writing --------------------------------------------------------------------------------------
    def _insert(self, table: str, rows: Sequence[dict]) -> None:
        if not rows:
            return
        import pyarrow as pa

        columns = self._columns[table]
        batch = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows])
        name = f"_batch_{table}"
        self.con.register(name, batch)
        try:
            cols = ", ".join(f'"{c}"' for c in columns)  # names from our own schema, never from input
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name}")
        finally:
            self.con.unregister(name)

    def add_batch(self, items: Iterable[Added | Failed]) -> tuple[int, int]:
        """Store a batch of analysed documents and failures in one transaction; (added, failed)."""
        items = list(items)
        now = _now()
        added = [i for i in items if isinstance(i, Added)]
        failed = [i for i in items if isinstance(i, Failed)]
        self.con.begin()
        try:
            seq = self.con.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchall()[0][0]
            docs, children = [], {t: [] for t in PER_DOCUMENT}
            for n, item in enumerate(added, 1):
                docs.append(document_row(item.report, seq=seq + n, input_hash=item.input_hash, origin=item.origin,
                                         now=now))
                for table, make in PER_DOCUMENT.items():
                    children[table].extend(make(item.report))
            self._insert("documents", docs)
            for table, rows in children.items():
                self._insert(table, rows)
            origins = [i.origin for i in items]
            if origins:
                self.con.execute("DELETE FROM failures WHERE origin IN (SELECT unnest(?))", [origins])
            self._insert("failures", [{"origin": f.origin, "document_id": f.document_id, "code": f.code,
                                       "reason": f.reason, "failed_at": now} for f in failed])
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
        return len(added), len(failed)

    def replace_corpus(self, corpus: CorpusRows, state: str) -> None:
        """Replace every corpus table (and corpus flags) in one transaction, recording ``state``."""
        self.con.begin()
        try:
            for table in CORPUS_TABLES:
                self.con.execute(f"DELETE FROM {table}")  # our own table names
            self.con.execute("DELETE FROM flags WHERE origin = ?", ["corpus"])
            for table in CORPUS_TABLES:
                self._insert(table, corpus.tables.get(table, ()))
            self._insert("flags", [{**f, "origin": "corpus"} for f in corpus.flags])
            self.con.execute("UPDATE meta SET value = ? WHERE key = ?", [state, "corpus_state"])
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
