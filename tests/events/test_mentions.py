from brinkwatch.actors import MentionResolver
from brinkwatch.events.mentions import resolve_span

from .helpers import PUBLISHED, sentence


def _country(text: str, mention: str) -> str | None:
    doc = sentence(text)
    i = text.index(mention)
    span = doc.char_span(i, i + len(mention), alignment_mode="expand")
    return resolve_span(MentionResolver(doc, published=PUBLISHED), span).country


def test_nationality_inside_the_mention():
    assert _country("Some Russian forces left the area.", "Some Russian forces") == "RUS"


def test_place_the_mention_is_tied_to():
    assert _country("Rebels in Mali seized the town.", "Rebels in Mali") == "MLI"
    assert _country("Officials in Ukraine said the banks were offline.", "Officials in Ukraine") == "UKR"


def test_unknown_mention_stays_unknown():
    assert _country("The committee met on Monday.", "The committee") is None


def test_people_names_give_a_country_when_the_resolver_has_none():
    assert _country("Igbo elders met the governor on Sunday.", "Igbo elders") == "NGA"
    assert _country("Uighur activists marched through the city.", "Uighur activists") == "CHN"


def test_a_lowercase_word_is_not_a_people_name():
    assert _country("The karen said hello.", "The karen") is None
