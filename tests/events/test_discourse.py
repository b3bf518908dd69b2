"""Implicit recipients inferred from the document (events/discourse.py), on records and on whole texts."""
from __future__ import annotations

from brinkwatch.events.discourse import counterparts, infer_recipients
from brinkwatch.records import Actor, Event, Location, Span


def ev(etype, source, target=None, *, start=0, location=None, rule="lexicon:V:x:-", trigger="x"):
    def actor(c):
        if c is None or isinstance(c, Actor):
            return c
        return Actor(c.lower(), start, start + 3, c.title(), c if c.isupper() else None, None)

    return Event(id=f"e{start}", type=etype, mode=None, modality="asserted", source=actor(source), target=actor(target),
                 attributed_to=None, trigger=Span(trigger, start, start + len(trigger)), date=None, location=location,
                 contexts=(), intensity=-5.0, quad=4, confidence=0.8, sentence="s", start=start, end=start + 10, rule=rule)


def test_counterpart_is_the_most_frequent_target_and_the_earliest_on_ties():
    events = [ev("MOBILIZE", "RUS", "UKR", start=0), ev("ACCUSE", "RUS", "USA", start=20),
              ev("THREATEN", "RUS", "UKR", start=40), ev("AGREE", "RUS", "DEU", start=60)]
    assert counterparts(events)["RUS"].country == "UKR"
    words = [ev("ACCUSE", "USA", "RUS", start=0), ev("ACCUSE", "USA", "CHN", start=9), ev("THREATEN", "USA", "CHN", start=19),
             ev("ACCUSE", "USA", "RUS", start=29)]
    assert counterparts(words)["USA"].country == "RUS"  # two each: the earliest
    assert "USA" not in counterparts(words[:2])  # one accusation each is too little to aim an attack


def test_fighting_makes_each_side_the_others_counterpart():
    assert counterparts([ev("ASSAULT", "RUS", "UKR", start=0)])["UKR"].country == "RUS"


def test_objectless_attack_takes_the_counterpart_with_its_mention_and_a_lower_confidence():
    events = infer_recipients([ev("MOBILIZE", "RUS", "UKR", start=0), ev("ASSAULT", "RUS", None, start=50)])
    attack = events[1]
    assert attack.target.country == "UKR" and attack.target.start == 0
    assert attack.rule.endswith("+discourse:counterpart") and attack.confidence == 0.7


def test_unnamed_recipient_keeps_its_words_and_gets_the_country():
    neighbour = Actor("its neighbour", 70, 83, None, None, None)
    events = infer_recipients([ev("MOBILIZE", "RUS", "UKR", start=0), ev("ASSAULT", "RUS", neighbour, start=60)])
    assert (events[1].target.text, events[1].target.start, events[1].target.country) == ("its neighbour", 70, "UKR")


def test_the_place_of_an_attack_wins_over_the_counterpart():
    place = Location("Aleppo", 90, 96, "SYR", 36.2, 37.1)
    events = infer_recipients([ev("MOBILIZE", "RUS", "UKR", start=0), ev("ASSAULT", "RUS", None, start=80, location=place)])
    assert events[1].target.country == "SYR" and events[1].rule.endswith("+discourse:place")


def test_nothing_is_guessed_without_a_counterpart_or_for_anyone():
    lone = infer_recipients([ev("ASSAULT", "RUS", None)])
    assert lone[0].target is None and "discourse" not in lone[0].rule
    anyone = Actor("anyone", 70, 76, None, None, None)
    events = infer_recipients([ev("MOBILIZE", "UKR", "RUS", start=0), ev("ASSAULT", "UKR", anyone, start=60)])
    assert events[1].target.country is None
    said = ev("ASSAULT", "UKR", None, start=60, trigger="attack")
    said = Event(**{**{f: getattr(said, f) for f in said.__dataclass_fields__}, "sentence": "attack anyone, he said",
                    "start": 60})
    assert infer_recipients([ev("MOBILIZE", "UKR", "RUS", start=0), said])[1].target is None
    cooperative = infer_recipients([ev("MOBILIZE", "RUS", "UKR", start=0), ev("AGREE", "RUS", None, start=60)])
    assert cooperative[1].target is None


