"""Sentence boundaries the pipeline enforces around the parser (nlp/model.py)."""
from brinkwatch.nlp import load_nlp


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents]


def test_a_headline_and_each_paragraph_are_their_own_sentences():
    assert _sentences("Border talks collapse\n\nThe talks ended on Monday.\nA new round is planned.") == [
        "Border talks collapse", "The talks ended on Monday.", "A new round is planned."]


def test_a_lead_with_coordinated_subjects_is_never_split_after_its_first_word():
    assert _sentences("Tensions rise again after talks fail\n\nIran and Pakistan agreed to return their "
                      "ambassadors.") == ["Tensions rise again after talks fail",
                                          "Iran and Pakistan agreed to return their ambassadors."]


def test_a_capital_with_two_words_opening_a_lead_is_not_split():
    assert _sentences("Ethiopia rejects Egyptian charges over dam\n\nAddis Ababa denied the charges on Monday.") == [
        "Ethiopia rejects Egyptian charges over dam", "Addis Ababa denied the charges on Monday."]
