"""Quotes end to end on short invented texts: each pattern, each style, speakers resolved."""
from __future__ import annotations

import pytest

from brinkwatch.quotes import find_quotes

from .conftest import quote_with


def quotes_of(analyse, text, title=None):
    return find_quotes(analyse(text, title=title))


@pytest.mark.parametrize("opening, closing", [("“", "”"), ('"', '"'), ("‘", "’"), ("« ", " »"), ("„", "“")])
def test_every_quotation_style_gets_its_speaker(analyse, opening, closing):
    text = f"{opening}We will keep the border open for as long as it takes,{closing} said Marta Kowalska."
    q = quote_with(quotes_of(analyse, text), "keep the border open")
    assert q.direct and q.speaker is not None and "Kowalska" in q.speaker.text
    assert q.cue is not None and q.cue.lemma == "say"


def test_speaker_after(analyse):
    q = quote_with(quotes_of(analyse, '"The convoy has left the depot," Hanna Weber said on Monday.'), "convoy")
    assert q.rule == "quote.direct.speaker_after"
    assert q.speaker.text == "Hanna Weber" and q.cue.text == "said"


def test_speaker_before(analyse):
    q = quote_with(quotes_of(analyse, 'Hanna Weber told reporters: "The convoy has left the depot."'), "convoy")
    assert q.speaker.text == "Hanna Weber" and q.cue.lemma == "tell"
    assert q.rule.startswith("quote.direct")


def test_speaker_inside_two_parts(analyse):
    text = ('"Talks are the only way forward," said Pieter Jansen, the alliance\'s envoy, '
            '"and we will not stop talking."')
    quotes = quotes_of(analyse, text)
    first, second = quote_with(quotes, "only way forward"), quote_with(quotes, "not stop talking")
    assert first.speaker == second.speaker
    assert first.speaker.text == "Pieter Jansen, the alliance's envoy"  # the mention with its apposition
    assert second.rule == "quote.direct.speaker_inside"


def test_quote_running_over_two_paragraphs(analyse):
    text = ('Pieter Jansen said: "The first part of my message is about the border.\n\n'
            '"The second part is about the harbour."\n\nThe meeting ended at noon.')
    q = quote_with(quotes_of(analyse, text), "first part")
    assert "second part is about the harbour" in q.content
    assert q.speaker.text == "Pieter Jansen"


def test_floating_quote_inherits_the_speaker(analyse):
    text = ('"We have counted every lorry at the crossing," Hanna Weber said.\n\n'
            '"Not one of them carried weapons, and we will publish the full list tomorrow."')
    quotes = quotes_of(analyse, text)
    q = quote_with(quotes, "Not one of them")
    assert q.rule == "quote.floating" and q.cue is None
    assert q.speaker.text == "Hanna Weber" or q.speaker.name == "Hanna Weber"


def test_scare_quotes_are_not_quotes(analyse):
    quotes = quotes_of(analyse, 'The build-up was described as a "dramatic acceleration" of the crisis.')
    assert quotes == []


def test_indirect_speech(analyse):
    q = quote_with(quotes_of(analyse, "Hanna Weber said that the convoy had left the depot."), "convoy")
    assert not q.direct and q.rule == "quote.indirect.ccomp"
    assert q.content == "that the convoy had left the depot"
    assert q.speaker.text == "Hanna Weber" and q.cue.lemma == "say"


def test_indirect_speech_with_fronted_clause(analyse):
    q = quote_with(quotes_of(analyse, "The talks will resume next week, the ministry spokesman said."), "talks")
    assert q.content == "The talks will resume next week"
    assert "spokesman" in q.speaker.text


def test_according_to(analyse):
    q = quote_with(quotes_of(analyse, "According to Hanna Weber, the convoy left the depot at dawn."), "convoy")
    assert q.rule == "quote.indirect.according_to" and q.cue.lemma == "according to"
    assert q.speaker.text == "Hanna Weber"


def test_passive_speaker(analyse):
    text = 'Reporters were told by Hanna Weber, the mission chief. "Nobody crossed the line last night."'
    q = quote_with(quotes_of(analyse, text), "Nobody crossed")
    assert q.speaker.text.startswith("Hanna Weber")


