"""Build an Analysis from our own test text (real pipeline, no mocks)."""
from __future__ import annotations

import datetime as dt

from brinkwatch.actors import MentionResolver
from brinkwatch.analysis import Analysis
from brinkwatch.nlp import load_nlp
from brinkwatch.records import Document

PUBLISHED = dt.date(2022, 2, 15)  # a Tuesday


def analysis(text: str, title: str | None = None, published: dt.date | None = PUBLISHED) -> Analysis:
    full = f"{title}\n\n{text}" if title else text
    doc = load_nlp()(full)
    document = Document(id="t", title=title, text=full, published=published.isoformat() if published else None,
                        language="en", url=None, outlet=None)
    return Analysis(document, doc, published, MentionResolver(doc, published=published))


def sentence(text: str):
    return load_nlp()(text)


def code(text: str, source: str, target: str, *, learned: bool = True) -> str | None:
    """The pair coder's type between the first occurrences of ``source`` and ``target`` in ``text`` (``learned``:
    with the type model; without it, the rules alone)."""
    from brinkwatch.events import code_pair

    doc = sentence(text)
    s, t = text.index(source), text.index(target)
    return code_pair(doc, (s, s + len(source)), (t, t + len(target)), learned=learned)


def events_of(text: str, title: str | None = None, quotes=()):
    from brinkwatch.events import find_events

    return find_events(analysis(text, title), list(quotes))


def country(actor) -> str | None:
    return actor.country if actor is not None else None
