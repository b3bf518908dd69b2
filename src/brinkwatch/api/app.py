"""The FastAPI application: ``create_app(db)`` serves the JSON API (/api/...) and the dashboard pages.

Reads come from a private snapshot of the store (``snapshot.py``), so a running ingest never blocks the
server; the analysis pipeline (for POST /api/analyze) is loaded once, on first use.
"""
from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__, settings
from . import errors
from .guard import Guard
from .snapshot import Snapshots

WEB = Path(__file__).resolve().parent.parent / "web"
JSON_OVERHEAD = 64 * 1024  # room for the JSON around a page of max_input_bytes


class LazyPipeline:
    """``brinkwatch.Pipeline`` loaded on first use, shared by all requests (one analysis at a time)."""

    def __init__(self) -> None:
        self._pipeline = None
        self.lock = threading.Lock()

    def get(self):
        if self._pipeline is None:
            from ..pipeline import Pipeline

            self._pipeline = Pipeline()
        return self._pipeline

    @property
    def loaded(self) -> bool:
        return self._pipeline is not None


def create_app(db: str | Path, *, workdir: str | Path | None = None, max_body: int | None = None) -> FastAPI:
    from .pages import router as pages_router
    from .routes import router as api_router

    snapshots = Snapshots(db, workdir)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        snapshots.close()

    app = FastAPI(
        lifespan=lifespan, title="brinkwatch", version=__version__,
        description="Events, quotes, stories and dyad timelines of a brinkwatch corpus, and analysis of one page "
                    "(brinkwatch.report/1). Every error is JSON: {\"error\": {\"status\", \"code\", \"message\"}}.",
        docs_url=None, redoc_url=None,  # the interactive docs pull scripts from a CDN; /openapi.json is enough
    )
    app.state.snapshots = snapshots
    app.state.pipeline = LazyPipeline()
    app.state.max_body = max_body or settings.get("max_input_bytes") + JSON_OVERHEAD
    errors.install(app)
    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")
    app.add_middleware(Guard, max_body=app.state.max_body)

    return app
