"""A speaker calling someone's act or words by a pejorative name accuses them (events/characterise.py)."""
import pytest

from brinkwatch.events import characterise
from brinkwatch.events.lexicon import load

from .helpers import country, events_of, sentence


def _accusations(text):
    events, _ = events_of(text)
    return [e for e in events if e.rule.startswith("pattern:characterisation")]


def test_a_reported_characterisation_accuses_the_owner():
    text = "Prime Minister Kaja Kallas said the Russian claims were groundless."
    (e,) = _accusations(text)
    assert (country(e.source), country(e.target), e.type, e.modality) == ("EST", "RUS", "ACCUSE", "asserted")
    assert text[e.trigger.start:e.trigger.end] == "groundless"


def test_the_doer_of_a_named_act_is_accused():
    (e,) = _accusations("Kallas wrote that the shelling of the port by Russian forces was a provocation.")
    assert (country(e.source), country(e.target)) == ("EST", "RUS")


def test_a_quoted_characterisation_takes_the_quotes_speaker():
    from brinkwatch import PageInput, Pipeline

    text = "\"The blockade by Azerbaijan is a crime,\" Armenian Prime Minister Nikol Pashinyan said."
    report = Pipeline().analyze(PageInput(text=text, id="t", published="2023-05-02"))
    (e,) = [e for e in report.events if e.rule.startswith("pattern:characterisation")]
    assert (country(e.source), country(e.target)) == ("ARM", "AZE")


@pytest.mark.parametrize("text", [
    "The weather was terrible, the minister said.",  # no one's act
    "The report said the claims were groundless.",  # no speaker who is an actor, no owner
    "Kallas said Estonian fears were groundless.",  # one's own side
])
def test_no_accusation_without_a_speaker_and_an_owner(text):
    assert _accusations(text) == []


def test_find_is_pure_and_names_the_parts():
    doc = sentence("Officials said the Chinese drills amounted to blackmail.")
    (c,) = characterise.find(doc[:], load())
    assert (c.word.text, c.clause.lemma_, c.target.text) == ("blackmail", "amount", "Chinese")


def test_an_act_said_to_violate_a_law_is_the_speakers_charge_not_an_attack():
    from .helpers import events_of

    events, _ = events_of("India said the Chinese action violated the understanding reached last year. Egypt said "
                          "Ethiopia's dam violated international law. Russia violated the ceasefire on Monday.")
    got = {(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}
    assert ("ACCUSE", "IND", "CHN") in got and ("ACCUSE", "EGY", "ETH") in got
    assert not any(e.type == "ASSAULT" and "understanding" in e.sentence for e in events)
    assert any(e.type == "ASSAULT" and "ceasefire" in e.sentence for e in events)  # breaking a truce is fighting


def test_a_threat_to_security_is_a_charge_and_a_joint_ban_an_agreement():
    from .helpers import events_of

    events, _ = events_of("Britain said Iran's nuclear escalation is a threat to international security. Helsinki and "
                          "Moscow agreed to bar third-country nationals from the crossings.")
    got = {(e.type, e.source.country if e.source else None) for e in events}
    assert ("ACCUSE", "GBR") in got and ("AGREE", "FIN") in got
    assert not any(e.type == "THREATEN" for e in events)
