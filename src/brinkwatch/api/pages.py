"""The dashboard: server-rendered pages (Jinja2, autoescape on); scripts only from /static (CSP)."""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from . import reads, views
from .app import WEB
from .routes import Name, Offset, Text, store

router = APIRouter(tags=["pages"], default_response_class=HTMLResponse)
PAGE = 50


@lru_cache(maxsize=1)
def environment():
    from jinja2 import Environment, FileSystemLoader

    env = Environment(loader=FileSystemLoader(str(WEB / "templates")), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["seg"] = lambda v: quote(str(v), safe="")          # one URL path segment
    env.filters["qs"] = lambda d: urlencode({k: v for k, v in d.items() if v is not None})
    env.filters["who"] = views.who
    env.filters["css"] = views.css
    env.globals["event_title"] = views.event_title
    return env


def render(name: str, **context) -> HTMLResponse:
    return HTMLResponse(environment().get_template(name).render(**context))


def _http_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


@router.get("/", summary="overview: active dyads, a dyad's chart, latest key events")
def overview(request: Request, a: Text = None, b: Text = None) -> HTMLResponse:
    with store(request) as cur:
        dyads = reads.top_dyads(cur, 10)
        for d in dyads:
            d["trend"] = reads.trend(reads.timeline(cur, d["a"], d["b"], "day"))
        if (a is None) != (b is None):
            raise HTTPException(422, "give both a and b to chart a pair")
        if a is None and dyads:
            a, b = dyads[0]["a"], dyads[0]["b"]
        key = reads.key_events(cur, 12)
        stories = reads.stories(cur, limit=20, offset=0)["items"]
        counts = {"documents": cur.execute("SELECT count(*) FROM documents").fetchall()[0][0],
                  "events": cur.execute("SELECT count(*) FROM events").fetchall()[0][0]}
    return render("overview.html", dyads=dyads, a=a, b=b, key_events=key, stories=stories, counts=counts,
                  status=request.app.state.snapshots.status())


@router.get("/documents", summary="documents, newest first")
def documents_page(request: Request, outlet: Text = None, offset: Offset = 0) -> HTMLResponse:
    with store(request) as cur:
        page = reads.documents(cur, outlet=outlet, limit=PAGE, offset=offset)
    return render("documents.html", page=page, outlet=outlet)


@router.get("/documents/{document_id}", summary="article view: the cleaned text, highlighted")
def document_page(request: Request, document_id: Name) -> HTMLResponse:
    with store(request) as cur:
        doc = reads.document(cur, document_id)
    if doc is None:
        raise HTTPException(404, f"no document {document_id!r}")
    report = doc["report"]
    return render("document.html", doc=doc, report=report, d=report["document"], text=views.document_html(report),
                  url=_http_url(report["document"].get("url")))


@router.get("/documents/{document_id}/compare", summary="a copy or rewrite side by side with its original")
def compare_page(request: Request, document_id: Name) -> HTMLResponse:
    with store(request) as cur:
        doc = reads.document(cur, document_id)
        if doc is None:
            raise HTTPException(404, f"no document {document_id!r}")
        original_id = doc["story"]["original"]
        original = reads.document(cur, original_id) if original_id else None
    if original is None:
        raise HTTPException(404, f"document {document_id!r} is not a copy or rewrite of a stored document")
    changes = doc["story"]["changes"]
    left = views.highlight(original["report"]["document"]["text"], views.change_marks(changes, "original"))
    right = views.highlight(doc["report"]["document"]["text"], views.change_marks(changes, "copy"))
    return render("compare.html", doc=doc, original=original, changes=changes, left=left, right=right,
                  d=doc["report"]["document"], o=original["report"]["document"])


@router.get("/events/{event_id}", summary="event view: every report of it, in its article")
def event_page(request: Request, event_id: Name) -> HTMLResponse:
    with store(request) as cur:
        event = reads.event(cur, event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id!r}")
        texts = reads.document_texts(cur, [m["document_id"] for m in event["mentions"]])
    for m in event["mentions"]:
        d = texts.get(m["document_id"], {})
        m["title"] = d.get("title")
        m["html"] = views.mention_html(d.get("text") or "", m["record"], m["start_char"], m["end_char"])
    return render("event.html", e=event, r=event["record"])


@router.get("/actors", summary="actors")
def actors_page(request: Request, q: Text = None, offset: Offset = 0) -> HTMLResponse:
    with store(request) as cur:
        page = reads.actors(cur, q=q, limit=PAGE, offset=offset)
    return render("actors.html", page=page, q=q)


@router.get("/actors/{name}", summary="an actor's events in and out, and its partners")
def actor_page(request: Request, name: Name) -> HTMLResponse:
    with store(request) as cur:
        actor = reads.actor(cur, name)
    return render("actor.html", actor=actor)


@router.get("/quotes", summary="who said what")
def quotes_page(request: Request, speaker: Text = None, offset: Offset = 0) -> HTMLResponse:
    with store(request) as cur:
        page = reads.quotes(cur, speaker=speaker, limit=PAGE, offset=offset)
        speakers = reads.speakers(cur, 60)
    return render("quotes.html", page=page, speaker=speaker, speakers=speakers)
