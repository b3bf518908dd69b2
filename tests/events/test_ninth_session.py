"""Ninth-session rules, on our own sentences: commitments ("will not hesitate to"), the act a conditional
threat promises, and two doers of one country kept apart."""
import datetime as dt

from brinkwatch.events import find_events

from .helpers import analysis, country, events_of


def _on(text: str, title: str, published: dt.date):
    return find_events(analysis(text, title, published), [])[0]


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


def test_calling_an_act_by_a_charge_is_an_accusation_not_the_act():
    events = _on("Serbian President Aleksandar Vucic called the verdict against Dodik \"an attack on the "
                 "Serb people\".", "Serbia's Vucic backs Dodik after Bosnian court verdict", dt.date(2025, 3, 11))
    body = [(e.type, country(e.source)) for e in events if "called" in e.sentence]
    assert body == [("ACCUSE", "SRB")]  # no attack, no phone call


def test_a_name_given_in_a_relative_clause_charges_the_owner_inside_it():
    events = _on("Cambodian Prime Minister Hun Manet asked the United Nations Security Council to hold an "
                 "urgent meeting on what he called Thailand's \"unprovoked and premeditated military "
                 "aggression\".", "Cambodia takes border clash with Thailand to the UN", dt.date(2025, 7, 25))
    assert ("ACCUSE", "KHM", "THA", "asserted") in _kinds(events)


def test_describing_an_operation_as_unacceptable_accuses_its_owner():
    events = _on("Iran's foreign ministry described the Pakistani operation as \"unbalanced and "
                 "unacceptable\".", "Iran summons Pakistani envoy over cross-border strikes", dt.date(2024, 1, 18))
    assert ("ACCUSE", "IRN", "PAK", "asserted") in _kinds(events)


def test_a_technical_name_by_unplaced_specialists_is_no_accusation():
    events, _ = events_of("The sites were flooded with junk traffic in what specialists call a distributed "
                          "denial-of-service assault.", title="Cyberattack takes Ukrainian bank websites offline")
    assert not any(e.type == "ACCUSE" for e in events)


def test_a_nationality_on_the_arrested_beats_their_employer():
    events = _on("Niger's military authorities have arrested four Beninese employees of the company that runs the "
                 "oil pipeline linking the two countries.", "Niger arrests pipeline workers as oil row deepens",
                 dt.date(2024, 6, 10))
    assert ("COERCE", "NER", "BEN", "asserted") in _kinds(events)


def test_a_body_reporting_its_own_act_is_the_pronouns_antecedent():
    events = _on("The European Union's peacekeeping force in Bosnia said on Wednesday it was sending reserve troops "
                 "into the country.", "EU force sends reserve troops to Bosnia", dt.date(2025, 3, 12))
    assert [(e.type, country(e.source)) for e in events if "Wednesday" in e.sentence] == [("MOBILIZE", "EUR")]


def test_missiles_fired_across_a_border_or_into_a_country_are_an_attack_into_the_sea_a_show_of_force():
    across = events_of("Iran and Pakistan fired missiles and drones across their shared border this week.",
                       title="Iran and Pakistan trade strikes on militant bases")[0]
    assert {(e.type, country(e.source)) for e in across if "week" in e.sentence} == {("ASSAULT", "IRN"),
                                                                                   ("ASSAULT", "PAK")}
    into = events_of("Hezbollah fired rockets into northern Israel on Tuesday.",
                     title="Hezbollah rockets hit northern Israel")[0]
    assert ("ASSAULT", "LBN", "ISR", "asserted") in _kinds([e for e in into if "Tuesday" in e.sentence])
    sea = events_of("North Korea fired two ballistic missiles into the sea on Tuesday.",
                    title="North Korea test-fires missiles off its east coast")[0]
    assert [e.type for e in sea if "Tuesday" in e.sentence] == ["MOBILIZE"]


