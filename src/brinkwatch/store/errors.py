"""Coded errors of the store (to be merged into ``brinkwatch.errors.E`` by the lead)."""
from __future__ import annotations


class SE:
    STORE_IN_USE = ("E020", "the store {path} is in use by another brinkwatch process{pid}; wait for it to finish")
    STORE_CORRUPT = ("E021", "{path} is not a readable brinkwatch store ({reason}); it was left untouched")
    NO_STORE = ("E022", "no store at {path}: run 'brinkwatch ingest PATH... --db {path}' first")
    STORE_TOO_NEW = ("E023", "the store {path} has schema version {found}; this brinkwatch reads up to {supported}")
    STORE_OLD = ("E024", "the store {path} has schema version {found} (current {supported}); "
                         "run 'brinkwatch ingest --db {path}' to upgrade it")
    BAD_QUERY = ("E025", "{reason}")
    ID_CLASH = ("E026", "{reason}")
