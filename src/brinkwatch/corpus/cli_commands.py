"""The corpus commands of ``brinkwatch``: ingest, stories, events, quotes, timeline, export (thin over ``Corpus``)."""
from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from typing import Sequence

from ..errors import E, BrinkwatchError
from ..store import DEFAULT_PATH

COMMANDS = ("ingest", "stories", "events", "quotes", "timeline", "export")


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="FILE", default=DEFAULT_PATH, help=f"the store (default: ./{DEFAULT_PATH})")


def _fmt(p: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    p.add_argument("--format", choices=choices, help="output format (default: table on a terminal, else json)")


def add_commands(sub) -> None:
    ing = sub.add_parser("ingest", help="analyse pages into the corpus store (files, directories, .jsonl, .warc.gz)")
    ing.add_argument("paths", nargs="*", metavar="PATH", help="files, directories (recursively), .jsonl, .warc/.warc.gz")
    _db(ing)
    ing.add_argument("--workers", type=int, default=1, metavar="N", help="analyse in N processes (default: 1)")
    ing.add_argument("--batch-size", type=int, default=32, metavar="N", help="documents per transaction (default: 32)")
    ing.add_argument("--model", metavar="NAME", help="spaCy pipeline to load (setting spacy_model)")
    ing.add_argument("--format", choices=("text", "json"), default="text", help="summary format (default: text)")
    ing.add_argument("--verbose", action="store_true", help="one line on stderr per stored batch")
    ing.add_argument("--engine", choices=("local", "ray"), default="local",
                     help="local: analyse here into --db; ray: analyse on a Ray cluster into Parquet (--out)")
    ing.add_argument("--address", metavar="ADDRESS", help="with --engine ray: the cluster (default: start a local one)")
    ing.add_argument("--out", metavar="DIR", help="with --engine ray: the Parquet output folder (load it with 'load')")
    ing.add_argument("--concurrency", type=int, default=2, metavar="N", help="with --engine ray: analysis actors (default: 2)")

    ld = sub.add_parser("load", help="load the Parquet output of 'ingest --engine ray' into the store")
    ld.add_argument("dir", metavar="DIR", help="the folder written by 'ingest --engine ray --out DIR'")
    _db(ld)
    ld.add_argument("--format", choices=("text", "json"), default="text", help="summary format (default: text)")

    st = sub.add_parser("stories", help="list the stories of the corpus: copies, rewrites and their changes")
    _db(st)
    _fmt(st, ("table", "json"))

    ev = sub.add_parser("events", help="list events merged across documents, with their reports and outlets")
    _db(ev)
    ev.add_argument("--source", metavar="X", help="source actor: country code or name (case-insensitive)")
    ev.add_argument("--target", metavar="Y", help="target actor: country code or name (case-insensitive)")
    ev.add_argument("--type", metavar="T", help="PLOVER event type (ASSAULT, CONSULT, ...)")
    ev.add_argument("--since", metavar="YYYY-MM-DD", help="events on or after this date")
    ev.add_argument("--until", metavar="YYYY-MM-DD", help="events on or before this date")
    _fmt(ev, ("table", "json", "csv"))

    qu = sub.add_parser("quotes", help="list who said what across the corpus")
    _db(qu)
    qu.add_argument("--speaker", metavar="NAME", help="speaker name or country code (case-insensitive)")
    _fmt(qu, ("table", "json", "csv"))

    tl = sub.add_parser("timeline", help="events between two actors per day or week, with an escalation signal")
    tl.add_argument("a", metavar="A", help="an actor: country code or name")
    tl.add_argument("b", metavar="B", help="the other actor")
    _db(tl)
    tl.add_argument("--by", choices=("day", "week"), default="day", help="period (default: day)")
    _fmt(tl, ("table", "json", "csv", "png"))
    tl.add_argument("--out", metavar="FILE", help="write to FILE (needed for png)")

    ex = sub.add_parser("export", help="export the events table (POLECAT-compatible columns) to parquet, csv or jsonl")
    _db(ex)
    ex.add_argument("--format", choices=("parquet", "csv", "jsonl"), required=True, help="file format")
    ex.add_argument("--out", metavar="PATH", required=True, help="the file to write")


def dispatch(args: argparse.Namespace) -> int | None:
    """Run a corpus command; None when ``args.command`` is not one of ours."""
    from ..scale.cli import run_load

    handler = {"ingest": run_ingest, "load": run_load, "stories": run_stories, "events": run_events, "quotes": run_quotes,
               "timeline": run_timeline, "export": run_export}.get(args.command)
    return None if handler is None else handler(args)


def _out_format(args) -> str:
    return args.format or ("table" if sys.stdout.isatty() else "json")


def _open(args):
    from .api import Corpus

    corpus = Corpus(args.db)
    if corpus.stale:
        print(f"brinkwatch: warning: the corpus tables of {args.db} are out of date (an ingest was interrupted); "
              f"run 'brinkwatch ingest --db {args.db}' to finish", file=sys.stderr)
    return corpus


# -- ingest -------------------------------------------------------------------------------------------------
def run_ingest(args) -> int:
    from .ingest import ingest

    if args.engine == "ray":
        from ..scale.cli import run_ray_ingest

        return run_ray_ingest(args)
    if args.workers < 1 or args.batch_size < 1:
        print("brinkwatch: error: --workers and --batch-size must be at least 1", file=sys.stderr)
        return 2
    from pathlib import Path

    if not args.paths and not Path(args.db).exists():
        print("brinkwatch: error: give PATH... to ingest (without paths, ingest only finishes an existing store)",
              file=sys.stderr)
        return 2
    on_batch = None
    if args.verbose:
        def on_batch(s):
            print(f"stored: added {s.added} failed {len(s.failed)}", file=sys.stderr, flush=True)
    summary = ingest(args.paths, args.db, workers=args.workers, model=args.model, batch_size=args.batch_size,
                     on_batch=on_batch)
    if args.format == "json":
        print(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(f"{summary.added} added, {summary.skipped} skipped (already present), {len(summary.failed)} failed "
              f"in {summary.seconds:.1f}s; corpus step {summary.corpus_seconds:.1f}s")
        for f in summary.failed:
            print(f"  failed: {f.origin}: [{f.code}] {f.reason}")
        print(f"{args.db}: {summary.documents} documents, {summary.stories} stories, {summary.events} events")
    return 0


# -- tables -------------------------------------------------------------------------------------------------
def table(rows: Sequence[dict], columns: Sequence[str], widths: dict[str, int] | None = None) -> str:
    """A plain text table, cells cut to a width (default 30)."""
    widths = widths or {}
    cells = [[_cell(r.get(c), widths.get(c, 30)) for c in columns] for r in rows]
    sizes = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(sizes[i]) for i, c in enumerate(columns)).rstrip(),
             "  ".join("-" * s for s in sizes)]
    lines += ["  ".join(v.ljust(sizes[i]) for i, v in enumerate(row)).rstrip() for row in cells]
    return "\n".join(lines) + "\n"


