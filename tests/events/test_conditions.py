"""Conditions, questions and reflexive owners in whole-sentence coding (our own sentences)."""
from .helpers import country, events_of


def _types(events):
    return [(e.type, country(e.source), country(e.target), e.modality) for e in events]


def test_sanctions_set_on_a_condition_are_a_threat():
    events, _ = events_of("The EU will impose sanctions on Belarus unless it releases the prisoners.")
    assert ("THREATEN", "EUR", "BLR", "asserted") in _types(events)
    acts = [e for e in events if e.type in ("COERCE", "SANCTION")]  # the threatened act, never as done
    assert acts and all(e.modality == "hypothetical" for e in acts)
    threat = next(e for e in events if e.type == "THREATEN")
    assert threat.rule.startswith("pattern:conditional-act:")


def test_a_ready_package_on_a_condition_is_the_speakers_threat():
    events, _ = events_of("EU foreign policy chief Josep Borrell said a package of sanctions against Russia was "
                          "ready to be adopted within hours if Moscow sent troops into Ukraine.")
    kinds = _types(events)
    assert ("THREATEN", "EUR", "RUS", "asserted") in kinds
    assert not any(e.type == "COERCE" and e.modality == "asserted" for e in events)


def test_threat_and_conditional_conflict_are_coded_once():
    events, _ = events_of("The White House said Washington would impose severe sanctions on Russia if it invaded Ukraine.")
    threats = [e for e in events if e.type == "THREATEN"]
    assert [(country(e.source), country(e.target)) for e in threats] == [("USA", "RUS")]
    assert [e.modality for e in events if e.type == "COERCE"] == ["hypothetical"]  # what would follow
    assert ("ASSAULT", "RUS", "UKR", "hypothetical") in _types(events)


def test_a_third_partys_forecast_stays_hypothetical():
    events, _ = events_of("Analysts said Russia would strike Kyiv if talks failed.")
    assert not any(e.type == "THREATEN" for e in events)
    assert any(e.type == "ASSAULT" and e.modality != "asserted" for e in events)


def test_a_negated_condition_is_neither_denied_nor_a_threat():
    events, _ = events_of("'If Russia does not invade Ukraine, we will be relieved,' he said.")
    assert _types(events) == [("ASSAULT", "RUS", "UKR", "hypothetical")]


def test_threatening_no_one_is_no_threat():
    events, _ = events_of("'These are routine drills and they threaten no one,' the Kremlin spokesman said.")
    assert not any(e.type == "THREATEN" and e.modality == "asserted" for e in events)


def test_nothing_imposed_is_negated():
    events, _ = events_of("Moscow imposed no sanctions on Kyiv.")
    assert all(e.modality == "negated" for e in events) and events


def test_asking_whether_is_a_question_not_a_request():
    events, _ = events_of("Putin asked his foreign minister whether there was still a chance of a deal.")
    assert not any(e.type == "REQUEST" for e in events)
    events, _ = events_of("Putin asked Lavrov to press Kyiv.")
    assert any(e.type == "REQUEST" for e in events)


def test_the_doers_own_thing_is_no_recipient():
    events, _ = events_of("Benin opened its borders to thousands of Ghanaian refugees.")
    aid = [e for e in events if e.type == "AID"]
    assert aid and country(aid[0].target) == "GHA"
    events, _ = events_of("Moscow delivered its written reply.")
    assert not any(country(e.source) == country(e.target) for e in events)


def test_the_one_warned_faces_the_consequences():
    events, _ = events_of('State Department spokesman Matthew Miller said: "If the Houthis keep firing at ships, '
                          'they will face further strikes."')
    assert ("THREATEN", "USA", "YEM", "asserted") in _types(events)
    events, _ = events_of("If Russia invades Ukraine, it will pay a heavy price, Biden said.")
    assert ("THREATEN", "USA", "RUS", "asserted") in _types(events)


def test_each_coordinated_doer_does_the_act():
    events, _ = events_of("American and British warplanes struck radar sites in Yemen.")
    assert {(country(e.source), country(e.target)) for e in events if e.type == "ASSAULT"} == {("USA", "YEM"), ("GBR", "YEM")}
    assert len({e.id for e in events}) == len(events)
    events, _ = events_of("Russia and Belarus launched drills near Ukraine.")
    assert {country(e.source) for e in events if e.type == "MOBILIZE"} == {"RUS", "BLR"}


