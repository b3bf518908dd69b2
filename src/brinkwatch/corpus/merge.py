"""Events across documents: reports of the same event merge into one event (GDELT's Events/Mentions model).

Two event reports are the same event when they share type, modality, source and target (country and
name) and either belong to the same story or fall within one day of each other (chains of such links
merge); reports with an unknown source or target merge only within a story.  An event in a copy or rewrite whose sentence was touched by a change of facts (roles swapped,
negation flipped, actor replaced, modality changed) never merges with other documents' events: it stands
alone, marked ``changed_facts``, and its document gets a flag.  Everything is sorted, so the result does not
depend on input order.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Mapping, Sequence

FACT_CHANGES = frozenset({"roles_swapped", "negation_flipped", "actor_replaced", "modality_changed"})
DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class DocInfo:
    id: str
    outlet: str | None
    published: dt.date | None
    story_id: str | None
    relation: str | None
    original_id: str | None
    changes: tuple[dict, ...] = ()  # {"kind", "original": {text,start,end}, "copy": {text,start,end}}


def _norm(value: str | None) -> str:
    return (value or "").strip().lower()


def event_key(row: Mapping) -> tuple:
    return (row["type"], row["modality"], _norm(row["source_country"]), _norm(row["source_name"]),
            _norm(row["target_country"]), _norm(row["target_name"]))


def fact_change(row: Mapping, doc: DocInfo | None) -> dict | None:
    """The change of facts (in a copy or rewrite) that touches this event's sentence, if any."""
    if doc is None or doc.relation not in ("copy", "rewrite"):
        return None
    for change in doc.changes:
        span = change["copy"]
        if change["kind"] in FACT_CHANGES and span["start"] < row["end_char"] and row["start_char"] < span["end"]:
            return change
        if change["kind"] in FACT_CHANGES and span["start"] == span["end"] == row["start_char"]:
            return change
    return None


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _order(row: Mapping, docs: Mapping[str, DocInfo]) -> tuple:
    doc = docs.get(row["document_id"])
    published = doc.published if doc and doc.published else dt.date.max
    date = _as_date(row["date"]) or dt.date.max
    return (date, published, row["document_id"], row["idx"])


def cluster(rows: Sequence[Mapping], docs: Mapping[str, DocInfo]) -> list[list[Mapping]]:
    """The groups of event reports that are one event, each sorted with its first report first."""
    groups: dict[tuple, list[Mapping]] = {}
    for row in rows:
        key = event_key(row)
        if fact_change(row, docs.get(row["document_id"])):
            key = (*key, "changed", row["document_id"])
        groups.setdefault(key, []).append(row)
    out: list[list[Mapping]] = []
    for key in sorted(groups, key=repr):
        members = sorted(groups[key], key=lambda r: _order(r, docs))
        by_date = bool(key[2] or key[3]) and bool(key[4] or key[5])  # an unknown actor is not "the same" one
        union = _Union(len(members))
        by_story: dict[str, int] = {}
        previous: tuple[int, dt.date] | None = None
        for i, row in enumerate(members):
            doc = docs.get(row["document_id"])
            story = doc.story_id if doc else None
            if story is not None:
                union.join(i, by_story.setdefault(story, i))
            date = _as_date(row["date"])
            if date is not None and by_date:
                if previous is not None and date - previous[1] <= DAY:
                    union.join(i, previous[0])
                previous = (i, date)
        parts: dict[int, list[Mapping]] = {}
        for i, row in enumerate(members):
            parts.setdefault(union.find(i), []).append(row)
        out.extend(parts[root] for root in sorted(parts))
    return sorted(out, key=lambda g: _order(g[0], docs))


def merge_events(rows: Sequence[Mapping], docs: Mapping[str, DocInfo]) -> tuple[list[dict], list[dict], list[dict]]:
    """(events rows, event_reports rows, corpus flags) from the per-document event rows."""
    events, reports, flags = [], [], []
    for group in cluster(rows, docs):
        first = group[0]
        event_id = f"{first['document_id']}:{first['event_id']}"
        first_doc = docs.get(first["document_id"])
        doc_ids = list(dict.fromkeys(r["document_id"] for r in group))
        outlets = sorted({docs[d].outlet for d in doc_ids if d in docs and docs[d].outlet})
        changed = fact_change(first, first_doc)
        events.append({
            "id": event_id, "story_id": first_doc.story_id if first_doc else None, "type": first["type"],
            "mode": first["mode"], "modality": first["modality"], "source_name": first["source_name"],
            "source_country": first["source_country"], "target_name": first["target_name"],
            "target_country": first["target_country"], "date": _as_date(first["date"]),
            "intensity": first["intensity"], "quad": first["quad"], "reports": len(doc_ids), "outlets": outlets,
            "documents": doc_ids, "changed_facts": changed is not None, "record": first["record"],
        })
        for row in group:
            doc = docs.get(row["document_id"])
            reports.append({
                "event_id": event_id, "document_id": row["document_id"], "idx": row["idx"],
                "outlet": doc.outlet if doc else None, "published": doc.published if doc else None,
                "sentence": row["sentence"], "start_char": row["start_char"], "end_char": row["end_char"],
                "intensity": row["intensity"], "relation": doc.relation if doc else None,
            })
        if changed is not None:
            flags.append(changed_flag(first, first_doc, changed))
    return events, reports, flags


def changed_flag(row: Mapping, doc: DocInfo, change: dict) -> dict:
    kind = change["kind"].replace("_", " ")
    message = (f"this {doc.relation} of {doc.original_id} changes the facts of an event ({kind}): "
               f"{change['original']['text'][:80]!r} became {change['copy']['text'][:80]!r}; not merged")
    evidence = [{"text": row["sentence"], "start": row["start_char"], "end": row["end_char"]}]
    return {"document_id": row["document_id"], "kind": "changed_facts", "message": message,
            "rule": f"corpus.merge.{change['kind']}", "start_char": row["start_char"], "end_char": row["end_char"],
            "evidence": json.dumps(evidence, ensure_ascii=False)}
