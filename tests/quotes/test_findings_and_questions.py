"""Polls that find things ('In the latest Gallup poll, ...'), questions put with no asker named
('Asked whether ..., she said'), cues opened by 'as' ('as the Post reported') and speakers whose names
hold a hyphen or slash ('a CNN/ORC poll')."""
from __future__ import annotations

import pytest

from brinkwatch.quotes import find_quotes

from .conftest import assert_offsets, quote_with


def quotes_of(analyse, text):
    return find_quotes(analyse(text))


def test_fronted_poll_gives_its_finding(analyse):
    text = "In the latest Harbor Gazette poll, Ana Silva led the mayor by nine points."
    q = quote_with(quotes_of(analyse, text), "led the mayor")
    assert q.rule == "quote.attribution.finding" and q.cue.text == "In"
    assert q.speaker.text == "the latest Harbor Gazette poll"
    assert q.content == "Ana Silva led the mayor by nine points"
    assert_offsets(text, q)


def test_poll_after_its_clause_gives_what_comes_before(analyse):
    text = "Ana Silva slipped to third place in a Harbor Gazette survey released Monday."
    q = quote_with(quotes_of(analyse, text), "slipped to third")
    assert q.rule == "quote.attribution.finding" and q.cue.text == "in"
    assert q.content == "Ana Silva slipped to third place"
    assert q.speaker.text.startswith("a Harbor Gazette survey")
    assert_offsets(text, q)


def test_polls_in_general_find_nothing(analyse):
    quotes = quotes_of(analyse, "The governor has slid in the polls since the spring.")
    assert not any(q.rule == "quote.attribution.finding" for q in quotes)


def test_slash_joins_a_poll_name(analyse):
    text = "In a new Gazette/Harbor poll, the mayor trailed by four points."
    q = quote_with(quotes_of(analyse, text), "mayor trailed")
    assert q.speaker.text == "a new Gazette/Harbor poll"


@pytest.mark.parametrize("text, content, cue", [
    ("Asked whether she would run again, Lopez said she had not decided.", "whether she would run again", "Asked"),
    ("Asked about the merger, Lopez said the deal was dead.", "the merger", "Asked about"),
    ("Asked on Tuesday about the merger, Lopez said the deal was dead.", "about the merger", "Asked"),
    ("The senator was asked what she thought of the budget.", "what she thought of the budget", "was asked"),
])
def test_question_with_no_asker(analyse, text, content, cue):
    quotes = quotes_of(analyse, text)
    q = quote_with(quotes, content)
    assert q.rule == "quote.attribution.question" and q.content == content
    assert q.cue.text == cue and q.speaker is None
    assert_offsets(text, q)


def test_question_before_a_quote_is_not_what_was_said(analyse):
    text = 'Asked if the plan would pass, Ortiz said, "We will see."'
    quotes = quotes_of(analyse, text)
    assert quote_with(quotes, "plan would pass").rule == "quote.attribution.question"
    said = quote_with(quotes, "We will see")
    assert said.speaker.text == "Ortiz" and "Asked" not in said.content


def test_asker_named_is_no_open_question(analyse):
    quotes = quotes_of(analyse, "Lopez has asked whether the port will reopen.")
    assert not any(q.rule == "quote.attribution.question" and q.speaker is None for q in quotes)


@pytest.mark.parametrize("text, content", [
    ("As the Harbor Gazette reported, the ferry company had lost its license.",
     "the ferry company had lost its license"),
    ("The ferry company had lost its license, as the Harbor Gazette reported.",
     "The ferry company had lost its license"),
])
def test_as_opens_a_reporting_aside(analyse, text, content):
    q = quote_with(quotes_of(analyse, text), "lost its license")
    assert q.content == content and q.cue.text == "reported" and q.speaker.text == "the Harbor Gazette"
    assert q.rule == "quote.indirect.parenthetical"
    assert_offsets(text, q)


def test_it_belongs_to_the_cue_of_put(analyse):
    text = "The harbor, as Ana Silva put it, had become a parking lot for ferries."
    q = quote_with(quotes_of(analyse, text), "parking lot")
    assert q.cue.text == "put it" and q.speaker.text == "Ana Silva"
    assert_offsets(text, q)
