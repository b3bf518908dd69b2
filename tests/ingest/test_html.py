"""extract_html on small invented pages, plus the benchmark metric on a few benchmark pages."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brinkwatch.errors import BrinkwatchError
from brinkwatch.ingest.html import HtmlExtract, extract_html
from brinkwatch.ingest.html_paras import paragraphs
from brinkwatch.ingest.html_shingles import average, score_page, shingles

AEB = Path(__file__).resolve().parents[2].parent / "shared" / "benchmarks" / "extraction" / "aeb"

PARAS = [
    "The harbour council of Veltria voted on Tuesday to close the northern pier for repairs after a winter "
    "of storms left deep cracks in its concrete deck.",
    "Council member Ilse Marrow said the closure would last at least four months and that ferries would "
    "move to the southern terminal while engineers replace the damaged sections.",
    "Fishing crews, who use the northern pier every morning, asked the council for temporary berths closer "
    "to the market hall, and the council agreed to study the request before the end of the month.",
    "The repair budget, set at two million crowns, will come from the regional infrastructure fund rather "
    "than from local taxes, according to the council's written decision.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Veltria closes northern pier for repairs | The Harbour Gazette</title>
<meta property="og:title" content="Veltria closes northern pier for repairs">
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2021-03-09T08:15:00+00:00">
<meta property="article:modified_time" content="2021-04-20T10:00:00+00:00">
<script>var tracking = {{"page": "article", "words": "should never appear"}};</script>
<style>.menu {{ color: red; }}</style>
</head><body>
<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li><li><a href="/contact">Contact the newsroom</a></li>
</ul></nav></header>
<main><article>
<h1>Veltria closes northern pier for repairs</h1>
<p class="byline">By Tomas Reel</p>
{''.join(f'<p>{p}</p>' for p in PARAS)}
<div class="share"><a href="/share/fb">Share on Facebook</a> <a href="/share/tw">Share on Twitter</a></div>
<p>Read more: <a href="/news/older-story">Storm damage along the coast reaches record levels</a></p>
</article>
<section class="comments"><h3>Comments</h3>
<div class="comment"><p>Great news, my uncle has waited years for this repair to happen finally.</p></div>
<div class="comment"><p>Why does everything in this town take so long to get done, honestly?</p></div>
</section></main>
<footer><p>Copyright 2021 The Harbour Gazette. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body></html>"""


@pytest.fixture(scope="module")
def extracted() -> HtmlExtract:
    return extract_html(PAGE, url="https://gazette.example/news/2021/03/09/pier")


def test_title_is_the_headline_without_site_name(extracted):
    assert extracted.title == "Veltria closes northern pier for repairs"


def test_body_has_every_article_paragraph_in_order(extracted):
    positions = [extracted.body.find(p) for p in PARAS]
    assert all(pos >= 0 for pos in positions), extracted.body
    assert positions == sorted(positions)
    assert "\n\n" in extracted.body


def test_body_has_no_title_line(extracted):
    assert not extracted.body.startswith("Veltria closes northern pier")
    assert "Veltria closes northern pier for repairs" not in extracted.body


@pytest.mark.parametrize("noise", [
    "Home", "Weather", "Share on Facebook", "Storm damage along the coast", "my uncle has waited",
    "take so long", "All rights reserved", "Privacy policy", "should never appear", "color: red",
])
def test_boilerplate_is_removed(extracted, noise):
    assert noise not in extracted.body


def test_date_is_the_original_publication_date(extracted):
    assert extracted.published == "2021-03-09"


def test_no_date_gives_none():
    page = f"<html><head><title>Pier</title></head><body><article><p>{PARAS[0]}</p><p>{PARAS[1]}</p></article></body></html>"
    assert extract_html(page).published is None


@pytest.mark.parametrize("page", [
    "<html><head><script>var a = 1;</script><style>p { margin: 0 }</style></head><body>"
    "<script>document.write('hello there')</script></body></html>",
    "<html><body></body></html>",
    "   ",
    "",
])
def test_page_without_text_raises(page):
    with pytest.raises(BrinkwatchError) as info:
        extract_html(page)
    assert info.value.code == "E010"


def test_malformed_unclosed_html_still_yields_text():
    page = ("<html><body><div><p>" + PARAS[0] + "<p>" + PARAS[1] + "<div><b>" + PARAS[2]
            + "<i><span>" + PARAS[3])
    body = extract_html(page).body
    for paragraph in PARAS:
        assert paragraph in body


