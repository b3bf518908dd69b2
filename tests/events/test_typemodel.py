"""The learned type model: shipped weights match the written examples, and its probabilities make sense."""
from __future__ import annotations

import csv
import math
import importlib.util
import re
from pathlib import Path

import pytest

from brinkwatch.events import typemodel

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "training" / "events"


def _trainer():
    spec = importlib.util.spec_from_file_location("train_type_model", ROOT / "training" / "train_type_model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_examples_are_well_formed():
    types = TYPES
    seen = set()
    for path in sorted(EXAMPLES.glob("*.tsv")):
        for n, row in enumerate(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE), 2):
            marked = row["marked_sentence"]
            assert marked.count("<s>") == marked.count("</s>") == 1, (path.name, n)
            assert marked.count("<t>") == marked.count("</t>") == 1, (path.name, n)
            plain = " ".join(re.sub(r"</?[st]>", "", marked).split()).lower()
            assert plain not in seen, (path.name, n)
            seen.add(plain)
            assert row["type"] in types, (path.name, n)
    assert len(seen) >= 3000


def test_shipped_weights_were_trained_on_the_current_examples():
    info = typemodel.info()
    assert info is not None, "src/brinkwatch/events/data/type_model.npz is missing: run training/train_type_model.py"
    items, labels, digest, _ = _trainer().load_examples()
    assert info["examples"] == len(items)
    assert info["data_sha256_16"] == digest, "examples changed since training: run training/train_type_model.py"
    assert len(set(labels)) == 16


def test_unmark_gives_the_offsets_of_both_mentions():
    text, s, t = typemodel.unmark("<s>Chile</s> and <t>Peru</t> held drills.")
    assert text == "Chile and Peru held drills." and text[s[0]:s[1]] == "Chile" and text[t[0]:t[1]] == "Peru"


def test_mark_is_the_inverse_of_unmark():
    for marked in ("<s>Chile</s> and <t>Peru</t> held drills.", "<t>Ankara</t> urged <s>Baghdad</s> to act.",
                   "<s>A</s><t>B</t>"):
        assert typemodel.mark(*typemodel.unmark(marked)) == marked
    # spaces inside the marks are trimmed, so the model always reads the canonical form
    assert typemodel.mark(*typemodel.unmark("<s> x</s> <t>y </t>.")) == " <s>x</s> <t>y</t> ."


def test_shipped_weights_are_small_half_precision_and_complete():
    assert typemodel.WEIGHTS.stat().st_size < 30 * 1024 * 1024
    info = typemodel.info()
    assert info is not None and info["top_layers"] >= 1
    import numpy as np

    with np.load(typemodel.WEIGHTS, allow_pickle=False) as z:
        params = [k for k in z.files if k not in ("meta", "classes")]
        assert params and all(z[k].dtype == np.float16 for k in params)
        layers = {k.split(".")[1] for k in params if k.startswith("layers.")}
        assert len(layers) == info["top_layers"]
        assert z["out.weight"].shape[0] == len(z["classes"]) == 16


def test_marks_are_found_in_the_word_pieces():
    enc = typemodel._encoder()
    if enc is None:
        pytest.skip("sentence model not installed")
    tokenizer, bert = enc
    marked = "On Monday <t>Peru</t> said that <s>the Chilean navy</s> had left."
    ((states, at_s, at_t),) = typemodel.lower_states(tokenizer, bert, [marked], 2)
    pieces = tokenizer.convert_ids_to_tokens(tokenizer(marked)["input_ids"])
    assert pieces[at_s] == pieces[at_t] == "<" and at_t < at_s
    assert pieces[at_s + 1] == "s" and pieces[at_t + 1] == "t"
    assert states.shape == (len(pieces), bert.config.hidden_size)


def _probs(marked: str):
    return typemodel.type_probabilities(*typemodel.unmark(marked))


@pytest.mark.parametrize("marked,expected", [
    ("Artillery units of <s>the army</s> shelled <t>the rebel-held town</t> through the night, killing four civilians.",
     "ASSAULT"),
    ("<s>The foreign minister</s> spoke by telephone on Monday with <t>his Kenyan counterpart</t> about the border dispute.",
     "CONSULT"),
    ("Thousands of <s>students</s> marched through the capital chanting slogans against <t>the education minister</t>.",
     "PROTEST"),
])
def test_probabilities_rank_clear_sentences(marked, expected):
    p = _probs(marked)
    if p is None:
        pytest.skip("sentence model not installed")
    assert abs(sum(p.values()) - 1.0) < 1e-4
    assert max(p, key=p.get) == expected


def test_the_model_weighs_in_between_the_two_best_rule_candidates():
    from brinkwatch.events.pair import FLOOR_P, MODEL_WEIGHT, _decide

    marked = "Artillery units of <s>the army</s> shelled <t>the rebel-held town</t> through the night, killing four civilians."
    p = _probs(marked)
    if p is None:
        pytest.skip("sentence model not installed")
    pair = typemodel.unmark(marked)
    close = [(3.0, "COERCE", "r1", None), (2.8, "ASSAULT", "r2", None)]
    gap = MODEL_WEIGHT * (math.log(p["ASSAULT"]) - math.log(max(p["COERCE"], FLOOR_P)))
    apart = [(3.0, "COERCE", "r1", None), (3.0 - gap - 0.5, "ASSAULT", "r2", None)]
    assert _decide(close, pair, learned=True) == "ASSAULT"
    assert _decide(close, pair, learned=False) == "COERCE"
    assert _decide(apart, pair, learned=True) == "COERCE"  # a clear rule lead stands
    assert _decide([(3.0, "COERCE", "r1", None), (2.8, "COERCE", "r2", None)], pair, learned=True) == "COERCE"
    assert _decide([], pair, learned=True) == "ASSAULT"  # no rule fired, the model is sure
    weather = typemodel.unmark("<s>The weather</s> was mild on Tuesday in <t>the capital</t>.")
    assert _decide([], weather, learned=True) is None


def test_with_no_rule_the_model_names_a_type_only_when_more_likely_than_not():
    from brinkwatch.events.pair import _fallback

    assert _fallback({"AGREE": 0.55, "SUPPORT": 0.45}) == "AGREE"
    assert _fallback({"AGREE": 0.45, "SUPPORT": 0.30, "CONSULT": 0.25}) is None
    # yielding counts as one: neither kind alone is more likely than not, together they are
    assert _fallback({"CONCEDE": 0.32, "RETREAT": 0.26, "AGREE": 0.42}) == "CONCEDE"
    assert _fallback({"CONCEDE": 0.20, "RETREAT": 0.21, "AGREE": 0.40, "AID": 0.19}) is None
