"""The founding document: the events it reports, with roles, modality and the headline flag.

Skips when the shared seed file is absent.  Only short phrases of the seed appear here.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from .helpers import analysis, country

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_fd68e79a8582b43a.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="seed document absent")


@pytest.fixture(scope="module")
def coded():
    from brinkwatch.events import find_events

    text = SEED.read_text(encoding="utf-8")
    title, _, body = text.partition("\n\n")
    a = analysis(body, title=title, published=dt.date(2022, 2, 15))
    try:
        from brinkwatch.quotes import find_quotes

        quotes = find_quotes(a)
    except ImportError:  # pragma: no cover - the quotes stage is another component
        quotes = []
    events, flags = find_events(a, quotes)
    return a, events, flags


def _find(events, etype, src=None, tgt=None, near=None, modality=None):
    out = []
    for e in events:
        if e.type != etype:
            continue
        if src is not None and country(e.source) != src:
            continue
        if tgt is not None and country(e.target) != tgt:
            continue
        if near is not None and near not in e.sentence:
            continue
        if modality is not None and e.modality != modality:
            continue
        out.append(e)
    return out


def test_withdrawal_and_return_to_base(coded):
    _, events, _ = coded
    retreats = _find(events, "RETREAT", src="RUS")
    assert len(retreats) >= 2
    assert _find(events, "RETREAT", src="RUS", near="returning to their bases", modality="future")


def test_open_to_talks_is_agree(coded):
    _, events, _ = coded
    assert _find(events, "AGREE", src="RUS", near="open to further talks")


def test_buildup_reported_by_biden(coded):
    _, events, _ = coded
    (e,) = _find(events, "MOBILIZE", src="RUS", tgt="UKR", near="150,000")
    assert e.attributed_to is not None and e.attributed_to.country == "USA"
    assert e.modality == "asserted"


def test_denial(coded):
    _, events, _ = coded
    assert _find(events, "REJECT", src="RUS", near="denied")
    denied = _find(events, "ASSAULT", near="denied")
    assert denied and all(e.modality == "negated" for e in denied)


def test_conditional_threat_and_hypothetical_invasion(coded):
    _, events, _ = coded
    assert _find(events, "THREATEN", src="USA", tgt="RUS", near="will not hesitate")
    invasion = _find(events, "ASSAULT", src="RUS", near="will not hesitate")
    assert invasion and all(e.modality == "hypothetical" for e in invasion)


def test_sanction_warnings(coded):
    _, events, _ = coded
    assert _find(events, "THREATEN", tgt="RUS", near="bipartisan statement")
    assert _find(events, "THREATEN", near="should be punished")


def test_consultations(coded):
    _, events, _ = coded
    assert _find(events, "CONSULT", src="USA", tgt="RUS", near="Lavrov")
    assert _find(events, "CONSULT", src="RUS", tgt="DEU", near="Scholz")
    assert _find(events, "CONSULT", src="USA", tgt="FRA", near="Macron")


def test_kyiv_welcomes(coded):
    _, events, _ = coded
    assert _find(events, "SUPPORT", src="UKR", near="welcomed")


def test_cyberattack_unknown_source(coded):
    _, events, _ = coded
    (e,) = _find(events, "COERCE", tgt="UKR", near="cyberattack")
    assert e.source is None and e.mode == "cyber"


def test_west_dismisses_demands(coded):
    _, events, _ = coded
    assert _find(events, "REJECT", src="USA", near="dismissed the demands")


def test_duma_request(coded):
    _, events, _ = coded
    (e,) = _find(events, "REQUEST", src="RUS", near="State Duma")
    assert "Putin" in e.target.text
    assert not _find(events, "SUPPORT", near="State Duma")


def test_no_asserted_invasion(coded):
    _, events, _ = coded
    assert not [e for e in events if e.type == "ASSAULT" and e.modality == "asserted"]


def test_headline_flag_and_no_ukrainian_attack(coded):
    a, events, flags = coded
    flagged = [f for f in flags if f.kind == "headline_contradicts_body"]
    assert len(flagged) == 1
    assert flagged[0].evidence[0].start < a.body_start <= flagged[0].evidence[1].start
    assert not [e for e in events if e.type == "ASSAULT" and country(e.source) == "UKR"]


def test_historical_annexation(coded):
    _, events, _ = coded
    (e,) = _find(events, "COERCE", src="RUS", near="annexed")
    assert e.modality == "historical" and e.date == "2014"


def test_every_event_is_well_formed(coded):
    a, events, _ = coded
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids))
    for e in events:
        assert a.document.text[e.start:e.end] == e.sentence
        assert a.document.text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert -10 <= e.intensity <= 10 and e.quad in (1, 2, 3, 4) and 0 <= e.confidence <= 1
        assert e.rule
