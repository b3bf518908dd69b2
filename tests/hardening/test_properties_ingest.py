"""Property-based tests over ingestion and cleaning: no exception escapes, offsets always hold."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brinkwatch.errors import BrinkwatchError
from brinkwatch.ingest import build_document, looks_like_html
from brinkwatch.ingest.clean import clean_text
from brinkwatch.ingest.decode import decode_bytes, repair_text

PROPS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

LINE_PARTS = st.sampled_from([
    "Russia", "Ukraine", "said", "the minister", "on Tuesday", "“", "”", "\"", "«", "»", "150,000 troops",
    "Share this article", "Subscribe to our newsletter", "Yorum yapabilmek için üye girişi yapmanız gerekmektedir.",
    "<p>", "</p>", "<div>", "<script>alert(1)</script>", "\u202e", "\x00", "\x07", "é", "ı", "\u200b", "\t",
])
PAGES = st.lists(
    st.one_of(st.text(max_size=80), st.lists(LINE_PARTS, max_size=12).map(" ".join)), max_size=15
).map("\n".join)


@PROPS
@given(st.binary(max_size=4000))
def test_decode_never_raises_anything_else(data):
    try:
        text = decode_bytes(data)
    except BrinkwatchError as exc:
        assert exc.code == "E002"
    else:
        assert isinstance(text, str)


@PROPS
@given(st.text(max_size=2000))
def test_repair_normalises_line_ends(text):
    repaired = repair_text(text)
    assert "\r" not in repaired
    assert repair_text(repaired) == repaired or isinstance(repaired, str)


@PROPS
@given(PAGES)
def test_clean_text_offsets_and_structure(text):
    cleaned = clean_text(text)
    for removal in cleaned.removed:
        assert text[removal.start:removal.end] == removal.text
        assert removal.kind in ("repeated_title", "boilerplate", "other_language")
    if cleaned.title is not None:
        assert "\n" not in cleaned.title
        assert cleaned.text.startswith(cleaned.title)
        assert cleaned.text == cleaned.title or cleaned.text.startswith(cleaned.title + "\n\n")
    removed_starts = {r.start for r in cleaned.removed}
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for stripped in lines[1 if cleaned.title is not None else 0:]:  # the title line is whitespace-normalised
        if stripped and stripped not in cleaned.text:
            assert any(text[s:s + len(stripped)] == stripped for s in removed_starts), stripped
    assert clean_text(text) == cleaned


@PROPS
@given(PAGES, st.booleans())
def test_build_document_gives_a_document_or_a_coded_error(text, verbatim):
    looks_like_html(text)
    try:
        doc = build_document(text, verbatim=verbatim)
    except BrinkwatchError as exc:
        assert exc.code in ("E001", "E010")
    else:
        assert doc.text.strip()
        if verbatim:
            assert doc.text == text and doc.title is None
        for removal in doc.removed:
            assert removal.text and removal.start < removal.end
