"""Article headline, body and date from a raw HTML page.

The parsed page is first pruned (hidden elements, link cards nested in paragraphs; embedded
social posts become plain quotes). Several extractors (trafilatura in precision and fast modes, its readability port, its baseline)
each propose a body; each proposal is cleaned paragraph by paragraph (link lists, promotional
lines, orphan headings, repeated headline), and the proposal that agrees most with the others
(word 4-gram overlap) is kept. Any extractor failure only removes its proposal; when none has
text the whole page's visible text is the last resort, and a page without any text raises
``BrinkwatchError(E.NO_TEXT_IN_HTML)``.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass
from html import unescape

import lxml.html
from lxml import etree

from ..errors import E, BrinkwatchError
from . import html_filter
from .html_candidates import Candidate, candidates
from .html_meta import find_date, find_title, raw_titles
from .html_paras import Para, lines_to_paras, paragraphs
from .html_prune import prune
from .html_shingles import shingles

LOG = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    title: str | None      # the article headline, cleaned, one line
    body: str              # the article body: paragraphs joined by "\n\n", no title line
    published: str | None  # "YYYY-MM-DD" (original publication date), or None


def _parse(html: str) -> etree._Element | None:
    """An lxml tree of the page, or None when nothing parses."""
    try:
        from trafilatura.utils import load_html

        tree = load_html(html)
        if tree is not None:
            return tree
    except Exception as exc:  # noqa: BLE001 - fall back to plain lxml
        LOG.debug("trafilatura could not parse the page: %s", exc)
    try:
        return lxml.html.document_fromstring(html)
    except Exception as exc:  # noqa: BLE001 - unparseable input has no text
        LOG.debug("lxml could not parse the page: %s", exc)
        return None


def clean_paras(paras: list[Para], titles: list[str]) -> list[Para]:
    """A candidate body after the general paragraph filters."""
    paras = html_filter.drop_boilerplate(paras)
    paras = html_filter.drop_link_dense(paras)
    paras = html_filter.drop_edge_promotions(paras)
    paras = html_filter.drop_orphan_headings(paras)
    return html_filter.drop_title_lines(paras, titles)


def _f1(a: Counter, b: Counter) -> float:
    common = sum((a & b).values())
    if not common:
        return 0.0
    return 2 * common / (sum(a.values()) + sum(b.values()))


def choose(found: list[Candidate]) -> Candidate | None:
    """The non-empty candidate with the highest summed 4-gram F1 against all others (first wins ties)."""
    grams = [shingles(c.text) for c in found]
    best, best_score = None, -1.0
    for i, candidate in enumerate(found):
        if not candidate.paras:
            continue
        score = sum(_f1(grams[i], grams[j]) for j in range(len(found)) if j != i)
        if score > best_score:
            best, best_score = candidate, score
    return best


_INVISIBLE = re.compile(r"<(script|style|noscript|template|svg|head)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)",
                        re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|td|th|section|article|blockquote|header|footer|ul|ol|table)\b[^>]*>",
                        re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]*>|<[^>]*\Z")


def _page_text(tree: etree._Element | None) -> list[Para]:
    """Last resort: every visible paragraph of the page."""
    if tree is None:
        return []
    body = tree.find(".//body")
    return paragraphs(body if body is not None else tree)


def _stripped_text(html: str) -> list[Para]:
    """Very last resort for markup no parser could hold (too deep, broken): tags removed by pattern."""
    text = _INVISIBLE.sub(" ", html)
    text = _BLOCK_TAG.sub("\n", text)
    text = unescape(_ANY_TAG.sub(" ", text))
    return lines_to_paras(text)


def extract_body(tree: etree._Element | None, titles: list[str], html: str) -> list[Para]:
    """The chosen candidate's paragraphs; else the page's visible text; else the tag-stripped markup."""
    if tree is not None:
        found = [Candidate(c.name, tuple(clean_paras(list(c.paras), titles))) for c in candidates(tree)]
        chosen = choose(found)
        if chosen is not None:
            return list(chosen.paras)
    for fallback in (lambda: _page_text(tree), lambda: _stripped_text(html)):
        try:
            paras = html_filter.drop_title_lines(fallback(), titles)
        except Exception as exc:  # noqa: BLE001 - malformed input gives no text here
            LOG.debug("fallback failed: %s", exc)
            continue
        if paras:
            return paras
    return []


def extract_html(html: str, *, url: str | None = None) -> HtmlExtract:
    """Headline, body and original publication date of an HTML page.

    Raises ``BrinkwatchError(E.NO_TEXT_IN_HTML)`` when the page has no text, and nothing else.
    """
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not isinstance(html, str) or not html.strip():
        raise BrinkwatchError(E.NO_TEXT_IN_HTML)
    try:
        return _extract(html, url)
    except BrinkwatchError:
        raise
    except Exception as exc:  # noqa: BLE001 - an unforeseen failure: keep the page's bare text
        LOG.warning("HTML extraction failed (%s: %s); using the tag-stripped page", type(exc).__name__, exc)
    try:
        body = "\n\n".join(p.text for p in _stripped_text(html))
    except Exception:  # noqa: BLE001 - nothing readable is left
        body = ""
    if not body:
        raise BrinkwatchError(E.NO_TEXT_IN_HTML)
    return HtmlExtract(title=None, body=body, published=None)


def _extract(html: str, url: str | None) -> HtmlExtract:
    tree = _parse(html)
    title, titles, published = None, [], None
    if tree is not None:
        try:
            title = find_title(tree)
            titles = ([title] if title else []) + raw_titles(tree)
        except Exception as exc:  # noqa: BLE001 - a headline is optional
            LOG.debug("title failed: %s", exc)
        published = find_date(deepcopy(tree), url)
        try:
            prune(tree)
        except Exception as exc:  # noqa: BLE001 - pruning is an optional clean-up
            LOG.debug("pruning failed: %s", exc)
    paras = extract_body(tree, titles, html)
    body = "\n\n".join(p.text for p in paras)
    if not body.strip():
        raise BrinkwatchError(E.NO_TEXT_IN_HTML)
    return HtmlExtract(title=title, body=body, published=published)
