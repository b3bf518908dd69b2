"""The learned type model: shipped weights match the written examples, and its probabilities make sense."""
from __future__ import annotations

import csv
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
        for n, row in enumerate(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"), 2):
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
    texts, labels, digest = _trainer().load_examples()
    assert info["examples"] == len(texts)
    assert info["data_sha256_16"] == digest, "examples changed since training: run training/train_type_model.py"
    assert len(set(labels)) == 16


@pytest.mark.parametrize("sentence,expected", [
    ("Artillery units of the army shelled the rebel-held town through the night, killing four civilians.", "ASSAULT"),
    ("The foreign ministers of the two countries spoke by telephone on Monday about the border dispute.", "CONSULT"),
    ("Thousands of students marched through the capital chanting slogans against the education minister.", "PROTEST"),
])
def test_probabilities_rank_clear_sentences(sentence, expected):
    p = typemodel.type_probabilities(sentence)
    if p is None:
        pytest.skip("sentence model not installed")
    assert abs(sum(p.values()) - 1.0) < 1e-4
    assert max(p, key=p.get) == expected


def test_the_model_breaks_only_near_ties_between_rule_candidates():
    from brinkwatch.events.pair import TIE_MARGIN, _decide

    if typemodel.type_probabilities("Rebels shelled the town.") is None:
        pytest.skip("sentence model not installed")
    sentence = "Artillery units of the army shelled the rebel-held town through the night, killing four civilians."
    close = [(3.0, "COERCE", "r1", None), (3.0 - TIE_MARGIN / 2, "ASSAULT", "r2", None)]
    apart = [(3.0, "COERCE", "r1", None), (3.0 - 2 * TIE_MARGIN, "ASSAULT", "r2", None)]
    assert _decide(close, sentence, learned=True) == "ASSAULT"
    assert _decide(close, sentence, learned=False) == "COERCE"
    assert _decide(apart, sentence, learned=True) == "COERCE"
    assert _decide([], sentence, learned=True) == "ASSAULT"  # no rule fired, the model is sure
    assert _decide([], "The weather was mild on Tuesday.", learned=True) is None
