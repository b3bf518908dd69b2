"""Where the words of a reported clause end: the writer's asides after them are not what was said.

'She said the plan would fail, which surprised no one': the relative clause set off by a comma is the
writer's, and so are a trailing apposition ('..., a former envoy'), a participle phrase ('..., citing
the cost') and a concession ('..., although ...').  Quoted words are never cut.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .ranges import RangeIndex

_WH = frozenset({"who", "which", "whom", "whose"})
_CONCESSIVE = frozenset({"although", "though"})
_PARTICIPLE_DEPS = frozenset({"acl", "advcl", "xcomp", "npadvmod", "dep"})
_MARKS = "\"“”„«»‹›"


def _aside(tail: list[Token], first_kept: int, nominal: bool) -> bool:
    """Whether the tokens after a comma form one aside on what comes before them (from token
    ``first_kept`` on): a participle only when it hangs on a word outside those ('..., citing')."""
    ids = {t.i for t in tail}
    roots = [t for t in tail if (t.head.i not in ids or t.head.i == t.i) and not t.is_punct]
    if len(roots) != 1:
        return False
    root = roots[0]
    if root.head.i > tail[-1].i or root.head.i == root.i:
        return False  # the tail governs (or is governed by something after) the clause: no aside
    first = next(t for t in tail if not t.is_punct)
    if root.dep_ == "relcl":
        return nominal and first.lower_ in _WH
    if root.dep_ == "appos":
        return nominal and root.pos_ == "NOUN" and first.pos_ in ("DET", "ADJ", "NOUN", "NUM")
    if root.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in root.children):
        return True
    if root.dep_ in _PARTICIPLE_DEPS and root.tag_ == "VBG" and root.head.i < first_kept:
        return first.i == root.i or first.pos_ == "ADV" and first.head.i == root.i
    return False


def drop_asides(doc: Doc, start: int, end: int, quoted: RangeIndex | None = None, nominal: bool = False) -> int:
    """The end of ``[start, end)`` without the asides set off by a comma at its end: a concession or a
    participle on the cue ('..., citing ...') after any clause; a relative clause or an apposition only
    after what a stance is about (``nominal``: 'criticised the plan, which ...'), since a reported
    clause often goes on with the speaker's own 'which' ('said taxes rose, which hurt ...')."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or len(span) < 4:
        return end
    text = span.text
    if any(m in text for m in _MARKS) and quoted is None:
        return end
    last = span.end  # exclusive token bound of what is kept
    for k in range(span.end - 2, span.start + 1, -1):
        comma = doc[k]
        if comma.text != "," or k >= last - 1:
            continue
        if quoted is not None and quoted.overlapping(comma.idx, doc[last - 1].idx + len(doc[last - 1])):
            break  # never cut quoted words nor across a quotation
        tail = [t for t in doc[k + 1 : last] if not t.is_space]
        while tail and tail[-1].is_punct:
            tail.pop()
        if len(tail) < 2 or not _aside(tail, span.start, nominal):
            continue
        last = k
    if last == span.end:
        return end
    return doc[last - 1].idx + len(doc[last - 1])
