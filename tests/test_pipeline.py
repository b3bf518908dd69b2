"""The Python API: typed records, verbatim mode, HTML input, determinism."""
from __future__ import annotations

import pytest

import brinkwatch
from brinkwatch.schema import validation_errors

PAGE = ("Ministers meet in Geneva\n\nRussian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken "
        "in Geneva on Friday. \"We agreed to keep talking,\" Blinken told reporters.\n")

HTML = """<!doctype html><html><head><title>Ministers meet in Geneva | Eastline Wire</title>
<meta property="og:title" content="Ministers meet in Geneva">
<meta property="article:published_time" content="2022-01-21T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet in Geneva</h1>
<p>Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken in Geneva on Friday for talks on European security.</p>
<p>Both men said the meeting had been useful and that their deputies would meet again in the coming weeks.</p></article>
<footer>Copyright 2022 Eastline Wire. All rights reserved.</footer></body></html>"""


def test_analyze_returns_typed_records():
    report = brinkwatch.analyze(PAGE, published="2022-01-21")
    assert isinstance(report, brinkwatch.Report)
    assert isinstance(report.document, brinkwatch.Document)
    assert report.document.title == "Ministers meet in Geneva"
    assert all(isinstance(q, brinkwatch.Quote) for q in report.quotes)
    data = report.to_dict()
    assert data["schema"] == "brinkwatch.report/1" and data["id"] == report.id
    assert validation_errors(data) == []


def test_verbatim_keeps_input_exactly():
    report = brinkwatch.analyze(PAGE, verbatim=True)
    assert report.document.text == PAGE
    assert report.document.title is None
    assert report.document.removed == ()


def test_html_page_gives_title_body_and_date():
    report = brinkwatch.analyze(HTML)
    doc = report.document
    assert doc.title == "Ministers meet in Geneva"
    assert doc.published == "2022-01-21"
    assert "for talks on European security." in doc.text
    assert "Home" not in doc.text and "All rights reserved" not in doc.text
    assert validation_errors(report.to_dict()) == []


def test_published_overrides_html_date():
    assert brinkwatch.analyze(HTML, published="2022-01-22").document.published == "2022-01-22"


def test_same_input_same_report():
    assert brinkwatch.analyze(PAGE).to_dict() == brinkwatch.analyze(PAGE).to_dict()


def test_bytes_input_and_content_id():
    a = brinkwatch.analyze(PAGE.encode("utf-8"))
    assert a.id == brinkwatch.analyze(PAGE).id and len(a.id) == 16
    assert brinkwatch.analyze(PAGE, id="doc-7").document.id == "doc-7"


def test_bad_input_raises_coded_error():
    with pytest.raises(brinkwatch.BrinkwatchError) as err:
        brinkwatch.analyze("  \n ")
    assert err.value.code == "E001"
