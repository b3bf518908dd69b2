"""Candidate article bodies from several extractors, each as a list of paragraphs.

Every extractor runs on its own copy of the parsed tree and any failure gives an empty candidate:
the caller chooses among whatever came out.
"""
from __future__ import annotations

import logging
from copy import deepcopy
from dataclasses import dataclass

import lxml.html
from lxml import etree

from .html_paras import Para, paragraphs

LOG = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    paras: tuple[Para, ...]

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras)


def _trafilatura(tree: etree._Element, **options: object) -> list[Para]:
    from trafilatura import bare_extraction

    document = bare_extraction(
        deepcopy(tree), include_comments=False, include_links=True, include_tables=True,
        include_formatting=True, with_metadata=False, **options,
    )
    body = getattr(document, "body", None)
    return paragraphs(body, split_lines=True)


def _readability(tree: etree._Element) -> list[Para]:
    from trafilatura.readability_lxml import Document

    summary = Document(deepcopy(tree), min_text_length=25).summary()
    if not summary or not summary.strip():
        return []
    return paragraphs(lxml.html.fromstring(summary))


def _baseline(tree: etree._Element) -> list[Para]:
    from trafilatura.baseline import baseline

    body, _text, _length = baseline(deepcopy(tree))
    return paragraphs(body, split_lines=True)


EXTRACTORS = (
    ("precision", lambda tree: _trafilatura(tree, favor_precision=True)),
    ("fast", lambda tree: _trafilatura(tree, fast=True)),
    ("readability", _readability),
    ("baseline", _baseline),
)


def candidates(tree: etree._Element) -> list[Candidate]:
    """One candidate per extractor (possibly empty), in a fixed order."""
    found = []
    for name, extractor in EXTRACTORS:
        try:
            paras = extractor(tree)
        except Exception as exc:  # noqa: BLE001 - any extractor failure just loses that candidate
            LOG.debug("extractor %s failed: %s", name, exc)
            paras = []
        found.append(Candidate(name, tuple(paras)))
    return found
