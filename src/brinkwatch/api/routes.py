"""JSON endpoints under /api/: filters, bounded pagination, and analysis of one page."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Body, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from . import reads

router = APIRouter(prefix="/api", tags=["api"])

MAX_LIMIT, MAX_OFFSET, MAX_TEXT = 200, 1_000_000, 200
Modality = Literal["asserted", "negated", "hypothetical", "future", "historical"]


def clean(value: str | None) -> str | None:
    """Refuse text that cannot be a name: control characters, lone surrogates, blank."""
    if value is None:
        return None
    if any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in value):
        raise ValueError("must not contain control characters")
    if not value.strip():
        raise ValueError("must not be blank")
    return value.strip()


Text = Annotated[str | None, Query(max_length=MAX_TEXT), AfterValidator(clean)]
Name = Annotated[str, Path(max_length=MAX_TEXT), AfterValidator(clean)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
ERRORS = {404: {"description": "not found (JSON error)"}, 422: {"description": "invalid request (JSON error)"},
          503: {"description": "the store is absent or not yet readable (JSON error)"}}


def store(request: Request):
    return request.app.state.snapshots.cursor()


def _found(value, what: str, key: str):
    if value is None:
        raise HTTPException(404, f"no {what} {key!r}")
    return value


@router.get("/health", summary="server and store status")
def health(request: Request) -> dict:
    return {"status": "ok", "pipeline_loaded": request.app.state.pipeline.loaded,
            **request.app.state.snapshots.status()}


@router.get("/documents", summary="documents, newest first", responses=ERRORS)
def list_documents(request: Request, outlet: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict:
    with store(request) as cur:
        return reads.documents(cur, outlet=outlet, limit=limit, offset=offset)


@router.get("/documents/{document_id}", summary="one document: its report, story, copies and flags",
            responses=ERRORS)
def get_document(request: Request, document_id: Name) -> dict:
    with store(request) as cur:
        return _found(reads.document(cur, document_id), "document", document_id)


@router.get("/events", summary="events merged across documents, newest first", responses=ERRORS)
def list_events(request: Request, source: Text = None, target: Text = None,
                type: Annotated[str | None, Query(max_length=20, pattern=r"^[A-Za-z]+$")] = None,
                since: dt.date | None = None, until: dt.date | None = None, modality: Modality | None = None,
                document: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict:
    with store(request) as cur:
        return reads.events(cur, source=source, target=target, type=type, since=since, until=until,
                            modality=modality, document=document, limit=limit, offset=offset)


@router.get("/events/{event_id}", summary="one event and every report of it", responses=ERRORS)
def get_event(request: Request, event_id: Name) -> dict:
    with store(request) as cur:
        return _found(reads.event(cur, event_id), "event", event_id)


@router.get("/quotes", summary="who said what: quotes, newest first", responses=ERRORS)
def list_quotes(request: Request, speaker: Text = None, document: Text = None, limit: Limit = 50,
                offset: Offset = 0) -> dict:
    with store(request) as cur:
        return reads.quotes(cur, speaker=speaker, document=document, limit=limit, offset=offset)


@router.get("/stories", summary="stories with their copies, rewrites and changed meanings", responses=ERRORS)
def list_stories(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict:
    with store(request) as cur:
        return reads.stories(cur, limit=limit, offset=offset)


@router.get("/timeline", summary="a dyad's events per period, each way, with an escalation signal",
            responses=ERRORS)
def get_timeline(request: Request, a: Annotated[str, Query(max_length=MAX_TEXT), AfterValidator(clean)],
                 b: Annotated[str, Query(max_length=MAX_TEXT), AfterValidator(clean)],
                 by: Literal["day", "week"] = "day") -> dict:
    with store(request) as cur:
        rows = reads.timeline(cur, a, b, by)
    return {"a": a, "b": b, "by": by, "trend": reads.trend(rows), "periods": rows}


@router.get("/dyads", summary="the pairs of actors with most events between them", responses=ERRORS)
def list_dyads(request: Request, limit: Annotated[int, Query(ge=1, le=50)] = 10) -> dict:
    with store(request) as cur:
        dyads = reads.top_dyads(cur, limit)
        for d in dyads:
            d["trend"] = reads.trend(reads.timeline(cur, d["a"], d["b"], "day"))
    return {"items": dyads}


@router.get("/actors", summary="actors (country code, else name) with their events in and out", responses=ERRORS)
def list_actors(request: Request, q: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict:
    with store(request) as cur:
        return reads.actors(cur, q=q, limit=limit, offset=offset)


@router.get("/actors/{name}", summary="one actor: events out and in, and its partners", responses=ERRORS)
def get_actor(request: Request, name: Name) -> dict:
    with store(request) as cur:
        return reads.actor(cur, name)


class AnalyzeBody(BaseModel):
    """One page: ``text`` or ``html`` (exactly one), and optionally its publication date and identity."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="the page as plain text (first line: the title)")
    html: str | None = Field(None, description="the page as HTML")
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")
    id: str | None = Field(None, max_length=MAX_TEXT)
    url: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=MAX_TEXT)

    @model_validator(mode="after")
    def _one_body(self):
        if (self.text is None) == (self.html is None):
            raise ValueError('give exactly one of "text" or "html"')
        return self


@router.post("/analyze", summary="analyse one page: a brinkwatch.report/1 report",
             responses={413: {"description": "body over the size limit (JSON error)"},
                        422: {"description": "invalid request or unreadable page (JSON error)"}})
async def analyze(request: Request, body: Annotated[AnalyzeBody, Body()]) -> dict:
    from ..pipeline import PageInput

    raw = body.text if body.text is not None else body.html
    raw = raw.encode("utf-8", "replace").decode("utf-8")  # lone surrogates (valid JSON escapes) become "?"
    page = PageInput(text=raw, html=body.html is not None,
                     id=body.id, published=body.published, url=body.url, outlet=body.outlet)
    lazy = request.app.state.pipeline

    def run() -> dict:
        with lazy.lock:
            return lazy.get().analyze(page).to_dict()

    return await run_in_threadpool(run)
