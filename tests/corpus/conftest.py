"""Shared inputs for corpus tests: short articles of our own and the bundled demo corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "src" / "brinkwatch" / "demo" / "corpus"

TALKS = [  # one meeting, three outlets, three wordings
    ("talks-a", "Wire One", "https://wire-one.example/minsk-talks",
     "Russian and Ukrainian officials meet in Minsk\n\nRussian officials met Ukrainian negotiators in Minsk on "
     "Monday, the foreign ministry said. The talks lasted four hours."),
    ("talks-b", "Daily Two", "https://daily-two.example/news/belarus-talks",
     "Moscow and Kyiv hold talks in Belarus\n\nRussia met with Ukraine in Minsk on Monday for talks on the crisis, "
     "according to diplomats. No agreement was reached."),
    ("talks-c", "Post Three", "https://post-three.example/2022/02/14/minsk",
     "Talks in Minsk\n\nOn Monday Russia met Ukraine in the Belarusian capital Minsk, officials confirmed. Both "
     "sides described the meeting as difficult."),
]


def talks_jsonl(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for doc_id, outlet, url, text in TALKS:
            fh.write(json.dumps({"id": doc_id, "text": text, "published": "2022-02-14", "outlet": outlet,
                                 "url": url}) + "\n")
    return path


def demo_jsonl(path: Path, ids: list[str] | None = None) -> Path:
    """A JSONL manifest of (some of) the demo corpus, pointing at its files."""
    with path.open("w", encoding="utf-8") as fh:
        for line in (DEMO / "manifest.jsonl").read_text("utf-8").splitlines():
            entry = json.loads(line)
            if ids is None or entry["id"] in ids:
                fh.write(json.dumps({**entry, "file": str(DEMO / entry["file"])}) + "\n")
    return path
