import pytest

from brinkwatch.events import code_pair

from .helpers import code, sentence


_code = code


@pytest.mark.parametrize("text,source,target,expected", [
    ("Chile condemned the arrest of the Peruvian journalist.", "Chile", "Peruvian journalist", "ACCUSE"),
    ("Norway will send medical supplies to Yemen.", "Norway", "Yemen", "AGREE"),
    ("The regime refused to meet the UN envoy.", "The regime", "UN envoy", "REJECT"),
    ("Pakistan summoned the Indian ambassador.", "Pakistan", "Indian ambassador", "ACCUSE"),
    ("Kenya deployed troops to the Somali border.", "Kenya", "Somali border", "MOBILIZE"),
    ("The cabinet will extend the curfew in the capital.", "The cabinet", "the capital", "THREATEN"),
    ("Japan and Australia held talks on maritime security.", "Japan", "Australia", "CONSULT"),
    ("Rebels freed two aid workers on Friday.", "Rebels", "two aid workers", "RETREAT"),
    ("The court sentenced the opposition leader to prison.", "The court", "the opposition leader", None),
])
def test_code_pair(text, source, target, expected):
    got = _code(text, source, target)
    if expected is None:
        assert got is None or got != "AID"
    else:
        assert got == expected


def test_missing_marks_give_none():
    doc = sentence("Nothing happened here.")
    assert code_pair(doc, None, None) is None


def test_a_pair_in_a_longer_document_looks_only_at_its_sentence():
    text = "Chile condemned the coup. Norway sent food aid to Yemen."
    doc = sentence(text)
    s, t = text.index("Norway"), text.index("Yemen")
    assert code_pair(doc, (s, s + 6), (t, t + 5)) == "AID"
    assert code_pair(doc, doc[0:1], doc[2:4]) == "ACCUSE"


@pytest.mark.parametrize("text,source,target,expected", [
    # a decision to concede is the concession, not a promise (PLOVER: easing sanctions is a concession)
    ("Japan has decided to lift sanctions on India.", "Japan", "India", "RETREAT"),
    ("The presidency has decided to ease the curfew imposed in the northern province.", "The presidency",
     "the northern province", "CONCEDE"),
    ("The European Union suspended sanctions on Syria's energy sector.", "The European Union", "Syria", "CONCEDE"),
    # personnel lent to watch a vote or a truce is aid (PLOVER AID: military personnel)
    ("The European Union has deployed election observers in Zimbabwe.", "The European Union", "election observers",
     "AID"),
    ("The Pakistani army deployed troops in Kashmir.", "The Pakistani army", "Kashmir", "MOBILIZE"),
])
def test_decisions_concessions_and_monitors(text, source, target, expected):
    assert _code(text, source, target) == expected


def test_trading_fire_is_an_attack_and_trading_goods_cooperation():
    assert _code("India and Pakistan traded fire across the Line of Control.", "India", "Pakistan") == "ASSAULT"
    assert _code("India and Pakistan traded goods across the border.", "India", "Pakistan") == "COOPERATE"


def test_agreeing_a_ceasefire_is_a_promise_and_charging_at_a_patrol_an_attack():
    assert _code("Kyrgyzstan and Tajikistan agree ceasefire after border shootout.", "Kyrgyzstan", "Tajikistan") == "AGREE"
    assert _code("Chinese soldiers charged at the Indian patrol near the ridge.", "Chinese soldiers",
                 "the Indian patrol") == "ASSAULT"
    assert _code("Indian prosecutors charged the Chinese trader with espionage.", "Indian prosecutors",
                 "the Chinese trader") == "ACCUSE"


@pytest.mark.parametrize("text,source,target,expected", [
    ("Tehran reduced its cooperation with the IAEA.", "Tehran", "the IAEA", "SANCTION"),
    ("Helsinki shut the busiest crossings on the Russian border.", "Helsinki", "Russian", "COERCE"),
    ("Tajikistan moved armoured vehicles towards the Kyrgyz border.", "Tajikistan", "Kyrgyz", "MOBILIZE"),
    ("Tajikistan could bring more troops to the Kyrgyz border.", "Tajikistan", "Kyrgyz", "THREATEN"),
    ("Qatari officials were shuttling between the Israeli and Hamas delegations.", "Qatari officials",
     "the Israeli and Hamas delegations", "CONSULT"),
])
def test_reduced_cooperation_shut_crossings_moved_armour_and_shuttle_diplomacy(text, source, target, expected):
    assert _code(text, source, target) == expected


def test_forces_moving_on_a_city_attack_it_and_moving_on_from_a_dispute_is_nothing():
    from .helpers import events_of

    events, _ = events_of("Biden said Russian forces could move on Kyiv within days.")
    assert [(e.type, e.source.country, e.target.country, e.modality) for e in events] == [
        ("ASSAULT", "RUS", "UKR", "hypothetical")]
    assert events_of("The government wants to move on from the dispute with Kenya.")[0] == []


def test_ordering_diplomats_to_leave_is_an_expulsion_however_the_clause_is_parsed():
    from .helpers import events_of

    events, _ = events_of("Ouagadougou on Thursday ordered three French diplomats to leave the country within 48 hours. "
                          "The general ordered the troops to leave the base.")
    kinds = [(e.type, e.target.country if e.target else None) for e in events]
    assert ("SANCTION", "FRA") in kinds
    assert not any(t == "SANCTION" for t, _ in kinds[1:])  # one's own troops sent off a base are not expelled


def test_a_state_protesting_to_another_accuses_it_and_a_crowd_protests():
    from .helpers import events_of

    events, _ = events_of("Japan protests to Beijing after a Chinese carrier sails near its islands. Tokyo lodged a "
                          "protest with China over the drone. Farmers protested in Paris against the trade deal.")
    got = [(e.type, e.source.country if e.source else None) for e in events if e.type in ("ACCUSE", "PROTEST")]
    assert ("ACCUSE", "JPN") in got and ("PROTEST", "FRA") in got
    assert ("PROTEST", "JPN") not in got
