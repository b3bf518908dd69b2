"""Seventeenth-session rules from errors on our newest marked sentences (benchmarks/pairs dev_bb, dev_bc and dev_bd,
written to a sixth brief on the small types: COOPERATE, MOBILIZE, PROTEST, AID, SANCTION) and on PLV train: the
target's own act (its subject, possessor or "by" agent) is no act of the source's on it; two doers of a joint act
kept together ("co-produced by India and Russia", "Russia and Turkey's ministers met"); a source saying the target
is to blame for a harm is an accusation; goods shipped "in exchange for" others are trade; a refusal or a halt made
"in a boycott" is a protest; "X is to meet Y" is a future meeting; a law "allowing" forces to act is coded by the
act; an ultimatum "... or face consequences" read off the words; suspects transferred to a court; intelligence
fed to a partner; fighters ferried, police bused in; peacekeepers only when the moved forces are. Then (dev_bf,
dev_bg, dev_bh) acts done alongside, side by side or in formation with the target, and exercises two sides open,
are cooperation; training given at the partner's request is cooperation; a request or plan approved is coded by
what it asks for; an ambassador ordered out; aid offered is a promise; a judge ordering a payment; fines are
sanctions; crowds thronging; refusals made in a sit-in or a strike; suspects flown to a tribunal; control handed
over; petitions signed; accords torn up; detention without charge; texts initialled. Then (dev_bj, dev_bk) consumers
shunning goods, a stock of weapons shipped, envoys called home, forgiveness begged, suspects delivered to a tribunal, strike groups rushed, "or be treated as"
ultimatums, raids "together with" a partner."""
import pytest

from .helpers import code, sentence


@pytest.mark.parametrize("text,source,target,expected", [
    # the target's own act
    ("The call-up of 50,000 reservists by Armenia in the days after the September attack by Azerbaijan was the "
     "largest in its history, officials say.", "Armenia", "Azerbaijan", "MOBILIZE"),
    # blame
    ("A spokesman for the Nigerien army said the jihadist faction was responsible for the ambush near Tillaberi.",
     "the Nigerien army", "the jihadist faction", "ACCUSE"),
    ("Directly after the bombings on Tuesday, the government said Taliban militants were responsible.",
     "the government", "Taliban militants", "ACCUSE"),
    # trade
    ("Kyrgyzstan began shipping wheat to Tajikistan in exchange for electricity under the new barter scheme.",
     "Kyrgyzstan", "Tajikistan", "COOPERATE"),
    # boycotts
    ("Across the region, shoppers shunned French cheese in a boycott over the minister's remarks.",
     "shoppers", "French", "PROTEST"),
    ("In a protest action called by their union, port workers refused to unload the freighter from Eritrea.",
     "port workers", "Eritrea", "PROTEST"),
    # scheduled meetings
    ("Chancellor Olaf Scholz is to meet Polish leaders in Warsaw next week to discuss the border dispute.",
     "Chancellor Olaf Scholz", "Polish", "AGREE"),
    # laws that allow force
    ("The parliament approved a bill allowing the navy to send frigates against smugglers in the gulf.",
     "The parliament", "smugglers", "MOBILIZE"),
    # ultimatums in headline form
    ("Baku tells Yerevan: sign the border deal or face consequences", "Baku", "Yerevan", "THREATEN"),
    # lexicon and classes
    ("Prishtina police transferred a former guerrilla commander to the Specialist Chambers in The Hague, where he "
     "faces war crimes charges.", "Prishtina police", "the Specialist Chambers", "COOPERATE"),
    ("The agency fed real-time intelligence to Colombian marines who captured the cartel's boss.",
     "The agency", "Colombian marines", "COOPERATE"),
    ("Rebel commanders ferried hundreds of fighters into the valley, within range of government positions.",
     "Rebel commanders", "government positions", "MOBILIZE"),
    ("The interior ministry bused thousands of riot police into the capital.", "The interior ministry", "the capital",
     "MOBILIZE"),
    ("Egypt sent 30 lorries of flour, medicine and tents to displaced Sudanese, describing the convoy as part of the "
     "two countries' cooperation.", "Egypt", "displaced Sudanese", "AID"),
    ("The coast guard transferred a decommissioned cutter to the Sri Lankan navy last spring.",
     "The coast guard", "the Sri Lankan navy", "AID"),
    ("Belgrade scrapped visa requirements for Albanian citizens in 2024.", "Belgrade", "Albanian", "CONCEDE"),
    ("Colombia handed the disputed peninsula to Venezuela in 1941.", "Colombia", "Venezuela", "RETREAT"),
    ("Riot police charge at quota protesters with batons outside the parliament on March 3.",
     "Riot police", "quota protesters", "ASSAULT"),
    ("Pyongyang severs hotlines with Seoul over leaflet launches", "Pyongyang", "Seoul", "SANCTION"),
    # peacekeepers only in the moved forces' own clause
    ("Serbian army units were put on alert near the boundary with Kosovo, the president said on Monday, after "
     "protesters clashed with NATO peacekeepers in Zvecan.", "Serbian", "Kosovo", "MOBILIZE"),
])
def test_sixth_brief_rules(text, source, target, expected):
    assert code(text, source, target) == expected


