"""Numbers with what they count: '150,000 troops', 'around 14,000 lives', '$1.2 billion', '20,000 more'.

A quantity is claimed by the speaker of the quote it sits in, else by the subject of the reporting verb
whose clause holds it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..records import Actor, Quantity, Quote
from . import lexicon
from .indirect import infinitive
from .speakers import resolve, speaker_span, subject_head

_SKIP_ENTS = frozenset({"DATE", "TIME", "ORDINAL"})
_FIGURE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(k|m|mn|mln|bn|b|tn)?$", re.I)
_MORE = frozenset({"more", "additional", "further", "other", "others", "extra", "fewer", "less"})
_INFER_WINDOW = 2  # sentences back in which a unit can be inherited


@dataclass
class _Number:
    first: int  # token index of the first token (currency symbol included)
    last: int  # token index of the last number token
    value: float
    currency: str | None
    words: bool


def _number_value(tokens: list[Token]) -> tuple[float, bool] | None:
    """The value of number tokens ('1.2', 'billion' / 'twenty', '-', 'five'); whether it was in words."""
    nums = lexicon.number_words()
    small, mult = nums["units"], nums["multipliers"]
    scales = lexicon.units()["scales"]
    total, current, seen, words = 0.0, 0.0, False, False
    for tok in tokens:
        low = tok.lower_
        if low in ("-", "–", "and"):
            continue
        m = _FIGURE.match(tok.text)
        if m:
            current += float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
            if m.group(3):
                current *= scales.get(m.group(3).lower(), 1)
            seen = True
        elif low in small:
            current += small[low]
            seen, words = True, True
        elif low in mult:
            factor = mult[low]
            current = (current or 1) * factor
            if factor >= 1000:
                total, current = total + current, 0.0
            seen = True
        elif low in scales:
            current = (current or 1) * scales[low]
        else:
            return None
    return (float(f"{total + current:.12g}"), words) if seen else None  # 16.6 billion, not 16600000000.000002


def _is_number(tok: Token) -> bool:
    low = tok.lower_
    if tok.ent_type_ in _SKIP_ENTS:
        return False
    nums = lexicon.number_words()
    if low in ("a", "an", "half"):
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.lower_ in nums["multipliers"]
    return bool(_FIGURE.match(tok.text)) or low in nums["units"] or low in nums["multipliers"] or (
        tok.like_num and tok.pos_ == "NUM" and any(c.isdigit() for c in tok.text))


def _continues(doc: Doc, j: int) -> bool:
    """Whether the number phrase ending at token ``j`` goes on ('1.2 billion', 'twenty-five', '€3m')."""
    nxt = doc[j + 1]
    low = nxt.lower_
    if _is_number(nxt):
        return True
    if low in lexicon.units()["scales"]:
        return len(low) > 2 or not doc[j].whitespace_
    after = doc[j + 2] if j + 2 < len(doc) else None
    if after is None or not _is_number(after):
        return False
    if nxt.text in "-–":
        return not nxt.whitespace_ and not doc[j].whitespace_
    return low == "and" and doc[j].lower_ in ("hundred", "thousand") and after.lower_ in lexicon.number_words()["units"]


def _numbers(doc: Doc) -> list[_Number]:
    symbols = lexicon.units()["currency_symbols"]
    scales = lexicon.units()["scales"]
    out: list[_Number] = []
    i = 0
    while i < len(doc):
        if not _is_number(doc[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and _continues(doc, j):
            j += 1
        if i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].ent_type_ not in ("MONEY", "CARDINAL") \
                and doc[i - 1].text[:1].isupper() and doc[i - 1].text not in symbols:
            i = j + 1  # 'Nord Stream 2', 'Boeing 737'
            continue
        toks = list(doc[i : j + 1])
        parsed = _number_value(toks)
        first = i
        currency = None
        if i > 0 and doc[i - 1].text in symbols:
            first, currency = i - 1, symbols[doc[i - 1].text]
        elif i > 1 and doc[i - 1].text == "$" and doc[i - 2].text in ("US", "C", "A"):
            first, currency = i - 2, symbols.get(doc[i - 2].text + "$", "USD")
        if parsed is not None and parsed[0] > 0:
            out.append(_Number(first, j, parsed[0], currency, parsed[1]))
        i = j + 1
    return out


def _counted_noun(last: Token) -> Token | None:
    """The noun a number counts: its head noun, or the object of a following 'of'."""
    head = last
    while head.dep_ in ("nummod", "quantmod", "compound", "amod") and head.head.i != head.i and head.pos_ == "NUM":
        head = head.head
    if head.i != last.i and head.pos_ == "NOUN" and head.i > last.i:
        return head
    doc = last.doc
    k = last.i + 1
    while k < len(doc) and doc[k].lower_ in _MORE:
        k += 1
    if k < len(doc) and doc[k].pos_ == "NOUN" and k - last.i <= 3:
        return doc[k]
    if k < len(doc) and doc[k].lower_ == "of":
        obj = next((c for c in doc[k].children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "NOUN":
            return obj
    return None


def _unit(doc: Doc, num: _Number) -> tuple[str | None, int, str]:
    """(unit, index of the last token of the quantity's text, rule)."""
    units = lexicon.units()
    last = doc[num.last]
    if num.currency:
        return num.currency, num.last, "quantity.money"
    nxt = doc[num.last + 1] if num.last + 1 < len(doc) else None
    if nxt is not None:
        low = nxt.lower_
        if low in units["currency_words"] or nxt.lemma_.lower() in units["currency_words"]:
            return units["currency_words"].get(low) or units["currency_words"][nxt.lemma_.lower()], nxt.i, "quantity.money"
        two = f"{low} {doc[nxt.i + 1].lower_}" if nxt.i + 1 < len(doc) else ""
        if two in units["percent_words"]:
            return "percent", nxt.i + 1, "quantity.percent"
        if low in units["percent_words"]:
            return "percent", nxt.i, "quantity.percent"
    if last.head.pos_ == "PROPN" and last.dep_ in ("nummod", "compound", "appos"):
        return None, num.last, ""  # 'Nord Stream 2'
    noun = _counted_noun(last)
    if noun is not None and noun.lower_ in ("times", "time"):
        return _repeated(noun), noun.i, "quantity.repeated"
    if noun is not None:
        rule = "quantity.words" if num.words else "quantity.figure"
        end = noun.i if noun.i - num.last <= 3 else num.last
        return _unit_name(noun), end, rule
    counted = _number_of(last)
    if counted is not None:
        return _unit_name(counted), num.last, "quantity.number_of"
    if last.dep_ in ("dobj", "nsubjpass") and not num.currency:  # 'killed five ... and wounded six'
        casualty = units["casualty_verbs"].get(last.head.lemma_.lower())
        if casualty:
            return casualty, num.last, "quantity.casualty"
    return None, num.last, ""


def _repeated(times: Token) -> str | None:
    """'broke the ceasefire 30 times': 'ceasefire violations'; other repeats count nothing."""
    verb = times.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # '12 times overnight'
    kind = lexicon.units()["repeat_verbs"].get(verb.lemma_.lower())
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if kind is None or obj is None:
        return None
    thing = obj.lemma_.lower()
    return f"{lexicon.units()['same_as'].get(thing, thing)} {kind}"


def _number_of(last: Token) -> Token | None:
    """'put the number of troops at 150,000': the noun counted by a 'number of' earlier in the sentence."""
    nouns = lexicon.units()["count_nouns"]
    for tok in last.sent:
        if tok.i >= last.i:
            break
        if tok.lemma_.lower() in nouns:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if obj is not None and obj.pos_ == "NOUN":
                return obj
    return None


def _unit_name(noun: Token) -> str:
    """The unit of a counted noun in the golden files' terms (units.json): 'soldiers' count as troops,
    'lives' as deaths; a casualty verb names the count ('injuring two teachers': injured)."""
    units = lexicon.units()
    lemma = noun.lemma_.lower()
    name = units["counted"].get(lemma) or units["counted"].get(noun.lower_) or noun.lower_
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in ("nsubjpass", "dobj"):
        holder = noun.head.head  # "killed five of the group's fighters": the number is what was killed
    if holder.dep_ in ("nsubjpass", "dobj"):
        casualty = units["casualty_verbs"].get(holder.head.lemma_.lower())
        if casualty:
            return casualty
    return name + _per(noun)


def _per(noun: Token) -> str:
    """'200 gigabits per second': '/s'."""
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "per":
        per = lexicon.units()["per"].get(doc[noun.i + 2].lemma_.lower())
        if per:
            return f"/{per}"
    return ""


def _claimant(a, tok: Token, quotes: list[Quote]) -> Actor | None:
    for q in quotes:
        if q.start <= tok.idx < q.end and q.speaker is not None:
            return q.speaker
    child = tok
    estimates = lexicon.units()["estimate_verbs"]
    for anc in tok.ancestors:
        clause = child.dep_ == "ccomp" and lexicon.cue_lemma(anc) and not infinitive(child)
        if clause or _estimate(anc, estimates):  # 'put the number of troops at ...'
            head = subject_head(anc)
            return _claimer(a, head, quotes) if head is not None else None
        child = anc
    return None


def _estimate(verb: Token, estimates: list[str]) -> bool:
    nouns = lexicon.units()["count_nouns"]
    return verb.lemma_.lower() in estimates and any(
        c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)


def _claimer(a, head: Token, quotes: list[Quote]) -> Actor:
    """The claimant as resolved; a pronoun takes the name a quote's speaker has at the same words."""
    span = speaker_span(head)
    same = next((q.speaker for q in quotes if q.speaker is not None and q.speaker.start == span.start_char
                 and q.speaker.end == span.end_char and q.speaker.name), None)
    return same or resolve(a, span)


def find_quantities(a, quotes: list[Quote]) -> list[Quantity]:
    """Every counted number of ``a.document.text``, with its unit and who claims it."""
    doc, text = a.doc, a.document.text
    sent_starts = [sent.start_char for sent in doc.sents]
    out: list[Quantity] = []
    for num in _numbers(doc):
        unit, end_i, rule = _unit(doc, num)
        last_tok = doc[num.last]
        if unit is None:
            prev = out[-1] if out else None
            follows = last_tok.i + 1 < len(doc) and doc[last_tok.i + 1].lower_ in _MORE
            if prev is None or not follows or _sent_gap(sent_starts, prev.start, last_tok.idx) > _INFER_WINDOW:
                continue
            unit, end_i, rule = prev.unit, last_tok.i + 1, "quantity.inferred_unit"
        start = doc[num.first].idx
        end = doc[end_i].idx + len(doc[end_i].text)
        out.append(Quantity(value=num.value, unit=unit, text=text[start:end], start=start, end=end,
                            claimed_by=_claimant(a, last_tok, quotes), rule=rule))
    return out


def _sent_gap(sent_starts: list[int], start_char: int, end_char: int) -> int:
    """How many sentence starts lie between two character offsets."""
    return bisect_right(sent_starts, end_char) - bisect_right(sent_starts, start_char)