def test_a_rejected_accusation_is_aimed_at_the_accuser():
    accusation = Actor("the accusation", 120, 134, None, None, None)
    events = infer_recipients([ev("ACCUSE", "UKR", "RUS", start=0), ev("ACCUSE", "USA", "CHN", start=40),
                               ev("REJECT", "RUS", accusation, start=100)])
    assert events[2].target.country == "UKR" and events[2].rule.endswith("+discourse:accuser")


def test_whole_text_attack_on_its_neighbour(pipeline):
    from brinkwatch import PageInput

    text = ("Troops gather on border\n\nMoscow has massed more than 100,000 troops on the border with Ukraine, "
            "Western officials said. They warned that Russia could invade at any moment.")
    report = pipeline.analyze(PageInput(text=text, id="t", published="2022-02-10"))
    invade = next(e for e in report.events if e.trigger.text == "invade")
    assert invade.modality == "hypothetical" and invade.source.country == "RUS"
    assert invade.target is not None and invade.target.country == "UKR"
    assert report.document.text[invade.target.start:invade.target.end] == invade.target.text


def test_an_act_placed_at_home_gets_no_inferred_rival():
    home = Location("Donetsk", 90, 97, "UKR", 48.0, 37.8)
    events = infer_recipients([ev("ASSAULT", "UKR", "RUS", start=0), ev("ASSAULT", "UKR", None, start=60, location=home)])
    assert events[1].target is None and "discourse" not in events[1].rule


def test_dismissed_demands_are_aimed_at_whoever_made_them():
    demand = ev("REQUEST", "RUS", None, start=0, trigger="demanded")
    dismissal = Event(id="e9", type="REJECT", mode=None, modality="asserted", source=Actor("Washington", 50, 60, None, "USA", "GOV"),
                      target=None, attributed_to=None, trigger=Span("dismissed", 61, 70), date=None, location=None,
                      contexts=(), intensity=-4.0, quad=2, confidence=0.8,
                      sentence="Washington dismissed the demands on Friday.", start=50, end=93, rule="lexicon:V:dismiss:-")
    out = infer_recipients([demand, dismissal])
    assert out[1].target.country == "RUS" and out[1].rule.endswith("+discourse:demander")


def test_an_act_named_by_a_noun_is_aimed_at_whoever_did_it():
    from .helpers import events_of

    events, _ = events_of("North Korea test-fired a ballistic missile on Thursday. "
                          "Japan's prime minister condemned the launch as unacceptable.")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse and accuse[0].target is not None and accuse[0].target.country == "PRK"
    assert "discourse:act-owner" in accuse[0].rule


def test_a_denial_is_aimed_at_whoever_reported_the_act():
    from .helpers import events_of

    events, _ = events_of("UNIFIL said an Israeli tank had fired at one of its watchtowers near Naqoura. "
                          "The Israeli military denied firing at the peacekeepers.")
    reject = [e for e in events if e.type == "REJECT"]
    assert reject and reject[0].target is not None and reject[0].target.country == "UNO"


def test_both_countries_are_the_two_sides_of_the_documents_conflict():
    from .helpers import events_of

    events, _ = events_of("Armenian forces fired on Azerbaijani positions on Monday. Azerbaijani troops shelled "
                          "Armenian villages. EU foreign policy chief Josep Borrell called on both countries to show "
                          "restraint.")
    asks = {(e.source.country, e.target.country) for e in events if e.type == "REQUEST"}
    assert asks == {("EUR", "ARM"), ("EUR", "AZE")}
    assert len({e.id for e in events}) == len(events)


def test_the_launch_is_the_missile_someone_test_fired():
    from .helpers import events_of

    events, _ = events_of("North Korea test-fired a ballistic missile on Thursday. The United States flew bombers "
                          "over the peninsula. Seoul's foreign minister called the launch a reckless provocation.")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse and accuse[0].target.country == "PRK"


