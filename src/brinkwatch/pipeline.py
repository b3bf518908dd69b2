"""The coordinating core: one page in, one ``Report`` out.

``Pipeline`` holds what is loaded once per process (the spaCy pipeline, the actor knowledge base);
``analyze`` is the one-call API over a shared default pipeline.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Iterator

from . import __version__, settings
from .analysis import Analysis
from .budget import time_budget
from .errors import BrinkwatchError
from .ingest import build_document
from .ingest.decode import decode_bytes
from .nlp.model import CHUNK_CHARS, parse
from .records import Document, Flag, PipelineInfo, Report

SUPPORTED_LANGUAGES = ("en",)
_WARM_UP = ("Leaders meet in Geneva\n\nRussian President Vladimir Putin said on Tuesday that 1,000 troops "
            "would leave Crimea. \"We are open to talks,\" he told reporters in Kyiv.")


@dataclass(frozen=True, slots=True)
class PageInput:
    """One page to analyse, as read from a file, standard input or a JSONL line."""

    text: str
    id: str | None = None
    html: bool | None = None
    published: str | dt.date | None = None
    url: str | None = None
    outlet: str | None = None


class Pipeline:
    """The analysis pipeline, loaded once: ``Pipeline().analyze(page)``."""

    def __init__(
        self, *, model: str | None = None, verbatim: bool = False, max_bytes: int | None = None,
        time_budget: float | None = None,
    ) -> None:
        from .nlp import load_nlp

        self.nlp = load_nlp(model)
        self.verbatim = verbatim
        self.max_bytes = settings.get("max_input_bytes", max_bytes)
        self.time_budget = settings.get("doc_time_budget_s", time_budget)
        self.info = _pipeline_info(self.nlp)
        self._warm_up()

    def _warm_up(self) -> None:
        """Load what components load lazily (lexicons, gazetteer), so no document's time budget pays for it."""
        page = PageInput(text=_WARM_UP, id="warm-up", html=False, published="2022-02-15")
        self._analyze_parsed(self._build(page), self.nlp(_WARM_UP))  # unbudgeted: it is no one's document

    def document(self, page: PageInput) -> Document:
        """Clean one page (under the time budget) into a ``Document``; bad input raises ``BrinkwatchError``."""
        with time_budget(self.time_budget):
            return self._build(page)

    def _build(self, page: PageInput) -> Document:
        return build_document(
            page.text, html=page.html, id=page.id, published=page.published, url=page.url,
            outlet=page.outlet, verbatim=self.verbatim, max_bytes=self.max_bytes,
        )

    def analyze(self, page: PageInput) -> Report:
        return self.analyze_document(self.document(page))

    def analyze_document(self, document: Document) -> Report:
        if document.language not in SUPPORTED_LANGUAGES:
            return unsupported_report(document, self.info)
        with time_budget(self.time_budget):
            return self._analyze_parsed(document, parse(self.nlp, document.text))

    def analyze_many(
        self, pages: Iterable[PageInput | BrinkwatchError], *, batch_size: int = 16
    ) -> Iterator[Report | BrinkwatchError]:
        """Reports in input order; a page that fails (or an error passed in) yields its error in its place."""
        prepared: list[Document | BrinkwatchError] = []
        for page in pages:
            if isinstance(page, BrinkwatchError):
                prepared.append(page)
                continue
            try:
                prepared.append(self.document(page))
            except BrinkwatchError as exc:
                prepared.append(exc)
            if len(prepared) >= batch_size:
                yield from self._finish(prepared)
                prepared = []
        yield from self._finish(prepared)

    def _finish(self, prepared: list[Document | BrinkwatchError]) -> Iterator[Report | BrinkwatchError]:
        english = [d for d in prepared if isinstance(d, Document) and d.language in SUPPORTED_LANGUAGES]
        short = [d for d in english if len(d.text) <= CHUNK_CHARS]
        parses = dict(zip(map(id, short), self.nlp.pipe(d.text for d in short)))
        for doc in english:
            if len(doc.text) > CHUNK_CHARS:
                try:
                    with time_budget(self.time_budget):
                        parses[id(doc)] = parse(self.nlp, doc.text)
                except BrinkwatchError as exc:
                    prepared = [exc if item is doc else item for item in prepared]
        for item in prepared:
            if isinstance(item, BrinkwatchError):
                yield item
            elif id(item) in parses:
                yield self._guarded(item, parses[id(item)])
            else:
                yield unsupported_report(item, self.info)

    def _guarded(self, document: Document, doc) -> Report | BrinkwatchError:
        try:
            with time_budget(self.time_budget):
                return self._analyze_parsed(document, doc)
        except BrinkwatchError as exc:
            return exc

    def _analyze_parsed(self, document: Document, doc) -> Report:
        from .actors import MentionResolver
        from .events import find_events
        from .quotes import find_quantities, find_quotes

        published = dt.date.fromisoformat(document.published) if document.published else None
        analysis = Analysis(document, doc, published, MentionResolver(doc, published=published))
        quotes = find_quotes(analysis)
        quantities = find_quantities(analysis, quotes)
        events, flags = find_events(analysis, quotes)
        return Report(
            id=document.id, pipeline=self.info, document=document, events=tuple(events),
            quotes=tuple(quotes), quantities=tuple(quantities), flags=tuple(flags),
        )


def unsupported_report(document: Document, info: PipelineInfo) -> Report:
    flag = Flag(
        kind="unsupported_language",
        message=f"the page is in {document.language!r}; only English is analysed for now",
        evidence=(),
        rule="pipeline.language_check",
    )
    return Report(id=document.id, pipeline=info, document=document, flags=(flag,))


def _pipeline_info(nlp) -> PipelineInfo:
    from .actors import default_kb
    from .events.lexicon import version as lexicon_version

    model = f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    return PipelineInfo(version=__version__, model=model, kb_version=default_kb().version,
                        lexicon_version=lexicon_version())


_DEFAULT: dict[tuple, Pipeline] = {}


def get_pipeline(*, model: str | None = None, verbatim: bool = False) -> Pipeline:
    key = (model, verbatim)
    if key not in _DEFAULT:
        _DEFAULT[key] = Pipeline(model=model, verbatim=verbatim)
    return _DEFAULT[key]


def analyze(
    text_or_html: str | bytes,
    *,
    published: str | dt.date | None = None,
    id: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    html: bool | None = None,
    verbatim: bool = False,
    model: str | None = None,
) -> Report:
    """Analyse one news page (text or HTML, str or bytes) and return its ``Report``.

    Raises ``BrinkwatchError`` (with a code and a one-line message) on bad input.
    """
    text = decode_bytes(text_or_html) if isinstance(text_or_html, bytes) else text_or_html
    page = PageInput(text=text, id=id, html=html, published=published, url=url, outlet=outlet)
    return get_pipeline(model=model, verbatim=verbatim).analyze(page)
