"""Build an Analysis of a test text with the real pipeline (the parse and the actor resolver)."""
from __future__ import annotations

import datetime as dt

import pytest

from brinkwatch.actors import MentionResolver
from brinkwatch.analysis import Analysis
from brinkwatch.nlp import load_nlp
from brinkwatch.records import Document


def make_analysis(text: str, title: str | None = None, published: dt.date | None = dt.date(2022, 2, 15)) -> Analysis:
    full = f"{title}\n\n{text}" if title is not None else text
    doc = load_nlp()(full)
    document = Document(id="t", title=title, text=full, published=published and published.isoformat(),
                        language="en", url=None, outlet=None)
    return Analysis(document, doc, published, MentionResolver(doc, published=published))


@pytest.fixture(scope="session")
def analyse():
    return make_analysis


def quote_with(quotes, words: str):
    """The one quote whose content holds ``words`` (fails when none or several do)."""
    hits = [q for q in quotes if words in q.content]
    assert len(hits) == 1, f"{len(hits)} quotes hold {words!r}: {[q.content for q in quotes]}"
    return hits[0]


def assert_offsets(text: str, q) -> None:
    """Every span of a quote points at its own words in the document."""
    assert text[q.start : q.end] == q.content
    if q.cue is not None:
        assert text[q.cue.start : q.cue.end] == q.cue.text
    if q.speaker is not None:
        assert text[q.speaker.start : q.speaker.end] == q.speaker.text
