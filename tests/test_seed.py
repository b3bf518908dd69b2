"""Acceptance on the founding document: a valid report, title once, body intact, boilerplate removed."""
from __future__ import annotations

import pytest

from brinkwatch.ingest.clean import split_lines
from brinkwatch.schema import validation_errors

TITLE = "Putin declares Russia is withdrawing some troops; Biden warns of an invasion by Ukraine"


@pytest.fixture
def seed_report(seed_text, pipeline):
    from brinkwatch import PageInput

    return pipeline.analyze(PageInput(text=seed_text, published="2022-02-15"))


def test_seed_report_is_valid(seed_report):
    assert validation_errors(seed_report.to_dict()) == []
    assert seed_report.document.published == "2022-02-15"
    assert seed_report.document.language == "en"


def test_title_once_and_repeated_title_removed(seed_report, seed_text):
    doc = seed_report.document
    assert doc.title == TITLE
    assert doc.text.startswith(TITLE + "\n\n")
    assert doc.text.count(TITLE) == 1
    repeated = [r for r in doc.removed if r.kind == "repeated_title"]
    assert len(repeated) == 1 and repeated[0].text == TITLE
    assert seed_text[repeated[0].start:repeated[0].end] == TITLE


def test_turkish_boilerplate_removed(seed_report, seed_text):
    doc = seed_report.document
    turkish = [r for r in doc.removed if r.kind == "other_language"]
    assert [r.text[:12] for r in turkish] == ["Yorum yapabi", "Üye değilsen"]
    for removal in turkish:
        assert removal.text not in doc.text
        assert seed_text[removal.start:removal.end] == removal.text
    assert len(doc.removed) == 3


def test_body_intact(seed_report, seed_text):
    removed = {(r.start, r.end) for r in seed_report.document.removed}
    lines = split_lines(seed_text)
    kept = [line for line in lines[1:] if (line.start, line.start + len(line.text)) not in removed]
    assert len(kept) == len(lines) - 1 - 3
    for line in kept:
        assert line.text in seed_report.document.text
    assert seed_report.document.text.endswith("Some international experts see this as a way out of the crisis.")
