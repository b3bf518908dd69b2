"""A corpus of nasty pages, built here: readable ones are analysed, the rest refused with a reason.

Nothing may crash, hang or escape as a traceback; every report validates against the schema.
"""
from __future__ import annotations

import pytest

from brinkwatch import PageInput
from brinkwatch.errors import BrinkwatchError
from brinkwatch.ingest.decode import decode_bytes
from brinkwatch.schema import validation_errors

ENGLISH = ("Russian forces withdrew from the border on Tuesday, the defence ministry said. "
           "Ukraine's foreign minister welcomed the move but said Kyiv would wait for proof.")


def _nested_html(depth: int) -> str:
    return ("<html><body>" + "<div>" * depth + f"<p>{ENGLISH}</p>" + "</div>" * depth + "</body></html>")


READABLE = {
    "invalid_utf8": (b"Border talks\n\n" + ENGLISH.encode() + b" \xff\xfe\xc3\x28 " + ENGLISH.encode(), None),
    "mixed_encodings": ("Border talks\n\n".encode() + ENGLISH.encode("utf-8") + " Kyïv café – talks".encode("cp1252"), None),
    "nul_and_controls": (("Border talks\n\n" + ENGLISH.replace(" ", " \x00", 3) + "\x07\x1b[31m " + ENGLISH).encode(), None),
    "rtl_override": (("Border talks\n\n\u202e" + ENGLISH + "\u202c \u2067" + ENGLISH + "\u2069").encode(), None),
    "nested_html": (_nested_html(100_000).encode(), True),
    "unclosed_tags": (("<html><body><article><h1>Border talks<p>" + ENGLISH + "<p><b><i>" + ENGLISH + "<div><span>").encode(), True),
    "quote_marks": (("Quotes\n\n" + ENGLISH + " " + "\"“”«»'" * 8_400 + " " + ENGLISH).encode(), None),
    "long_sentence": (("Long\n\n" + " ".join(["troops", "moved", "and"] * 6_700) + ".").encode(), None),
    "all_numbers": (("2022\n\n" + " ".join(str(n * 7919 % 100_000) for n in range(5_000))).encode(), None),
    "all_names": (("Names\n\n" + " ".join(["Vladimir Putin", "Joe Biden", "Olaf Scholz", "Kyiv", "NATO"] * 800)).encode(), None),
}

REFUSED = {
    "empty": (b"", "E001"),
    "whitespace": (b" \n\t \n", "E001"),
    "script_only_html": (b"<html><head><script>var a=1;</script><style>p{}</style></head><body><script>x()</script></body></html>", "E010"),
    "binary": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "E002"),
}


@pytest.mark.parametrize("name", sorted(READABLE))
def test_readable_hostile_pages_are_analysed(name, pipeline):
    data, html = READABLE[name]
    page = PageInput(text=decode_bytes(data), id=name, html=html)
    result = next(pipeline.analyze_many([page]))
    assert not isinstance(result, BrinkwatchError), f"{name}: {result}"
    assert result.document.text.strip()
    assert validation_errors(result.to_dict()) == []
    if name not in ("all_numbers", "all_names", "long_sentence", "quote_marks"):
        assert "withdrew from the border" in result.document.text


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_unreadable_pages_are_refused_with_a_reason(name, pipeline):
    data, code = REFUSED[name]
    try:
        page = PageInput(text=decode_bytes(data), id=name)
    except BrinkwatchError as exc:
        assert exc.code == code
        return
    result = next(pipeline.analyze_many([page]))
    assert isinstance(result, BrinkwatchError) and result.code == code, result


def test_a_page_over_the_size_limit_is_refused_and_the_run_goes_on(pipeline):
    big = PageInput(text="x" * 10_000_001, id="ten-mb-line")
    small = PageInput(text="Talks\n\n" + ENGLISH, id="small")
    big_result, small_result = list(pipeline.analyze_many([big, small]))
    assert isinstance(big_result, BrinkwatchError) and big_result.code == "E005"
    assert small_result.document.id == "small"


def test_the_time_budget_stops_a_document_without_stopping_the_run():
    from brinkwatch import Pipeline

    tight = Pipeline(time_budget=0.001)
    slow = PageInput(text="Long\n\n" + (ENGLISH + "\n\n") * 400, id="slow")
    small = PageInput(text="Talks\n\nThe ministers met.", id="small")
    results = list(tight.analyze_many([slow, small]))
    assert isinstance(results[0], BrinkwatchError) and results[0].code == "E012"
    assert len(results) == 2
