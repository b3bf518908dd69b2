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
    """(ISO 639-1 code, probability) of the text's language.  Short texts fool the classifier ("The blockade
    is illegal," Pashinyan said' reads as Frisian): a text whose words are largely English function words
    is English, as is one the classifier is unsure of (under 0.5) with a fair share of them or with English
    among its first four guesses."""
    sample = text[:20000]
    ranked = _identifier().rank(sample)
    lang, prob = ranked[0]
    if lang != "en":
        share = english_share(sample, names=False)
        unsure = prob < 0.5 and "en" in [code for code, _ in ranked[:4]]  # "Russia invaded Ukraine." reads as
        if share >= 0.3 or (prob < 0.5 and share >= 0.15) or unsure:  # Crimean Tatar at 0.41, English fourth
            return "en", float(dict(ranked).get("en", 0.0))
    return lang, float(prob)


def english_share(text: str, *, names: bool = True) -> float:
    """Share of a text's words that are common English function words; with ``names=False`` capitalised words
    that are no function words are left out, since names say nothing of a whole text's language ("ECOWAS urged
    Niger to release Bazoum"). A single line is judged with its names ("¿Todavía no tienes cuenta?")."""
    words = [w.lower() for w in _WORD.findall(text) if names or w[0].islower() or w.lower() in _EN_FUNCTION]
    if not words:
        return 0.0
    return sum(w in _EN_FUNCTION for w in words) / len(words)


def is_other_language(line: str, doc_language: str, *, min_words: int = 4, min_prob: float = 0.3,
                      max_doc_prob: float = 0.02) -> str | None:
    """The language of ``line`` when it is clearly not ``doc_language``, else None.

    Clearly: four words or more, mostly in lower case (a line of names is no sentence of another
    language), no common English function words in an English document, another language on top, and the
    document's language all but ruled out by the classifier."""
    words = _WORD.findall(line)
    if len(words) < min_words or sum(w[0].islower() for w in words) < len(words) / 2:
        return None
    if doc_language == "en" and english_share(line) >= 0.12:
        return None
    ranked = _identifier().rank(line[:2000])
    lang, prob = ranked[0]
    doc_prob = next((p for code, p in ranked if code == doc_language), 0.0)
    if lang != doc_language and prob >= min_prob and doc_prob <= max_doc_prob:
        return lang
    return None
