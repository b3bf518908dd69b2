"""From one report (its ``to_dict`` form) to the rows of the per-document tables (pure functions)."""
from __future__ import annotations

import hashlib
import json
import re
from typing import Any

_WORDS = re.compile(r"\w+")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def content_key(text: str) -> str:
    """The same quote in other words of punctuation and case: a hash of its lower-cased words."""
    return sha256(" ".join(_WORDS.findall(text.lower())))[:16]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


def _day(value: str | None) -> str | None:
    """A DATE for the column: a year or month alone ("2014", "2022-01") is stored as its first day; the
    event's record keeps the precision the text gave."""
    m = _PARTIAL_DATE.match(value) if value else None
    return f"{m.group(1)}-{m.group(2) or '01'}-01" if m else value


def _actor(d: dict | None, prefix: str) -> dict:
    d = d or {}
    return {f"{prefix}_name": d.get("name"), f"{prefix}_country": d.get("country"), f"{prefix}_sector": d.get("sector")}


def document_row(report: dict, *, seq: int, input_hash: str, origin: str, now) -> dict:
    doc = report["document"]
    return {
        "id": report["id"], "seq": seq, "input_hash": input_hash, "text_hash": sha256(doc["text"]),
        "title": doc.get("title"), "published": doc.get("published"), "language": doc.get("language"),
        "url": doc.get("url"), "outlet": doc.get("outlet"), "origin": origin, "n_chars": len(doc["text"]),
        "ingested_at": now, "report": _dumps(report),
    }


def event_rows(report: dict) -> list[dict]:
    published = report["document"].get("published")
    rows = []
    for idx, e in enumerate(report.get("events", ())):
        rows.append({
            "document_id": report["id"], "idx": idx, "event_id": e["id"], "type": e["type"], "mode": e.get("mode"),
            "modality": e["modality"], **_actor(e.get("source"), "source"), **_actor(e.get("target"), "target"),
            "date": _day(e.get("date")) or published, "intensity": float(e["intensity"]), "quad": int(e["quad"]),
            "confidence": float(e["confidence"]), "sentence": e["sentence"], "start_char": e["start"],
            "end_char": e["end"], "rule": e["rule"], "record": _dumps(e),
        })
    return rows


def quote_rows(report: dict) -> list[dict]:
    rows = []
    for idx, q in enumerate(report.get("quotes", ())):
        speaker = q.get("speaker") or {}
        rows.append({
            "document_id": report["id"], "idx": idx, "speaker_text": speaker.get("text"),
            **_actor(q.get("speaker"), "speaker"), "cue": (q.get("cue") or {}).get("text"),
            "content": q["content"], "content_key": content_key(q["content"]), "direct": bool(q["direct"]),
            "confidence": float(q["confidence"]), "start_char": q["start"], "end_char": q["end"],
            "rule": q["rule"], "record": _dumps(q),
        })
    return rows


def quantity_rows(report: dict) -> list[dict]:
    rows = []
    for idx, q in enumerate(report.get("quantities", ())):
        claimant = q.get("claimed_by") or {}
        rows.append({
            "document_id": report["id"], "idx": idx, "value": float(q["value"]), "unit": q["unit"],
            "text": q["text"], "start_char": q["start"], "end_char": q["end"],
            "claimed_by_name": claimant.get("name"), "claimed_by_country": claimant.get("country"), "rule": q["rule"],
        })
    return rows


def actor_rows(report: dict) -> list[dict]:
    rows = []
    roles = [("events", ("source", "target", "attributed_to")), ("quotes", ("speaker",)),
             ("quantities", ("claimed_by",))]
    for key, names in roles:
        for idx, record in enumerate(report.get(key, ())):
            for role in names:
                a = record.get(role)
                if a:
                    rows.append({"document_id": report["id"], "role": role, "record_idx": idx, "text": a["text"],
                                 "start_char": a["start"], "end_char": a["end"], "name": a.get("name"),
                                 "country": a.get("country"), "sector": a.get("sector")})
    return rows


def flag_rows(report: dict) -> list[dict]:
    rows = []
    for f in report.get("flags", ()):
        evidence = list(f.get("evidence", ()))
        first = evidence[0] if evidence else {}
        rows.append({"document_id": report["id"], "origin": "report", "kind": f["kind"], "message": f["message"],
                     "rule": f["rule"], "start_char": first.get("start"), "end_char": first.get("end"),
                     "evidence": _dumps(evidence)})
    for r in report["document"].get("removed", ()):
        rows.append({"document_id": report["id"], "origin": "removed", "kind": r["kind"],
                     "message": f"removed {r['kind'].replace('_', ' ')}: {r['text'][:80]}", "rule": r.get("rule", ""),
                     "start_char": r["start"], "end_char": r["end"],
                     "evidence": _dumps([{"text": r["text"], "start": r["start"], "end": r["end"]}])})
    return rows


PER_DOCUMENT = {
    "document_events": event_rows, "quotes": quote_rows, "quantities": quantity_rows,
    "actors": actor_rows, "flags": flag_rows,
}
