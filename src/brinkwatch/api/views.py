"""View models of the dashboard pages: marks for the highlighted texts, built from a report's offsets."""
from __future__ import annotations

import re
from typing import Sequence

from markupsafe import Markup

from .highlight import Mark, highlight, paragraph_bounds, shift

_UNSAFE = re.compile(r"[^a-z0-9_-]+")


def css(value: str | None) -> str:
    """A CSS class made from data (a change kind, a modality): lower-case letters, digits, _ and - only."""
    token = _UNSAFE.sub("-", (value or "").lower()).strip("-")
    return token if token and token[0].isalpha() else f"x-{token or 'none'}"


def who(actor: dict | None) -> str:
    if not actor:
        return "?"
    name, country = actor.get("name") or actor.get("text") or "?", actor.get("country")
    return f"{name} ({country})" if country and country != name else name


def event_title(e: dict) -> str:
    return f"{e['type']}{':' + e['mode'] if e.get('mode') else ''} ({e['modality']}): {who(e.get('source'))} → " \
           f"{who(e.get('target'))}"


def _span(kind: str, d: dict | None, title: str | None = None) -> list[Mark]:
    if not d or d.get("start") is None or d.get("end") is None:
        return []
    return [Mark(int(d["start"]), int(d["end"]), kind, title)]


def event_marks(e: dict, idx: int | None = None, *, sentence: bool = True) -> list[Mark]:
    kind = f"ev q{int(e.get('quad') or 0)} {css(e['modality'])}" + (f" e{idx}" if idx is not None else "")
    marks = [Mark(e["start"], e["end"], kind, event_title(e), f"ev-{idx}" if idx is not None else None)] \
        if sentence else []
    marks += _span("trigger", e.get("trigger"), f"trigger: {e['type']}")
    marks += _span("source", e.get("source"), f"source: {who(e.get('source'))}")
    marks += _span("target", e.get("target"), f"target: {who(e.get('target'))}")
    return marks


def quote_marks(q: dict, idx: int) -> list[Mark]:
    speaker = who(q.get("speaker")) if q.get("speaker") else "unknown speaker"
    kind = "quote direct" if q.get("direct") else "quote indirect"
    marks = [Mark(q["start"], q["end"], f"{kind} qt{idx}", f"quote by {speaker}", f"q-{idx}")]
    marks += _span("speaker", q.get("speaker"), f"speaker: {speaker}")
    marks += _span("cue", q.get("cue"))
    return marks


def quantity_marks(q: dict) -> list[Mark]:
    claim = f" (claimed by {who(q['claimed_by'])})" if q.get("claimed_by") else ""
    return _span("quantity", q, f"{q['value']:g} {q['unit']}{claim}")


def document_marks(report: dict) -> list[Mark]:
    marks: list[Mark] = []
    for i, e in enumerate(report.get("events", ())):
        marks += event_marks(e, i)
    for i, q in enumerate(report.get("quotes", ())):
        marks += quote_marks(q, i)
    for q in report.get("quantities", ()):
        marks += quantity_marks(q)
    for f in report.get("flags", ()):
        for ev in f.get("evidence", ()):
            marks += _span(f"flagged {css(f['kind'])}", ev, f"flag: {f['kind']}")
    return marks


def document_html(report: dict) -> Markup:
    return highlight(report["document"]["text"], document_marks(report))


def mention_html(text: str, record: dict | None, start: int, end: int) -> Markup:
    """The paragraph holding a reported sentence, with its sentence, trigger, source and target marked."""
    a, b = paragraph_bounds(text, start, end)
    marks = event_marks(record) if record else [Mark(start, end, "ev")]
    marks = [Mark(max(a, m.start), min(b, m.end), m.kind, m.title, m.anchor) for m in marks
             if m.start < b and a < m.end]  # clipped to the paragraph
    return highlight(text[a:b], shift(marks, a))


def change_marks(changes: Sequence[dict], side: str) -> list[Mark]:
    marks = []
    for n, c in enumerate(changes):
        span = c.get(side) or {}
        if span.get("start") is None:
            continue
        kind = f"chg {css(c.get('kind'))}"
        title = f"{c.get('kind', 'change').replace('_', ' ')}"
        # an empty span (nothing on this side, e.g. a dropped sentence) leaves only its anchor
        marks.append(Mark(span["start"], span["end"], kind, title, f"chg-{side}-{n}"))
    return marks
