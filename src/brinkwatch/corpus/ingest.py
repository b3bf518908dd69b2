"""Ingestion: inputs -> analysed reports -> the store, streaming, in batches of one transaction each.

Idempotent and restartable: a document already in the store (same id, or same outlet and URL, with the
same input) is skipped before any analysis, so an ingest killed at any moment and run again adds exactly
what is missing.  ``--workers N`` analyses batches in N processes, each loading the pipeline once.
"""
from __future__ import annotations

import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, TextIO

from ..errors import BrinkwatchError
from ..ingest.page import content_id
from ..pipeline import PageInput
from ..store import Added, Failed, StoreWriter
from ..store.rows import sha256
from .inputs import Source, count_sources, iter_sources

BATCH_SIZE = 32


@dataclass(slots=True)
class IngestSummary:
    added: int = 0
    skipped: int = 0
    failed: list[Failed] = field(default_factory=list)
    seconds: float = 0.0
    corpus_seconds: float = 0.0
    corpus_timings: dict = field(default_factory=dict)
    documents: int = 0
    stories: int = 0
    events: int = 0

    def to_dict(self) -> dict:
        return {"added": self.added, "skipped": self.skipped, "failed": len(self.failed),
                "failures": [{"origin": f.origin, "id": f.document_id, "code": f.code, "reason": f.reason}
                             for f in self.failed],
                "documents": self.documents, "stories": self.stories, "events": self.events,
                "seconds": round(self.seconds, 2), "corpus_seconds": round(self.corpus_seconds, 2),
                "corpus_timings": self.corpus_timings}


class Dedup:
    """Decides, before analysis, whether an input is new, already stored, or clashes with a stored id."""

    def __init__(self, known: Iterable[tuple[str, str, str | None, str | None]]) -> None:
        self.by_id: dict[str, tuple[str, str | None, str | None]] = {}
        self.by_place: dict[tuple[str | None, str | None, str], str] = {}
        for doc_id, input_hash, outlet, url in known:
            self.remember(doc_id, input_hash, outlet, url)

    def remember(self, doc_id: str, input_hash: str, outlet: str | None, url: str | None) -> None:
        self.by_id[doc_id] = (input_hash, outlet, url)
        if outlet is not None or url is not None:
            self.by_place[(outlet, url, input_hash)] = doc_id

    def decide(self, page: PageInput, input_hash: str, cid: str | None = None) -> tuple[str, str]:
        """("add", id) | ("skip", stored id) | ("clash", reason). ``cid``: the page's content id, if known."""
        place = self.by_place.get((page.outlet, page.url, input_hash))
        if place is not None:
            return "skip", place
        doc_id = page.id or cid or content_id(page.text)
        stored = self.by_id.get(doc_id)
        if stored is None:
            return "add", doc_id
        if stored == (input_hash, page.outlet, page.url):
            return "skip", doc_id
        if page.id is None and stored[0] == input_hash:  # the same text from another outlet or URL: a copy
            alt = f"{doc_id}-{content_id(f'{page.outlet}|{page.url}')[:8]}"
            if self.by_id.get(alt) == (input_hash, page.outlet, page.url):
                return "skip", alt
            return ("add", alt) if alt not in self.by_id else ("clash", f"id {alt} already holds another document")
        return "clash", f"id {doc_id} already holds a different document"


# -- analysis, in this process or in worker processes ------------------------------------------------------
_PIPELINE = None


def _init_worker(model: str | None) -> None:
    global _PIPELINE
    from ..pipeline import Pipeline

    _PIPELINE = Pipeline(model=model)


def _result(item) -> dict | tuple[str, str]:
    if isinstance(item, BrinkwatchError):
        return item.code, item.message
    return item.to_dict()


def analyze_batch(pages: list[PageInput]) -> list[dict | tuple[str, str]]:
    """Report dicts, or (code, message) for a page that failed; a crash of ours fails only its page."""
    try:
        return [_result(r) for r in _PIPELINE.analyze_many(pages, batch_size=len(pages) or 1)]
    except Exception:
        out = []
        for page in pages:
            try:
                out.append(_result(_PIPELINE.analyze(page)))
            except BrinkwatchError as exc:
                out.append((exc.code, exc.message))
            except Exception as exc:  # a bug in an analysis component: record it, go on
                out.append(("E999", f"internal error: {type(exc).__name__}: {exc}"))
        return out


class Analyzer:
    """Runs ``analyze_batch`` here (workers=1) or in a pool, keeping at most 2 batches a worker in flight."""

    def __init__(self, workers: int = 1, model: str | None = None) -> None:
        self.workers, self.model, self.pool = max(1, workers), model, None
        self.pending: deque = deque()

    def submit(self, batch) -> None:
        pages = [p for _, p, _ in batch]
        if self.workers == 1:
            if _PIPELINE is None:
                _init_worker(self.model)
            self.pending.append((batch, analyze_batch(pages)))
            return
        if self.pool is None:
            import multiprocessing as mp

            ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
            self.pool = ctx.Pool(self.workers, initializer=_init_worker, initargs=(self.model,))
        self.pending.append((batch, self.pool.apply_async(analyze_batch, (pages,))))

    def full(self) -> bool:
        return len(self.pending) >= 2 * self.workers

    def take(self):
        batch, result = self.pending.popleft()
        return batch, (result if isinstance(result, list) else result.get())

    def close(self, *, terminate: bool = False) -> None:
        if self.pool is not None:
            self.pool.terminate() if terminate else self.pool.close()
            self.pool.join()
            self.pool = None


