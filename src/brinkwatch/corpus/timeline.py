"""A dyad's timeline: events each way per day or week, and an escalation signal that ignores coverage volume.

The signal follows ACLED's trend view: for each period, conflict intensity per article (the conflict
intensity, ``max(0, -intensity)``, of every report of an event between the two actors, summed and divided by
the number of articles reporting them) is compared with the mean of the previous ``k`` periods that had
coverage.  Ten articles repeating one shelling read like one article; a period is marked when the change
reaches ``THRESHOLD``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping, Sequence

QUADS = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}
BASELINE = {"day": 7, "week": 4}  # k: trailing periods in the baseline
MIN_BASELINE = 2                  # periods with coverage needed before a change is judged
THRESHOLD = 2.0                   # conflict intensity per article above the baseline that marks escalation


@dataclass(frozen=True, slots=True)
class DyadEvent:
    id: str
    date: dt.date
    a_to_b: bool
    quad: int
    intensity: float
    reports: tuple[tuple[str, float], ...]  # (document id, intensity as that document reported it)


def period_start(date: dt.date, by: str) -> dt.date:
    return date - dt.timedelta(days=date.weekday()) if by == "week" else date


def period_label(start: dt.date, by: str) -> str:
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return start.isoformat()


def _periods(first: dt.date, last: dt.date, by: str) -> list[dt.date]:
    step = dt.timedelta(days=7 if by == "week" else 1)
    out, day = [], period_start(first, by)
    while day <= last:
        out.append(day)
        day += step
    return out


def conflict(intensity: float) -> float:
    return max(0.0, -float(intensity))


def timeline_rows(events: Sequence[DyadEvent], by: str = "day", *, k: int | None = None,
                  threshold: float = THRESHOLD) -> list[dict]:
    """One row per period from the first to the last event (empty periods included)."""
    if by not in BASELINE:
        raise ValueError(f"by must be day or week, not {by!r}")
    if not events:
        return []
    k = k or BASELINE[by]
    buckets: dict[dt.date, list[DyadEvent]] = {}
    for e in events:
        buckets.setdefault(period_start(e.date, by), []).append(e)
    rows, history = [], []
    for start in _periods(min(buckets), max(buckets), by):
        rows.append(_row(start, by, buckets.get(start, []), history[-k:], threshold))
        if rows[-1]["articles"]:
            history.append(rows[-1]["escalation"]["score"])
    return rows


def _row(start: dt.date, by: str, events: Sequence[DyadEvent], history: Sequence[float], threshold: float) -> dict:
    quad = {name: 0 for name in QUADS.values()}
    for e in events:
        quad[QUADS.get(e.quad, "verbal_cooperation")] += 1
    articles = {doc for e in events for doc, _ in e.reports}
    total = sum(conflict(i) for e in events for _, i in e.reports)
    score = round(total / len(articles), 3) if articles else None
    baseline = round(sum(history) / len(history), 3) if len(history) >= MIN_BASELINE else None
    change = round(score - baseline, 3) if score is not None and baseline is not None else None
    intensities = [e.intensity for e in events]
    return {
        "period": period_label(start, by), "events": len(events),
        "a_to_b": sum(e.a_to_b for e in events), "b_to_a": sum(not e.a_to_b for e in events), "quad": quad,
        "intensity_mean": round(sum(intensities) / len(intensities), 3) if intensities else None,
        "intensity_sum": round(sum(intensities), 3), "articles": len(articles),
        "escalation": {"score": score, "baseline": baseline, "change": change,
                       "marked": change is not None and change >= threshold},
    }


def rows_from_periods(periods: Sequence[Mapping], by: str = "day", *, k: int | None = None,
                      threshold: float = THRESHOLD) -> list[dict]:
    """``timeline_rows`` from per-period aggregates computed in the store (``queries.dyad_periods``)."""
    if by not in BASELINE:
        raise ValueError(f"by must be day or week, not {by!r}")
    if not periods:
        return []
    k = k or BASELINE[by]
    found = {p["period"]: p for p in periods}
    rows, history = [], []
    for start in _periods(min(found), max(found), by):
        p = found.get(start)
        rows.append(_period_row(start, by, p, history[-k:], threshold))
        if rows[-1]["articles"]:
            history.append(rows[-1]["escalation"]["score"])
    return rows


def _period_row(start: dt.date, by: str, p: Mapping | None, history: Sequence[float], threshold: float) -> dict:
    if p is None:
        return _row(start, by, (), history, threshold)
    articles = int(p["articles"])
    score = round(float(p["conflict"]) / articles, 3) if articles else None
    baseline = round(sum(history) / len(history), 3) if len(history) >= MIN_BASELINE else None
    change = round(score - baseline, 3) if score is not None and baseline is not None else None
    return {
        "period": period_label(start, by), "events": int(p["events"]), "a_to_b": int(p["a_to_b"]),
        "b_to_a": int(p["b_to_a"]), "quad": {QUADS[q]: int(p[f"q{q}"]) for q in QUADS},
        "intensity_mean": round(float(p["intensity_mean"]), 3), "intensity_sum": round(float(p["intensity_sum"]), 3),
        "articles": articles,
        "escalation": {"score": score, "baseline": baseline, "change": change,
                       "marked": change is not None and change >= threshold},
    }


def dyad_events(event_rows: Sequence[Mapping], reports: Mapping[str, Sequence[Mapping]],
                a_matches, b_matches) -> list[DyadEvent]:
    """The events between A and B (either way) with their reports; matchers take (name, country)."""
    out = []
    for e in event_rows:
        if e["date"] is None:
            continue
        src, tgt = (e["source_name"], e["source_country"]), (e["target_name"], e["target_country"])
        if a_matches(*src) and b_matches(*tgt):
            forward = True
        elif b_matches(*src) and a_matches(*tgt):
            forward = False
        else:
            continue
        out.append(DyadEvent(e["id"], e["date"], forward, e["quad"], e["intensity"],
                             tuple((r["document_id"], r["intensity"]) for r in reports.get(e["id"], ()))))
    return out


def plot(rows: Sequence[dict], a: str, b: str, out_path: str) -> None:
    """A PNG chart: events each way (bars) and conflict intensity per article with escalation marks."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [r["period"] for r in rows]
    x = range(len(rows))
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(max(6, len(rows) * 0.5), 6), sharex=True)
    top.bar([i - 0.2 for i in x], [r["a_to_b"] for r in rows], width=0.4, label=f"{a} → {b}")
    top.bar([i + 0.2 for i in x], [r["b_to_a"] for r in rows], width=0.4, label=f"{b} → {a}")
    top.set_ylabel("events")
    top.legend()
    scores = [r["escalation"]["score"] for r in rows]
    bottom.plot(list(x), [s if s is not None else float("nan") for s in scores], marker="o",
                label="conflict intensity per article")
    base = [r["escalation"]["baseline"] for r in rows]
    bottom.plot(list(x), [v if v is not None else float("nan") for v in base], linestyle="--", label="baseline")
    marked = [i for i, r in enumerate(rows) if r["escalation"]["marked"]]
    bottom.scatter(marked, [scores[i] for i in marked], color="red", zorder=3, label="escalation")
    bottom.set_ylabel("intensity / article")
    bottom.legend()
    bottom.set_xticks(list(x), labels, rotation=45, ha="right")
    fig.suptitle(f"{a} ↔ {b}")
    fig.tight_layout()
    fig.savefig(out_path, format="png", dpi=100)
    plt.close(fig)
