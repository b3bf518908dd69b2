"""``brinkwatch load DIR --db FILE``: bring a distributed run's Parquet output into the DuckDB store.

Documents go in input order (``seq``) through the store's single writer, skipping those already present,
then the corpus-wide steps (stories, event merging) run over the whole store as after a local ingest.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import E, BrinkwatchError

BATCH = 256


@dataclass(slots=True)
class LoadSummary:
    added: int = 0
    skipped: int = 0
    failed: int = 0
    documents: int = 0
    stories: int = 0
    events: int = 0

    def to_dict(self) -> dict:
        return {"added": self.added, "skipped": self.skipped, "failed": self.failed, "documents": self.documents,
                "stories": self.stories, "events": self.events}


def _read(directory: Path, name: str, columns: list[str]) -> list[dict]:
    import pyarrow.dataset as pds

    part = directory / name
    if not part.exists():
        return []
    table = pds.dataset(str(part), format="parquet").to_table(columns=columns)
    return sorted(table.to_pylist(), key=lambda r: r["seq"])


def load_dataset(directory: str | Path, db: str | Path) -> LoadSummary:
    """Load ``directory`` (written by ``ingest --engine ray``) into the store ``db``."""
    from ..corpus.build import rebuild
    from ..store import Added, Failed, StoreWriter

    directory = Path(directory)
    if not (directory / "documents").exists() and not (directory / "failures").exists():
        raise BrinkwatchError(E.MISSING_PATH, path=directory / "documents")
    docs = _read(directory, "documents", ["seq", "origin", "input_hash", "id", "report"])
    failures = _read(directory, "failures", ["seq", "origin", "document_id", "code", "reason"])
    items = sorted([(d["seq"], "doc", d) for d in docs] + [(f["seq"], "fail", f) for f in failures],
                   key=lambda x: x[0])
    summary = LoadSummary()
    with StoreWriter(db) as writer:
        known = {row[0] for row in writer.known_documents()}
        batch: list = []
        for _, kind, row in items:
            if kind == "fail":
                batch.append(Failed(row["origin"], row["document_id"], row["code"], row["reason"]))
                summary.failed += 1
            elif row["id"] in known:
                summary.skipped += 1
            else:
                known.add(row["id"])
                batch.append(Added(json.loads(row["report"]), row["input_hash"], row["origin"]))
            if len(batch) >= BATCH:
                summary.added += writer.add_batch(batch)[0]
                batch = []
        if batch:
            summary.added += writer.add_batch(batch)[0]
        summary.documents, summary.stories, summary.events = rebuild(writer)
    return summary
