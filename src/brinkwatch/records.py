"""Typed, frozen records of the ``brinkwatch.report/1`` contract.

Every record that points at text carries ``start``/``end`` character offsets into
``Document.text`` (removals point into the input text instead, since what they
removed is not in ``Document.text``) and, where a component made it, the ``rule``
or model that did.  ``to_dict`` gives the JSON contract.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

SCHEMA_ID = "brinkwatch.report/1"

MODALITIES = ("asserted", "negated", "hypothetical", "future", "historical")
REMOVAL_KINDS = ("repeated_title", "boilerplate", "other_language")


def _plain(value: Any) -> Any:
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


class _Record:
    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(frozen=True, slots=True)
class Span(_Record):
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor(_Record):
    """A mention of an actor, resolved as far as the evidence allows."""

    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class Cue(_Record):
    text: str
    lemma: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Location(_Record):
    text: str
    start: int
    end: int
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Event(_Record):
    id: str
    type: str
    mode: str | None
    modality: str
    source: Actor | None
    target: Actor | None
    attributed_to: Actor | None
    trigger: Span
    date: str | None
    location: Location | None
    contexts: tuple[str, ...]
    intensity: float
    quad: int
    confidence: float
    sentence: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class Quote(_Record):
    speaker: Actor | None
    cue: Cue | None
    content: str
    start: int
    end: int
    direct: bool
    confidence: float
    rule: str


@dataclass(frozen=True, slots=True)
class Quantity(_Record):
    value: float
    unit: str
    text: str
    start: int
    end: int
    claimed_by: Actor | None
    rule: str


@dataclass(frozen=True, slots=True)
class Flag(_Record):
    kind: str
    message: str
    evidence: tuple[Span, ...]
    rule: str


@dataclass(frozen=True, slots=True)
class Removal(_Record):
    """Text removed by cleaning; offsets point into the input text."""

    kind: str
    text: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class Document(_Record):
    id: str
    title: str | None
    text: str
    published: str | None
    language: str | None
    url: str | None
    outlet: str | None
    removed: tuple[Removal, ...] = ()

    @property
    def body_start(self) -> int:
        """Offset where the body begins (after the title line and blank line)."""
        if self.title is None:
            return 0
        return len(self.title) + 2


@dataclass(frozen=True, slots=True)
class PipelineInfo(_Record):
    version: str
    model: str | None
    kb_version: str
    lexicon_version: str


@dataclass(frozen=True, slots=True)
class Report(_Record):
    id: str
    pipeline: PipelineInfo
    document: Document
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    flags: tuple[Flag, ...] = field(default=())
    schema: str = SCHEMA_ID

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema": self.schema, "id": self.id}
        for name in ("pipeline", "document", "events", "quotes", "quantities", "flags"):
            out[name] = _plain(getattr(self, name))
        return out


def _actor(d: dict | None) -> Actor | None:
    return Actor(**d) if d else None


def _span(d: dict | None) -> Span | None:
    return Span(**d) if d else None


def event_from_dict(d: dict[str, Any]) -> Event:
    loc = d.get("location")
    return Event(
        id=d["id"], type=d["type"], mode=d.get("mode"), modality=d["modality"], source=_actor(d.get("source")),
        target=_actor(d.get("target")), attributed_to=_actor(d.get("attributed_to")), trigger=Span(**d["trigger"]),
        date=d.get("date"), location=Location(**loc) if loc else None, contexts=tuple(d.get("contexts", ())),
        intensity=d["intensity"], quad=d["quad"], confidence=d["confidence"], sentence=d["sentence"],
        start=d["start"], end=d["end"], rule=d["rule"],
    )


def quote_from_dict(d: dict[str, Any]) -> Quote:
    cue = d.get("cue")
    return Quote(speaker=_actor(d.get("speaker")), cue=Cue(**cue) if cue else None, content=d["content"],
                 start=d["start"], end=d["end"], direct=d["direct"], confidence=d["confidence"], rule=d["rule"])


def quantity_from_dict(d: dict[str, Any]) -> Quantity:
    return Quantity(value=d["value"], unit=d["unit"], text=d["text"], start=d["start"], end=d["end"],
                    claimed_by=_actor(d.get("claimed_by")), rule=d["rule"])


def flag_from_dict(d: dict[str, Any]) -> Flag:
    return Flag(kind=d["kind"], message=d["message"], evidence=tuple(Span(**e) for e in d.get("evidence", ())),
                rule=d["rule"])


def report_from_dict(d: dict[str, Any]) -> Report:
    """The inverse of ``Report.to_dict`` (for reports read back from a store or a JSONL file)."""
    doc = dict(d["document"])
    removed = tuple(Removal(**{"rule": "", **r}) for r in doc.pop("removed", ()))
    return Report(
        id=d["id"], pipeline=PipelineInfo(**d["pipeline"]), document=Document(**doc, removed=removed),
        events=tuple(map(event_from_dict, d.get("events", ()))), quotes=tuple(map(quote_from_dict, d.get("quotes", ()))),
        quantities=tuple(map(quantity_from_dict, d.get("quantities", ()))),
        flags=tuple(map(flag_from_dict, d.get("flags", ()))), schema=d.get("schema", SCHEMA_ID),
    )