def test_one_expelled_diplomat_does_not_aim_the_shelling():
    from .helpers import events_of

    events, _ = events_of("Artillery fire from Russian-led forces hit a nursery school on Thursday. Russia also "
                          "expelled Bart Gorman, the deputy chief of mission at the U.S. embassy in Moscow.")
    fire = [e for e in events if e.type == "ASSAULT"]
    assert fire and all(e.target is None or e.target.country != "USA" for e in fire)


def test_both_commanders_are_both_sides_even_when_the_resolver_guessed_one():
    from .helpers import events_of

    events, _ = events_of("The army shelled RSF positions in Khartoum. Sudan's army and the paramilitary Rapid "
                          "Support Forces fought in Omdurman. Saudi Arabia urged both sides to honour the truce.")
    asks = [e for e in events if e.type == "REQUEST"]
    assert asks and all(e.target.country != "SAU" for e in asks)


def test_the_two_governments_meeting_is_one_consult_between_the_parties():
    from .helpers import events_of

    events, _ = events_of("Kyrgyz and Tajik border guards exchanged fire near Batken on Tuesday. Tajikistan accused "
                          "Kyrgyzstan of starting the clash. Delegations of the two governments will meet on Saturday.")
    meet = [e for e in events if e.type == "CONSULT"]
    assert [{e.source.country, e.target.country} for e in meet] == [{"KGZ", "TJK"}]
    assert meet[0].rule.endswith("+discourse:group") and meet[0].modality == "future"


def test_a_mutual_act_of_a_group_is_coded_once_and_an_exchange_of_accusations_twice():
    from .helpers import events_of

    events, _ = events_of("Kyrgyz and Tajik border guards exchanged fire near Batken on Tuesday. Tajikistan accused "
                          "Kyrgyzstan of starting the clash. The two countries agreed in 2021 to demarcate the border. "
                          "Both sides accused each other of breaking the truce.")
    agree = [{e.source.country, e.target.country} for e in events if e.type == "AGREE"]
    assert agree == [{"KGZ", "TJK"}]  # one agreement, coded once
    accuse = {(e.source.country, e.target.country) for e in events if e.type == "ACCUSE" and "Both" in e.sentence}
    assert accuse == {("KGZ", "TJK"), ("TJK", "KGZ")}
    assert len({e.id for e in events}) == len(events)


def test_three_governments_are_the_three_states_the_document_names_most():
    from .helpers import events_of

    events, _ = events_of("Egypt accused Ethiopia of filling the dam without a deal. Sudan backed Egypt's call for a "
                          "binding agreement. Ethiopia rejected the demand from Egypt and Sudan. The African Union "
                          "urged the three governments to return to talks.")
    asks = {e.target.country for e in events if e.type == "REQUEST" and "three" in e.sentence}
    assert asks == {"EGY", "ETH", "SDN"}


def test_in_a_civil_war_both_sides_are_not_split_among_the_mediators():
    from .helpers import events_of

    events, _ = events_of("Sudan's army shelled RSF positions in Khartoum. The army and the RSF fought in Omdurman. "
                          "Saudi Arabia and the United States urged both sides to honour the truce. The United States "
                          "accused the RSF of looting.")
    asks = [e for e in events if e.type == "REQUEST"]
    assert asks and all(e.target.country not in ("USA", "SAU") for e in asks)


def test_islamic_state_fighters_abroad_are_not_iraqs():
    from .helpers import events_of

    events, _ = events_of("Islamic State said its fighters had attacked Mozambican soldiers near Macomia on Monday.")
    attack = [e for e in events if e.type == "ASSAULT"]
    assert attack and all(e.source is None or e.source.country != "IRQ" for e in attack)


def test_a_march_at_home_is_aimed_at_that_countrys_authorities():
    from .helpers import events_of

    events, _ = events_of("Tens of thousands of people, led by students, marched through central Belgrade on "
                          "Saturday. Farmers protested in Brussels against the EU trade deal.")
    marches = {(e.source.country, e.target.country if e.target else None) for e in events if e.type == "PROTEST"}
    assert ("SRB", "SRB") in marches and ("BEL", "EUR") in marches