# -- progress ------------------------------------------------------------------------------------------------
class Progress:
    """A one-line progress bar (documents/s, ETA) on a terminal; silent otherwise."""

    def __init__(self, stream: TextIO, total: int | None) -> None:
        self.stream, self.total, self.start, self.last = stream, total, time.monotonic(), 0.0

    def update(self, done: int, s: IngestSummary, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < 0.2:
            return
        self.last = now
        rate = done / max(now - self.start, 1e-6)
        if self.total:
            width = 24
            filled = int(width * min(done / self.total, 1))
            eta = (self.total - done) / rate if rate > 0 else 0
            head = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}"
            tail = f"ETA {int(eta) // 60}:{int(eta) % 60:02d}"
        else:
            head, tail = f"{done}", ""
        line = f"\r{head}  {rate:.1f} docs/s  {tail}  added {s.added} skipped {s.skipped} failed {len(s.failed)}"
        self.stream.write(line + "\033[K")
        self.stream.flush()

    def finish(self) -> None:
        self.stream.write("\n")
        self.stream.flush()


# -- the run -------------------------------------------------------------------------------------------------
def _store(writer: StoreWriter, batch, results, summary: IngestSummary, on_batch: Callable | None) -> None:
    items = []
    for (origin, page, input_hash), result in zip(batch, results):
        if isinstance(result, dict):
            items.append(Added(result, input_hash, origin))
        else:
            items.append(Failed(origin, page.id, result[0], result[1]))
    added, _ = writer.add_batch(items)
    summary.added += added
    summary.failed.extend(i for i in items if isinstance(i, Failed))
    if on_batch:
        on_batch(summary)


def ingest_sources(writer: StoreWriter, sources: Iterable[Source], *, workers: int = 1, model: str | None = None,
                   batch_size: int = BATCH_SIZE, progress: Progress | None = None,
                   on_batch: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Analyse and store every new source; failures and skips are counted, never raised."""
    started = time.monotonic()
    summary = IngestSummary()
    dedup = Dedup(writer.known_documents())
    analyzer = Analyzer(workers, model)
    batch: list[tuple[str, PageInput, str]] = []
    failed_now: list[Failed] = []

    def tick(force: bool = False) -> None:  # documents done: stored, skipped or failed
        if progress:
            progress.update(summary.added + summary.skipped + len(summary.failed) + len(failed_now), summary, force)

    def drain(all_: bool) -> None:
        while analyzer.pending and (all_ or analyzer.full()):
            done_batch, results = analyzer.take()
            _store(writer, done_batch, results, summary, on_batch)
            tick(force=True)

    try:
        for source in sources:
            if source.error is not None:
                failed_now.append(Failed(source.origin, None, source.error.code, source.error.message))
            else:
                page = source.page
                input_hash = sha256(page.text)
                verdict, value = dedup.decide(page, input_hash)
                if verdict == "skip":
                    summary.skipped += 1
                elif verdict == "clash":
                    failed_now.append(Failed(source.origin, page.id, "E026", value))
                else:
                    dedup.remember(value, input_hash, page.outlet, page.url)
                    batch.append((source.origin, _with_id(page, value), input_hash))
            if failed_now and len(failed_now) >= batch_size:
                writer.add_batch(failed_now)
                summary.failed.extend(failed_now)
                failed_now = []
            if len(batch) >= batch_size:
                analyzer.submit(batch)
                batch = []
                drain(False)
            tick()
        if batch:
            analyzer.submit(batch)
        drain(True)
        if failed_now:
            writer.add_batch(failed_now)
            summary.failed.extend(failed_now)
    except BaseException:  # interrupted: stop the workers now; what was committed stays
        analyzer.close(terminate=True)
        raise
    analyzer.close()
    if progress:
        tick(force=True)
        progress.finish()
    summary.seconds = time.monotonic() - started
    return summary


def _with_id(page: PageInput, doc_id: str) -> PageInput:
    from dataclasses import replace

    return page if page.id == doc_id else replace(page, id=doc_id)


def ingest(paths: Iterable[str | Path], db: str | Path, *, workers: int = 1, model: str | None = None,
           batch_size: int = BATCH_SIZE, stderr: TextIO | None = None,
           on_batch: Callable[[IngestSummary], None] | None = None, sources: Iterable[Source] | None = None
           ) -> IngestSummary:
    """Ingest ``paths`` (or ready ``sources``) into the store ``db``, then recompute the corpus tables."""
    from .build import rebuild

    paths = list(paths)
    stream = stderr if stderr is not None else sys.stderr
    progress = None
    if hasattr(stream, "isatty") and stream.isatty():
        progress = Progress(stream, count_sources(paths) if sources is None else None)
    with StoreWriter(db) as writer:
        summary = ingest_sources(writer, iter_sources(paths) if sources is None else sources, workers=workers,
                                 model=model, batch_size=batch_size, progress=progress, on_batch=on_batch)
        started = time.monotonic()
        counts = rebuild(writer, timings=summary.corpus_timings)
        summary.corpus_seconds = time.monotonic() - started
        summary.documents, summary.stories, summary.events = counts
    return summary
