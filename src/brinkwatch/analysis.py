"""What every analysis component receives: the cleaned document and its parse.

Components are pure functions of an ``Analysis`` (no I/O):
``quotes.find_quotes(a)``, ``quotes.find_quantities(a, quotes)``,
``events.find_events(a, quotes) -> (events, flags)``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from .records import Document

if TYPE_CHECKING:  # pragma: no cover
    from .actors import MentionResolver


@dataclass
class Analysis:
    document: Document
    doc: Doc  # spaCy parse of document.text
    published: dt.date | None
    resolver: "MentionResolver"

    @property
    def body_start(self) -> int:
        """Offset of the first body character: after the title line and blank line (0 with --verbatim)."""
        return self.document.body_start

    def is_headline(self, sent: Span) -> bool:
        """True for sentences of the title line (never with --verbatim)."""
        return self.document.title is not None and sent.start_char < self.body_start
