"""Article-body extraction on the article-extraction benchmark (Scrapinghub AEB, 181 pages).

Scores what the pipeline outputs, ``document.text`` without its title line (the raw bytes decoded,
extracted by ``brinkwatch.ingest.html.extract_html`` and cleaned by ``build_document``), the extractor's
body alone, and, as the baseline, trafilatura 2.3.1 with its defaults, on every page; scores word 4-gram precision/recall per page against ``articleBody``
(the benchmark's own metric: brinkwatch.ingest.html_shingles), averaged over pages, on all pages
and on a fixed split: "dev" (sha256 of the page id is even; used to study errors and tune) and
"heldout" (the rest; never tuned on). Writes benchmarks/results/extraction.json.

    .venv/bin/python benchmarks/eval_extraction.py [--limit N]
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from brinkwatch.errors import BrinkwatchError  # noqa: E402
from brinkwatch.ingest.html import extract_html  # noqa: E402
from brinkwatch.ingest.html_shingles import average, score_page  # noqa: E402

BENCH = ROOT.parent / "shared" / "benchmarks" / "extraction" / "aeb"
RESULTS = ROOT / "benchmarks" / "results" / "extraction.json"


def split_of(page_id: str) -> str:
    return "dev" if int(hashlib.sha256(page_id.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def load_pages(limit: int | None = None) -> list[tuple[str, str, str, str]]:
    """(id, url, html text, true body) of the benchmark's pages, in id order."""
    from brinkwatch.ingest.decode import decode_bytes  # the bytes decoded as brinkwatch reads a page

    truth = json.loads((BENCH / "ground-truth.json").read_text("utf-8"))
    pages = []
    for page_id in sorted(truth)[:limit]:
        raw = gzip.decompress((BENCH / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append((page_id, truth[page_id].get("url") or "", decode_bytes(raw), truth[page_id].get("articleBody") or ""))
    return pages


def document_body(html: str, url: str) -> str:
    """``document.text`` of the full ingestion path, without its title line."""
    from brinkwatch.ingest import build_document

    try:
        doc = build_document(html, html=True, url=url)
    except BrinkwatchError:
        return ""
    return doc.text[doc.body_start:] if doc.title is not None else doc.text


def ours(html: str, url: str) -> str:
    try:
        return extract_html(html, url=url).body
    except BrinkwatchError:
        return ""


def trafilatura_default(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def evaluate(pages, system) -> tuple[dict, float, dict]:
    started = time.perf_counter()
    scores = {page_id: score_page(true, system(html, url)) for page_id, url, html, true in pages}
    seconds = time.perf_counter() - started
    figures = {"all": average(list(scores.values()))}
    for split in ("dev", "heldout"):
        figures[split] = average([s for page_id, s in scores.items() if split_of(page_id) == split])
    return figures, seconds, scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N pages (by id)")
    parser.add_argument("--worst", type=int, default=0, help="print the N worst dev pages of ours")
    args = parser.parse_args(argv)
    if not (BENCH / "ground-truth.json").is_file():
        print(f"eval_extraction: benchmark not found at {BENCH} (needs the shared benchmarks folder)", file=sys.stderr)
        return 2
    pages = load_pages(args.limit)
    report: dict = {"benchmark": "article-extraction-benchmark (Scrapinghub, MIT)", "pages": len(pages),
                    "metric": "word 4-gram precision/recall averaged over pages; F1 of the averages",
                    "split": "dev: sha256(page id) even; heldout: odd (never tuned on)", "systems": {}}
    systems = (("brinkwatch_document", document_body), ("brinkwatch_extractor", ours),
               ("trafilatura_default", trafilatura_default))
    for name, system in systems:
        figures, seconds, scores = evaluate(pages, system)
        report["systems"][name] = {**figures, "seconds": round(seconds, 1)}
        print(f"{name:<20} " + "  ".join(
            f"{split}: P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f} (n={f['pages']})"
            for split, f in figures.items()) + f"  [{seconds:.1f}s]")
        if name == "brinkwatch_document" and args.worst:
            worst = sorted((min(s.precision or 0, s.recall or 0), pid) for pid, s in scores.items()
                           if split_of(pid) == "dev")[:args.worst]
            for value, pid in worst:
                print(f"  {value:.3f} P {scores[pid].precision} R {scores[pid].recall} {pid[:12]}")
    if args.limit is None:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
        print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
