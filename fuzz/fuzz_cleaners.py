"""Coverage-guided fuzzing (atheris / libFuzzer) of the text and HTML cleaners.

    .venv/bin/python fuzz/fuzz_cleaners.py -runs=20000 -max_total_time=120

Properties checked on every input: only ``BrinkwatchError`` may escape, removals point at their text in
the input, the cleaned text starts with its title line, HTML extraction returns text or a coded error.
"""
from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["brinkwatch.ingest"]):
    from brinkwatch.errors import BrinkwatchError
    from brinkwatch.ingest.clean import clean_text
    from brinkwatch.ingest.decode import decode_bytes, repair_text
    from brinkwatch.ingest.html import extract_html
    from brinkwatch.ingest.page import looks_like_html


def check_clean(text: str) -> None:
    cleaned = clean_text(text)
    for removal in cleaned.removed:
        assert text[removal.start:removal.end] == removal.text, removal
    if cleaned.title is not None:
        assert cleaned.text.startswith(cleaned.title)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    as_html = fdp.ConsumeBool()
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        text = decode_bytes(raw)
    except BrinkwatchError:
        return
    text = repair_text(text)
    looks_like_html(text)
    check_clean(text)
    if as_html:
        try:
            extract = extract_html(text)
        except BrinkwatchError as exc:
            assert exc.code == "E010", exc
        else:
            assert isinstance(extract.body, str)
            check_clean(extract.body)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
