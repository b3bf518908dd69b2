"""Content edges and the long tail of cues (issue #4): the writer's asides after a reported clause,
stance verbs beyond 'say', nouns with a 'that' clause, and verbs whose noun object is no content."""
from __future__ import annotations

import pytest

from brinkwatch.quotes import find_quotes
from brinkwatch.quotes.edges import drop_asides

from .conftest import assert_offsets, quote_with


def quotes_of(analyse, text):
    return find_quotes(analyse(text))


def _exact(analyse, text, quotes):
    for q in quotes:
        assert_offsets(text, q)


@pytest.mark.parametrize("sentence, content", [
    ("The agency reported that exports grew in March, though it gave no reason.",
     "that exports grew in March"),
    ("Marta Oyelaran argued that the tariff had failed, although she offered no figures.",
     "that the tariff had failed"),
])
def test_writer_asides_after_a_clause_are_cut(analyse, sentence, content):
    quotes = quotes_of(analyse, sentence)
    q = quote_with(quotes, content.split()[-1])
    assert q.content == content
    _exact(analyse, sentence, quotes)


def test_a_relative_clause_after_a_stance_object_is_cut(analyse):
    text = "The council praised the new ferry schedule, which starts next week."
    q = quote_with(quotes_of(analyse, text), "ferry")
    assert q.content == "the new ferry schedule" and q.rule.startswith("quote.attribution.")


def test_a_relative_clause_in_a_reported_clause_stays(analyse):
    text = "Ines Moreau said the harbour fee rose sharply, which worried the fishermen."
    q = quote_with(quotes_of(analyse, text), "harbour fee")
    assert q.content.endswith("which worried the fishermen")


def test_quoted_words_are_never_cut(analyse):
    text = 'The minister said the reform "will pass, whatever the unions do."'
    q = quote_with(quotes_of(analyse, text), "reform")
    assert "whatever the unions do" in q.content


def test_drop_asides_keeps_a_clause_without_asides(analyse):
    text = "The mayor said the bridge would reopen in May."
    a = analyse(text)
    start = text.index("the bridge")
    assert drop_asides(a.doc, start, len(text) - 1) == len(text) - 1


@pytest.mark.parametrize("sentence, content, cue, speaker", [
    ("The senator likened the tax to a toll on bread.", "the tax to a toll on bread", "likened", "The senator"),
    ("The governor lauded the volunteers for their patience.", "the volunteers for their patience", "lauded",
     "The governor"),
    ("The candidate downplayed the poll numbers.", "the poll numbers", "downplayed", "The candidate"),
])
def test_stance_verbs_of_the_long_tail(analyse, sentence, content, cue, speaker):
    quotes = quotes_of(analyse, sentence)
    q = quote_with(quotes, content)
    assert q.content == content and q.cue.text == cue and q.speaker.text == speaker
    assert q.rule.startswith("quote.attribution.")
    _exact(analyse, sentence, quotes)


@pytest.mark.parametrize("sentence, content, cue, speaker", [
    ("Nobody checked Okafor's claim that the dam had leaked.", "that the dam had leaked", "claim", "Okafor's"),
    ("The union voiced concern that the depot would close.", "that the depot would close", "voiced concern",
     "The union"),
    ("The ministry issued a statement that the border stays open.", "that the border stays open",
     "issued a statement", "The ministry"),
])
def test_a_noun_with_a_that_clause(analyse, sentence, content, cue, speaker):
    quotes = quotes_of(analyse, sentence)
    q = quote_with(quotes, content)
    assert q.content == content and q.rule == "quote.attribution.claim"
    assert q.cue.text == cue and q.speaker.text == speaker
    _exact(analyse, sentence, quotes)


def test_a_relative_clause_on_a_claim_noun_is_no_content(analyse):
    quotes = quotes_of(analyse, "The claim that he made in March was false.")
    assert not any(q.rule == "quote.attribution.claim" for q in quotes)


@pytest.mark.parametrize("sentence, obj", [
    ("The campaign released a video of the rally.", "a video of the rally"),
    ("The party maintained a narrow lead in the polls.", "a narrow lead in the polls"),
])
def test_a_noun_object_of_a_plain_verb_is_no_attribution(analyse, sentence, obj):
    assert not any(q.content == obj for q in quotes_of(analyse, sentence))


@pytest.mark.parametrize("sentence, content, rule, cue", [
    ("The inspectors suspect that the pump was tampered with.", "that the pump was tampered with",
     "quote.attribution.belief", "suspect"),
    ("Dr. Amara Quist speculated that the outbreak began at the market.", "that the outbreak began at the market",
     "quote.indirect.ccomp", "speculated"),
])
def test_more_verbs_of_saying_and_thinking(analyse, sentence, content, rule, cue):
    q = quote_with(quotes_of(analyse, sentence), content)
    assert q.content == content and q.rule == rule and q.cue.text == cue
