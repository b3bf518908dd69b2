"""Normalisation of names for dictionary keys."""
from __future__ import annotations

import re
import unicodedata

ACRONYM_MAX = 5
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_ARTICLES = ("the ", "a ", "an ")


def norm(text: str) -> str:
    """Lower-case, straight quotes and hyphens, single spaces: the key of every name index."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().lower()


def fold(text: str) -> str:
    """``norm`` without accents: "Zelenskyy" and "Zélensky" style variants meet."""
    decomposed = unicodedata.normalize("NFKD", norm(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_article(key: str) -> str:
    for article in _ARTICLES:
        if key.startswith(article):
            return key[len(article):]
    return key


def is_acronym(text: str) -> bool:
    """Upper-case short forms ("US", "U.S.", "IS", "AU") are matched case-sensitively."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and " " not in text.strip()
