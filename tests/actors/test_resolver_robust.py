"""Any span of any document resolves without error, keeping its own text and offsets."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brinkwatch.actors import MentionResolver
from brinkwatch.nlp import load_nlp

TEXTS = [
    "Putin declares Russia is withdrawing some troops\n\nRussian President Vladimir Putin said on Tuesday that "
    "Moscow was open to talks. His comments came after the defense ministry said units would return. He added "
    "that it was too soon to tell. Kyiv, NATO and the United States said they were not convinced.",
    "Ms. Lee, a spokeswoman for the U.S. Embassy in Seoul, said its staff were safe. They left on Friday. "
    "\"We are watching,\" she said. Officials in Pyongyang did not reply; KCNA, the state news agency, was silent.",
    "Protesters and police clashed in Khartoum. The RSF and the Sudanese army blamed each other. It was the "
    "third day of fighting. Hemedti's forces, who control much of Darfur, said their fighters had withdrawn.",
    "",
    "   \n\n  ",
]


@pytest.fixture(scope="module")
def docs():
    nlp = load_nlp()
    return [nlp(t) for t in TEXTS]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(which=st.integers(0, len(TEXTS) - 1), a=st.integers(0, 400), b=st.integers(0, 400),
       day=st.sampled_from([None, dt.date(2015, 1, 1), dt.date(2022, 2, 15)]))
def test_any_span_resolves(docs, which, a, b, day):
    doc = docs[which]
    start, end = sorted((min(a, len(doc)), min(b, len(doc))))
    span = doc[start:end]
    resolver = MentionResolver(doc, published=day)
    actor = resolver.resolve(span)
    assert (actor.text, actor.start, actor.end) == (span.text, span.start_char, span.end_char)
    assert actor.sector is None or actor.sector.isupper()
    for part in resolver.resolve_all(span):
        assert doc.text[part.start:part.end] == part.text
    chars = len(doc.text)
    actor = resolver.actor_at(min(a, chars), min(max(a, b), chars))
    assert doc.text[actor.start:actor.end] == actor.text


def test_every_mention_is_resolved_once(docs):
    resolver = MentionResolver(docs[0], published=dt.date(2022, 2, 15))
    mentions = resolver.mentions()
    assert mentions == resolver.mentions()  # built once
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
