"""Gender of common first names (for pronoun agreement of people the KB does not know)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_FILE = Path(__file__).parent / "data" / "first_names.json"


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    data = json.loads(_FILE.read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for gender in ("m", "f"):
        for name in data[gender]:
            key = name.lower()
            table[key] = "" if key in table and table[key] != gender else gender  # "" = used for both
    return table


def first_name_gender(name: str) -> str | None:
    """"m", "f", or None when the name is unknown or used for both."""
    return _table().get(name.strip(".").lower()) or None


def is_first_name(name: str) -> bool:
    """A common first name ("Ali", "Jordan"): a person's name before it is a place's."""
    return name.strip(".").lower() in _table()
