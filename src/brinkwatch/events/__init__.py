"""PLOVER 2.0 political events: ``find_events(a, quotes) -> (events, flags)`` and ``code_pair``.

Events come from the clauses of the dependency parse and from event nouns, typed by the predicate
lexicon (data/predicates.tsv), with roles resolved to actors, modality, date, place, PLOVER
intensity and quad, and the rule that produced them.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Event, Flag, Quote
from .intensity import intensity, quad
from .coder import code_document
from .discourse import infer_recipients
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


_CYBER = re.compile(r"\b(cyber\w*|hack\w*|ddos|denial[- ]of[- ]service|malware|ransomware|phishing|"
                    r"websites?|servers?|botnets?|gigabits?|bandwidth|traffic)\b", re.IGNORECASE)


def _cyber(event: Event, text: str) -> Event:
    """An "attack" told among computer words is a cyberattack: COERCE (mode cyber) in PLOVER, not ASSAULT."""
    if event.type != "ASSAULT" or event.trigger.text.lower() not in ("attack", "attacks", "assault", "assaults"):
        return event
    window = text[max(0, event.start - 400):event.end]
    if not _CYBER.search(window):
        return event
    return replace(event, type="COERCE", mode="cyber", intensity=intensity("COERCE", "cyber"), quad=quad("COERCE"),
                   rule=event.rule + "+context:cyber")


def find_events(a, quotes: list[Quote]) -> tuple[list[Event], list[Flag]]:
    """The document's events (headline events that contradict the body removed) and integrity flags."""
    headline, body = [], []
    for sent, events in code_document(a, quotes):
        (headline if _is_headline(a, sent) else body).extend(events)
    headline = _unique(headline)  # a title repeated in the body says the same once
    body = [_cyber(e, a.document.text) for e in body if not _anonymous_noun(e)]
    kept, flags = contradictions(headline, body)
    events = infer_recipients(sorted(kept + body, key=lambda e: (e.start, e.trigger.start)))
    return events, flags
