"""Export the merged events table with POLECAT-compatible columns, our provenance and the nearest CAMEO code."""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .. import __version__

DATA = Path(__file__).parent / "data" / "plover_cameo.tsv"
FORMATS = ("parquet", "csv", "jsonl")
COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor Sector", "Actor Name Raw",
    "Recipient Name", "Recipient Country", "Recipient Sector", "Recipient Name Raw",
    "Placename", "Country", "Lat", "Lon", "Story ID", "Publication Date", "Source", "Language", "Version",
    "CAMEO Code", "Modality", "Confidence", "Rule", "Document ID", "Sentence", "Sentence Start", "Sentence End",
    "Trigger", "Reports", "Outlets", "Documents", "Changed Facts",
)


@lru_cache(maxsize=1)
def cameo_table() -> dict[tuple[str, str], str]:
    out = {}
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("type\t") or not line.strip():
                continue
            type_, mode, code = line.rstrip("\n").split("\t")
            out[(type_, mode)] = code
    return out


def nearest_cameo(type_: str, mode: str | None) -> str | None:
    table = cameo_table()
    return table.get((type_.upper(), (mode or "").lower())) or table.get((type_.upper(), ""))


def export_row(event: dict) -> dict:
    """One POLECAT-style row from an event record of ``Corpus.event_records``."""
    src, tgt, loc = event.get("source") or {}, event.get("target") or {}, event.get("location") or {}
    first = event["mentions"][0] if event["mentions"] else {}
    values = (
        event["id"], event.get("date"), event["type"], event.get("mode"), event["intensity"], event["quad"],
        ";".join(event.get("contexts", ())), src.get("name"), src.get("country"), src.get("sector"), src.get("text"),
        tgt.get("name"), tgt.get("country"), tgt.get("sector"), tgt.get("text"), loc.get("text"),
        loc.get("country"), loc.get("lat"), loc.get("lon"), event.get("story"), event.get("published"),
        first.get("outlet"), "en", f"brinkwatch {__version__}", nearest_cameo(event["type"], event.get("mode")),
        event["modality"], event["confidence"], event["rule"], first.get("document"), event["sentence"],
        event["start"], event["end"], event["trigger"]["text"], event["reports"], ";".join(event["outlets"]),
        ";".join(event["documents"]), event.get("changed_facts"),
    )
    return dict(zip(COLUMNS, values))


def write(rows: Sequence[dict], fmt: str, out: str | Path) -> int:
    out = Path(out)
    if fmt == "jsonl":
        with out.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with out.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(c, _arrow_type(c)) for c in COLUMNS])
        pq.write_table(pa.Table.from_pylist(list(rows), schema=schema), out)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return len(rows)


def _arrow_type(column: str):
    import pyarrow as pa

    if column in ("Intensity", "Lat", "Lon", "Confidence"):
        return pa.float64()
    if column in ("Quad Code", "Sentence Start", "Sentence End", "Reports"):
        return pa.int64()
    if column == "Changed Facts":
        return pa.bool_()
    return pa.string()
