"""Ninth-session actor rules: a possessor places a force stationed elsewhere, but not an ally; a pronoun
subject of a reported clause is the speaker."""
import datetime as dt

from brinkwatch.actors import MentionResolver
from brinkwatch.events.mentions import resolve_span
from brinkwatch.nlp import load_nlp

DAY = dt.date(2025, 3, 12)


def _resolve(text: str, phrase: str):
    doc = load_nlp()(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    return resolve_span(MentionResolver(doc, published=DAY), span)


def test_a_named_owner_places_its_force_abroad():
    text = "The European Union's peacekeeping force in Bosnia sent reserve troops on Wednesday."
    assert _resolve(text, "The European Union's peacekeeping force in Bosnia").country == "EUR"


def test_an_allys_possessor_is_the_other_party():
    text = "Israel's militia ally in southern Lebanon shelled two villages on Wednesday."
    assert _resolve(text, "Israel's militia ally in southern Lebanon").country == "LBN"


def test_the_pronoun_a_speaker_reports_of_is_the_speaker():
    doc = load_nlp()("Germany's defence ministry said on Monday that it would send more troops to Lithuania.")
    resolver = MentionResolver(doc, published=DAY)
    it = next(t for t in doc if t.lower_ == "it")
    assert resolver.resolve(doc[it.i:it.i + 1]).country == "DEU"


def test_a_force_is_a_military_role_its_modifier_places():
    assert _resolve("The EU force sent reserve troops to Bosnia on Wednesday.", "EU force").country == "EUR"


def test_a_bare_force_from_a_named_body_is_that_bodys_not_the_discourses():
    text = ("Rwanda sent troops to Cabo Delgado in 2021. A regional force from the Southern African Development "
            "Community withdrew last year.")
    actor = _resolve(text, "A regional force")
    assert actor.country != "RWA" and actor.country is not None


def _pronoun_country(text: str, pronoun: str = "it") -> str | None:
    doc = load_nlp()(text)
    resolver = MentionResolver(doc, published=DAY)
    tok = next(t for t in doc if t.lower_ == pronoun)
    return resolver.resolve(doc[tok.i:tok.i + 1]).country


def test_a_subject_pronoun_of_a_subordinate_clause_is_the_main_subject():
    assert _pronoun_country("France had kept about 1,000 soldiers in Chad since it withdrew its forces from Niger "
                            "in 2023.") == "FRA"
    assert _pronoun_country("The Russian Foreign Ministry summoned Azerbaijan's ambassador to protest against the "
                            "arrests, which it called unlawful.") == "RUS"


def test_a_pronoun_in_a_claim_is_not_taken_for_the_main_subject():
    assert _pronoun_country("President Joe Biden said on Tuesday that the United States had not confirmed Russia's "
                            "claim that it was pulling troops back from Ukraine's borders.") != "USA"


def test_a_pronoun_in_a_condition_is_not_taken_for_the_main_subject():
    assert _pronoun_country("The White House said Washington would impose severe sanctions on Russia if it invaded "
                            "Ukraine.") == "RUS"


def test_a_bare_foreign_office_is_the_countrys_of_the_story():
    for text, code in (("Pakistan recalled its ambassador from Tehran. Foreign Office spokeswoman Mumtaz Zahra Baloch "
                        "said the strike was unprovoked.", "PAK"),
                       ("Britain summoned the Russian ambassador. The Foreign Office said the move was unacceptable.",
                        "GBR")):
        assert _resolve(text, "Foreign Office").country == code
