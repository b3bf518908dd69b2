"""The founding document: every direct quote with its speaker, the reported statements, the numbers."""
from __future__ import annotations

import datetime as dt

import pytest

from brinkwatch.quotes import find_quantities, find_quotes

from ..conftest import SEED
from .conftest import make_analysis

# (words inside the quote, the speaker's resolved name)
DIRECT = [
    ("an invasion remains distinctly possible", "Joe Biden"),
    ("You're not our enemy", "Joe Biden"),
    ("responsible countries around the globe will not hesitate", "Joe Biden"),
    ("verifiable credible, meaningful de-escalation", "Ned Price"),
    ("have already started loading onto rail", "Igor Konashenkov"),
    ("We in Ukraine have an unwritten rule", "Dmytro Kuleba"),
    ("If these statements are true", "Dmytro Kuleba"),
    ("There are indications from Moscow", "Jens Stoltenberg"),
    ("We have seen instances where Russia claimed", "Julianne Smith"),
    ("the diplomatic possibilities are far from exhausting", "Olaf Scholz"),
    ("We must solve this problem today", "Vladimir Putin"),
    ("We want our partners hear our concerns", "Vladimir Putin"),
]
INDIRECT = [
    ("Moscow had decided", "Vladimir Putin"),
    ("he does not want war", "Vladimir Putin"),
    ("the Kremlin was open to talks about missile deployments", "Vladimir Putin"),
    ("the administration was looking forward to Russia's written responses", "Price"),
    ("Russia has placed 150,000 troops around Ukraine", "Joe Biden"),
]


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip("the founding document is not in ../shared/seed")
    text = SEED.read_text("utf-8")
    a = make_analysis(text, published=dt.date(2022, 2, 15))
    quotes = find_quotes(a)
    return a, quotes, find_quantities(a, quotes)


def _speaker_is(quote, name: str) -> bool:
    sp = quote.speaker
    return sp is not None and (sp.name == name or name in sp.text)


@pytest.mark.parametrize("words, name", DIRECT)
def test_direct_quotes_and_their_speakers(seed, words, name):
    _, quotes, _ = seed
    hits = [q for q in quotes if words in q.content]
    assert len(hits) == 1, [q.content[:60] for q in quotes]
    assert _speaker_is(hits[0], name), hits[0].speaker


@pytest.mark.parametrize("words, name", INDIRECT)
def test_reported_statements(seed, words, name):
    _, quotes, _ = seed
    hits = [q for q in quotes if words in q.content]
    assert len(hits) == 1 and not hits[0].direct
    assert _speaker_is(hits[0], name), hits[0].speaker


def test_no_quote_reported_twice(seed):
    _, quotes, _ = seed
    spans = sorted((q.start, q.end) for q in quotes if q.rule != "quote.partial")
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
    partial = [q for q in quotes if q.rule == "quote.partial"]  # each inside the one record that reports it
    assert all(sum(o.start <= p.start and p.end <= o.end + 1 for o in quotes if o.rule != "quote.partial") == 1
               for p in partial)


def test_quantities(seed):
    _, _, quantities = seed
    by_text = {q.text: q for q in quantities}
    troops = by_text["150,000 troops"]
    assert troops.value == 150_000 and troops.unit == "troops"
    assert troops.claimed_by is not None and troops.claimed_by.name == "Joe Biden"
    more = next(q for q in quantities if q.text.startswith("20,000"))
    assert more.value == 20_000 and more.unit == "troops"
    lives = next(q for q in quantities if "14,000" in q.text)
    assert lives.value == 14_000 and lives.unit == "deaths"  # the golden files count lives lost as deaths
    assert any(q.unit == "drawdowns" and q.value == 2 for q in quantities)


def test_every_span_points_at_its_text(seed):
    a, quotes, quantities = seed
    text = a.document.text
    for q in quotes:
        assert text[q.start : q.end] == q.content
        for part in (q.speaker, q.cue):
            if part is not None:
                assert text[part.start : part.end] == part.text
                assert part.text.count("(") == part.text.count(")")
    for n in quantities:
        assert text[n.start : n.end] == n.text
