"""Renderings of a report for people."""
from .text import render_report

__all__ = ["render_report"]
