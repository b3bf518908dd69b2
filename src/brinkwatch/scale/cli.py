"""The command-line side of scale-out: ``ingest --engine ray`` and ``load``."""
from __future__ import annotations

import json
import sys

from ..errors import E, BrinkwatchError


def run_ray_ingest(args) -> int:
    if not args.paths:
        raise BrinkwatchError(E.BAD_QUERY, reason="--engine ray needs PATH... to read")
    if not args.out:
        raise BrinkwatchError(E.BAD_QUERY, reason="--engine ray writes Parquet: give --out DIR (then 'brinkwatch load DIR')")
    if args.concurrency < 1 or args.batch_size < 1:
        raise BrinkwatchError(E.BAD_QUERY, reason="--concurrency and --batch-size must be at least 1")
    try:
        from .ray_engine import run
    except ImportError:
        raise BrinkwatchError(E.BAD_QUERY, reason="Ray is not installed: pip install 'brinkwatch[ray]'") from None
    summary = run(args.paths, args.out, address=args.address, concurrency=args.concurrency,
                  batch_size=min(args.batch_size, 64), model=args.model)
    if args.format == "json":
        print(json.dumps(summary.to_dict(), indent=2))
    else:
        print(f"{summary.documents} analysed, {summary.skipped} skipped (duplicates), {summary.failed} failed "
              f"in {summary.seconds:.1f}s by {len(summary.workers)} actor(s); wrote {summary.out}")
        print(f"next: brinkwatch load {summary.out} --db {args.db}")
    return 0


def run_load(args) -> int:
    from .load import load_dataset

    summary = load_dataset(args.dir, args.db)
    if args.format == "json":
        print(json.dumps(summary.to_dict(), indent=2))
    else:
        print(f"{summary.added} added, {summary.skipped} skipped (already present), {summary.failed} failed; "
              f"{args.db}: {summary.documents} documents, {summary.stories} stories, {summary.events} events")
    return 0
