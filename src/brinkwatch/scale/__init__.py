"""Scale-out: the same per-document pipeline on a Ray cluster, writing Parquet datasets.

Per-document work (cleaning, parsing, events, quotes) runs in Ray actors; corpus-wide work (stories, event
merging, timelines) runs afterwards over the Parquet output in the DuckDB store (``brinkwatch load``).
"""
from .load import load_dataset
from .rows import TABLES

__all__ = ["load_dataset", "run_ray", "TABLES"]


def run_ray(*args, **kwargs):
    """``ray_engine.run`` (imported lazily: Ray is an optional extra)."""
    from .ray_engine import run

    return run(*args, **kwargs)