def _cell(value, width: int) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = ", ".join(map(str, value))
    if isinstance(value, float):
        value = f"{value:g}"
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _csv(rows: Sequence[dict]) -> str:
    buf = io.StringIO()
    if rows:
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return buf.getvalue()


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n"


def _actor(a: dict | None) -> str:
    if not a:
        return ""
    return f"{a.get('name') or a.get('text')}" + (f" ({a['country']})" if a.get("country") else "")


def run_events(args) -> int:
    from .api import flat_event

    with _open(args) as corpus:
        records = corpus.event_records(args.source, args.target, args.type, args.since, args.until)
    fmt = _out_format(args)
    if fmt == "json":
        sys.stdout.write(_json(records))
    elif fmt == "csv":
        sys.stdout.write(_csv([flat_event(e) for e in records]))
    else:
        rows = [{"date": e["date"], "type": e["type"], "modality": e["modality"], "source": _actor(e["source"]),
                 "target": _actor(e["target"]), "reports": e["reports"], "outlets": e["outlets"],
                 "sentence": e["sentence"]} for e in records]
        sys.stdout.write(table(rows, list(rows[0]) if rows else ["date"], {"sentence": 60, "outlets": 40}))
    return 0


def run_quotes(args) -> int:
    from .api import flat_quote

    with _open(args) as corpus:
        records = corpus.quote_records(args.speaker)
    fmt = _out_format(args)
    if fmt == "json":
        sys.stdout.write(_json(records))
    elif fmt == "csv":
        sys.stdout.write(_csv([flat_quote(q) for q in records]))
    else:
        rows = [{"speaker": _actor(q["speaker"]), "content": q["content"], "reports": q["reports"],
                 "outlets": q["outlets"]} for q in records]
        sys.stdout.write(table(rows, ["speaker", "content", "reports", "outlets"], {"content": 70, "outlets": 40}))
    return 0


