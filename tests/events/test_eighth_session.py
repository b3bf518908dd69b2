"""Whole-article constructions found on held-out batch h41-h48 (eighth session), each on our own sentences."""
from __future__ import annotations

import pytest

from brinkwatch import PageInput


def _events(pipeline, body, published="2024-12-27"):
    report = pipeline.analyze(PageInput(text="Baltic tensions\n\n" + body, id="t", published=published))
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
            for e in report.events]


@pytest.mark.parametrize("body, expected", [
    # a named body beside a person in a coordinated recipient keeps its own code
    ("Finland's president spoke by phone on Friday with Estonian Prime Minister Kristen Michal and NATO Secretary "
     "General Mark Rutte.", [("CONSULT", "FIN", "EST", "asserted"), ("CONSULT", "FIN", "NATO", "asserted")]),
    # a visit's hosts, each of them, and a timetable's present is future
    ("Yoon Suk Yeol leaves on Monday for state visits to Turkmenistan, Kazakhstan and Uzbekistan.",
     [("CONSULT", "KOR", "TKM", "future"), ("CONSULT", "KOR", "KAZ", "future"), ("CONSULT", "KOR", "UZB", "future")]),
    # "due in" a capital: a visit to come
    ("Mark Rutte is due in Helsinki on January 14 for a meeting of allies.", [("CONSULT", "NATO", "FIN", "future")]),
    # "the alliance" after NATO is named, and a presence stepped up
    ("NATO defence ministers met in Brussels on Thursday to discuss the damaged cables. Rutte said the alliance "
     "would step up its presence in the Baltic Sea.", [("MOBILIZE", "NATO", None, "future")]),
    # a militia ordered to deploy is a mobilisation, not a request
    ("Nicolas Maduro ordered the Bolivarian Militia to deploy along the coast.", [("MOBILIZE", "VEN", None, "asserted")]),
    # a revoked visa is a sanction, not a concession
    ("The State Department revoked the Colombian president's visa on Friday.", [("SANCTION", "USA", "COL", "asserted")]),
    # "the bloc" is the latest regional body named, and its own borders are not its recipient
    ("ECOWAS lifted most of its sanctions on Niger in February, citing the suffering of ordinary people. The bloc "
     "reopened its borders with Niger on Friday and restored commercial flights to Niamey.",
     [("RETREAT", "ECOWAS", "NER", "asserted")]),
    # the coordinated countries a role noun is "of": each of them
    ("ECOWAS urged the military governments of Mali, Burkina Faso and Niger to stay in the regional bloc.",
     [("REQUEST", "ECOWAS", "MLI", "asserted"), ("REQUEST", "ECOWAS", "BFA", "asserted"),
      ("REQUEST", "ECOWAS", "NER", "asserted")]),
    # bargaining with someone is a contact, here denied
    ("Ecuador's interior minister, Monica Palencia, denied that the government had bargained with gang leaders to "
     "secure the releases.", [("CONSULT", None, None, "negated")]),  # (the government under a minister's denial:
    # the resolver leaves it unplaced, as it does "the government" under any governing subject)
    # two signatories: each endorses the deal toward the other
    ("Armenia and Azerbaijan signed a peace agreement in Washington on Friday after decades of conflict.",
     [("SUPPORT", "ARM", "AZE", "asserted"), ("SUPPORT", "AZE", "ARM", "asserted")]),
])
def test_constructions(pipeline, body, expected):
    got = _events(pipeline, body)
    for e in expected:
        assert e in got, got


def test_the_timetable_present_is_not_read_into_a_headline(pipeline):
    report = pipeline.analyze(PageInput(text="Yoon leaves on Monday for visits to Turkmenistan\n\nThe trip is his first.",
                                        id="t", published="2024-12-27"))
    assert all(e.modality != "future" for e in report.events)


def test_endangering_a_common_good_is_the_speakers_charge(pipeline):
    got = _events(pipeline, "\"Russia's shadow fleet threatens our security and our environment,\" Kaja Kallas said.")
    assert ("ACCUSE", "EUR", "RUS", "asserted") in got
    assert not any(e[0] == "THREATEN" for e in got)


def test_an_act_called_an_act_of_piracy_accuses_its_doer(pipeline):
    got = _events(pipeline, "Finnish police boarded and detained a tanker from Russia's shadow fleet. Kremlin spokesman "
                            "Dmitry Peskov called the seizure of the ship \"an act of piracy\".")
    assert ("ACCUSE", "RUS", "FIN", "asserted") in got


