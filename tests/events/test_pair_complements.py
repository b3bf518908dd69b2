"""Purpose clauses, orders, obligations and PLOVER conventions in code_pair (our own sentences)."""
import pytest

from brinkwatch.events import code_pair

from .helpers import sentence


def _code(text: str, source: str, target: str | None) -> str | None:
    doc = sentence(text)
    s = text.index(source)
    t = text.index(target) if target else None
    return code_pair(doc, (s, s + len(source)), (t, t + len(target)) if target else None)


@pytest.mark.parametrize("text,source,target,expected", [
    # a phone call takes the type of what it was for
    ("The Chilean president called the Peruvian leader on Monday to congratulate him on his victory.",
     "The Chilean president", "the Peruvian leader", "SUPPORT"),
    ("The Chilean president called the Peruvian leader on Monday to discuss trade.",
     "The Chilean president", "the Peruvian leader", "CONSULT"),
    # calling for sanctions against someone denounces them
    ("Several Baltic lawmakers called for sanctions against Belarus after the vote.",
     "Several Baltic lawmakers", "Belarus", "ACCUSE"),
    # missions sent to investigate or to strike
    ("Norway will send a team of experts to Ghana to investigate the explosion.", "Norway", "Ghana", "ACCUSE"),
    # an order to appear is a request; an order to shut a paper down is coercion
    ("The prosecutor ordered the former mayor to appear for questioning next week.",
     "The prosecutor", "the former mayor", "REQUEST"),
    ("The junta ordered the independent radio station to suspend its broadcasts.",
     "The junta", "the independent radio station", "COERCE"),
    # obligations reported by the source
    ("The Swiss envoy said that Sudan must protect the refugees.", "The Swiss envoy", "Sudan", "REQUEST"),
    # ceasefires and releases are yields
    ("The Bolivian army ceased its operations in the northern provinces.", "The Bolivian army",
     "the northern provinces", "RETREAT"),
    ("Malawi let free dozens of detained students.", "Malawi", "dozens of detained students", "RETREAT"),
    ("The port authority lifted the blockade on Somali ships.", "The port authority", "Somali ships", "RETREAT"),
    # verbal attacks are accusations; fighting a disease is aid
    ("The senator launched a scathing attack on the Canadian premier.", "The senator", "the Canadian premier",
     "ACCUSE"),
    ("Japan doubled its funding to fight the cholera epidemic in Haiti.", "Japan", "Haiti", "AID"),
    # an attack that goes on calling its target names is words; one that goes on killing is force
    ("The opposition leader launched an extraordinary attack on the Polish prime minister, calling him a liar.",
     "The opposition leader", "the Polish prime minister", "ACCUSE"),
    ("The rebels launched an attack on the Malian army base, killing four soldiers.", "The rebels",
     "the Malian army base", "ASSAULT"),
    # a prosecutor seeking a sentence accuses; fire across a ceasefire line is fire, the line no ceasefire
    ("The Greek prosecutor is seeking jail sentences for the three smugglers.", "The Greek prosecutor",
     "the three smugglers", "ACCUSE"),
    ("Eritrea and Ethiopia have fired across the ceasefire line in recent weeks.", "Eritrea", "Ethiopia", "ASSAULT"),
    # an act "out of the question" is refused
    ("The Bolivian president said that lifting the ban on Chilean imports is out of the question.",
     "The Bolivian president", "Chilean imports", "REJECT"),
    ("Canadian officials said removing the sanctions on Belarus was out of the question.", "Canadian officials",
     "Belarus", "REJECT"),
    ("The EU removed the sanctions on Belarus.", "The EU", "Belarus", "RETREAT"),
    # critics saying the target did something allege it; a spokesman saying it reports it
    ("Kenyan critics say the president has used the floods as an excuse to delay the vote.", "Kenyan critics",
     "the president", "ACCUSE"),
    ("His opponents argue that the governor rigged the tender.", "His opponents", "the governor", "ACCUSE"),
    # agreeing to or on a deal or its text finalises it (SUPPORT); agreeing to a truce or to a plan is AGREE
    ("Chile and Peru have agreed to a new fisheries deal, the two governments said.", "Chile", "Peru", "SUPPORT"),
    ("Kenya and Uganda agreed on the final text of a border accord.", "Kenya", "Uganda", "SUPPORT"),
    ("Chile and Peru have agreed to a ceasefire along the border.", "Chile", "Peru", "AGREE"),
    ("The rebels agreed to a plan proposed by Angolan mediators.", "The rebels", "Angolan mediators", "AGREE"),
    # PLOVER: a conviction is a SANCTION; one that sends someone to prison is COERCE
    ("A Danish court convicted the Latvian trader of fraud.", "A Danish court", "the Latvian trader", "SANCTION"),
    # approving an act is doing it; granting a request is a concession
    ("The Estonian cabinet approved a pardon for the jailed Russian journalist.", "The Estonian cabinet",
     "the jailed Russian journalist", "RETREAT"),
    ("Police opened fire on the Kenyan protesters.", "Police", "the Kenyan protesters", "ASSAULT"),
    # the demand set in an "until" clause is not the act
    ("The Chilean dockers said they will not end the strike until the port company raises wages.",
     "The Chilean dockers", "the port company", "REJECT"),
    # the source is the one said to have done it
    ("The militia and the Malian army are guilty of violating the truce.", "The militia", "the Malian army",
     "ASSAULT"),
])
def test_complements_and_conventions(text, source, target, expected):
    assert _code(text, source, target) == expected


def test_a_released_statement_is_not_a_release():
    text = "Peru and Chile released a joint statement criticising Bolivia over the border closure."
    assert _code(text, "Peru and Chile", "Bolivia") != "RETREAT"
