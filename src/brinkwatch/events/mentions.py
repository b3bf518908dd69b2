"""Actor resolution for event roles: the shared resolver, with fallbacks inside the mention.

When the whole phrase does not resolve ("Israeli Prime Minister Ehud Barak", "some Russian forces"),
the named entity at its head or a nationality/place word inside it gives the country.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..records import Actor


def _resolve(resolver, span: Span) -> Actor:
    try:
        return resolver.resolve(span)
    except Exception:  # the resolver is another component: never let it sink the events
        return Actor(span.text, span.start_char, span.end_char)


def resolve_span(resolver, span: Span, head: Token | None = None) -> Actor:
    """The actor a mention names, with the country of its head entity or of a nationality inside it."""
    head = head if head is not None else span.root
    actor = _resolve(resolver, span)
    if actor.country:
        return actor
    doc = span.doc
    ent = next((e for e in doc.ents if e.start <= head.i < e.end and e.label_ in ("PERSON", "ORG", "GPE", "NORP")), None)
    if ent is not None and (ent.start, ent.end) != (span.start, span.end):
        by_ent = _resolve(resolver, ent)
        if by_ent.country:
            return Actor(actor.text, actor.start, actor.end, by_ent.name or actor.name, by_ent.country,
                         by_ent.sector or actor.sector)
    inner = [e for e in doc.ents if span.start <= e.start and e.end <= span.end and e.label_ in ("GPE", "NORP")]
    inner += [doc[t.i:t.i + 1] for t in span if t.is_title and t.pos_ in ("PROPN", "ADJ") and t.i != head.i]
    for piece in inner:  # "some Russian forces", "Nigerian Union of Teachers", "officials in Ukraine"
        if (piece.start, piece.end) == (span.start, span.end):
            continue
        place = _resolve(resolver, piece)
        if place.country:
            return Actor(actor.text, actor.start, actor.end, actor.name, place.country, actor.sector)
    return actor
