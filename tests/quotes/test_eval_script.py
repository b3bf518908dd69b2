"""benchmarks/eval_quotes.py: scoring on hand-made records, and a clear exit without the data."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from brinkwatch.records import Actor, Cue, Quote

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "eval_quotes.py"


@pytest.fixture(scope="module")
def ev():
    spec = importlib.util.spec_from_file_location("eval_quotes", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_exits_with_a_message_when_the_data_is_absent(ev, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(ev, "DATA", tmp_path / "nowhere")
    assert ev.main(["--out", str(tmp_path / "q.json")]) == 2
    assert "not found" in capsys.readouterr().err


def test_ggt_scoring_of_one_article(ev):
    text = '"We stay here," Ana Lima said. Nobody else spoke.'
    row = {"text_offsets": text, "quotes": [
        {"quote_span": [0, 15], "speaker_span": [16, 25], "verb_span": [26, 30], "reference": "Ana Lima"}]}
    good = Quote(Actor("Ana Lima", 16, 25), Cue("said", "say", 26, 30), "We stay here", 1, 13, True, 0.9, "r")
    wrong = Quote(None, None, "Nobody else spoke", 31, 48, False, 0.5, "r")
    part = ev.ggt_article(row, [good, wrong])
    assert part["tp_r@0.3"] == part["tp_r@0.8"] == 1 and part["tp_p@0.3"] == 1 and part["n_pred"] == 2
    assert part["sp_ok"] == part["v_ok"] == 1


def test_polnear_groups_parts_around_one_cue(ev):
    text = '"We stay," Ana Lima said, "and we wait."'
    att = {"source": [{"start": 11, "end": 19}], "cue": [{"start": 20, "end": 24}],
           "content": [{"start": 1, "end": 8}, {"start": 27, "end": 38}]}
    speaker, cue = Actor("Ana Lima", 11, 19), Cue("said", "say", 20, 24)
    quotes = [Quote(speaker, cue, "We stay", 1, 8, True, 0.9, "r"),
              Quote(speaker, cue, "and we wait.", 27, 39, True, 0.9, "r")]
    part = ev.polnear_article({"text": text, "attributions": [att]}, quotes)
    assert all(part[c]["tp"] == 1 and part[c]["np"] == 1 for c in ("source", "cue", "content"))


def test_polnear_joins_a_continuation_in_the_same_paragraph(ev):
    text = '"We stay," Ana Lima said. "And we wait."\n"Later."'
    speaker, cue = Actor("Ana Lima", 11, 19), Cue("said", "say", 20, 24)
    quotes = [Quote(speaker, cue, "We stay", 1, 8, True, 0.9, "quote.direct.speaker_after"),
              Quote(speaker, None, "And we wait.", 27, 39, True, 0.6, "quote.floating"),
              Quote(speaker, None, "Later.", 42, 48, True, 0.6, "quote.floating")]
    atts = ev._pred_attributions(text, quotes)
    assert [a["content"] for a in atts] == [((1, 8), (27, 38)), ((42, 47),)]


def test_ggt_scores_speech_only(ev):
    speech = Quote(None, None, "We stay", 1, 8, True, 0.9, "quote.direct.speaker_after")
    belief = Quote(None, None, "the talks will fail", 20, 39, False, 0.3, "quote.attribution.belief")
    assert ev.speech_quotes([speech, belief]) == [speech]
