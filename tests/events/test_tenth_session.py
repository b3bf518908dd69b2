"""Tenth-session rules, on our own sentences: headline-ese subjects, unrealised event nouns, "go to war",
repeated prepositions, a country's rival from the acts aimed at it, and forces and people at home."""
from .helpers import country, events_of


def _kinds(events):
    return [(e.type, country(e.source), country(e.target), e.modality) for e in events]


def test_headline_with_two_verbs_gives_both_to_the_first_subject():
    events, _ = events_of("Officials in Asmara spoke on state radio on Monday.",
                          title="Eritrea calls up reservists, accuses Ethiopia of plotting an attack")
    assert ("ACCUSE", "ERI", "ETH", "asserted") in _kinds(events)


def test_a_planned_or_possible_act_named_by_a_noun_is_not_asserted():
    events, _ = events_of("Moldova said the documents revealed a planned invasion of Moldova by Russian forces.",
                          title="Moldova says documents show invasion plan")
    assaults = [e for e in events if e.type == "ASSAULT" and "documents revealed" in e.sentence]
    assert assaults and all(e.modality in ("future", "hypothetical") for e in assaults)


def test_a_threatened_invasion_carried_out_is_asserted():
    events, _ = events_of("Israel mounted its long-threatened invasion of southern Lebanon on Sunday.",
                          title="Israel invades southern Lebanon")
    assert any(e.type == "ASSAULT" and e.modality == "asserted" and "mounted" in e.sentence for e in events)


def test_going_to_war_is_an_assault_by_the_subject():
    events, _ = events_of('"Ruritania has no intention of going to war with Borduria," the foreign minister said. '
                          "Argentina went to war with Britain in 1982.", title="Minister rules out war")
    kinds = _kinds(events)
    assert ("ASSAULT", "GBR", "ARG", "historical") not in kinds
    assert ("ASSAULT", "ARG", "GBR", "historical") in kinds


def test_a_repeated_preposition_gives_a_second_recipient():
    events, _ = events_of("The Qatari envoy is due to travel to Addis Ababa on Monday and to Asmara two days later, "
                          "his office said.", title="Qatari envoy to visit Ethiopia and Eritrea")
    consults = {(country(e.source), country(e.target)) for e in events if e.type == "CONSULT"
                and "due to travel" in e.sentence}
    assert {("QAT", "ETH"), ("QAT", "ERI")} <= consults


def test_a_country_accused_three_times_aims_its_unnamed_acts_at_the_accuser():
    text = ("Eritrea accused Ethiopia of massing troops on Monday. Eritrean officials also accused Ethiopia of "
            "arming rebels. Addis Ababa denied that it had any plan to attack its neighbour.")
    events, _ = events_of(text, title="Eritrea accuses Ethiopia")
    assert ("ASSAULT", "ETH", "ERI", "negated") in _kinds(events)


def test_criticising_the_mobilisation_is_aimed_at_the_mobiliser():
    text = ("Eritrea has called up tens of thousands of reservists. The Ethiopian foreign minister called the "
            'mobilisation "reckless warmongering".')
    events, _ = events_of(text, title="Eritrea mobilises reservists")
    assert ("ACCUSE", "ETH", "ERI", "asserted") in _kinds(events)


def test_bare_officers_are_the_force_the_text_placed():
    text = ("Zambian police fired tear gas at opposition supporters in Lusaka on Wednesday. Witnesses said "
            "officers shot at crowds near the airport, and at least 12 people have been killed by security forces "
            "since Friday.")
    events, _ = events_of(text, title="Zambian police fire on protesters")
    kinds = _kinds(events)
    assert ("ASSAULT", "ZMB", "ZMB", "asserted") in [k for k, e in zip(kinds, events) if "Witnesses" in e.sentence]
    killed = [e for e in events if "12 people" in e.sentence and e.type == "ASSAULT"]
    assert killed and all((country(e.source), country(e.target)) == ("ZMB", "ZMB") for e in killed)


def test_bare_police_stay_unplaced_when_two_forces_were_named():
    text = ("Israeli police and Jordanian police met at the crossing on Monday. Later, officers arrested "
            "five people near the bridge.")
    events, _ = events_of(text, title="Police meet at border crossing")
    arrests = [e for e in events if "arrested" in e.sentence]
    assert arrests and all(country(e.source) is None for e in arrests)