def run_stories(args) -> int:
    with _open(args) as corpus:
        records = corpus.story_records()
    if _out_format(args) == "json":
        sys.stdout.write(_json(records))
        return 0
    out = []
    for s in records:
        out.append(f"{s['id']}  {s['title'] or ''}  ({len(s['documents'])} documents)")
        for d in s["documents"]:
            out.append(f"  {d['relation']:8} {d['published'] or '':10} {d['outlet'] or '':18} {d['id']}"
                       + (f" <- {d['original']}" if d.get("original") else ""))
            for c in d["changes"]:
                out.append(f"      {c['kind']}: {c['original']['text'][:70]!r} -> {c['copy']['text'][:70]!r}")
        for conflict in s["figure_conflicts"]:
            values = "; ".join(f"{v['text']} ({v['outlet'] or v['document']})" for v in conflict["values"])
            out.append(f"  figures disagree ({conflict['unit']}): {values}")
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))
    return 0


def run_timeline(args) -> int:
    fmt = _out_format(args)
    if fmt == "png" and not args.out:
        raise BrinkwatchError(E.BAD_QUERY, reason="--format png needs --out FILE")
    with _open(args) as corpus:
        rows = corpus.timeline_records(args.a, args.b, args.by)
    if fmt == "png":
        from .timeline import plot

        plot(rows, args.a, args.b, args.out)
        print(f"wrote {args.out} ({len(rows)} periods)", file=sys.stderr)
        return 0
    if fmt == "json":
        text = _json(rows)
    elif fmt == "csv":
        text = _csv([_flat_period(r) for r in rows])
    else:
        flat = [_flat_period(r) for r in rows]
        for r in flat:
            r["escalation"] = "ESCALATION" if r.pop("escalation_marked") else ""
        columns = ["period", "events", "a_to_b", "b_to_a", "material_conflict", "verbal_conflict",
                   "intensity_mean", "articles", "escalation_score", "escalation_baseline", "escalation"]
        text = f"{args.a} -> {args.b} (a_to_b) and back, by {args.by}\n" + table(flat, columns)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    return 0


def _flat_period(r: dict) -> dict:
    return {**{k: v for k, v in r.items() if k not in ("quad", "escalation")}, **r["quad"],
            **{f"escalation_{k}": v for k, v in r["escalation"].items()}}


def run_export(args) -> int:
    from .export import export_row, write

    with _open(args) as corpus:
        rows = [export_row(e) for e in corpus.event_records()]
    try:
        n = write(rows, args.format, args.out)
    except OSError as exc:
        raise BrinkwatchError(E.BAD_QUERY, reason=f"cannot write {args.out}: {exc.strerror or exc}") from None
    print(f"wrote {n} events to {args.out}", file=sys.stderr)
    return 0
