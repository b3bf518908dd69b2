"""The ``brinkwatch`` command: a thin layer over the Python API.

Errors are one line on stderr (``brinkwatch: error [E003]: no such file: x``) and a non-zero exit:
1 for bad input or a failed run, 2 for bad usage.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Iterator, TextIO

from . import __version__, settings
from .errors import E, BrinkwatchError

EXIT_INPUT, EXIT_USAGE = 1, 2
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


class ArgParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        command = " ".join(self.prog.split()[1:])
        self.exit(EXIT_USAGE, f"brinkwatch: error: {message} (see '{' '.join(['brinkwatch', command] if command else ['brinkwatch'])} --help')\n")

    def parse_args(self, args=None, namespace=None):  # a subcommand's unknown option: point at its help
        parsed, extra = self.parse_known_args(args, namespace)
        if extra:
            chosen = getattr(parsed, "command", None)
            sub = next((a.choices[chosen] for a in self._actions
                        if isinstance(a, argparse._SubParsersAction) and chosen in a.choices), self)
            sub.error(f"unrecognized arguments: {' '.join(extra)}")
        return parsed


def build_parser() -> ArgParser:
    parser = ArgParser(prog="brinkwatch", description="Read crisis news: events, quotes and numbers, each linked to its sentence.")
    parser.add_argument("--version", action="version", version=f"brinkwatch {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgParser)

    an = sub.add_parser("analyze", help="analyse one news page (text or HTML) and print its report")
    an.add_argument("input", nargs="?", help="a .html/.htm page or a text file, or - for standard input")
    an.add_argument("--jsonl", metavar="FILE", help='one page a line: {"id", "text"|"html", "published"?, "url"?, "outlet"?}')
    an.add_argument("--format", choices=("json", "text"), help="output format (default: text on a terminal, else json)")
    an.add_argument("--published", metavar="YYYY-MM-DD", help="set or override the publication date")
    an.add_argument("--verbatim", action="store_true", help="skip all cleaning and title detection; analyse the text as is")
    an.add_argument("--model", metavar="NAME", help="spaCy pipeline to load (setting spacy_model)")
    an.add_argument("--actors", metavar="FILE", help="a JSON file of extra or overriding actors (setting actors_file)")
    an.add_argument("--id", help="document id (default: a hash of the content)")
    an.add_argument("--url", help="the page's URL")
    an.add_argument("--outlet", help="the outlet that published the page")
    kind = an.add_mutually_exclusive_group()
    kind.add_argument("--html", dest="html", action="store_const", const=True, help="treat the input as HTML")
    kind.add_argument("--text", dest="html", action="store_const", const=False, help="treat the input as plain text")

    demo = sub.add_parser("demo", help="analyse the bundled demo corpus and print the situation report")
    demo.add_argument("--format", choices=("json", "text"), default="text", help="output format (default: text)")
    demo.add_argument("--db", metavar="FILE", help="ingest into this store (default: a temporary file)")
    demo.add_argument("--reports", action="store_true", help="print each article's report instead")
    demo.add_argument("--serve", action="store_true",
                      help="then serve the dashboard over the demo store and print its address (Ctrl-C stops it)")
    demo.add_argument("--port", type=int, default=8000, help="with --serve: the port (default: 8000)")

    from .corpus.cli_commands import add_commands

    add_commands(sub)

    from .api.serve import add_parser as add_serve

    add_serve(sub)

    sub.add_parser("settings", help="list the settings, their environment variables and current values")
    sub.add_parser("schema", help="print the JSON Schema of the report (brinkwatch.report/1)")
    return parser


def fail(message: str, code: int = EXIT_INPUT) -> int:
    print(f"brinkwatch: error {message}", file=sys.stderr)
    return code


def read_input(source: str, max_bytes: int) -> bytes:
    """The raw bytes of a path or of standard input (``-``), refusing oversized input early."""
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(source)
        if not path.exists():
            raise BrinkwatchError(E.MISSING_PATH, path=source)
        try:
            if path.is_dir():
                raise IsADirectoryError("it is a directory")
            with path.open("rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise BrinkwatchError(E.UNREADABLE_PATH, path=source, reason=exc.strerror or exc) from None
    if len(data) > max_bytes:
        size = len(data) if source == "-" else Path(source).stat().st_size
        raise BrinkwatchError(E.TOO_LARGE, size=size, limit=max_bytes)
    return data


def jsonl_pages(fh: TextIO, defaults: dict) -> Iterator[tuple[str | None, object]]:
    """(id, PageInput or BrinkwatchError) for each non-blank line, in order."""
    from .pipeline import PageInput

    for number, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield None, BrinkwatchError(E.BAD_JSONL, line=number, reason=f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            yield None, BrinkwatchError(E.BAD_JSONL, line=number, reason="not a JSON object")
            continue
        doc_id = obj.get("id")
        doc_id = str(doc_id) if doc_id is not None else None
        body, is_html = (obj.get("html"), True) if obj.get("html") is not None else (obj.get("text"), defaults["html"])
        if not isinstance(body, str):
            yield doc_id, BrinkwatchError(E.BAD_JSONL, line=number, reason='needs a "text" or "html" string')
            continue
        yield doc_id, PageInput(
            text=body, id=doc_id, html=is_html, published=defaults["published"] or obj.get("published"),
            url=obj.get("url"), outlet=obj.get("outlet"),
        )


def run_jsonl(args: argparse.Namespace, pipeline, out: TextIO) -> int:
    try:
        fh = open(args.jsonl, encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise BrinkwatchError(E.MISSING_PATH, path=args.jsonl) from None
    except OSError as exc:
        raise BrinkwatchError(E.UNREADABLE_PATH, path=args.jsonl, reason=exc.strerror or exc) from None
    with fh:
        items = list(jsonl_pages(fh, {"html": args.html, "published": args.published}))
        ids = [doc_id for doc_id, _ in items]
        results = pipeline.analyze_many(page for _, page in items)
        for doc_id, result in zip(ids, results):
            if isinstance(result, BrinkwatchError):
                record = {"id": doc_id, "error": f"[{result.code}] {result.message}"}
            else:
                record = result.to_dict()
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


def run_analyze(args: argparse.Namespace) -> int:
    from .ingest import build_document
    from .ingest.decode import decode_bytes
    from .pipeline import Pipeline
    from .ingest.page import parse_date

    if (args.input is None) == (args.jsonl is None):
        return fail("give one input: a PATH, - for standard input, or --jsonl FILE", EXIT_USAGE)
    if args.actors:
        os.environ[settings.SETTING_ENV["actors_file"]] = args.actors
    parse_date(args.published)
    out_format = args.format or ("text" if sys.stdout.isatty() else "json")
    if args.jsonl:
        if not Path(args.jsonl).is_file():
            raise BrinkwatchError(E.MISSING_PATH, path=args.jsonl)
        return run_jsonl(args, Pipeline(model=args.model, verbatim=args.verbatim), sys.stdout)
    html = args.html
    if html is None and args.input != "-" and args.input.lower().endswith(HTML_SUFFIXES):
        html = True
    text = decode_bytes(read_input(args.input, settings.get("max_input_bytes")))
    document = build_document(
        text, html=html, id=args.id, published=args.published, url=args.url, outlet=args.outlet,
        verbatim=args.verbatim, max_bytes=settings.get("max_input_bytes"),
    )  # input errors surface before the NLP pipeline loads
    report = Pipeline(model=args.model, verbatim=args.verbatim).analyze_document(document)
    for flag in report.flags:
        if flag.kind == "unsupported_language":
            print(f"brinkwatch: warning: {flag.message}", file=sys.stderr)
    if out_format == "json":
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        from .render import render_report

        sys.stdout.write(render_report(report, colour=sys.stdout.isatty() and "NO_COLOR" not in os.environ))
    return 0


def demo_pages() -> list:
    """The bundled demo corpus as ``PageInput`` records, in manifest order."""
    from importlib import resources

    from .ingest.decode import decode_bytes
    from .pipeline import PageInput

    corpus = resources.files("brinkwatch.demo").joinpath("corpus")
    pages = []
    for line in corpus.joinpath("manifest.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        text = decode_bytes(corpus.joinpath(entry["file"]).read_bytes())
        pages.append(PageInput(text=text, id=entry["id"], html=entry["file"].endswith(HTML_SUFFIXES),
                               published=entry.get("published"), url=entry.get("url"), outlet=entry.get("outlet")))
    return pages


def run_demo(args: argparse.Namespace) -> int:
    if not args.reports:
        return run_situation(args)
    from .pipeline import Pipeline
    from .render import render_report

    pipeline = Pipeline()
    pages = demo_pages()
    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    for n, result in enumerate(pipeline.analyze_many(pages), 1):
        if isinstance(result, BrinkwatchError):
            print(f"brinkwatch: error [{result.code}]: {result.message}", file=sys.stderr)
            continue
        if args.format == "json":
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(f"\n=== {n}/{len(pages)} ===\n" + render_report(result, colour=colour))
    return 0


def run_situation(args: argparse.Namespace) -> int:
    """Ingest the demo corpus into a store (a temporary one unless --db), print the situation report and,
    with --serve, serve the dashboard over that store until Ctrl-C."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="brinkwatch-demo-") as tmp:
        db = args.db or str(Path(tmp) / "demo.duckdb")
        report, summary = _demo_situation(db)
        if args.format == "json":
            sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n")
        else:
            from .corpus.situation import render

            sys.stdout.write(render(report))
            where = args.db or "a temporary store (use --db FILE to keep it)"
            print(f"\n{report['documents']} documents in {where} ({summary.added} analysed now, {summary.skipped} "
                  f"already there); 'brinkwatch demo --reports' prints each article's report.")
        if getattr(args, "serve", False):
            from .api.serve import run_serve

            sys.stdout.flush()
            return run_serve(argparse.Namespace(db=db, host="127.0.0.1", port=args.port, log_level="warning"))
    return 0