def test_a_refusal_is_a_rejection_and_a_named_group_modifier_a_partner():
    from .helpers import events_of

    events, _ = events_of("Russia said it would not withdraw its troops from Belarus. Israel did not sign the "
                          "declaration. Israeli and Hamas negotiators have held indirect talks in Doha.")
    kinds = {(e.type, e.modality, e.source.country if e.source else None) for e in events}
    assert ("REJECT", "asserted", "RUS") in kinds  # "would not withdraw": a refusal
    assert ("SUPPORT", "negated", "ISR") in kinds  # "did not sign": a report that it did not happen
    talks = [e for e in events if e.type == "CONSULT"]
    assert [{e.source.country, e.target.country} for e in talks] == [{"ISR", "PSE"}]


def test_shut_crossings_and_moved_armour_are_coded_in_whole_texts():
    from .helpers import events_of

    events, _ = events_of("Helsinki shut the busiest crossings on the Russian border on Monday. Tajikistan moved "
                          "armoured vehicles towards the Kyrgyz border overnight.")
    assert {(e.type, e.source.country) for e in events} >= {("COERCE", "FIN"), ("MOBILIZE", "TJK")}


def test_a_group_after_the_mentions_words_and_a_clash_of_coordinated_troops():
    from .helpers import events_of

    events, _ = events_of("Indian and Chinese troops clashed in Ladakh on Monday. India accused China of provoking "
                          "the clash. Senior commanders from both armies will meet on Saturday.")
    got = {(e.type, e.source.country, e.target.country if e.target else None) for e in events}
    assert ("ASSAULT", "IND", "CHN") in got
    meet = [e for e in events if e.type == "CONSULT"]
    assert [{e.source.country, e.target.country} for e in meet] == [{"IND", "CHN"}]


def test_talks_hosted_between_a_group_are_the_groups_and_an_offer_to_host_the_hosts():
    from .helpers import events_of

    events, _ = events_of("Ethiopia and Somalia clashed over a port deal. Somalia accused Ethiopia of seizing its "
                          "territory. Turkey has hosted talks between the two neighbours in Ankara since July. Russia "
                          "is ready to host talks between the two countries.")
    talks = [{e.source.country, e.target.country} for e in events if e.type == "CONSULT"]
    assert talks == [{"ETH", "SOM"}]
    offers = {(e.source.country, e.target.country) for e in events if e.type == "AGREE"}
    assert offers == {("RUS", "ETH"), ("RUS", "SOM")}


def test_rejected_measures_are_aimed_at_whoever_took_them():
    from .helpers import events_of

    events, _ = events_of("The EU imposed sanctions on four Israeli settlers. The Palestinian Authority accused "
                          "Israel of collective punishment. Israeli Foreign Minister Israel Katz rejected the measures, "
                          "saying the EU had no right to do so.")
    reject = [e for e in events if e.type == "REJECT"]
    assert reject and reject[0].target.country == "EUR"


def test_a_group_of_states_is_not_one_countrys_civil_war():
    from .helpers import events_of

    events, _ = events_of("Congolese troops attacked M23 positions near Goma on Monday. The Congolese army shelled "
                          "M23 camps in Rutshuru. Rwanda and Congo signed a peace agreement in Washington. President "
                          "Biden will receive both foreign ministers at the White House.")
    meets = {(e.source.country, e.target.country if e.target else None) for e in events if e.type == "CONSULT"
             and "receive" in e.sentence}
    assert meets == {("USA", "COD"), ("USA", "RWA")}


def test_its_neighbours_are_the_two_sides_of_the_documents_conflict():
    from .helpers import events_of

    events, _ = events_of("Chilean troops shelled Peruvian posts on Monday. Peru fired back at Chilean positions. "
                          "Brazil's foreign minister said Brasilia was ready to help its neighbours bridge their "
                          "differences.")
    offers = {(e.source.country, e.target.country if e.target else None) for e in events if e.type == "AGREE"}
    assert offers == {("BRA", "CHL"), ("BRA", "PER")}
