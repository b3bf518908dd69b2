"""Fifteenth-session rules from errors on our newest marked sentences (benchmarks/pairs dev_w, dev_x, dev_y and dev_aa,
then dev_ac and dev_ad, then dev_ag and dev_ah, then dev_ak and dev_al, all written to a fourth brief on the pairs
of types coders confuse most): threats said as "will not stand by", as a
refusal joined to a response, as a warning that any move "means war", as a deadline or as a risk; refusals
announced as warnings; approving an accord (SUPPORT) against committing to one (AGREE); acceptances said as "yes";
climb-downs and shelved plans (CONCEDE); released captives and crews (RETREAT); patrols with a partner; and a few
idioms and lexicon rows."""
import pytest

from .helpers import code


@pytest.mark.parametrize("text,source,target,expected", [
    # a promise not to stay passive, on a condition the target sets
    ("Hanoi will not stand idly by if Beijing keeps building on the reef, the foreign ministry said.", "Hanoi",
     "Beijing", "THREATEN"),
    # a refusal joined to a promised response
    ("Tehran said it would not accept any change to the border and would respond firmly to any attempt by Baku.",
     "Tehran", "Baku", "THREATEN"),
    ("The president said Accra would not accept the claims of the rebels and would crush any uprising.",
     "The president", "the rebels", "THREATEN"),
    # any move of the target's means war, would be answered, would make it a target
    ("The minister said any attempt by Kabul to dam the river would be treated as an act of war.", "The minister",
     "Kabul", "THREATEN"),
    ("Athens told Ankara that any move to drill in its waters would be answered with force.", "Athens", "Ankara",
     "THREATEN"),
    ("The militia declared that any delivery of drones would make Lithuania a legitimate target.", "The militia",
     "Lithuania", "THREATEN"),
    # a deadline issued, a harm risked
    ("The army issued the gunmen a 12-hour deadline to free the hostages.", "The army", "the gunmen", "THREATEN"),
    ("The carrier said it would cut half its flights at Lufthansa-run terminals unless the operator "
     "dropped its fees.",
     "The carrier", "Lufthansa", "THREATEN"),
    # a refusal announced as a warning is still a refusal
    ("Yerevan warned that it would reject any Turkish proposal for a corridor.", "Yerevan", "Turkish", "REJECT"),
    # approving, ratifying or signing an accord is SUPPORT; committing to sign one is AGREE
    ("The Kenyan senate approved the trade agreement with Britain on Tuesday.", "The Kenyan senate", "Britain",
     "SUPPORT"),
    ("Lawmakers rubber-stamped the fishing deal with Norway.", "Lawmakers", "Norway", "SUPPORT"),
    ("The upper house concurred in the ratification of the defence pact with Japan.", "The upper house", "Japan",
     "SUPPORT"),
    ("Twelve mayors put their signatures to the governor's water charter.", "Twelve mayors", "the governor",
     "SUPPORT"),
    ("EU ministers put their seal of approval on Moldova's request for a loan.", "EU ministers", "Moldova",
     "SUPPORT"),
    ("Rome has signed up to a Spanish plan to pool gas purchases.", "Rome", "Spanish", "AGREE"),
    # agreeing with an assessment is support; agreeing to do something is agreement
    ("Canberra said it agreed with Wellington's assessment of the storm damage.", "Canberra", "Wellington",
     "SUPPORT"),
    ("The mayor said yes to a meeting with the striking bus drivers.", "The mayor", "the striking bus drivers",
     "AGREE"),
    ("The envoy volunteered to mediate between Juba and the rebels.", "The envoy", "Juba", "AGREE"),
    # climb-downs: shelved plans, plans put on ice, apologies
    ("The province shelved the copper mine project after months of pressure from the villagers.", "The province",
     "the villagers", "CONCEDE"),
    ("The ministry put its school merger plan on ice after a petition by parents.", "The ministry",
     "parents", "CONCEDE"),
    ("The governor climbed down over the fuel levy after a week of protests by taxi drivers.", "The governor",
     "taxi drivers", "CONCEDE"),
    # released captives and crews
    ("Gunmen set free 14 passengers of the Kaduna train on Monday.", "Gunmen", "14 passengers of the Kaduna train",
     "RETREAT"),
    # joint patrols, custody handed over, crews flown in to help
    ("Fiji flew a medical team of 15 nurses to Tonga after the cyclone.", "Fiji", "Tonga", "AID"),
    # force on the battlefield, coercion at sea
    ("The army captured 30 rebel fighters during clashes near the dam.", "The army", "rebel", "ASSAULT"),
    ("The coast guard intercepted the protest flotilla off the island.", "The coast guard",
     "the protest flotilla", "COERCE"),
    # accusations said as idioms
    ("Dhaka took London to task for hosting the exiled leader.", "Dhaka", "London", "ACCUSE"),
    ("The spokesman branded the report of the rights group a smear campaign.", "The spokesman", "the rights group",
     "ACCUSE"),
    # protests and mobilisation
    ("The president called up a million militiamen to counter what he called a Colombian threat.", "The president",
     "Colombian", "MOBILIZE"),
    # more of the same, worded closer to the sentences that failed (talks held on a truce, a delegation to be sent,
    # apologies, refusals said as warnings, agreement with an assessment, acceptances said as yes)
    ('Minsk will not stand by if NATO troops are sent to Poland, the defence ministry said.',
     'Minsk', 'NATO', 'THREATEN'),
    ('Seoul said any launch by Pyongyang over its territory would be treated as an act of war.',
     'Seoul', 'Pyongyang', 'THREATEN'),
    ('Tokyo told Beijing that any landing on the islands means war.',
     'Tokyo', 'Beijing', 'THREATEN'),
    ('The junta said the UN envoy risked being declared persona non grata if she repeated her remarks.',
     'The junta', 'the UN envoy', 'THREATEN'),
    ('Mercosur negotiators committed on Friday to signing the trade accord with the European Union.',
     'Mercosur', 'the European Union', 'AGREE'),
    ("Riga expressed satisfaction with Moscow's apology over the downing of the airliner.",
     'Riga', 'Moscow', 'SUPPORT'),
    ("The Kremlin spokesman stood up for Georgia's ruling party on Monday, saying Western criticism was meddling.",
     'The Kremlin spokesman', "Georgia's ruling party", 'SUPPORT'),
    ('Bordeaux city hall quietly shelved its plan to charge SUV owners triple parking fees after the outcry.',
     'Bordeaux city hall', 'SUV owners', 'CONCEDE'),
    ('Moscow repatriated 90 Ukrainian servicemen on Friday in a prisoner swap mediated by Qatar.',
     'Moscow', 'Ukrainian', 'RETREAT'),
    ('Pyongyang repatriated four South Korean fishermen whose boat had drifted north.',
     'Pyongyang', 'South Korean', 'RETREAT'),
    ('Indonesia resumed trilateral maritime patrols with Malaysia and the Philippines in the Sulu Sea.',
     'Indonesia', 'Malaysia', 'COOPERATE'),
    ('Peru transferred 12 jailed gang leaders to U.S. custody on Monday.',
     'Peru', 'U.S.', 'COOPERATE'),
    ('The Federal Police formally named the former president and 20 others as suspects in an alleged coup plot.',
     'The Federal Police', 'the former president', 'ACCUSE'),
    ('Thousands of Serbians rallied outside parliament for a 50th straight night, demanding a fresh election.',
     'Thousands of Serbians', 'parliament', 'PROTEST'),
    ('JEDDAH - The army chief held talks with the Saudi foreign minister on Monday on a humanitarian truce that '
     'the army had said it was prepared to accept.',
     'The army chief', 'the Saudi foreign minister', 'CONSULT'),
    ('The Gulf Cooperation Council said it would dispatch a ministerial delegation to Yemen within weeks.',
     'The Gulf Cooperation Council', 'Yemen', 'AGREE'),
    ('The Dutch king said sorry to Indonesia for the killings by Dutch troops during its war of independence.',
     'The Dutch king', 'Indonesia', 'CONCEDE'),
    ("The minister said 'we are sorry' to Nepal for the deaths of 12 Nepali workers in the air strike.",
     'The minister', 'Nepal', 'CONCEDE'),
    ('Hanoi warned it would reject any fishing ban unilaterally declared by Beijing over the disputed waters.',
     'Hanoi', 'Beijing', 'REJECT'),
    ("Seoul agreed with Tokyo's assessment that the missile fired on Thursday was a new type.",
     'Seoul', 'Tokyo', 'SUPPORT'),
    ('The Senate concurred in the ratification of the visiting forces agreement with Canberra.',
     'The Senate', 'Canberra', 'SUPPORT'),
    ('The foreign minister said yes to a fresh round of talks with his Armenian counterpart in Vienna.',
     'The foreign minister', 'his Armenian counterpart', 'AGREE'),
    ("Pyongyang has said yes to Moscow's offer to train its engineers, a step Seoul condemned.",
     'Pyongyang', 'Moscow', 'AGREE'),
    ('New Zealand flew an emergency medical team of 20 doctors and nurses to Samoa on Wednesday.',
     'New Zealand', 'Samoa', 'AID'),
    # a movement in protest; an event noun's doer is its possessor; another actor's reaction to the source's act is
    # not what the source does ("a step Brussels welcomed", "Hanoi shrugged off Beijing's demand", "Budapest said it
    # would retaliate for Prague's expulsion of ..."); offers, commitments, approvals and commendations as nouns;
    # a modal "dealt with"; a promise of strikes on a condition; a refusal announced as a warning
    ("Hundreds of Vietnamese fishermen sailed their boats towards the reef in a protest against Beijing's "
     "fishing ban.",
     'Hundreds of Vietnamese fishermen', 'Beijing', 'PROTEST'),
    ("TBILISI (Reuters) - Georgia pledged on Tuesday to back the OSCE's monitoring mission along the "
     "boundary for another year, a step Brussels welcomed and Moscow condemned.",
     'Georgia', 'the OSCE', 'AGREE'),
    ('Vilnius opens consultations with Riga on electricity tariffs after pledge to settle row',
     'Vilnius', 'Riga', 'CONSULT'),
    ("Qatar's offer to supply Lebanon with discounted fuel through the winter was confirmed on Monday by "
     "the energy ministry in Beirut.",
     'Qatar', 'Lebanon', 'AGREE'),
    ("MOSCOW - Russia's Federal Tax Service fined Google 900 million roubles on Thursday for breaking its "
     "data law.",
     "Russia's Federal Tax Service", 'Google', 'SANCTION'),
    ("The communique recorded Korea's commitment to train Vietnamese coast guard crews on the new vessels.",
     'Korea', 'Vietnamese', 'AGREE'),
    ("Markets shrugged off the World Bank's glowing commendation of Kenya's reform drive.",
     'the World Bank', 'Kenya', 'SUPPORT'),
    ("Ghana's formal approval of the power-sharing accord with Togo cleared the way for the first "
     "exports, the energy ministry said.",
     'Ghana', 'Togo', 'SUPPORT'),
    ("The statement released after Ottawa's videoconference with Canberra reaffirmed support for the trade pact.",
     'Ottawa', 'Canberra', 'CONSULT'),
    ("Even as the Kenyan president pursued his shuttle diplomacy with Sudan's army leaders, fighting "
     "flared in Darfur.",
     'the Kenyan president', "Sudan's army leaders", 'CONSULT'),
    ('Evidence gathered by Belgian prosecutors in a two-nation investigation with Dutch police pointed to '
     'a smuggling ring.',
     'Belgian prosecutors', 'Dutch police', 'COOPERATE'),
    ("Hanoi shrugged off Beijing's demand that Vietnam tow away the grounded trawler from the reef.",
     'Beijing', 'Vietnam', 'REQUEST'),
    ("Budapest said it would retaliate in kind for Prague's expulsion of 12 Hungarian diplomats suspected "
     "of spying.",
     'Prague', 'Hungarian diplomats', 'SANCTION'),
    ("Traders at the border reported longer queues after Niger's exit from ECOWAS took effect.",
     'Niger', 'ECOWAS', 'SANCTION'),
    ("The UNHCR voiced alarm at Iran's mass deportation of undocumented Afghans.",
     'Iran', 'undocumented Afghans', 'COERCE'),
    ('Oslo shut its last border crossing amid reports of a Russian military buildup along the frontier '
     'with Norway.',
     'Russian', 'Norway', 'MOBILIZE'),
    ('Police said supporters of the opposition leader gathering outside the court would be dealt with firmly.',
     'Police', 'supporters of the opposition leader', 'THREATEN'),
    ('TOKYO - Japan finalised its sweeping free trade pact with Canada on Friday.',
     'Japan', 'Canada', 'SUPPORT'),
    ('Pyongyang promised "merciless" strikes if Seoul went ahead with artillery drills near the island.',
     'Pyongyang', 'Seoul', 'THREATEN'),
    ('ANKARA - President Erdogan said Turkey would "not stand idly by" while Kurdish militias dug in '
     'along its border.',
     'President Erdogan', 'Kurdish militias', 'THREATEN'),
    ('BELFAST - The unionist party warned it would vote down any Brexit deal from the prime minister that '
     'split the province.',
     'The unionist party', 'the prime minister', 'REJECT'),
    ('The coalition closed all air, land and sea access to Yemen on Monday.',
     'The coalition', 'Yemen', 'COERCE'),
    ('In March, thousands of protesters filled the main square, demanding the fall of the prime minister.',
     'thousands of protesters', 'the prime minister', 'PROTEST'),
    # third files of the round (dev_ag headlines, dev_ah long wire copy): readiness signalled, assurances "of",
    # a modal guarantee, a refusal joined to "would treat them as targets", "will not stand by while", leaping to
    # someone's defence, an advance halted, a treatment centre set up, a regulator's fine after an agency dateline,
    # loans forgiven
    ('TEHRAN - Iran signalled readiness on Sunday to resume indirect talks with the United States through '
     'Qatari mediators.',
     'Iran', 'the United States', 'AGREE'),
    ('Riyadh assures Cairo of faster delivery of the promised wheat shipments.',
     'Riyadh', 'Cairo', 'AGREE'),
    ("HANOI - The prime minister told Samsung's chairman on Tuesday that Hanoi would guarantee a stable "
     'power supply for its plants.',
     'The prime minister', 'Samsung', 'AGREE'),
    ('MOSCOW - Russia told NATO on Wednesday it will not accept Western troops in Ukraine and would treat '
     'them as targets.',
     'Russia', 'NATO', 'THREATEN'),
    ('JERUSALEM - The defence minister said on Monday that Israel will not stand by while Hezbollah '
     'rebuilds its arsenal.',
     'The defence minister', 'Hezbollah', 'THREATEN'),
    ('BUDAPEST - Hungarian Prime Minister Viktor Orban leapt to the defence of the Serbian president on '
     'Thursday.',
     'Hungarian Prime Minister Viktor Orban', 'the Serbian president', 'SUPPORT'),
    ('KINSHASA (Reuters) - The rebels halted their advance on Congolese army positions around Goma on '
     'Sunday, a spokesman said.',
     'The rebels', 'Congolese', 'RETREAT'),
    ('PORT-AU-PRINCE - Doctors Without Borders set up a 40-bed cholera treatment centre for residents of '
     'the slum on Saturday, despite gunfire that forced it to close another clinic.',
     'Doctors Without Borders', 'residents of the slum', 'AID'),
    ("SEOUL (Yonhap) - South Korea's Fair Trade Commission fined Google 42 billion won on Tuesday for "
     'abusing its market power.',
     "South Korea's Fair Trade Commission", 'Google', 'SANCTION'),
    ('Beijing forgave 23 interest-free loans owed by African countries, the foreign minister said.',
     'Beijing', 'African countries', 'AID'),
    # fourth files of the round (dev_ak, Africa and Latin America; dev_al, reported speech): making
    # someone pay dearly, ready to declare war, a tribunal's fine, troops brought home,
    # gunned down, police sent to reinforce a mission, grain dispatched, final approval given to a pact, a visitor
    # welcomed for talks, a promised refund, a curfew scrapped
    ('The militants promised to make the army "pay dearly" for the air strikes on their camps.',
     'The militants', 'the army', 'THREATEN'),
    ('KINSHASA - The president said he was ready to declare war on Kigali if its troops advanced one more '
     'kilometre.',
     'The president', 'Kigali', 'THREATEN'),
    ("Nigeria's Federal Competition and Consumer Protection Tribunal fined Meta $220 million for "
     'data-privacy violations.',
     "Nigeria's Federal Competition and Consumer Protection Tribunal", 'Meta', 'SANCTION'),
    ("BUJUMBURA - Burundi brought home about 1,000 soldiers from Congo's South Kivu province over the "
     'past week, military sources said.',
     'Burundi', 'Congo', 'RETREAT'),
    ('GUATEMALA CITY - Gang members gunned down two bus drivers in the capital for refusing to pay '
     'extortion, police said.',
     'Gang members', 'two bus drivers', 'ASSAULT'),
    ('Kenya deployed a further 200 police officers to Haiti on Tuesday to reinforce the multinational '
     'mission in Port-au-Prince.',
     'Kenya', 'Haiti', 'AID'),
    ('Angola dispatched 5,000 tonnes of maize to drought-stricken Zambia, where the president has '
     'appealed for emergency help.',
     'Angola', 'Zambia', 'AID'),
    ('The lower house gave final approval on Wednesday to the trade pact with the European Union.',
     'The lower house', 'the European Union', 'SUPPORT'),
    ('WARSAW - The prime minister welcomed the German chancellor to Warsaw on Monday for talks on '
     'migration.',
     'The prime minister', 'the German chancellor', 'CONSULT'),
    ('The mobile operator said it would reimburse customers who were charged twice during the outage, a '
     'move the regulator welcomed.',
     'The mobile operator', 'customers', 'AGREE'),
    ('DHAKA - The authorities scrapped the curfew on Dhaka residents on Wednesday after student leaders '
     'called off their shutdown.',
     'The authorities', 'Dhaka residents', 'CONCEDE'),
])
def test_fourth_brief_rules(text, source, target, expected):
    assert code(text, source, target) == expected


