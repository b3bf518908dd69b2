"""PLOVER 2.0 political events: ``find_events(a, quotes) -> (events, flags)`` and ``code_pair``.

Events come from the clauses of the dependency parse and from event nouns, typed by the predicate
lexicon (data/predicates.tsv), with roles resolved to actors, modality, date, place, PLOVER
intensity and quad, and the rule that produced them.
"""
from __future__ import annotations

from ..records import Event, Flag, Quote
from .coder import code_document
from .integrity import contradictions
from .pair import code_pair

__all__ = ["code_pair", "find_events"]


def _is_headline(a, sent) -> bool:
    title = a.document.title
    if a.is_headline(sent):
        return True
    return bool(title) and sent.text.strip() == title.strip()  # a repeated title in the body


def _unique(events: list[Event]) -> list[Event]:
    seen, out = set(), []
    for e in events:
        key = (e.type, e.trigger.text, e.source.country if e.source else None, e.target.country if e.target else None)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _known(actor) -> bool:
    return actor is not None and bool(actor.country or actor.name)


def _anonymous_noun(event: Event) -> bool:
    """An event noun with no known party on either side ("the largest attack of its kind"): too little to
    code; prefer no event to a wrong one."""
    return event.rule.startswith("lexicon:N:") and not _known(event.source) and not _known(event.target)


def find_events(a, quotes: list[Quote]) -> tuple[list[Event], list[Flag]]:
    """The document's events (headline events that contradict the body removed) and integrity flags."""
    headline, body = [], []
    for sent, events in code_document(a, quotes):
        (headline if _is_headline(a, sent) else body).extend(events)
    headline = _unique(headline)  # a title repeated in the body says the same once
    body = [e for e in body if not _anonymous_noun(e)]
    kept, flags = contradictions(headline, body)
    events = sorted(kept + body, key=lambda e: (e.start, e.trigger.start))
    return events, flags