def test_a_state_of_emergency_or_martial_law_binds_the_states_own_country():
    events, _ = events_of("Peruvian President Dina Boluarte declared a state of emergency along the northern "
                          "border on Monday. South Korean President Yoon Suk Yeol imposed martial law on Tuesday "
                          "night.", title="Emergency rule declared")
    kinds = _kinds(events)
    assert ("COERCE", "PER", "PER", "asserted") in kinds
    assert ("COERCE", "KOR", "KOR", "asserted") in kinds


def test_a_curfew_imposed_on_a_foreign_town_keeps_that_town_and_an_embargo_lifted_is_no_home_measure():
    events, _ = events_of("Israel imposed a curfew on Hebron on Friday. The EU lifted the embargo on Syria.",
                          title="Curfew and embargo")
    kinds = _kinds(events)
    assert ("COERCE", "ISR", "PSE", "asserted") in kinds
    assert not any(e.type in ("RETREAT", "CONCEDE") and country(e.target) == "EUR" for e in events)


def test_an_arrest_told_without_its_doer_is_the_states_where_it_happens():
    events, _ = events_of("South Sudan's first vice-president Riek Machar was placed under house arrest in Juba "
                          "late on Wednesday. Two Britons were detained on Monday.", title="Machar under house arrest")
    kinds = _kinds(events)
    assert ("COERCE", "SSD", "SSD", "asserted") in kinds
    britons = [e for e in events if "Britons" in e.sentence and e.type == "COERCE"]
    assert britons and all(e.source is None for e in britons)  # no place named: the doer stays unknown


def test_refusing_to_rule_out_force_is_a_threat_with_the_force_hypothetical():
    events, _ = events_of("President Donald Trump on Monday again refused to rule out using military force or "
                          "economic pressure to take control of Greenland.", title="Trump and Greenland")
    kinds = _kinds(events)
    assert ("THREATEN", "USA", "GRL", "asserted") in kinds
    assert ("ASSAULT", "USA", "GRL", "hypothetical") in kinds
    assert ("SANCTION", "USA", "GRL", "hypothetical") in kinds
    assert not any(e.type == "REJECT" for e in events)  # the refusal to rule out is no rejection


def test_not_ruling_out_military_action_is_a_threat_but_not_ruling_out_talks_is_none():
    events, _ = events_of("The Kremlin did not rule out military action against Ukraine.", title="Kremlin speaks")
    assert ("THREATEN", "RUS", "UKR", "asserted") in _kinds(events)
    talks, _ = events_of("The minister did not rule out talks with Iran.", title="Minister on Iran talks")
    assert not any(e.type == "THREATEN" for e in talks)


def test_a_threat_to_act_is_aimed_at_whom_the_act_would_hit():
    events, _ = events_of("Russia threatened to cut gas supplies to Moldova on Tuesday.", title="Gas row deepens")
    assert ("THREATEN", "RUS", "MDA", "asserted") in _kinds(events)


def test_an_agreement_welcomed_is_welcomed_toward_both_parties():
    text = ("Armenia and Azerbaijan have agreed the full text of a peace treaty, officials said on Thursday. "
            "The EU foreign policy chief welcomed the agreement as historic.")
    events, _ = events_of(text, title="Armenia and Azerbaijan agree treaty text")
    welcomes = {(country(e.source), country(e.target)) for e in events if e.type == "SUPPORT"}
    assert {("EUR", "ARM"), ("EUR", "AZE")} <= welcomes
    assert len({e.id for e in events}) == len(events)


def test_a_state_visit_called_off_is_no_home_measure():
    events, _ = events_of("In 2019, Trump called off a state visit to Denmark.", title="Trump cancels Denmark trip")
    assert not any("+home" in e.rule for e in events)


def test_civilians_killed_in_civil_strife_are_of_the_fighters_country():
    text = ("The army and the Rapid Support Forces traded accusations on Monday. RSF fighters shelled homes near the "
            "army's base on Tuesday, killing at least seven civilians, medics said.")
    events, _ = events_of(text, title="Shelling in Sudan")
    killed = [e for e in events if "seven civilians" in e.sentence and e.type == "ASSAULT"]
    assert killed and all(country(e.target) == "SDN" for e in killed)


