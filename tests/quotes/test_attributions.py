"""Attributions beyond speech (rules quote.attribution.*): beliefs, stances, intentions, transcript lines;
and the speaker mentions and content spans the attribution conventions ask for."""
from __future__ import annotations

import pytest

from brinkwatch.quotes import find_quotes

from .conftest import quote_with


def quotes_of(analyse, text):
    return find_quotes(analyse(text))


@pytest.mark.parametrize("sentence, content, kind, cue, speaker", [
    ("Officials believe the talks will fail.", "the talks will fail", "belief", "believe", "Officials"),
    ("The union endorsed Maria Lopez for mayor.", "Maria Lopez for mayor", "attitude", "endorsed", "The union"),
    ("The minister vowed to resign.", "to resign", "intention", "vowed", "The minister"),
    ("The judge ordered the agency to release the files.", "the agency to release the files", "attitude",
     "ordered", "The judge"),
    ("The senator called for a ceasefire.", "a ceasefire", "topic", "called for", "The senator"),
    ("The governor is critical of the plan.", "the plan", "stance", "is critical of", "The governor"),
    ("The mayor voiced support for the bridge.", "the bridge", "stance", "voiced support for", "The mayor"),
    ("The pilots seem willing to strike.", "to strike", "stance", "seem willing", "The pilots"),
    ("The proposal was rejected by the council.", "The proposal", "attitude", "was rejected by", "the council"),
])
def test_attribution_patterns(analyse, sentence, content, kind, cue, speaker):
    q = quote_with(quotes_of(analyse, sentence), content)
    assert q.content == content and q.rule == f"quote.attribution.{kind}"
    assert q.cue.text == cue and q.speaker.text == speaker
    assert not q.direct and q.confidence < 0.5


def test_possessor_holds_a_stance(analyse):
    q = quote_with(quotes_of(analyse, "Lopez's criticism of the budget surprised nobody."), "the budget")
    assert q.speaker.text == "Lopez's" and q.cue.text == "criticism of"


def test_transcript_line_with_a_colon(analyse):
    q = quote_with(quotes_of(analyse, "Maria Lopez: We will not leave the valley."), "leave the valley")
    assert q.rule == "quote.attribution.colon" and q.cue.text == ":" and q.speaker.text == "Maria Lopez"
    assert q.content == "We will not leave the valley"


def test_listener_is_no_content(analyse):
    quotes = quotes_of(analyse, "The spokesman told reporters about the delay.")
    assert not any(q.content == "reporters" for q in quotes)


def test_a_quote_wins_over_an_attribution(analyse):
    quotes = [q for q in quotes_of(analyse, 'Ana Silva said the board "rejected the offer outright."')
              if q.rule != "quote.partial"]
    assert len(quotes) == 1  # 'the board rejected the offer' is inside what she said: no second record
    assert not quotes[0].rule.startswith("quote.attribution.") and quotes[0].speaker.text == "Ana Silva"


def test_an_attribution_does_not_take_over_a_floating_quote(analyse):
    text = '"We leave at dawn," Ana Silva said. Her brother opposes the plan. "The roads are open."'
    quotes = quotes_of(analyse, text)
    assert quote_with(quotes, "the plan").rule == "quote.attribution.attitude"
    assert quote_with(quotes, "roads are open").speaker.text == "Ana Silva"


def test_speaker_mention_keeps_its_modifiers(analyse):
    q = quote_with(quotes_of(analyse, "Officials familiar with the talks said the deal was close."), "deal")
    assert q.speaker.text == "Officials familiar with the talks"


def test_unnamed_speaker_takes_the_name_of_its_apposition(analyse):
    q = quote_with(quotes_of(analyse, "The envoy to the talks, Ana Silva, said the deal was close."), "deal")
    assert q.speaker.name == "Ana Silva" and q.speaker.text.startswith("The envoy")


def test_relative_pronoun_is_the_mention_and_the_antecedent_the_name(analyse):
    text = "The plan was drafted by Ana Silva, who said that the roads would reopen."
    q = quote_with(quotes_of(analyse, text), "roads would reopen")
    assert q.speaker.text == "who" and q.speaker.name == "Ana Silva"


def test_parenthetical_cue_splits_one_clause(analyse):
    quotes = quotes_of(analyse, "Kyiv, the mayor said, would hold out for weeks.")
    first, second = quote_with(quotes, "Kyiv"), quote_with(quotes, "hold out")
    assert first.content == "Kyiv" and first.cue == second.cue


def test_quoted_clause_keeps_its_complementizer(analyse):
    q = quote_with(quotes_of(analyse, 'Ana Silva said that "the deal is done."'), "deal is done")
    assert q.direct and q.content == 'that "the deal is done."'


def test_hyphenated_name_is_one_speaker(analyse):
    q = quote_with(quotes_of(analyse, "Ms. Varga-Lindqvist said the plan would fail."), "plan would fail")
    assert q.speaker.text == "Ms. Varga-Lindqvist"


def test_verb_form_the_lemmatizer_cut_short(analyse):
    q = quote_with(quotes_of(analyse, "Officials are hoping to reopen the port."), "reopen the port")
    assert q.rule == "quote.attribution.intention" and q.cue.lemma == "hope"
