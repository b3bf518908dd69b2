"""Split a coordinated actor span ("Kyiv, NATO and the United States") into its conjuncts."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .text import norm, strip_article

if TYPE_CHECKING:  # pragma: no cover
    from .kb import ActorKB

SEPARATORS = {",", ";", "and", "or", "&", "nor", "/"}
LEADING = {"both", "either", "neither"}


def _pieces(span: Span) -> list[Span]:
    pieces: list[Span] = []
    start = span.start
    doc = span.doc
    for token in span:
        if token.lower_ in SEPARATORS:
            if token.i > start:
                pieces.append(doc[start:token.i])
            start = token.i + 1
    if start < span.end:
        pieces.append(doc[start:span.end])
    return [p for p in pieces if not (len(p) == 1 and p[0].lower_ in LEADING)]


def _merge_names(pieces: list[Span], kb: "ActorKB") -> list[Span]:
    """Re-join pieces that form one name ("Bosnia and Herzegovina", "Trinidad and Tobago")."""
    out: list[Span] = []
    i = 0
    doc = pieces[0].doc if pieces else None
    while i < len(pieces):
        joined = None
        for j in range(len(pieces) - 1, i, -1):
            candidate = doc[pieces[i].start:pieces[j].end]
            if kb.candidates(candidate.text):
                joined = candidate
                i = j
                break
        out.append(joined or pieces[i])
        i += 1
    return out


def split_coordination(span: Span, kb: "ActorKB") -> list:
    """Conjuncts of ``span``: Spans, or (Span, head noun) for a bare modifier that shares the last head."""
    if kb.candidates(span.text) or not any(t.lower_ in SEPARATORS for t in span):
        return [span]
    pieces = _merge_names(_pieces(span), kb)
    if len(pieces) <= 1:
        return [span]
    last_words = strip_article(norm(pieces[-1].text)).split()
    head = None
    for i in range(1, len(last_words)):
        if kb.role(" ".join(last_words[i:])):
            head = " ".join(last_words[i:])
            break
    out: list = []
    for piece in pieces:
        bare = head and piece is not pieces[-1] and kb.role(piece.text) is None and \
            all(t.pos_ in ("ADJ", "PROPN", "DET") for t in piece) and len(piece) <= 2 and \
            any(how == "demonym" for _, how in kb.candidates(piece.text))
        out.append((piece, head) if bare else piece)
    return out
