"""Property-based tests over ``analyze`` on generated text: nothing escapes, offsets hold, the report
validates, and the same input gives the same report."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brinkwatch import PageInput
from brinkwatch.errors import BrinkwatchError
from brinkwatch.schema import validation_errors

WORDS = st.sampled_from([
    "Russia", "Ukraine", "NATO", "Putin", "Biden", "Kyiv", "Moscow", "the minister", "he", "she", "they", "it",
    "said", "stated", "denied", "warned", "invaded", "attacked", "met", "called", "welcomed", "rejected",
    "sanctions", "talks", "troops", "150,000", "two", "$1.2 billion", "on Tuesday", "if", "could", "will", "not",
    "that", "\"", "“", "”", "«", "»", "'", ",", ".", "?", ";", ":", "(", ")", "-", "\n", "\n\n", "é", "ğ", "\u202e",
])
SENTENCES = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)
PAGES = st.lists(SENTENCES, min_size=1, max_size=8).map("\n\n".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(page=PAGES, verbatim=st.booleans())
def test_analyze_properties(pipeline, page, verbatim):
    from brinkwatch import Pipeline

    runner = pipeline if not verbatim else _verbatim()
    try:
        report = runner.analyze(PageInput(text=page, published="2022-02-15"))
    except BrinkwatchError as exc:
        assert exc.code in ("E001",), exc  # only empty input may be refused here
        assert not page.strip()
        return
    data = report.to_dict()
    assert validation_errors(data) == []  # schema, and every span's text at its offsets
    text = report.document.text
    for record in (*report.events, *report.quotes, *report.quantities):
        assert 0 <= record.start <= record.end <= len(text)
    again = runner.analyze(PageInput(text=page, published="2022-02-15"))
    assert again.to_dict() == data


_VERBATIM = []


def _verbatim():
    from brinkwatch import Pipeline

    if not _VERBATIM:
        _VERBATIM.append(Pipeline(verbatim=True))
    return _VERBATIM[0]
