"""'the plan, which the mayor backed': a relative pronoun as the object of an attribution verb stands
for what is attributed (rule quote.attribution.relative), with an 'as' phrase as a second span."""
from __future__ import annotations

import pytest

from brinkwatch.quotes import find_quotes

from .conftest import assert_offsets


def _relative(quotes):
    return [q for q in quotes if q.rule == "quote.attribution.relative"]


@pytest.mark.parametrize("sentence, pronoun, cue, speaker", [
    ("The council passed the harbour levy, which the mayor had opposed for years.", "which", "had opposed",
     "the mayor"),
    ("Voters rejected the tunnel plan, which the governor has defended.", "which", "has defended", "the governor"),
    ("The deal hurt the fishermen, whom the minister praised last spring.", "whom", "praised", "the minister"),
])
def test_relative_pronoun_object(analyse, sentence, pronoun, cue, speaker):
    a = analyse(sentence)
    found = _relative(find_quotes(a))
    assert len(found) == 1
    q = found[0]
    assert q.content == pronoun and q.cue.text == cue and q.speaker.text == speaker
    assert not q.direct and q.confidence < 0.5
    assert_offsets(a.document.text, q)


def test_relative_pronoun_with_as_phrase(analyse):
    a = analyse("She moved back to Ohio, which she describes as her real home.")
    found = _relative(find_quotes(a))
    assert [q.content for q in found] == ["which", "as her real home"]
    for q in found:
        assert q.cue.text == "describes" and q.speaker.text == "she"
        assert_offsets(a.document.text, q)


@pytest.mark.parametrize("sentence", [
    "The senator won the seat that her father once held.",  # 'that' is left to the antecedent
    "The report, which the agency released on Monday, runs to forty pages.",  # no attribution verb
])
def test_no_relative_attribution(analyse, sentence):
    assert not _relative(find_quotes(analyse(sentence)))
