"""PLOVER scores (-10..+10) by type and mode, and the quad class of each type (data/ontology.json)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def ontology() -> dict:
    """The PLOVER 2.0 ontology: modes and contexts per type, quads, type and mode scores."""
    text = resources.files(__package__).joinpath("data").joinpath("ontology.json").read_text(encoding="utf-8")
    return json.loads(text)


def intensity(etype: str, mode: str | None = None) -> float:
    """The PLOVER score of a type, refined by its mode where the manual scores the mode."""
    o = ontology()
    if mode and f"{etype}:{mode}" in o["mode_scores"]:
        return float(o["mode_scores"][f"{etype}:{mode}"])
    return float(o["type_scores"][etype])


def quad(etype: str) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    return int(ontology()["quads"][etype])
