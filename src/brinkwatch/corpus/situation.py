"""The situation report of a corpus: top dyads and their trend, key events, who said what, copies and rewrites."""
from __future__ import annotations

from collections import Counter

from .api import Corpus

SPARK = " ▁▂▃▄▅▆▇█"


def _label(name: str | None, country: str | None) -> str | None:
    return country or name


def _spark(values: list[int]) -> str:
    top = max(values) if values else 0
    return "".join(SPARK[round(v / top * (len(SPARK) - 1))] if top else SPARK[0] for v in values)


def _trend(rows: list[dict]) -> str:
    scored = [r for r in rows if r["escalation"]["score"] is not None]
    if any(r["escalation"]["marked"] for r in rows[-2:]):
        return "escalating"
    if len(scored) < 2:
        return "too little coverage for a trend"
    half = len(scored) // 2
    before = sum(r["escalation"]["score"] for r in scored[:half]) / half
    after = sum(r["escalation"]["score"] for r in scored[half:]) / (len(scored) - half)
    if after > before + 0.5:
        return f"rising (conflict per article {before:.1f} -> {after:.1f})"
    if after < before - 0.5:
        return f"easing (conflict per article {before:.1f} -> {after:.1f})"
    return f"steady (conflict per article about {after:.1f})"


def situation(corpus: Corpus, *, dyads: int = 5, events: int = 8, quotes: int = 8) -> dict:
    records = corpus.event_records()
    documents = corpus.documents().to_dict("records")
    pairs: Counter = Counter()
    for e in records:
        a = _label(*(((e.get("source") or {}).get(k)) for k in ("name", "country")))
        b = _label(*(((e.get("target") or {}).get(k)) for k in ("name", "country")))
        if a and b and a != b and e["modality"] == "asserted":
            pairs[tuple(sorted((a, b)))] += e["reports"]
    top_dyads = []
    for (a, b), n in pairs.most_common(dyads):
        rows = corpus.timeline_records(a, b, "day")
        top_dyads.append({"a": a, "b": b, "reports": n, "events": sum(r["events"] for r in rows),
                          "periods": [r["period"] for r in rows], "per_day": [r["events"] for r in rows],
                          "trend": _trend(rows),
                          "escalations": [r["period"] for r in rows if r["escalation"]["marked"]]})
    key = sorted((e for e in records if e["modality"] in ("asserted", "negated")),
                 key=lambda e: (-e["reports"], -abs(e["intensity"]), e["date"] or "", e["id"]))[:events]
    said = sorted(corpus.quote_records(), key=lambda q: (-q["reports"], not q["direct"], -q["confidence"]))
    said = [q for q in said if q.get("speaker")][:quotes]
    copies = []
    for story in corpus.story_records():
        for d in story["documents"]:
            if d["relation"] in ("copy", "rewrite"):
                copies.append({"story": story["id"], **d})
    conflicts = [{"story": s["id"], "title": s["title"], **c} for s in corpus.story_records()
                 for c in s["figure_conflicts"]]
    all_flags = corpus.flags()
    flags = [f for f in all_flags if f["kind"] in ("changed_facts",) or "contradict" in f["kind"]]
    foreign = sorted({f["document_id"] for f in all_flags if f["kind"] == "other_language"})
    dates = sorted(d["published"] for d in documents if d["published"])
    return {
        "documents": len(documents), "outlets": len({d["outlet"] for d in documents if d["outlet"]}),
        "from": dates[0] if dates else None, "to": dates[-1] if dates else None,
        "stories": len(corpus.story_records()), "events": len(records),
        "dyads": top_dyads, "key_events": key, "quotes": said, "copies": copies, "figure_conflicts": conflicts,
        "flags": flags, "foreign_boilerplate": foreign,
    }


def _actor(a: dict | None) -> str:
    """The actor's canonical name, else its words with the country they were resolved to."""
    if not a:
        return "?"
    if a.get("name"):
        return a["name"]
    text = a.get("text") or "?"
    return f"{text} ({a['country']})" if a.get("country") else text


def render(s: dict) -> str:
    out = [f"SITUATION REPORT  {s['documents']} documents from {s['outlets']} outlets, {s['from']} to {s['to']}; "
           f"{s['stories']} stories, {s['events']} events", ""]
    out.append("Top dyads (reports of asserted events; events per day; trend of conflict intensity per article)")
    for d in s["dyads"]:
        marks = f"; escalation on {', '.join(d['escalations'])}" if d["escalations"] else ""
        out.append(f"  {d['a']} <-> {d['b']:6} {d['reports']:3} reports  {_spark(d['per_day'])}  "
                   f"{d['periods'][0]}..{d['periods'][-1]}  {d['trend']}{marks}")
    out += ["", "Key events (most reported first)"]
    for e in s["key_events"]:
        neg = " (denied/negated)" if e["modality"] == "negated" else ""
        out.append(f"  {e['date'] or '':10} {e['type']:9} {_actor(e['source'])} -> {_actor(e['target'])}{neg}: "
                   f"{e['reports']} report(s) [{', '.join(e['outlets'])}]")
        out.append(f"             \"{' '.join(e['sentence'].split())[:110]}\"")
    out += ["", "Who said what"]
    for q in s["quotes"]:
        content = " ".join(q["content"].split())
        out.append(f"  {_actor(q['speaker'])}: \"{content[:100]}{'…' if len(content) > 100 else ''}\" "
                   f"({q['reports']} report(s): {', '.join(q['outlets'])})")
    out += ["", "Copies and rewrites"]
    if not s["copies"]:
        out.append("  none found")
    for c in s["copies"]:
        out.append(f"  {c['id']} ({c['outlet']}, {c['published']}) is a {c['relation']} of {c['original']}")
        kinds = Counter(ch["kind"] for ch in c["changes"])
        if kinds:
            out.append("    changes: " + ", ".join(f"{k} x{n}" for k, n in sorted(kinds.items())))
        for ch in [ch for ch in c["changes"] if ch["kind"] not in ("sentence_added", "sentence_dropped")][:4]:
            out.append(f"    {ch['kind']}: \"{ch['original']['text'][:80]}\" -> \"{ch['copy']['text'][:80]}\"")
    if s["figure_conflicts"]:
        out += ["", "Figures that disagree within a story"]
        for c in s["figure_conflicts"]:
            values = "; ".join(f"{v['text']} ({v['outlet']})" for v in c["values"])
            out.append(f"  {c['title'] or c['story']}: {c['unit']}: {values}")
    if s["flags"] or s["foreign_boilerplate"]:
        out += ["", "Flags"]
        for f in s["flags"]:
            out.append(f"  {f['document_id']}: {f['kind']}: {f['message'][:140]}")
        if s["foreign_boilerplate"]:
            out.append(f"  foreign-language boilerplate removed from: {', '.join(s['foreign_boilerplate'])}")
    return "\n".join(out) + "\n"