def test_coordinated_equipment_is_no_recipient_but_exchanged_fire_is_mutual():
    events, _ = events_of("Israeli warplanes and warships struck targets in Gaza.")
    assert not any(country(e.source) == country(e.target) for e in events)
    events, _ = events_of("India and Pakistan exchanged fire across the border.")
    assert ("ASSAULT", "IND", "PAK", "asserted") in _types(events)


def _analysed(text: str):
    from brinkwatch import PageInput, Pipeline

    return Pipeline().analyze(PageInput(text=text, id="t", published="2024-04-14")).events


def test_we_and_our_in_a_quote_are_the_speakers_side_but_us_is_not_we():
    events = _analysed('"We are calling on our partners to help," Ukrainian President Volodymyr Zelensky said.')
    request = [e for e in events if e.type == "REQUEST"]
    assert request and country(request[0].source) == "UKR" and country(request[0].target) is None
    events = _analysed('Junta spokesman Amadou Abdramane told the crowd that "US troops must leave Niger without delay."')
    troops = [e.source for e in events if e.source is not None and e.source.text == "US troops"]
    assert troops and all(country(a) == "USA" for a in troops)


def test_raised_and_passive_subjects_do_the_act():
    events, _ = events_of("Defense Secretary Lloyd Austin is expected to meet Chinese Defence Minister Dong Jun next week.")
    assert ("CONSULT", "USA", "CHN", "future") in _types(events)
    events, _ = events_of('Spokesman Matthew Miller said the United States was "deeply concerned" by the Chinese drills '
                          "and urged Beijing to act with restraint.")
    assert ("REQUEST", "USA", "CHN", "asserted") in _types(events)


def test_an_unknown_person_is_placed_by_the_phrase_in_apposition():
    events, _ = events_of("Youssef Ezzat, a political adviser to RSF commander Mohamed Hamdan Dagalo, denied the charge.")
    assert [country(e.source) for e in events if e.type == "REJECT"] == ["SDN"]


def test_a_denied_act_is_coded_negated_beside_the_denial():
    events, _ = events_of("UNIFIL said an Israeli tank fired at a watchtower. The Israeli military denied firing at "
                          "the peacekeepers.")
    kinds = _types(events)
    assert ("REJECT", "ISR", "UNO", "asserted") in kinds and ("ASSAULT", "ISR", "UNO", "negated") in kinds


def test_warnings_of_what_the_warned_will_undergo():
    events = _analysed('"If Taiwan independence forces keep provoking, they will be crushed," Chinese defence '
                       "ministry spokesman Wu Qian said.")
    assert ("THREATEN", "CHN", "TWN", "asserted") in _types(events)
    events = _analysed('"The Americans and the British will pay a heavy price," Houthi spokesman Yahya Saree said.')
    assert {("THREATEN", "YEM", "USA", "asserted"), ("THREATEN", "YEM", "GBR", "asserted")} <= set(_types(events))
    events = _analysed('"If Hezbollah does not pull back from the border, we will push it back by force," Israeli '
                       "Defence Minister Yoav Gallant said.")
    assert ("THREATEN", "ISR", "LBN", "asserted") in _types(events)


def test_a_speech_act_hung_on_the_cue_is_the_speakers():
    text = ('Washington accuses Iran of arming the Houthis. "Iran does not send weapons to Yemen," Iranian foreign '
            "ministry spokesman Nasser Kanaani told reporters, condemning the strikes.")
    events = _analysed(text)
    assert any(e.type == "ACCUSE" and country(e.source) == "IRN" for e in events)


def test_recipients_behind_the_object_and_out_of():
    assert ("RETREAT", "EUR", "BLR", "asserted") in _types(events_of("The EU lifted most of its sanctions on Belarus.")[0])
    assert ("RETREAT", "ISR", "LBN", "asserted") in _types(events_of("Israel pulled its forces out of southern Lebanon.")[0])


def test_where_a_meeting_happens_is_no_partner():
    events, _ = events_of("Nicolas Maduro and Irfaan Ali will meet on Thursday on the Caribbean island of Saint Vincent.")
    assert not any(country(e.target) == "VCT" for e in events)


