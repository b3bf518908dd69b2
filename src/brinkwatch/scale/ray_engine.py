"""``brinkwatch ingest --engine ray``: read inputs with Ray Data, analyse them in an actor pool, write Parquet.

The analysis in each actor is the local ingest's own ``analyze_batch`` (the pipeline loaded once per actor),
so there is one code path. Duplicate inputs are decided before analysis, in input order, exactly as a
local ingest decides them (``corpus.ingest.Dedup``), so ``brinkwatch load`` of the output equals a local
ingest of the same input, record for record.
"""
from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .. import settings
from ..pipeline import PageInput
from .rows import document_row, failure_row, table_rows
from .sources import plan_files, source_rows


@dataclass(slots=True)
class RayRunSummary:
    documents: int = 0
    failed: int = 0
    skipped: int = 0
    workers: list[str] = field(default_factory=list)
    seconds: float = 0.0
    out: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "failed": self.failed, "skipped": self.skipped,
                "workers": self.workers, "seconds": round(self.seconds, 2), "out": self.out}


class Analyze:
    """A Ray actor: the pipeline loaded once, batches of source rows in, result rows out."""

    def __init__(self, model: str | None, plan: dict[int, str]) -> None:
        from ..corpus import ingest

        ingest._init_worker(model)
        self._analyze = ingest.analyze_batch
        self.plan = plan
        self.worker = f"{socket.gethostname()}:{os.getpid()}"

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        out: dict[str, list] = {name: [] for name in ("kind", "seq", "origin", "input_hash", "id", "report",
                                                      "code", "reason", "worker")}
        todo: list[tuple[int, str, str, PageInput]] = []
        for i in range(len(batch["seq"])):
            seq, origin = int(batch["seq"][i]), str(batch["origin"][i])
            if _none(batch["error_code"][i]) is not None:
                self._emit(out, "failure", seq, origin, "", None, None, batch["error_code"][i], batch["error"][i])
                continue
            doc_id = self.plan.get(seq)
            if doc_id is None:  # a duplicate: skipped as a local ingest would
                continue
            if doc_id.startswith("!"):
                self._emit(out, "failure", seq, origin, "", _none(batch["id"][i]), None, "E026", doc_id[1:])
                continue
            page = PageInput(text=batch["text"][i], id=doc_id, html=_bool(batch["html"][i]),
                             published=_none(batch["published"][i]), url=_none(batch["url"][i]),
                             outlet=_none(batch["outlet"][i]))
            todo.append((seq, origin, batch["input_hash"][i], page))
        results = self._analyze([page for *_, page in todo]) if todo else []
        for (seq, origin, input_hash, page), result in zip(todo, results):
            if isinstance(result, dict):
                self._emit(out, "document", seq, origin, input_hash, page.id,
                           json.dumps(result, ensure_ascii=False, sort_keys=True), None, None)
            else:
                self._emit(out, "failure", seq, origin, input_hash, page.id, None, result[0], result[1])
        return out

    def _emit(self, out, kind, seq, origin, input_hash, doc_id, report, code, reason) -> None:
        for key, value in (("kind", kind), ("seq", seq), ("origin", origin), ("input_hash", input_hash),
                           ("id", doc_id), ("report", report), ("code", code), ("reason", reason),
                           ("worker", self.worker)):
            out[key].append(value)


def _none(value):
    """None for the missing values Ray Data hands back (None, NaN of any float type, empty string)."""
    if value is None or (isinstance(value, str) and value == ""):
        return None
    if not isinstance(value, str) and hasattr(value, "dtype") or isinstance(value, float):
        return None if value != value else value
    return value


def _bool(value):
    value = _none(value)
    return None if value is None else bool(value)


def dedup_plan(keys: Iterable[dict], known: Iterable[tuple] = ()) -> tuple[dict[int, str], int]:
    """seq -> final document id for inputs to analyse ("!reason" for a clash); and how many were skipped."""
    from ..corpus.ingest import Dedup

    dedup = Dedup(known)
    plan: dict[int, str] = {}
    skipped = 0
    for row in sorted(keys, key=lambda r: r["seq"]):
        if _none(row["error_code"]) is not None:
            continue
        page = PageInput(text="", id=_none(row["id"]), outlet=_none(row["outlet"]), url=_none(row["url"]))
        verdict, value = dedup.decide(page, row["input_hash"], cid=row["content_id"])
        if verdict == "skip":
            skipped += 1
        elif verdict == "clash":
            plan[row["seq"]] = "!" + value
        else:
            dedup.remember(value, row["input_hash"], page.outlet, page.url)
            plan[row["seq"]] = value
    return plan, skipped


def run(paths: Iterable[str | Path], out: str | Path, *, address: str | None = None, concurrency: int = 2,
        batch_size: int = 16, model: str | None = None, num_cpus: int | None = None) -> RayRunSummary:
    """Analyse ``paths`` on Ray and write one Parquet dataset per table under ``out``."""
    import ray
    import ray.data

    started = time.monotonic()
    out = Path(out)
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=num_cpus or os.cpu_count(), include_dashboard=False, log_to_driver=False)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.wait_for_min_actors_s = 600  # all actors load their pipeline before work is handed out
    limit = settings.get("max_input_bytes")
    # Read once (the dedup pass and the analysis both need the rows): the actor pool then never waits on
    # read tasks for a CPU it holds itself.
    sources = source_rows(plan_files(paths), limit=limit).materialize()
    blocks = max(concurrency * 2, min(sources.count() // max(batch_size, 1), 256))
    sources = sources.repartition(blocks).materialize()  # enough blocks for every actor to get work
    keys = sources.select_columns(["seq", "id", "input_hash", "outlet", "url", "error_code", "content_id"])
    plan, skipped = dedup_plan(keys.iter_rows())
    results = sources.map_batches(
        Analyze, fn_constructor_kwargs={"model": model, "plan": plan}, concurrency=concurrency,
        batch_size=batch_size, batch_format="numpy", num_cpus=1,
    ).materialize()
    summary = write_tables(results, out)
    summary.skipped, summary.seconds = skipped, time.monotonic() - started
    return summary


def write_tables(results, out: Path) -> RayRunSummary:
    """One Parquet dataset per table (documents, events, quotes, quantities, flags, failures) under ``out``,
    each written by Ray from the analysed results."""
    out.mkdir(parents=True, exist_ok=True)
    docs = results.filter(lambda r: r["kind"] == "document")
    failures = results.filter(lambda r: r["kind"] == "failure")
    summary = RayRunSummary(out=str(out), documents=docs.count(), failed=failures.count())
    summary.workers = sorted(results.unique("worker")) if summary.documents + summary.failed else []
    if summary.documents:
        docs.map(_document_row).write_parquet(str(out / "documents"))
        for name in ("events", "quotes", "quantities", "flags"):
            rows = docs.flat_map(lambda r, name=name: table_rows(json.loads(r["report"]))[name])
            if rows.count():
                rows.write_parquet(str(out / name))
    if summary.failed:
        failures.map(_failure_row).write_parquet(str(out / "failures"))
    return summary


def _document_row(r: dict) -> dict:
    return document_row(int(r["seq"]), r["origin"], r["input_hash"], json.loads(r["report"]), r["worker"])


def _failure_row(r: dict) -> dict:
    return failure_row(int(r["seq"]), r["origin"], _none(r["id"]), r["code"], r["reason"], r["worker"])
