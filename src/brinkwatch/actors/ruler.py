"""spaCy EntityRuler patterns from the knowledge base, for names the small model mislabels."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import spacy

if TYPE_CHECKING:  # pragma: no cover
    from .kb import ActorKB

LABELS = {"person": "PERSON", "org": "ORG", "group": "ORG", "country": "GPE", "place": "GPE"}
# A country name inside a longer entity the model found ("Bank of Russia", "Russia Today") is left alone.
_KEEP_INSIDE = ["ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"]
RULER_NAME = "brinkwatch_actor_ruler"


@lru_cache(maxsize=1)
def _tokenizer():
    return spacy.blank("en").tokenizer


def _token_pattern(text: str, label: str, entry_id: str, guarded: bool) -> dict | None:
    words = [t.text for t in _tokenizer()(text)]
    if not words:
        return None
    pattern = []
    for word in words:
        spec: dict = {"ORTH": word}
        if guarded:
            spec["ENT_TYPE"] = {"NOT_IN": _KEEP_INSIDE}
        pattern.append(spec)
    return {"label": label, "pattern": pattern, "id": entry_id}


def _names(raw: dict) -> list[str]:
    names = [raw["name"], *raw.get("aliases", [])]
    # lower-case aliases ("the alliance") are descriptions, not names the NER should mark
    return [n for n in names if n[:1].isupper() and not n.startswith("The ")]


def patterns_for(kb: "ActorKB") -> list[dict]:
    """PERSON/ORG/GPE/NORP patterns: people, bodies and groups, capitals, and plural demonyms."""
    patterns: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(text: str, label: str, entry_id: str, guarded: bool = False) -> None:
        if (text, label) in seen:
            return
        seen.add((text, label))
        pattern = _token_pattern(text, label, entry_id, guarded)
        if pattern:
            patterns.append(pattern)

    for entry_id, raw in kb.raw.items():
        if raw.get("ruler") is False:
            continue
        kind = raw["kind"]
        label = raw.get("label") or LABELS[kind]
        for name in _names(raw):
            add(name, label, entry_id, guarded=kind in ("country", "place"))
        if kind == "country":
            for capital in raw.get("capitals", []):
                add(capital, "GPE", entry_id, guarded=True)
            for seat in raw.get("seats", []):
                if seat[:1].isupper():
                    add(seat, "ORG", entry_id, guarded=True)
            for demonym in raw.get("demonyms", []):
                if demonym.endswith("s") and demonym[:1].isupper():
                    add(demonym, "NORP", entry_id, guarded=True)
    return patterns


def install_entity_ruler(nlp) -> None:
    """Add (once) an entity_ruler after "ner" that overwrites the model's labels for known names."""
    from .kb import default_kb

    if RULER_NAME in nlp.pipe_names:
        return
    where = {"after": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config={"overwrite_ents": True}, **where)
    ruler.add_patterns(default_kb().ruler_patterns())
