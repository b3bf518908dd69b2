"""Reported clauses the parse makes hard to see: a share or a described group as the speaker ('38% say',
'those polled said'), earlier sentence parts the parse hangs on a late cue, a listener right after the
verb ('told a radio station the ...'), the opening mark a clause's parse takes in, a 'that' clause the
parse hangs on the phrase after the verb ('said in one of several posts that ...'), a subject after a
comma-set cue whose statement's subject the parse also gives the cue, and a clause whose last verb the
parse hangs on the sentence's root ('as the week the ceasefire held')."""
from __future__ import annotations

from brinkwatch.quotes import find_quotes

from .conftest import assert_offsets, quote_with


def quotes_of(analyse, text):
    return find_quotes(analyse(text))


def test_share_of_respondents_speaks(analyse):
    text = "Among rural voters, 38% say the new bridge toll is unfair."
    q = quote_with(quotes_of(analyse, text), "toll is unfair")
    assert q.speaker is not None and q.speaker.text == "38%" and q.cue.text == "say"
    assert q.content == "the new bridge toll is unfair"
    assert_offsets(text, q)


def test_described_group_speaks(analyse):
    text = "Again, those polled said the governor was best placed to fix the budget."
    q = quote_with(quotes_of(analyse, text), "best placed")
    assert q.speaker is not None and q.speaker.text == "those polled"
    assert q.content == "the governor was best placed to fix the budget"


def test_earlier_part_of_the_sentence_is_not_what_was_said(analyse):
    text = 'The council first rejected the plan last winter: "It will return in the spring," the mayor says.'
    q = quote_with(quotes_of(analyse, text), "return in the spring")
    assert q.cue.text == "says" and q.speaker.text == "the mayor" and q.content == "It will return in the spring"
    assert "rejected" not in q.content
    assert_offsets(text, q)


def test_listener_after_the_verb_is_no_speaker(analyse):
    text = "Harbour councillor and housing advocate Tomas Ekberg told Radio Nord the rules on renovation favour the owner."
    assert not any(q.speaker is not None and "Radio Nord" in q.speaker.text for q in quotes_of(analyse, text))


def test_direct_quote_leaves_out_the_opening_mark(analyse):
    text = ('Rowan said the vote was close.\n\n"We are not giving up, but it feels really hard to think about what '
            'this means," she said.')
    q = quote_with(quotes_of(analyse, text), "not giving up")
    assert q.direct and q.content.startswith("We are not giving up") and q.content.endswith("what this means")


def test_that_clause_after_the_verbs_phrase(analyse):
    text = ("Ines Calloway, the mayor of Westbrook, said in one of a series of posts on Sunday that the dam "
            "had held through the night.")
    q = quote_with(quotes_of(analyse, text), "dam had held")
    assert q.cue.text.startswith("said") and q.content == "that the dam had held through the night"
    assert_offsets(text, q)


def test_that_clause_of_a_noun_stays_the_nouns(analyse):
    text = "The panel was asked to respond to the revelation that the mill had been closed for a year."
    assert not any(q.content.startswith("that the mill") for q in quotes_of(analyse, text))


def test_subject_after_a_comma_set_cue(analyse):
    text = ("The pledge to lower rents appeals to young families who wish for a return to cheaper times, "
            "said Lena Marsh, a planner at the city council.")
    q = quote_with(quotes_of(analyse, text), "appeals to young families")
    assert "Lena Marsh" in q.speaker.text and q.cue.text == "said"
    assert q.content.startswith("The pledge to lower rents") and q.content.endswith("cheaper times")


def test_clause_keeps_its_last_verb(analyse):
    text = ("Spokeswoman Dana Voss dismissed the forecasts, writing online that the week would be remembered as "
            "the week the old rumours died out.")
    q = quote_with(quotes_of(analyse, text), "would be remembered")
    assert q.content == "that the week would be remembered as the week the old rumours died out"
