import pytest

from brinkwatch.events.clauses import match
from brinkwatch.events.modality import modality

from .helpers import sentence


def _mod(text: str, word: str, year: int | None = 2022) -> str:
    doc = sentence(text)
    tok = next(t for t in doc if t.text == word)
    m = match(tok)
    assert m is not None, word
    return modality(m.trigger, m.head, year)


@pytest.mark.parametrize("text,word,expected", [
    ("The rebels attacked the convoy near the border.", "attacked", "asserted"),
    ("The rebels did not attack the convoy.", "attack", "negated"),
    ("Observers saw no signs of withdrawal by the brigade.", "withdrawal", "negated"),
    ("Officials fear the army could invade the enclave.", "invade", "hypothetical"),
    ("The militia may attack the town.", "attack", "hypothetical"),
    ("The ministry announced that the battalions would withdraw from the coast.", "withdraw", "future"),
    ("The cabinet will impose sanctions on the regime.", "sanctions", "future"),
    ("The junta plans to arrest the opposition leaders.", "arrest", "future"),
    ("If the army invades the province, the alliance will respond.", "invades", "hypothetical"),
    ("The state has denied that it is planning to invade the island.", "invade", "negated"),
    ("The war has claimed many lives since 2014 when the army annexed the region.", "annexed", "historical"),
    # a purpose clause shares the modality of what it is the purpose of
    ("The rebels could regroup in the hills to launch attacks on Kenyan forces.", "attacks",
     "hypothetical"),
    ("The junta will mass troops on the border to invade the enclave.", "invade", "future"),
    ("The junta massed troops on the border to invade the enclave.", "invade", "asserted"),
    ("The envoy did not travel to Kyiv to meet the president.", "meet", "negated"),
])
def test_modality(text, word, expected):
    assert _mod(text, word) == expected


@pytest.mark.parametrize("text,word", [
    ("Officials feared a plot to create a reason for the army to cross into the enclave.", "cross"),
    ("The junta was looking for a pretext to invade the island.", "invade"),
])
def test_an_act_someone_would_have_happen_is_hypothetical(text, word):
    assert _mod(text, word) == "hypothetical"


def test_uncertainty_is_hypothetical():
    assert _mod("The envoy is not certain that the army has begun to withdraw troops.", "withdraw") == "hypothetical"


def test_negation_in_a_concessive_clause_stays_there():
    text = "Although the ministry is open to talks, the envoy is not convinced."
    assert _mod(text, "open") == "asserted"


@pytest.mark.parametrize("text,word,expected", [
    ("Monitors had seen no sign that the brigade was pulling its tanks back.", "pulling", "negated"),
    ("There is no evidence that the militia is withdrawing from the valley.", "withdrawing", "negated"),
    ("The junta had no intention of attacking the islands, its envoy said.", "attacking", "negated"),
    ("Diplomats said the danger of an invasion of the enclave was rising.", "invasion", "hypothetical"),
    ("Markets fell on fears of a blockade of the strait by the navy.", "blockade", "hypothetical"),
    ("The envoy had seen a sign that the brigade was pulling its tanks back.", "pulling", "asserted"),
])
def test_framing_nouns(text, word, expected):
    """A noun frames the event: denied signs and intentions negate it, risks make it hypothetical."""
    assert _mod(text, word) == expected


def test_a_demanded_act_has_not_happened():
    assert _mod("The council demanded that the militia withdraw its fighters from the port.", "withdraw") == "hypothetical"
    assert _mod("The council said that the militia withdrew its fighters from the port.", "withdrew") == "asserted"


def test_reported_would_makes_an_event_noun_future():
    assert _mod("The ministry said the army would hold exercises near the border on Saturday.", "exercises") == "future"
    assert _mod("The army would hold exercises near the border if asked.", "exercises") == "hypothetical"


def test_a_participle_beside_a_denial_is_the_deniers_next_act_not_what_is_denied():
    from .helpers import events_of

    events, _ = events_of("Tajikistan denied that its guards had fired first, accusing Kyrgyz guards of trying to "
                          "install cameras on the border. The Israeli military denied firing at the peacekeepers.")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse and accuse[0].modality == "asserted"
    fire = [e for e in events if e.type == "ASSAULT" and "peacekeepers" in e.sentence]
    assert fire and fire[0].modality == "negated"


def test_what_anyone_who_does_it_will_face_is_not_an_act_that_happened():
    from .helpers import events_of

    events, _ = events_of("Vucic said anyone who attacks a police officer will be arrested. Those who attacked the "
                          "embassy were arrested on Friday.")
    attacks = {e.sentence[:6]: e.modality for e in events if e.type == "ASSAULT"}
    assert attacks == {"Vucic ": "hypothetical", "Those ": "asserted"}


def test_rations_sent_and_a_humanitarian_operation_are_aid():
    from .helpers import events_of

    events, _ = events_of("The World Food Programme said it would send emergency rations to 20,000 people in Pemba. "
                          "The UN launched a humanitarian operation in Gaza.")
    assert [e.type for e in events] == ["AID", "AID"]


def test_a_delivery_of_arms_is_aid_to_its_recipient():
    from .helpers import events_of

    events, _ = events_of("Egypt completed the delivery of weapons to Somalia on Tuesday.")
    assert [(e.type, e.source.country, e.target.country) for e in events] == [("AID", "EGY", "SOM")]
