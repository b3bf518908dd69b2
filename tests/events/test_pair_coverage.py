"""Coverage constructions of the pair coder: doers in a class, prepositional objects in a class, particles,
light verbs and joint actions (sentences written for these tests)."""
import pytest

from brinkwatch.events.lexicon import load, parse_tsv

from .helpers import code


_code = code


CONSTRUCTIONS = [
    # the doer decides: a labour strike, not an air strike
    ("Nurses in Lisbon went on strike against the health ministry over overtime pay.", "Nurses", "the health ministry", "PROTEST"),
    ("Unidentified hackers breached the servers of the national bank last week.", "Unidentified hackers", "the national bank", "COERCE"),
    # particles and light verbs
    ("Riot police rounded up dozens of students outside the university.", "Riot police", "dozens of students", "COERCE"),
    ("The city council voted down the governor's budget plan.", "The city council", "the governor", "REJECT"),
    ("The party leadership threw its weight behind the finance minister.", "The party leadership", "the finance minister", "SUPPORT"),
    ("The prime minister paid tribute to the firefighters who died in the blaze.", "The prime minister", "the firefighters", "SUPPORT"),
    ("Qatar extended a $500 million line of credit to Tunisia.", "Qatar", "Tunisia", "AID"),
    # withdrawing from an organisation or treaty reduces relations; from a town it is a retreat
    ("Nicaragua withdrew from the Organization of American States on Sunday.", "Nicaragua", "the Organization of American States", "SANCTION"),
    # weapons tests are mobilisations
    ("Pyongyang test-fired a short-range missile off the coast of Wonsan, a warning to Seoul.", "Pyongyang", "Seoul", "MOBILIZE"),
    # drills near a rival are a show of force, joint drills a cooperation
    ("Russia held naval drills near the coast of Norway.", "Russia", "Norway", "MOBILIZE"),
    ("Chile and Peru held joint naval drills in the Pacific.", "Chile", "Peru", "COOPERATE"),
    # stopping an attack is a ceasefire
    ("The army stopped shelling the rebel villages after midnight.", "The army", "the rebel villages", "YIELD"),
    # ordering an envoy out is an expulsion
    ("Ghana ordered the Togolese ambassador to leave the country within 72 hours.", "Ghana", "the Togolese ambassador", "SANCTION"),
    # expressions of remorse are concessions (PLOVER manual)
    ("The defence minister expressed deep remorse to the families of the victims.", "The defence minister", "the families", "YIELD"),
    # trade
    ("Chile exported two million tonnes of copper to China last year.", "Chile", "China", "COOPERATE"),
    # disarmament by an armed group
    ("Hundreds of rebel fighters handed over their rifles to the peacekeepers.", "Hundreds of rebel fighters", "the peacekeepers", "YIELD"),
]


def test_combined_frames_are_more_specific():
    entries = parse_tsv("hand\tV\tobj=arms&agent=irregular\tRETREAT\tdisarm\tmilitary\nhand\tV\tobj=aid\tAID\t\t\n")
    assert entries[0].specificity > entries[1].specificity


def test_entity_type_class_members():
    lex = load()
    assert lex.in_class("@ORG", "org")
    assert not lex.in_class("@PERSON", "org")


@pytest.mark.parametrize("text,source,target,expected", [
    # a promised response to an attack is a threat, not an agreement
    ("The defence minister vowed to respond at a time of his choosing to the rebel militias.", "The defence minister", "the rebel militias", "THREATEN"),
    ("The general vowed to take revenge on the insurgents for the ambush.", "The general", "the insurgents", "THREATEN"),
    ("The president vowed to support the farmers through the drought.", "The president", "the farmers", "AGREE"),
    # idioms of rejection
    ("Seoul ruled out direct negotiations with Pyongyang on Friday.", "Seoul", "Pyongyang", "REJECT"),
    ("The supreme court struck down a decree issued by the interior ministry.", "The supreme court", "the interior ministry", "REJECT"),
    # a general strike is a protest; a protest is not raised to the act that expresses it
    ("The dockers' union staged a general strike against the port authority on Monday.", "The dockers' union", "the port authority", "PROTEST"),
    ("Farmers blocked roads across the province to protest against the agriculture ministry.", "Farmers", "the agriculture ministry", "PROTEST"),
])
def test_threats_rejections_and_protests(text, source, target, expected):
    assert _code(text, source, target) == expected


