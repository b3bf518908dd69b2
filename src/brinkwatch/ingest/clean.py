"""Cleaning of a page's text: title line, repeated titles, site boilerplate, other-language paragraphs.

Pure functions: ``clean_text(text)`` returns the title, the body (kept paragraphs joined by a blank
line) and every removal with its offsets into ``text`` and the rule that removed it.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..records import Removal
from . import langid

MAX_TITLE_CHARS = 300


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # stripped
    start: int  # offset of the stripped text in the input


@dataclass(frozen=True, slots=True)
class Cleaned:
    title: str | None
    body: str
    language: str
    removed: tuple[Removal, ...]

    @property
    def text(self) -> str:
        """``document.text``: the title line, a blank line, then the body."""
        if self.title is None:
            return self.body
        return f"{self.title}\n\n{self.body}" if self.body else self.title


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    name: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[int, tuple[BoilerplateRule, ...]]:
    data = json.loads(resources.files(__package__).joinpath("data/boilerplate.json").read_text("utf-8"))
    rules = tuple(BoilerplateRule(r["name"], re.compile(r["pattern"], re.IGNORECASE)) for r in data["rules"])
    return data["max_words"], rules


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with the offset of their stripped text."""
    lines, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lines.append(Line(stripped, pos + raw.index(stripped[0])))
        pos += len(raw) + 1
    return lines


def normalise(text: str) -> str:
    """Casefolded letters and digits only: for comparing a line with the title."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))


_SEPARATOR = re.compile(r"\s[|•·]\s")


def boilerplate_rule(line: str) -> str | None:
    """The name of the boilerplate rule a short line matches, else None. A line of several prompts
    ("Share this article | Subscribe to our newsletter") is boilerplate when every part is."""
    max_words, rules = boilerplate_rules()
    if len(line.split()) > max_words:
        return None
    parts = [p.strip() for p in _SEPARATOR.split(line) if p.strip()]
    names = [next((rule.name for rule in rules if rule.pattern.search(part)), None) for part in parts or [line]]
    return names[0] if names and all(names) else None


def document_language(text: str) -> str:
    lang, _prob = langid.detect(text)
    return lang


def _removal(kind: str, line: Line, rule: str) -> Removal:
    return Removal(kind=kind, text=line.text, start=line.start, end=line.start + len(line.text), rule=rule)


def classify_line(line: Line, *, title_key: str | None, language: str) -> Removal | None:
    """Why a body line is removed, or None to keep it."""
    if title_key and normalise(line.text) == title_key:
        return _removal("repeated_title", line, "clean.repeated_title")
    rule = boilerplate_rule(line.text)
    if rule:
        return _removal("boilerplate", line, f"clean.boilerplate.{rule}")
    other = langid.is_other_language(line.text, language)
    if other:
        return _removal("other_language", line, f"clean.other_language.{other}")
    return None


def clean_text(text: str, *, title: str | None = None, find_title: bool = True) -> Cleaned:
    """Clean a page's text. ``title`` is given for HTML pages; else the first line is the title."""
    lines = split_lines(text)
    if title is None and find_title and lines and len(lines[0].text) <= MAX_TITLE_CHARS:
        title, lines = lines[0].text, lines[1:]
    title = " ".join(title.split()) if title else None
    language = document_language("\n".join(line.text for line in lines) or (title or ""))
    title_key = normalise(title) if title else None
    kept: list[str] = []
    removed: list[Removal] = []
    for line in lines:
        removal = classify_line(line, title_key=title_key, language=language)
        if removal is None:
            kept.append(line.text)
        else:
            removed.append(removal)
    return Cleaned(title=title, body="\n\n".join(kept), language=language, removed=tuple(removed))
