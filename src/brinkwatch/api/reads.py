"""The server's read queries over a store snapshot (read-only, every value a parameter).

Unpaginated reads go through the corpus engine (``brinkwatch.store.queries`` and ``brinkwatch.corpus``);
the paginated lists (documents, events, quotes, actors) and the per-page views are here, with LIMIT/OFFSET in
SQL and a total count.  Every function takes a DuckDB cursor and returns plain JSON-ready dicts.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any, Sequence

from ..store import queries
from ..store.queries import actor_condition, name_pattern

EVENT_COLS = ("id", "story_id", "type", "mode", "modality", "source_name", "source_country", "target_name",
              "target_country", "date", "intensity", "quad", "reports", "outlets", "documents", "changed_facts")
DOC_COLS = ("id", "title", "published", "outlet", "url", "language", "n_chars")
QUOTE_COLS = ("document_id", "idx", "speaker_text", "speaker_name", "speaker_country", "cue", "content", "direct",
              "confidence", "start_char", "end_char", "rule")
ACTOR_KEY = {"source": "coalesce(source_country, source_name)", "target": "coalesce(target_country, target_name)"}


def jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def _rows(cur, sql: str, params: Sequence[Any], cols: Sequence[str]) -> list[dict]:
    return [jsonable(dict(zip(cols, r))) for r in cur.execute(sql, list(params)).fetchall()]


def _page(cur, table_sql: str, where: list[str], params: list, cols: Sequence[str], order: str,
          limit: int, offset: int) -> dict:
    cond = " AND ".join(where) or "TRUE"
    total = cur.execute(f"SELECT count(*) FROM {table_sql} WHERE {cond}", params).fetchall()[0][0]
    items = _rows(cur, f"SELECT {', '.join(cols)} FROM {table_sql} WHERE {cond} ORDER BY {order} LIMIT ? OFFSET ?",
                  [*params, limit, offset], cols)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


# -- documents -----------------------------------------------------------------------------------------------
def documents(cur, *, outlet: str | None, limit: int, offset: int) -> dict:
    where, params = [], []
    if outlet is not None:
        where.append("lower(coalesce(d.outlet, '')) = lower(?)")
        params.append(outlet)
    cols = tuple(f"d.{c}" for c in DOC_COLS) + ("m.story_id", "m.relation", "m.original_id",
                                               "(SELECT count(*) FROM document_events e WHERE e.document_id = d.id)",
                                               "(SELECT count(*) FROM quotes q WHERE q.document_id = d.id)")
    page = _page(cur, "documents d LEFT JOIN story_members m ON m.document_id = d.id", where, params, cols,
                 "d.published DESC NULLS LAST, d.seq DESC", limit, offset)
    names = DOC_COLS + ("story", "relation", "original", "events", "quotes")
    page["items"] = [dict(zip(names, row.values())) for row in page["items"]]
    return page


def document(cur, document_id: str) -> dict | None:
    text = queries.report_json(cur, document_id)
    if text is None:
        return None
    member = _rows(cur, "SELECT story_id, relation, original_id, changes FROM story_members WHERE document_id = ?",
                   [document_id], ("story", "relation", "original", "changes"))
    copies = _rows(cur, "SELECT document_id, relation FROM story_members WHERE original_id = ? ORDER BY document_id",
                   [document_id], ("id", "relation"))
    story = member[0] if member else {"story": None, "relation": None, "original": None, "changes": "[]"}
    story["changes"] = json.loads(story["changes"])
    flags = [jsonable({**f, "evidence": json.loads(f["evidence"])})
             for f in queries.flags(cur, document_id=document_id)]
    return {"report": json.loads(text), "story": story, "copies": copies, "flags": flags}


# -- events --------------------------------------------------------------------------------------------------
def events(cur, *, source=None, target=None, type=None, since=None, until=None, modality=None,
           document=None, limit: int, offset: int) -> dict:
    where, params = queries.event_filters(source=source, target=target, type=type, since=since, until=until)
    if modality is not None:
        where.append("modality = ?")
        params.append(modality)
    if document is not None:
        where.append("list_contains(documents, ?)")
        params.append(document)
    return _page(cur, "events", where, params, EVENT_COLS, "date DESC NULLS LAST, reports DESC, id", limit, offset)


def event(cur, event_id: str) -> dict | None:
    rows = _rows(cur, f"SELECT {', '.join(EVENT_COLS)}, record FROM events WHERE id = ?", [event_id],
                 EVENT_COLS + ("record",))
    if not rows:
        return None
    out = rows[0]
    out["record"] = json.loads(out["record"])
    mentions = []
    for r in queries.event_reports(cur, [event_id]).get(event_id, []):
        rec = cur.execute("SELECT record FROM document_events WHERE document_id = ? AND idx = ?",
                          [r["document_id"], r["idx"]]).fetchall()
        mentions.append(jsonable({**r, "record": json.loads(rec[0][0]) if rec else None}))
    out["mentions"] = mentions
    return out


def document_texts(cur, ids: Sequence[str]) -> dict[str, dict]:
    """{id: {"title", "text", "outlet", "published"}} for the given documents."""
    if not ids:
        return {}
    rows = cur.execute("SELECT id, report FROM documents WHERE id IN (SELECT unnest(?))", [list(ids)]).fetchall()
    out = {}
    for doc_id, report in rows:
        d = json.loads(report)["document"]
        out[doc_id] = {k: d.get(k) for k in ("title", "text", "outlet", "published", "url")}
    return out


# -- quotes --------------------------------------------------------------------------------------------------
def quotes(cur, *, speaker=None, document=None, limit: int, offset: int) -> dict:
    where, params = [], []
    if speaker is not None:
        where.append("(lower(coalesce(q.speaker_name, '')) = lower(?) "
                     "OR regexp_matches(coalesce(q.speaker_name, ''), ?) "
                     "OR regexp_matches(coalesce(q.speaker_text, ''), ?) "
                     "OR upper(coalesce(q.speaker_country, '')) = upper(?))")
        params += [speaker, name_pattern(speaker), name_pattern(speaker), speaker]
    if document is not None:
        where.append("q.document_id = ?")
        params.append(document)
    cols = tuple(f"q.{c}" for c in QUOTE_COLS) + ("d.title", "d.outlet", "d.published")
    page = _page(cur, "quotes q JOIN documents d ON d.id = q.document_id", where, params, cols,
                 "d.published DESC NULLS LAST, d.seq DESC, q.idx", limit, offset)
    names = QUOTE_COLS + ("title", "outlet", "published")
    page["items"] = [dict(zip(names, row.values())) for row in page["items"]]
    return page


def speakers(cur, limit: int = 200) -> list[dict]:
    return _rows(cur, "SELECT coalesce(speaker_name, speaker_text) AS who, any_value(speaker_country), count(*) AS n "
                      "FROM quotes WHERE coalesce(speaker_name, speaker_text) IS NOT NULL "
                      "GROUP BY who ORDER BY n DESC, who LIMIT ?", [limit], ("speaker", "country", "quotes"))


# -- actors and dyads ----------------------------------------------------------------------------------------
def actors(cur, *, q: str | None, limit: int, offset: int) -> dict:
    union = (f"(SELECT {ACTOR_KEY['source']} AS actor, 1 AS out_n, 0 AS in_n FROM events "
             f"UNION ALL SELECT {ACTOR_KEY['target']}, 0, 1 FROM events) u")
    table = f"(SELECT actor, sum(out_n) AS events_out, sum(in_n) AS events_in FROM {union} " \
            "WHERE actor IS NOT NULL GROUP BY actor) a"
    where, params = [], []
    if q is not None:
        where.append("contains(lower(actor), lower(?))")
        params.append(q)
    return _page(cur, table, where, params, ("actor", "events_out", "events_in"),
                 "events_out + events_in DESC, actor", limit, offset)


def actor(cur, name: str, *, limit: int = 100) -> dict:
    out_sql, out_p = actor_condition("source", name)
    in_sql, in_p = actor_condition("target", name)
    cols = EVENT_COLS
    events_out = _rows(cur, f"SELECT {', '.join(cols)} FROM events WHERE {out_sql} "
                            "ORDER BY date DESC NULLS LAST, id LIMIT ?", [*out_p, limit], cols)
    events_in = _rows(cur, f"SELECT {', '.join(cols)} FROM events WHERE {in_sql} "
                           "ORDER BY date DESC NULLS LAST, id LIMIT ?", [*in_p, limit], cols)
    partners = _rows(cur, f"""
        SELECT partner, sum(out_n) AS events_out, sum(in_n) AS events_in,
               sum(CASE WHEN quad >= 3 THEN 1 ELSE 0 END) AS conflict,
               sum(CASE WHEN quad <= 2 THEN 1 ELSE 0 END) AS cooperation, round(avg(intensity), 2) AS mean_intensity
        FROM (SELECT {ACTOR_KEY['target']} AS partner, 1 AS out_n, 0 AS in_n, quad, intensity
              FROM events WHERE {out_sql}
              UNION ALL
              SELECT {ACTOR_KEY['source']}, 0, 1, quad, intensity FROM events WHERE {in_sql})
        WHERE partner IS NOT NULL GROUP BY partner ORDER BY events_out + events_in DESC, partner LIMIT ?""",
                     [*out_p, *in_p, limit],
                     ("partner", "events_out", "events_in", "conflict", "cooperation", "mean_intensity"))
    quote_count = cur.execute(
        "SELECT count(*) FROM quotes WHERE lower(coalesce(speaker_name, '')) = lower(?) "
        "OR upper(coalesce(speaker_country, '')) = upper(?)", [name, name]).fetchall()[0][0]
    return {"actor": name, "events_out": events_out, "events_in": events_in, "partners": partners,
            "quotes": quote_count}


def top_dyads(cur, limit: int = 10) -> list[dict]:
    """Unordered pairs of actors (country code, else name) with the most events between them."""
    return _rows(cur, f"""
        SELECT least(s, t) AS a, greatest(s, t) AS b, count(*) AS events, sum(reports) AS reports,
               sum(CASE WHEN quad >= 3 THEN 1 ELSE 0 END) AS conflict,
               sum(CASE WHEN quad <= 2 THEN 1 ELSE 0 END) AS cooperation,
               round(avg(intensity), 2) AS mean_intensity, max(date) AS last_date
        FROM (SELECT {ACTOR_KEY['source']} AS s, {ACTOR_KEY['target']} AS t, quad, intensity, reports, date
              FROM events)
        WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t
        GROUP BY a, b ORDER BY events DESC, reports DESC, a, b LIMIT ?""", [limit],
                 ("a", "b", "events", "reports", "conflict", "cooperation", "mean_intensity", "last_date"))


def key_events(cur, limit: int = 10) -> list[dict]:
    """The latest asserted events, most reported and most intense first within a day."""
    return _rows(cur, f"SELECT {', '.join(EVENT_COLS)} FROM events WHERE modality = 'asserted' "
                      "ORDER BY date DESC NULLS LAST, reports DESC, abs(intensity) DESC, id LIMIT ?", [limit],
                 EVENT_COLS)


# -- stories and timelines (the corpus engine) ---------------------------------------------------------------
def corpus_on(cur):
    """A ``brinkwatch.Corpus`` reading through ``cur`` (the server's snapshot cursor)."""
    from ..corpus.api import Corpus

    corpus = Corpus.__new__(Corpus)
    corpus.path, corpus.con = None, cur
    return corpus


def stories(cur, *, limit: int, offset: int) -> dict:
    records = corpus_on(cur).story_records()
    return {"total": len(records), "limit": limit, "offset": offset,
            "items": jsonable(records[offset:offset + limit])}


def timeline(cur, a: str, b: str, by: str) -> list[dict]:
    """The corpus engine's timeline (``Corpus.timeline_records``) on the server's snapshot cursor."""
    from ..corpus.timeline import rows_from_periods

    return jsonable(rows_from_periods(queries.dyad_periods(cur, a, b, by), by))


def trend(rows: Sequence[dict]) -> dict:
    """The escalation trend of a timeline: the latest period's change against its baseline."""
    scored = [r for r in rows if r["escalation"]["score"] is not None]
    if not scored:
        return {"label": "no conflict reported", "change": None, "marked": False, "scores": []}
    last = scored[-1]["escalation"]
    change = last["change"]
    if change is None:
        first = scored[0]["escalation"]["score"]
        change = round(last["score"] - first, 3) if len(scored) > 1 else None
    label = ("escalating" if change is not None and change > 0 else
             "de-escalating" if change is not None and change < 0 else "steady")
    return {"label": label, "change": change, "marked": any(r["escalation"]["marked"] for r in rows),
            "scores": [r["escalation"]["score"] for r in scored]}
