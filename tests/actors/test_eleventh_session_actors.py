"""Eleventh-session actor rules: "it" that takes a stance is an actor, and a lone surname the small model tags
as an organisation is the office holder of that name on the day."""
import datetime as dt

import pytest

from brinkwatch.actors import MentionResolver
from brinkwatch.nlp import load_nlp


def _resolve(text: str, word: str, day: dt.date):
    doc = load_nlp()(text)
    resolver = MentionResolver(doc, published=day)
    i = text.index(word)
    return resolver.resolve(doc.char_span(i, i + len(word)))


@pytest.mark.parametrize("text,expected", [
    ("Nigeria said it was ready to work with Washington.", "NGA"),
    ("Ghana said it was not involved in the raid.", "GHA"),
    ("Ghana said it was too soon to tell.", None),
])
def test_it_that_takes_a_stance_is_the_speaker_and_an_expletive_it_is_no_one(text, expected):
    assert _resolve(text, "it", dt.date(2025, 11, 3)).country == expected


def test_a_lone_surname_tagged_as_an_organisation_is_the_office_holder_on_the_day():
    text = "Trump warned Nigeria on Saturday."
    assert _resolve(text, "Trump", dt.date(2025, 11, 3)).country == "USA"
    assert _resolve(text, "Trump", dt.date(2022, 11, 3)).country is None  # out of office: ambiguous


def test_its_on_what_an_attack_hits_is_the_attacked_sides_not_the_attackers():
    text = ("Peru fired missiles at a base in Bolivia on Monday, in retaliation for Chilean raids that hit its "
            "ports over the weekend.")
    assert _resolve(text, "its", dt.date(2025, 6, 24)).country == "PER"
    text = "Chilean jets struck its own airfield by mistake, Chile said."
    assert _resolve(text, "its", dt.date(2025, 6, 24)).country != "PER"


@pytest.mark.parametrize("text,expected", [
    ("Indian troops shelled Pakistani posts. A UN spokesman said the secretary-general urged India to talk.", "UNO"),
    ("Russian troops shelled Ukrainian posts. NATO ministers met in Brussels. The secretary-general urged Russia to "
     "stop.", "NATO"),
])
def test_a_bare_office_is_its_holder_at_the_one_body_the_document_names_that_has_it(text, expected):
    word = "secretary-general"
    doc = load_nlp()(text)
    i = text.index(word)
    found = MentionResolver(doc, published=dt.date(2025, 4, 25)).resolve(doc.char_span(i, i + len(word)))
    assert found.country == expected
