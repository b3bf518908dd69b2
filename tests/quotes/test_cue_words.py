"""The words a cue takes beyond its verb: a time or venue right after it, a negation before it, a
passive's 'by'; and a quotation that goes on after a participle clause keeps its cue."""
from __future__ import annotations

import pytest

from brinkwatch.quotes import find_quotes

from .conftest import quote_with


@pytest.mark.parametrize("sentence, content, cue", [
    ("Officials said Friday that the talks would resume.", "that the talks would resume", "said Friday"),
    ("The mayor said in a statement that the bridge would reopen.", "that the bridge would reopen",
     "said in a statement"),
    ("The senator did not address the new claims.", "the new claims", "did not address"),
    ("The plan is backed by the city council.", "The plan", "is backed by"),
])
def test_cue_words(analyse, sentence, content, cue):
    q = quote_with(find_quotes(analyse(sentence)), content)
    assert q.cue is not None and q.cue.text == cue


def test_cue_keeps_to_the_verb_without_a_time_or_venue(analyse):
    q = quote_with(find_quotes(analyse("The mayor said the bridge would reopen.")), "the bridge would reopen")
    assert q.cue.text == "said"


def test_quote_after_a_participle_clause_keeps_the_cue(analyse):
    text = ("\u201cThe budget is a mess,\u201d Smith said, speaking of the state plan. "
            "\u201cIt is one of the worst we have seen.\u201d")
    quotes = find_quotes(analyse(text))
    first = quote_with(quotes, "The budget is a mess")
    second = quote_with(quotes, "It is one of the worst we have seen.")
    assert first.cue.text == second.cue.text == "said"
    assert second.speaker.text == "Smith"


def test_aside_after_an_object_is_left_out(analyse):
    q = quote_with(find_quotes(analyse("The union praised the new contract, which runs for three years.")),
                   "the new contract")
    assert q.cue.text == "praised"


@pytest.mark.parametrize("sentence, parts, cue", [
    ("Turnout is expected to rise this year.", ("Turnout", "to rise this year"), "is expected"),
    ("The new plan seems to work.", ("The new plan", "to work"), "seems"),
])
def test_view_with_no_holder(analyse, sentence, parts, cue):
    quotes = [q for q in find_quotes(analyse(sentence)) if q.rule == "quote.attribution.view"]
    assert [q.content for q in quotes] == list(parts)
    assert all(q.cue.text == cue and q.speaker is None for q in quotes)


def test_listener_then_that_clause(analyse):
    q = quote_with(find_quotes(analyse("Last week he told a meeting of union leaders that few people knew the risks.")),
                   "few people knew the risks")
    assert q.cue.text == "told" and q.speaker.text == "he"


def test_order_to_a_listener(analyse):
    q = quote_with(find_quotes(analyse("The coach told his players to stay calm.")), "to stay calm")
    assert q.cue.text == "told" and q.content == "his players to stay calm"
