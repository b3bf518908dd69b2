"""Attach a cue and a speaker to each quoted span from the text around it."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from . import lexicon
from .ranges import RangeIndex
from .speakers import adjacent_head, in_prepositional_phrase, subject_head

_SENT_END = frozenset(".!?")
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})  # in narration: the reporter, not a speaker
_FRAME_AFTER = 24
_FRAME_BEFORE = 40


@dataclass(frozen=True)
class Attribution:
    cue: Token | None
    lemma: str | None
    speaker: Token | None
    rule: str
    confidence: float


class TokenIndex:
    """Character offset -> token, by bisection over token starts."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = doc.to_array("IDX").tolist()

    def first_at_or_after(self, char: int) -> int:
        return bisect_left(self.starts, char)

    def last_before(self, char: int) -> int:
        """Index of the last token that ends at or before ``char`` (-1 if none)."""
        i = bisect_left(self.starts, char) - 1
        while i >= 0 and self.starts[i] + len(self.doc[i].text) > char:
            i -= 1
        return i


def _breaks_paragraph(tok: Token) -> bool:
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


def frame_after(index: TokenIndex, end: int, limit: int) -> list[Token]:
    """Tokens after a quote up to the next quote, sentence end or line break."""
    doc = index.doc
    out: list[Token] = []
    i = index.first_at_or_after(end)
    if i > 0 and _breaks_paragraph(doc[i - 1]):
        return out
    while i < len(doc) and len(out) < _FRAME_AFTER:
        tok = doc[i]
        if tok.idx >= limit or tok.is_space:
            break
        out.append(tok)
        if tok.text in _SENT_END or _breaks_paragraph(tok):
            break
        i += 1
    return out


def frame_before(index: TokenIndex, start: int, limit: int) -> list[Token]:
    """Tokens before a quote back to the previous quote, sentence end or line break (in text order)."""
    doc = index.doc
    out: list[Token] = []
    i = index.last_before(start)
    while i >= 0 and len(out) < _FRAME_BEFORE:
        tok = doc[i]
        if tok.idx + len(tok.text) <= limit or tok.is_space or _breaks_paragraph(tok):
            break
        if tok.text in _SENT_END and out:
            break
        if tok.text in _SENT_END:
            break
        out.append(tok)
        i -= 1
    out.reverse()
    return out


def _clause_outside(verb: Token, start: int, end: int, quoted: RangeIndex | None) -> bool:
    """True when the verb reports a clause of its own outside the quote ('"No." She said they left.');
    a clause inside another quotation ('"A," said X, "B."') does not count."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            lo, hi = child.left_edge.idx, child.right_edge.idx
            if (hi < start or lo >= end) and not _within_quote(lo, hi, quoted):
                return True
    return False


def _within_quote(lo: int, hi: int, quoted: RangeIndex | None) -> bool:
    if quoted is None:
        return False
    return any(quoted.ranges[i][0] <= lo and hi < quoted.ranges[i][1] for i in quoted.containing(lo))


def _cues(frame: list[Token], start: int, end: int, quoted: RangeIndex | None = None) -> list[tuple[Token, str]]:
    out = []
    for tok in frame:
        lemma = lexicon.cue_lemma(tok)
        if lemma is not None and not _clause_outside(tok, start, end, quoted):
            out.append((tok, lemma))
    return out


def _speaker(verb: Token, frame: list[Token]) -> Token | None:
    head = subject_head(verb)
    if head is None:
        head = adjacent_head(verb)
    if head is None:  # 'Biden, ... , said' with a broken parse: the first name in the frame
        head = next((t for t in frame if t.pos_ in ("PROPN", "PRON") and t.i < verb.i and t.tag_ != "PRP$"
                     and not in_prepositional_phrase(t, verb)), None)
    return head


def _colon_speaker(frame: list[Token]) -> Token | None:
    """'Smith put it bluntly: "..."': the subject of the clause before the colon."""
    if not frame or frame[-1].text != ":":
        return None
    root = next((t for t in frame if t.dep_ == "ROOT" or t.head.i == t.i), None)
    if root is None:
        root = frame[0].sent.root
    head = subject_head(root)
    return None if head is None or head.lower_ in _FIRST_PERSON else head


def attribute(index: TokenIndex, start: int, end: int, prev_end: int, next_start: int,
              quoted: RangeIndex | None = None) -> Attribution | None:
    """Cue and speaker of the quote at ``[start, end)`` (marks included) from its frames;
    ``quoted`` holds the other quotations' ranges."""
    after = frame_after(index, end, next_start)
    for tok, lemma in _cues(after, start, end, quoted)[:1]:
        head = _speaker(tok, after)
        conf = 0.95 if head is not None else 0.7
        return Attribution(tok, lemma, head, "quote.direct.speaker_after", conf)
    before = frame_before(index, start, prev_end)
    cues = _cues(before, start, end, quoted)
    if cues:
        tok, lemma = cues[-1]
        head = _speaker(tok, before)
        between = before and before[0].idx <= prev_end + 3 and prev_end > 0
        rule = "quote.direct.speaker_inside" if between else "quote.direct.speaker_before"
        return Attribution(tok, lemma, head, rule, 0.9 if head is not None else 0.65)
    head = _colon_speaker(before)
    if head is not None:
        return Attribution(None, None, head, "quote.direct.colon", 0.7)
    if not before:
        return _previous_sentence(index, start, prev_end)
    return None


def _previous_sentence(index: TokenIndex, start: int, prev_end: int) -> Attribution | None:
    """'Reporters were told by Smith. "We have seen ..."': a content-less cue just before the quote."""
    doc = index.doc
    i = index.last_before(start)
    if i < 0 or doc[i].text not in _SENT_END or _breaks_paragraph(doc[i]):
        return None
    frame = frame_before(index, doc[i].idx, prev_end)
    for tok, lemma in reversed(_cues(frame, start, start)):
        if any(c.dep_ == "ccomp" for c in tok.children):
            continue
        outer = lexicon.cue_lemma(tok.head) if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") else None
        if outer is not None and tok.head.idx >= prev_end:
            tok, lemma = tok.head, outer  # '"A," Smith said, speaking of X. "B."': the quote goes on under 'said'
        head = _speaker(tok, frame)
        if head is not None and head.lower_ not in _FIRST_PERSON:
            return Attribution(tok, lemma, head, "quote.direct.speaker_previous", 0.75)
    return None
