"""Twelfth-session rules, on our own sentences: joint acts, handovers of suspects and captives, shared evidence,
help from a partner, expulsions by "kick out", ultimatums, cautions and notices, future threats under a vow,
crowds that mass or pour into streets, court fines, fronts called a "line of contact", and whole-text fixes
(a hyphenated country name, envoys from several countries)."""
import pytest

from .helpers import code, country, events_of


@pytest.mark.parametrize("text,source,target,expected", [
    # two coordinated doers of a joint act cooperate; a joint statement is not a material act between them
    ("The Peruvian navy and the Chilean navy conducted a joint search for the trawler off Arica.",
     "The Peruvian navy", "the Chilean navy", "COOPERATE"),
    ("Kenyan and Tanzanian police jointly raided a smuggling den in Namanga on Friday.",
     "Kenyan", "Tanzanian", "COOPERATE"),
    ("Indian and French fighter jets flew a joint patrol over the Arabian Sea.", "Indian", "French", "COOPERATE"),
    # suspects and fugitives handed to another state's authorities: cooperation with that state
    ("Thailand deported eleven suspected fraudsters to South Korea on Monday.", "Thailand", "South Korea",
     "COOPERATE"),
    ("Georgian police surrendered a wanted arms dealer to Turkish investigators.", "Georgian police",
     "Turkish investigators", "COOPERATE"),
    ("Oman turned over to Kenya a man accused of smuggling ivory.", "Oman", "Kenya", "COOPERATE"),
    # evidence, records and tips passed to foreign investigators
    ("Dutch prosecutors transferred bank records to Nigerian investigators on Tuesday.", "Dutch prosecutors",
     "Nigerian investigators", "COOPERATE"),
    ("Canadian police provided evidence to Jamaican detectives probing the shooting.", "Canadian police",
     "Jamaican detectives", "COOPERATE"),
    # help from, or work together with, a partner
    ("Spanish police broke up a forgery ring in Malaga with help from Moroccan officers.", "Spanish police",
     "Moroccan officers", "COOPERATE"),
    ("Ghanaian police dismantled a kidnapping gang together with their Togolese counterparts.",
     "Ghanaian police", "their Togolese counterparts", "COOPERATE"),
    # captured soldiers handed over are released
    ("The rebels handed over 40 captured Chadian soldiers to the Red Cross on Monday.", "The rebels", "Chadian",
     "RETREAT"),
    # expulsions, bans, fines
    ("Poland kicked out twelve Belarusian diplomats on Friday.", "Poland", "Belarusian", "SANCTION"),
    ("A Paris court fined the Swiss bank 300 million euros for tax fraud.", "A Paris court", "the Swiss bank",
     "SANCTION"),
    # ultimatums, cautions, notices, vows of retaliation, readiness to seal a border
    ("The teachers' union gave the provincial government ten days to pay arrears or face a strike.",
     "The teachers' union", "the provincial government", "THREATEN"),
    ("Seoul cautioned Pyongyang that any further launch would be met with a firm response.", "Seoul",
     "Pyongyang", "THREATEN"),
    ("The State Department put Uganda on notice that it could suspend some military training.",
     "The State Department", "Uganda", "THREATEN"),
    ("The Indian army vowed to retaliate against the militants after the ambush.", "The Indian army",
     "the militants", "THREATEN"),
    ("Estonia said it was prepared to seal its border with Russia if provocations continued.", "Estonia",
     "Russia", "THREATEN"),
    # crowds massing or pouring into the streets against someone protest
    ("Thousands of protesters massed in the capital against President Ruto on Tuesday.", "Thousands of protesters",
     "President Ruto", "PROTEST"),
    # a front called a "line of contact" is no contact; a deployment along it is a mobilisation
    ("Armenia moved artillery along the line of contact with Azerbaijani forces.", "Armenia", "Azerbaijani",
     "MOBILIZE"),
    # a verbal rejection, a scrapped summit, resumed trade, remorse voiced
    ("The Supreme Court threw out the opposition's complaint on Monday.", "The Supreme Court", "the opposition",
     "REJECT"),
    ("The Kremlin scrapped a planned summit with the Finnish president.", "The Kremlin", "the Finnish president",
     "REJECT"),
    ("Algeria resumed gas exports to Spain after a three-month halt.", "Algeria", "Spain", "COOPERATE"),
    ("The Dutch king voiced deep remorse to Indonesia over colonial-era killings.", "The Dutch king", "Indonesia",
     "CONCEDE"),
    ("Somali pirates commandeered a Panamanian-flagged freighter off Eyl.", "Somali pirates", "Panamanian",
     "COERCE"),
    # a crowd that gathers to denounce protests
    ("Crowds of Hungarians gathered outside parliament in Budapest to denounce Orban's media law.", "Hungarians",
     "Orban", "PROTEST"),
    # people set free, and a participle on the object names a state, not the act
    ("The gunmen set free a Canadian engineer after nine days.", "The gunmen", "a Canadian engineer", "RETREAT"),
    ("The army freed the abducted Cameroonian schoolgirls on Sunday.", "The army", "Cameroonian", "RETREAT"),
    ("Niger returned confiscated uranium to the French company Orano.", "Niger", "the French company Orano",
     "RETREAT"),
    # hosting a visitor, utilities cut off, troops sent to seal a building off, an undertaking given
    ("Lebanon played host to the Iranian foreign minister on Monday.", "Lebanon", "the Iranian foreign minister",
     "CONSULT"),
    ("Russia cut off the electricity supply to Moldova's main steel plant.", "Russia", "Moldova", "COERCE"),
    ("The president sent soldiers to seal off the opposition headquarters.", "The president",
     "the opposition headquarters", "COERCE"),
    ("Norway gave an undertaking to expand energy cooperation with Poland.", "Norway", "Poland", "AGREE"),
    # deals struck, evidence supplied, forces joined, doers side by side
    ("The Zambian government struck a deal with the IMF on Friday.", "The Zambian government", "the IMF", "SUPPORT"),
    ("Norway supplied the Dutch investigators with intercepted phone records.", "Norway", "the Dutch investigators",
     "COOPERATE"),
    ("Kenyan police joined forces with Somali security agencies to track the cell.", "Kenyan police",
     "Somali security agencies", "COOPERATE"),
    ("Polish warships and Lithuanian patrol boats carried out manoeuvres together near the border.", "Polish",
     "Lithuanian", "COOPERATE"),
    # handovers, releases and withdrawals
    ("The militia handed over its checkpoints to the national army.", "The militia", "the national army",
     "RETREAT"),
    ("The kidnappers let go the Italian engineer on Sunday.", "The kidnappers", "the Italian engineer", "RETREAT"),
    ("Rebel fighters abandoned Goma on Tuesday.", "Rebel fighters", "Goma", "RETREAT"),
    # admissions and apologies
    ("The carmaker admitted to German regulators that it had manipulated the tests.", "The carmaker",
     "German regulators", "CONCEDE"),
    ("The archbishop asked the victims for forgiveness.", "The archbishop", "the victims", "CONCEDE"),
    # meetings called off, tariffs, fines, suspended bids, curtailed cooperation
    ("The Indian prime minister called off a planned meeting with the Pakistani leader.", "The Indian prime minister",
     "the Pakistani leader", "REJECT"),
    ("Mexico hit Chinese steel with punitive tariffs.", "Mexico", "Chinese", "COERCE"),
    ("The EU's competition watchdog slapped a fine on the American chipmaker.", "The EU's competition watchdog",
     "the American chipmaker", "SANCTION"),
    ("The Brazilian regulator fined the mining company 90 million reais.", "The Brazilian regulator",
     "the mining company", "SANCTION"),
    ("Brussels put Serbia's accession talks on hold after the vote.", "Brussels", "Serbia", "SANCTION"),
    ("Armenia curtailed its cooperation with the Russian-led bloc.", "Armenia", "the Russian-led bloc", "SANCTION"),
    # verbal and diplomatic support
    ("The Argentine president came to the defence of the Bolivian leader.", "The Argentine president",
     "the Bolivian leader", "SUPPORT"),
    ("Bahrain reopened its embassy in Doha on Monday.", "Bahrain", "Doha", "SUPPORT"),
    ("Indonesia elevated relations with Australia to a strategic partnership.", "Indonesia", "Australia", "SUPPORT"),
    # notices, consequences, requests to act
    ("The farmers' union served notice on the government that it would block the highways.", "The farmers' union",
     "the government", "THREATEN"),
    ("Kosovo said Serbia would face consequences if its troops crossed the line.", "Kosovo", "Serbia", "THREATEN"),
    ("The Swedish minister called on the IAEA to send inspectors to the site.", "The Swedish minister", "the IAEA",
     "REQUEST"),
    # walkouts, crowds of a nationality, troops poured in
    ("Train drivers walked off the job on Monday after talks with the national railway failed.", "Train drivers",
     "the national railway", "PROTEST"),
    ("Thousands of young Kenyans packed the streets of Nairobi for a third day, chanting against President Ruto.",
     "young Kenyans", "President Ruto", "PROTEST"),
    ("Ethiopia poured troops and tanks into the border zone as Eritrean forces advanced.", "Ethiopia", "Eritrean",
     "MOBILIZE"),
    # personnel sent or rushed to help are aid; arms funnelled to a state are aid
    ("Morocco sent a team of 40 surgeons to Turkey to help hospitals in the quake zone.", "Morocco", "Turkey", "AID"),
    ("New Zealand rushed 60 police officers to Tonga to help restore order.", "New Zealand", "Tonga", "AID"),
    ("Iran has funnelled drones and artillery shells to Sudan's army since last year.", "Iran", "Sudan", "AID"),
    # letting go, handing over positions, scrapping a bill after protests
    ("The rebels let the Turkish trawler sail out of the port on Friday.", "The rebels", "Turkish", "CONCEDE"),
    ("The militia handed over its positions north of the river to the army.", "The militia", "the army", "RETREAT"),
    ("The Peruvian president scrapped the fuel tax a day after truckers blocked the highways.",
     "The Peruvian president", "truckers", "CONCEDE"),
    # headlines in the present, swarms of vessels, a threat to crush an attempt, force met with force
    ("Vietnamese coast guard rams Chinese fishing boat near Paracels", "Vietnamese coast guard", "Chinese",
     "ASSAULT"),
    ("Officials said dozens of Chinese militia vessels had been swarming the reef inside Manila's waters.",
     "Chinese", "Manila", "MOBILIZE"),
    ("The army said it would crush any attempt by the separatists to seize the airport.", "The army",
     "the separatists", "THREATEN"),
    ("The minister vowed that any Azerbaijani incursion would be met with force.", "The minister", "Azerbaijani",
     "THREATEN"),
    # a price to pay, consequences told to a pronoun, courts ordering payment
    ("Moscow said the Estonian foreign minister would pay a heavy price for the statue's removal.", "Moscow",
     "Estonian", "THREATEN"),
    ("Washington told Islamabad it would face serious consequences if the tests went ahead.", "Washington",
     "Islamabad", "THREATEN"),
    ("A Kenyan court ordered the British army to pay compensation to the herders.", "A Kenyan court",
     "the British army", "SANCTION"),
    # ships of two navies sailing together; an admission
    ("Warships from Iran and Russia sailed together through the Strait of Hormuz on Sunday.", "Iran", "Russia",
     "COOPERATE"),
    ("The bank admitted that it had overcharged thousands of Irish borrowers.", "The bank",
     "thousands of Irish borrowers", "CONCEDE"),
    # summons, blame, raids, censorship, refusals, requests
    ("Seoul hauled in Tokyo's ambassador over the textbook row.", "Seoul", "Tokyo", "ACCUSE"),
    ("London pointed the finger at Moscow for the poisoning.", "London", "Moscow", "ACCUSE"),
    ("Tax officials swooped on the newspaper's offices in Karachi.", "Tax officials", "the newspaper", "COERCE"),
    ("The regulator throttled the messaging app across the country.", "The regulator", "the messaging app",
     "COERCE"),
    ("Israel barred entry to two Irish senators on Monday.", "Israel", "two Irish senators", "REJECT"),
    ("The fishermen's union lobbied the government to halt the dredging.", "The fishermen's union", "the government",
     "REQUEST"),
    # accords inked or finalised, a siege vowed, sabres rattled, people declared targets
    ("Chile and Peru finalised an accord on their maritime border.", "Chile", "Peru", "SUPPORT"),
    ("The farmers vowed to lay siege to the capital if prices were not guaranteed.", "The farmers",
     "the capital", "THREATEN"),
    ("The Russian general rattled the nuclear sabre at Poland again.", "The Russian general", "Poland",
     "THREATEN"),
    ("The gang declared the local journalists military targets.", "The gang", "the local journalists", "THREATEN"),
    # protests in local forms
    ("Opposition workers burnt an effigy of the chief minister outside the assembly.", "Opposition workers",
     "the chief minister", "PROTEST"),
    ("Students gheraoed the vice-chancellor for ten hours over the fee hike.", "Students", "the vice-chancellor",
     "PROTEST"),
    ("Lawyers abstained from courts against the chief justice's remarks.", "Lawyers", "the chief justice",
     "PROTEST"),
    ("Students pitched an encampment on the lawn demanding that the college divest.", "Students", "the college",
     "PROTEST"),
    # call-ups, troops ordered onto streets, aircraft dispatched, agents surged
    ("The Kremlin ordered the call-up of 150,000 reservists for the war against Ukraine.", "The Kremlin", "Ukraine",
     "MOBILIZE"),
    ("The governor ordered 500 guardsmen and police officers onto the streets to confront protesters.",
     "The governor", "protesters", "MOBILIZE"),
    ("Tokyo dispatched a patrol aircraft to shadow Chinese warships near the islands.", "Tokyo", "Chinese",
     "MOBILIZE"),
    ("Fiji dispatched two aircraft loaded with tents and water to Tonga after the cyclone.", "Fiji", "Tonga", "AID"),
    # swaps, files, targeting data
    ("Iran and Syria swapped crude for phosphate under a barter deal.", "Iran", "Syria", "COOPERATE"),
    ("The prosecutor turned over case files on the massacre to the ICC.", "The prosecutor", "the ICC", "COOPERATE"),
    # sanctions of a party, a court's penalty, paused talks, a treaty held in abeyance
    ("The ruling party ousted the senator from its ranks for anti-party activities.", "The ruling party",
     "the senator", "SANCTION"),
    ("The Labour Party stripped the whip from three rebel MPs.", "The Labour Party", "three rebel MPs", "SANCTION"),
    ("A federal court hit the airline with a 30 million dollar penalty.", "A federal court", "the airline",
     "SANCTION"),
    ("Canada paused trade negotiations with India on Friday.", "Canada", "India", "SANCTION"),
    ("Delhi held the water treaty with Pakistan in abeyance.", "Delhi", "Pakistan", "SANCTION"),
    # refusals, threats with lawsuits and retaliatory steps, strike notices
    ("The governor withheld assent to six bills passed by the state assembly.", "The governor",
     "the state assembly", "REJECT"),
    ("Beijing called off a planned round of military talks with Washington.", "Beijing", "Washington", "REJECT"),
    ("The billionaire promised a massive lawsuit against the newspaper.", "The billionaire", "the newspaper",
     "THREATEN"),
    ("Moscow promised retaliatory steps if Sweden joined the alliance.", "Moscow", "Sweden", "THREATEN"),
    ("The nurses' union served the hospital boards with a strike notice.", "The nurses' union",
     "the hospital boards", "THREATEN"),
    ("The governor cautioned the smugglers that they would face the full weight of the law.", "The governor",
     "the smugglers", "THREATEN"),
    # easing, aid channelled or thrown, offers taken up, commitments made, cases booked, internet snapped
    ("Washington loosened restrictions on Cuban remittances.", "Washington", "Cuban", "CONCEDE"),
    ("The World Bank channelled 300 million dollars to Malawi.", "The World Bank", "Malawi", "AID"),
    ("The Treasury threw a lifeline to Argentina last week.", "The Treasury", "Argentina", "AID"),
    ("Kyiv took up Turkey's offer to host prisoner talks.", "Kyiv", "Turkey", "AGREE"),
    ("Five tech firms made commitments to the White House to test their models.", "Five tech firms",
     "the White House", "AGREE"),
    ("Police booked the MLA for rioting.", "Police", "the MLA", "ACCUSE"),
    ("The telecom regulator snapped mobile internet in Balochistan.", "The telecom regulator", "Balochistan",
     "COERCE"),
    ("Dutch police hauled away the activists blocking the motorway.", "Dutch police", "the activists", "COERCE"),
    # paying dearly, consequences with an expletive, deadlines set, strike notices issued
    ("Pyongyang said Seoul would pay dearly for the drills.", "Pyongyang", "Seoul", "THREATEN"),
    ("Paris told Algiers there would be serious consequences if the journalist was not freed.", "Paris", "Algiers",
     "THREATEN"),
    ("The dockers' union set the port authority a ten-day deadline to settle the pay claim.", "The dockers' union",
     "the port authority", "THREATEN"),
    ("The teachers' union issued a strike notice to the education ministry.", "The teachers' union",
     "the education ministry", "THREATEN"),
    # homes and offices raided by security forces, a party expelling a member, rebels handing over weapons
    ("Egyptian security forces raided the offices of the independent newspaper.", "Egyptian security forces",
     "the independent newspaper", "COERCE"),
    ("The Labour Party kicked out its former deputy leader on Monday.", "The Labour Party",
     "its former deputy leader", "SANCTION"),
    ("The rebel fighters began handing over weapons to the national army.", "The rebel fighters",
     "the national army", "RETREAT"),
])
def test_pair_codings(text, source, target, expected):
    assert code(text, source, target) == expected


