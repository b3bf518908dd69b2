"""The corpus store: one embedded DuckDB file with a versioned schema (docs/store.md).

``open_store(path)`` gives a checked read-only connection; ``StoreWriter`` is the only writer.
"""
from .connection import DEFAULT_PATH, SCHEMA_VERSION, open_store, schema_version
from .writer import Added, CorpusRows, Failed, StoreWriter

__all__ = ["DEFAULT_PATH", "SCHEMA_VERSION", "open_store", "schema_version", "StoreWriter", "Added", "Failed",
           "CorpusRows"]
