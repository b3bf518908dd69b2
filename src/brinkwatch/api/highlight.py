"""Highlighted HTML from character offsets, escaping every piece of text (article text is hostile input).

``highlight(text, marks)`` cuts ``text`` at every mark boundary; each piece is escaped and wrapped in one
``<span>`` whose classes are those of every mark covering it, so overlapping marks need no nesting.  A mark
with an ``anchor`` puts an empty ``<span id=...>`` where it starts (for links such as ``#ev-3``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from markupsafe import Markup, escape

_TOKEN = re.compile(r"^[a-z][a-z0-9_-]*$")


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str                 # CSS classes of ours, space-separated: "ev", "trigger", "quote direct", ...
    title: str | None = None  # tooltip text (escaped)
    anchor: str | None = None  # id of an anchor at the start (our own ids only)


def _token(value: str) -> str:
    if not _TOKEN.match(value):
        raise ValueError(f"not a CSS class or id of ours: {value!r}")
    return value


def _clamp(mark: Mark, text: str) -> Mark | None:
    """The mark inside the text, without trailing whitespace (a sentence often ends with its blank line)."""
    size = len(text)
    start, end = max(0, min(mark.start, size)), max(0, min(mark.end, size))
    if end < start:
        return None
    while end > start and text[end - 1].isspace():
        end -= 1
    return Mark(start, end, mark.kind, mark.title, mark.anchor)


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` as safe HTML with ``marks`` as spans (offsets are clamped; bad ones dropped)."""
    kept = [m for m in (_clamp(m, text) for m in marks) if m is not None]
    cuts = sorted({0, len(text), *(m.start for m in kept), *(m.end for m in kept)})
    anchors: dict[int, list[str]] = {}
    for m in kept:
        if m.anchor:
            anchors.setdefault(m.start, []).append(_token(m.anchor))
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:] + [None]):
        for anchor in anchors.pop(a, ()):
            out.append(f'<span class="anchor" id="{anchor}"></span>')
        if b is None:
            break
        piece = text[a:b]
        covering = [m for m in kept if m.start <= a and b <= m.end and m.start < m.end]
        if not covering:
            out.append(str(escape(piece)))
            continue
        classes = " ".join(dict.fromkeys(_token(c) for m in covering for c in m.kind.split()))
        titles = "; ".join(dict.fromkeys(m.title for m in covering if m.title))
        title = f' title="{escape(titles)}"' if titles else ""
        out.append(f'<span class="hl {classes}"{title}>{escape(piece)}</span>')
    return Markup("".join(out))


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (between blank lines) holding ``start..end`` (trailing whitespace of the span ignored)."""
    while end > start and text[end - 1 : end].isspace():
        end -= 1
    left = text.rfind("\n\n", 0, max(0, start))
    right = text.find("\n\n", min(len(text), end))
    return (0 if left < 0 else left + 2), (len(text) if right < 0 else right)


def shift(marks: Sequence[Mark], offset: int) -> list[Mark]:
    return [Mark(m.start - offset, m.end - offset, m.kind, m.title, m.anchor) for m in marks]
