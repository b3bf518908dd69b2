"""The rows a distributed run writes: one Parquet dataset per table, from per-document results.

A result is what ``corpus.ingest.analyze_batch`` gives for one page (a report dict, or a failure), plus
where it came from. ``documents`` keeps each full report (JSON) so ``load`` rebuilds the store exactly.
"""
from __future__ import annotations

import json
from typing import Any

from ..store.rows import event_rows, flag_rows, quantity_rows, quote_rows

TABLES = ("documents", "events", "quotes", "quantities", "flags", "failures")


def document_row(seq: int, origin: str, input_hash: str, report: dict, worker: str) -> dict[str, Any]:
    doc = report["document"]
    return {"seq": seq, "origin": origin, "input_hash": input_hash, "id": report["id"], "title": doc.get("title"),
            "published": doc.get("published"), "outlet": doc.get("outlet"), "url": doc.get("url"),
            "language": doc.get("language"), "worker": worker,
            "report": json.dumps(report, ensure_ascii=False, sort_keys=True)}


def failure_row(seq: int, origin: str, doc_id: str | None, code: str, reason: str, worker: str) -> dict[str, Any]:
    return {"seq": seq, "origin": origin, "document_id": doc_id, "code": code, "reason": reason, "worker": worker}


def table_rows(report: dict) -> dict[str, list[dict]]:
    """The per-document table rows of one report (the same functions the local store uses)."""
    return {"events": event_rows(report), "quotes": quote_rows(report), "quantities": quantity_rows(report),
            "flags": flag_rows(report)}
