"""Role nouns of the actor knowledge base are doers ("separatists shelled ..."); returned fire is an attack."""
from __future__ import annotations

from brinkwatch import PageInput
from brinkwatch.events.clauses import role_words


def _events(pipeline, body):
    report = pipeline.analyze(PageInput(text="Fighting in the east\n\n" + body, id="t", published="2022-02-17"))
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
            for e in report.events]


def test_role_words_come_from_the_knowledge_base():
    assert {"separatists", "junta", "coalition"} <= role_words()


def test_separatists_are_doers(pipeline):
    assert ("ASSAULT", "RUS", "UKR", "asserted") in _events(
        pipeline, "Russian-backed separatists shelled Ukrainian positions near the village on Thursday.")


def test_returned_fire_is_an_attack_and_its_denial_is_negated(pipeline):
    found = _events(pipeline, "Ukrainian troops returned fire, the army said. Later the army said its troops "
                              "had not returned fire.")
    assert [(t, s, m) for t, s, _, m in found] == [("ASSAULT", "UKR", "asserted"), ("ASSAULT", "UKR", "negated")]


def test_civilian_aircraft_flying_over_a_country_is_no_deployment(pipeline):
    found = _events(pipeline, "Kyiv said it would set aside $592 million to keep passenger flights running after "
                              "insurers withdrew cover for aircraft flying over the country.")
    assert not [f for f in found if f[0] == "MOBILIZE"]


def test_part_of_a_group_is_the_group(pipeline):
    found = _events(pipeline, "Russia's defence ministry said on Tuesday that some of the units it had deployed "
                              "near Ukraine were returning to their bases after finishing exercises.")
    assert ("RETREAT", "RUS", None, "asserted") in found


def test_let_it_be_clear_is_no_concession(pipeline):
    found = _events(pipeline, "\"Let it be clear that we will respond,\" the president said.")
    assert not [f for f in found if f[0] == "RETREAT"]


def test_the_passive_subject_of_an_object_control_verb_does_the_act():
    from .helpers import events_of

    events, _ = events_of("Israel may now be tempted to target Iran's nuclear facilities. Hungary was pressured to "
                          "approve the aid to Ukraine.")
    got = {(e.type, e.source.country if e.source else None) for e in events}
    assert ("ASSAULT", "ISR") in got
    assert not any(e.source is None for e in events if e.type == "ASSAULT")


def test_a_mutual_agreement_is_one_event_between_the_doers():
    from .helpers import events_of

    events, _ = events_of("Kyrgyzstan and Tajikistan agreed on Thursday to an immediate ceasefire. Russia agreed to a "
                          "prisoner exchange with Ukraine.")
    agree = [e for e in events if e.type == "AGREE"]
    pairs = [{e.source.country, e.target.country} for e in agree if "Kyrgyzstan" in e.sentence]
    assert pairs == [{"KGZ", "TJK"}]  # never the same agreement twice
    assert [e.source.country for e in agree if "Russia" in e.sentence] == ["RUS"]
