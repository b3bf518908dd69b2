"""Distinct synthetic documents from the demo corpus, for speed benchmarks.

Variations reorder body paragraphs, rotate numbers and weekdays and drop a paragraph, so no two
documents share their full text (nothing can be cached between documents).
"""
from __future__ import annotations

import random
import re

from brinkwatch.cli import demo_pages
from brinkwatch.pipeline import PageInput

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _vary(text: str, rng: random.Random) -> str:
    title, _, body = text.partition("\n\n")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    if len(paragraphs) > 3:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
        head, rest = paragraphs[:1], paragraphs[1:]
        rng.shuffle(rest)
        paragraphs = head + rest
    body = "\n\n".join(paragraphs)
    body = re.sub(r"\b\d{1,3}(,\d{3})+\b", lambda m: f"{rng.randrange(2, 300) * 1000:,}", body)
    body = re.sub("|".join(WEEKDAYS), lambda m: rng.choice(WEEKDAYS), body)
    return f"{title} ({rng.randrange(10**6)})\n\n{body}"


def benchmark_pages(n: int = 200, *, seed: int = 7) -> list[PageInput]:
    """``n`` distinct text pages: the demo corpus (HTML extracted once to text) and variations of it."""
    from brinkwatch.ingest import build_document

    rng = random.Random(seed)
    bases = list(dict.fromkeys(build_document(p.text, html=p.html, id=p.id).text for p in demo_pages()))
    pages = [PageInput(text=t, id=f"base-{i}", html=False) for i, t in enumerate(bases)]
    while len(pages) < n:
        base = bases[len(pages) % len(bases)]
        pages.append(PageInput(text=_vary(base, rng), id=f"var-{len(pages)}", html=False))
    return pages[:n]
