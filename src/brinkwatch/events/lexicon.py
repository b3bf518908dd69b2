"""The predicate lexicon: (lemma, part of speech, frame) -> PLOVER type and mode, kept as data.

``data/predicates.tsv`` rows are ``lemma pos frame type mode context``; frames are ``-`` (any use),
``prt=X`` (a particle), ``prep=X`` (a prepositional dependent), ``obj=CLASS`` (the direct object's
lemma is in a noun class of ``data/classes.json``; any object of a verb with two), ``objmod=CLASS`` (the
object or a word before it naming its kind: "rescue teams"), ``pred=CLASS`` (what the verb calls its object:
"called the sanctions illegal", "described X as a provocation"), ``prep=X:CLASS`` (the preposition's object in a class),
``agent=CLASS`` (the doer in a class: "dock workers went on strike" is a PROTEST, "hackers breached" a
COERCE), ``xcomp`` (used with a clausal complement), ``ocomp`` (a clause hung on the object) and ``calling``
(a participle that calls the target names: "launched an attack on X, calling them nutters"); ``&``
joins frames that must all fit.  Class members written ``@GPE`` match a named-entity type.
Type ``LIGHT`` marks light verbs that take their type from their object (launch an attack).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
LIGHT = "LIGHT"


@dataclass(frozen=True, slots=True)
class Entry:
    lemma: str
    pos: str  # V, N or A
    frame: str  # "-", "prt=back", "prep=with", "obj=troops", "xcomp"
    type: str
    mode: str | None
    context: str | None
    line: int

    @property
    def rule(self) -> str:
        return f"lexicon:{self.pos}:{self.lemma}:{self.frame}"

    @property
    def specificity(self) -> int:
        """Compounds ("hunger strike") and combined frames ("obj=missile&prep=into:sea") beat other
        frames, which beat the default."""
        return 0 if self.frame == "-" else 2 if self.frame.startswith("comp=") or "&" in self.frame else 1


def _ontology() -> dict:
    from .intensity import ontology

    return ontology()


def _data(name: str) -> str:
    return resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8")


def parse_tsv(text: str) -> list[Entry]:
    entries = []
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = (raw.split("\t") + [""] * 6)[:6]
        lemma, pos, frame, etype, mode, context = (c.strip() for c in cols)
        if etype not in EVENT_TYPES and etype != LIGHT:
            raise ValueError(f"predicates.tsv line {n}: unknown type {etype!r}")
        if etype != LIGHT and mode and mode not in _ontology()["modes"][etype]:
            raise ValueError(f"predicates.tsv line {n}: {etype} has no mode {mode!r}")
        if context and context not in _ontology()["contexts"]:
            raise ValueError(f"predicates.tsv line {n}: unknown context {context!r}")
        entries.append(Entry(lemma.lower(), pos, frame or "-", etype, mode or None, context or None, n))
    return entries


@dataclass(frozen=True)
class Lexicon:
    entries: dict[tuple[str, str], tuple[Entry, ...]]
    classes: dict[str, frozenset[str]]

    def candidates(self, lemma: str, pos: str) -> tuple[Entry, ...]:
        return self.entries.get((lemma.lower(), pos), ())

    def in_class(self, lemma: str, name: str) -> bool:
        return lemma.lower() in self.classes.get(name, frozenset())

    def noun_class(self, lemma: str) -> set[str]:
        low = lemma.lower()
        return {name for name, words in self.classes.items() if low in words}


def build(entries: list[Entry], classes: dict[str, list[str]]) -> Lexicon:
    table: dict[tuple[str, str], list[Entry]] = {}
    for e in entries:
        table.setdefault((e.lemma, e.pos), []).append(e)
    return Lexicon(
        {k: tuple(sorted(v, key=lambda e: -e.specificity)) for k, v in table.items()},
        {k: frozenset(w.lower() for w in v) for k, v in classes.items()},
    )


@lru_cache(maxsize=1)
def load() -> Lexicon:
    return build(parse_tsv(_data("predicates.tsv")), json.loads(_data("classes.json")))


def version() -> str:
    import hashlib

    return hashlib.sha1(_data("predicates.tsv").encode()).hexdigest()[:10]