def test_an_option_being_weighed_is_hypothetical():
    events, _ = events_of("South Korea said it was considering sending weapons directly to Ukraine.",
                          title="Seoul weighs arms for Kyiv over North Korean troops")
    aid = [e for e in events if e.type == "AID" and "considering" in e.sentence]
    assert aid and all(e.modality == "hypothetical" for e in aid)


def test_a_request_acted_on_is_made_of_the_one_who_acts():
    events = _on("Uganda deployed special forces to Juba on Tuesday at President Salva Kiir's request.",
                 "Ugandan troops arrive in Juba as crisis deepens", dt.date(2025, 3, 12))
    assert ("REQUEST", "SSD", "UGA", "asserted") in _kinds(events)


def test_an_invitation_is_an_offer_by_the_one_who_invites():
    events = _on("The U.S. Army training team developed the seven-week course following an invitation from the "
                 "Nigerian government.", "US trainers begin course for Nigerian troops", dt.date(2019, 3, 12))
    assert ("AGREE", "NGA", "USA", "asserted") in _kinds(events)


def test_two_sides_agreeing_in_a_lead_after_a_headline_is_one_agreement_between_them():
    events, _ = events_of("Iran and Pakistan agreed on Monday to send their ambassadors back.",
                          title="Tensions ease after envoys row")
    body = [{country(e.source), country(e.target)} for e in events if e.type == "AGREE" and "Monday" in e.sentence]
    assert body == [{"IRN", "PAK"}]  # the lead is one sentence, its agreement coded once


def test_agreeing_with_someone_is_one_way():
    events, _ = events_of("Iran agreed with Pakistan on Monday to send their ambassadors back.",
                          title="Tensions ease after envoys row")
    assert [(country(e.source), country(e.target)) for e in events if e.type == "AGREE"] == [("IRN", "PAK")]


def test_a_participle_sharing_a_passive_acts_on_its_subject():
    events = _on("The opposition leader was arrested by Venezuelan police on Monday and charged with treason.",
                 "Venezuela arrests opposition leader", dt.date(2025, 1, 10))
    charged = [e for e in events if e.trigger.text == "charged"]
    assert charged and all(e.source is None and e.target.text == "The opposition leader" for e in charged)
    urged = _on("The US was concerned by the Chinese drills and urged Beijing to stop.", "US urges China to halt drills",
                dt.date(2025, 1, 10))
    assert ("REQUEST", "USA", "CHN", "asserted") in _kinds(urged)  # an active verb of the same subject


def test_an_offer_to_mediate_is_made_to_both_sides_of_the_conflict():
    events = _on("Iranian missiles struck Pakistani territory on Tuesday. Pakistani jets struck Iranian villages on "
                 "Thursday. Beijing, a close partner of both countries, offered to help calm the tensions.",
                 "Iran and Pakistan trade strikes", dt.date(2024, 1, 19))
    offers = {(country(e.source), country(e.target)) for e in events if e.type == "AGREE"}
    assert offers == {("CHN", "IRN"), ("CHN", "PAK")}


def test_an_offer_to_host_talks_names_no_side():
    events = _on("Iranian missiles struck Pakistani territory on Tuesday. Pakistani jets struck Iranian villages on "
                 "Thursday. Qatar's foreign ministry spokesman Majed al-Ansari said Doha was also willing to host talks.", "Iran and Pakistan trade strikes",
                 dt.date(2024, 1, 19))
    assert [(country(e.source), country(e.target)) for e in events if e.type == "AGREE"] == [("QAT", None)]


def test_forces_of_a_named_side_moved_in_the_passive_are_that_sides_move():
    events = _on("South Korean intelligence said North Korean units had been deployed to the Kursk region.",
                 "North Korean troops reach Russia's front line", dt.date(2024, 11, 1))
    assert [(e.type, country(e.source)) for e in events if "intelligence" in e.sentence] == [("MOBILIZE", "PRK")]
    bare = _on("It was not clear how many troops would be withdrawn from the border, the White House said.",
               "Russia says some troops return to base", dt.date(2022, 2, 15))
    assert not any(e.type == "RETREAT" for e in bare if "clear" in e.sentence)  # whose troops is not said


