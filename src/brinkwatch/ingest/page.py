"""From a page's text or HTML to a cleaned ``Document`` (the thin coordinating core of ingestion)."""
from __future__ import annotations

import datetime as dt
import hashlib
import re

from ..errors import E, BrinkwatchError
from ..records import Document
from .clean import clean_text
from .decode import repair_text
from .langid import detect

_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<(p|div|article|br|span|a|h[1-6]|section|main|body)\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True for an HTML page: a doctype/html/head/body start, or several block tags early on."""
    head = text[:5000]
    return bool(_HTML_START.match(head)) or len(_HTML_TAG.findall(head)) >= 3


def content_id(text: str) -> str:
    """A document id from its content: the first 16 hex digits of the SHA-256 of the input."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise BrinkwatchError(E.BAD_DATE, value=value) from None


def check_input(text: str, max_bytes: int) -> None:
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise BrinkwatchError(E.TOO_LARGE, size=size, limit=max_bytes)
    if not text.strip():
        raise BrinkwatchError(E.EMPTY_INPUT)


def build_document(
    text: str,
    *,
    html: bool | None = None,
    id: str | None = None,
    published: str | dt.date | None = None,
    url: str | None = None,
    outlet: str | None = None,
    verbatim: bool = False,
    max_bytes: int = 5_000_000,
) -> Document:
    """Clean one page into a ``Document``. ``html=None`` detects HTML; ``verbatim`` skips all cleaning."""
    check_input(text, max_bytes)
    date = parse_date(published)
    doc_id = id or content_id(text)
    if verbatim:
        language, _ = detect(text)
        return Document(doc_id, None, text, _iso(date), language, url, outlet, ())
    if html is None:
        html = looks_like_html(text)
    title, find_title = None, True
    if html:
        from .html import extract_html

        extract = extract_html(text, url=url)
        title, text = extract.title, extract.body
        date = date or parse_date(extract.published)
        if title:
            text = f"{title}\n\n{text}"
        else:
            find_title = False
    cleaned = clean_text(repair_text(text), find_title=find_title)
    if not cleaned.text.strip():
        raise BrinkwatchError(E.EMPTY_INPUT)
    return Document(doc_id, cleaned.title, cleaned.text, _iso(date), cleaned.language, url, outlet, cleaned.removed)


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None
