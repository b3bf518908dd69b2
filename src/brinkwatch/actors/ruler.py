"""spaCy EntityRuler patterns from the knowledge base, for names the small model mislabels.

People, bodies and groups always get patterns (their names are unambiguous); country, capital, seat
and demonym names only when ``data/ruler_names.json`` lists them (the model gets the others right,
and a pattern for "Russia" would split the model's "Bank of Russia").  Patterns are phrases matched
on exact token text, which keeps the ruler's cost negligible.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING

from .kb import DATA_DIR

if TYPE_CHECKING:  # pragma: no cover
    from .kb import ActorKB

LABELS = {"person": "PERSON", "org": "ORG", "group": "ORG", "country": "GPE", "place": "GPE"}
RULER_NAME = "brinkwatch_actor_ruler"


@lru_cache(maxsize=1)
def mislabelled() -> dict[str, frozenset[str]]:
    """Label -> names of countries, capitals, seats and demonyms that need a pattern."""
    data = json.loads((DATA_DIR / "ruler_names.json").read_text(encoding="utf-8"))
    return {label: frozenset(data.get(label, [])) for label in ("GPE", "NORP", "ORG")}


def _names(raw: dict) -> list[str]:
    names = [raw["name"], *raw.get("aliases", [])]
    # lower-case aliases ("the alliance") are descriptions, not names the NER should mark
    return [n for n in names if n[:1].isupper()]


def _state_names(raw: dict) -> list[tuple[str, str]]:
    out = [(n, "GPE") for n in [*_names(raw), *raw.get("capitals", [])]]
    out += [(s, "ORG") for s in raw.get("seats", []) if s[:1].isupper()]
    out += [(d, "NORP") for d in raw.get("demonyms", []) if d[:1].isupper() and d.endswith("s")]
    return out


def patterns_for(kb: "ActorKB") -> list[dict]:
    """Phrase patterns (label PERSON, ORG, GPE or NORP) with the KB id."""
    patterns: list[dict] = []
    seen: set[str] = set()
    needed = mislabelled()
    for entry_id, raw in kb.raw.items():
        flag = raw.get("ruler")
        if flag is False:
            continue
        kind = raw["kind"]
        if kind in ("country", "place"):
            pairs = [(n, l) for n, l in _state_names(raw) if flag is True or n in needed[l]]
        else:
            pairs = [(n, raw.get("label") or LABELS[kind]) for n in _names(raw)]
        for text, label in pairs:
            if text not in seen:
                seen.add(text)
                patterns.append({"label": label, "pattern": text, "id": entry_id})
    return patterns


def install_entity_ruler(nlp) -> None:
    """Add (once) an entity_ruler after "ner" that overwrites the model's labels for known names."""
    from .kb import default_kb

    if RULER_NAME in nlp.pipe_names:
        return
    where = {"after": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config={"overwrite_ents": True}, **where)
    with nlp.select_pipes(enable=[]):  # phrase patterns need only the tokenizer, not the whole pipeline
        ruler.add_patterns(default_kb().ruler_patterns())
