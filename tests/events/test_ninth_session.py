"""Ninth-session rules, on our own sentences: commitments ("will not hesitate to"), the act a conditional
threat promises, and two doers of one country kept apart."""
from .helpers import country, events_of


def _kinds(events):
    return [(e.type, country(e.source), country(e.target), e.modality) for e in events]


def test_not_hesitating_to_strike_on_a_condition_is_a_threat_not_a_denied_strike():
    events, _ = events_of("The Turkish foreign minister said that if the militants try to return under a new name, "
                          "Ankara will not hesitate to strike them.",
                          title="Turkey warns militants against regrouping in Syria")
    strikes = [e for e in events if e.type == "ASSAULT"]
    assert strikes and all(e.modality == "hypothetical" for e in strikes)
    assert any(e.type == "THREATEN" and country(e.source) == "TUR" for e in events)


def test_a_promise_not_to_hesitate_is_a_threat():
    events, _ = events_of("Turkey will not hesitate to strike the militants in northern Syria, the Turkish foreign "
                          "minister said on Tuesday.", title="Turkey warns militants in northern Syria")
    assert ("THREATEN", "TUR", "SYR", "asserted") in _kinds(events)
    assert not any(e.type == "ASSAULT" and e.modality in ("negated", "asserted") for e in events)


def test_not_hesitating_in_the_past_is_an_act_done():
    events, _ = events_of("The Israeli army did not hesitate to shell the Lebanese villages near the border on "
                          "Tuesday, witnesses said.", title="Israeli army shells villages in south Lebanon")
    assert ("ASSAULT", "ISR", "LBN", "asserted") in _kinds(events)


def test_the_act_a_conditional_threat_promises_is_kept_as_hypothetical():
    events, _ = events_of("If the rebels attack the southern highway, the army will strike their bases in the "
                          "hills, the Haitian prime minister said on Tuesday.",
                          title="Haiti warns gangs over southern highway")
    kinds = _kinds(events)
    assert ("THREATEN", "HTI", None, "asserted") in kinds
    strike = [e for e in events if e.type == "ASSAULT" and e.trigger.text == "strike"]
    assert [(country(e.source), e.modality) for e in strike] == [("HTI", "hypothetical")]
    assert any(e.type == "ASSAULT" and e.trigger.text == "attack" and e.modality == "hypothetical" for e in events)


def test_a_passive_consequence_is_done_by_the_one_who_threatens():
    events, _ = events_of("Algeria's army chief warned that if Malian drones entered Algerian airspace again, they "
                          "would be shot down without warning.", title="Algeria warns Mali over drone flights")
    assert ("ASSAULT", "DZA", "MLI", "hypothetical") in _kinds(events)


def test_vague_punishment_is_left_to_the_threat():
    events, _ = events_of("The senators stated that Russia should be punished if Vladimir Putin continues to attack "
                          "Ukraine's sovereignty.", title="Senators push for new Russia sanctions bill")
    assert any(e.type == "THREATEN" and country(e.target) == "RUS" for e in events)
    assert not any(e.type == "SANCTION" for e in events)


def test_the_government_of_a_leader_is_not_the_ally_coordinated_after_him():
    events, _ = events_of("Warsaw accuses the government of Alexander Lukashenko and its ally Moscow of pushing "
                          "migrants towards the frontier. Minsk rejected the charge within hours.",
                          title="Poland to restore border buffer zone after soldier dies", )
    kinds = _kinds(events)
    assert ("ACCUSE", "POL", "BLR", "asserted") in kinds
    assert ("REJECT", "BLR", "POL", "asserted") in kinds  # aimed at the accuser
