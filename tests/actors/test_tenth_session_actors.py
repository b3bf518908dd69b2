"""Tenth-session actor rules: Greenland in the knowledge base, titles behind "acting"/"former", and people the
small model labels as organisations whose title or apposed title places them."""
import datetime as dt

from brinkwatch.actors import MentionResolver
from brinkwatch.actors.kb import default_kb
from brinkwatch.nlp import load_nlp


def _mentions(text: str, day: dt.date):
    doc = load_nlp()(text)
    resolver = MentionResolver(doc, published=day)
    return {text[m.start:m.end]: m.actor for m in resolver.mentions()}, resolver, doc


def _country_of(text: str, day: dt.date, mention: str) -> str | None:
    """The country of a mention as the resolver records it in the document."""
    return _mentions(text, day)[0][mention].country


def _last(text: str, day: dt.date, word: str):
    """The actor the last occurrence of ``word`` resolves to."""
    _, resolver, doc = _mentions(text, day)
    return resolver.resolve(doc.char_span(text.rindex(word), text.rindex(word) + len(word)))


def test_greenland_is_known_by_name_demonym_and_capital():
    kb = default_kb()
    assert kb.code_of("Greenland") == "GRL"
    assert kb.code_of("Greenlandic") == "GRL"
    assert kb.code_of("Nuuk") == "GRL"


def test_a_title_after_acting_or_former_is_still_read():
    kb = default_kb()
    assert kb.parse_title("acting U.N. envoy Stephanie Koury").country == "UNO"
    parsed = kb.parse_title("former Russian President Dmitry Medvedev")
    assert (parsed.country, parsed.former) == ("RUS", True)


def test_a_titled_name_the_model_calls_an_organisation_is_a_person_of_the_titles_country():
    text = ('"Every armed group must pull back now," acting U.N. envoy Marta Quillen said in a statement. '
            "Quillen is due to travel to Benghazi on Sunday.")
    actor = _last(text, dt.date(2024, 9, 1), "Quillen")
    assert (actor.name, actor.country) == ("Marta Quillen", "UNO")


def test_a_name_apposed_to_a_title_takes_the_titles_country():
    text = "Greenland's premier, Aputsiaq Kleist, rejected the claims. Kleist also denied any talks."
    assert _last(text, dt.date(2025, 1, 8), "Kleist").country == "GRL"


def test_a_shared_party_name_is_the_home_states_party_in_a_story_about_another_state():
    seoul = ("South Korea's opposition met in Seoul on Wednesday. South Korean lawmakers and the Korean public were "
             "angry. The Democratic Party warned that it would file charges. Washington was concerned.")
    assert _country_of(seoul, dt.date(2024, 12, 4), "Democratic Party") == "KOR"
    washington = "The Democratic Party accused President Trump of abusing his power in Washington."
    assert _country_of(washington, dt.date(2025, 3, 1), "Democratic Party") == "USA"


def test_portfolio_words_before_a_title_do_not_hide_it():
    kb = default_kb()
    parsed = kb.parse_title("The European Union's enlargement commissioner Marta Kos")
    assert (parsed.country, parsed.office, parsed.name) == ("EUR", "commissioner", ["Marta", "Kos"])
    assert kb.parse_title("Russian President Vladimir Putin").name == ["Vladimir", "Putin"]
    assert kb.parse_title("Home Affairs Commissioner Ylva Johansson").office is None  # capitalised: a name's words


def test_plural_ambassadors_and_a_consul_are_roles():
    text = "President Salome Zourabichvili said she would meet EU ambassadors in Tbilisi."
    assert _country_of(text, dt.date(2024, 12, 2), "EU ambassadors") == "EUR"
    kb = default_kb()
    assert kb.role("consul general") is not None and kb.role("ambassadors").kind == "people"


def test_the_opposition_is_the_home_states_and_unplaced_in_a_story_about_two():
    text = ("Venezuelan security forces detained 1,200 people in Caracas, Venezuela's attorney general said. "
            "Venezuela's electoral council confirmed the result. The opposition said its leaders had been threatened.")
    assert _country_of(text, dt.date(2024, 8, 5), "The opposition") == "VEN"
    two = "Armenia and Azerbaijan traded fire. The opposition criticised the government."
    assert _country_of(two, dt.date(2024, 8, 5), "The opposition") is None
