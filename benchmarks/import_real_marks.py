"""Turn an analyst's marked real-news sentences into a benchmarks/realpairs file that holds no article text.

    python benchmarks/import_real_marks.py MARKED.tsv benchmarks/realpairs/NAME.tsv

MARKED.tsv (written outside the repository) has the columns id, type, marked_sentence, why; an id is
CORPUS:DOC:START, the sentence's character offset in that document of ../shared/benchmarks (polnear = PolNeAR
train, polnear_dev = PolNeAR dev, ggt = GGT, aeb = the AEB article bodies).  The output keeps only where the
sentence is (document, start, end, a digest to notice changed data), where the two marks are inside it, the type
and the analyst's reason; `eval_events.py plv --split real` rebuilds the marked sentences from ../shared.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_events import real_texts, sentence_digest  # noqa: E402
from brinkwatch.events.typemodel import unmark  # noqa: E402

COLUMNS = ["corpus", "doc", "start", "end", "digest", "s_start", "s_end", "t_start", "t_end", "type", "why"]


def pointer_row(row: dict, texts: dict[tuple[str, str], str]) -> dict:
    corpus, rest = row["id"].split(":", 1)
    doc, start = rest.rsplit(":", 1)
    plain, s, t = unmark(row["marked_sentence"])
    a = int(start)
    if texts.get((corpus, doc), "")[a:a + len(plain)] != plain:
        sys.exit(f"import_real_marks: {row['id']}: the marked sentence is not the document's text there")
    return {"corpus": corpus, "doc": doc, "start": a, "end": a + len(plain), "digest": sentence_digest(plain),
            "s_start": s[0], "s_end": s[1], "t_start": t[0], "t_end": t[1], "type": row["type"],
            "why": " ".join(row["why"].split())}


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        sys.exit("usage: import_real_marks.py MARKED.tsv OUT.tsv")
    texts = real_texts()
    rows = csv.DictReader(open(argv[0], encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE)
    out = [pointer_row(r, texts) for r in rows]
    with open(argv[1], "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    print(f"{len(out)} rows -> {argv[1]}")


if __name__ == "__main__":
    main(sys.argv[1:])
