"""Recall and precision of events, quotes and quantities against hand-written golden files.

    .venv/bin/python benchmarks/eval_golden.py [--set demo|heldout] [--write-floors]

``demo`` (the default) scores the demo corpus against tests/golden and writes benchmarks/results/golden.json;
``--write-floors`` records the current figures (rounded down) as the floors tests/test_golden.py holds each
article to. ``heldout`` scores the articles in benchmarks/articles (written for evaluation, never studied
before their first score) against benchmarks/articles/golden and writes benchmarks/results/golden_heldout.json.

Event precision is the share of coded events that match a golden event (type, actors' countries, modality
and sentence, as the recall check); "loose" precision only asks for a golden event of the same type in the
same sentence. The golden event lists are meant to be exhaustive, so an unmatched event is a wrong or
extra coding. "Events with a wrong actor" fit a golden event's type and sentence but name another country for
a role the golden file fills (a wrong actor is worse than an unknown one).
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
SETS = {"demo": (ROOT / "tests" / "golden", "golden.json"),
        "heldout": (ROOT / "benchmarks" / "articles" / "golden", "golden_heldout.json")}


def _loose(expected: dict, event) -> bool:
    return event.type == expected["type"] and expected.get("sentence_contains", "") in event.sentence


def _wrong_actor(wanted: list[dict], event) -> bool:
    """A coded event whose type and sentence fit a golden event but that names another country for a role the
    golden fills: a wrong actor, worse than a missing one."""
    roles = (golden._country(event.source), golden._country(event.target))
    fits = [e for e in wanted if _loose(e, event)]
    if not fits or any(golden.event_matches(e, event) for e in fits):
        return False
    def clash(e):
        want = (e.get("source"), e.get("target"))
        if event.type == "CONSULT" and roles[::-1] == want:
            return False
        return any(w is not None and r is not None and w != r for w, r in zip(want, roles))
    return all(clash(e) for e in fits)


def score(files: list[Path]) -> tuple[dict, dict]:
    from brinkwatch import PageInput, Pipeline
    from brinkwatch.ingest.decode import decode_bytes

    pipeline = Pipeline()
    results, totals = {}, {"events": [0, 0], "quotes": [0, 0], "quantities": [0, 0]}
    coded = [0, 0, 0, 0]  # events coded, matching a golden event, loosely matching, with a wrong actor
    for path in files:
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
        wanted = case.get("events", [])
        right = sum(any(golden.event_matches(e, f) for e in wanted) for f in report.events)
        loose = sum(any(_loose(e, f) for e in wanted) for f in report.events)
        wrong = sum(_wrong_actor(wanted, f) for f in report.events)
        coded = [coded[0] + len(report.events), coded[1] + right, coded[2] + loose, coded[3] + wrong]
        row["event_precision"] = round(right / len(report.events), 3) if report.events else 1.0
        banned = sum(1 for b in case.get("no_events", []) for e in report.events if golden.banned_matches(b, e))
        row["ruled_out_events_coded"] = banned
        results[case["id"]] = row
        print(f"{case['id']:32} events {row['events']:.2f} (precision {row['event_precision']:.2f})  "
              f"quotes {row['quotes']:.2f}  quantities {row['quantities']:.2f}  ruled-out coded {banned}")
    overall = {part: round(h / n, 3) if n else None for part, (h, n) in totals.items()}
    overall["event_precision"] = round(coded[1] / coded[0], 3) if coded[0] else None
    overall["event_precision_loose"] = round(coded[2] / coded[0], 3) if coded[0] else None
    overall["events_with_a_wrong_actor"] = coded[3]
    counts = {part: f"{h}/{n}" for part, (h, n) in totals.items()}
    counts["event_precision"] = f"{coded[1]}/{coded[0]}"
    counts["event_precision_loose"] = f"{coded[2]}/{coded[0]}"
    counts["events_with_a_wrong_actor"] = f"{coded[3]}/{coded[0]}"
    return {"overall": overall, "counts": counts, "articles": results}, results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="which", choices=sorted(SETS), default="demo")
    parser.add_argument("--match", metavar="GLOB", default="*.json", help="golden files to score, comma-separated globs (default: all)")
    parser.add_argument("--write-floors", action="store_true")
    args = parser.parse_args()
    folder, out_name = SETS[args.which]
    files = sorted({p for pattern in args.match.split(",") for p in folder.glob(pattern) if p.name != "floors.json"})
    if not files:
        print(f"eval_golden: no golden files in {folder}", file=sys.stderr)
        return 1
    summary, results = score(files)
    print("overall:", summary["overall"], summary["counts"])
    summary = {"set": args.which, "match": args.match, **summary}
    (ROOT / "benchmarks" / "results" / out_name).write_text(json.dumps(summary, indent=2) + "\n")
    if args.write_floors:
        if args.which != "demo":
            print("eval_golden: floors are kept for the demo set only", file=sys.stderr)
            return 1
        floors = {doc: {p: math.floor(v * 100) / 100 for p, v in row.items() if p in ("events", "quotes", "quantities")}
                  for doc, row in results.items()}
        (ROOT / "tests" / "golden" / "floors.json").write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n")
        print("wrote tests/golden/floors.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
