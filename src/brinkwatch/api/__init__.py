"""The HTTP API and web dashboard (``brinkwatch serve``): FastAPI on uvicorn over a store snapshot.

    >>> from brinkwatch.api import create_app
    >>> app = create_app("brinkwatch.duckdb")
"""
from .app import create_app

__all__ = ["create_app"]
