"""Eleventh-session rules, on our own sentences: acts named by a closure or called theatre, expulsions of
advisers, promised help still to come."""
from .helpers import country, events_of


def _kinds(events):
    return [(e.type, country(e.source), country(e.target), e.modality) for e in events]


def test_a_closure_called_theatre_is_an_accusation_of_whoever_closed_the_border():
    events, _ = events_of("Latvia closed its border with Belarus on Monday. Lukashenko called the border closure "
                          '"cheap political theatre".', title="Latvia shuts Belarus border")
    assert ("ACCUSE", "BLR", "LVA", "asserted") in _kinds(events)


def test_foreign_advisers_ordered_to_leave_are_expelled():
    events, _ = events_of("Nepal ordered Indian defence advisers in Kathmandu to leave by Friday.",
                          title="Nepal expels Indian advisers")
    assert ("SANCTION", "NPL", "IND", "asserted") in _kinds(events)


def test_promised_help_is_still_to_come_but_a_sum_pledged_is_given():
    events, _ = events_of("Norway has promised Kenya funding for new radars. Japan pledged 40 million dollars in "
                          "aid to Kenya.", title="Donors back Kenya")
    kinds = _kinds(events)
    assert ("AID", "NOR", "KEN", "future") in kinds and ("AID", "JPN", "KEN", "asserted") in kinds


def test_two_doers_acting_on_each_other_aim_each_act_at_the_other():
    events, _ = events_of("Chile and Peru expelled each other's diplomats on Friday. Ghana and Togo accused one "
                          "another of shelling.", title="Diplomatic row deepens")
    kinds = _kinds(events)
    assert {("SANCTION", "CHL", "PER", "asserted"), ("SANCTION", "PER", "CHL", "asserted"),
            ("ACCUSE", "GHA", "TGO", "asserted"), ("ACCUSE", "TGO", "GHA", "asserted")} <= set(kinds)


def test_seizing_power_is_coercion_of_the_officers_own_state():
    events, _ = events_of("Army officers in Gabon announced on television that they had seized power.",
                          title="Gabon officers seize power")
    assert ("COERCE", "GAB", "GAB", "asserted") in _kinds(events)


def test_meeting_a_crowd_with_tear_gas_is_force_and_meeting_a_minister_is_a_meeting():
    events, _ = events_of("Kenyan police met the demonstrators with tear gas in Nairobi. The Kenyan president met "
                          "the Ugandan foreign minister in Nairobi.", title="Protests in Nairobi")
    types = {e.type for e in events if "tear gas" in e.sentence}
    assert "ASSAULT" in types and "CONSULT" not in types
    assert any(e.type == "CONSULT" for e in events if "foreign minister" in e.sentence)


def test_a_travel_warning_for_a_country_is_a_sanction():
    events, _ = events_of("The State Department issued a travel warning for Gabon on Monday.",
                          title="US warns travellers")
    assert ("SANCTION", "USA", "GAB", "asserted") in _kinds(events)


def test_missiles_fired_in_a_war_are_an_attack_and_a_lone_launch_stays_a_show_of_force():
    events, _ = events_of("Egyptian jets struck Sudanese bases on Monday. The Sudanese army said it had fired "
                          "missiles after the deadline.", title="Egypt and Sudan trade fire")
    assert ("ASSAULT", "SDN", "EGY", "asserted") in _kinds(events)
    events, _ = events_of("Laos fired two ballistic missiles on Tuesday.", title="Laos fires missiles")
    assert not any(e.type == "ASSAULT" for e in events)
