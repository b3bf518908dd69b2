"""Filters from the API and the CLI are data, never SQL: hostile values against a real store and server.

Every filter value below goes to ``brinkwatch events/quotes/timeline`` (the real CLI entry point, and one
subprocess) and to every filtered API endpoint over a real ``brinkwatch serve``.  Each answer is either an
empty result, a literal match (a name holding a quote, ``%`` and ``_`` is found by exactly that name, and
``%``/``_`` match nothing else), or a 422; never a 5xx.  Afterwards the tables, their counts and the store's
consistency are what they were.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import duckdb
import pytest

from brinkwatch.api.testing import ServerProcess
from brinkwatch.cli import main
from brinkwatch.store import open_store, queries

_spec = importlib.util.spec_from_file_location("hardening_stores", Path(__file__).parent / "fixtures" / "stores.py")
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)

LITERAL_NAME = "Côte d'Ivoire (100%_off)"  # one event's source: found by exactly this name, by nothing looser
HOSTILE = [
    "'", "''", '"', "x' OR '1'='1", "RUS' OR 'a'='a", "'; DROP TABLE events; --", "\"; DROP TABLE documents; --",
    "RUS); DELETE FROM events; --", "' UNION SELECT id, id, id FROM documents --", "%", "_", "%%", "R_S", "RU%",
    "%RUS%", ".*", "(?i).*", "\\", "\\'", "Russia)|(.*", "$(rm -rf /)", "ロシア", "Россия", "\u202eSUR",
    "😀",
    "a" * 10_000, "x\x00y", "\x00", "RUS\n", "R\x1bUS",
]
API_FILTERS = ["/api/events?source={v}", "/api/events?target={v}", "/api/events?document={v}",
               "/api/events?type={v}", "/api/quotes?speaker={v}", "/api/quotes?document={v}",
               "/api/documents?outlet={v}", "/api/actors?q={v}", "/api/timeline?a={v}&b=UKR",
               "/api/timeline?a=RUS&b={v}"]
API_PATHS = ["/api/events/{p}", "/api/documents/{p}", "/api/actors/{p}"]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("inject") / "s.duckdb"
    helpers.synthetic_store(db, 1000)
    con = duckdb.connect(str(db))
    con.execute("UPDATE events SET source_name = ?, source_country = NULL WHERE id = (SELECT min(id) FROM events)",
                [LITERAL_NAME])
    con.execute("CHECKPOINT")
    con.close()
    return db


def literal_event_id(db: Path) -> str:
    con = open_store(db)
    try:
        return con.execute("SELECT id FROM events WHERE source_name = ?", [LITERAL_NAME]).fetchall()[0][0]
    finally:
        con.close()


def state(db: Path) -> tuple:
    con = open_store(db)
    try:
        tables = sorted(r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall())
        return tables, queries.counts(con), helpers.integrity_problems(con)
    finally:
        con.close()


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_cli_filters_are_literal(store):
    before = state(store)
    assert before[2] == {}
    code, out, _ = run_cli("events", "--db", str(store), "--source", LITERAL_NAME, "--format", "json")
    assert code == 0 and [e["id"] for e in json.loads(out)] == [literal_event_id(store)]
    code, out, _ = run_cli("events", "--db", str(store), "--source", "RUS", "--format", "json")
    assert code == 0 and len(json.loads(out)) > 100  # the filter does match what it should
    for value in HOSTILE:
        for option in ("--source", "--target", "--type"):
            code, out, err = run_cli("events", "--db", str(store), option, value, "--format", "json")
            assert code == 0 and json.loads(out) == [], (option, value[:50], err[-300:])
        code, out, err = run_cli("quotes", "--db", str(store), "--speaker", value, "--format", "json")
        assert code == 0 and json.loads(out) == [], (value[:50], err[-300:])
        code, out, err = run_cli("timeline", value, "UKR", "--db", str(store), "--format", "json")
        assert code == 0 and json.loads(out) == [], (value[:50], err[-300:])
    proc = subprocess.run([sys.executable, "-m", "brinkwatch", "events", "--db", str(store), "--source",
                           "'; DROP TABLE events; --", "--target", "x' OR '1'='1", "--format", "json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and json.loads(proc.stdout) == [], proc.stderr[-500:]
    assert state(store) == before


def get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=60) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_api_filters_are_literal(store):
    before = state(store)
    with ServerProcess(store) as server:
        q = urllib.parse.quote
        status, page = get(server.url + "/api/events?source=" + q(LITERAL_NAME))
        assert status == 200 and [e["source_name"] for e in page["items"]] == [LITERAL_NAME]
        status, page = get(server.url + "/api/actors?q=" + q("100%_off"))
        assert status == 200 and [a["actor"] for a in page["items"]] == [LITERAL_NAME]
        assert get(server.url + "/api/actors?q=RU")[1]["total"] >= 1
        for value in HOSTILE:
            for template in API_FILTERS:
                status, body = get(server.url + template.format(v=q(value, safe="")))
                assert status in (200, 404, 422), (template, value[:50], status, body)
                if status == 200:
                    found = body.get("total", len(body.get("periods", [])))
                    substring = template.startswith("/api/actors?q") and value.lower() in LITERAL_NAME.lower()
                    assert found == (1 if substring else 0), (template, value[:50], body)
                else:
                    assert body["error"]["message"]
            for template in API_PATHS:
                status, body = get(server.url + template.format(p=q(value, safe="")))
                assert status in (200, 404, 422), (template, value[:50], status, body)
                if status == 200:  # /api/actors/{name} answers an empty profile for a name with no events
                    assert not body["events_out"] and not body["events_in"] and not body["partners"]
        for value in ("%", "_", "%%", "R_S", "RU%", "_US"):  # LIKE wildcards are characters, never patterns
            actors = [a["actor"] for a in get(server.url + "/api/actors?q=" + q(value))[1]["items"]]
            assert actors == ([LITERAL_NAME] if value in LITERAL_NAME else []), (value, actors)
            assert get(server.url + "/api/documents?outlet=" + q(value))[1]["total"] == 0
        status, health = get(server.url + "/api/health")
        assert status == 200 and health["error"] is None
    assert state(store) == before
