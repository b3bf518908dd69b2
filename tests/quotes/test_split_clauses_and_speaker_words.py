"""A reported clause in two parts around its cue ('..., he said, "..."'), a speaker with a relative
clause of its own ('X, an aide who advised Y, said ...'), the speaker's next verb that the parse hangs
on what was said ('said ... and urged ...'), the words that belong to a speaker's name ('Nearly half of
the voters', 'the Texas-based consultant', 'Sen. Birch (D-Vt.)') and the 'when' after an attitude's
object ('criticized the budget after the vote')."""
from __future__ import annotations

import pytest

from brinkwatch.quotes import find_quotes

from .conftest import assert_offsets, quote_with


def quotes_of(analyse, text):
    return find_quotes(analyse(text))


def test_clause_in_two_parts_around_its_cue(analyse):
    text = 'The council had split the first two votes, which is an outcome, he said, "we expected from the start."'
    quotes = quotes_of(analyse, text)
    first, second = quote_with(quotes, "split the first"), quote_with(quotes, "we expected")
    assert first.content == "The council had split the first two votes, which is an outcome"
    assert second.content.startswith("we expected from the start") and second.direct
    assert first.cue.start == second.cue.start and first.cue.text == "said"
    assert "said" not in first.content and "said" not in second.content
    for q in (first, second):
        assert_offsets(text, q)


def test_two_sentences_around_a_cue_stay_apart(analyse):
    text = ('Porters were often blamed for small thefts, Keller writes; such charges "tended to pile up near '
            'the end of a career."')
    quotes = quotes_of(analyse, text)
    first, second = quote_with(quotes, "Porters were"), quote_with(quotes, "such charges")
    assert first.content == "Porters were often blamed for small thefts"
    assert "writes" not in second.content and first.cue.start == second.cue.start
    assert first.speaker.text == second.speaker.text == "Keller"


def test_a_participle_after_the_cue_is_no_part(analyse):
    quotes = quotes_of(analyse, '"I love the harbour," she said, her voice breaking with emotion.')
    assert not any("voice" in q.content for q in quotes)


@pytest.mark.parametrize("text, speaker, content", [
    ('Lena Marsh, a surgeon who advised Wagner on the hospital budget, said the reform so far has been '
     'a success "by any measure we have."', "Lena Marsh, a surgeon who advised Wagner on the hospital budget",
     "the reform so far has been"),
    ("Senator Tom Harker, a Utah Democrat who has met privately with Mr. Ober and been mentioned as a running "
     "mate, said ''there might be'' a point that would make him drop his support.", "Senator Tom Harker",
     "there might be"),
])
def test_a_relative_clause_in_the_speaker_is_no_cue(analyse, text, speaker, content):
    quotes = quotes_of(analyse, text)
    q = quote_with(quotes, content)
    assert q.cue.text == "said" and q.speaker.text.startswith(speaker)
    assert not q.content.startswith("said")
    assert not any(x.rule == "quote.indirect.parenthetical" for x in quotes)
    assert_offsets(text, q)


@pytest.mark.parametrize("text, said, other", [
    ("Mr. Olsen said the ferry schedule was too thin and urged the council to add a second boat.",
     "the ferry schedule was too thin", "the council to add a second boat"),
    ("Ms. Ferro said she regretted her remarks and promised to stay out of the race.",
     "she regretted her remarks", "to stay out of the race"),
])
def test_the_speakers_next_verb_ends_what_was_said(analyse, text, said, other):
    quotes = quotes_of(analyse, text)
    q = quote_with(quotes, said)
    assert q.content == said and q.cue.text == "said"
    rest = quote_with(quotes, other)
    assert rest.speaker is not None and rest.speaker.text == q.speaker.text
    assert_offsets(text, rest)


def test_the_speakers_next_verb_keeps_a_subject_of_its_own(analyse):
    text = "Mr. Olsen said the ferry schedule was thin and the council urged him to wait."
    q = next(q for q in quotes_of(analyse, text) if q.cue is not None and q.cue.text == "said")
    assert "the ferry schedule was thin" in q.content


@pytest.mark.parametrize("text, speaker", [
    ("Nearly half of the voters said the tax was unfair.", "Nearly half of the voters"),
    ("The Texas-based consultant said the turnout would be low.", "The Texas-based consultant"),
    ("Former Secretary of State Ann Lowe said the treaty would hold.", "Former Secretary of State Ann Lowe"),
    ("Current and former officials said the program had failed.", "Current and former officials"),
    ('Sen. Ann Birch (D-Vt.) said the bill "will not pass this year."', "Sen. Ann Birch (D-Vt.)"),
    ('Jo Sims — a teacher from Ohio — says the school "has never been this crowded."',
     "Jo Sims — a teacher from Ohio —"),
    ("Even Mr. Dale said the plan was too costly.", "Mr. Dale"),
])
def test_the_words_of_a_speakers_name(analyse, text, speaker):
    q = next(q for q in quotes_of(analyse, text) if q.cue is not None and q.cue.lemma == "say")
    assert q.speaker.text == speaker
    assert_offsets(text, q)


def test_when_ends_an_attitudes_object(analyse):
    q = quote_with(quotes_of(analyse, "The mayor criticized the budget after the vote."), "budget")
    assert q.content == "the budget" and q.cue.text == "criticized"
