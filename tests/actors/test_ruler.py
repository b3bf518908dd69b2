"""The entity ruler fed by the KB corrects the small model's labels."""
from __future__ import annotations

from pathlib import Path

import pytest

from brinkwatch.actors import default_kb, install_entity_ruler
from brinkwatch.actors.ruler import RULER_NAME
from brinkwatch.nlp import load_nlp

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_fd68e79a8582b43a.txt"


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def labels(doc) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for ent in doc.ents:
        out.setdefault(ent.text, set()).add(ent.label_)
    return out


def test_ruler_is_installed_once(nlp):
    assert nlp.pipe_names.count(RULER_NAME) == 1
    assert nlp.pipe_names.index(RULER_NAME) == nlp.pipe_names.index("ner") + 1
    install_entity_ruler(nlp)
    assert nlp.pipe_names.count(RULER_NAME) == 1


def test_patterns_have_the_four_labels():
    patterns = default_kb().ruler_patterns()
    assert {p["label"] for p in patterns} == {"PERSON", "ORG", "GPE", "NORP"}
    assert len(patterns) > 1500


@pytest.mark.skipif(not SEED.exists(), reason="seed document absent")
def test_seed_document_entities(nlp):
    found = labels(nlp(SEED.read_text(encoding="utf-8")))
    assert found["Kyiv"] == {"GPE"}
    assert "PERSON" not in found.get("Twitter", set())
    assert found["Olaf Scholz"] == {"PERSON"}
    assert found["Ned Price"] == {"PERSON"}


@pytest.mark.parametrize("text,ent,label", [
    ("Zelenskyy spoke to Twitter users.", "Twitter", "ORG"),
    ("The Kremlin said talks would go on.", "Kremlin", "ORG"),
    ("Olaf Scholz flew to Kyiv.", "Kyiv", "GPE"),
    ("Dmytro Kuleba wrote on Twitter.", "Dmytro Kuleba", "PERSON"),
])
def test_short_sentences(nlp, text, ent, label):
    assert label in labels(nlp(text)).get(ent, set())


def test_country_inside_a_longer_organisation_is_kept(nlp):
    doc = nlp("The Bank of Russia raised rates.")
    ents = {e.text: e.label_ for e in doc.ents}
    if "Bank of Russia" in ents:  # what the model found stays whole
        assert "Russia" not in ents
