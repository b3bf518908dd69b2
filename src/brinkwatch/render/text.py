"""The report as text for a person: title, events table, quotes by speaker, quantities, flags."""
from __future__ import annotations

from collections import defaultdict

from ..records import Actor, Event, Report

_COLOURS = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33", "blue": "34", "cyan": "36"}
_QUAD_COLOUR = {1: "green", 2: "green", 3: "yellow", 4: "red"}


class Style:
    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def __call__(self, text: str, *names: str) -> str:
        if not self.colour or not names:
            return text
        codes = ";".join(_COLOURS[n] for n in names)
        return f"\x1b[{codes}m{text}\x1b[0m"


def actor_label(actor: Actor | None) -> str:
    if actor is None:
        return "—"
    label = actor.name or actor.text
    code = "/".join(x for x in (actor.country, actor.sector) if x)
    return f"{label} ({code})" if code else label


def trigger_in_sentence(event: Event, style: Style, width: int = 110) -> str:
    """The sentence with its trigger marked, cut around the trigger to ``width`` characters."""
    rel = event.trigger.start - event.start
    before, trig, after = event.sentence[:rel], event.trigger.text, event.sentence[rel + len(event.trigger.text):]
    room = max(10, (width - len(trig)) // 2)
    before = ("…" + before[-room:]) if len(before) > room else before
    after = (after[:room] + "…") if len(after) > room else after
    return " ".join(f"{before}{style('[' + trig + ']', 'bold', 'cyan')}{after}".split())


def _events(report: Report, style: Style) -> list[str]:
    if not report.events:
        return [style("No events coded.", "dim")]
    lines = []
    for ev in sorted(report.events, key=lambda e: e.start):
        colour = _QUAD_COLOUR.get(ev.quad, "bold")
        head = (f"{ev.date or '—':10}  {actor_label(ev.source)}  {style(ev.type, 'bold', colour)}"
                f"{('/' + ev.mode) if ev.mode else ''}  {actor_label(ev.target)}  [{ev.modality}]")
        if ev.attributed_to:
            head += f"  per {actor_label(ev.attributed_to)}"
        lines += [head, "    " + trigger_in_sentence(ev, style)]
    return lines


def _quotes(report: Report, style: Style) -> list[str]:
    if not report.quotes:
        return [style("No quotes found.", "dim")]
    by_speaker: dict[str, list[str]] = defaultdict(list)
    for q in sorted(report.quotes, key=lambda q: q.start):
        content = q.content if len(q.content) <= 220 else q.content[:217] + "…"
        mark = f"“{content}”" if q.direct else f"(that) {content}"
        by_speaker[actor_label(q.speaker) if q.speaker else "unattributed"].append(mark)
    lines = []
    for speaker, items in by_speaker.items():
        lines.append(style(speaker, "bold"))
        lines += [f"    {item}" for item in items]
    return lines


def _quantities(report: Report, style: Style) -> list[str]:
    if not report.quantities:
        return [style("No quantities found.", "dim")]
    return [f"{q.text!r}: {q.value:g} {q.unit}" + (f"  (claimed by {actor_label(q.claimed_by)})" if q.claimed_by else "")
            for q in report.quantities]


def _flags(report: Report, style: Style) -> list[str]:
    lines = []
    for f in report.flags:
        lines.append(f"{style(f.kind, 'bold', 'red')}: {f.message}")
        lines += [f"    at {e.start}-{e.end}: {e.text!r}" for e in f.evidence]
    return lines or [style("No flags.", "dim")]


def render_report(report: Report, *, colour: bool = False) -> str:
    style = Style(colour)
    doc = report.document
    head = [style(doc.title or "(no title)", "bold")]
    meta = [x for x in (doc.outlet, doc.published, doc.url, f"lang={doc.language}", f"id={report.id}") if x]
    head.append(style("  ·  ".join(meta), "dim"))
    if doc.removed:
        kinds = ", ".join(sorted({r.kind for r in doc.removed}))
        head.append(style(f"cleaned: removed {len(doc.removed)} line(s) ({kinds})", "dim"))
    sections = [("Events", _events), ("Quotes", _quotes), ("Quantities", _quantities), ("Flags", _flags)]
    out = head
    for name, fn in sections:
        out += ["", style(name.upper(), "bold", "blue")] + fn(report, style)
    return "\n".join(out) + "\n"