VARIED_ABC = [
    # relief: clinics and shelters opened for people, refugees taken in, food trucked in, rescue packages
    ("The charity opened a field clinic for flood victims in the delta region.", "The charity", "flood victims", "AID"),
    ("Jordan took in thousands of Syrian refugees during the war.", "Jordan", "Syrian refugees", "AID"),
    ("The aid agency trucked drinking water to villagers in the drought zone.", "The aid agency", "villagers", "AID"),
    ("The European Union arranged a rescue package for the Cypriot banks.", "The European Union", "the Cypriot banks", "AID"),
    # retreats and concessions: missiles removed, posts dismantled, weapons decommissioned, internet restored
    ("Moscow removed its missiles from the island after the talks.", "Moscow", "the island", "YIELD"),
    ("The rebels decommissioned their rifles in front of the church mediators.", "The rebels", "the church mediators", "YIELD"),
    ("The government restored internet access for residents of the eastern province.", "The government", "residents", "YIELD"),
    ("The ministry exempted Nepal from its rice export ban.", "The ministry", "Nepal", "YIELD"),
    ("The militia paused its attacks on the coastal towns.", "The militia", "the coastal towns", "YIELD"),
    # legal cases and blame
    ("The federation filed a lawsuit against the league commissioner.", "The federation", "the league commissioner", "ACCUSE"),
    ("The farmers took the mining company to court over the polluted river.", "The farmers", "the mining company", "ACCUSE"),
    # coercion: blacklists, nationalisation, export curbs, censorship, expelling civilians
    ("The commerce department placed the drone maker on its entity blacklist.", "The commerce department", "the drone maker", "COERCE"),
    ("The junta nationalised the British mining company last year.", "The junta", "the British mining company", "COERCE"),
    ("The government imposed censorship on the opposition newspapers.", "The government", "the opposition newspapers", "COERCE"),
    ("The regime expelled thousands of ethnic Greeks from the city.", "The regime", "ethnic Greeks", "COERCE"),
    # violence: hostage taking, weapons used on detainees
    ("The guards used batons on the prisoners during the riot.", "The guards", "the prisoners", "ASSAULT"),
    ("The militants took dozens of villagers hostage near the border.", "The militants", "villagers", "ASSAULT"),
    # visits and labour action
    ("The foreign minister flew to Canberra on Monday.", "The foreign minister", "Canberra", "CONSULT"),
    ("Teachers struck against the education ministry over pay.", "Teachers", "the education ministry", "PROTEST"),
]


def test_a_pronoun_possessor_is_not_the_doer_the_clause_subject_is():
    assert _code("Dock workers staged their first strike against the port authority.", "Dock workers",
                 "the port authority") == "PROTEST"


