"""Fourteenth-session rules from errors on our newest marked sentences (benchmarks/pairs dev_q and dev_r, which
concentrate on the boundaries between neighbouring types): protests that carry a demand, warnings phrased as
refusals, conditional responses and named consequences, vows of retaliation, promises and offers that are
agreements, acts done jointly or side by side, forces sent where they are not a show of force, and a few idioms."""
import pytest

from .helpers import code


@pytest.mark.parametrize("text,source,target,expected", [
    # a protest that carries a demand is the protest
    ("The nurses camped out at the ministry for a week to demand back pay from the health board.", "The nurses",
     "the health board", "PROTEST"),
    ("Hundreds of mothers kept up a sit-in outside the governor's office, demanding that the police chief resign.",
     "Hundreds of mothers", "the police chief", "PROTEST"),
    ("Thousands of farmers pressed on with their sit-in outside parliament on Monday against the land law.",
     "Thousands of farmers", "parliament", "PROTEST"),
    ("Opposition supporters massed in the main square for their weekly rally against the electoral commission.",
     "Opposition supporters", "the electoral commission", "PROTEST"),
    # a warning phrased as a refusal is a threat; a refusal alone stays a refusal
    ("Cairo warned that it would not allow Khartoum to divert the river.", "Cairo", "Khartoum", "THREATEN"),
    ("The ministry cautioned the striking pilots that they would be dismissed if they stayed out.", "The ministry",
     "the striking pilots", "THREATEN"),
    # a conditional response and named consequences
    ('The defence minister said Athens "will respond with all means" if Turkish ships entered its waters.',
     "The defence minister", "Turkish ships", "THREATEN"),
    ("The former president said Poland would become a legitimate target if it hosted the missiles.",
     "The former president", "Poland", "THREATEN"),
    ("The general said the rebels would bear the consequences of any attack on the base.", "The general",
     "the rebels", "THREATEN"),
    ("The commission told Warsaw it would take it to court unless it changed the law within a month.",
     "The commission", "Warsaw", "THREATEN"),
    # vows of retaliation are threats; a vow of help stays an agreement
    ("Army vows befitting response to any misadventure by militia", "Army", "militia", "THREATEN"),
    ("The gang hung banners promising death to the police commanders.", "The gang", "the police commanders",
     "THREATEN"),
    # an ultimatum after a dateline
    ("KHARTOUM - The militia gave the garrison 48 hours to surrender or face an assault, its commander said.",
     "The militia", "the garrison", "THREATEN"),
    # promises and offers of what will be done
    ("The carmaker guaranteed the union that no plant would close before 2030.", "The carmaker", "the union",
     "AGREE"),
    ("The government undertook to compensate the displaced families for their land.", "The government",
     "the displaced families", "AGREE"),
    ("Lima said it was open to extraditing the smuggler to Bolivia.", "Lima", "Bolivia", "AGREE"),
    # acts done together
    ("Indian and Nepali investigators have launched a joint probe into the bus bombing.", "Indian", "Nepali",
     "COOPERATE"),
    ("The Danish navy trains its divers side by side with the Dutch navy.", "The Danish navy", "the Dutch navy",
     "COOPERATE"),
    ("The state oil firm and the refiner settled their first crude transaction in yuan.", "The state oil firm",
     "the refiner", "COOPERATE"),
    # forces sent to help, forces sent to deter
    ("The air force sent three firefighting aircraft to Portugal as the fires spread.", "The air force",
     "Portugal", "AID"),
    ("Britain diverted a patrol vessel to Belize in a show of strength aimed at Guatemala.", "Britain",
     "Guatemala", "MOBILIZE"),
    ("Azerbaijani troops fanned out along the frontier with Armenia on Tuesday.", "Azerbaijani troops", "Armenia",
     "MOBILIZE"),
    # idioms
    ("The mayor said no to the ministry's request for more police patrols.", "The mayor", "the ministry",
     "REJECT"),
    ("The envoy resumed haggling with the trade commissioner on Monday.", "The envoy", "the trade commissioner",
     "CONSULT"),
])
def test_neighbouring_types(text, source, target, expected):
    assert code(text, source, target) == expected