def test_meetings_still_to_come():
    events, _ = events_of("Pashinyan and Aliyev are due to meet in Munich on Saturday.")
    assert {e.modality for e in events if e.type == "CONSULT"} == {"future"}
    events, _ = events_of("French Foreign Minister Jean-Noel Barrot is due in Beirut on Monday for talks with Mikati.")
    assert {e.modality for e in events if e.type == "CONSULT"} == {"future"}
    events, _ = events_of("Maduro and Ali to meet as Essequibo dispute unsettles region")
    assert {e.modality for e in events if e.type == "CONSULT"} == {"future"}
    assert not any(country(e.target) == "IND" for e in events)  # Ali is a name before it is a town


def test_an_attack_on_its_positions_is_on_the_speakers():
    events, _ = events_of("Azerbaijan's State Border Service said Armenian forces had fired on its positions.")
    assert ("ASSAULT", "ARM", "AZE", "asserted") in _types(events)
    events, _ = events_of("UNIFIL said an Israeli tank had fired at one of its watchtowers.")
    assert ("ASSAULT", "ISR", "UNO", "asserted") in _types(events)
    events, _ = events_of("The West had warned that Moscow could invade its neighbour at any moment.")
    assert not any(country(e.target) == "WST" for e in events if e.type == "ASSAULT")


def test_lethal_strikes_are_attacks_not_walkouts():
    events, _ = events_of("Israeli strikes killed 23 people in south Lebanon on Thursday.")
    assert ("ASSAULT", "ISR", "LBN", "asserted") in _types(events)
    events, _ = events_of("French strikes disrupted trains on Monday.")
    assert [e.type for e in events] == ["PROTEST"]


def test_searching_is_coercion_only_by_authorities_or_of_premises():
    assert events_of("Rescue workers were still searching the rubble of a collapsed building.")[0] == []
    assert [e.type for e in events_of("Israeli troops searched homes in the camp.")[0]] == ["COERCE"]


def test_a_march_to_demand_is_one_protest_aimed_at_the_demand():
    events, _ = events_of("About 5,000 people marched through Niamey on Saturday to demand the departure of "
                          "American troops from Niger.")
    assert _types(events) == [("PROTEST", "NER", "USA", "asserted")]


def test_a_warning_names_the_violence_it_promises():
    events = _analysed('"If Taiwan independence forces keep provoking, they will be crushed," Chinese defence '
                       "ministry spokesman Wu Qian said.")
    assert ("ASSAULT", "CHN", "TWN", "hypothetical") in _types(events)
    events = _analysed('US Defense Secretary Lloyd Austin said: "If the Houthis keep firing at ships, they will '
                       'face further strikes."')
    assert {("THREATEN", "USA", "YEM", "asserted"), ("ASSAULT", "USA", "YEM", "hypothetical")} <= set(_types(events))


def test_instructors_arriving_are_military_aid_and_forces_ordered_out_are_expelled():
    events, _ = events_of("About 100 Russian military instructors arrived in Niamey on Wednesday.")
    assert ("AID", "RUS", "NER", "asserted") in _types(events)
    events, _ = events_of("The junta ordered French forces out of the country.")
    assert [(e.type, e.mode, country(e.target)) for e in events] == [("SANCTION", "expel", "FRA")]


def test_a_council_meets_without_a_partner():
    events, _ = events_of("The UN Security Council will meet on Friday afternoon to discuss the strikes.")
    assert ("CONSULT", "UNO", None, "future") in _types(events)


def test_a_missile_fired_at_no_one_is_a_show_of_force():
    events, _ = events_of("North Korea fired a new long-range missile on Thursday.")
    assert [(e.type, country(e.source)) for e in events] == [("MOBILIZE", "PRK")]
    events, _ = events_of("Iran launched missiles at Israel.")
    assert ("ASSAULT", "IRN", "ISR", "asserted") in _types(events)


def test_joint_drills_pair_every_named_side():
    events, _ = events_of("On Friday, the United States flew a B-1B strategic bomber in joint drills with South "
                          "Korean and Japanese fighter jets.")
    assert {("COOPERATE", "USA", "KOR", "asserted"), ("COOPERATE", "USA", "JPN", "asserted")} <= set(_types(events))
    events, _ = events_of("US, South Korean and Japanese jets held joint drills on Friday.")
    assert {("COOPERATE", "USA", "KOR", "asserted"), ("COOPERATE", "USA", "JPN", "asserted")} <= set(_types(events))