def test_joint_doers_keep_their_act():
    """Two doers of a joint act described on a noun keep it, rather than the predicate the noun is the subject of
    (the rules alone: the type model may or may not rescue it)."""
    text = "The missile, co-produced by Brazil and Sweden at a shared plant, was test-fired from a frigate on Tuesday."
    assert code(text, "Brazil", "Sweden", learned=False) == "COOPERATE"


@pytest.mark.parametrize("text,source,target,expected", [
    # the target's own act stays when it is done to the target; a signed pact stays SUPPORT
    ("Hamas was attacked by Israeli jets overnight.", "Israeli jets", "Hamas", "ASSAULT"),
    # a promise said by one side of a joint pair is still the pair's act, and a signed treaty stays SUPPORT
    ("Kenya and Uganda signed a defence pact committing each to come to the other's aid if attacked.",
     "Kenya", "Uganda", "SUPPORT"),
    ("Chile and Peru's foreign ministers met briefly today following a spate of tensions over clashes in Bolivia's "
     "Oruro, where the Bolivian army -- backed by Chilean airpower -- has launched an offensive to retake the region.",
     "Chile", "Peru's foreign ministers", "CONSULT"),
    # "in protest" alone does not make a cancelled meeting or an expulsion a protest
    ("Beijing called off a round of defence talks with Washington in protest at the arms sale.",
     "Beijing", "Washington", "REJECT"),
    ("Vilnius expelled three Russian diplomats in protest at the cyberattack.",
     "Vilnius", "three Russian diplomats", "SANCTION"),
    # goods given without anything in return stay aid
    ("Kazakhstan shipped wheat to Afghanistan after the floods.", "Kazakhstan", "Afghanistan", "AID"),
    # a war the target would face is a threat, not the target's act
    ("The minister said Afghanistan would face open war if the talks failed.",
     "The minister", "Afghanistan", "THREATEN"),
    # peacekeepers moved are still aid
    ("Fiji sent 300 peacekeepers to the Golan Heights.", "Fiji", "the Golan Heights", "AID"),
])
def test_sixth_brief_rules_kept_apart(text, source, target, expected):
    assert code(text, source, target) == expected


def test_a_duty_is_no_blame():
    """Being responsible for a task is no accusation (the rules alone; the type model may still guess)."""
    text = "The ministry said the contractor was responsible for cleaning the site."
    assert code(text, "The ministry", "the contractor", learned=False) is None
    text = "The ministry said the contractor was responsible for the deaths of three workers."
    assert code(text, "The ministry", "the contractor", learned=False) == "ACCUSE"


@pytest.mark.parametrize("text,source,target,expected", [
    ("Between 2005 and 2012, Uruguayan peacekeepers carried out dozens of raids alongside the Congolese army in Ituri.",
     "Uruguayan peacekeepers", "the Congolese army", "COOPERATE"),
    ("Greek and Cypriot warships sailed in formation through the strait on Tuesday.", "Greek", "Cypriot",
     "COOPERATE"),
    ("Mexican and Guatemalan customs agents inspect a lorry side by side at the Tecun Uman crossing.",
     "Mexican", "Guatemalan", "COOPERATE"),
    ("The Polish and Lithuanian navies opened the annual Amber exercise off Klaipeda on Monday.",
     "Polish", "Lithuanian", "COOPERATE"),
    ("At Accra's request, British instructors are training Ghanaian marines in boarding operations.",
     "British", "Ghanaian marines", "COOPERATE"),
    ("The Senate approved the president's request to station 3,000 more troops along the border with Nicaragua.",
     "The Senate", "Nicaragua", "MOBILIZE"),
    ("Kenya has offered Haiti $50 million for the new police mission.", "Kenya", "Haiti", "AGREE"),
    ("Judge Maria Lopes ordered the platform to pay a daily penalty of 20,000 reais.", "Judge Maria Lopes",
     "the platform", "SANCTION"),
    ("UEFA fined Lazio 50,000 euros over fans' chants.", "UEFA", "Lazio", "SANCTION"),
    ("Zagreb flew the former general to the UN tribunal in The Hague in 2001.", "Zagreb", "the UN tribunal",
     "COOPERATE"),
    ("Kyrgyzstan handed control of two border villages to Tajikistan in 2025.", "Kyrgyzstan", "Tajikistan",
     "RETREAT"),
    ("Residents of Almaty signed a petition asking the city council to halt the felling of trees.",
     "Residents of Almaty", "the city council", "REQUEST"),
    ("The junta tore up a military accord with France on Saturday.", "The junta", "France", "SANCTION"),
    ("Eritrean authorities have held Swedish-Eritrean reporter Amanuel Asrat without charge since 2001.",
     "Eritrean authorities", "Swedish-Eritrean reporter Amanuel Asrat", "COERCE"),
    ("Serbia and Kosovo initialled the text of a normalisation agreement in Brussels.", "Serbia", "Kosovo",
     "SUPPORT"),
    ("The embassy handed over 12 fire engines to the Moldovan emergency service.", "The embassy",
     "the Moldovan emergency service", "AID"),
    ("The navy blew up a speedboat it said belonged to smugglers, killing four.", "The navy", "a speedboat",
     "ASSAULT"),
    ("Miners refused to leave the pit on Monday, in an underground sit-in against the company.", "Miners",
     "the company", "PROTEST"),
    ("Belgrade pulled out of the dialogue with Pristina after the arrests.", "Belgrade", "Pristina", "SANCTION"),
    ("Caracas dispatched two gunboats to the disputed waters off Guyana.", "Caracas", "Guyana", "MOBILIZE"),
])
def test_sixth_brief_rules_round_two(text, source, target, expected):
    assert code(text, source, target) == expected


