"""Paragraph-level clean-up of an extracted body: link lists, promotional lines, repeated title.

Rules are general page-layout facts (a paragraph that is all links is navigation; a line that
starts with "Read more:" points elsewhere), and the phrase lists live in
``data/html_boilerplate.json``.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from .html_paras import Para

# A whole paragraph whose text is at least this share of link text is a link (list item, teaser).
LINK_DENSE = 0.7
# ...unless such paragraphs make most of the body: then the links *are* the content (a deals post).
LINK_DENSE_MAX_SHARE = 0.5

# A prefix rule only applies to lines shorter than this many words (prose can start the same way).
PREFIX_MAX_WORDS = 25
PREFIX_LONGEST = 12  # words in the longest prefix phrase

# Promotion rule: paragraphs of at most EDGE_MAX_WORDS words among the first EDGE_HEAD / last EDGE_TAIL.
EDGE_MAX_WORDS = 50
EDGE_HEAD = 2
EDGE_TAIL = 3
# How many leading paragraphs may repeat the headline.
TITLE_LOOKAHEAD = 3

_WORD = re.compile(r"\w+")
# A rule line: only underscores, dashes, stars, dots or similar marks.
_SEPARATOR = re.compile(r"[\W_]+")


@lru_cache(maxsize=1)
def _phrases() -> dict[str, frozenset[str] | tuple[str, ...]]:
    raw = json.loads(resources.files(__package__).joinpath("data/html_boilerplate.json").read_text("utf-8"))
    phrases: dict[str, frozenset[str] | tuple[str, ...]] = {
        "whole_line": frozenset(_key(v) for v in raw["whole_line"]),
        "line_prefix": frozenset(_key(v) for v in raw["line_prefix"]),
        "edge_keywords": tuple(_key(v) for v in raw["edge_keywords"]),
        "social_networks": frozenset(_key(v) for v in raw["social_networks"]),
    }
    return phrases


def _key(text: str) -> str:
    """Lower-case words joined by single spaces: the form boilerplate phrases are matched in."""
    return " ".join(_WORD.findall(text.casefold()))


def is_link_dense(para: Para) -> bool:
    return para.whole and para.link_ratio >= LINK_DENSE


def drop_link_dense(paras: list[Para]) -> list[Para]:
    """Drop whole paragraphs made of links, unless they are most of the text."""
    total = sum(len(p.text) for p in paras)
    linked = sum(len(p.text) for p in paras if is_link_dense(p))
    if not total or linked > LINK_DENSE_MAX_SHARE * total:
        return paras
    return [p for p in paras if not is_link_dense(p)]


def is_boilerplate(para: Para) -> bool:
    """A promotional or navigational line: starts with a known prefix, or is a known whole line."""
    key = _key(para.text)
    if not key or _SEPARATOR.fullmatch(para.text):
        return True
    phrases = _phrases()
    if key in phrases["whole_line"]:
        return True
    words = key.split(" ")
    if len(words) > PREFIX_MAX_WORDS:
        return False
    if words[0] == "follow" and not phrases["social_networks"].isdisjoint(words):
        return True
    prefixes = phrases["line_prefix"]
    return any(" ".join(words[:n]) in prefixes for n in range(1, min(len(words), PREFIX_LONGEST) + 1))


def drop_boilerplate(paras: list[Para]) -> list[Para]:
    return [p for p in paras if not is_boilerplate(p)]


def drop_orphan_headings(paras: list[Para]) -> list[Para]:
    """Drop headings left with no text after them (a section whose links were removed, a tail label)."""
    kept: list[Para] = []
    for para in paras:
        if para.heading and kept and kept[-1].heading:
            kept.pop()
        kept.append(para)
    while kept and kept[-1].heading:
        kept.pop()
    return kept


def _repeats_title(key: str, title_keys: list[str]) -> bool:
    for title_key in title_keys:
        if key == title_key:
            return True
        if len(key) > 20 and (title_key.startswith(key) or key.startswith(title_key)):
            return True
    return False


def drop_title_lines(paras: list[Para], titles: list[str]) -> list[Para]:
    """Drop leading paragraphs that repeat a headline (the body carries no title line)."""
    title_keys = [k for k in (_key(t) for t in titles if t) if k]
    if not title_keys:
        return paras
    start = 0
    while start < min(len(paras), TITLE_LOOKAHEAD) and _repeats_title(_key(paras[start].text), title_keys):
        start += 1
    return paras[start:]


def _is_edge_promo(para: Para, keywords: tuple[str, ...]) -> bool:
    key = f" {_key(para.text)} "
    if key.count(" ") - 1 > EDGE_MAX_WORDS:
        return False
    return any(f" {word} " in key for word in keywords)


def drop_edge_promotions(paras: list[Para]) -> list[Para]:
    """Drop short promotional paragraphs (newsletter, app, subscription) at the start or end of a body."""
    keywords = _phrases()["edge_keywords"]
    start, end = 0, len(paras)
    while start < min(end, EDGE_HEAD) and _is_edge_promo(paras[start], keywords):
        start += 1
    while end > max(start, len(paras) - EDGE_TAIL) and _is_edge_promo(paras[end - 1], keywords):
        end -= 1
    return paras[start:end]