def test_a_carrier_strike_group_is_no_strike():
    assert code("The Pentagon ordered a carrier strike group to the Gulf as a warning to Iran.", "The Pentagon",
                "Iran") != "PROTEST"


def test_a_joint_statement_is_not_a_joint_act():
    assert code("Germany and France issued a joint statement condemning the coup in Niger.", "Germany",
                "France") != "COOPERATE"


def _kinds(events):
    return {(e.type, country(e.source), country(e.target), e.modality) for e in events}


@pytest.mark.parametrize("title,text,expected", [
    # a hyphenated country name is one name: Guinea-Bissau, not Guinea
    ("Guinea-Bissau officers seize power", "Officers in Guinea-Bissau said on Wednesday they had taken control.",
     {("COERCE", "GNB", "GNB", "asserted")}),
    # envoys recalled from several countries: each of them
    ("Envoys recalled", "Mali recalled its envoys from Algeria, Morocco and Tunisia on Sunday.",
     {("SANCTION", "MLI", "DZA", "asserted"), ("SANCTION", "MLI", "MAR", "asserted"),
      ("SANCTION", "MLI", "TUN", "asserted")}),
])
def test_whole_text_codings(title, text, expected):
    events, _ = events_of(text, title=title)
    assert expected <= _kinds(events)