def test_shipping_soldiers_is_a_deployment():
    events = _on("Pyongyang had shipped about 11,000 soldiers to Russia, South Korea's spy agency said.",
                 "North Korea sends troops to Russia", dt.date(2024, 11, 1))
    assert ("MOBILIZE", "PRK", "RUS", "asserted") in _kinds(events)


def test_a_warning_to_anyone_who_attacks_is_a_threat_and_the_attack_hypothetical():
    events = _on("Chad's foreign minister warned that anyone who attacked the state's institutions again would be "
                 "crushed without mercy.", "Chad repels attack on presidential compound", dt.date(2025, 1, 10))
    kinds = _kinds([e for e in events if "mercy" in e.sentence])
    assert ("THREATEN", "TCD", None, "asserted") in kinds
    assert all(m == "hypothetical" for t, _, _, m in kinds if t == "ASSAULT")


def test_a_relation_noun_in_apposition_is_the_country_named():
    events = _on("\"We call on our friend Pakistan not to allow terrorists to use its soil,\" the Iranian foreign "
                 "ministry said on Wednesday.", "Iran urges Pakistan to act on militants", dt.date(2024, 1, 18))
    assert ("REQUEST", "IRN", "PAK", "asserted") in _kinds(events)


def test_a_charge_joined_to_a_denial_is_the_deniers_and_asserted():
    events = _on("Addis Ababa denied that Ethiopia had moved additional air defence batteries to the dam site and "
                 "accused Cairo of manufacturing a crisis.", "Tensions rise again after talks fail",
                 dt.date(2025, 6, 1))
    kinds = _kinds(events)
    assert ("ACCUSE", "ETH", "EGY", "asserted") in kinds
    assert ("MOBILIZE", "ETH", None, "negated") in kinds  # what is denied stays denied


def test_a_present_perfect_since_a_date_is_still_true_but_the_act_that_opened_it_is_background():
    events = _on("The EU has pledged 650 million euros to Ethiopia's recovery since 2023.", "EU steps up Ethiopia aid",
                 dt.date(2025, 3, 1))
    assert ("AID", "EUR", "ETH", "asserted") in _kinds(events)
    killed = _on("Gangs have tightened their grip on the country since the assassination of President Jovenel Moise "
                 "in 2021.", "Gangs tighten grip on Haiti", dt.date(2024, 10, 5))
    assert [e.modality for e in killed if e.trigger.text == "assassination"] == ["historical"]


def test_serving_forces_and_envoys_are_their_states_wherever_they_are():
    events = _on("More than 550 Palestinians have been killed by Israeli forces in the West Bank since October 7.",
                 "West Bank toll rises", dt.date(2024, 7, 10))
    assert ("ASSAULT", "ISR", "PSE", "asserted") in _kinds(events)
    state = _on("Venezuelan voters backed a plan to create a Venezuelan state in the Essequibo region of Guyana.",
                "Venezuela votes on Essequibo", dt.date(2023, 12, 5))
    assert not any(country(e.target) == "VEN" for e in state if e.type == "SUPPORT")


def test_troops_sent_to_an_ally_do_not_make_it_the_enemy():
    events = _on("North Korea has shipped 11,000 soldiers to Russia. Pyongyang sent 3,000 more soldiers to Russia "
                 "in October. Russian forces shelled Ukrainian towns on Monday. Zelensky said Moscow has massed "
                 "some 50,000 troops in the Kursk region.", "North Korean troops join Russia's war",
                 dt.date(2024, 11, 12))
    massed = [country(e.target) for e in events if e.trigger.text == "massed"]
    assert massed == ["UKR"]
