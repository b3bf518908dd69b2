"""Small hand-made reports (no NLP) for store and merge tests."""
from __future__ import annotations

from brinkwatch.records import Actor, Document, Event, Flag, PipelineInfo, Quantity, Quote, Removal, Report, Span

INFO = PipelineInfo(version="0.1.0", model="test", kb_version="k1", lexicon_version="l1")


def actor(name: str, country: str, start: int = 0) -> Actor:
    return Actor(text=name, start=start, end=start + len(name), name=name, country=country, sector="GOV")


def event(eid: str, sentence: str, start: int, *, type_="CONSULT", source=("Russia", "RUS"),
          target=("Ukraine", "UKR"), modality="asserted", date=None, intensity=1.0, quad=1) -> Event:
    return Event(
        id=eid, type=type_, mode=None, modality=modality, source=actor(*source, start), target=actor(*target, start),
        attributed_to=None, trigger=Span("met", start, start + 3), date=date, location=None, contexts=("diplomatic",),
        intensity=intensity, quad=quad, confidence=0.9, sentence=sentence, start=start, end=start + len(sentence),
        rule="test",
    )


def report(doc_id: str, body: str = "Russia met Ukraine.", *, title="Talks", published="2022-02-14",
           outlet="Outlet A", url=None, events=None, quotes=(), flags=(), removed=()) -> Report:
    text = f"{title}\n\n{body}"
    start = len(title) + 2
    events = events if events is not None else (event(f"{doc_id}-e1", body, start),)
    doc = Document(doc_id, title, text, published, "en", url, outlet, tuple(removed))
    quantities = (Quantity(100000.0, "troops", "100,000 troops", start, start + 14, None, "test"),)
    return Report(id=doc_id, pipeline=INFO, document=doc, events=tuple(events), quotes=tuple(quotes),
                  quantities=quantities, flags=tuple(flags))


def full_report(doc_id: str = "doc-1") -> Report:
    body = 'Russia met Ukraine. "We talked," Lavrov said.'
    quote = Quote(speaker=actor("Sergei Lavrov", "RUS", 33), cue=None, content="We talked,", start=21, end=31,
                  direct=True, confidence=0.9, rule="test")
    flag = Flag("headline_contradicts_body", "the headline says otherwise", (Span("Talks", 0, 5),), "test.flag")
    removal = Removal("other_language", "Yorum yap", 100, 109, "clean.language")
    return report(doc_id, body, quotes=(quote,), flags=(flag,), removed=(removal,))
