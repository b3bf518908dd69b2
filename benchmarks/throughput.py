"""Throughput of ``analyze`` against the bare spaCy pipeline on the same texts, in the same run.

    .venv/bin/python benchmarks/throughput.py [--docs 200]

Prints documents/s, words/s, the ratio (ours / bare spaCy time) and peak memory, and writes
benchmarks/results/throughput.json.
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=HERE).stdout.strip()
    except OSError:
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    args = parser.parse_args()

    import spacy

    from brinkwatch import Pipeline
    from brinkwatch.nlp import model_name
    from corpus import benchmark_pages

    pages = benchmark_pages(args.docs)
    texts = [p.text for p in pages]
    words = sum(len(t.split()) for t in texts)
    assert len(set(texts)) == len(texts), "benchmark documents must be distinct"

    bare = spacy.load(model_name())
    bare("warm up")
    t0 = time.perf_counter()
    for text in texts:
        bare(text)
    bare_s = time.perf_counter() - t0
    bare_rss = peak_rss_mb()

    ours = Pipeline()
    ours.analyze(pages[0])  # warm up (loads the knowledge base and lexicons)
    t0 = time.perf_counter()
    n_events = n_quotes = 0
    for page in pages:
        report = ours.analyze(page)
        n_events += len(report.events)
        n_quotes += len(report.quotes)
    ours_s = time.perf_counter() - t0

    result = {
        "commit": commit(),
        "machine": f"{platform.machine()}, {platform.python_version()}, {__import__('os').cpu_count()} cores",
        "documents": len(texts),
        "words": words,
        "bare_spacy": {"seconds": round(bare_s, 2), "docs_per_s": round(len(texts) / bare_s, 1),
                       "words_per_s": round(words / bare_s)},
        "brinkwatch": {"seconds": round(ours_s, 2), "docs_per_s": round(len(texts) / ours_s, 1),
                       "words_per_s": round(words / ours_s), "events": n_events, "quotes": n_quotes},
        "ratio_ours_to_spacy": round(ours_s / bare_s, 3),
        "peak_rss_mb": {"after_bare_spacy": round(bare_rss), "after_brinkwatch": round(peak_rss_mb())},
    }
    print(f"{len(texts)} documents, {words} words")
    print(f"bare spaCy : {result['bare_spacy']['docs_per_s']:7.1f} docs/s {result['bare_spacy']['words_per_s']:8} words/s")
    print(f"brinkwatch : {result['brinkwatch']['docs_per_s']:7.1f} docs/s {result['brinkwatch']['words_per_s']:8} words/s")
    print(f"ratio      : {result['ratio_ours_to_spacy']:.2f}x bare spaCy time")
    print(f"peak RSS   : {result['peak_rss_mb']['after_brinkwatch']} MB")
    out = HERE / "results" / "throughput.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
