"""Stories: documents grouped as copies, rewrites and related reports of the same events.

``find_stories(reports)`` puts every document in exactly one ``Story``:

1. copies: near-duplicate texts (MinHash LSH over word 5-shingles, checked on exact shingle sets);
2. rewrites: documents whose wording changed but whose sentences still align one by one with an earlier
   document's (sentence embeddings), tried only on pairs that share rare words, names or numbers;
3. related: reports of the same events without shared text, published within a day of each other with
   overlapping event signatures (type, source, target) or similar headline and lead.

The earliest published member (ties: id order) is a story's original; every copy or rewrite is compared
with the earliest version it derives from (``changes.compare``), sentence by sentence.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

from ..records import Report, Span
from . import similarity as sim
from .changes import Change, body_sentences, compare, coverage

__all__ = ["Change", "FigureConflict", "Member", "Story", "figure_conflicts", "find_stories"]

DATA_DIR = Path(__file__).parent / "data"
RELATIONS = ("original", "copy", "rewrite", "related")
REWRITE_CANDIDATE = 0.5     # rare-feature overlap a pair needs before its sentences are embedded
REWRITE_COVERAGE = 0.65     # share of the later document's sentences aligned with the earlier one's
REWRITE_COVERAGE_BACK = 0.4  # and of the earlier one's with the later one's
REWRITE_MIN_SENTENCES = 3   # sentences aligned; shorter documents must match whole...
REWRITE_SHORT = 0.85        # ... and this closely
RELATED_CANDIDATE = 0.1
RELATED_SAME_DAY = 0.45     # headline + lead similarity for reports published the same day
RELATED_NEXT_DAY = 0.7      # ... a day apart
RELATED_EVENTS = 2          # shared event signatures (type, source, target) that make reports related...
RELATED_EVENTS_JACCARD = 0.3  # ... when they are this large a share of all their signatures


@dataclass(frozen=True, slots=True)
class Member:
    document_id: str
    relation: str  # "original" | "copy" | "rewrite" | "related"
    original_id: str | None
    changes: tuple[Change, ...]


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    members: tuple[Member, ...]


@dataclass(frozen=True, slots=True)
class FigureConflict:
    unit: str
    values: tuple[tuple[str, float, Span], ...]  # (document_id, value, span)


class _UnionFind:
    """Union-find whose root is always the earliest member (by the order given at construction)."""

    def __init__(self, order: Sequence[str]) -> None:
        self.rank = {k: n for n, k in enumerate(order)}
        self.parent = {k: k for k in order}

    def find(self, k: str) -> str:
        root = k
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[k] != root:
            self.parent[k], k = root, self.parent[k]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            first, second = (ra, rb) if self.rank[ra] < self.rank[rb] else (rb, ra)
            self.parent[second] = first

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for k in sorted(self.parent, key=self.rank.__getitem__):
            out[self.find(k)].append(k)
        return out


def _order_key(report: Report) -> tuple[str, str]:
    return (report.document.published or "9999-12-31", report.id)


def _day(report: Report) -> dt.date | None:
    try:
        return dt.date.fromisoformat((report.document.published or "")[:10])
    except ValueError:
        return None


def story_id(first_id: str) -> str:
    return "story-" + hashlib.sha1(first_id.encode("utf-8")).hexdigest()[:12]


def _title(report: Report) -> str:
    doc = report.document
    if doc.title:
        return doc.title
    first = sim.split_sentences(doc.text)
    return first[0].text[:160] if first else report.id


def _lead(report: Report) -> str:
    doc = report.document
    body = body_sentences(report)
    return " ".join(p for p in (doc.title or "", body[0].text if body else "") if p)


def _signatures(report: Report) -> set[tuple[str, str, str]]:
    """(type, source side, target side) of the asserted events with both a source and a different target
    (a feared invasion or a denied plan is no event two reports can share)."""
    def side(actor):
        return None if actor is None else (actor.country or actor.name or actor.text.lower())

    out = set()
    for e in report.events:
        s, t = side(e.source), side(e.target)
        if e.modality == "asserted" and s and t and s != t:
            out.add((e.type, s, t))
    return out


def _is_rewrite(earlier: Report, later: Report) -> bool:
    """Most of the later document's sentences say what the earlier one's say, in the same order.

    Short documents (fewer than ``REWRITE_MIN_SENTENCES`` sentences) must match whole and closely: two
    one-sentence reports of one event are related, not one a rewrite of the other, unless nearly the same.
    """
    cov = coverage(earlier, later, paraphrase=True)
    if cov.matched >= REWRITE_MIN_SENTENCES:
        return cov.copy >= REWRITE_COVERAGE and cov.original >= REWRITE_COVERAGE_BACK
    return cov.matched > 0 and cov.copy == cov.original == 1.0 and cov.mean_score >= REWRITE_SHORT


def _events_agree(a: Report, b: Report) -> bool:
    """Reports share enough (type, source, target) event signatures to be about the same events."""
    sa, sb = _signatures(a), _signatures(b)
    shared = sa & sb
    return len(shared) >= RELATED_EVENTS and len(shared) / len(sa | sb) >= RELATED_EVENTS_JACCARD


def _day_gap(a: Report, b: Report) -> int | None:
    da, db = _day(a), _day(b)
    return abs((da - db).days) if da and db else None


def find_stories(reports: Sequence[Report]) -> list[Story]:
    """Every document in exactly one story (single-document stories included), in order of first publication."""
    by_id: dict[str, Report] = {}
    for r in reports:
        by_id.setdefault(r.id, r)
    order = sorted(by_id, key=lambda k: _order_key(by_id[k]))
    rank = {k: n for n, k in enumerate(order)}

    copies = _UnionFind(order)
    for pair in sim.near_duplicates({k: by_id[k].document.text for k in order}):
        copies.union(pair.a, pair.b)
    heads = sorted({copies.find(k) for k in order}, key=rank.__getitem__)

    features = {k: sim.rare_features(by_id[k].document.text) for k in heads}
    candidates = sim.candidate_pairs(features, min_score=RELATED_CANDIDATE)

    versions = _UnionFind(order)
    for k in order:
        versions.union(k, copies.find(k))
    for (a, b), score in candidates.items():
        if score >= REWRITE_CANDIDATE and versions.find(a) != versions.find(b):
            earlier, later = sorted((a, b), key=rank.__getitem__)
            if _is_rewrite(by_id[earlier], by_id[later]):
                versions.union(earlier, later)

    stories = _UnionFind(order)
    for k in order:
        stories.union(k, versions.find(k))
    related = []
    for a, b in candidates:
        gap = _day_gap(by_id[a], by_id[b])
        if versions.find(a) != versions.find(b) and gap is not None and gap <= 1:
            if _events_agree(by_id[a], by_id[b]):
                stories.union(a, b)
            else:
                related.append((a, b, gap))
    if related:  # headline and lead similarity, for the pairs the events did not settle
        leads = {k: _lead(by_id[k]) for a, b, _ in related for k in (a, b)}
        keys = sorted(leads)
        vectors = dict(zip(keys, sim.embed([leads[k] for k in keys])))
        for a, b, gap in related:
            if float(np.dot(vectors[a], vectors[b])) >= (RELATED_SAME_DAY if gap == 0 else RELATED_NEXT_DAY):
                stories.union(a, b)

    return [_story(members, by_id, copies, versions) for members in stories.groups().values()]


def _story(members: list[str], by_id: Mapping[str, Report], copies: _UnionFind, versions: _UnionFind) -> Story:
    first = members[0]
    out: list[Member] = []
    for k in members:
        root = versions.find(k)
        if k == first:
            out.append(Member(k, "original", None, ()))
        elif root != k:
            relation = "copy" if copies.find(k) == copies.find(root) else "rewrite"
            changes = compare(by_id[root], by_id[k], paraphrase=relation == "rewrite")
            out.append(Member(k, relation, root, changes))
        else:
            out.append(Member(k, "related", None, ()))
    return Story(id=story_id(first), title=_title(by_id[first]), members=tuple(out))


@lru_cache(maxsize=1)
def _unit_names() -> dict[str, str]:
    raw = json.loads((DATA_DIR / "units.json").read_text("utf-8"))
    return {name: group[0] for group in raw["groups"] for name in group}


def unit_key(unit: str) -> str:
    """The unit under which figures are compared ("soldiers" and "personnel" count "troops")."""
    key = " ".join(unit.lower().split())
    return _unit_names().get(key, unit)


def figure_conflicts(story: Story, reports: Mapping[str, Report]) -> list[FigureConflict]:
    """Figures of one unit that differ across the story's documents (150,000 vs 130,000 troops)."""
    by_unit: dict[str, list[tuple[str, float, Span]]] = defaultdict(list)
    for member in story.members:
        report = reports.get(member.document_id)
        if report is None:
            continue
        for q in report.quantities:
            by_unit[unit_key(q.unit)].append((member.document_id, float(q.value), Span(text=q.text, start=q.start, end=q.end)))
    conflicts = []
    for unit in sorted(by_unit):
        values = by_unit[unit]
        per_doc: dict[str, set[float]] = defaultdict(set)
        for doc_id, value, _ in values:
            per_doc[doc_id].add(value)
        if len(per_doc) >= 2 and len({v for _, v, _ in values}) >= 2 and len({frozenset(s) for s in per_doc.values()}) >= 2:
            conflicts.append(FigureConflict(unit=unit, values=tuple(values)))
    return conflicts
