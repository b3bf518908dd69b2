"""The raw-text scanner: every quotation style, nesting, apostrophes, paragraphs, linear time."""
from __future__ import annotations

import time

import pytest

from brinkwatch.quotes.marks import scan


def inner(text: str) -> list[str]:
    return [text[m.inner_start : m.inner_end] for m in scan(text)]


@pytest.mark.parametrize("text, expected", [
    ("She said “we stay” today.", ["we stay"]),
    ('She said "we stay" today.', ["we stay"]),
    ("She said ‘we stay’ today.", ["we stay"]),
    ("Elle a dit « nous restons » hier.", [" nous restons "]),
    ("Sie sagte „wir bleiben“ gestern.", ["wir bleiben"]),
    ("Sie sagte »wir bleiben« gestern.", ["wir bleiben"]),
    ("She said ''we stay'' today.", ["we stay"]),  # two apostrophes as a double mark (wire archives)
    ('She said "we stay” today.', ["we stay"]),  # mixed straight and curly marks
    ("She said “we stay\" today.", ["we stay"]),
])
def test_each_style(text, expected):
    assert [s.strip() for s in inner(text)] == [e.strip() for e in expected]


def test_doubled_apostrophes_keep_offsets_and_spare_contractions():
    text = "''We can't wait,'' she said. ''Nobody's leaving.''"
    assert inner(text) == ["We can't wait,", "Nobody's leaving."]
    assert [text[m.start] for m in scan(text)] == ["'", "'"]


def test_nested_single_inside_double_is_one_quote():
    assert inner("He said “the word ‘truce’ is wrong.”") == ["the word ‘truce’ is wrong."]


def test_apostrophes_make_no_quotes():
    text = "Ukraine’s army didn’t move; the ’90s are gone and the officers' pay rose."
    assert scan(text) == []


def test_two_quotes_around_a_cue():
    assert inner('"We wait," the minister said, "and we watch."') == ["We wait,", "and we watch."]


def test_paragraph_opened_and_continued():
    text = "“First paragraph of the speech.\n\n“Second paragraph ends it.”\n\nNarration."
    spans = scan(text)
    assert len(spans) == 1
    assert spans[0].paragraphs == 2 and spans[0].closed
    assert text[spans[0].inner_start : spans[0].inner_end].endswith("ends it.")


def test_unclosed_quote_stops_at_paragraph_end():
    text = "“An unclosed quote here\n\nPlain narration follows."
    spans = scan(text)
    assert len(spans) == 1 and not spans[0].closed
    assert text[spans[0].inner_start : spans[0].inner_end] == "An unclosed quote here"


@pytest.mark.parametrize("mark", ['"', "“", "”", "'", "‘", "«", "„"])
def test_pathological_input_stays_linear(mark):
    small, big = mark * 5_000 + " x", mark * 50_000 + " x"
    t0 = time.perf_counter()
    scan(small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    scan(big)
    t_big = time.perf_counter() - t0
    assert t_big < 1.0
    assert t_big < 40 * max(t_small, 1e-3)


def test_mixed_pathological_text_is_fast():
    text = ('a "b “c ‘d « e „ f' * 10_000) + "\n" * 100
    t0 = time.perf_counter()
    scan(text)
    assert time.perf_counter() - t0 < 1.0
