"""Ingestion speed and scaling: documents/s with 1 and 2 workers, peak memory, and how time grows with size.

    .venv/bin/python benchmarks/ingest.py                       # sizes 1000,2000; workers 1 and 2 at 1000
    .venv/bin/python benchmarks/ingest.py --sizes 1000,5000,20000 --workers 2

Each run is a fresh process ingesting ``benchmark_pages(n)`` (distinct variations of the demo corpus) into a
fresh store, so peak memory is per run.  Per size it reports the analysis phase (documents/s), the
corpus step (stories, merging, figure conflicts over the whole store), a re-ingest of the same input
(every document skipped: the de-duplication path) and seconds per 1,000 documents for each, which stay
flat when the work grows linearly.  ``docs_per_s`` includes loading the pipeline (in every worker);
``steady_docs_per_s`` counts from the first stored batch to the last.  Writes benchmarks/results/ingest.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def one_run(n: int, workers: int, db: str) -> dict:
    """Runs in a child process: ingest n pages, then ingest them again (all skipped)."""
    from brinkwatch.corpus.ingest import ingest
    from brinkwatch.corpus.inputs import Source
    from corpus import benchmark_pages

    pages = benchmark_pages(n)
    sources = [Source(f"bench:{p.id}", p) for p in pages]
    words = sum(len(p.text.split()) for p in pages)
    marks: list[tuple[float, int]] = []  # (time, documents stored) after each batch: the steady rate

    def on_batch(summary) -> None:
        marks.append((time.perf_counter(), summary.added + len(summary.failed)))

    t0 = time.perf_counter()
    first = ingest([], db, workers=workers, sources=sources, stderr=open(os.devnull, "w"), on_batch=on_batch)
    total = time.perf_counter() - t0
    steady = (marks[-1][1] - marks[0][1]) / (marks[-1][0] - marks[0][0]) if len(marks) > 2 else None
    t0 = time.perf_counter()
    again = ingest([], db, workers=workers, sources=sources, stderr=open(os.devnull, "w"))
    reingest = time.perf_counter() - t0
    rss = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
           + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return {
        "docs": n, "workers": workers, "words": words, "added": first.added, "failed": len(first.failed),
        "analysis_s": round(first.seconds, 2), "docs_per_s": round(n / first.seconds, 2),
        "steady_docs_per_s": round(steady, 2) if steady else None,
        "corpus_step_s": round(first.corpus_seconds, 2), "corpus_step_phases_s": first.corpus_timings, "total_s": round(total, 2),
        "reingest_s": round(reingest, 2), "reingest_skipped": again.skipped,
        "stories": first.stories, "events": first.events,
        "db_mb": round(Path(db).stat().st_size / 2**20, 1), "peak_rss_mb": round(rss, 1),
        "per_1000": {"analysis_s": round(first.seconds / n * 1000, 2),
                     "corpus_step_s": round(first.corpus_seconds / n * 1000, 2),
                     "reingest_s": round(reingest / n * 1000, 3)},
    }


def run_child(n: int, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.duckdb")
        proc = subprocess.run([sys.executable, __file__, "--child", str(n), "--workers", str(workers), "--db", db],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"run n={n} workers={workers} failed:\n{proc.stderr[-3000:]}")
        return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000", help="comma-separated document counts (default 1000,2000)")
    parser.add_argument("--workers", type=int, default=1, help="workers for the scaling runs (default 1)")
    parser.add_argument("--compare-workers", default="1,2",
                        help="worker counts compared at the smallest size (default 1,2; empty to skip)")
    parser.add_argument("--out", default=str(HERE / "results" / "ingest.json"))
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run(args.child, args.workers, args.db)))
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s]
    runs = []
    compare = [int(w) for w in args.compare_workers.split(",") if w]
    for workers in compare:
        runs.append(run_child(sizes[0], workers))
        print(json.dumps(runs[-1]), flush=True)
    for n in sizes:
        if n == sizes[0] and args.workers in compare:
            continue
        runs.append(run_child(n, args.workers))
        print(json.dumps(runs[-1]), flush=True)
    scaling = sorted((r for r in runs if r["workers"] == args.workers), key=lambda r: r["docs"])
    growth = {}
    if len(scaling) > 1:
        a, b = scaling[0], scaling[-1]
        ratio = b["docs"] / a["docs"]
        growth = {"docs_ratio": ratio, **{k: round(b[k] / a[k], 2) if a[k] else None
                                          for k in ("analysis_s", "corpus_step_s", "reingest_s")}}
    result = {"machine": f"{platform.machine()} {os.cpu_count()} cpus", "python": platform.python_version(),
              "runs": runs, "growth_smallest_to_largest": growth,
              "command": "benchmarks/ingest.py " + " ".join(sys.argv[1:])}
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(growth))
    return 0


if __name__ == "__main__":
    sys.exit(main())
