"""Shapes the finder used to miss: a participle on a document ('issued a statement saying ...',
'a tweet attacking ...') and a passive with no 'by' that labels its subject ('was accused of ...')."""
from __future__ import annotations

import pytest

from brinkwatch.quotes import find_quotes

from .conftest import assert_offsets, quote_with


@pytest.mark.parametrize("sentence, content, cue, speaker, rule", [
    ("The ministry issued a statement saying that the talks had failed.", "that the talks had failed",
     "issued a statement saying", "The ministry", "quote.indirect.ccomp"),
    ("The council issued a statement calling the vote a disgrace.", "the vote a disgrace",
     "issued a statement calling", "The council", "quote.attribution.attitude"),
    ("The council sent a letter urging the mayor to resign.", "the mayor to resign",
     "sent a letter urging", "The council", "quote.attribution.attitude"),
    ("The governor posted a tweet attacking the new budget plan.", "the new budget plan",
     "posted a tweet attacking", "The governor", "quote.attribution.attitude"),
    ("In a statement announcing the merger, the union praised the workers.", "the merger",
     "announcing", "a statement", "quote.attribution.attitude"),
])
def test_document_participle(analyse, sentence, content, cue, speaker, rule):
    a = analyse(sentence)
    q = quote_with(find_quotes(a), content)
    assert (q.content, q.cue.text, q.speaker.text, q.rule) == (content, cue, speaker, rule)
    assert_offsets(a.document.text, q)


def test_document_released_by_speaker(analyse):
    a = analyse("A statement released by the ministry on Monday saying the talks had failed was read aloud.")
    q = quote_with(find_quotes(a), "the talks had failed")
    assert q.speaker.text == "the ministry" and q.cue.text == "saying"
    assert_offsets(a.document.text, q)


def test_received_document_is_no_issuer(analyse):
    """'received calls saying ...': who received them did not say it; the calls did."""
    a = analyse("The police received several calls saying that shots had been fired at the school.")
    q = quote_with(find_quotes(a), "shots had been fired")
    assert q.speaker.text != "The police" and q.cue.text == "saying"


@pytest.mark.parametrize("sentence, subject, complement, cue", [
    ("The mayor was accused of hiding the report.", "The mayor", "hiding the report", "was accused of"),
    ("The senator was dubbed the winner of the debate.", "The senator", "the winner of the debate", "was dubbed"),
    ("The old bridge was seen as a symbol of the city.", "The old bridge", "a symbol of the city", "was seen as"),
    ("The agency has been criticized for moving too slowly.", "The agency", "for moving too slowly",
     "has been criticized"),
])
def test_agentless_passive_label(analyse, sentence, subject, complement, cue):
    a = analyse(sentence)
    quotes = find_quotes(a)
    first, second = quote_with(quotes, subject), quote_with(quotes, complement)
    for q, words in ((first, subject), (second, complement)):
        assert q.content == words and q.rule == "quote.attribution.label" and q.speaker is None
        assert q.cue.text == cue
        assert_offsets(a.document.text, q)


def test_passive_with_agent_stays_attitude(analyse):
    q = quote_with(find_quotes(analyse("The proposal was rejected by the council.")), "The proposal")
    assert q.rule == "quote.attribution.attitude" and q.speaker.text == "the council"


def test_passive_label_needs_complement_next(analyse):
    """'was praised on Friday': no label follows the verb, so nothing is attributed."""
    quotes = find_quotes(analyse("The nurse was praised on Friday."))
    assert not [q for q in quotes if q.rule == "quote.attribution.label"]
