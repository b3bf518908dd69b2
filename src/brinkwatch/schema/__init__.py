"""The JSON Schema of ``brinkwatch.report/1`` and a validator for it."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def report_schema() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("report.schema.json").read_text("utf-8"))


def validation_errors(report: dict[str, Any]) -> list[str]:
    """Schema violations of a report dict, plus offsets that do not point at their text."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(report_schema())
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(report)]
    return errors + offset_errors(report)


def offset_errors(report: dict[str, Any]) -> list[str]:
    """Every span's ``text`` must equal ``document.text[start:end]``."""
    text = report["document"]["text"]
    errors: list[str] = []

    def check(where: str, span: Any, key: str = "text") -> None:
        if not isinstance(span, dict) or "start" not in span:
            return
        if text[span["start"]:span["end"]] != span[key]:
            errors.append(f"{where}: offsets {span['start']}:{span['end']} do not point at {span[key]!r}")

    for i, ev in enumerate(report.get("events", [])):
        check(f"events/{i}", ev, "sentence")
        check(f"events/{i}/trigger", ev.get("trigger"))
        for role in ("source", "target", "attributed_to", "location"):
            check(f"events/{i}/{role}", ev.get(role))
    for i, q in enumerate(report.get("quotes", [])):
        check(f"quotes/{i}", q, "content")
        check(f"quotes/{i}/speaker", q.get("speaker"))
        check(f"quotes/{i}/cue", q.get("cue"))
    for i, q in enumerate(report.get("quantities", [])):
        check(f"quantities/{i}", q)
        check(f"quantities/{i}/claimed_by", q.get("claimed_by"))
    for i, f in enumerate(report.get("flags", [])):
        for j, ev in enumerate(f.get("evidence", [])):
            check(f"flags/{i}/evidence/{j}", ev)
    return errors
