"""Recall of events, quotes and quantities against the hand-written golden files (tests/golden).

    .venv/bin/python benchmarks/eval_golden.py [--write-floors]

Prints per-article recall, writes benchmarks/results/golden.json; ``--write-floors`` records the current
figures (rounded down) as the floors tests/test_golden.py holds each article to.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("golden_rules", ROOT / "tests" / "test_golden.py")
golden = importlib.util.module_from_spec(spec)
spec.loader.exec_module(golden)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-floors", action="store_true")
    args = parser.parse_args()
    from brinkwatch import PageInput, Pipeline
    from brinkwatch.ingest.decode import decode_bytes

    pipeline = Pipeline()
    results, totals = {}, {"events": [0, 0], "quotes": [0, 0], "quantities": [0, 0]}
    for path in golden.FILES:
        case = golden.load_case(path)
        source = golden.source_path(case)
        if not source.exists():
            print(f"{case['id']}: {source} absent, skipped")
            continue
        report = pipeline.analyze(PageInput(text=decode_bytes(source.read_bytes()), id=case["id"],
                                            published=case.get("published"), html=source.suffix in (".html", ".htm")))
        row = {}
        for part, found, match in (("events", report.events, golden.event_matches),
                                   ("quotes", report.quotes, golden.quote_matches),
                                   ("quantities", report.quantities, golden.quantity_matches)):
            expected = case.get(part, [])
            hits = sum(any(match(e, f) for f in found) for e in expected)
            totals[part][0] += hits
            totals[part][1] += len(expected)
            row[part] = round(hits / len(expected), 3) if expected else 1.0
        banned = sum(1 for b in case.get("no_events", []) for e in report.events if golden.banned_matches(b, e))
        row["ruled_out_events_coded"] = banned
        results[case["id"]] = row
        print(f"{case['id']:32} events {row['events']:.2f}  quotes {row['quotes']:.2f}  "
              f"quantities {row['quantities']:.2f}  ruled-out coded {banned}")
    overall = {part: round(h / n, 3) if n else None for part, (h, n) in totals.items()}
    print("overall recall:", overall, {part: f"{h}/{n}" for part, (h, n) in totals.items()})
    out = ROOT / "benchmarks" / "results" / "golden.json"
    out.write_text(json.dumps({"overall": overall, "articles": results}, indent=2) + "\n")
    if args.write_floors:
        floors = {doc: {p: math.floor(v * 100) / 100 for p, v in row.items() if p in totals}
                  for doc, row in results.items()}
        (ROOT / "tests" / "golden" / "floors.json").write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n")
        print("wrote tests/golden/floors.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