def test_entities_are_decoded():
    text = ("The mayor &amp; the port authority signed a &quot;joint plan&quot; worth &euro;40&nbsp;million "
            "on Monday, and the caf&eacute; owners near the quay welcomed it &#8212; after &#x201c;years of "
            "waiting&#x201d;, they said in a statement released to local reporters.")
    page = f"<html><head><title>Plan</title></head><body><article><p>{text}</p><p>{PARAS[0]}</p></article></body></html>"
    body = extract_html(page).body
    assert 'The mayor & the port authority signed a "joint plan" worth €40 million' in body
    assert "café owners" in body and "— after “years of waiting”" in body
    assert "&amp;" not in body and "&nbsp;" not in body


@pytest.mark.parametrize("page", [
    "<" * 5000,
    "<div>" * 20000 + "deep text inside many divs that is long enough to count as an article body" + "</div>" * 3,
    "<html><body><p>\x00\x01\x02 nul bytes \ud800 and a lone surrogate</p></body></html>",
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>" + PARAS[0] + "</p></body></html>",
    "<html><body><table><tr><td>" + PARAS[0] + "</table></td></tr></p></body></html></html>",
    "plain text with no tags at all, but enough words to be read as a short paragraph of content.",
])
def test_any_string_gives_text_or_the_coded_error(page):
    try:
        result = extract_html(page)
    except BrinkwatchError as exc:
        assert exc.code == "E010"
    else:
        assert isinstance(result.body, str) and result.body.strip()


def test_paragraph_flattening_marks_links_and_headings():
    import lxml.html

    tree = lxml.html.fromstring("<div><h2>Section</h2><p>Read <a href='/x'>this link</a> now.</p>"
                                "<p><a href='/y'>Only a link</a></p></div>")
    paras = paragraphs(tree)
    assert [p.text for p in paras] == ["Section", "Read this link now.", "Only a link"]
    assert paras[0].heading and not paras[1].heading
    assert paras[2].link_ratio == 1.0 and 0 < paras[1].link_ratio < 1


def test_shingle_metric():
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("two words") == {("two", "words"): 1}
    perfect = score_page("one two three four five", "one two three four five")
    assert (perfect.precision, perfect.recall) == (1.0, 1.0)
    half = score_page("one two three four five", "one two three four")
    assert half.precision == 1.0 and half.recall == 0.5
    assert score_page("one two three four", "").precision is None
    assert average([perfect, half])["f1"] == pytest.approx(2 * 1.0 * 0.75 / 1.75, abs=1e-4)


def test_benchmark_sample_beats_trafilatura_default():
    if not (AEB / "ground-truth.json").is_file():
        pytest.skip("the article-extraction benchmark is not in ../shared/benchmarks")
    import trafilatura
    from trafilatura.utils import decode_file

    truth = json.loads((AEB / "ground-truth.json").read_text("utf-8"))
    ours, baseline = [], []
    for page_id in sorted(truth)[::18][:10]:
        html = decode_file(gzip.decompress((AEB / "html" / f"{page_id}.html.gz").read_bytes()))
        true = truth[page_id]["articleBody"]
        try:
            body = extract_html(html).body
        except BrinkwatchError:
            body = ""
        ours.append(score_page(true, body))
        baseline.append(score_page(true, trafilatura.extract(html) or ""))
    assert average(ours)["f1"] >= average(baseline)["f1"] - 0.01


def test_deeply_nested_markup_keeps_its_text():
    page = "<div>" * 20000 + "deep text inside many divs that is long enough to count as an article body"
    assert "deep text inside many divs" in extract_html(page).body


_SOUP_PARTS = ["<p>", "</p>", "<div class='nav'>", "</div>", "<a href='/x'>", "</a>", "<script>", "</script>",
               "<table><tr><td>", "</td></tr></table>", "<br>", "&amp;", "&#x1F600;", "&bogus;", "<!--", "-->",
               "<blockquote class='twitter-tweet'>", "</blockquote>", "<span hidden>", "</span>", "<h2>", "</h2>",
               "The council met on Monday. ", "Ports reopened after the storm, officials said. ", "\x00", "\ud800", ">"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SOUP_PARTS) | st.text(max_size=20), max_size=60))
def test_tag_soup_never_raises_anything_but_the_coded_error(parts):
    try:
        result = extract_html("".join(parts))
    except BrinkwatchError as exc:
        assert exc.code == "E010"
    else:
        assert result.body.strip() and "\n\n\n" not in result.body
        assert result.title is None or "\n" not in result.title
