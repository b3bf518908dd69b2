"""Headline/body integrity: a headline event that reverses the body's roles or flips its negation.

A headline event contradicts the body when the body codes the same type with the roles reversed
(the headline's source is the body's target, or the body's doer differs and never appears as doer)
or with the opposite polarity (asserted against negated).  Such headline events are not emitted;
a Flag ``headline_contradicts_body`` cites both places.
"""
from __future__ import annotations

from ..records import Event, Flag, Span

RULE = "integrity:headline-vs-body"


def _country(actor) -> str | None:
    return actor.country if actor is not None else None


def _reversed(h: Event, b: Event) -> bool:
    hs, ht, bs, bt = _country(h.source), _country(h.target), _country(b.source), _country(b.target)
    if hs is None or bs is None:
        return False
    if hs == bt and (ht is None or ht == bs):
        return True
    if ht is not None and bs == ht and hs != bs and bt in (None, hs):  # the body's doer is the headline's target
        return True
    return hs != bs and ht is None and bt is not None and hs == bt


def _polarity_flip(h: Event, b: Event) -> bool:
    same_roles = _country(h.source) == _country(b.source) and _country(h.source) is not None
    neg = {h.modality, b.modality}
    return same_roles and "negated" in neg and "asserted" in neg


def contradictions(headline: list[Event], body: list[Event]) -> tuple[list[Event], list[Flag]]:
    """(headline events to keep, flags) after comparing each headline event with the body's."""
    keep, flags, seen = [], [], set()
    for h in headline:
        same = [b for b in body if b.type == h.type]
        agree = [b for b in same if _country(b.source) == _country(h.source) and not _polarity_flip(h, b)]
        clash = next((b for b in same if _reversed(h, b) or _polarity_flip(h, b)), None)
        if clash is not None and not agree:
            if (h.type, h.trigger.text, clash.start) in seen:
                continue
            seen.add((h.type, h.trigger.text, clash.start))
            what = "reverses the roles of" if _reversed(h, clash) else "flips the negation of"
            flags.append(Flag(
                kind="headline_contradicts_body",
                message=(f"headline {h.type} by {_country(h.source) or h.source.text if h.source else '?'} "
                         f"{what} the body's {clash.type} by {_country(clash.source) or '?'}"
                         f" against {_country(clash.target) or '?'}"),
                evidence=(Span(h.sentence, h.start, h.end), Span(clash.sentence, clash.start, clash.end)),
                rule=RULE,
            ))
            continue
        keep.append(h)
    return keep, flags
