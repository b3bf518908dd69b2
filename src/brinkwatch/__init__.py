"""brinkwatch: read crisis news — who did what to whom, who said what, with a link to every sentence.

    >>> import brinkwatch
    >>> report = brinkwatch.analyze(page_text, published="2022-02-15")
    >>> report.events[0].type, report.to_dict()["schema"]
"""
__version__ = "0.1.0"

from .errors import BrinkwatchError  # noqa: E402
from .pipeline import PageInput, Pipeline, analyze  # noqa: E402
from .records import (  # noqa: E402
    Actor, Cue, Document, Event, Flag, Location, PipelineInfo, Quantity, Quote, Removal, Report, Span,
)



def __getattr__(name: str):  # brinkwatch.Corpus, imported on first use (DuckDB and pandas load lazily)
    if name == "Corpus":
        from .corpus.api import Corpus

        return Corpus
    raise AttributeError(f"module 'brinkwatch' has no attribute {name!r}")


__all__ = [
    "__version__", "analyze", "Pipeline", "Corpus", "PageInput", "BrinkwatchError",
    "Report", "Document", "Event", "Quote", "Quantity", "Flag", "Actor", "Span", "Cue", "Location",
    "Removal", "PipelineInfo",
]
