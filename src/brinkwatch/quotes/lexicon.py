"""The language data of quote finding, loaded once from ``data/``."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=None)
def _load(name: str) -> dict:
    with (DATA / name).open(encoding="utf-8") as fh:
        return json.load(fh)


def reporting_verbs() -> dict[str, str]:
    """Reporting verb lemma (or 'verb particle') -> kind."""
    return _load("reporting_verbs.json")["verbs"]


def weak_verbs() -> frozenset[str]:
    """Lemmas that report speech only sometimes (think, believe, suggest...)."""
    return frozenset(_load("reporting_verbs.json")["weak"])


def mental_kinds() -> frozenset[str]:
    return frozenset(_load("reporting_verbs.json").get("mental_kinds", ["mental"]))


@lru_cache(maxsize=None)
def words(key: str) -> frozenset[str]:
    """A word list of ``data/reporting_verbs.json`` (each described by its ``_comment_*`` entry there):
    ``attitude``, ``no_object``, ``addressee``, ``prepositional``, ``adjectives``, ``nouns``, ``claim_nouns``,
    ``light``, ``issuing``, ``venues``, ``times``, ``passive_labels``, ``passive_label_preps``."""
    return frozenset(_load("reporting_verbs.json").get(key, ()))


@lru_cache(maxsize=None)
def words_of(name: str, key: str) -> frozenset[str]:
    """A word list of another data file (``speakers.json``: ``focus_adverbs``)."""
    return frozenset(_load(name).get(key, ()))


@lru_cache(maxsize=None)
def raising_verbs() -> dict[str, str]:
    """Verbs that give a view no one named holds ('seems to', 'is expected to'): lemma -> 'any' or 'passive'."""
    return dict(_load("reporting_verbs.json").get("raising", {}))


def cue_lemma(token: Token) -> str | None:
    """The reporting lemma of ``token`` ('say', 'point out'), or None when it is no reporting verb."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return None
    verbs = reporting_verbs()
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "prt":
            phrasal = f"{lemma} {child.lower_}"
            if phrasal in verbs:
                return phrasal
    if lemma in verbs:
        return lemma
    lower = token.lower_
    return lower if lower in verbs else None


def cue_kind(lemma: str) -> str:
    return reporting_verbs().get(lemma, "neutral")


def speaker_nouns() -> frozenset[str]:
    """Common nouns that name someone who can speak (official, spokesperson, ministry...)."""
    return frozenset(_load("speakers.json")["nouns"])


def units() -> dict:
    return _load("units.json")


def number_words() -> dict:
    return _load("number_words.json")
