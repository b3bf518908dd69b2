"""A bounded load test of ``brinkwatch serve`` on loopback: concurrent clients on /api/events and /api/timeline.

    .venv/bin/python benchmarks/load.py                          # 100,000 events, 50 clients, 3,000 requests
    .venv/bin/python benchmarks/load.py --events 20000 --clients 20 --requests 1000 --seconds 30

The store is generated directly into the schema with DuckDB SQL (``build_store``: documents,
document_events, stories, story_members, events and event_reports consistent with docs/store.md; no NLP),
then ``brinkwatch serve`` runs in a subprocess on a free 127.0.0.1 port and ``--clients`` threads, each
with its own keep-alive connection, send a mix of event lists (filters, pages) and dyad timelines until
``--requests`` answers or ``--seconds`` have passed, whichever comes first.  Reports throughput,
p50/p95/p99 latency per endpoint and overall, and every non-200 answer (there must be none); writes
benchmarks/results/load.json.  Only 127.0.0.1 is ever contacted.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).resolve().parent
COUNTRIES = ("RUS", "UKR", "USA", "BLR", "POL", "DEU", "FRA", "GBR", "CHN", "TUR", "MDA", "GEO", "LTU", "LVA",
             "EST", "ROU", "HUN", "SVK", "NLD", "ITA")
TYPES = ("CONSULT", "ASSAULT", "COERCE", "ACCUSE", "SUPPORT", "AID", "THREATEN", "PROTEST", "MOBILIZE", "AGREE")
OUTLETS = tuple(f"Outlet {n}" for n in range(1, 41))


def build_store(path: str | Path, events: int = 100_000, *, seed: int = 7) -> dict:
    """A store of ``events`` merged events (1-3 reports each) over ``events // 5`` documents, made in SQL.

    Every row is consistent with docs/store.md: each event report is a document event of a stored
    document, events list the documents and outlets of their reports, every document is in one story,
    and ``meta.corpus_state`` matches the documents (not stale).  Returns the table counts."""
    import duckdb

    from brinkwatch.store import StoreWriter, queries

    path = Path(path)
    StoreWriter(path).close()  # the real schema, version and meta rows
    n_docs = max(1, events // 5)
    con = duckdb.connect(str(path))
    con.execute("SELECT setseed(?)", [seed / 100])
    countries = list(COUNTRIES)
    types = list(TYPES)
    outlets = list(OUTLETS)
    con.begin()
    con.execute("""
        INSERT INTO documents
        SELECT 'doc-' || i, i + 1, sha256('input ' || i), sha256('text ' || i), 'Synthetic article ' || i,
               DATE '2022-01-01' + CAST(i % 365 AS INTEGER), 'en', 'https://example.org/a/' || i,
               list_extract(?, 1 + i % 40), 'synthetic:' || i, 200, TIMESTAMP '2022-12-31 00:00:00',
               json_object('schema', 'brinkwatch.report/1', 'id', 'doc-' || i,
                           'document', json_object('id', 'doc-' || i, 'title', 'Synthetic article ' || i,
                                                   'text', 'Synthetic article ' || i || chr(10) || chr(10)
                                                           || 'Synthetic body.',
                                                   'published', strftime(DATE '2022-01-01'
                                                                         + CAST(i % 365 AS INTEGER), '%Y-%m-%d')),
                           'events', json_array(), 'quotes', json_array(), 'quantities', json_array(),
                           'flags', json_array())::VARCHAR
        FROM range(?) t(i)""", [outlets, n_docs])
    # events: source/target drawn from the country list, 1-3 reports from consecutive documents
    con.execute("""
        CREATE TEMP TABLE ev AS
        SELECT i, 'doc-' || (i % ?) || ':e' || i AS id, 'story-' || (i % ?) AS story_id,
               list_extract(?, 1 + CAST(floor(random() * 10) AS INTEGER)) AS type,
               list_extract(?, 1 + CAST(floor(pow(random(), 2) * 20) AS INTEGER)) AS s,
               list_extract(?, 1 + CAST(floor(pow(random(), 2) * 20) AS INTEGER)) AS t,
               DATE '2022-01-01' + CAST((i % ?) % 365 AS INTEGER) AS date,
               round(random() * 20 - 10, 1) AS intensity, 1 + CAST(floor(random() * 4) AS INTEGER) AS quad,
               1 + CAST(floor(random() * 3) AS INTEGER) AS n
        FROM range(?) r(i)""", [n_docs, n_docs, types, countries, countries, n_docs, events])
    con.execute("UPDATE ev SET t = CASE WHEN s = 'UKR' THEN 'RUS' ELSE 'UKR' END WHERE s = t")
    con.execute("""
        CREATE TEMP TABLE rep AS
        SELECT ev.*, k, (ev.i + k * 7919) % ? AS d FROM ev, range(3) r(k) WHERE k < ev.n""", [n_docs])
    con.execute("""
        INSERT INTO document_events
        SELECT 'doc-' || d, row_number() OVER (PARTITION BY d ORDER BY i, k) - 1, 'e' || i || '-' || k, type, NULL,
               'asserted', s, s, 'GOV', t, t, 'GOV', date, intensity, quad, 0.9,
               'Synthetic sentence about ' || s || ' and ' || t || '.', 0, 40, 'synthetic',
               json_object('id', 'e' || i || '-' || k, 'type', type)::VARCHAR
        FROM rep""")
    con.execute("""
        INSERT INTO event_reports
        SELECT r.id, 'doc-' || r.d, de.idx, d.outlet, d.published, de.sentence, 0, 40, r.intensity, 'original'
        FROM rep r JOIN document_events de ON de.document_id = 'doc-' || r.d AND de.event_id = 'e' || r.i || '-' || r.k
        JOIN documents d ON d.id = 'doc-' || r.d""")
    con.execute("""
        INSERT INTO events
        SELECT ev.id, ev.story_id, ev.type, NULL, 'asserted', ev.s, ev.s, ev.t, ev.t, ev.date, ev.intensity, ev.quad,
               count(DISTINCT er.document_id), list(DISTINCT er.outlet ORDER BY er.outlet),
               list(DISTINCT er.document_id ORDER BY er.document_id), FALSE,
               json_object('id', ev.id, 'type', ev.type, 'mode', NULL, 'modality', 'asserted',
                           'source', json_object('text', ev.s, 'start', 0, 'end', 3, 'name', ev.s, 'country', ev.s,
                                                 'sector', 'GOV'),
                           'target', json_object('text', ev.t, 'start', 0, 'end', 3, 'name', ev.t, 'country', ev.t,
                                                 'sector', 'GOV'),
                           'date', strftime(ev.date, '%Y-%m-%d'), 'intensity', ev.intensity, 'quad', ev.quad,
                           'confidence', 0.9, 'sentence', 'Synthetic sentence about ' || ev.s || ' and ' || ev.t || '.',
                           'start', 0, 'end', 40, 'rule', 'synthetic')::VARCHAR
        FROM ev JOIN event_reports er ON er.event_id = ev.id
        GROUP BY ALL""")
    con.execute("""
        INSERT INTO stories SELECT 'story-' || i, 'Synthetic article ' || i, 1, published, published
        FROM (SELECT CAST(substr(id, 5) AS BIGINT) AS i, published FROM documents)""")
    con.execute("INSERT INTO story_members SELECT 'story-' || substr(id, 5), id, 'original', NULL, '[]' FROM documents")
    con.execute("UPDATE meta SET value = (SELECT count(*) || ':' || max(seq) FROM documents) "
                "WHERE key = 'corpus_state'")
    con.commit()
    con.execute("CHECKPOINT")
    counts = queries.counts(con)
    con.close()
    return counts


# -- the load ------------------------------------------------------------------------------------------------
def request_mix(rng: random.Random) -> tuple[str, str]:
    """(endpoint name, path): event lists with filters and pages, and dyad timelines by day or week."""
    a, b = rng.sample(COUNTRIES[:8], 2)
    kind = rng.random()
    if kind < 0.35:
        q = {"limit": rng.choice((20, 50, 100)), "offset": rng.randrange(0, 2000)}
        return "events", "/api/events?" + urlencode(q)
    if kind < 0.7:
        q = {"source": a, "target": b, "limit": 50}
        if rng.random() < 0.5:
            q["since"] = f"2022-{rng.randrange(1, 13):02d}-01"
        if rng.random() < 0.3:
            q["type"] = rng.choice(TYPES).lower()
        return "events_filtered", "/api/events?" + urlencode(q)
    return "timeline", "/api/timeline?" + urlencode({"a": a, "b": b, "by": rng.choice(("day", "week"))})


def client(port: int, rng: random.Random, stop: threading.Event, budget: list, lock: threading.Lock,
           out: list, errors: list, timeout: float) -> None:
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    while not stop.is_set():
        with lock:
            if budget[0] <= 0:
                stop.set()
                break
            budget[0] -= 1
        name, path = request_mix(rng)
        started = time.perf_counter()
        try:
            con.request("GET", path)
            resp = con.getresponse()
            body = resp.read()
            elapsed = time.perf_counter() - started
            if resp.status != 200:
                errors.append({"path": path, "status": resp.status, "body": body[:300].decode("utf-8", "replace")})
            else:
                json.loads(body)
            out.append((name, elapsed))
        except Exception as exc:  # a refused or dropped connection counts as an error
            errors.append({"path": path, "status": None, "error": f"{type(exc).__name__}: {exc}"})
            con.close()
            con = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    con.close()


def percentiles(values: list[float]) -> dict:
    if not values:
        return {"n": 0}
    q = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else [values[0]] * 99
    return {"n": len(values), "p50_ms": round(q[49] * 1000, 1), "p95_ms": round(q[94] * 1000, 1),
            "p99_ms": round(q[98] * 1000, 1), "max_ms": round(max(values) * 1000, 1),
            "mean_ms": round(statistics.fmean(values) * 1000, 1)}


def run_load(port: int, clients: int, requests: int, seconds: float, *, seed: int = 1, timeout: float = 60.0
             ) -> dict:
    stop, lock = threading.Event(), threading.Lock()
    budget, out, errors = [requests], [], []
    threads = [threading.Thread(target=client, args=(port, random.Random(seed * 1000 + n), stop, budget, lock, out,
                                                     errors, timeout), daemon=True) for n in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    deadline = started + seconds
    while any(t.is_alive() for t in threads):
        if time.perf_counter() > deadline:
            stop.set()
        time.sleep(0.05)
    wall = time.perf_counter() - started
    by_name: dict[str, list[float]] = {}
    for name, elapsed in out:
        by_name.setdefault(name, []).append(elapsed)
    return {"clients": clients, "requests": len(out), "errors": len(errors), "error_samples": errors[:10],
            "wall_s": round(wall, 2), "throughput_rps": round(len(out) / wall, 1),
            "latency": percentiles([e for _, e in out]),
            "endpoints": {name: percentiles(v) for name, v in sorted(by_name.items())}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000, help="merged events in the store (default 100,000)")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--requests", type=int, default=3000, help="stop after this many requests (default 3,000)")
    parser.add_argument("--seconds", type=float, default=60.0, help="... or after this many seconds (default 60)")
    parser.add_argument("--out", default=str(HERE / "results" / "load.json"), help="where to write the results")
    args = parser.parse_args(argv)

    from brinkwatch.api.testing import ServerProcess, get_json

    with tempfile.TemporaryDirectory(prefix="brinkwatch-load-") as tmp:
        db = Path(tmp) / "load.duckdb"
        started = time.perf_counter()
        counts = build_store(db, args.events)
        build_s = time.perf_counter() - started
        print(f"store: {counts['events']:,} events, {counts['event_reports']:,} reports, "
              f"{counts['documents']:,} documents in {build_s:.1f}s ({db.stat().st_size / 1e6:.1f} MB)",
              file=sys.stderr)
        with ServerProcess(db) as server:
            get_json(server.url + "/api/events?limit=1")  # the first snapshot, outside the measurement
            warm = run_load(server.port, min(4, args.clients), 20, 30)
            result = run_load(server.port, args.clients, args.requests, args.seconds)
            status, health = get_json(server.url + "/api/health")
            result["server_alive_after"] = status == 200 and health["status"] == "ok"
    result.update({
        "machine": f"{platform.machine()} {os.cpu_count()} cpus", "python": platform.python_version(),
        "store": {**{k: counts[k] for k in ("documents", "document_events", "events", "event_reports")},
                  "build_s": round(build_s, 1)},
        "limits": {"requests": args.requests, "seconds": args.seconds}, "warmup_errors": warm["errors"],
        "command": "benchmarks/load.py " + " ".join(argv if argv is not None else sys.argv[1:]),
    })
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
    lat = result["latency"]
    print(f"{result['requests']} requests by {args.clients} clients in {result['wall_s']}s: "
          f"{result['throughput_rps']} req/s, p50 {lat.get('p50_ms')} ms, p95 {lat.get('p95_ms')} ms, "
          f"p99 {lat.get('p99_ms')} ms, errors {result['errors']}", file=sys.stderr)
    for name, p in result["endpoints"].items():
        print(f"  {name}: n={p['n']} p50 {p['p50_ms']} ms p95 {p['p95_ms']} ms p99 {p['p99_ms']} ms", file=sys.stderr)
    return 0 if result["errors"] == 0 and result["server_alive_after"] else 1


if __name__ == "__main__":
    sys.exit(main())
