"""Eleventh-session rules, on our own sentences: acts named by a noun and called theatre, expulsions of
advisers, promised help, acts on each other, power seized, travel warnings, tear gas and wartime missile fire."""
import pytest

from .helpers import country, events_of


def _kinds(events):
    return [(e.type, country(e.source), country(e.target), e.modality) for e in events]


@pytest.mark.parametrize("title,text,expected", [
    # an act named by a noun ("the border closure") and called theatre is an accusation of whoever did it
    ("Latvia shuts Belarus border", 'Latvia closed its border with Belarus on Monday. Lukashenko called the border '
     'closure "cheap political theatre".', {("ACCUSE", "BLR", "LVA", "asserted")}),
    # foreign advisers ordered to leave are expelled
    ("Nepal expels Indian advisers", "Nepal ordered Indian defence advisers in Kathmandu to leave by Friday.",
     {("SANCTION", "NPL", "IND", "asserted")}),
    # a promised help is still to come; a sum pledged is given
    ("Donors back Kenya", "Norway has promised Kenya funding for new radars. Japan pledged 40 million dollars in aid "
     "to Kenya.", {("AID", "NOR", "KEN", "future"), ("AID", "JPN", "KEN", "asserted")}),
    # two coordinated doers acting on each other aim each act at the other
    ("Diplomatic row deepens", "Chile and Peru expelled each other's diplomats on Friday. Ghana and Togo accused one "
     "another of shelling.", {("SANCTION", "CHL", "PER", "asserted"), ("SANCTION", "PER", "CHL", "asserted"),
                              ("ACCUSE", "GHA", "TGO", "asserted"), ("ACCUSE", "TGO", "GHA", "asserted")}),
    # power seized is coercion of the officers' own state
    ("Gabon officers seize power", "Army officers in Gabon announced on television that they had seized power.",
     {("COERCE", "GAB", "GAB", "asserted")}),
    # a travel warning for a country is a sanction aimed at it
    ("US warns travellers", "The State Department issued a travel warning for Gabon on Monday.",
     {("SANCTION", "USA", "GAB", "asserted")}),
])
def test_whole_text_codings(title, text, expected):
    events, _ = events_of(text, title=title)
    assert expected <= set(_kinds(events))


def test_meeting_a_crowd_with_tear_gas_is_force_and_meeting_a_minister_is_a_meeting():
    events, _ = events_of("Kenyan police met the demonstrators with tear gas in Nairobi. The Kenyan president met "
                          "the Ugandan foreign minister in Nairobi.", title="Protests in Nairobi")
    types = {e.type for e in events if "tear gas" in e.sentence}
    assert "ASSAULT" in types and "CONSULT" not in types
    assert any(e.type == "CONSULT" for e in events if "foreign minister" in e.sentence)


def test_missiles_fired_in_a_war_are_an_attack_and_a_lone_launch_stays_a_show_of_force():
    events, _ = events_of("Egyptian jets struck Sudanese bases on Monday. The Sudanese army said it had fired "
                          "missiles after the deadline.", title="Egypt and Sudan trade fire")
    assert ("ASSAULT", "SDN", "EGY", "asserted") in _kinds(events)
    events, _ = events_of("Laos fired two ballistic missiles on Tuesday.", title="Laos fires missiles")
    assert not any(e.type == "ASSAULT" for e in events)


def test_a_hyphenated_title_the_parser_splits_stays_one_mention():
    from brinkwatch.events.clauses import np_span

    from .helpers import sentence

    doc = sentence("A UN spokesman said the secretary-general had urged both governments to talk.")
    secretary = next(t for t in doc if t.text == "secretary")
    start, end = np_span(secretary)
    assert doc[start:end].text in ("the secretary-general", "secretary-general")
