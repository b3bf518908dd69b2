"""Element trees to paragraphs: block-aware text flattening with link and heading information.

Works on both real HTML (``a`` links, ``h1``..``h6`` headings) and trafilatura's internal
XML (``ref`` links, ``head`` headings, ``item`` list entries).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

# Elements that start and end a paragraph of their own.
BLOCK_TAGS = frozenset(
    "p div section article main aside header footer nav form figure figcaption blockquote pre "
    "ul ol dl li dt dd table thead tbody tfoot tr td th caption h1 h2 h3 h4 h5 h6 hr address "
    "details summary fieldset center body html "
    # trafilatura's XML
    "head item list quote row cell code doc comments lb".split()
)
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6 head".split())
LINK_TAGS = frozenset(("a", "ref"))
LINE_BREAK_TAGS = frozenset(("br", "lb"))
MAX_DEPTH = 400  # deeper content is ignored (keeps recursion bounded)
SKIP_TAGS = frozenset("script style noscript template svg math button select option textarea input".split())

_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


@dataclass(frozen=True, slots=True)
class Para:
    text: str           # one paragraph, whitespace collapsed, no newline
    link_chars: int     # characters of text inside links
    heading: bool       # a heading element produced it
    whole: bool = True  # the full content of one block element (not loose inline text between blocks)

    @property
    def link_ratio(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


def normalize_space(text: str) -> str:
    """Collapse runs of spaces (including no-break and ideographic spaces) and trim."""
    return _SPACES.sub(" ", text).strip()


class _Collector:
    """Accumulates inline text and cuts it into paragraphs at block boundaries."""

    def __init__(self, split_lines: bool = False) -> None:
        self.split_lines = split_lines
        self.paras: list[Para] = []
        self._parts: list[str] = []
        self._link_chars = 0
        self._heading = False
        self._opened_by: etree._Element | None = None

    def add(self, text: str | None, in_link: bool) -> None:
        if not text:
            return
        self._parts.append(text)
        if in_link:
            self._link_chars += len(normalize_space(text))

    def flush(self, opening: etree._Element | None = None, closing: etree._Element | None = None) -> None:
        """End the current paragraph; ``opening``/``closing`` name the block element starting/ending here."""
        raw = "".join(self._parts)
        whole = closing is not None and closing is self._opened_by
        lines = raw.split("\n") if self.split_lines else [raw]
        if len(lines) > 1:  # line breaks the extractor kept: each line is a paragraph, links unknown
            whole = False
        for line in lines:
            text = normalize_space(line)
            if text:
                link_chars = min(self._link_chars, len(text)) if len(lines) == 1 else 0
                self.paras.append(Para(text, link_chars, self._heading, whole))
        self._parts, self._link_chars, self._heading = [], 0, False
        self._opened_by = opening

    def mark_heading(self) -> None:
        self._heading = True


def _tag(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _walk(element: etree._Element, out: _Collector, in_link: bool, depth: int) -> None:
    tag = _tag(element)
    if depth > MAX_DEPTH or tag in SKIP_TAGS or not tag:
        out.add(element.tail, in_link)
        return
    block = tag in BLOCK_TAGS
    if block or tag in LINE_BREAK_TAGS:
        out.flush(opening=element if block else None)
    if tag in HEADING_TAGS:
        out.mark_heading()
    inner_link = in_link or tag in LINK_TAGS
    out.add(element.text, inner_link)
    for child in element:
        _walk(child, out, inner_link, depth + 1)
    if block:
        out.flush(closing=element)
    out.add(element.tail, in_link)


def paragraphs(root: etree._Element | None, split_lines: bool = False) -> list[Para]:
    """The paragraphs under ``root`` in document order.

    ``split_lines``: a newline inside text ends a paragraph (for extractor output, whose newlines
    are meaningful); otherwise newlines are source formatting and become spaces.
    """
    if root is None:
        return []
    out = _Collector(split_lines)
    _walk(root, out, False, 0)
    out.flush()
    return out.paras


def lines_to_paras(text: str) -> list[Para]:
    """Plain text (one paragraph a line) to paragraphs without link information."""
    paras = []
    for line in text.splitlines():
        line = normalize_space(line)
        if line:
            paras.append(Para(line, 0, False))
    return paras