@pytest.mark.parametrize("text,source,target,expected", [
    # still what they were: a past response is the act; a burned village is an attack; a warning to an envoy
    ("The army responded with air strikes on the rebel camps.", "The army", "the rebel camps", "ASSAULT"),
    ("The militia burned the village after the raid.", "The militia", "the village", "ASSAULT"),
    ("Ankara warned the ambassador over the remarks.", "Ankara", "the ambassador", "THREATEN"),
    # and what the new rules must leave alone: a refusal, a vow of help, drills with a partner, aid given
    ("Lebanon says it will not accept any more refugees from the camps.", "Lebanon", "refugees", "REJECT"),
    ("The minister vowed to help the flooded villages rebuild.", "The minister", "the flooded villages", "AGREE"),
    ("The Greek and Cypriot navies held joint drills off Crete.", "The Greek", "Cypriot", "COOPERATE"),
    ("Kazakhstan delivered 20,000 tonnes of wheat to Afghanistan as humanitarian aid.", "Kazakhstan",
     "Afghanistan", "AID"),
    ("Opposition leaders called on the King to dissolve parliament.", "Opposition leaders", "the King", "REQUEST"),
])
def test_kept_as_before(text, source, target, expected):
    assert code(text, source, target) == expected


def test_force_that_moves_and_arrests():
    text = "Border agents fanned out across three towns, taking the migrants into custody."
    assert code(text, "Border agents", "the migrants") == "COERCE"


@pytest.mark.parametrize("text,source,target,expected", [
    # a dateline the parser takes for the subject
    ("NOVI SAD, Serbia - Serbian students have occupied the university faculties in protest at the government.",
     "Serbian students", "the government", "PROTEST"),
    # more of the same boundaries
    ("Pakistan Army vows befitting response to any Afghan misadventure along border", "Pakistan Army", "Afghan",
     "THREATEN"),
    ("The fund put a fresh credit line on the table for Ecuador on Friday.", "The fund", "Ecuador", "AGREE"),
    ("The navy deployed two ships to ferry 40 tonnes of relief materials to flood-hit Mozambique.", "The navy",
     "flood-hit Mozambique", "AID"),
])
def test_more_boundaries(text, source, target, expected):
    assert code(text, source, target) == expected


@pytest.mark.parametrize("text,source,target,expected", [
    ("Minsk set free opposition blogger Ihar Losik after four years behind bars.", "Minsk",
     "opposition blogger Ihar Losik", "RETREAT"),
    ('The president vowed to "recover" the disputed islands from Japan "by whatever means".', "The president",
     "Japan", "THREATEN"),
    ("Colombia handed 12 jailed cartel figures over to the United States on Friday.", "Colombia",
     "the United States", "COOPERATE"),
    ("Taxi drivers brought the city centre to a standstill with a go-slow against the ride-hailing firm.",
     "Taxi drivers", "the ride-hailing firm", "PROTEST"),
    ("Oslo has put its diplomats at the disposal of the government and the rebels for a new round of talks.",
     "Oslo", "the government", "AGREE"),
])
def test_idioms_of_the_second_round(text, source, target, expected):
    assert code(text, source, target) == expected


@pytest.mark.parametrize("text,source,target,expected", [
    ("The Eastern Theater Command launched large-scale joint drills around Taiwan on Monday.",
     "The Eastern Theater Command", "Taiwan", "MOBILIZE"),
    ("Kazakhstan delivered the first consignment of wheat to Iran under a new commercial supply contract.",
     "Kazakhstan", "Iran", "COOPERATE"),
    ("The port authority assured the dockworkers that no jobs would be lost under the automation plan.",
     "The port authority", "the dockworkers", "AGREE"),
])
def test_drills_trade_assurances(text, source, target, expected):
    assert code(text, source, target) == expected


@pytest.mark.parametrize("text,source,target,expected", [
    # a harm promised on a condition the target sets
    ("The airline's chief said it would axe half its routes unless the airport operator cut its fees.",
     "The airline's chief", "the airport operator", "THREATEN"),
    ("The union leader said he would bring the ports to a standstill if the government failed to raise wages.",
     "The union leader", "the government", "THREATEN"),
])
def test_conditions_set_on_the_target(text, source, target, expected):
    assert code(text, source, target) == expected


