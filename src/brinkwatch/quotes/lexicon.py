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
def attribution_verbs() -> frozenset[str]:
    """Verbs of attitude and intention (endorse, oppose, plan...): attributions, never quote cues."""
    return frozenset(_load("reporting_verbs.json").get("attitude", ()))


@lru_cache(maxsize=None)
def no_object_verbs() -> frozenset[str]:
    """Reporting verbs whose noun object is not what they report ('released a video'): only a clause is."""
    return frozenset(_load("reporting_verbs.json").get("no_object", ()))


@lru_cache(maxsize=None)
def addressee_verbs() -> frozenset[str]:
    """Reporting verbs whose direct object is the listener ('told reporters'), not what was said."""
    return frozenset(_load("reporting_verbs.json").get("addressee", ()))


@lru_cache(maxsize=None)
def prepositional_verbs() -> frozenset[str]:
    """'verb preposition' cues whose object is what the attribution is about ('call for', 'talk about')."""
    return frozenset(_load("reporting_verbs.json").get("prepositional", ()))


@lru_cache(maxsize=None)
def stance_adjectives() -> frozenset[str]:
    """'adjective preposition' stances after a copula ('critical of', 'willing to')."""
    return frozenset(_load("reporting_verbs.json").get("adjectives", ()))


@lru_cache(maxsize=None)
def stance_nouns() -> frozenset[str]:
    """'noun preposition' stances ('support for', 'criticism of')."""
    return frozenset(_load("reporting_verbs.json").get("nouns", ()))


@lru_cache(maxsize=None)
def claim_nouns() -> frozenset[str]:
    """Nouns whose 'that' clause is what their holder says or thinks ('her claim that ...')."""
    return frozenset(_load("reporting_verbs.json").get("claim_nouns", ()))


@lru_cache(maxsize=None)
def light_verbs() -> frozenset[str]:
    """Verbs whose object noun carries the stance ('expressed support for')."""
    return frozenset(_load("reporting_verbs.json").get("light", ()))


@lru_cache(maxsize=None)
def passive_labels() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs whose passive without 'by' labels its subject ('was dubbed the winner'), and the
    prepositions after them that belong to the cue ('was accused of')."""
    data = _load("reporting_verbs.json")
    return frozenset(data.get("passive_labels", ())), frozenset(data.get("passive_label_preps", ()))


@lru_cache(maxsize=None)
def issuing_verbs() -> frozenset[str]:
    """Verbs that put out a document ('issued a statement saying ...')."""
    return frozenset(_load("reporting_verbs.json").get("issuing", ()))


@lru_cache(maxsize=None)
def cue_venues() -> frozenset[str]:
    """Nouns of a phrase right after a cue verb that belongs to the cue ('said in a statement')."""
    return frozenset(_load("reporting_verbs.json").get("venues", ()))


@lru_cache(maxsize=None)
def cue_times() -> frozenset[str]:
    """Words of a bare time phrase right after a cue verb that belongs to the cue ('said Friday')."""
    return frozenset(_load("reporting_verbs.json").get("times", ()))


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