def test_impeaching_a_leader_is_an_accusation():
    events, _ = events_of("South Korean lawmakers voted on Saturday to impeach President Yoon Suk Yeol.",
                          title="Seoul parliament votes")
    assert any(e.type == "ACCUSE" and country(e.target) == "KOR" and "impeach" in e.trigger.text for e in events)


def test_committing_crimes_is_no_agreement_and_war_crimes_are_no_war():
    events, _ = events_of("The UN said Ruritanian forces committed war crimes in the town. Borduria committed "
                          "troops to the mission.", title="UN report on the town")
    assert not any(e.type in ("AGREE", "ASSAULT") and "war crimes" in e.sentence for e in events)
    assert any(e.type == "AGREE" and "troops to the mission" in e.sentence for e in events)


def test_an_arrest_chanted_for_is_hypothetical_and_the_person_is_arrested_not_arresting():
    events, _ = events_of("Thousands of people gathered outside the gates, chanting for Yoon Suk Yeol's arrest.",
                          title="Crowds in Seoul")
    arrests = [e for e in events if e.trigger.text == "arrest"]
    assert arrests and all(e.modality == "hypothetical" and e.target is not None and "Yoon" in e.target.text
                           for e in arrests)


def test_two_acts_aimed_at_a_country_do_not_make_its_rival():
    text = ("The opposition said it would file charges against the president. It warned that it would act. In May "
            "1980, troops enforcing martial law crushed an uprising in the south, killing at least 165 civilians.")
    events, _ = events_of(text, title="Political crisis in Seoul")
    killed = [e for e in events if "165 civilians" in e.sentence and e.type == "ASSAULT"]
    assert all(country(e.target) in (None, country(e.source)) for e in killed)


def test_seizing_a_named_place_or_taking_it_by_force_is_an_assault_but_seizing_goods_is_not():
    events, _ = events_of("Rebel fighters seized the town of Goma in late January. Police seized weapons and cash in "
                          "Kinshasa. Analysts fear Ruritania could try to take the port of Assab by force.",
                          title="Fighting in the east")
    by_sentence = {e.sentence.split()[0]: e.type for e in events if e.trigger.text.lower() in ("seized", "take")}
    assert by_sentence.get("Rebel") == "ASSAULT"
    assert by_sentence.get("Police") == "COERCE"
    assert by_sentence.get("Analysts") == "ASSAULT"


def test_what_a_side_is_urged_to_do_in_a_second_verb_is_no_act_of_its_own():
    events, _ = events_of("China urged India and Pakistan to exercise restraint and settle their differences through "
                          "dialogue.", title="China urges restraint")
    assert not any(e.type == "AGREE" for e in events)


def test_retaliation_by_a_means_is_that_means_with_the_retaliations_modality():
    events, _ = events_of("Algeria closed its airspace to flights from Mali, and Bamako retaliated by barring "
                          "Algerian aircraft. Officials fear the rebels could retaliate by bombing the oil pipeline.",
                          title="Airspace row")
    assert not any(e.type == "THREATEN" and "retaliat" in e.trigger.text for e in events)
    assert any(e.type == "COERCE" and country(e.source) == "MLI" and e.modality == "asserted" for e in events)
    assert any(e.trigger.text == "bombing" and e.modality == "hypothetical" for e in events)


def test_a_vow_to_retaliate_is_a_threat():
    events, _ = events_of("Iran vowed on Sunday to retaliate against Israel.", title="Tehran speaks")
    assert ("THREATEN", "IRN", "ISR", "asserted") in _kinds(events)


def test_defending_an_operation_already_done_is_no_threat():
    events, _ = events_of("Quito defended the raid on the embassy as lawful.", title="Ecuador speaks")
    assert not any(e.type == "THREATEN" for e in events)


def test_prisoners_released_with_no_one_named_go_to_the_rival():
    text = ("Russian forces shelled Kharkiv on Friday. Ukraine struck Russian positions. Russia and Ukraine each freed "
            "115 prisoners of war on Saturday.")
    events, _ = events_of(text, title="Prisoner exchange")
    freed = {(country(e.source), country(e.target)) for e in events if e.type == "RETREAT"}
    assert {("RUS", "UKR"), ("UKR", "RUS")} <= freed
