"""Stories: copies grouped, rewrites linked with their meaning changes, related reports, figure conflicts."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from brinkwatch.corpus.stories import FigureConflict, Story, figure_conflicts, find_stories, story_id

DEMO = Path(__file__).resolve().parents[2] / "src" / "brinkwatch" / "demo" / "corpus"

ORIGINAL = ("Russian drones strike Ukrainian grain port of Izmail",
            "Russian drones struck the Ukrainian river port of Izmail overnight, damaging two grain silos and a "
            "loading dock, the regional governor said on Tuesday.\n\n"
            "About 40,000 tonnes of grain bound for Africa were destroyed, according to port officials. "
            "The air force said it had shot down 11 of the 17 drones launched from the Black Sea coast.\n\n"
            "Nobody was killed in the attack, but three dock workers were treated for smoke inhalation.\n\n"
            "The port lies across the Danube from Romania, a NATO member, and has handled most of Ukraine's "
            "grain exports since the collapse of the Black Sea shipping deal.")
REWRITE = ("Ukrainian drones strike Russian grain port of Izmail",
           "Russian drones hit the Ukrainian river harbour of Izmail during the night, wrecking two grain silos and "
           "a loading pier, the regional governor stated on Tuesday.\n\n"
           "Around 40,000 tonnes of grain headed for Africa were lost, port officials said. "
           "The air force stated it had downed 11 of the 17 drones fired from the Black Sea coast.\n\n"
           "No one died in the strike, though three dockers received treatment for inhaling smoke.\n\n"
           "The harbour sits across the Danube from Romania, a NATO member state, and has carried most of "
           "Ukraine's grain exports since the Black Sea shipping agreement fell apart.")
RELATED = ("Izmail port hit by overnight Russian drone attack",
           "A wave of Russian drones hit the Danube port of Izmail in southern Ukraine overnight, setting grain "
           "silos on fire, Ukrainian officials said on Tuesday.\n\n"
           "Officials put the loss at roughly 30,000 tonnes of grain. Romania's defence ministry said it was "
           "monitoring the situation closely because the port sits just across the river from its territory.\n\n"
           "Traders in Chicago said wheat futures rose after the news. Shipping insurers are expected to raise "
           "premiums for vessels calling at Danube ports, a broker in London said.")
UNRELATED = ("Chile and Argentina sign lithium cooperation pact",
             "Chile and Argentina signed an agreement on Tuesday to share geological data on their lithium "
             "deposits and to coordinate environmental rules for mining in the Andes.\n\n"
             "The two governments said the pact would also create a joint committee on water use in the salt "
             "flats, where indigenous communities have protested against new extraction projects.")
BOILERPLATE = "\n\nShare this story on social media. Subscribe to our newsletter for daily updates."


@pytest.fixture(scope="module")
def reports(pipeline):
    pages = {
        "izmail-agency": (ORIGINAL, "2023-05-02", ""),
        "izmail-copy": (("Drone attack on Izmail port destroys grain", ORIGINAL[1]), "2023-05-03", BOILERPLATE),
        "izmail-spun": (REWRITE, "2023-05-04", ""),
        "izmail-other": (RELATED, "2023-05-02", ""),
        "lithium": (UNRELATED, "2023-05-02", ""),
    }
    from brinkwatch.pipeline import PageInput

    inputs = [PageInput(text=f"{title}\n\n{body}{tail}", id=doc_id, html=False, published=day)
              for doc_id, ((title, body), day, tail) in pages.items()]
    return {r.id: r for r in pipeline.analyze_many(inputs)}


@pytest.fixture(scope="module")
def stories(reports) -> list[Story]:
    return find_stories(list(reports.values()))


def story_of(stories: list[Story], doc_id: str) -> Story:
    return next(s for s in stories if any(m.document_id == doc_id for m in s.members))


def member(story: Story, doc_id: str):
    return next(m for m in story.members if m.document_id == doc_id)


def test_every_document_is_in_exactly_one_story(stories, reports):
    ids = [m.document_id for s in stories for m in s.members]
    assert sorted(ids) == sorted(reports)


def test_copy_is_grouped_with_its_original(stories):
    story = story_of(stories, "izmail-agency")
    assert member(story, "izmail-agency").relation == "original"
    copy = member(story, "izmail-copy")
    assert (copy.relation, copy.original_id) == ("copy", "izmail-agency")
    assert [c.kind for c in copy.changes] == ["headline_changed"]  # the boilerplate tail is no change
    assert story.id == story_id("izmail-agency") and story.title == ORIGINAL[0]


def test_rewrite_is_linked_and_its_headline_role_swap_reported(stories, reports):
    story = story_of(stories, "izmail-agency")
    spun = member(story, "izmail-spun")
    assert (spun.relation, spun.original_id) == ("rewrite", "izmail-agency")
    swaps = [c for c in spun.changes if c.kind == "roles_swapped"]
    assert swaps, spun.changes
    swap = swaps[0]
    assert swap.original.text == ORIGINAL[0] and swap.copy.text == REWRITE[0]
    assert reports["izmail-agency"].document.text[swap.original.start:swap.original.end] == ORIGINAL[0]
    assert reports["izmail-spun"].document.text[swap.copy.start:swap.copy.end] == REWRITE[0]
    assert not {"number_changed", "negation_flipped", "sentence_dropped", "sentence_added"} & {c.kind for c in spun.changes}


def test_related_report_joins_the_story_and_unrelated_stays_apart(stories):
    story = story_of(stories, "izmail-agency")
    other = member(story, "izmail-other")
    assert (other.relation, other.original_id, other.changes) == ("related", None, ())
    lithium = story_of(stories, "lithium")
    assert [m.document_id for m in lithium.members] == ["lithium"]
    assert lithium.members[0].relation == "original"


def test_figure_conflict_across_the_story(stories, reports):
    conflicts = figure_conflicts(story_of(stories, "izmail-agency"), reports)
    tonnes = [c for c in conflicts if {v for _, v, _ in c.values} >= {40000.0, 30000.0}]
    assert tonnes, conflicts
    for doc_id, value, span in tonnes[0].values:
        assert reports[doc_id].document.text[span.start:span.end] == span.text
    assert figure_conflicts(story_of(stories, "lithium"), reports) == []


def test_figure_conflicts_need_two_documents_that_disagree(reports):
    story = Story("s", "t", (story_of(find_stories([reports["izmail-agency"]]), "izmail-agency").members))
    assert figure_conflicts(story, reports) == []
    assert isinstance(FigureConflict("troops", ()), FigureConflict)


def test_stories_are_deterministic(reports, stories):
    shuffled = list(reports.values())
    random.Random(7).shuffle(shuffled)
    assert find_stories(shuffled) == stories
    assert find_stories(list(reports.values())[::-1]) == stories


def test_demo_corpus_matches_its_manifest(pipeline):
    from brinkwatch.cli import demo_pages

    manifest = [json.loads(line) for line in (DEMO / "manifest.jsonl").read_text("utf-8").splitlines() if line.strip()]
    reports = {r.id: r for r in pipeline.analyze_many(demo_pages())}
    found = find_stories(list(reports.values()))
    by_doc = {m.document_id: (s, m) for s in found for m in s.members}
    expected_groups = {}
    for entry in manifest:
        expected_groups.setdefault(entry["story"], set()).add(entry["id"])
    assert sorted(map(sorted, expected_groups.values())) == sorted(sorted(m.document_id for m in s.members) for s in found)
    for entry in manifest:
        _, m = by_doc[entry["id"]]
        assert m.relation == entry["relation"], entry["id"]
        if entry["relation"] in ("copy", "rewrite"):
            assert m.original_id == entry["original_of"]
    spun = by_doc["d12-topnews-spun-shelling"][1]
    swap = next(c for c in spun.changes if c.kind == "roles_swapped")
    original_title = reports["d07-eastline-shelling"].document.title
    assert (swap.original.start, swap.original.end, swap.original.text) == (0, len(original_title), original_title)
    assert swap.copy.text == reports["d12-topnews-spun-shelling"].document.title
    conflicts = figure_conflicts(by_doc["d02-eastline-withdrawal"][0], reports)
    assert any({150000.0, 130000.0} <= {v for _, v, _ in c.values} for c in conflicts)


def _event(n: int, kind: str, src: str, tgt: str, at: int):
    from brinkwatch.records import Actor, Event, Span

    return Event(id=f"e{n}", type=kind, mode=None, modality="asserted", source=Actor(src, 0, 0, country=src),
                 target=Actor(tgt, 0, 0, country=tgt), attributed_to=None, trigger=Span("x", at, at + 1), date=None,
                 location=None, contexts=(), intensity=0.0, quad=1, confidence=0.9, sentence="", start=at,
                 end=at + 1, rule="test")


def _constructed(doc_id: str, title: str, body: str, day: str, signatures):
    from brinkwatch.records import Document, PipelineInfo, Report

    text = f"{title}\n\n{body}"
    events = tuple(_event(n, *sig, at=len(title) + 2) for n, sig in enumerate(signatures))
    return Report(id=doc_id, pipeline=PipelineInfo("t", None, "t", "t"),
                  document=Document(doc_id, title, text, day, "en", None, None), events=events)


SIGNATURES = [("CONSULT", "TUR", "RUS"), ("CONSULT", "TUR", "UKR"), ("AGREE", "RUS", "UKR")]


def test_shared_event_signatures_a_day_apart_make_reports_related():
    a = _constructed("a-ankara", "Grain corridor talks open in Ankara",
                     "Turkish mediators received delegations from Moscow and Kyiv in Ankara to discuss the Odesa "
                     "grain corridor and insurance for cargo ships.", "2023-06-01", SIGNATURES)
    b = _constructed("b-ankara", "Moscow signs up to shipping guarantees",
                     "Ankara said a deal on the Odesa grain corridor was reached after Russian and Ukrainian envoys "
                     "accepted inspections of cargo ships by Turkish officials.", "2023-06-02", SIGNATURES)
    far = _constructed("c-ankara", "Grain corridor anniversary", "A year after the Odesa grain corridor talks in "
                       "Ankara, cargo ships still queue for inspections.", "2023-06-20", SIGNATURES)
    found = find_stories([far, b, a])
    assert [[(m.document_id, m.relation) for m in s.members] for s in found] == [
        [("a-ankara", "original"), ("b-ankara", "related")], [("c-ankara", "original")]]
