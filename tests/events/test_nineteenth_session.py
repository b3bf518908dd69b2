"""Nineteenth-session rows from PLV train errors that were our bugs, not convention: a political attack on a law, a
plan or legal proceedings is criticism, not violence; support received or given that is financial, logistic or
humanitarian is aid, and plain support received is support, not a visit; a commitment reinforced is a promise,
not a troop reinforcement (troops and positions reinforced stay MOBILIZE). From our studied real-news marks: one
named person attacking, hitting or pounding another is a war of words; a name called in quotation marks
("called her an 'Aunt Tom'") is an accusation, not a phone call."""
import pytest

from .helpers import code


@pytest.mark.parametrize("text,source,target,expected", [
    # attacks on words, laws and proceedings
    ("The opposition leader launched a fierce attack on the government's new budget.", "The opposition leader",
     "the government", "ACCUSE"),
    ("The mayor's office has led the attack on the recall proceedings against her.", "The mayor's office",
     "the recall proceedings", "ACCUSE"),
    ("Rebels launched an attack on the garrison at dawn.", "Rebels", "the garrison", "ASSAULT"),
    # support received, material or not
    ("The Malian junta has received military and logistical support from Moscow.", "Moscow", "The Malian junta",
     "AID"),
    ("The rebel alliance received backing from Kigali, the panel found.", "Kigali", "The rebel alliance",
     "SUPPORT"),
    ("The mayor received the endorsement of the teachers' union on Friday.", "the teachers' union", "The mayor",
     "SUPPORT"),
    ("Norway provided humanitarian support to Sudanese refugees in Chad.", "Norway", "Sudanese refugees", "AID"),
    # reinforcing a commitment is no troop movement
    ("Japan has reinforced its commitment to Pacific island states with new climate funds.", "Japan",
     "Pacific island states", "AGREE"),
    ("The Sudanese army is reinforcing its positions around RSF-held Omdurman.", "The Sudanese army",
     "RSF-held Omdurman", "MOBILIZE"),
    # words between named people
    ("Senator Alma Reyes hit Governor Tom Birch on taxes during the debate.", "Senator Alma Reyes",
     "Governor Tom Birch", "ACCUSE"),
    ("In a long speech, Viktor Sandor attacked Eva Lind for her record on pensions.", "Viktor Sandor", "Eva Lind",
     "ACCUSE"),
    ("Russia attacked Ukraine in February 2022.", "Russia", "Ukraine", "ASSAULT"),
    # names called
    ("At the rally, Marco Vidal called his opponent, the sitting mayor, a \u201cpuppet.\u201d", "Marco Vidal",
     "his opponent", "ACCUSE"),
    ("The minister called the mayor on Monday to discuss the floods.", "The minister", "the mayor", "CONSULT"),
])
def test_nineteenth_session_rows(text, source, target, expected):
    assert code(text, source, target, learned=False) == expected