@pytest.mark.parametrize("text,source,target,expected", [
    # what the new rules must leave alone
    ("The troops held their fire along the frontier with Eritrea for a third day.", "The troops", "Eritrea",
     "RETREAT"),
    ("Kosovo fighters handed in their weapons to the peacekeepers as the deadline expired.", "Kosovo fighters",
     "the peacekeepers", "RETREAT"),
    ("Colombo suspended the port project financed by Tokyo in 2020.", "Colombo", "Tokyo", "SANCTION"),
    ("Ankara dispatched a team of 200 rescuers to quake-hit Syria.", "Ankara", "Syria", "AID"),
    ("Moscow said it would not accept the refugees.", "Moscow", "the refugees", "REJECT"),
    ("Bus drivers staged a nationwide strike against the transport ministry on Monday.", "Bus drivers",
     "the transport ministry", "PROTEST"),
    # a document that commits the source is not someone else's reaction; a welcome of a future joint probe is a
    # promise; banners signed by the source are not an accord
    ('The memorandum commits the government to consult fishing communities before granting new licences.',
     'the government', 'fishing communities', 'AGREE'),
    ('The minister said Islamabad would welcome joint investigations with Afghan authorities.',
     'The minister', 'Afghan authorities', 'AGREE'),
    ('Banners signed by the cartel appeared on bridges on Monday, promising to exterminate the rival gang.',
     'the cartel', 'the rival gang', 'THREATEN'),
])
def test_fourth_brief_rules_kept_apart(text, source, target, expected):
    assert code(text, source, target) == expected


def test_a_guarantee_given_is_aid():
    assert code('The central bank stepped in on Sunday to guarantee every deposit held at the failed lender.',
                'The central bank', 'the failed lender') == 'AID'  # (would guarantee: AGREE)
