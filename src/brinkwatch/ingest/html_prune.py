"""Tree clean-up before extraction: hidden elements and link widgets embedded in paragraphs."""
from __future__ import annotations

import re

from lxml import etree

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BLOCKISH = frozenset("img picture figure div ul ol li table".split())
# An inline widget: at least this many links, and links make at least this share of its text.
WIDGET_MIN_LINKS = 2
WIDGET_LINK_SHARE = 0.8


def _remove_keep_tail(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _text_len(element: etree._Element) -> int:
    return len("".join(element.itertext()).strip())


def is_hidden(element: etree._Element) -> bool:
    """Hidden by the ``hidden`` attribute or an inline display:none / visibility:hidden style."""
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def is_inline_widget(element: etree._Element) -> bool:
    """A link card nested inside a paragraph (a hover card, an inline teaser): links plus images or blocks."""
    if not isinstance(element.tag, str) or element.tag in ("a", "p"):
        return False
    links = element.findall(".//a")
    if len(links) < WIDGET_MIN_LINKS:
        return False
    if not any(isinstance(d.tag, str) and d.tag in _BLOCKISH for d in element.iterdescendants()):
        return False
    total = _text_len(element)
    linked = sum(_text_len(a) for a in links)
    return total > 0 and linked >= WIDGET_LINK_SHARE * total


_EMBED_CLASS = re.compile(r"tweet|twitter|instagram|tiktok|fb-xfbml|facebook", re.IGNORECASE)
_WRAPPERS = frozenset("div figure aside section span".split())


def unwrap_embedded_posts(root: etree._Element) -> None:
    """Turn embedded social posts (tweets and the like) into plain quotes, out of their widget wrappers.

    Their text is part of the article (quoted posts), but extractors drop it for its class names.
    """
    for quote in list(root.iter("blockquote")):
        if not _EMBED_CLASS.search(quote.get("class") or ""):
            continue
        for name in list(quote.attrib):
            del quote.attrib[name]
        size = _text_len(quote)
        parent = quote.getparent()
        while (parent is not None and parent.tag in _WRAPPERS and parent.getparent() is not None
               and _text_len(parent) == size):
            grand = parent.getparent()
            quote.tail = parent.tail
            grand.replace(parent, quote)
            parent = grand


def prune(tree: etree._Element) -> etree._Element:
    """Remove hidden elements and in-paragraph link widgets from ``tree`` (in place); return it."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    hidden = [e for e in root.iter() if isinstance(e.tag, str) and is_hidden(e)]
    for element in hidden:
        _remove_keep_tail(element)
    unwrap_embedded_posts(root)
    found = {e for p in root.iter("p") for e in p.iterdescendants() if is_inline_widget(e)}
    # the innermost widgets: removing an outer one would also take the prose link it hangs on
    for element in [e for e in found if not any(d in found for d in e.iterdescendants())]:
        _remove_keep_tail(element)
    return tree
