"""DuckDB query latency on a store of one million events generated directly into the schema.

    .venv/bin/python benchmarks/query_latency.py [--events 1000000] [--runs 40]

Times the queries behind the CLI, the API and the dashboard (an events filter page, a dyad timeline by day
and by week, the overview's top dyads) with p50/p95, beside the bare SQL count of the same filter in the same
run, and writes benchmarks/results/query_latency.json.
"""
from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def timed(fn, runs: int) -> dict:
    fn()  # warm
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return {"p50_ms": round(statistics.median(samples), 1),
            "p95_ms": round(samples[min(len(samples) - 1, int(0.95 * len(samples)))], 1),
            "max_ms": round(samples[-1], 1), "runs": runs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    from load import build_store

    from brinkwatch.api import reads
    from brinkwatch.corpus.api import Corpus

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "million.duckdb"
        t0 = time.perf_counter()
        counts = build_store(db, events=args.events)
        build_s = time.perf_counter() - t0
        with Corpus(db) as corpus:
            cur = corpus.con
            queries = {
                "bare_sql_count_dyad": lambda: cur.execute(
                    "SELECT count(*) FROM events WHERE source_country = 'RUS' AND target_country = 'UKR'").fetchall(),
                "events_page_source_target": lambda: reads.events(cur, source="RUS", target="UKR", limit=50, offset=0),
                "events_page_type_since": lambda: reads.events(cur, type="ASSAULT", since="2022-06-01", limit=50,
                                                               offset=0),
                "timeline_day": lambda: corpus.timeline_records("RUS", "UKR", by="day"),
                "timeline_week": lambda: corpus.timeline_records("RUS", "UKR", by="week"),
                "top_dyads": lambda: reads.top_dyads(cur, limit=10),
            }
            figures = {name: timed(fn, args.runs) for name, fn in queries.items()}
            dyad = cur.execute("SELECT count(*) FROM events WHERE (source_country='RUS' AND target_country='UKR') "
                               "OR (source_country='UKR' AND target_country='RUS')").fetchone()[0]
    result = {"machine": f"{platform.machine()}, {platform.python_version()}", "events": args.events,
              "store": counts, "build_s": round(build_s, 1), "dyad_events_rus_ukr": dyad, "queries": figures}
    for name, f in figures.items():
        print(f"{name:28} p50 {f['p50_ms']:8.1f} ms   p95 {f['p95_ms']:8.1f} ms")
    (HERE / "results" / "query_latency.json").write_text(json.dumps(result, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
