"""Read queries: filters match countries and names, and hostile values are only ever data."""
from __future__ import annotations

import pytest

from brinkwatch.corpus.api import Corpus
from brinkwatch.corpus.build import EVENT_COLUMNS, doc_infos
from brinkwatch.corpus.merge import merge_events
from brinkwatch.store import Added, CorpusRows, StoreWriter, queries

from .helpers import event, report

HOSTILE = [
    "x' OR '1'='1", "RUS'; DROP TABLE events; --", "%", "_", ".*", "(?i).*", "\\", "Russia)|(.*", "' UNION SELECT 1 --",
    "\x00", "ロシア", "",
]


@pytest.fixture
def store(tmp_path):
    db = tmp_path / "s.duckdb"
    reps = [
        report("a", "Russia met Ukraine.", outlet="A"),
        report("b", "Russia shelled Ukraine.", outlet="B", events=[
            event("b-e1", "Russia shelled Ukraine.", 7, type_="ASSAULT", intensity=-9, quad=4, date="2022-02-15")]),
        report("c", "Ukraine met Belarus.", outlet="C", events=[
            event("c-e1", "Ukraine met Belarus.", 7, source=("Ukraine", "UKR"), target=("Alexander Lukashenko", "BLR"))]),
    ]
    with StoreWriter(db) as w:
        w.add_batch([Added(r.to_dict(), r.id, r.id) for r in reps])
        cols = ", ".join(EVENT_COLUMNS)
        rows = [dict(zip(EVENT_COLUMNS, r)) for r in w.con.execute(f"SELECT {cols} FROM document_events").fetchall()]
        events, reports_, flags = merge_events(rows, doc_infos(reps, []))
        w.replace_corpus(CorpusRows({"events": events, "event_reports": reports_}, flags), w.corpus_state()[0])
    return db


def test_filters_by_country_code_or_name(store):
    with Corpus(store) as c:
        assert len(c.event_records(source="rus")) == 2
        assert len(c.event_records(source="Russia")) == 2
        assert len(c.event_records(target="lukashenko")) == 1  # a whole word of the name
        assert len(c.event_records(target="BLR")) == 1
        assert len(c.event_records(target="lukash")) == 0      # not a word
        assert len(c.event_records(type="assault")) == 1
        assert [e["date"] for e in c.event_records(since="2022-02-15")] == ["2022-02-15"]
        assert len(c.event_records(until="2022-02-14")) == 2


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_filter_values_do_not_inject(store, value):
    with Corpus(store) as c:
        before = c.counts()
        for kwargs in ({"source": value}, {"target": value}, {"type": value}):
            assert c.event_records(**kwargs) == []
        assert c.quote_records(speaker=value) == []
        assert c.timeline_records(value, "UKR") == []
        assert c.counts() == before


@pytest.mark.parametrize("value, name, hit", [
    ("a.b (c)", "The a.b (C) group", True), ("a.b", "axb", False), (".*", "anything", False),
    ("Putin", "Vladimir Putin", True), ("Put", "Vladimir Putin", False),
])
def test_name_pattern_is_literal_whole_words(value, name, hit):
    import duckdb

    con = duckdb.connect()
    assert con.execute("SELECT regexp_matches(?, ?)", [name, queries.name_pattern(value)]).fetchall()[0][0] is hit
