"""The learned event-type model: PLOVER type probabilities of a sentence and a marked pair of mentions.

Weights (``data/type_model.npz``) come from ``training/train_type_model.py``: multinomial logistic
regression over two views of all-MiniLM-L6-v2's contextual token vectors (``pair_features``): their mean
over the whole sentence and their mean over the words between the two mentions (where the predicate that
links them usually sits), standardised; trained only on examples we wrote.  Inference is one forward pass
of the small transformer and one matrix product.  Without the sentence model installed,
``type_probabilities`` returns None and the rules decide alone.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

WEIGHTS = Path(__file__).parent / "data" / "type_model.npz"
MAX_TOKENS = 128
Offsets = tuple[int, int]
MARK = re.compile(r"</?[st]>")


def unmark(marked: str) -> tuple[str, Offsets, Offsets]:
    """A marked example ("<s>Chile</s> and <t>Peru</t> held drills.") as its plain sentence and the
    character offsets of the source and target mentions (spaces inside the marks trimmed; (0, 0) if absent)."""
    text, spans, pos, opened = [], {}, 0, {}
    for m in re.finditer(r"</?[st]>|[^<]+|<", marked):
        tok = m.group(0)
        if MARK.fullmatch(tok):
            tag = tok.strip("</>")
            if tok.startswith("</"):
                spans.setdefault(tag, (opened[tag], pos))
            else:
                opened[tag] = pos
        else:
            text.append(tok)
            pos += len(tok)
    plain = "".join(text)
    return plain, _trim(plain, spans.get("s", (0, 0))), _trim(plain, spans.get("t", (0, 0)))


def _trim(text: str, span: Offsets) -> Offsets:
    a, b = span
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


@lru_cache(maxsize=1)
def _weights() -> dict | None:
    if not WEIGHTS.exists():
        return None
    with np.load(WEIGHTS, allow_pickle=False) as z:
        return {"coef": z["coef"], "intercept": z["intercept"], "mean": z["mean"], "scale": z["scale"],
                "classes": tuple(str(c) for c in z["classes"]), "meta": json.loads(str(z["meta"]))}


def info() -> dict | None:
    """What the shipped model was trained on and how it scored (for provenance)."""
    w = _weights()
    return None if w is None else dict(w["meta"])


def _encoder():
    """The tokenizer and transformer inside the sentence model, or None when it is not installed."""
    from ..corpus import similarity as sim

    model = sim.EMBEDDER.model()  # loaded once per process
    if model is None:
        return None
    first = model[0]
    return first.tokenizer, first.auto_model


def _span_mean(states, offsets, real, start: int, end: int) -> np.ndarray:
    sel = real & (offsets[:, 0] < end) & (offsets[:, 1] > start)
    return states[sel].mean(0) if sel.any() else np.zeros(states.shape[1], dtype=np.float32)


def pair_features(items: Sequence[tuple[str, Offsets, Offsets]], batch: int = 32) -> np.ndarray | None:
    """Features of (sentence, source offsets, target offsets) triples: the mean contextual token vector of
    the sentence and of the words between the two mentions; None without the sentence model."""
    enc = _encoder()
    if enc is None:
        return None
    import torch

    tokenizer, bert = enc
    out = []
    for i in range(0, len(items), batch):
        chunk = items[i:i + batch]
        inputs = tokenizer([c[0] for c in chunk], return_offsets_mapping=True, padding=True, truncation=True,
                           max_length=MAX_TOKENS, return_tensors="pt")
        offsets = inputs.pop("offset_mapping").numpy()
        with torch.no_grad():
            states = bert(**inputs).last_hidden_state.numpy()
        mask = inputs["attention_mask"].numpy().astype(bool)
        for j, (_, src, tgt) in enumerate(chunk):
            real = mask[j] & ~((offsets[j][:, 0] == 0) & (offsets[j][:, 1] == 0))  # no [CLS], [SEP], padding
            whole = states[j][real].mean(0)
            (_, left_end), (right_start, _) = sorted((src, tgt))
            between = (_span_mean(states[j], offsets[j], real, left_end, right_start) if right_start > left_end
                       else np.zeros_like(whole))
            out.append(np.concatenate([whole, between]))
    return np.asarray(out, dtype=np.float32)


def type_probabilities(sentence: str, source: Offsets | None = None,
                       target: Offsets | None = None) -> dict[str, float] | None:
    """P(type | sentence, pair) over the PLOVER types (offsets are character offsets into ``sentence``;
    a missing mention counts as empty at the sentence's start), or None when the model or its
    encoder is missing."""
    w = _weights()
    if w is None:
        return None
    feats = pair_features([(sentence, source or (0, 0), target or (0, 0))])
    if feats is None:
        return None
    x = (feats[0] - w["mean"]) / w["scale"]
    logits = x @ w["coef"].T + w["intercept"]
    p = np.exp(logits - logits.max())
    p /= p.sum()
    return {c: float(v) for c, v in zip(w["classes"], p)}
