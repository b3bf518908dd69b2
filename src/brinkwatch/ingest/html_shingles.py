"""Word 4-gram (shingle) overlap, as scored by the article-extraction benchmark.

Tokens are runs of word characters (``\\w+``), case kept; a text with fewer than four tokens
is one shorter shingle. Per page, true/false positives and false negatives are shingle counts
(multiset intersection and differences); precision and recall are averaged over pages
(a page with no predicted shingle has no precision, one with no true shingle no recall), and F1
is taken from the two averages.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

SHINGLE = 4
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = SHINGLE) -> Counter:
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True, slots=True)
class PageScore:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        if self.tp + self.fp == 0:
            return None
        return 1.0 if self.fp == self.fn == 0 else self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        if self.tp + self.fn == 0:
            return None
        return 1.0 if self.fp == self.fn == 0 else self.tp / (self.tp + self.fn)


def score_page(truth: str, predicted: str) -> PageScore:
    true, pred = shingles(truth), shingles(predicted)
    return PageScore(sum((true & pred).values()), sum((pred - true).values()), sum((true - pred).values()))


def average(scores: list[PageScore]) -> dict[str, float]:
    """Mean precision, mean recall and the F1 of those two means."""
    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4), "pages": len(scores)}
