"""Measure actor resolution on the public benchmarks (read from ``../shared/benchmarks``; never shipped).

``python -m brinkwatch.actors.evaluate gsr``: country and sector of the actors marked in the PLOVER GSR
(CAMEO manual examples; CAMEO's few non-ISO codes mapped).
``python -m brinkwatch.actors.evaluate ggt [first|second|all]``: is a quote's speaker named like the gold
``reference`` of the Gender Gap Tracker set (pronouns, single words such as surnames, longer spans)?
"""
from __future__ import annotations

import argparse
import collections
import json
import unicodedata
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[4] / "shared" / "benchmarks"
GSR = BENCHMARKS / "events" / "plover" / "PLOVER_GSR_CAMEO.txt"
GGT = BENCHMARKS / "quotes" / "ggt" / "gold.jsonl"
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "KSV": "XKX"}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "REB", "CVL", "MED", "BUS", "OPP", "PTY", "SPY", "COP", "NGO", "IGO"}
PRONOUNS = {"he", "she", "they", "him", "her", "his", "it", "we", "i"}


def _resolvers(texts: list[str]):
    from ..nlp import load_nlp
    from .resolver import MentionResolver

    nlp = load_nlp()
    for doc in nlp.pipe(texts):
        yield MentionResolver(doc, published=None)


def gsr() -> dict[str, float]:
    """Country accuracy (countries only), sector accuracy (where the gold sector is one of ours), IGO/NGO."""
    records = [r for r in json.loads(GSR.read_text(encoding="utf-8")) if r.get("text")]
    n = collections.Counter()
    for record, resolver in zip(records, _resolvers([r["text"] for r in records])):
        for actor in (a for role in ("source", "target") for a in record.get(role) or [] if isinstance(a, dict)):
            start = record["text"].find(actor.get("actorText") or "\0")
            if start < 0:
                continue
            got = resolver.actor_at(start, start + len(actor["actorText"]))
            code = CAMEO_TO_ISO.get(actor.get("code"), actor.get("code"))
            if code in ("IGO", "NGO"):
                n["bodies"] += 1
                n["bodies_ok"] += got.sector == code
                continue
            sector = (actor.get("sector") or "")[:3] or None
            n["actors"] += 1
            n["country_ok"] += got.country == code
            n["country_none"] += got.country is None
            if sector is None or sector in SECTORS:
                n["sectors"] += 1
                n["sector_ok"] += got.sector == sector
    return {"actors": n["actors"], "country_acc": n["country_ok"] / n["actors"],
            "country_unresolved": n["country_none"] / n["actors"], "sector_acc": n["sector_ok"] / n["sectors"],
            "bodies": n["bodies"], "bodies_acc": n["bodies_ok"] / n["bodies"]}


def _key(name: str | None) -> str:
    return unicodedata.normalize("NFKD", name or "").lower().replace(".", "").replace("-", " ").strip()


def ggt(part: str = "all") -> dict[str, float]:
    """Share of gold speakers whose resolved name equals the gold reference, by kind of speaker span."""
    articles = [json.loads(line) for line in GGT.read_text(encoding="utf-8").splitlines() if line.strip()]
    half = len(articles) // 2
    articles = {"first": articles[:half], "second": articles[half:]}.get(part, articles)
    n = collections.Counter()
    for article, resolver in zip(articles, _resolvers([a["text_offsets"] for a in articles])):
        for quote in article["quotes"]:
            span, reference = quote.get("speaker_span"), quote.get("reference")
            if not span or not reference or span[0] >= span[1] or not quote.get("offsets_ok", True):
                continue
            text = article["text_offsets"][span[0]:span[1]]
            kind = "pronoun" if text.lower() in PRONOUNS else "single" if len(text.split()) == 1 else "multi"
            n[kind] += 1
            n[kind + "_ok"] += _key(resolver.actor_at(*span).name) == _key(reference)
    return {f"{kind}_acc": n[kind + "_ok"] / n[kind] for kind in ("pronoun", "single", "multi") if n[kind]} | {
        kind: n[kind] for kind in ("pronoun", "single", "multi")}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("benchmark", choices=("gsr", "ggt"))
    parser.add_argument("part", nargs="?", default="all", choices=("first", "second", "all"))
    args = parser.parse_args(argv)
    if not BENCHMARKS.exists():
        raise SystemExit(f"benchmarks not found at {BENCHMARKS}")
    result = gsr() if args.benchmark == "gsr" else ggt(args.part)
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}))


if __name__ == "__main__":  # pragma: no cover
    main()
