"""The corpus-wide step: stories, figure conflicts and merged events, recomputed from the per-document
tables over the whole store and written in one transaction (deterministic: same store, same tables)."""
from __future__ import annotations

import datetime as dt
import json
import time
from typing import Sequence

from ..records import Report, report_from_dict
from ..store import CorpusRows, StoreWriter
from .merge import DocInfo, merge_events

EVENT_COLUMNS = ("document_id", "idx", "event_id", "type", "mode", "modality", "source_name", "source_country",
                 "target_name", "target_country", "date", "intensity", "quad", "sentence", "start_char",
                 "end_char", "record")


def _span(span) -> dict:
    return {"text": span.text, "start": span.start, "end": span.end}


def change_dict(change) -> dict:
    return {"kind": change.kind, "original": _span(change.original), "copy": _span(change.copy)}


def _stories(reports: Sequence[Report]):
    from .stories import find_stories

    return find_stories(reports)


def _conflicts(story, by_id):
    from .stories import figure_conflicts

    return figure_conflicts(story, by_id)


class _Clock:
    def __init__(self, out: dict) -> None:
        self.out, self.last = out, time.perf_counter()

    def __call__(self, phase: str) -> None:
        now = time.perf_counter()
        self.out[phase] = round(now - self.last, 3)
        self.last = now


def load_reports(con) -> list[Report]:
    rows = con.execute("SELECT report FROM documents ORDER BY seq").fetchall()
    return [report_from_dict(json.loads(r[0])) for r in rows]


def story_rows(stories, by_id: dict[str, Report]) -> tuple[list[dict], list[dict], list[dict]]:
    """(stories rows, story_members rows, figure_conflicts rows), sorted."""
    out_stories, members, conflicts = [], [], []
    for story in sorted(stories, key=lambda s: s.id):
        dates = sorted(d for m in story.members if (d := by_id[m.document_id].document.published))
        out_stories.append({"id": story.id, "title": story.title, "documents": len(story.members),
                            "first_published": dates[0] if dates else None,
                            "last_published": dates[-1] if dates else None})
        for m in story.members:
            members.append({"story_id": story.id, "document_id": m.document_id, "relation": m.relation,
                            "original_id": m.original_id,
                            "changes": json.dumps([change_dict(c) for c in m.changes], ensure_ascii=False)})
        if len(story.members) > 1:
            for conflict in _conflicts(story, by_id):
                for doc_id, value, span in conflict.values:
                    conflicts.append({"story_id": story.id, "unit": conflict.unit, "document_id": doc_id,
                                      "value": float(value), "text": span.text, "start_char": span.start,
                                      "end_char": span.end})
    return out_stories, members, conflicts


def doc_infos(reports: Sequence[Report], members: list[dict]) -> dict[str, DocInfo]:
    by_doc = {m["document_id"]: m for m in members}
    infos = {}
    for r in reports:
        m = by_doc.get(r.id, {})
        published = dt.date.fromisoformat(r.document.published) if r.document.published else None
        infos[r.id] = DocInfo(r.id, r.document.outlet, published, m.get("story_id"), m.get("relation"),
                              m.get("original_id"), tuple(json.loads(m.get("changes") or "[]")))
    return infos


def rebuild(writer: StoreWriter, *, force: bool = False, timings: dict | None = None) -> tuple[int, int, int]:
    """Recompute the corpus tables when the documents changed since the last time; (documents, stories, events).

    ``timings``, when given, receives the seconds of each phase."""
    con = writer.con
    state, done = writer.corpus_state()
    clock = _Clock(timings if timings is not None else {})
    if force or state != done:
        reports = load_reports(con)
        by_id = {r.id: r for r in reports}
        clock("load_reports")
        found = _stories(reports)
        clock("find_stories")
        stories, members, conflicts = story_rows(found, by_id)
        clock("figure_conflicts")
        cols = ", ".join(EVENT_COLUMNS)
        cursor = con.execute(f"SELECT {cols} FROM document_events ORDER BY document_id, idx")
        rows = [dict(zip(EVENT_COLUMNS, r)) for r in cursor.fetchall()]
        events, reports_rows, flags = merge_events(rows, doc_infos(reports, members))
        clock("merge_events")
        writer.replace_corpus(CorpusRows(tables={"stories": stories, "story_members": members,
                                                 "figure_conflicts": conflicts, "events": events,
                                                 "event_reports": reports_rows}, flags=flags), state)
        clock("write")
    counts = con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM stories), "
                         "(SELECT count(*) FROM events)").fetchall()[0]
    return tuple(counts)
