"""Sixteenth-session rules from errors on our newest marked sentences (benchmarks/pairs dev_ao, dev_ap and dev_aq,
written to a fifth brief on the cooperative and small types in the forms large event datasets hold: captions,
press releases, retrospectives, events off the main clause): a restriction undone through the clause that
imposed it, freezes and directives among the measures one reverses, land restored, crews handed over, demands
shelved, aid presented, rebukes as nouns, assurances of a future act; then (dev_as, dev_at) charges withdrawn,
captives sent, flown or turned over home, a deadline given, suggestions taken up, and "co-" words the tokenizer splits
("co-operating"); then (dev_av, dev_aw) a decree or a law coded by what it orders, captives sent back, leaving a
forum, finalising an accord's text; then (dev_ay, dev_az) a brigade or a team "of" doctors, rules shelved, a suspect
surrendered to a court, a rival ringed with warships, war promised."""
import pytest

from .helpers import code


@pytest.mark.parametrize("text,source,target,expected", [
    ("Athens shelved its demand for war reparations from Berlin after the talks.", "Athens", "Berlin", "CONCEDE"),
    ("The government restored 500 hectares of ancestral land to the Sami herders.",
     "The government", "the Sami herders", "RETREAT"),
    ("The coast guard handed 14 fishermen over to Indian officials at the maritime boundary.",
     "The coast guard", "Indian officials", "RETREAT"),
    ("Tokyo's stern rebuke of Beijing followed the incursion near the islands.", "Tokyo", "Beijing", "ACCUSE"),
    ("The council reversed a directive that had barred street vendors from the market square.",
     "The council", "street vendors", "CONCEDE"),
    ("The government suspended its freeze on imports from Turkey after the summit.",
     "The government", "Turkey", "CONCEDE"),
    ("The ministry presented two ambulances to the district hospital in Kisumu.",
     "The ministry", "the district hospital", "AID"),
    ("The premier assured the mayors in a letter that the state would cover the repair costs.",
     "The premier", "the mayors", "AGREE"),
    ("The prosecutor withdrew the fraud charges against the former mayor on Tuesday.",
     "The prosecutor", "the former mayor", "CONCEDE"),
    ("The navy sent home the fishermen it had held for a month.", "The navy", "the fishermen", "RETREAT"),
    ("The militia turned over two kidnapped engineers to tribal elders in Marib.",
     "The militia", "tribal elders", "RETREAT"),
    ("The airline flew the freed prisoners home to Kigali on Monday.", "The airline", "Kigali", "RETREAT"),
    ("The governor gave the striking miners until Friday to return to work.",
     "The governor", "the striking miners", "THREATEN"),
    ("The bank said it was co-operating fully with the regulator's investigation.",
     "The bank", "the regulator", "COOPERATE"),
    ("Quito has taken up Lima's suggestion that the two navies hold a joint search.", "Quito", "Lima", "AGREE"),
    ("The president signed a decree granting amnesty to 300 jailed protesters on Independence Day.",
     "The president", "300 jailed protesters", "CONCEDE"),
    ("The emir issued a decree to simplify the visa process for Indian workers.",
     "The emir", "Indian workers", "CONCEDE"),
    ("The governor signed an order barring the union from the port.", "The governor", "the union", "COERCE"),
    ("Pyongyang sent back four fishermen whose trawler had drifted across the line.",
     "Pyongyang", "four fishermen", "RETREAT"),
    ("Mali pulled out of the regional security forum last year.", "Mali", "the regional security forum", "SANCTION"),
    ("Envoys from Chile and Peru finalised the text of a fisheries pact in Lima.", "Chile", "Peru", "SUPPORT"),
    ("Havana dispatched a brigade of 40 nurses to Peru after the floods.", "Havana", "Peru", "AID"),
    ("The ministry shelved its new grazing rules after weeks of protests by herders.",
     "The ministry", "herders", "CONCEDE"),
    ("Kinshasa surrendered the militia commander to the International Criminal Court on Friday.",
     "Kinshasa", "the International Criminal Court", "COOPERATE"),
    ("Beijing ringed the island with warships and bombers on Monday.", "Beijing", "the island", "MOBILIZE"),
])
def test_fifth_brief_rules(text, source, target, expected):
    assert code(text, source, target) == expected


@pytest.mark.parametrize("text,source,target,expected", [
    ("Supporters of the opposition chanted slogans against the governor outside the courthouse.",
     "Supporters of the opposition", "the governor", "PROTEST"),
    ("Canberra extended its warm congratulations to Wellington on the peaceful election.",
     "Canberra", "Wellington", "SUPPORT"),
    ("The court upheld the order that had detained the journalist for a month.",
     "The court", "the journalist", "COERCE"),
    ("The ministry sent more troops to the northern border on Sunday.",
     "The ministry", "the northern border", "MOBILIZE"),
    ("Hyundai began co-producing tanks with the Polish arms agency near Gliwice.",
     "Hyundai", "the Polish arms agency", "COOPERATE"),
    ("The junta scrapped the ban that had kept foreign reporters out of the region.",
     "The junta", "foreign reporters", "CONCEDE"),
    ("The two governments signed a trade agreement with Vietnam in Hanoi.",
     "The two governments", "Vietnam", "SUPPORT"),
    ("The rebel leader promised the government a long war if the army crossed the river.",
     "The rebel leader", "the government", "THREATEN"),
    ("The senate passed a bill granting amnesty to former guerrillas.", "The senate", "former guerrillas", "CONCEDE"),
    ("The defence ministry dispatched a brigade of paratroopers to the border with Chad.",
     "The defence ministry", "Chad", "MOBILIZE"),
    ("The minister promised the farmers new irrigation canals by next summer.", "The minister", "the farmers", "AGREE"),
])
def test_fifth_brief_rules_kept_apart(text, source, target, expected):
    assert code(text, source, target) == expected
