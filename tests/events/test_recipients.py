"""Recipients found where a reader finds them, and never the doer's side by default (sixth session)."""
from __future__ import annotations

import pytest

from brinkwatch import PageInput


def _events(pipeline, body):
    report = pipeline.analyze(PageInput(text="Border tensions\n\n" + body, id="t", published="2025-03-12"))
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
            for e in report.events]


@pytest.mark.parametrize("body, expected", [
    # a weapon after "with" is the means, the position after "on" the recipient
    ("Cambodian troops opened fire with artillery and rockets on Thai positions.", ("ASSAULT", "KHM", "THA", "asserted")),
    # troops the text placed on one side are not the side of whoever demands their departure
    ("About 1,500 Russian troops remain in Transnistria. Chisinau has repeatedly demanded that the soldiers leave.",
     ("REQUEST", "MDA", "RUS", "asserted")),
    # the army a country ships weapons to is not its own
    ("Burkina Faso's army lost a post on Sunday. Moscow has also shipped armoured vehicles, drones and artillery "
     "to the army over the past year.", ("AID", "RUS", "BFA", "asserted")),
    # the preposition of the frame names the one supported
    ("Turkey would continue to stand by the legitimate government in Tripoli.", ("SUPPORT", "TUR", "LBY", "asserted")),
    # envoys recalled from a capital: that capital's country, not the envoys
    ("Niger recalled its ambassador from Algiers on Monday.", ("SANCTION", "NER", "DZA", "asserted")),
    # two coordinated accusations are one act, kept with its recipient
    ("The Palestinian Authority condemned the operation as a massacre and accused Israel of collective punishment.",
     ("ACCUSE", "PSE", "ISR", "asserted")),
    # a ship rammed by another country's vessel is the reporting side's
    ("Philippine Coast Guard spokesman Jay Tarriela said a Chinese vessel had also rammed the coast guard ship "
     "BRP Cabra.", ("ASSAULT", "CHN", "PHL", "asserted")),
])
def test_recipient(pipeline, body, expected):
    assert expected in _events(pipeline, body)


def test_a_reported_clause_keeps_the_speakers_units(pipeline):
    found = _events(pipeline, "Russia's defence ministry said on Tuesday that some of the units it had deployed "
                              "near Ukraine were returning to their bases.")
    assert ("RETREAT", "RUS", None, "asserted") in found


def test_an_object_pronoun_is_not_the_subjects_side(pipeline):
    found = _events(pipeline, "Two Philippine boats were on a supply run to the shoal. China denied that any "
                              "Chinese vessel had rammed them.")
    assert ("ASSAULT", "CHN", "PHL", "negated") in found
    assert not [f for f in found if f[0] == "ASSAULT" and f[2] == "CHN"]


@pytest.mark.parametrize("body, expected", [
    ("Cambodia's defence ministry denied that its forces had fired first.", ("ASSAULT", "KHM", None, "negated")),
    ("The army denied that Israeli tanks were advancing on Damascus.", ("ASSAULT", "ISR", "SYR", "negated")),
    ("A Chinese coast guard vessel rammed a Philippine supply boat.", ("ASSAULT", "CHN", "PHL", "asserted")),
])
def test_denied_and_asserted_attacks(pipeline, body, expected):
    assert expected in _events(pipeline, body)


@pytest.mark.parametrize("body, expected", [
    # strikes carried out by a state are attacks, on the country where they fall
    ("Pakistan carried out air strikes in Afghanistan on Monday.", ("ASSAULT", "PAK", "AFG", "asserted")),
    ("Russian forces shelled a village in Kharkiv region.", ("ASSAULT", "RUS", "UKR", "asserted")),
    # a raid by soldiers is an attack, a raid by police a search
    ("Israeli forces raided Jenin at dawn.", ("ASSAULT", "ISR", "PSE", "asserted")),
    ("Police raided the offices of the newspaper in Istanbul.", ("COERCE", "TUR", "TUR", "asserted")),
    # troops ordered into a region are a deployment
    ("Putin ordered troops to the border with Ukraine.", ("MOBILIZE", "RUS", "UKR", "asserted")),
    # a defeat promised to the one warned is a threat
    ("China's defence ministry said that if Japan intervened in the Taiwan Strait, it would suffer a crushing defeat.",
     ("THREATEN", "CHN", "JPN", "asserted")),
    # crowds and police nobody places are of the country where they act
    ("Security forces arrested hundreds of protesters in Caracas.", ("COERCE", "VEN", "VEN", "asserted")),
])
def test_type_and_place(pipeline, body, expected):
    assert expected in _events(pipeline, body)


