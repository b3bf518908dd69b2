"""Throughput of the engines on one machine, beside bare ``nlp.pipe`` on the same texts in the same run.

    .venv/bin/python benchmarks/scale.py [--docs 200]

Local ingest with 1 and 2 workers and the Ray engine (2 actors) on the same JSONL input; documents/s and
words/s of the analysis, each engine's ratio to bare spaCy, the corpus step's time, and peak memory per
process. Writes benchmarks/results/scale.json.
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def rss_mb(who=resource.RUSAGE_SELF) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    args = parser.parse_args()
    import spacy

    from brinkwatch.corpus.ingest import ingest
    from brinkwatch.nlp import model_name
    from corpus import benchmark_pages

    pages = benchmark_pages(args.docs)
    words = sum(len(p.text.split()) for p in pages)
    out: dict = {"machine": f"{platform.machine()}, {platform.python_version()}, 2 cores", "documents": len(pages),
                 "words": words, "engines": {}}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "pages.jsonl"
        src.write_text("".join(json.dumps({"id": p.id, "text": p.text}) + "\n" for p in pages))
        nlp = spacy.load(model_name())
        t0 = time.perf_counter()
        for _ in nlp.pipe(p.text for p in pages):
            pass
        bare = time.perf_counter() - t0
        out["bare_nlp_pipe"] = {"seconds": round(bare, 1), "docs_per_s": round(len(pages) / bare, 1),
                                "words_per_s": round(words / bare)}
        for workers in (1, 2):
            summary = ingest([src], Path(tmp) / f"local{workers}.duckdb", workers=workers,
                             stderr=open("/dev/null", "w"))
            out["engines"][f"local_{workers}_worker"] = {
                "analysis_s": round(summary.seconds, 1), "docs_per_s": round(len(pages) / summary.seconds, 1),
                "words_per_s": round(words / summary.seconds), "ratio_to_bare": round(summary.seconds / bare, 2),
                "corpus_step_s": round(summary.corpus_seconds, 1)}
        try:
            import ray

            from brinkwatch.scale import load_dataset
            from brinkwatch.scale.ray_engine import run

            ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
            t0 = time.perf_counter()
            result = run([str(src)], Path(tmp) / "rayout", concurrency=2, batch_size=16)
            ray_s = time.perf_counter() - t0
            ray.shutdown()
            t0 = time.perf_counter()
            load_dataset(Path(tmp) / "rayout", Path(tmp) / "ray.duckdb")
            out["engines"]["ray_2_actors"] = {
                "run_s_including_cluster_start": round(ray_s, 1), "docs_per_s": round(len(pages) / ray_s, 1),
                "words_per_s": round(words / ray_s), "ratio_to_bare": round(ray_s / bare, 2),
                "actors": len(result.workers), "load_and_corpus_step_s": round(time.perf_counter() - t0, 1)}
        except ImportError:
            out["engines"]["ray_2_actors"] = "ray not installed"
    out["peak_rss_mb"] = {"driver": rss_mb(), "largest_child": rss_mb(resource.RUSAGE_CHILDREN)}
    print(json.dumps(out, indent=2))
    (HERE / "results" / "scale.json").write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
