"""Read queries over a store. Values always travel as parameters; only our own column names are formatted in."""
from __future__ import annotations

import datetime as dt
from typing import Any, Sequence

EVENT_FIELDS = ("id", "story_id", "type", "mode", "modality", "source_name", "source_country", "target_name",
                "target_country", "date", "intensity", "quad", "reports", "outlets", "documents", "changed_facts",
                "record")
REPORT_FIELDS = ("event_id", "document_id", "idx", "outlet", "published", "sentence", "start_char", "end_char",
                 "intensity", "relation")
QUOTE_FIELDS = ("document_id", "idx", "speaker_text", "speaker_name", "speaker_country", "speaker_sector",
                "content", "content_key", "start_char", "end_char", "record", "outlet", "published", "title")


def name_pattern(value: str) -> str:
    """A case-insensitive whole-word RE2 pattern matching ``value`` literally (every other char escaped)."""
    escaped = "".join(c if c.isalnum() else f"\\x{{{ord(c):x}}}" for c in value)
    return f"(?i)(^|\\W){escaped}($|\\W)"


def actor_condition(prefix: str, value: str) -> tuple[str, list[Any]]:
    """Matches an actor by country code or name (case-insensitive, whole words)."""
    assert prefix in ("source", "target", "speaker"), prefix  # our own column prefixes only
    sql = (f"(upper(coalesce({prefix}_country, '')) = upper(?) OR lower(coalesce({prefix}_name, '')) = lower(?) "
           f"OR (contains(lower(coalesce({prefix}_name, '')), lower(?)) "  # a cheap test first: the regex
           f"AND regexp_matches(coalesce({prefix}_name, ''), ?)))")        # runs only on names holding the value
    return sql, [value, value, value, name_pattern(value)]


def _rows(con, sql: str, params: Sequence[Any], fields: Sequence[str]) -> list[dict]:
    return [dict(zip(fields, r)) for r in con.execute(sql, list(params)).fetchall()]


def event_filters(*, source=None, target=None, type=None, since=None, until=None) -> tuple[list[str], list[Any]]:
    """WHERE conditions and their parameters for the events table (shared by the CLI and the server)."""
    where, params = ["TRUE"], []
    for prefix, value in (("source", source), ("target", target)):
        if value is not None:
            sql, p = actor_condition(prefix, value)
            where.append(sql)
            params += p
    if type is not None:
        where.append("upper(type) = upper(?)")
        params.append(type)
    if since is not None:
        where.append("date >= ?")
        params.append(since)
    if until is not None:
        where.append("date <= ?")
        params.append(until)
    return where, params


def events(con, *, source: str | None = None, target: str | None = None, type: str | None = None,
           since: dt.date | None = None, until: dt.date | None = None) -> list[dict]:
    where, params = event_filters(source=source, target=target, type=type, since=since, until=until)
    sql = (f"SELECT {', '.join(EVENT_FIELDS)} FROM events WHERE {' AND '.join(where)} "
           "ORDER BY date NULLS LAST, reports DESC, id")
    return _rows(con, sql, params, EVENT_FIELDS)


def dyad_events(con, a: str, b: str) -> list[dict]:
    """Dated events whose source matches one actor and whose target the other (either way): a superset of
    what ``corpus.api.actor_matcher`` keeps (RE2 word boundaries are ASCII), read without loading the store."""
    (sa, pa), (tb, pb) = actor_condition("source", a), actor_condition("target", b)
    (sb, pb2), (ta, pa2) = actor_condition("source", b), actor_condition("target", a)
    sql = (f"SELECT {', '.join(EVENT_FIELDS)} FROM events WHERE date IS NOT NULL AND "
           f"(({sa} AND {tb}) OR ({sb} AND {ta})) ORDER BY date NULLS LAST, reports DESC, id")
    return _rows(con, sql, [*pa, *pb, *pb2, *pa2], EVENT_FIELDS)


PERIOD_FIELDS = ("period", "events", "a_to_b", "b_to_a", "q1", "q2", "q3", "q4", "intensity_mean", "intensity_sum",
                 "articles", "conflict")


def dyad_periods(con, a: str, b: str, by: str) -> list[dict]:
    """A dyad's events aggregated per day or ISO week (Monday) in the database: counts each way and per quad,
    intensity mean and sum, distinct reporting articles and their summed conflict intensity."""
    assert by in ("day", "week"), by
    period = "CAST(date_trunc('week', date) AS DATE)" if by == "week" else "date"
    (sa, pa), (tb, pb) = actor_condition("source", a), actor_condition("target", b)
    (sb, pb2), (ta, pa2) = actor_condition("source", b), actor_condition("target", a)
    sql = f"""
        WITH e AS (
            SELECT id, {period} AS period, ({sa} AND {tb}) AS fwd, quad, intensity FROM events
            WHERE date IS NOT NULL AND (({sa} AND {tb}) OR ({sb} AND {ta}))),
        ea AS (
            SELECT period, count(*) AS events, count(*) FILTER (WHERE fwd) AS a_to_b,
                   count(*) FILTER (WHERE NOT fwd) AS b_to_a, count(*) FILTER (WHERE quad = 1) AS q1,
                   count(*) FILTER (WHERE quad = 2) AS q2, count(*) FILTER (WHERE quad = 3) AS q3,
                   count(*) FILTER (WHERE quad = 4) AS q4, avg(intensity) AS intensity_mean,
                   sum(intensity) AS intensity_sum
            FROM e GROUP BY period),
        ra AS (
            SELECT e.period, count(DISTINCT r.document_id) AS articles,
                   sum(greatest(0.0, -r.intensity)) AS conflict
            FROM e JOIN event_reports r ON r.event_id = e.id GROUP BY e.period)
        SELECT ea.period, events, a_to_b, b_to_a, q1, q2, q3, q4, intensity_mean, intensity_sum,
               coalesce(articles, 0), coalesce(conflict, 0.0)
        FROM ea LEFT JOIN ra ON ra.period = ea.period ORDER BY ea.period"""
    return _rows(con, sql, [*pa, *pb, *pa, *pb, *pb2, *pa2], PERIOD_FIELDS)