VARIED_DEF = [
    # relief: food parachuted in, refugees welcomed
    ("The Red Crescent parachuted food to the besieged villagers.", "The Red Crescent", "the besieged villagers", "AID"),
    ("Poland welcomed thousands of refugees from Ukraine last spring.", "Poland", "thousands of refugees", "AID"),
    # joint work: training with, serving alongside, joint investigations
    ("Kenyan commandos trained with French instructors near Nanyuki.", "Kenyan commandos", "French instructors", "COOPERATE"),
    ("Fijian soldiers served alongside Australian troops in the Sinai.", "Fijian soldiers", "Australian troops", "COOPERATE"),
    ("The customs agency ran a joint investigation with Dutch prosecutors into the smuggling ring.",
     "The customs agency", "Dutch prosecutors", "COOPERATE"),
    # retreats and concessions: armies withdrawing, ceasefires signed, rights and permits restored
    ("The rebels gave up their weapons to the church mediators.", "The rebels", "the church mediators", "YIELD"),
    ("The guerrillas signed a ceasefire with the government in the capital.", "The guerrillas", "the government", "YIELD"),
    ("The ministry restored the work permits of the foreign correspondents.", "The ministry", "the foreign correspondents", "YIELD"),
    # rejection, protest, sanction
    ("The assembly threw out the mayor's budget on Tuesday.", "The assembly", "the mayor", "REJECT"),
    ("Angry protesters attacked the offices of the electoral commission.", "Angry protesters", "the electoral commission", "PROTEST"),
    pytest.param("Activists spray-painted slogans on the walls of the defence ministry.", "Activists",
                 "the defence ministry", "PROTEST", marks=pytest.mark.xfail(strict=True, reason=(
                     "a known miss since the eighteenth session: spaCy's small model parses 'spray-painted' as an "
                     "adjective of 'slogans', so no rule links the two; the old logistic-regression model's "
                     "fallback named PROTEST, the fine-tuned model splits SUPPORT 0.41 / PROTEST 0.41 and names none"))),
    ("The dockworkers' federation called a general strike against the port operator.", "The dockworkers' federation", "the port operator", "PROTEST"),
    ("Kazakhstan announced its withdrawal from the regional customs treaty with Russia.", "Kazakhstan", "the regional customs treaty", "SANCTION"),
    ("The city cancelled its contract with the Chinese bus maker.", "The city", "the Chinese bus maker", "SANCTION"),
    # shows of force, bans, violence
    ("The junta paraded its new tanks near the border with Thailand.", "The junta", "Thailand", "MOBILIZE"),
    ("The authorities proscribed the separatist youth league.", "The authorities", "the separatist youth league", "COERCE"),
    ("Guards clubbed the prisoners during the hunger strike.", "Guards", "the prisoners", "ASSAULT"),
    ("Soldiers waterboarded the captured smugglers.", "Soldiers", "the captured smugglers", "ASSAULT"),
]

