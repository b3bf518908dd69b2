"""``brinkwatch.Corpus``: a store opened for reading, queried as DataFrames (or Arrow tables, or records).

    >>> corpus = brinkwatch.Corpus("brinkwatch.duckdb")
    >>> corpus.events(source="RUS", since="2022-02-15")       # a pandas DataFrame
    >>> corpus.timeline("Russia", "Ukraine", by="week", arrow=True)

The ``*_records`` methods give the JSON shapes the command line prints.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Callable, Iterable

from ..errors import E, BrinkwatchError
from ..ingest.page import parse_date
from ..records import Report, report_from_dict
from ..store import DEFAULT_PATH, open_store, queries
from .timeline import rows_from_periods

ACTOR_KEYS = ("text", "start", "end", "name", "country", "sector")


def actor_matcher(value: str) -> Callable[[str | None, str | None], bool]:
    """(name, country) -> bool: the country code, or the name as whole words, case-insensitive."""
    word = re.compile(rf"(^|\W){re.escape(value)}($|\W)", re.IGNORECASE | re.ASCII)  # as the store's RE2 match
    return lambda name, country: ((country or "").upper() == value.upper()
                                  or bool(name and (name.lower() == value.lower() or word.search(name))))


def _date(value) -> dt.date | None:
    return parse_date(value) if value is not None else None


def _iso(value) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def _table(records: list[dict], arrow: bool):
    if arrow:
        import pyarrow as pa

        return pa.Table.from_pylist(records)
    import pandas as pd

    return pd.DataFrame.from_records(records)


class Corpus:
    """A brinkwatch store, opened read-only (several readers may share it; a running ingest excludes them)."""

    def __init__(self, path: str | Path = DEFAULT_PATH) -> None:
        self.path = Path(path)
        self.con = open_store(self.path)

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    @property
    def stale(self) -> bool:
        """True when an ingest stopped before the corpus tables were recomputed (run ingest again)."""
        return queries.is_stale(self.con)

    def counts(self) -> dict[str, int]:
        return queries.counts(self.con)

    # -- events ------------------------------------------------------------------------------------------
    def event_records(self, source: str | None = None, target: str | None = None, type: str | None = None,
                      since=None, until=None) -> list[dict]:
        rows = queries.events(self.con, source=source, target=target, type=type, since=_date(since),
                              until=_date(until))
        reports = queries.event_reports(self.con, [r["id"] for r in rows])
        return [self._event_record(r, reports.get(r["id"], [])) for r in rows]

    @staticmethod
    def _event_record(row: dict, reports: list[dict]) -> dict:
        record = json.loads(row["record"])
        record["id"] = row["id"]
        record["date"] = _iso(row["date"])  # the event's date, else the publication date of its first report
        record.update({
            "published": _iso(reports[0]["published"]) if reports else None,
            "story": row["story_id"], "changed_facts": row["changed_facts"], "reports": row["reports"],
            "outlets": list(row["outlets"]), "documents": list(row["documents"]),
            "mentions": [{"document": r["document_id"], "outlet": r["outlet"], "sentence": r["sentence"],
                          "start": r["start_char"], "end": r["end_char"]} for r in reports],
        })
        return record

    def events(self, source: str | None = None, target: str | None = None, type: str | None = None,
               since=None, until=None, *, arrow: bool = False):
        return _table([flat_event(e) for e in self.event_records(source, target, type, since, until)], arrow)

    # -- quotes ------------------------------------------------------------------------------------------
    def quote_records(self, speaker: str | None = None) -> list[dict]:
        groups: dict[tuple, list[dict]] = {}
        for row in queries.quotes(self.con, speaker=speaker):
            who = (row["speaker_name"] or row["speaker_text"] or "").lower()
            groups.setdefault((who, row["speaker_country"] or "", row["content_key"]), []).append(row)
        out = []
        for rows in groups.values():
            record = json.loads(rows[0]["record"])
            docs = list(dict.fromkeys(r["document_id"] for r in rows))
            record.update({
                "id": f"{rows[0]['document_id']}:q{rows[0]['idx']}", "reports": len(docs),
                "outlets": sorted({r["outlet"] for r in rows if r["outlet"]}), "documents": docs,
                "mentions": [{"document": r["document_id"], "outlet": r["outlet"], "sentence": r["content"],
                              "start": r["start_char"], "end": r["end_char"]} for r in rows],
            })
            out.append(record)
        return out

    def quotes(self, speaker: str | None = None, *, arrow: bool = False):
        return _table([flat_quote(q) for q in self.quote_records(speaker)], arrow)

    # -- stories -----------------------------------------------------------------------------------------
    def story_records(self) -> list[dict]:
        stories: dict[str, dict] = {}
        for row in queries.stories(self.con):
            story = stories.setdefault(row["story_id"], {"id": row["story_id"], "title": row["story_title"],
                                                         "documents": [], "figure_conflicts": []})
            story["documents"].append({
                "id": row["document_id"], "title": row["title"], "outlet": row["outlet"],
                "published": _iso(row["published"]), "relation": row["relation"],
                "original": row["original_id"], "changes": json.loads(row["changes"]),
            })
        for row in queries.figure_conflicts(self.con):
            story = stories.get(row["story_id"])
            if story is None:
                continue
            conflicts = story["figure_conflicts"]
            if not conflicts or conflicts[-1]["unit"] != row["unit"]:
                conflicts.append({"unit": row["unit"], "values": []})
            conflicts[-1]["values"].append({"document": row["document_id"], "outlet": row["outlet"],
                                            "value": row["value"], "text": row["text"],
                                            "start": row["start_char"], "end": row["end_char"]})
        return list(stories.values())

    def stories(self, *, arrow: bool = False):
        rows = [{"story": s["id"], "story_title": s["title"], **{f"document_{k}" if k == "id" else k: v
                 for k, v in d.items()}, "changes": len(d["changes"]), "figure_conflicts": len(s["figure_conflicts"])}
                for s in self.story_records() for d in s["documents"]]
        return _table(rows, arrow)

    # -- timeline ----------------------------------------------------------------------------------------
    def timeline_records(self, a: str, b: str, by: str = "day") -> list[dict]:
        if by not in ("day", "week"):
            raise BrinkwatchError(E.BAD_QUERY, reason=f"--by must be day or week, not {by!r}")
        return rows_from_periods(queries.dyad_periods(self.con, a, b, by), by)  # aggregated in the database

    def timeline(self, a: str, b: str, by: str = "day", *, arrow: bool = False):
        rows = [{**{k: v for k, v in r.items() if k not in ("quad", "escalation")}, **r["quad"],
                 **{f"escalation_{k}": v for k, v in r["escalation"].items()}}
                for r in self.timeline_records(a, b, by)]
        return _table(rows, arrow)

    # -- documents ---------------------------------------------------------------------------------------
    def documents(self, *, arrow: bool = False):
        return _table([{**d, "published": _iso(d["published"])} for d in queries.documents(self.con)], arrow)

    def report(self, document_id: str) -> Report | None:
        text = queries.report_json(self.con, document_id)
        return report_from_dict(json.loads(text)) if text else None

    def flags(self, document_id: str | None = None) -> list[dict]:
        return [{**f, "evidence": json.loads(f["evidence"])} for f in queries.flags(self.con, document_id=document_id)]

    def failures(self) -> list[dict]:
        return [{**f, "failed_at": str(f["failed_at"])} for f in queries.failures(self.con)]


def _actor_cols(prefix: str, actor: dict | None) -> dict:
    actor = actor or {}
    return {f"{prefix}_{k}": actor.get(k) for k in ("text", "name", "country", "sector")}


def flat_event(e: dict) -> dict:
    """One flat row (DataFrame/CSV) from an event record."""
    loc = e.get("location") or {}
    return {
        "id": e["id"], "date": e.get("date"), "type": e["type"], "mode": e.get("mode"), "modality": e["modality"],
        **_actor_cols("source", e.get("source")), **_actor_cols("target", e.get("target")),
        "intensity": e["intensity"], "quad": e["quad"], "contexts": ";".join(e.get("contexts", ())),
        "location": loc.get("text"), "location_country": loc.get("country"), "story": e.get("story"),
        "changed_facts": e.get("changed_facts"), "reports": e["reports"], "outlets": ";".join(e["outlets"]),
        "documents": ";".join(e["documents"]), "sentence": e["sentence"], "start": e["start"], "end": e["end"],
        "rule": e["rule"],
    }


def flat_quote(q: dict) -> dict:
    return {"id": q["id"], **_actor_cols("speaker", q.get("speaker")), "content": q["content"],
            "direct": q["direct"], "confidence": q["confidence"], "reports": q["reports"],
            "outlets": ";".join(q["outlets"]), "documents": ";".join(q["documents"]), "start": q["start"],
            "end": q["end"], "rule": q["rule"]}


def ingest(paths: Iterable[str | Path], db: str | Path = DEFAULT_PATH, *, workers: int = 1, **kwargs):
    """Ingest pages into the store ``db`` (see ``brinkwatch.corpus.ingest.ingest``)."""
    from .ingest import ingest as run

    return run(paths, db, workers=workers, **kwargs)
