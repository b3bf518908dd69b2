import pytest

from brinkwatch.events import code_pair

from .helpers import code, sentence


_code = code


@pytest.mark.parametrize("text,source,target,expected", [
    ("Chile condemned the arrest of the Peruvian journalist.", "Chile", "Peruvian journalist", "ACCUSE"),
    ("Norway will send medical supplies to Yemen.", "Norway", "Yemen", "AGREE"),
    ("The regime refused to meet the UN envoy.", "The regime", "UN envoy", "REJECT"),
    ("Pakistan summoned the Indian ambassador.", "Pakistan", "Indian ambassador", "ACCUSE"),
    ("Kenya deployed troops to the Somali border.", "Kenya", "Somali border", "MOBILIZE"),
    ("The cabinet will extend the curfew in the capital.", "The cabinet", "the capital", "THREATEN"),
    ("Japan and Australia held talks on maritime security.", "Japan", "Australia", "CONSULT"),
    ("Rebels freed two aid workers on Friday.", "Rebels", "two aid workers", "RETREAT"),
    ("The court sentenced the opposition leader to prison.", "The court", "the opposition leader", None),
])
def test_code_pair(text, source, target, expected):
    got = _code(text, source, target)
    if expected is None:
        assert got is None or got != "AID"
    else:
        assert got == expected


def test_missing_marks_give_none():
    doc = sentence("Nothing happened here.")
    assert code_pair(doc, None, None) is None


def test_a_pair_in_a_longer_document_looks_only_at_its_sentence():
    text = "Chile condemned the coup. Norway sent food aid to Yemen."
    doc = sentence(text)
    s, t = text.index("Norway"), text.index("Yemen")
    assert code_pair(doc, (s, s + 6), (t, t + 5)) == "AID"
    assert code_pair(doc, doc[0:1], doc[2:4]) == "ACCUSE"