def event_reports(con, event_ids: Sequence[str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    if not event_ids:
        return out
    sql = (f"SELECT {', '.join(REPORT_FIELDS)} FROM event_reports WHERE event_id IN (SELECT unnest(?)) "
           "ORDER BY published NULLS LAST, document_id, idx")
    for row in _rows(con, sql, [list(event_ids)], REPORT_FIELDS):
        out.setdefault(row["event_id"], []).append(row)
    return out


def quotes(con, *, speaker: str | None = None) -> list[dict]:
    where, params = "TRUE", []
    if speaker is not None:
        where = ("(lower(coalesce(speaker_name, '')) = lower(?) OR regexp_matches(coalesce(speaker_name, ''), ?) "
                 "OR regexp_matches(coalesce(speaker_text, ''), ?) OR upper(coalesce(speaker_country, '')) = upper(?))")
        params = [speaker, name_pattern(speaker), name_pattern(speaker), speaker]
    cols = ", ".join(f"q.{c}" for c in QUOTE_FIELDS[:11]) + ", d.outlet, d.published, d.title"
    sql = (f"SELECT {cols} FROM quotes q JOIN documents d ON d.id = q.document_id WHERE {where} "
           "ORDER BY d.published NULLS LAST, d.seq, q.idx")
    return _rows(con, sql, params, QUOTE_FIELDS)


def stories(con) -> list[dict]:
    fields = ("story_id", "story_title", "document_id", "title", "outlet", "published", "relation", "original_id",
              "changes", "first_published")
    sql = ("SELECT s.id, s.title, m.document_id, d.title, d.outlet, d.published, m.relation, m.original_id, "
           "m.changes, s.first_published FROM stories s JOIN story_members m ON m.story_id = s.id "
           "JOIN documents d ON d.id = m.document_id "
           "ORDER BY s.first_published NULLS LAST, s.id, d.published NULLS LAST, d.seq")
    return _rows(con, sql, [], fields)


def figure_conflicts(con) -> list[dict]:
    fields = ("story_id", "unit", "document_id", "value", "text", "start_char", "end_char", "outlet")
    sql = ("SELECT f.story_id, f.unit, f.document_id, f.value, f.text, f.start_char, f.end_char, d.outlet "
           "FROM figure_conflicts f JOIN documents d ON d.id = f.document_id "
           "ORDER BY f.story_id, f.unit, d.published NULLS LAST, f.document_id, f.start_char")
    return _rows(con, sql, [], fields)


def documents(con) -> list[dict]:
    fields = ("id", "title", "outlet", "url", "published", "language", "origin", "n_chars")
    return _rows(con, f"SELECT {', '.join(fields)} FROM documents ORDER BY seq", [], fields)


def report_json(con, document_id: str) -> str | None:
    rows = con.execute("SELECT report FROM documents WHERE id = ?", [document_id]).fetchall()
    return rows[0][0] if rows else None


def flags(con, *, document_id: str | None = None) -> list[dict]:
    fields = ("document_id", "origin", "kind", "message", "rule", "start_char", "end_char", "evidence")
    where, params = ("document_id = ?", [document_id]) if document_id is not None else ("TRUE", [])
    return _rows(con, f"SELECT {', '.join(fields)} FROM flags WHERE {where} ORDER BY document_id, origin, kind",
                 params, fields)


def failures(con) -> list[dict]:
    fields = ("origin", "document_id", "code", "reason", "failed_at")
    return _rows(con, f"SELECT {', '.join(fields)} FROM failures ORDER BY origin", [], fields)


def is_stale(con) -> bool:
    """True when documents were added after the corpus tables were last computed (an interrupted ingest)."""
    now = con.execute("SELECT count(*) || ':' || coalesce(max(seq), 0) FROM documents").fetchall()[0][0]
    done = con.execute("SELECT value FROM meta WHERE key = ?", ["corpus_state"]).fetchall()
    return now != (done[0][0] if done else "")


def counts(con) -> dict[str, int]:
    tables = ("documents", "document_events", "quotes", "quantities", "actors", "flags", "failures", "stories",
              "story_members", "figure_conflicts", "events", "event_reports")
    sql = "SELECT " + ", ".join(f"(SELECT count(*) FROM {t})" for t in tables)
    return dict(zip(tables, con.execute(sql).fetchall()[0]))
