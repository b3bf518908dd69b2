"""Evaluate brinkwatch's quote finder end to end on the public quote benchmarks.

    python benchmarks/eval_quotes.py                   # GGT (5 folds) + PolNeAR dev
    python benchmarks/eval_quotes.py --split test      # PolNeAR test (report only)
    python benchmarks/eval_quotes.py --only ggt --limit 20

GGT (Gender Gap Tracker gold, ``ggt/gold.jsonl``): every article's ``text_offsets`` is analysed verbatim
(title=None, so offsets compare directly).  A gold quote is *found* when one predicted quote covers at least
0.3 (and, reported too, 0.8) of its characters; a predicted quote is *correct* when it covers that share of
some gold quote.  Gold spans are compared without the quote marks, spaces and the clause comma at their edges
(our quotes never include the marks).  Speaker: a found quote's predicted speaker span overlaps the gold
speaker span, or the resolved name (or the speaker text) names the gold ``reference`` (equal, or the words
of one, pronouns and articles aside, are all words of the other: 'Horvat' ~ 'Bo Horvat').  Verb: the predicted
cue overlaps the gold verb span (quotes with a gold verb only).  Folds: articles split in 5 by id.  GGT
annotates speech only, so the finder's attributions of belief, stance and intention (rules
``quote.attribution.*``) are left out of its scoring. Partial quotes (``quote.partial``: the quoted words inside
a reported clause, beside the record that reports them) are left out of both benchmarks' scoring.

PolNeAR (``polnear/{train,dev,test}.jsonl``): per component (source = speaker, cue, content) exact-span
P/R/F1 and word-overlap P/R/F1 (word positions covered by predicted vs gold components of the document).
A component is its set of spans, each trimmed of spaces, quote marks and . , ; : at its edges; our quotes
that share one cue ('"A," he said, "B."') form one attribution whose content has two spans, as in PolNeAR,
and so does a cue-less quote that goes on from the quote before it in its paragraph ('"A," he said. "B."').

Writes ``benchmarks/results/quotes.json``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "benchmarks" / "quotes"
RESULTS = ROOT / "benchmarks" / "results" / "quotes.json"
sys.path.insert(0, str(ROOT / "src"))

EDGE = set(" \t\n\r\u00a0\"'“”‘’«»„‹›,;:.")
QUOTE_EDGE = set(" \t\n\r\u00a0\"'“”‘’«»„‹›,;:")
WORD = re.compile(r"\w+")


def _analyse(nlp, text: str):
    from brinkwatch.actors import MentionResolver
    from brinkwatch.analysis import Analysis
    from brinkwatch.records import Document

    doc = nlp(text)
    document = Document(id="b", title=None, text=text, published=None, language="en", url=None, outlet=None)
    return Analysis(document, doc, None, MentionResolver(doc, published=None))


def _trim(text: str, s: int, e: int, edge=QUOTE_EDGE) -> tuple[int, int]:
    while s < e and text[s] in edge:
        s += 1
    while e > s and text[e - 1] in edge:
        e -= 1
    return s, e


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _prf(tp_p: float, n_p: int, tp_r: float, n_g: int) -> dict:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(100 * f, 1)}


# ---------------------------------------------------------------- GGT


def _norm_name(s: str | None) -> str:
    return " ".join((s or "").lower().replace(".", "").split())


def _speaker_ok(q, gold: dict) -> bool:
    if q.speaker is None:
        return False
    span = gold.get("speaker_span")
    if span and _overlap((q.speaker.start, q.speaker.end), tuple(span)) > 0:
        return True
    ref = _norm_name(gold.get("reference"))
    if not ref:
        return False
    ref_words = set(ref.split())
    for cand in (_norm_name(q.speaker.name), _norm_name(q.speaker.text)):
        words = set(cand.split()) - _PRONOUNS
        if cand == ref or words and (words <= ref_words or ref_words <= words) and len(ref_words) > 0:
            return True
    return False


_PRONOUNS = {"he", "she", "it", "they", "i", "we", "you", "his", "her", "its", "their", "the", "a", "an"}


def ggt_article(row: dict, quotes) -> dict:
    text = row["text_offsets"]
    golds = [g for g in row["quotes"] if g.get("quote_span")]
    gspans = [_trim(text, *g["quote_span"]) for g in golds]
    preds = [(q.start, q.end) for q in quotes]
    out = {"n_pred": len(preds), "n_gold": len(golds)}
    for thr in (0.3, 0.8):
        cover = [[_overlap(p, g) / max(1, g[1] - g[0]) for g in gspans] for p in preds]
        found = [max((cover[i][j], i) for i in range(len(preds))) if preds else (0, -1) for j in range(len(golds))]
        tp_r = sum(1 for c, _ in found if c >= thr)
        tp_p = sum(1 for row_c in cover if row_c and max(row_c) >= thr)
        out[f"tp_r@{thr}"], out[f"tp_p@{thr}"] = tp_r, tp_p
        if thr == 0.3:
            sp_n = sp_ok = v_n = v_ok = 0
            for j, (c, i) in enumerate(found):
                if c < thr:
                    continue
                g, q = golds[j], quotes[i]
                if g.get("speaker_span") or g.get("reference"):
                    sp_n += 1
                    sp_ok += _speaker_ok(q, g)
                if g.get("verb_span"):
                    v_n += 1
                    v_ok += q.cue is not None and _overlap((q.cue.start, q.cue.end), tuple(g["verb_span"])) > 0
            out.update(sp_n=sp_n, sp_ok=sp_ok, v_n=v_n, v_ok=v_ok)
    return out


def ggt_summary(parts: list[dict]) -> dict:
    total = {k: sum(p[k] for p in parts) for k in parts[0]} if parts else {}
    res = {}
    for thr in (0.3, 0.8):
        res[f"@{thr}"] = _prf(total.get(f"tp_p@{thr}", 0), total.get("n_pred", 0),
                               total.get(f"tp_r@{thr}", 0), total.get("n_gold", 0))
    res["speaker"] = round(100 * total.get("sp_ok", 0) / max(1, total.get("sp_n", 0)), 1)
    res["verb"] = round(100 * total.get("v_ok", 0) / max(1, total.get("v_n", 0)), 1)
    res["articles"], res["gold"], res["pred"] = len(parts), total.get("n_gold", 0), total.get("n_pred", 0)
    return res


def _fold(article_id: str, k: int = 5) -> int:
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % k


ATTRIBUTION_ONLY = "quote.attribution."
PARTIAL = "quote.partial"


def whole_quotes(quotes) -> list:
    """Quotes as the benchmarks annotate them: a partial quote (rule ``quote.partial``, the quoted words inside a
    reported clause) repeats part of the record that reports it, so it is left out."""
    return [q for q in quotes if q.rule != PARTIAL]


def speech_quotes(quotes) -> list:
    """What GGT calls quotes: speech.  Beliefs, stances, intentions and transcript lines (rules
    ``quote.attribution.*``) are attributions that GGT does not annotate; PolNeAR does."""
    return [q for q in whole_quotes(quotes) if not q.rule.startswith(ATTRIBUTION_ONLY)]


def run_ggt(nlp, find_quotes, limit: int | None) -> dict:
    rows = _read_jsonl(DATA / "ggt" / "gold.jsonl")[:limit]
    parts, folds = [], {}
    for row in rows:
        quotes = speech_quotes(find_quotes(_analyse(nlp, row["text_offsets"])))
        part = ggt_article(row, quotes)
        parts.append(part)
        folds.setdefault(_fold(row["id"]), []).append(part)
    res = ggt_summary(parts)
    res["folds"] = {str(k): ggt_summary(v) for k, v in sorted(folds.items())}
    return res


# ---------------------------------------------------------------- PolNeAR

COMPONENTS = ("source", "cue", "content")


def _spans(text: str, spans) -> tuple[tuple[int, int], ...]:
    """A component as its sorted, trimmed spans (a content split around its cue has two)."""
    out = []
    for x in spans:
        s, e = (x["start"], x["end"]) if isinstance(x, dict) else x
        s, e = _trim(text, s, e, EDGE)
        if e > s:
            out.append((s, e))
    return tuple(sorted(set(out)))


def _words(text: str, components) -> set[int]:
    out: set[int] = set()
    for spans in components:
        for s, e in spans:
            out.update(m.start() for m in WORD.finditer(text, s, e))
    return out


def _continues(text: str, prev, q) -> bool:
    """A cue-less quote that carries on the quote before it: same speaker, same paragraph
    ('"A," she said. "B."'), which PolNeAR counts as one attribution with two content spans."""
    if prev is None or q.cue is not None or q.rule != "quote.floating" or q.speaker is None:
        return False
    a, b = prev.speaker, q.speaker
    if a is None or (a.start, a.end) != (b.start, b.end) and (a.name is None or a.name != b.name):
        return False
    return prev.end <= q.start and "\n" not in text[prev.end : q.start]


def _pred_attributions(text: str, quotes) -> list[dict]:
    """Our quotes as attributions: the parts of one quotation around one cue make one attribution,
    and so does a cue-less continuation of a quote in its paragraph."""
    groups: dict = {}
    prev, key = None, None
    for q in sorted(quotes, key=lambda q: q.start):
        if not _continues(text, prev, q):
            key = ("cue", q.cue.start) if q.cue is not None else ("quote", q.start)
        groups.setdefault(key, []).append(q)
        if not q.rule.startswith(ATTRIBUTION_ONLY):  # an attribution in the speaker's relative clause
            prev = q                                 # does not break a quotation
    out = []
    for qs in groups.values():
        att = {"content": _spans(text, [(q.start, q.end) for q in qs])}
        sp = next((q.speaker for q in qs if q.speaker is not None), None)
        if sp is not None:
            att["source"] = _spans(text, [(sp.start, sp.end)])
        if qs[0].cue is not None:
            att["cue"] = _spans(text, [(qs[0].cue.start, qs[0].cue.end)])
        out.append(att)
    return out


def polnear_article(row: dict, quotes) -> dict:
    text = row["text"]
    out = {}
    gold = {c: [g for g in (_spans(text, a.get(c) or []) for a in row["attributions"]) if g] for c in COMPONENTS}
    preds = _pred_attributions(text, quotes)
    for c in COMPONENTS:
        p = [x[c] for x in preds if x.get(c)]
        g = gold[c]
        counts: dict = {}
        for spans in g:
            counts[spans] = counts.get(spans, 0) + 1
        tp = 0
        for spans in p:
            if counts.get(spans, 0) > 0:
                counts[spans] -= 1
                tp += 1
        pw, gw = _words(text, p), _words(text, g)
        out[c] = {"tp": tp, "np": len(p), "ng": len(g), "wtp": len(pw & gw), "wp": len(pw), "wg": len(gw)}
    return out


def run_polnear(nlp, find_quotes, split: str, limit: int | None) -> dict:
    rows = _read_jsonl(DATA / "polnear" / f"{split}.jsonl")[:limit]
    total = {c: {"tp": 0, "np": 0, "ng": 0, "wtp": 0, "wp": 0, "wg": 0} for c in COMPONENTS}
    for row in rows:
        part = polnear_article(row, whole_quotes(find_quotes(_analyse(nlp, row["text"]))))
        for c in COMPONENTS:
            for k, v in part[c].items():
                total[c][k] += v
    res = {"split": split, "articles": len(rows)}
    for c in COMPONENTS:
        t = total[c]
        res[c] = {"exact": _prf(t["tp"], t["np"], t["tp"], t["ng"]),
                  "overlap": _prf(t["wtp"], t["wp"], t["wtp"], t["wg"]), "gold": t["ng"], "pred": t["np"]}
    return res


# ---------------------------------------------------------------- main


def _table(res: dict) -> str:
    lines = []
    g = res.get("ggt")
    if g:
        lines.append(f"GGT ({g['articles']} articles, {g['gold']} gold, {g['pred']} predicted)")
        lines.append(f"  {'':8} {'P':>6} {'R':>6} {'F1':>6}")
        for thr in ("@0.3", "@0.8"):
            m = g[thr]
            lines.append(f"  {thr:8} {m['p']:6.1f} {m['r']:6.1f} {m['f1']:6.1f}")
        lines.append(f"  speaker {g['speaker']:.1f}   verb {g['verb']:.1f}   (anchor: F1 83.7 / 76.1, speaker 86.5, verb 92.1)")
        folds = g["folds"]
        lines.append("  folds F1@0.3: " + " ".join(f"{k}:{v['@0.3']['f1']:.1f}" for k, v in folds.items())
                     + f"  mean {sum(v['@0.3']['f1'] for v in folds.values()) / max(1, len(folds)):.1f}")
        lines.append("  folds speaker: " + " ".join(f"{k}:{v['speaker']:.1f}" for k, v in folds.items()))
    p = res.get("polnear")
    if p:
        lines.append(f"PolNeAR {p['split']} ({p['articles']} articles)   exact P/R/F1 | word-overlap P/R/F1")
        for c in COMPONENTS:
            e, o = p[c]["exact"], p[c]["overlap"]
            lines.append(f"  {c:8} {e['p']:5.1f} {e['r']:5.1f} {e['f1']:5.1f} | {o['p']:5.1f} {o['r']:5.1f} {o['f1']:5.1f}"
                         f"   (gold {p[c]['gold']}, pred {p[c]['pred']})")
        lines.append("  (anchor CofeNet exact F1 on test: source 83.2, cue 75.3, content 72.9)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=("train", "dev", "test"), help="PolNeAR split (default dev)")
    ap.add_argument("--only", choices=("ggt", "polnear"), help="run one benchmark only")
    ap.add_argument("--limit", type=int, default=None, help="first N articles of each set")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"eval_quotes: benchmark data not found at {DATA}; nothing to evaluate", file=sys.stderr)
        return 2
    from brinkwatch.nlp import load_nlp
    from brinkwatch.quotes import find_quotes

    nlp = load_nlp()
    res: dict = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "limit": args.limit}
    t0 = time.time()
    if args.only in (None, "ggt"):
        res["ggt"] = run_ggt(nlp, find_quotes, args.limit)
    if args.only in (None, "polnear"):
        res["polnear"] = run_polnear(nlp, find_quotes, args.split, args.limit)
    res["seconds"] = round(time.time() - t0, 1)
    print(_table(res))
    print(f"({res['seconds']} s)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(_merged(args.out, res, args.split), indent=1) + "\n", encoding="utf-8")
    return 0


def _merged(path: Path, res: dict, split: str) -> dict:
    """Keep the figures of the runs before (GGT, each PolNeAR split under 'polnear_<split>')."""
    try:
        out = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        out = {}
    out.pop("polnear", None)
    for key, value in res.items():
        out[f"polnear_{split}" if key == "polnear" else key] = value
    return out


if __name__ == "__main__":
    raise SystemExit(main())
