import pytest

from brinkwatch.events.intensity import intensity, ontology, quad
from brinkwatch.events.lexicon import EVENT_TYPES


def test_every_type_has_a_score_and_a_quad():
    o = ontology()
    assert set(o["type_scores"]) == set(EVENT_TYPES) == set(o["quads"]) == set(o["modes"])
    for t in EVENT_TYPES:
        assert -10 <= intensity(t) <= 10
        assert quad(t) in (1, 2, 3, 4)


def test_modes_refine_the_type_score():
    assert intensity("ASSAULT") == -9
    assert intensity("ASSAULT", "aerial") == -9.5
    assert intensity("RETREAT", "withdraw") == 8
    assert intensity("CONSULT", "phone") == 1.5
    assert intensity("CONSULT", "nonexistent") == 2.5


def test_accuse_is_negative():
    assert intensity("ACCUSE") < 0


@pytest.mark.parametrize("etype,q", [("AGREE", 1), ("AID", 2), ("THREATEN", 3), ("MOBILIZE", 4)])
def test_quads(etype, q):
    assert quad(etype) == q
