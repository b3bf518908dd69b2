"""The learned event-type model: PLOVER type probabilities of a sentence, to break rule near-ties.

Weights (``data/type_model.npz``) come from ``training/train_type_model.py``: multinomial logistic regression
over all-MiniLM-L6-v2 sentence embeddings, trained only on examples we wrote.  Inference is one embedding
and one matrix product.  Without the sentence model installed, ``type_probabilities`` returns None and the
rules decide alone.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

WEIGHTS = Path(__file__).parent / "data" / "type_model.npz"


@lru_cache(maxsize=1)
def _weights() -> tuple[np.ndarray, np.ndarray, tuple[str, ...], dict] | None:
    if not WEIGHTS.exists():
        return None
    with np.load(WEIGHTS, allow_pickle=False) as z:
        return z["coef"], z["intercept"], tuple(str(c) for c in z["classes"]), json.loads(str(z["meta"]))


def info() -> dict | None:
    """What the shipped model was trained on and how it scored (for provenance)."""
    w = _weights()
    return None if w is None else dict(w[3])


def type_probabilities(sentence: str) -> dict[str, float] | None:
    """P(type | sentence) over the PLOVER types, or None when the model or its embeddings are missing."""
    w = _weights()
    if w is None:
        return None
    from ..corpus import similarity as sim

    model = sim.EMBEDDER.model()  # loaded once per process; None when the package is not installed
    if model is None:
        return None
    vec = model.encode([" ".join(sentence.split())], normalize_embeddings=True, show_progress_bar=False)[0]
    coef, intercept, classes, _ = w
    logits = np.asarray(vec, dtype=np.float32) @ coef.T + intercept
    p = np.exp(logits - logits.max())
    p /= p.sum()
    return {c: float(x) for c, x in zip(classes, p)}
