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


def test_store_aggregation_equals_the_engine_on_the_demo_corpus(tmp_path):
    """The timeline aggregated in the store equals the engine's per-event computation, row for row."""
    from brinkwatch.cli import demo_pages
    from brinkwatch.corpus.api import Corpus, actor_matcher
    from brinkwatch.corpus.ingest import ingest
    from brinkwatch.corpus.inputs import Source
    from brinkwatch.corpus.timeline import dyad_events, rows_from_periods, timeline_rows
    from brinkwatch.store import queries

    db = tmp_path / "demo.duckdb"
    ingest([], db, sources=[Source(f"demo:{p.id}", p) for p in demo_pages()], stderr=open("/dev/null", "w"))
    with Corpus(db) as corpus:
        compared = 0
        for a, b in (("RUS", "UKR"), ("USA", "RUS"), ("Russia", "Ukraine"), ("NATO", "RUS")):
            for by in ("day", "week"):
                rows = queries.dyad_events(corpus.con, a, b)
                reports = queries.event_reports(corpus.con, [r["id"] for r in rows])
                engine = timeline_rows(dyad_events(rows, reports, actor_matcher(a), actor_matcher(b)), by)
                stored = rows_from_periods(queries.dyad_periods(corpus.con, a, b, by), by)
                assert stored == engine, (a, b, by)
                compared += len(engine)
        assert compared > 0