NEWS_WIRE = [
    # relief sent: rescue and medical teams, containers of fuel, convoys carrying supplies, funds approved or granted
    ("Chile sent two rescue teams to Ecuador after the landslide.", "Chile", "Ecuador", "AID"),
    ("The regional bloc dispatched medical teams to the flooded districts of Malawi.", "The regional bloc", "Malawi", "AID"),
    ("Algeria sent four tankers of diesel to Tunisia during the shortage.", "Algeria", "Tunisia", "AID"),
    ("The charity sent a convoy of lorries carrying tents and blankets to the displaced families.", "The charity",
     "the displaced families", "AID"),
    ("The development bank approved $300 million in loans for Zambia on Monday.", "The development bank", "Zambia", "AID"),
    ("Norway granted Niger 40 million crowns in emergency support.", "Norway", "Niger", "AID"),
    # forces going back: falling back, standing down, sailing away, bases handed over or closed, towns evacuated
    ("The rebel columns fell back from the outskirts of the provincial capital overnight.", "The rebel columns",
     "the provincial capital", "YIELD"),
    ("Border units stood down from the frontier after the talks.", "Border units", "the frontier", "YIELD"),
    ("The Italian contingent handed over its base to Lebanese forces.", "The Italian contingent", "its base", "YIELD"),
    ("The army closed its last outpost in the northern valley.", "The army", "its last outpost", "YIELD"),
    ("The militia evacuated the town before government troops arrived.", "The militia", "the town", "YIELD"),
    # concessions: blame accepted, apologies offered, levies scrapped, penalties overturned, remarks retracted
    ("The mining company admitted wrongdoing toward the displaced villagers.", "The mining company",
     "the displaced villagers", "YIELD"),
    ("The bishop offered a public apology to the survivors of the orphanage.", "The bishop", "the survivors", "YIELD"),
    ("The cabinet scrapped the fuel levy after truckers blockaded the capital.", "The cabinet", "truckers", "YIELD"),
    ("The senator retracted his comments about the migrant community.", "The senator", "the migrant community", "YIELD"),
    # rejections of motions: blocked, shelved, thrown out, sent back
    ("Hungary blocked the bloc's proposal to fund the training mission.", "Hungary", "the bloc", "REJECT"),
    ("The assembly shelved the governor's request for emergency powers.", "The assembly", "the governor", "REJECT"),
    ("The upper house threw out the lower chamber's budget bill.", "The upper house", "the lower chamber", "REJECT"),
    # asking, not accusing: "called on X to stop"
    ("The UN envoy called on the junta to stop the air strikes on villages.", "The UN envoy", "the junta", "REQUEST"),
    # support, accusation, assault, cooperation
    ("The mayor sided with the striking teachers.", "The mayor", "the striking teachers", "SUPPORT"),
    ("The lower house voted in favour of the treaty with Chile.", "The lower house", "Chile", "SUPPORT"),
    ("Prosecutors arraigned the former governor on bribery charges.", "Prosecutors", "the former governor", "ACCUSE"),
    ("Gunmen hacked to death six farmers near the village.", "Gunmen", "six farmers", "ASSAULT"),
    ("Plainclothes agents bundled the blogger into a van outside his home.", "Plainclothes agents", "the blogger",
     "ASSAULT"),
    ("Kenya and Uganda pooled intelligence on the smuggling networks.", "Kenya", "Uganda", "COOPERATE"),
    ("Hackers defaced the election commission's websites.", "Hackers", "the election commission", "COERCE"),
    # what a verb calls its object: a pejorative is an accusation, praise is support, a bare call a call
    ("Caracas called the American sanctions illegal.", "Caracas", "American", "ACCUSE"),
    ("The ministry described the neighbour's drills as a provocation.", "The ministry", "the neighbour", "ACCUSE"),
    ("The premier called Oslo's decision a milestone.", "The premier", "Oslo", "SUPPORT"),
    ("The premier called Oslo on Sunday.", "The premier", "Oslo", "CONSULT"),
    # joint acts, sentences, debts, hosting, custody, descriptions that are no acts
    ("Peruvian troops began a coordinated operation with Bolivian units against smugglers.", "Peruvian troops",
     "Bolivian units", "COOPERATE"),
    ("The navy together with the coast guard of Ghana raided the smugglers' depot.", "The navy",
     "the coast guard", "COOPERATE"),
    ("Customs officers searched the warehouse alongside Interpol agents.", "Customs officers", "Interpol agents",
     "COOPERATE"),
    ("A provincial court sentenced the former mayor to six years in prison.", "A provincial court",
     "the former mayor", "SANCTION"),
    ("Japan cancelled Laos's outstanding debt on Monday.", "Japan", "Laos", "AID"),
    ("The Finnish president welcomed the Estonian prime minister to Helsinki for talks.", "The Finnish president",
     "the Estonian prime minister", "CONSULT"),
    ("Security agents placed the opposition candidate under house arrest.", "Security agents",
     "the opposition candidate", "COERCE"),
    ("A man armed with a machete attacked two police officers.", "A man", "two police officers", "ASSAULT"),
]


@pytest.mark.parametrize("text,source,target,expected", CONSTRUCTIONS + VARIED_ABC + VARIED_DEF + NEWS_WIRE)
def test_coverage_rows(text, source, target, expected):
    """Lexicon rows for constructions and for the gaps our varied examples showed (YIELD = CONCEDE or RETREAT)."""
    got = _code(text, source, target)
    got = "YIELD" if got in ("CONCEDE", "RETREAT") else got
    assert got == expected
