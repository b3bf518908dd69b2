"""Ingestion: bytes to a cleaned ``Document`` (decode, extract HTML, clean, identify language)."""
from .page import build_document, looks_like_html

__all__ = ["build_document", "looks_like_html"]