@pytest.mark.parametrize("text,source,target,expected", [
    ("Dutch F-35s flew alongside Belgian F-16s over the Baltic on Monday to intercept a Russian patrol plane.",
     "Dutch", "Belgian F-16s", "COOPERATE"),
    ("Austrian police officers patrol alongside Slovenian colleagues near the Spielfeld crossing.",
     "Austrian", "Slovenian", "COOPERATE"),
    ("Opposition supporters thronged the square in front of the parliament in Tbilisi on Sunday.",
     "Opposition supporters", "the parliament", "PROTEST"),
    ("Ankara transferred 30 armoured vehicles to the Libyan army.", "Ankara", "the Libyan army", "AID"),
    ("Miners refused to leave the pit on Monday, in an underground sit-in against the company.", "Miners",
     "the company", "PROTEST"),
])
def test_sixth_brief_round_two_by_rule(text, source, target, expected):
    """Cases the type model alone often guesses: the rules must reach them by themselves."""
    assert code(text, source, target, learned=False) == expected


@pytest.mark.parametrize("text,source,target,wrong", [
    # approving a plan someone owns backs them; what it asks for is theirs
    ("The council approved the mayor's plan to deploy police at the stadium.", "The council", "the mayor",
     "MOBILIZE"),
    # something given "alongside" other aid is no partner
    ("The US is willing to provide ammunition alongside humanitarian assistance to Turkey.", "The US", "Turkey",
     "COOPERATE"),
])
def test_sixth_brief_round_two_kept_apart(text, source, target, wrong):
    assert code(text, source, target, learned=False) != wrong


def test_training_without_a_request_stays_aid():
    assert code("The United States trains Iraqi pilots to fly F-16s.", "The United States", "Iraqi pilots") == "AID"


@pytest.mark.parametrize("text,source,target,joint", [
    ("Canadian jets flew alongside U.S. F-22s to intercept two bombers.", "Canadian", "U.S. F-22s", True),
    ("The minister stood alongside his French counterpart as the anthem played.", "The minister",
     "his French counterpart", False),  # a photo call
    ("The senator said alongside the governor that the bridge would reopen.", "The senator", "the governor", False),
])
def test_alongside_is_a_joint_act_not_a_photo_call(text, source, target, joint):
    from brinkwatch.events.pair import _span
    from brinkwatch.events.pair_checks import alongside

    doc = sentence(text)
    s, t = text.index(source), text.index(target)
    assert alongside(_span(doc, (s, s + len(source))), _span(doc, (t, t + len(target)))) is joint


@pytest.mark.parametrize("text,source,target,expected", [
    ("Finnish shoppers are shunning Russian vodka after the border closures.", "Finnish shoppers", "Russian",
     "PROTEST"),
    ("In a show of solidarity, Latvia shipped its entire stock of howitzers to Ukraine.", "Latvia", "Ukraine", "AID"),
    ("PARIS - France called home its envoy to Rome on Thursday after Italian ministers met protest leaders.",
     "France", "Rome", "SANCTION"),
    ("The archbishop begged forgiveness from the victims' families on Sunday.", "The archbishop",
     "the victims' families", "CONCEDE"),
    ("Gendarmes delivered the detained suspect to the military tribunal in Yaounde on Monday.", "Gendarmes",
     "the military tribunal", "COOPERATE"),
    ("The militia told Turkish forces to leave the province or be treated as occupiers.", "The militia",
     "Turkish forces", "THREATEN"),
    ("Together with Kurdish Peshmerga fighters, U.S. troops raided a hideout near Mosul overnight.", "U.S. troops",
     "Kurdish Peshmerga", "COOPERATE"),
])
def test_sixth_brief_rules_round_three(text, source, target, expected):
    assert code(text, source, target) == expected


@pytest.mark.parametrize("text,source,target,expected", [
    ("Greek minehunters swept the Aegean in tandem with Turkish and Bulgarian ships on Tuesday.", "Greek",
     "Turkish", "COOPERATE"),
    ("Paris rushed its carrier strike group to the eastern Mediterranean on Sunday.", "Paris",
     "the eastern Mediterranean", "MOBILIZE"),
])
def test_sixth_brief_round_three_by_rule(text, source, target, expected):
    assert code(text, source, target, learned=False) == expected
