"""Merging event reports across documents (pure functions over hand-made rows)."""
from __future__ import annotations

import datetime as dt
import json

from brinkwatch.corpus.merge import DocInfo, cluster, merge_events


def row(doc, idx=0, *, type_="CONSULT", src=("Russia", "RUS"), tgt=("Ukraine", "UKR"), modality="asserted",
        date="2022-02-14", start=0, end=30):
    return {"document_id": doc, "idx": idx, "event_id": f"e{idx}", "type": type_, "mode": None,
            "modality": modality, "source_name": src[0], "source_country": src[1], "target_name": tgt[0],
            "target_country": tgt[1], "date": dt.date.fromisoformat(date) if date else None, "intensity": 1.0,
            "quad": 1, "sentence": "s", "start_char": start, "end_char": end, "record": json.dumps({"id": "x"})}


def info(doc, outlet, published="2022-02-14", story=None, relation="original", original=None, changes=()):
    return DocInfo(doc, outlet, dt.date.fromisoformat(published), story, relation, original, tuple(changes))


def test_three_outlets_one_event():
    docs = {d: info(d, o) for d, o in (("a", "A"), ("b", "B"), ("c", "C"))}
    events, reports, flags = merge_events([row("a"), row("b", date="2022-02-15"), row("c")], docs)
    assert len(events) == 1 and events[0]["reports"] == 3
    assert events[0]["outlets"] == ["A", "B", "C"] and len(reports) == 3 and flags == []


def test_different_modality_role_or_distant_day_do_not_merge():
    docs = {d: info(d, d) for d in "abcd"}
    rows = [row("a"), row("b", modality="negated"), row("c", src=("Ukraine", "UKR"), tgt=("Russia", "RUS")),
            row("d", date="2022-02-20")]
    assert len(cluster(rows, docs)) == 4


def test_same_story_merges_across_days():
    docs = {"a": info("a", "A", story="s"), "b": info("b", "B", "2022-02-20", story="s")}
    assert len(cluster([row("a"), row("b", date="2022-02-20")], docs)) == 1


def test_a_rewrite_that_swapped_roles_stays_apart_and_is_flagged():
    change = {"kind": "roles_swapped", "original": {"text": "R shelled U", "start": 0, "end": 11},
              "copy": {"text": "U shelled R", "start": 5, "end": 16}}
    docs = {"a": info("a", "A", story="s"),
            "b": info("b", "B", story="s", relation="rewrite", original="a", changes=[change])}
    events, _, flags = merge_events([row("a"), row("b", start=0, end=30)], docs)
    assert len(events) == 2
    assert [e["changed_facts"] for e in events] == [False, True]
    assert flags[0]["document_id"] == "b" and flags[0]["kind"] == "changed_facts"


def test_merge_is_independent_of_input_order():
    docs = {d: info(d, d.upper()) for d in "abcdef"}
    rows = [row(d, date=f"2022-02-{14 + i // 2}") for i, d in enumerate("abcdef")] + [row("a", 1, type_="ASSAULT")]
    first = merge_events(rows, docs)
    assert merge_events(list(reversed(rows)), docs) == first


def test_unknown_actors_merge_only_within_a_story():
    docs = {"a": info("a", "A", story="s1"), "b": info("b", "B", story="s2"), "c": info("c", "C", story="s1")}
    rows = [row(d, src=(None, None)) for d in "abc"]
    groups = cluster(rows, docs)
    assert sorted(sorted(r["document_id"] for r in g) for g in groups) == [["a", "c"], ["b"]]