def test_both_ministers_are_the_two_sides(pipeline):
    got = _events(pipeline, "Congo accused Rwanda of backing the M23 rebels in Goma. Rwanda accused Congo of shelling "
                            "its territory near Gisenyi. President Donald Trump is due to receive both foreign "
                            "ministers at the White House next week.", published="2025-06-28")
    assert ("CONSULT", "USA", "COD", "future") in got and ("CONSULT", "USA", "RWA", "future") in got


def test_a_warning_that_ones_own_side_would_act_is_a_threat(pipeline):
    got = _events(pipeline, "Secretary of State Marco Rubio warned that Washington would impose sanctions on whichever "
                            "side broke the deal.", published="2025-06-28")
    assert ("THREATEN", "USA", None, "asserted") in got
    assert ("COERCE", "USA", None, "hypothetical") in got  # the warned act itself, as what would happen
    got = _events(pipeline, "President Joe Biden warned that Russia would invade Ukraine within days.",
                  published="2022-02-15")
    assert not any(e[0] == "THREATEN" for e in got)  # a forecast of the other side's act is no threat


def test_a_reported_promise_is_an_agreement_made_now(pipeline):
    got = _events(pipeline, "Rwanda's foreign minister said Kigali would honour its commitments under the accord.",
                  published="2025-06-28")
    assert ("AGREE", "RWA", None, "asserted") in got


@pytest.mark.parametrize("body, expected", [
    ("\"The Kyrgyz side bears full responsibility for the bloodshed,\" Tajikistan's State Committee for National "
     "Security said in a statement.", ("ACCUSE", "TJK", "KGZ", "asserted")),
    ("\"The responsibility lies entirely with the Indian side,\" Chinese foreign ministry spokesman Guo Jiakun told "
     "a news conference in Beijing.", ("ACCUSE", "CHN", "IND", "asserted")),
])
def test_saying_someone_is_to_blame_accuses_them(pipeline, body, expected):
    assert expected in _events(pipeline, body)


def test_troops_of_two_nations_trading_fire_fire_at_each_other(pipeline):
    got = _events(pipeline, "Indian and Pakistani troops traded fire in Kashmir on Tuesday as the crisis deepened.")
    assert ("ASSAULT", "IND", "PAK", "asserted") in got and ("ASSAULT", "PAK", "IND", "asserted") in got


def test_more_troops_promised_if_attacked_is_a_threat_at_the_counterpart(pipeline):
    got = _events(pipeline, "Chinese troops attacked an Indian patrol in the Galwan valley on Monday. Defence Minister "
                            "Rajnath Singh warned that India would send more troops and armour to the sector if its "
                            "soldiers were attacked again.", published="2020-07-01")
    assert ("THREATEN", "IND", "CHN", "asserted") in got
    assert ("MOBILIZE", "IND", "CHN", "hypothetical") in got
    got = _events(pipeline, "The minister said Kenya would deploy more police officers to Haiti if the transitional "
                            "council asked for them.", published="2024-06-01")
    assert not any(e[0] == "THREATEN" for e in got)  # a plan on a request, not a threat


@pytest.mark.parametrize("body, expected", [
    ("Western diplomats fear Israel could send ground troops into Lebanon within weeks.",
     ("ASSAULT", "ISR", "LBN", "hypothetical")),
    ("He said Serbia had no intention of sending its army into Kosovo.", ("ASSAULT", "SRB", "XKX", "negated")),
    # into a zone, a region or a sea, or as peacekeepers: still a deployment
    ("Israeli troops also moved into the demilitarised buffer zone on the Golan Heights on Sunday.",
     ("MOBILIZE", "ISR", None, "asserted")),
])
def test_troops_sent_into_another_country_invade_it(pipeline, body, expected):
    got = _events(pipeline, body, published="2024-12-09")
    assert expected in got, got


def test_force_used_against_someone_is_the_means_not_the_recipient(pipeline):
    got = _events(pipeline, "Beijing denied that Chinese border guards had used any force against Indian soldiers.",
                  published="2024-06-16")
    assert ("ASSAULT", "CHN", "IND", "negated") in got


def test_a_pejorative_noun_accuses_its_by_agent(pipeline):
    got = _events(pipeline, "\"It is an aggression by Rwanda, which hides its army behind the M23,\" Congo's foreign "
                            "minister said.", published="2025-02-01")
    assert ("ACCUSE", "COD", "RWA", "asserted") in got


def test_pushing_migrants_towards_a_border_is_coercion(pipeline):
    got = _events(pipeline, "Spokesman Dmitry Peskov said Russia was not pushing migrants towards Finland.",
                  published="2023-11-20")
    assert any(e[0] == "COERCE" and e[1] == "RUS" and e[3] == "negated" for e in got), got
