"""``brinkwatch serve``: the dashboard and JSON API on uvicorn (loopback by default)."""
from __future__ import annotations

import argparse
import sys

from ..store import DEFAULT_PATH


def add_parser(sub) -> None:
    serve = sub.add_parser("serve", help="serve the dashboard and the JSON API over a store")
    serve.add_argument("--db", metavar="FILE", default=DEFAULT_PATH, help=f"the store (default: {DEFAULT_PATH})")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"),
                       help="uvicorn log level (default: info)")


def run_serve(args: argparse.Namespace) -> int:
    from pathlib import Path

    import uvicorn

    from .app import create_app

    if not 0 < args.port < 65536:
        print(f"brinkwatch: error: --port must be 1..65535, not {args.port}", file=sys.stderr)
        return 2
    if not Path(args.db).exists():
        print(f"brinkwatch: warning: no store at {args.db} yet; data pages answer 503 until "
              f"'brinkwatch ingest PATH... --db {args.db}' has run", file=sys.stderr)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"brinkwatch: warning: serving on {args.host}, reachable from other machines; there is no "
              "authentication", file=sys.stderr)
    app = create_app(args.db)
    print(f"brinkwatch: serving {args.db} on http://{args.host}:{args.port}/ (Ctrl-C to stop)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, server_header=False,
                h11_max_incomplete_event_size=64 * 1024, timeout_keep_alive=5)
    return 0
