"""The dyad timeline and its escalation signal (pure)."""
from __future__ import annotations

import datetime as dt

from brinkwatch.corpus.timeline import DyadEvent, timeline_rows

D = dt.date(2022, 2, 14)


def ev(day, *, forward=True, intensity=-8.0, quad=4, docs=("a",)):
    return DyadEvent(f"e{day}{docs}", D + dt.timedelta(days=day), forward, quad, intensity,
                     tuple((d, intensity) for d in docs))


def test_periods_fill_gaps_and_count_each_way():
    rows = timeline_rows([ev(0), ev(0, forward=False, intensity=2, quad=1), ev(2)])
    assert [r["period"] for r in rows] == ["2022-02-14", "2022-02-15", "2022-02-16"]
    assert (rows[0]["a_to_b"], rows[0]["b_to_a"], rows[0]["events"]) == (1, 1, 2)
    assert rows[0]["quad"]["material_conflict"] == 1 and rows[0]["quad"]["verbal_cooperation"] == 1
    assert rows[1]["articles"] == 0 and rows[1]["escalation"]["score"] is None
    assert rows[0]["intensity_sum"] == -6.0 and rows[0]["intensity_mean"] == -3.0


def test_more_coverage_of_the_same_is_not_escalation():
    calm = [ev(d, intensity=-2) for d in range(4)]
    loud = ev(4, intensity=-2, docs=tuple("abcdefghij"))  # ten articles, same intensity per article
    rows = timeline_rows(calm + [loud])
    assert rows[-1]["articles"] == 10
    assert rows[-1]["escalation"]["change"] == 0 and not rows[-1]["escalation"]["marked"]


def test_a_jump_in_conflict_per_article_is_marked():
    rows = timeline_rows([ev(d, intensity=-1) for d in range(4)] + [ev(4, intensity=-9)])
    assert rows[-1]["escalation"]["baseline"] == 1.0 and rows[-1]["escalation"]["marked"]
    assert not any(r["escalation"]["marked"] for r in rows[:-1])


def test_weeks():
    rows = timeline_rows([ev(0), ev(8)], by="week")
    assert [r["period"] for r in rows] == ["2022-W07", "2022-W08"]