def test_conditional_offer_to_stop():
    assert code("The government said it would lift the curfew if the protesters left the square.", "The government",
                "the protesters") == "AGREE"
    assert code("The general said his troops would withdraw from the town unless the rebels disarmed.",
                "The general", "the rebels") == "THREATEN"


@pytest.mark.parametrize("text,source,target,expected", [
    ("Opposition leaders called on the King at the palace on Monday evening.", "Opposition leaders", "the King",
     "CONSULT"),
    ("Beijing will not tolerate Manila's provocations at the shoal, a spokesperson said.", "Beijing", "Manila",
     "THREATEN"),
    ("The coast guard said it would not allow Chinese vessels to enter the restricted waters.", "The coast guard",
     "Chinese vessels", "THREATEN"),
    ("La Paz would turn off the gas to Argentina if Buenos Aires failed to pay its arrears, the president said.",
     "the president", "Argentina", "THREATEN"),
    ("Kenyan and Somali forces raided the hideouts side by side near the border.", "Kenyan", "Somali",
     "COOPERATE"),
    ("Malaysia and Indonesia resumed trilateral sea patrols on Monday.", "Malaysia", "Indonesia",
     "COOPERATE"),
    ("The last Ethiopian soldiers crossed back over the border from Somalia on Thursday.",
     "The last Ethiopian soldiers", "Somalia", "RETREAT"),
    ("Cairo says all options are open against Addis Ababa over the dam.", "Cairo", "Addis Ababa", "THREATEN"),
    ("The ruling party said it would go along with the opposition's proposal for a hearing.", "The ruling party",
     "the opposition", "AGREE"),
    ("Moscow has come out in defence of the junta, calling Western criticism interference.", "Moscow",
     "the junta", "SUPPORT"),
    ("Bangkok repatriated a wanted gambling kingpin to China under the extradition treaty.", "Bangkok", "China",
     "COOPERATE"),
    ("India handed over a refurbished submarine to the Myanmar navy.", "India", "the Myanmar navy", "AID"),
    ("The ministry gave back three expropriated farms to their former owners.", "The ministry",
     "their former owners", "RETREAT"),
    ("The foreign ministry brushed off Manila's claim that its ships had rammed a boat.", "The foreign ministry",
     "Manila", "REJECT"),
    ("The telecom operator dragged the regulator to the Supreme Court over the dues.", "The telecom operator",
     "the regulator", "ACCUSE"),
    ("The president called up two million militia members in response to threats from Washington.",
     "The president", "Washington", "MOBILIZE"),
])
def test_third_round(text, source, target, expected):
    assert code(text, source, target) == expected


@pytest.mark.parametrize("text,source,target,expected", [
    ("The police chief warned that officers will no longer tolerate rallies by the student group.",
     "The police chief", "the student group", "THREATEN"),
    ("The former envoy said he would be willing to bring his expertise to the new administration if asked.",
     "The former envoy", "the new administration", "AGREE"),
    ("The newspaper called on the governor to at least do something about the floods.", "The newspaper",
     "the governor", "REQUEST"),
])
def test_third_round_kept_apart(text, source, target, expected):
    assert code(text, source, target) == expected


def test_pledged_money_is_a_promise():
    assert code("Tokyo pledged $2 billion in fresh financing for Dhaka's metro.", "Tokyo", "Dhaka") == "AGREE"
    assert code("Italy has offered the United States an armoured regiment and four warships.", "Italy",
                "the United States") == "AID"  # an offer of forces is aid (PLV's reading)


def test_partners_named_by_their_adjectives():
    text = ("CHONBURI - Thai and American troops kicked off the annual Cobra Gold exercise on Tuesday, with more than "
            "9,000 personnel from 30 countries taking part in amphibious landings and live-fire drills that organisers "
            "insisted were not aimed at any third country.")  # (from our dev_t file)
    assert code(text, "Thai", "American") == "COOPERATE"
