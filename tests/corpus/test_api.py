"""brinkwatch.Corpus: DataFrames, Arrow tables, reports rebuilt from the store, read-only sharing."""
from __future__ import annotations

import pyarrow as pa
import pytest

import brinkwatch
from brinkwatch.corpus.ingest import ingest
from brinkwatch.errors import BrinkwatchError

from .conftest import talks_jsonl


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("api")
    path = tmp / "c.duckdb"
    ingest([talks_jsonl(tmp / "talks.jsonl")], path)
    return path


def test_dataframes_and_arrow(db):
    with brinkwatch.Corpus(db) as corpus:
        events = corpus.events(source="RUS")
        assert {"id", "type", "source_country", "target_country", "reports", "outlets"} <= set(events.columns)
        assert events["reports"].max() == 3
        table = corpus.events(source="RUS", arrow=True)
        assert isinstance(table, pa.Table) and table.num_rows == len(events)
        assert len(corpus.stories()) == 3  # one row per document
        timeline = corpus.timeline("Russia", "Ukraine", by="week")
        assert list(timeline["events"]) and "escalation_marked" in timeline.columns
        assert isinstance(corpus.quotes(arrow=True), pa.Table)


def test_reports_are_rebuilt_exactly(db):
    with brinkwatch.Corpus(db) as corpus:
        report = corpus.report("talks-a")
        assert report.id == "talks-a" and report.document.outlet == "Wire One"
        assert report.events and report.to_dict()["schema"] == "brinkwatch.report/1"
        assert corpus.report("missing") is None


def test_readers_share_a_store(db):
    with brinkwatch.Corpus(db) as one, brinkwatch.Corpus(db) as two:
        assert one.counts() == two.counts()


def test_bad_by_is_an_error(db):
    with brinkwatch.Corpus(db) as corpus, pytest.raises(BrinkwatchError):
        corpus.timeline_records("RUS", "UKR", by="month")