def test_pronoun_speaker_is_resolved(analyse):
    text = ('Chancellor Olaf Scholz met the press in Berlin.\n\n'
            'He said that the pipeline would not open while the troops stayed at the border.')
    q = quote_with(quotes_of(analyse, text), "pipeline")
    assert q.speaker.text == "He" and q.speaker.name == "Olaf Scholz"


def test_metonym_speaker_is_resolved(analyse):
    q = quote_with(quotes_of(analyse, "Kyiv stated that such a vote would end the peace talks."), "peace talks")
    assert q.speaker.text == "Kyiv" and q.speaker.country == "UKR"


def test_institution_speaker(analyse):
    q = quote_with(quotes_of(analyse, "The Russian defense ministry said that two battalions had left the area."),
                   "battalions")
    assert "defense ministry" in q.speaker.text and q.speaker.country == "RUS"


def test_partial_quote_is_carried_by_the_reported_clause(analyse):
    text = 'Hanna Weber said the crossing was "calm but tense" and that patrols would continue.'
    quotes = quotes_of(analyse, text)
    q = next(q for q in quotes if "calm but tense" in q.content and q.rule != "quote.partial")
    assert q.rule == "quote.indirect.mixed" and "patrols would continue" in q.content and not q.direct
    whole = [q for q in quotes if q.rule != "quote.partial"]
    assert len(whole) == 1  # the words are never reported twice
    partial = [q for q in quotes if q.rule == "quote.partial"]  # the quoted words: a direct quote of their own
    assert [(p.content, p.direct, p.speaker.text) for p in partial] == [("calm but tense", True, "Hanna Weber")]
    assert text[partial[0].start:partial[0].end] == "calm but tense" and q.start <= partial[0].start < q.end


def test_a_fully_quoted_clause_has_no_partial_record(analyse):
    quotes = quotes_of(analyse, '"The crossing is calm," Hanna Weber said.')
    assert [q.rule for q in quotes if q.rule == "quote.partial"] == []


def test_headline_quote_needs_a_cue(analyse):
    quotes = quotes_of(analyse, "The talks went on all day.", title='Minister: "No deal yet"')
    assert all(q.start >= len('Minister: "No deal yet"') or q.speaker is not None for q in quotes)


def test_offsets_point_at_the_text(analyse):
    text = ('Pieter Jansen said: "The first part.\n\n"The second part," he added.\n\n'
            '"Talks are the only way," said Hanna Weber, "and we talk." According to the mayor, '
            'the bridge is closed. Kyiv said that the talks failed.')
    a = analyse(text, title="Envoys speak")
    quotes = find_quotes(a)
    assert len(quotes) >= 5
    for q in quotes:
        assert a.document.text[q.start : q.end] == q.content
        assert 0.0 <= q.confidence <= 1.0 and q.rule.startswith("quote.")
        for part in (q.speaker, q.cue):
            if part is not None:
                assert a.document.text[part.start : part.end] == part.text
    spans = sorted((q.start, q.end) for q in quotes)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))


def test_parenthetical_cue_reports_both_sides(analyse):
    quotes = quotes_of(analyse, "The bridge is closed, the mayor says, and the ferry will stay in port until Friday.")
    first, second = quote_with(quotes, "bridge is closed"), quote_with(quotes, "ferry will stay")
    assert first.rule == second.rule == "quote.indirect.parenthetical"
    assert first.content == "The bridge is closed" and "mayor" in first.speaker.text and first.cue == second.cue


def test_questions_and_infinitives_are_not_statements(analyse):
    text = "Reporters asked whether the border would open. The council urged residents to stay home."
    quotes = quotes_of(analyse, text)
    assert all(q.rule.startswith("quote.attribution.") and not q.direct for q in quotes)  # attributions, no quotes
    assert quote_with(quotes, "whether the border would open").rule == "quote.attribution.question"


def test_cue_keeps_its_auxiliary_and_particle(analyse):
    q = quote_with(quotes_of(analyse, "Hanna Weber has also pointed out that the depot was empty."), "depot")
    assert q.cue.text == "has also pointed out" and q.cue.lemma == "point out"
