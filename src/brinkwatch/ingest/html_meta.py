"""Headline and publication date of an HTML page."""
from __future__ import annotations

import logging
import re
from datetime import date

from lxml import etree

from .html_paras import normalize_space

LOG = logging.getLogger(__name__)

MAX_TITLE_CHARS = 300
# Separators between a headline and the site's name in <title> / og:title.
_SITE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014\-:\u00bb\u00b7\u2022]\s+|\s*\|\s*")
_WORD = re.compile(r"\w+")


def _meta(tree: etree._Element, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            for node in tree.xpath(f"//meta[@{attr}=$v]", v=name):
                content = normalize_space(node.get("content") or "")
                if content:
                    return content
    return None


def _texts(tree: etree._Element, xpath: str) -> list[str]:
    found = []
    for node in tree.xpath(xpath)[:5]:
        text = normalize_space(" ".join(node.itertext()))
        if text:
            found.append(text)
    return found


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _strip_site(title: str, site: str | None) -> str:
    """Drop the site-name part of a '<headline> | <site>' title (keep the longest part otherwise)."""
    parts = [p for p in _SITE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    if site:
        site_words = _words(site)
        rest = [p for p in parts if _words(p) != site_words]
        if rest and len(rest) < len(parts):
            return " - ".join(rest) if len(rest) > 1 else rest[0]
    if "|" in title:
        return max(parts, key=len)
    return title


def raw_titles(tree: etree._Element) -> list[str]:
    """Every headline-like string of the page: og/twitter titles, <h1>s, <title> (for de-duplication)."""
    found = [_meta(tree, "og:title", "twitter:title", "headline") or ""]
    found += _texts(tree, "//h1")
    found += _texts(tree, "//head/title|//title")
    return [t for t in dict.fromkeys(found) if t]


def find_title(tree: etree._Element) -> str | None:
    """The headline: an <h1> that the page's title metadata confirms, else the metadata title without site name."""
    site = _meta(tree, "og:site_name", "application-name")
    meta_title = _meta(tree, "og:title", "twitter:title", "headline")
    page_titles = _texts(tree, "//head/title|//title")
    reference = meta_title or (page_titles[0] if page_titles else None)
    title = None
    if reference:
        ref_words = _words(reference)
        for h1 in _texts(tree, "//h1"):
            words = _words(h1)
            if words and len(words & ref_words) >= 0.6 * len(words):
                title = h1
                break
        if title is None:
            title = _strip_site(reference, site)
    else:
        h1s = _texts(tree, "//h1")
        title = h1s[0] if h1s else None
    if not title:
        return None
    title = normalize_space(title)[:MAX_TITLE_CHARS]
    return title or None


def find_date(tree: etree._Element, url: str | None) -> str | None:
    """The original publication date (YYYY-MM-DD) according to htmldate, or None."""
    try:
        from htmldate import find_date as htmldate_find

        found = htmldate_find(
            tree, url=url, original_date=True, outputformat="%Y-%m-%d", extensive_search=False,
        )
    except Exception as exc:  # noqa: BLE001 - a date is optional; any failure means none
        LOG.debug("htmldate failed: %s", exc)
        return None
    if not found:
        return None
    try:
        date.fromisoformat(found)
    except ValueError:
        return None
    return found
