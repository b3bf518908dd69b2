"""What changed in meaning between an earlier version of an article and a copy or rewrite of it.

``compare(original, copy, paraphrase=...)`` aligns the two documents sentence by sentence
(``similarity.align``: identical sentences anchor it, the gaps are aligned by word overlap and, for
rewrites, sentence embeddings, one sentence standing for up to four of the other's) and then checks
every aligned pair for the changes that alter meaning: roles swapped, negation flipped, modality changed,
numbers changed, an actor replaced; plus sentences added or dropped and a changed headline.  Every ``Change`` carries a span into each document's
``document.text`` (an empty span marks where an added or dropped sentence would have stood).

The checks use the reports' events (source, target, modality) where the event coder found them and
word-level cues (``data/cues.json``), numbers and capitalised names resolved with the actor knowledge base
so that they still work when it did not.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ..records import Event, Report, Span
from . import similarity as sim

DATA_DIR = Path(__file__).parent / "data"
KINDS = ("roles_swapped", "negation_flipped", "modality_changed", "number_changed", "actor_replaced",
         "sentence_added", "sentence_dropped", "headline_changed")


@dataclass(frozen=True, slots=True)
class Change:
    kind: str
    original: Span
    copy: Span


@lru_cache(maxsize=1)
def cues() -> dict:
    return json.loads((DATA_DIR / "cues.json").read_text("utf-8"))


# ------------------------------------------------------------------------------------------------ sentences
def body_sentences(report: Report) -> list[Span]:
    doc = report.document
    return sim.split_sentences(doc.text, doc.body_start if doc.title is not None else 0)


def headline(report: Report) -> Span | None:
    doc = report.document
    if doc.title is None:
        return None
    return Span(text=doc.text[:len(doc.title)], start=0, end=len(doc.title))


def _joined(text: str, spans: Sequence[Span], i0: int, i1: int) -> Span:
    start, end = spans[i0].start, spans[i1 - 1].end
    return Span(text=text[start:end], start=start, end=end)


def _gap(text: str, spans: Sequence[Span], at: int) -> Span:
    """An empty span where sentence ``at`` of ``spans`` starts (or at the end of the last one)."""
    pos = spans[at].start if at < len(spans) else (spans[-1].end if spans else len(text))
    return Span(text="", start=pos, end=pos)


_key = sim.sentence_key


# ------------------------------------------------------------------------------------------------ actors
@dataclass(frozen=True, slots=True)
class Mention:
    """A capitalised name in a sentence, resolved (knowledge base first) to an identity and a side."""

    ident: str        # "country:RUS", "person:joe-biden", "name:bart gorman"
    side: str         # the country (or the identity when it has none): who acts for whom
    role: str | None  # "agent" (after "by"/"from"), "target" (after "of"/"against"...), "location" or None
    speaker: bool     # followed by a reporting verb ("Biden said")
    person: bool
    span: Span


_NAME = re.compile(r"(?:(?:[Pp]ro|[Aa]nti)-)?[A-Z][\w'’.]*(?:-\w+)*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.]*(?:-\w+)*)*")
_SPEECH = frozenset("said says say told tells stated states wrote writes added warned announced declared claimed "
                    "insisted replied accused".split())


@lru_cache(maxsize=1)
def _kb():
    try:
        from ..actors import default_kb

        return default_kb()
    except Exception:  # the knowledge base is optional here: names still compare as plain text
        return None


@lru_cache(maxsize=20000)
def _resolve(name: str, day: str | None) -> tuple[str, str, bool] | None:
    """(identity, side, is_person) for a name, or None when it names nobody we know and looks like no name."""
    kb = _kb()
    on = _date(day)
    for candidate in _name_variants(name):
        entry = kb.lookup(candidate, on=on) if kb is not None else None
        if entry is not None:
            return entry.id, entry.country or entry.id, entry.kind == "person"
    tokens = [t for t in sim.words(name) if t not in sim.stopwords()]
    if not tokens:
        return None
    ident = "name:" + " ".join(tokens)
    return ident, ident, False


def _date(day: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((day or "")[:10])
    except ValueError:
        return None


def _name_variants(name: str) -> list[str]:
    c = cues()
    out = [name]
    core = name
    for prefix in c["affiliation_prefixes"]:
        if core.lower().startswith(prefix):
            core = core[len(prefix):]
    for affix in c["affiliation_affixes"]:
        if core.lower().endswith(affix):
            core = core[: -len(affix)]
    core = re.sub(r"['’]s$", "", core).rstrip(".") if not re.fullmatch(r"(?:[A-Z]\.)+", core) else core
    out.append(core)
    words = core.split()
    while words and words[0].lower() in sim.stopwords():
        words = words[1:]
        out.append(" ".join(words))
    if len(words) > 1:
        out.extend(words[::-1])  # "Russian Foreign Minister Sergei Lavrov": the surname, then the country
    return [o for o in dict.fromkeys(out) if o]


def mentions(text: str, offset: int = 0, day: str | None = None) -> list[Mention]:
    """Names in ``text`` (a sentence), with roles from the preposition before them."""
    c = cues()
    agent, target, place = set(c["agent_prepositions"]), set(c["target_prepositions"]), set(c["location_prepositions"])
    found: list[Mention] = []
    for m in _NAME.finditer(text):
        name = m.group().rstrip(".") if not re.search(r"[A-Z]\.[A-Z]\.$", m.group()) else m.group()
        before = sim.words(text[max(0, m.start() - 20):m.start()])
        sentence_initial = not text[:m.start()].strip() or text[:m.start()].rstrip()[-1:] in "\"“‘'(—-:"
        if sentence_initial and " " not in name and name.lower() in sim.stopwords():
            continue
        resolved = _resolve(name, day)
        if resolved is None or (sentence_initial and resolved[0].startswith("name:") and " " not in name):
            continue
        prev = before[-1] if before else ""
        role = "agent" if prev in agent else "target" if prev in target else "location" if prev in place else None
        after = sim.words(text[m.end():m.end() + 30])[:2]
        speaker = bool(after) and (after[0] in _SPEECH or (len(after) > 1 and after[1] in _SPEECH and after[0] in
                                                            ("has", "had", "also", "then")))
        ident, side, person = resolved
        found.append(Mention(ident, side, role, speaker, person,
                             Span(text=name, start=offset + m.start(), end=offset + m.start() + len(name))))
    return found


# ------------------------------------------------------------------------------------------------ the checks
def negated(text: str) -> bool:
    neg = set(cues()["negation"])
    return any(w in neg or w.endswith("n't") for w in sim.words(text))


def modality(text: str) -> str:
    """"hypothetical", "future", "historical" or "asserted", from word cues."""
    tokens = sim.words(text)
    joined = " " + " ".join(tokens) + " "
    for kind in ("hypothetical", "future", "historical"):
        for cue in cues()[kind]:
            if f" {cue} " in joined:
                return kind
    return "asserted"


_NUM = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(hundred|thousand|million|billion|trillion|bn|k|m)\b)?"
                  r"|\b([A-Za-z]+)\b")


@lru_cache(maxsize=1)
def _number_words() -> tuple[dict[str, float], dict[str, float]]:
    raw = json.loads((DATA_DIR / "numbers.json").read_text("utf-8"))
    return raw["units"], raw["scales"]


def numbers(text: str, offset: int = 0) -> list[tuple[float, Span]]:
    """Numbers written in digits (with a scale word) or as a single number word, with their spans."""
    units, scales = _number_words()
    found: list[tuple[float, Span]] = []
    for m in _NUM.finditer(text):
        if m.group(1):
            value = float(m.group(1).replace(",", ""))
            if m.group(2):
                value *= scales[m.group(2).lower()]
        elif m.group(3).lower() in units and m.group(3).lower() not in ("one",):
            value = float(units[m.group(3).lower()])
        else:
            continue
        found.append((value, Span(text=m.group(), start=offset + m.start(), end=offset + m.end())))
    return found


def _events_in(report: Report, span: Span) -> list[Event]:
    return [e for e in report.events if span.start <= e.trigger.start < span.end]


def _side(actor) -> str | None:
    if actor is None:
        return None
    return actor.country or actor.name or actor.text.lower()


def _event_roles_swapped(o_events: Sequence[Event], c_events: Sequence[Event]) -> bool:
    o_pairs = {(_side(e.source), _side(e.target)) for e in o_events}
    c_pairs = {(_side(e.source), _side(e.target)) for e in c_events}
    for s, t in o_pairs:
        if s and t and s != t and (t, s) in c_pairs and (s, t) not in c_pairs:
            return True
    return False


def _text_roles_swapped(o: Sequence[Mention], c: Sequence[Mention]) -> bool:
    a, b = _role_order(o), _role_order(c)
    if len(a) == len(b) >= 2 and sorted(a) == sorted(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return True
    o_roles = {m.side: m.role for m in o if m.role in ("agent", "target") and not m.speaker}
    c_roles = {m.side: m.role for m in c if m.role in ("agent", "target") and not m.speaker}
    return any(side in c_roles and {role, c_roles[side]} == {"agent", "target"} for side, role in o_roles.items())


def _role_order(found: Sequence[Mention]) -> list[str]:
    """Sides in the order of their roles: agents ("by", "from") first, then the rest, then targets ("of")."""
    rank = {"agent": 0, None: 1, "target": 2}
    kept = [m for m in found if m.role != "location" and not m.speaker]
    order: list[str] = []
    for m in sorted(kept, key=lambda m: rank.get(m.role, 1)):
        if m.side not in order:
            order.append(m.side)
    return order


def _event_modality_changes(o_events: Sequence[Event], c_events: Sequence[Event]) -> set[str]:
    """Change kinds shown by the event coder: one event of a type on each side, with different modalities."""
    o_by, c_by = defaultdict(list), defaultdict(list)
    for e in o_events:
        o_by[e.type].append(e.modality)
    for e in c_events:
        c_by[e.type].append(e.modality)
    kinds = set()
    for kind in set(o_by) & set(c_by):
        if len(o_by[kind]) == 1 == len(c_by[kind]) and o_by[kind] != c_by[kind]:
            kinds.add("negation_flipped" if "negated" in o_by[kind] + c_by[kind] else "modality_changed")
    return kinds


def compare_pair(original: Report, copy: Report, o: Span, c: Span) -> list[Change]:
    """Meaning changes between one aligned pair of sentence groups."""
    out: list[Change] = []
    o_events, c_events = _events_in(original, o), _events_in(copy, c)
    o_men = mentions(o.text, o.start, original.document.published)
    c_men = mentions(c.text, c.start, copy.document.published)
    swapped = _event_roles_swapped(o_events, c_events) or _text_roles_swapped(o_men, c_men)
    if swapped:
        out.append(Change("roles_swapped", o, c))
    by_events = _event_modality_changes(o_events, c_events)
    if negated(o.text) != negated(c.text) or "negation_flipped" in by_events:
        out.append(Change("negation_flipped", o, c))
    if modality(o.text) != modality(c.text) or "modality_changed" in by_events:
        out.append(Change("modality_changed", o, c))
    out.extend(_number_changes(o, c))
    if not swapped:
        out.extend(_actor_changes(o_men, c_men))
    return out


def _number_changes(o: Span, c: Span) -> list[Change]:
    on, cn = numbers(o.text, o.start), numbers(c.text, c.start)
    o_spans = _unmatched(on, cn)
    c_spans = _unmatched(cn, on)
    changes = [Change("number_changed", a, b) for a, b in zip(o_spans, c_spans)]
    changes += [Change("number_changed", a, c) for a in o_spans[len(c_spans):]]
    changes += [Change("number_changed", o, b) for b in c_spans[len(o_spans):]]
    return changes


def _unmatched(mine: Sequence[tuple[float, Span]], theirs: Sequence[tuple[float, Span]]) -> list[Span]:
    """Spans of the numbers in ``mine`` left over once each number in ``theirs`` has cancelled one."""
    left = Counter(v for v, _ in mine) - Counter(v for v, _ in theirs)
    spans = []
    for value, span in mine:
        if left[value] > 0:
            left[value] -= 1
            spans.append(span)
    return spans


def _actor_changes(o: Sequence[Mention], c: Sequence[Mention]) -> list[Change]:
    o_ids, c_ids = {m.ident for m in o}, {m.ident for m in c}
    gone = _first_by_ident(m for m in o if m.ident not in c_ids)
    new = _first_by_ident(m for m in c if m.ident not in o_ids)
    o_sides, c_sides = {m.side for m in o}, {m.side for m in c}
    changes = []
    for a, b in zip(gone, new):
        if a.side == b.side and not (a.person and b.person):
            continue  # "Russia" -> "Moscow", "Kremlin": the same actor named differently
        if a.side in c_sides and b.side in o_sides and not (a.person and b.person):
            continue
        changes.append(Change("actor_replaced", a.span, b.span))
    return changes


def _first_by_ident(found) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in found:
        seen.setdefault(m.ident, m)
    return list(seen.values())


# ------------------------------------------------------------------------------------------------ the whole
def _boilerplate(text: str, own_headline: Span | None) -> bool:
    tokens = sim.words(text)
    if not tokens:
        return True
    if own_headline is not None and _key(text) == _key(own_headline.text):
        return True
    joined = " " + " ".join(tokens) + " "
    if len(tokens) < 30 and any(f" {cue} " in joined for cue in cues()["boilerplate"]):
        return True
    if any(ch in text for ch in "¿¡"):
        return True
    stop = sim.stopwords()
    return len(tokens) >= 4 and sum(t in stop for t in tokens) / len(tokens) < 0.15  # hardly any English


def compare(original: Report, copy: Report, *, paraphrase: bool = False) -> tuple[Change, ...]:
    """Changes in meaning from ``original`` to ``copy``, in the order of the copy's text."""
    changes: list[Change] = []
    oh, ch = headline(original), headline(copy)
    if oh is not None or ch is not None:
        o_span = oh or Span("", 0, 0)
        c_span = ch or Span("", 0, 0)
        if _key(o_span.text) != _key(c_span.text):
            changes.append(Change("headline_changed", o_span, c_span))
            if oh is not None and ch is not None:
                changes.extend(compare_pair(original, copy, oh, ch))
    o_sents, c_sents = body_sentences(original), body_sentences(copy)
    o_texts, c_texts = [s.text for s in o_sents], [s.text for s in c_sents]
    otext, ctext = original.document.text, copy.document.text
    for link in sim.align(o_texts, c_texts, paraphrase=paraphrase):
        if link.matched:
            o_span, c_span = _joined(otext, o_sents, link.o0, link.o1), _joined(ctext, c_sents, link.c0, link.c1)
            if _key(o_span.text) != _key(c_span.text):
                changes.extend(compare_pair(original, copy, o_span, c_span))
        elif link.o1 > link.o0:
            span = _joined(otext, o_sents, link.o0, link.o1)
            if not _boilerplate(span.text, oh):
                changes.append(Change("sentence_dropped", span, _gap(ctext, c_sents, link.c0)))
        else:
            span = _joined(ctext, c_sents, link.c0, link.c1)
            if not _boilerplate(span.text, ch):
                changes.append(Change("sentence_added", _gap(otext, o_sents, link.o0), span))
    return tuple(changes)


@dataclass(frozen=True, slots=True)
class Coverage:
    """How much of two documents' bodies align: shares of each one's sentences matched, pairs matched."""

    original: float
    copy: float
    matched: int
    mean_score: float = 0.0


def coverage(original: Report, copy: Report, *, paraphrase: bool = True) -> Coverage:
    """Sentence alignment coverage of ``original`` and ``copy`` (no merged sentences: cheap)."""
    o_texts = [s.text for s in body_sentences(original)]
    c_texts = [s.text for s in body_sentences(copy)]
    if not o_texts or not c_texts:
        return Coverage(0.0, 0.0, 0)
    links = sim.align(o_texts, c_texts, paraphrase=paraphrase, merges=False)
    matched = [k for k in links if k.matched]
    return Coverage(original=sum(k.o1 - k.o0 for k in matched) / len(o_texts),
                    copy=sum(k.c1 - k.c0 for k in matched) / len(c_texts),
                    matched=len(matched), mean_score=sum(k.score for k in matched) / max(len(matched), 1))