def _demo_situation(db: str):
    from .corpus.api import Corpus
    from .corpus.ingest import ingest
    from .corpus.inputs import Source
    from .corpus.situation import situation

    sources = [Source(f"demo:{page.id}", page) for page in demo_pages()]
    summary = ingest([], db, sources=sources)
    with Corpus(db) as corpus:
        report = situation(corpus)
    report["ingest"] = summary.to_dict()
    return report, summary


def run_settings() -> int:
    for s in settings.SETTINGS:
        value = settings.get(s.name)
        print(f"{s.name:16} {s.env:28} {value!s:12} {s.help}")
    return 0


def run_schema() -> int:
    from .schema import report_schema

    print(json.dumps(report_schema(), indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return run_analyze(args)
        if args.command == "demo":
            return run_demo(args)
        if args.command == "settings":
            return run_settings()
        if args.command == "schema":
            return run_schema()
        if args.command == "serve":
            from .api.serve import run_serve

            return run_serve(args)
        from .corpus.cli_commands import dispatch

        result = dispatch(args)
        if result is not None:
            return result
        build_parser().print_help()
        return EXIT_USAGE
    except BrinkwatchError as exc:
        return fail(f"[{exc.code}]: {exc.message}")
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug of ours: one line, the traceback only on request
        if os.environ.get("BRINKWATCH_DEBUG"):
            raise
        return fail(f"[E999]: internal error: {type(exc).__name__}: {exc} (set BRINKWATCH_DEBUG=1 for a traceback)")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