@pytest.mark.parametrize("body", ["Workers at the port launched a strike in Rotterdam.",
                                  "French strikes disrupted trains across the country on Tuesday.",
                                  "The Damascus strike disrupted trains across the country on Tuesday."])
def test_strikes_that_are_no_attack(pipeline, body):
    assert not [f for f in _events(pipeline, body) if f[0] == "ASSAULT"]


@pytest.mark.parametrize("body, expected", [
    # the owner of the weapons destroyed is the one attacked
    ("Israel said it had destroyed most of the Syrian army's heavy weapons in a wave of air strikes.",
     ("ASSAULT", "ISR", "SYR", "asserted")),
    # a crowd a government's forces fire on, with no place named, is of their country
    ("President Nicolas Maduro rejected the statement. He denied that his security forces had shot at "
     "demonstrators.", ("ASSAULT", "VEN", "VEN", "negated")),
    # people wounded by rockets fired across the border are the other side's
    ("Israeli warplanes struck villages in southern Lebanon, Lebanon's health ministry said, as Hezbollah fired "
     "salvoes of rockets at towns across northern Israel, wounding four people in Safed.",
     ("ASSAULT", "LBN", "ISR", "asserted")),
])
def test_owners_crowds_and_victims(pipeline, body, expected):
    assert expected in _events(pipeline, body)


def test_troops_a_country_offers_are_not_whom_it_helps(pipeline):
    found = _events(pipeline, "Venezuela was ready to send troops to the border to work with the Colombian army.")
    assert not [f for f in found if f[1] == "VEN" and f[2] == "VEN"]
    assert ("COOPERATE", "VEN", "COL", "asserted") in found


@pytest.mark.parametrize("body, expected", [
    # what a side denies reports of is its own act, negated
    ("Eritrea dismissed reports of a mobilisation as fabricated.", ("MOBILIZE", "ERI", None, "negated")),
    ("Russia denied reports that its troops had entered Moldova.", ("MOBILIZE", "RUS", "MDA", "negated")),
    ("Russia had no plans to increase its military presence in the region.", ("MOBILIZE", "RUS", None, "negated")),
    # ships blocking a mission coerce it; gangs are an armed group; a town stormed in Haiti is Haiti's
    ("Chinese coast guard ships blocked a Philippine resupply mission.", ("COERCE", "CHN", "PHL", "asserted")),
    ("Heavily armed gangs stormed the coastal town of Gressier in Haiti.", ("ASSAULT", None, "HTI", "asserted")),
])
def test_denied_reports_blockades_and_gangs(pipeline, body, expected):
    assert expected in _events(pipeline, body)


def test_protesters_blocking_a_road_still_protest(pipeline):
    assert ("PROTEST", None, None, "asserted") in _events(pipeline, "Protesters blocked the main road.")


def test_who_responds_by_doing_does_it(pipeline):
    found = _events(pipeline, "Phnom Penh responded by suspending imports of Thai fuel, fruit and vegetables.")
    assert ("SANCTION", "KHM", "THA", "asserted") in found


@pytest.mark.parametrize("body, expected", [
    ("Turkey was in contact with the new authorities in Damascus.", ("CONSULT", "TUR", "SYR", "asserted")),
    ("Putin gave Zelensky until Monday to answer.", ("THREATEN", "RUS", "UKR", "asserted")),  # a deadline
])
def test_contact_and_deadlines(pipeline, body, expected):
    assert expected in _events(pipeline, body)


def test_a_speech_until_midnight_is_no_deadline(pipeline):
    assert not [f for f in _events(pipeline, "The minister gave a speech until midnight.") if f[0] == "THREATEN"]


def test_a_subject_pronoun_is_not_its_objects_side(pipeline):
    found = _events(pipeline, "Israeli officials warned the new rulers in Damascus. If they attack Israel, they will "
                              "pay a heavy price, Netanyahu said.")
    assert not [f for f in found if f[0] == "ASSAULT" and f[1] == "ISR"]
