"""Language identification with py3langid (its model ships in the wheel)."""
from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Function words: a line with several of these is English whatever the classifier says.
_EN_FUNCTION = frozenset(
    "the a an of to in on and or but is are was were be been has have had that this these those with for "
    "from by at as it its he she they we you i his her their our not no will would could should may said "
    "says who which what when where there than then also after before about into over".split()
)


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language."""
    lang, prob = _identifier().classify(text[:20000])
    return lang, float(prob)


def english_share(text: str) -> float:
    """Share of a text's words that are common English function words."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return 0.0
    return sum(w in _EN_FUNCTION for w in words) / len(words)


def is_other_language(line: str, doc_language: str, *, min_words: int = 4, min_prob: float = 0.95) -> str | None:
    """The language of ``line`` when it is confidently not ``doc_language``, else None."""
    words = _WORD.findall(line)
    if len(words) < min_words:
        return None
    if doc_language == "en" and english_share(line) >= 0.12:
        return None
    lang, prob = detect(line)
    if lang != doc_language and prob >= min_prob:
        return lang
    return None