def test_what_another_side_must_do_is_the_speakers_demand():
    events, _ = events_of("US President Joe Biden said Russia must withdraw its troops from the border.")
    assert _types(events) == [("REQUEST", "USA", "RUS", "asserted")]
    events, _ = events_of("Russian President Vladimir Putin said Russia must defend itself.")
    assert not any(e.type == "REQUEST" for e in events)


def test_forces_sent_around_ones_own_drills_are_no_aid():
    events, _ = events_of("China's military launched large-scale drills around Taiwan on Thursday, sending warships "
                          "and fighter jets to surround the island.")
    assert not any(e.type == "AID" for e in events)
    assert ("MOBILIZE", "CHN", "TWN", "asserted") in _types(events)


def test_coordinated_places_that_name_no_actor_add_no_event():
    events, _ = events_of("US President Joe Biden said the United States would pull its forces out of Central and "
                          "Eastern Europe and the Baltic states.")
    assert sum(e.type == "RETREAT" for e in events) == 1


def test_soldiers_an_attack_kills_are_not_the_attackers_own_by_default():
    events, _ = events_of("Azerbaijani troops opened fire on Armenian positions near the village of Nerkin Hand in "
                          "southern Armenia early on Tuesday, killing four soldiers.")
    assert not any(e.type == "ASSAULT" and country(e.source) == country(e.target) for e in events)
    events, _ = events_of("Sudan's army and the paramilitary Rapid Support Forces fought in Omdurman on Wednesday.")
    assert ("ASSAULT", "SDN", "SDN", "asserted") in _types(events)  # a named force is its own side


def test_a_topic_discussed_is_no_partner_and_a_coordinated_official_keeps_the_side():
    events, _ = events_of("US officials would travel to Niamey to discuss the future of the American forces.")
    assert not any(e.type == "CONSULT" and country(e.source) == country(e.target) for e in events)
    events, _ = events_of("French Foreign Minister Jean-Noel Barrot is due in Beirut on Monday for talks with Lebanese "
                          "Prime Minister Najib Mikati and the army commander.")
    assert {country(e.target) for e in events if e.type == "CONSULT"} == {"LBN"}


def test_crowd_control_is_an_assault_and_riot_police_are_no_riot():
    events, _ = events_of("Georgian riot police fired water cannon and tear gas overnight to disperse thousands of "
                          "protesters in Tbilisi.")
    assert [(e.type, e.mode, country(e.source)) for e in events] == [("ASSAULT", "crowd-control", "GEO")]


def test_suspended_ties_with_someone_and_measures_imposed_on_someone():
    events, _ = events_of("Washington on Saturday suspended its strategic partnership with Tbilisi.")
    assert ("SANCTION", "USA", "GEO", "asserted") in _types(events)
    events, _ = events_of("The EU imposed restrictive measures on Belarus in June.")
    assert [(e.type, country(e.target)) for e in events] == [("COERCE", "BLR")]


def test_a_council_holds_a_meeting_and_a_counteroffensive_is_an_attack():
    events, _ = events_of("The Security Council was due to hold an emergency meeting later on Sunday.")
    assert ("CONSULT", "UNO", None, "future") in _types(events)
    events, _ = events_of("Myanmar's army launched a counteroffensive against the rebels.")
    assert [e.type for e in events] == ["ASSAULT"]


def test_waves_of_drones_launched_at_a_country_are_an_attack_on_it():
    events, _ = events_of("Iran launched waves of drones and missiles at Israel late on Saturday.")
    assert _types(events) == [("ASSAULT", "IRN", "ISR", "asserted")]


def test_legal_action_promised_on_a_condition_is_a_threat():
    from .helpers import events_of

    events, _ = events_of("Azerbaijan blamed a Russian missile for the crash. If Moscow refuses to accept "
                          "responsibility, Baku will take the case to an international court, Aliyev warned.")
    threats = [e for e in events if e.type == "THREATEN"]
    assert [(e.source.country, e.modality, e.mode) for e in threats] == [("AZE", "asserted", None)]
    assert any(e.type == "ACCUSE" and e.modality == "hypothetical" for e in events)  # the act threatened
