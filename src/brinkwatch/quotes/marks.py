"""Find quoted spans in raw text with a one-pass state machine.

Handles the common styles: “ ” (English), " " (straight), '' '' (two apostrophes), ‘ ’ and ' ' (single, also nested inside
double quotes), « » and » « (French / German guillemets), „ “ and „ ” (German / Polish low-high marks),
‹ ›.  A paragraph that opens a quote without closing it continues in the next paragraph when that
paragraph opens with a quote mark again (the English convention); otherwise the quote ends where the
paragraph ends and is marked ``closed=False``.

Every character is looked at a bounded number of times, so the scan is linear in the text length, even
for pathological input (thousands of unmatched marks).
"""
from __future__ import annotations

from dataclasses import dataclass

# opening mark -> the marks that close it
CLOSERS: dict[str, str] = {
    "“": "”“\"",  # “…” and the rare “…“ and “…" (mixed marks)
    "„": "“”",
    "«": "»",
    "»": "«",  # German/Danish »…«
    "‹": "›",
    "‘": "’",
    "‚": "‘’",
    '"': '"”',  # "…" and the mixed "…”
    "'": "'’",
}
DOUBLE = frozenset('“”„"«»')
SINGLE = frozenset("‘’‚'‹›")
ALL_MARKS = frozenset(CLOSERS) | frozenset("”’›")
# characters after which a straight mark opens rather than closes
_OPEN_BEFORE = frozenset(" \t\n\r([{—–-/:\u00a0") | frozenset("“‘«„")
_MAX_DEPTH = 2


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """A quotation: ``start``/``end`` include the marks; ``inner_start``/``inner_end`` do not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    mark: str
    closed: bool = True
    paragraphs: int = 1  # how many paragraphs the quotation runs through


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() and ch not in "«‹":  # French guillemets take a space inside
        return False
    if ch in "'’":  # an apostrophe inside or at the end of a word never opens
        return before in _OPEN_BEFORE or before in "\"“"
    if ch == '"':
        return before in _OPEN_BEFORE or not _is_word(before) and before not in ".,;!?"
    return True


def _can_close(text: str, i: int, opener: str) -> bool:
    ch = text[i]
    if ch not in CLOSERS.get(opener, ""):
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "'’":  # don’t, Ukraine’s: letter on both sides is an apostrophe
        return not (_is_word(before) and _is_word(after)) and not before.isspace()
    if ch == '"' and before.isspace() and not after.isspace():
        return False  # ` "word` opens
    if ch == "“" and opener == "“":
        return not _is_word(after)
    return True


def _next_content(text: str, i: int) -> int:
    """Index of the first non-space character at or after ``i`` (len(text) if none)."""
    n = len(text)
    while i < n and (text[i].isspace() or text[i] == "." and i + 1 < n and text[i + 1] == "\n"):
        i += 1
    return i


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _doubled_apostrophes(text: str) -> str:
    """Two apostrophes as one double mark (''like this'', the style of some wire archives), as a straight
    mark plus a space on the outer side, so that every offset stays where it was."""
    if "''" not in text:
        return text
    chars = list(text)
    i = text.find("''")
    while i != -1:
        if i + 2 < len(text) and text[i + 2] == "'":
            i = text.find("''", i + 3)  # three or more: no quotation mark
            continue
        before = text[i - 1] if i > 0 else " "
        closing = _is_word(before) or before in ".,;:!?)]…-–—%’"
        chars[i : i + 2] = ['"', " "] if closing else [" ", '"']
        i = text.find("''", i + 2)
    return "".join(chars)


def scan(text: str) -> list[MarkedSpan]:
    """The outermost quoted spans of ``text``, in order, never overlapping."""
    text = _doubled_apostrophes(text)
    out: list[MarkedSpan] = []
    stack: list[tuple[str, int]] = []  # (opening mark, index)
    paragraphs = 1
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and stack:
            j = _next_content(text, i)
            _, open_at = stack[0]
            if j < n and text[j] in CLOSERS and text[j] == stack[0][0] and paragraphs < 20:
                paragraphs += 1  # the quote goes on in the next paragraph
                del stack[1:]
                i = j + 1
                continue
            s, e = _trim(text, open_at + 1, i)
            if e > s and stack[0][0] not in SINGLE:  # a stray apostrophe never makes a quote
                out.append(MarkedSpan(open_at, e, s, e, stack[0][0], closed=False, paragraphs=paragraphs))
            stack.clear()
            paragraphs = 1
            i = j
            continue
        if ch not in ALL_MARKS:
            i += 1
            continue
        closed_level = None
        for level in range(len(stack) - 1, -1, -1):
            if _can_close(text, i, stack[level][0]):
                closed_level = level
                break
        if closed_level is not None:
            opener, open_at = stack[closed_level]
            del stack[closed_level:]
            if closed_level == 0:
                s, e = open_at + 1, i
                if e > s:
                    out.append(MarkedSpan(open_at, i + 1, s, e, opener, paragraphs=paragraphs))
                paragraphs = 1
        elif ch in CLOSERS and _can_open(text, i):
            if stack and stack[0][0] in SINGLE and ch in DOUBLE:
                stack.clear()  # a double mark inside a single one: the single was an apostrophe
            if len(stack) >= _MAX_DEPTH:
                pass
            elif not stack or ch in SINGLE or stack[0][0] not in DOUBLE or ch != stack[0][0]:
                stack.append((ch, i))
        i += 1
    if stack and stack[0][0] not in SINGLE:
        _, open_at = stack[0]
        s, e = _trim(text, open_at + 1, n)
        if e > s:
            out.append(MarkedSpan(open_at, e, s, e, stack[0][0], closed=False, paragraphs=paragraphs))
    return out
