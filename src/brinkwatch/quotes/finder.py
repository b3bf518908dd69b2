"""Who said what: direct, mixed, floating and reported quotes of one analysed document, and who holds
what beliefs and stances (``attributions``)."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Token

from ..records import Actor, Cue, Quote
from . import marks
from .attributions import ATTRIBUTION, attributions
from .direct import Attribution, TokenIndex, attribute
from .edges import drop_asides
from .indirect import Reported, according_to, parentheticals, reporting_clauses, trim_content, unparsed
from .ranges import Disjoint, RangeIndex
from .speakers import (SpeakerMemory, cue_of, mention_span, name_from_apposition, relative_subject, resolve,
                       speaker_span)

_DIRECT_SHARE = 0.9  # a quote filling this much of a reported clause (beyond 'that') stays a direct quote
_FLOAT_GAP = 3  # a floating quote inherits a speaker at most this many paragraphs back
_END_PUNCT = ",;:"


@dataclass
class _Draft:
    start: int
    end: int
    direct: bool
    rule: str
    confidence: float
    cue: Token | None = None
    lemma: str | None = None
    speaker: Token | None = None
    paragraph: int = 0


def _content_range(text: str, span: marks.MarkedSpan) -> tuple[int, int]:
    s, e = span.inner_start, span.inner_end
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _END_PUNCT):
        e -= 1
    return s, e


def _paragraph_starts(text: str) -> list[int]:
    """Where each paragraph starts: lines with a letter or digit (blank or ' .' lines are no paragraphs)."""
    starts, pos = [0], 0
    for line in text.split("\n"):
        if pos and any(ch.isalnum() for ch in line):
            starts.append(pos)
        pos += len(line) + 1
    return starts


def _paragraph_of(starts: list[int], char: int) -> int:
    return bisect_right(starts, char) - 1


def _sentence_like(content: str) -> bool:
    """Quoted words that make a statement of their own, not a scare-quoted phrase."""
    words = content.split()
    if len(words) >= 8:
        return True
    return len(words) >= 3 and content[:1].isupper() and content.rstrip("”’\"'")[-1:] in ".!?"


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


def _clause_core(text: str, start: int, end: int) -> int:
    """Length of a reported clause without its 'that', quote marks and edge punctuation."""
    core = text[start:end]
    if core[:5].lower() == "that ":
        core = core[5:]
    return len(core.strip(" \t\n,.;:!?" + "".join(marks.ALL_MARKS)))


def _standalone(text: str, span: marks.MarkedSpan) -> bool:
    """Whether the quotation stands as a clause of its own: at a sentence start or after ': , —',
    and followed by punctuation, a line break or the end."""
    i = span.start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    opens = i < 0 or text[i] in "\n:,—–.!?(" or text[i] in marks.ALL_MARKS
    j = span.end
    while j < len(text) and text[j] in " \t\u00a0":
        j += 1
    inner_end = text[span.inner_end - 1] if span.inner_end > span.inner_start else ""
    closes = j >= len(text) or text[j] in "\n,.!?;—–)" or inner_end in ",.!?"
    return opens and closes


def _from_reported(r: Reported, rule: str | None = None, span: tuple[int, int] | None = None,
                   direct: bool = False) -> _Draft:
    s, e = span or (r.start, r.end)
    return _Draft(s, e, direct, rule or r.rule, r.confidence, r.cue, r.lemma, r.speaker)


def _from_attribution(s: int, e: int, att: Attribution) -> _Draft:
    return _Draft(s, e, True, att.rule, att.confidence, att.cue, att.lemma, att.speaker)


def _only_marks(chunk: str) -> bool:
    """Nothing but spaces and quote marks (the opening mark a clause's parse takes in)."""
    return all(ch.isspace() or ch in marks.ALL_MARKS for ch in chunk)


def _host_clause(reported, candidates: list[int], span: marks.MarkedSpan, s: int, e: int) -> int | None:
    """The reported clause that carries the quote ``[s, e)``: the first that holds half of it, with its
    cue outside the quote."""
    for j in candidates:
        r = reported[j]
        if not span.start <= r.cue.idx < span.end and _overlap((s, e), (r.start, r.end)) >= 0.5 * (e - s):
            return j
    return None


_SPLIT_BEFORE = frozenset(",:")


def _around_cue(text: str, r: Reported, s: int, e: int, quoted: RangeIndex,
                inner: dict[tuple[int, int], tuple[int, int]]) -> list[tuple[int, int]] | None:
    """'"A," he said, "B."', 'The deal, she said, "will hold"': a reported clause in two parts around its
    cue, the quote in one of them.  Each clause of the cue is one part (with the quote it overlaps), and
    so is a quoted conjunct with no subject of its own ('..., Jordan said, and still "got to ..."'); a
    part after the cue only where a comma or colon (or nothing) sets it off from the cue's words, a part
    before it only where punctuation closes it.  None when the parts do not hold the quote."""
    cue = r.cue
    doc = cue.doc
    parts: list[tuple[int, int]] = []
    for clause in cue.children:
        first, last = clause.left_edge, clause.right_edge
        lo, hi = first.idx, last.idx + len(last)
        if clause.dep_ == "conj":
            if clause.i < cue.i or not quoted.overlapping(lo, hi) or any(c.dep_ in ("nsubj", "nsubjpass")
                                                                         for c in clause.children):
                continue
            cc = doc[first.i - 1]
            if cc.dep_ == "cc" and cc.head.i == cue.i:  # 'and still "got to ..."'
                first, lo = cc, cc.idx
        elif clause.dep_ not in ("ccomp", "xcomp"):
            continue
        elif not quoted.overlapping(lo, hi) and (clause.dep_ != "ccomp" or clause.tag_ == "VBG") \
                and not (clause.dep_ == "xcomp" and clause.tag_ == "VBG" and first.i == cue.i + 1):
            continue  # '"A," he said, his voice breaking': the writer's, not his
        if clause.i > cue.i:
            prev = doc[first.i - 1]
            while prev.i > cue.i and prev.is_punct and prev.text not in _SPLIT_BEFORE:
                prev = doc[prev.i - 1]  # the opening mark
            if prev.i != cue.i and prev.text not in _SPLIT_BEFORE:
                continue
        else:
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
            if nxt is None or not nxt.is_punct:
                continue
        for j in quoted.overlapping(lo, hi):  # with all of each quotation it takes in
            lo, hi = min(lo, quoted.ranges[j][0]), max(hi, quoted.ranges[j][1])
        lo, hi = trim_content(text, lo, hi)
        parts.append(inner.get((lo, hi), (lo, hi)))  # a quotation alone: its words without the marks
    if not any(lo <= s and e <= hi for lo, hi in parts):
        if any(_overlap((s, e), p) for p in parts):
            return None
        parts.append((s, e))
    parts = [(lo, hi) for lo, hi in parts if hi > lo and not lo < cue.idx < hi]
    if len(parts) != len(set(parts)) or not any(lo <= s and e <= hi for lo, hi in parts):
        return None
    return sorted(parts)


def _crosses_cue(r: Reported, s: int, e: int) -> bool:
    """Whether the quote ``[s, e)`` and its clause together run over the clause's own cue."""
    return min(s, r.start) < r.cue.idx < max(e, r.end)


def _part_draft(r: Reported, lo: int, hi: int, quote: tuple[int, int]) -> _Draft:
    """One part of a clause cut around its cue: the quote itself is direct, any other part mixed."""
    if (lo, hi) != quote:
        return _from_reported(r, "quote.indirect.mixed", (lo, hi))
    rule = "quote.direct.speaker_after" if r.cue.idx >= hi else "quote.direct.speaker_before"
    return _from_reported(r, rule, (lo, hi), direct=True)


def _direct_drafts(a, spans, reported) -> tuple[list[_Draft], set[int]]:
    """Drafts for the quoted spans; the indices of reported clauses they used or swallowed."""
    text = a.document.text
    index = TokenIndex(a.doc)
    used: set[int] = set()
    drafts: list[_Draft] = []
    quoted = RangeIndex([(m.start, m.end) for m in spans])
    cues = RangeIndex([(r.cue.idx, r.cue.idx + 1) for r in reported])
    clauses = RangeIndex([(r.start, r.end) for r in reported])
    split: set[int] = set()  # reported clauses already cut around their cue
    inner = {(m.start, m.end): _content_range(text, m) for m in spans}
    for k, span in enumerate(spans):
        used.update(cues.overlapping(span.start, span.end))  # a reporting verb inside the quote is the quote's
        s, e = _content_range(text, span)
        if e - s < 2:
            continue
        host = _host_clause(reported, clauses.overlapping(s, e), span, s, e)
        if host is not None and _crosses_cue(reported[host], s, e):
            if host in split:
                continue  # '"A," he said, "B."': B came with A's parts
            parts = _around_cue(text, reported[host], s, e, quoted, inner)
            if parts is not None:
                split.add(host)
                used.add(host)
                drafts += [_part_draft(reported[host], lo, hi, (s, e)) for lo, hi in parts]
                continue
            host = None  # the quote is attributed on its own
        if host is not None:
            r = reported[host]
            used.add(host)
            if (e - s) / max(1, _clause_core(text, min(s, r.start), max(e, r.end))) >= _DIRECT_SHARE:
                rule = "quote.direct.speaker_after" if r.cue.idx >= e else "quote.direct.speaker_before"
                # the clause's words around the quote belong to it ('said he "would go"'), and so does
                # the closing mark once the opening one is in
                start = s if _only_marks(text[r.start : s]) else min(s, r.start)
                end = max(span.end if start < span.start else e, r.end)
                if start == s and _only_marks(text[e:end]):
                    end = e
                drafts.append(_from_reported(r, rule, (start, end), direct=True))
                drafts[-1].confidence = 0.9
            else:  # a partial quote: the reported clause, stretched over the quote, carries it
                drafts.append(_from_reported(r, "quote.indirect.mixed", (min(s, r.start), max(e, r.end))))
            continue
        prev_end = spans[k - 1].end if k else 0
        next_start = spans[k + 1].start if k + 1 < len(spans) else len(text)
        att = attribute(index, span.start, span.end, prev_end, next_start, quoted)
        if att is not None and not _sentence_like(text[s:e]) and (att.speaker is None or not _standalone(text, span)):
            continue  # 'blamed "far-left activists"': a phrase inside a sentence, not a quotation
        if att is not None:
            drafts.append(_from_attribution(s, e, att))
        elif _sentence_like(text[s:e]) or not span.closed:
            drafts.append(_Draft(s, e, True, "quote.floating", 0.6))
    return drafts, used


def _fill_floating(drafts: list[_Draft], starts: list[int], a) -> list[_Draft]:
    """A cue-less quote takes the speaker of the quote before it, when that one is close."""
    out: list[_Draft] = []
    last: _Draft | None = None
    for d in sorted(drafts, key=lambda d: d.start):
        d.paragraph = _paragraph_of(starts, d.start)
        if d.rule == "quote.floating":
            if _in_headline(a, d.start):
                continue
            if last is not None and d.paragraph - last.paragraph <= _FLOAT_GAP:
                d.speaker, d.cue, d.lemma = last.speaker, None, None
            else:
                d.speaker = _nearest_person(a, starts, d)
                d.rule, d.confidence = "quote.floating.nearest_person", 0.45 if d.speaker is not None else 0.35
        out.append(d)
        if d.speaker is not None and not d.rule.startswith(ATTRIBUTION):  # a quote goes on a quote
            last = d
    return out


def _nearest_person(a, starts: list[int], d: _Draft) -> Token | None:
    """The last person named in the paragraphs before a cue-less quote ('Gillis ... "My condition ..."')."""
    first = starts[max(0, d.paragraph - _FLOAT_GAP)]
    people = [e for e in a.doc.ents if e.label_ == "PERSON" and first <= e.start_char and e.end_char <= d.start]
    return people[-1].root if people else None


def _in_headline(a, char: int) -> bool:
    return a.document.title is not None and char < a.body_start


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """Never the same words twice: of overlapping quotes keep the surer (then the longer)."""
    ranked = sorted(drafts, key=lambda d: (-d.confidence, -(d.end - d.start), d.start))
    kept: list[_Draft] = []
    taken = Disjoint()
    for d in ranked:
        if taken.free(d.start, d.end):
            taken.add(d.start, d.end)
            kept.append(d)
    return sorted(kept, key=lambda d: d.start)


def _nested(reported: list[Reported]) -> set[int]:
    """Reported clauses inside another one's clause ('X said Y told him that ...'): keep the outer."""
    inner: set[int] = set()
    clauses = RangeIndex([(r.start, r.end) for r in reported])
    for i, r in enumerate(reported):
        for j in clauses.containing(r.cue.idx):
            if i != j and (reported[j].start, reported[j].end) != (r.start, r.end):
                inner.add(i)
                break
    return inner


def _attribution_drafts(a, reported: list[Reported], drafts: list[_Draft]) -> list[_Draft]:
    """Beliefs, stances, intentions and transcript lines whose cue no quote uses (``attributions``)."""
    taken = {r.cue.i for r in reported} | {d.cue.i for d in drafts if d.cue is not None}
    return [_from_reported(r) for r in attributions(a.doc, taken)
            if _in_headline(a, r.start) == _in_headline(a, r.cue.idx)]


def find_quotes(a) -> list[Quote]:
    """Every quote of ``a.document.text`` with its speaker, cue and the rule that found it; then the
    attributions of belief, stance and intention no quote covers (rules ``quote.attribution.*``)."""
    text = a.document.text
    spans = marks.scan(text)
    reported = reporting_clauses(a.doc)
    reported += parentheticals(a.doc, {r.cue.i for r in reported})
    reported += unparsed(a.doc, {r.cue.i for r in reported}) + according_to(a.doc)
    drafts, used = _direct_drafts(a, spans, reported)
    nested = _nested(reported)
    for j, r in enumerate(reported):
        if j in used or j in nested:
            continue
        if _in_headline(a, r.start) != _in_headline(a, r.cue.idx):
            continue
        drafts.append(_from_reported(r))
    drafts += _attribution_drafts(a, reported, drafts)
    quoted = RangeIndex([(m.start, m.end) for m in spans])
    for d in drafts:
        if not d.direct:  # the writer's asides after a reported clause are not what was said
            d.end = drop_asides(a.doc, d.start, d.end, quoted, nominal=d.rule.startswith(ATTRIBUTION))
    drafts = _fill_floating(drafts, _paragraph_starts(text), a)
    memory = SpeakerMemory(a.doc)
    kept = _dedupe(drafts)
    # the quotes' speakers are resolved first and on their own: the resolver and the memory learn from
    # each speaker, and an attribution's source must not change who a later 'he' is
    quotes = {id(d): _to_quote(a, d, memory) for d in kept if not d.rule.startswith(ATTRIBUTION)}
    quotes.update({id(d): _to_quote(a, d, memory) for d in kept if d.rule.startswith(ATTRIBUTION)})
    out = []
    for d in kept:
        out.append(quotes[id(d)])
        out += _partial_quotes(text, quotes[id(d)], spans)
    return out


PARTIAL = "quote.partial"


def _partial_quotes(text: str, q: Quote, spans: list[marks.MarkedSpan]) -> list[Quote]:
    """The speaker's own words quoted inside reported speech ('said the pullback was "a good signal"'): each
    quoted fragment is a direct quote of its own (rule ``quote.partial``), beside the record that reports it."""
    if q.direct:
        return []
    out = []
    for m in spans:
        if not (q.start <= m.start and m.end <= q.end + 1):
            continue
        s, e = _content_range(text, m)
        if e <= s or not any(ch.isalpha() for ch in text[s:e]):
            continue
        out.append(Quote(speaker=q.speaker, cue=q.cue, content=text[s:e], start=s, end=e, direct=True,
                         confidence=round(max(q.confidence - 0.05, 0.0), 3), rule=PARTIAL))
    return out


def _speaker(a, d: _Draft, memory: SpeakerMemory) -> Actor | None:
    """The speaker as mentioned where the cue names it ('Smith, the envoy,'; 'who'), resolved to a name."""
    if d.speaker is None:
        return None
    span = speaker_span(d.speaker)
    speaker = name_from_apposition(a, d.speaker, resolve(a, span))
    speaker = memory.fill(speaker, span, remember=not d.rule.startswith(ATTRIBUTION))
    relative = relative_subject(d.cue) if d.cue is not None else None
    if relative is not None and speaker.name is not None and relative.head.head.i == d.speaker.i \
            and relative.head.dep_ == "relcl":
        return Actor(relative.text, relative.idx, relative.idx + len(relative), speaker.name, speaker.country,
                     speaker.sector)  # 'Smith, who said ...': the mention is 'who', the name Smith's
    whole = mention_span(d.speaker, span)
    if whole.end > span.end and speaker.start == span.start_char and speaker.end == span.end_char \
            and not _overlap((whole.start_char, whole.end_char), (d.start, d.end)):
        speaker = Actor(whole.text, whole.start_char, whole.end_char, speaker.name, speaker.country, speaker.sector)
    return speaker


def _to_quote(a, d: _Draft, memory: SpeakerMemory) -> Quote:
    text = a.document.text
    speaker = _speaker(a, d, memory)
    cue = cue_of(d.cue, d.lemma, d.rule.startswith(ATTRIBUTION)) if d.cue is not None and d.lemma else None
    if d.cue is not None and d.lemma == "according to":
        end = d.cue.idx + len("according to")
        cue = Cue(text=text[d.cue.idx : end], lemma="according to", start=d.cue.idx, end=end)
    return Quote(speaker=speaker, cue=cue, content=text[d.start : d.end], start=d.start, end=d.end,
                 direct=d.direct, confidence=round(d.confidence, 3), rule=d.rule)
