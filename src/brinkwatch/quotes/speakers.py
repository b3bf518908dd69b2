"""Who speaks: the subject of a reporting verb, as a span, resolved to an Actor."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from ..records import Actor, Cue
from . import lexicon

# dependents that belong to a speaker's name ("the Russian defense ministry", "NATO's chief")
_NAME_DEPS = frozenset({"compound", "flat", "det", "amod", "poss", "nmod", "nummod", "case", "quantmod", "predet"})
# links through which a verb shares its subject ("he said, adding ...", "she smiled and said ...")
_SHARED_SUBJECT = frozenset({"conj", "advcl", "xcomp", "pcomp"})
_SPEAKER_POS = frozenset({"PROPN", "PRON", "NOUN"})
_PLACE_PREPS = frozenset({"in", "of", "from", "at", "for"})
_RELATIVES = frozenset({"who", "that", "which"})
_NOT_SPEAKERS = frozenset({"there", "which", "that", "what", "who", "this", "these", "those"})
_GROUP_DEMONSTRATIVES = frozenset({"those", "these"})


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _punct(tok: Token) -> bool:
    """Punctuation, but not a noun the tokenizer calls punctuation ('49%')."""
    return tok.is_punct and tok.text != "%"


def _described_group(tok: Token) -> bool:
    """'those surveyed', 'those who back her': a demonstrative that names people by what follows it."""
    return tok.lower_ in _GROUP_DEMONSTRATIVES and any(c.dep_ in ("acl", "relcl") and c.i > tok.i for c in tok.children)


def subject_head(verb: Token, depth: int = 0) -> Token | None:
    """The head token of whoever performs ``verb`` (active subject, passive agent, shared subject)."""
    children = list(verb.children)
    for child in children:
        if child.dep_ == "agent":
            obj = _pobj(child)
            if obj is not None:
                return obj
    for child in children:
        if child.dep_ in ("nsubj", "csubj") and child.lower_ in _RELATIVES and verb.dep_ == "relcl":
            return verb.head  # 'Bortis, who noted that ...'
        if child.dep_ in ("nsubj", "csubj") and not _punct(child) and (
                child.lower_ not in _NOT_SPEAKERS or _described_group(child)):
            return child
    if any(c.dep_ == "nsubjpass" for c in children):
        return None  # "it was said": nobody named
    if depth < 2 and verb.dep_ in _SHARED_SUBJECT and verb.head.i != verb.i:
        return subject_head(verb.head, depth + 1)
    return None


def document_holder(verb: Token) -> tuple[Token, Token | None] | None:
    """Who speaks through a document a participle describes, and the verb that issued it: 'The
    ministry issued a statement saying ...' (the ministry, 'issued'); 'a statement released by the
    ministry saying ...' (the ministry, None); 'a tweet attacking ...' (the tweet, None)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.lemma_.lower() not in lexicon.words("venues"):
        return None
    noun = verb.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.words("issuing"):
        holder = subject_head(noun.head)
        if holder is not None and holder.lower_ not in ("it", "there"):
            return holder, noun.head
    for child in noun.children:  # 'a statement released by the ministry'
        if child.dep_ == "acl" and child.i < verb.i:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            obj = _pobj(agent) if agent is not None else None
            if obj is not None:
                return obj, None
    return noun, None


def relative_subject(verb: Token) -> Token | None:
    """The relative pronoun that is the subject of ``verb`` ('who' in 'Smith, who said ...')."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.lower_ in _RELATIVES), None)


def in_prepositional_phrase(tok: Token, stop: Token) -> bool:
    """Whether ``tok`` hangs from a preposition on its way up to ``stop`` ('in a statement')."""
    for anc in [tok, *tok.ancestors]:
        if anc is stop or anc.i == stop.i:
            return False
        if anc.dep_ in ("prep", "pobj", "pcomp", "poss"):
            return True
    return False


def adjacent_head(verb: Token, limit: int = 6) -> Token | None:
    """When the parse gives no subject: the name right after an inverted verb ('said Kuleba')."""
    doc = verb.doc
    for i in range(verb.i + 1, min(len(doc), verb.i + 1 + limit)):
        tok = doc[i]
        if tok.pos_ in _SPEAKER_POS and tok.lower_ not in _NOT_SPEAKERS and tok.tag_ != "PRP$":
            # walk to the head of its name
            while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.i < len(doc):
                tok = tok.head
            if in_prepositional_phrase(tok, verb):
                return None  # 'said in a statement', 'said of the captain'
            if tok.head.i == verb.i and (tok.dep_ == "dative" or tok.dep_ == "dobj" and any(
                    c.dep_ in ("ccomp", "xcomp") and c.i > tok.i for c in verb.children)):
                return None  # 'told HuffPost Canada the laws ...': the listener
            return tok
        if tok.is_punct and tok.text not in (",",):
            return None
    return None


def speaker_span(head: Token) -> Span:
    """The name around ``head``: compounds, determiners, modifiers, possessors; no appositions."""
    keep = {head.i}
    todo = [head]
    while todo:
        tok = todo.pop()
        for child in tok.children:
            if child.i not in keep and (child.dep_ in _NAME_DEPS or _modifier_part(child, head)):
                keep.add(child.i)
                todo.append(child)
    if head.pos_ == "NOUN":  # 'officials in Ukraine', 'the chair of the committee'
        for child in head.children:
            if child.dep_ == "prep" and child.i == max(keep) + 1 and child.lower_ in _PLACE_PREPS:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "PROPN":
                    keep.update(t.i for t in child.subtree)
    left, right = min(keep), max(keep)
    doc = head.doc
    # a contiguous run around the head only; a hyphen or slash inside a word joins ('CNN/ORC', 'Post-ABC')
    keep.update(k for k in range(left + 1, right) if k not in keep and _joiner(doc, k) and k - 1 in keep)
    i = head.i
    while i - 1 >= left and (i - 1) in keep:
        i -= 1
    j = head.i
    while j + 1 <= right and (j + 1) in keep:
        j += 1
    while i < j and _punct(doc[i]):
        i += 1
    while j > i and _punct(doc[j]):
        j -= 1
    while i >= 2 and _hyphen_joins(doc, i - 2):  # 'Ms. Varga-Lindqvist' parsed as 'Varga', '-', 'Lindqvist'
        i -= 2
        while i - 1 >= left and (i - 1) in keep:
            i -= 1
    while j + 2 < len(doc) and _hyphen_joins(doc, j):
        j += 2
    return doc[i : j + 1]


_LEFT_PARTS = frozenset({"advmod", "neg", "preconj"})  # 'nearly half', 'not everyone', 'both X and Y'


def _modifier_part(child: Token, head: Token) -> bool:
    """Words before the head that belong to the name's modifiers: a degree word ('About four in 10',
    'the most recent data'), a negation or 'both' ('Not everyone'), adjectives joined by a conjunction
    ('current and former officials') and a title's 'of' phrase ('Secretary of State John Kerry')."""
    if child.i > head.i or head.pos_ == "VERB":
        return False
    parent = child.head
    if child.dep_ in _LEFT_PARTS:
        return parent.pos_ in ("NUM", "ADJ", "NOUN", "PROPN", "PRON", "DET") and child.pos_ != "VERB" \
            and child.tag_ != "WRB" and child.lower_ not in lexicon.words_of("speakers.json", "focus_adverbs")
    if child.dep_ in ("cc", "conj"):
        return parent.dep_ in ("amod", "compound", "nmod") and parent.i < head.i
    if child.dep_ == "prep" and child.lower_ == "of" and parent.dep_ in ("nmod", "compound") and parent.i < head.i:
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        return obj is not None and obj.pos_ == "PROPN" and obj.right_edge.i < head.i
    if child.dep_ == "pobj":
        return parent.dep_ == "prep" and parent.lower_ == "of" and parent.head.dep_ in ("nmod", "compound")
    return False


def _joiner(doc, k: int) -> bool:
    """A hyphen or slash with no space on either side ('CNN/ORC', 'Post-ABC')."""
    return doc[k].text in ("-", "/", "‐") and not doc[k].whitespace_ and not doc[k - 1].whitespace_


def _hyphen_joins(doc, k: int) -> bool:
    """Whether tokens k and k+2 are one hyphenated name ('Varga-Lindqvist')."""
    left, mark, right = doc[k], doc[k + 1], doc[k + 2]
    if mark.text not in ("-", "‐") or left.whitespace_ or mark.whitespace_:
        return False
    if left.head.i == right.i or right.head.i == left.i:  # 'Texas-based', '46-year-old', 'far-right'
        return left.is_alpha or left.like_num
    return left.is_alpha and right.is_alpha and left.text[:1].isupper() and right.text[:1].isupper()


_MENTION_DEPS = frozenset({"appos", "relcl"})
_TAIL_DEPS = frozenset({"prep", "acl", "amod", "conj", "cc", "npadvmod", "nummod"})


def mention_span(head: Token, core: Span) -> Span:
    """The whole mention: the name with what follows it in its phrase, its apposition, relative clause,
    conjuncts and modifiers ('Ned Price, the State Department spokesman'; 'Chris Cox, who runs ...';
    'officials familiar with the talks'; 'Smith and her aides')."""
    doc = head.doc
    end = core.end
    for child in [c for tok in core for c in tok.children]:  # 'officials familiar with the talks'
        if child.dep_ in _TAIL_DEPS and child.i >= core.end and child.right_edge.i < head.sent.end \
                and not _aside_participle(child):
            end = max(end, child.right_edge.i + 1)
    for child in head.children:
        if child.dep_ in _MENTION_DEPS and child.i >= core.end and child.left_edge.i - end <= 2:
            end = max(end, child.right_edge.i + 1)
    while end > core.end and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end == core.end and end < len(doc) and doc[end].lower_ == "there" and doc[end].head.i == head.i:
        end += 1  # 'officials there'
    return doc[core.start : _closing_mark(doc, core.start, end)]


_PAIRED = (("(", ")"), ("—", "—"), ("--", "--"))


def _closing_mark(doc, start: int, end: int) -> int:
    """``end`` past the bracket or dash that closes one opened inside the mention ('Dmytro Kuleba (the
    country's foreign minister)', 'Sanders (I-Vt.)', 'Jo Sims — a teacher from Ohio —')."""
    words = [t.text for t in doc[start:end]]
    for opening, closing in _PAIRED:
        opened = words.count(opening) - (words.count(closing) if opening != closing else 0)
        if opening == closing:
            opened %= 2
        if opened <= 0:
            continue
        k = end + 1 if end + 1 < len(doc) and doc[end].text == "." and doc[end + 1].text == closing else end
        if k < len(doc) and doc[k].text == closing:
            return k + 1
    return end


def _aside_participle(child: Token) -> bool:
    """'Trump, speaking to veterans in Virginia,': a participle set off by a comma tells what the
    speaker was doing, not who the speaker is ('officials familiar with the talks' stays)."""
    return child.dep_ == "acl" and child.tag_ == "VBG" and child.left_edge.i > 0 \
        and child.doc[child.left_edge.i - 1].text == ","


def resolve(analysis, span: Span) -> Actor:
    """Resolve through the analysis' resolver; a bare Actor when there is none."""
    resolver = getattr(analysis, "resolver", None)
    if resolver is not None:
        try:
            actor = resolver.resolve(span)
        except Exception:  # the resolver is another component: never lose the quote over it
            actor = None
        if actor is not None and actor.name is None:
            actor = _resolve_entity(resolver, span) or actor
        if actor is not None:
            return actor
    return Actor(text=span.text, start=span.start_char, end=span.end_char)


def name_from_apposition(analysis, head: Token, actor: Actor) -> Actor:
    """'The U.S. envoy to the OSCE, Michael Carpenter': an unnamed speaker takes the name of the person
    in its apposition."""
    if actor.name is not None:
        return actor
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            named = resolve(analysis, speaker_span(child))
            if named.name is not None:
                return Actor(actor.text, actor.start, actor.end, named.name, named.country or actor.country,
                             named.sector or actor.sector)
    return actor


_ENT_ORDER = ("PERSON", "ORG", "NORP", "GPE")


def _entities_in(span: Span) -> list[Span]:
    """The named entities inside ``span``, read from its tokens (Span.ents walks the whole doc)."""
    doc, out, start = span.doc, [], None
    for tok in span:
        if start is not None and tok.ent_iob_ != "I":
            out.append(Span(doc, start, tok.i, label=doc[start].ent_type_))
            start = None
        if tok.ent_iob_ == "B":
            start = tok.i
    if start is not None:
        out.append(Span(doc, start, span.end, label=doc[start].ent_type_))
    return out


def _resolve_entity(resolver, span: Span) -> Actor | None:
    """'Maj. Gen. Igor Konashenkov': when the whole span is unknown, the name inside it."""
    ents = sorted((e for e in _entities_in(span) if e.label_ in _ENT_ORDER and len(e) < len(span)),
                  key=lambda e: (_ENT_ORDER.index(e.label_), -len(e)))
    for ent in ents:
        try:
            actor = resolver.resolve(ent)
        except Exception:
            continue
        if actor is None or actor.name is None:
            continue
        if ent.label_ == "PERSON":  # 'Maj. Gen. Igor Konashenkov': the person, named by the whole span
            return Actor(span.text, span.start_char, span.end_char, actor.name, actor.country, actor.sector)
        return Actor(span.text, span.start_char, span.end_char, None, actor.country, None)
    return None


_CUE_LEFT = frozenset({"aux", "auxpass", "advmod", "neg"})


def cue_of(token: Token, lemma: str, infinitive: bool = False) -> Cue:
    """The cue's words: the verb with its auxiliaries and adverbs right before it ('has also said')
    and its particle ('pointed out'); with ``infinitive``, its 'to' too ('to endorse')."""
    doc = token.doc
    first = last = token.i
    kids = {c.i: c for c in token.children}
    while first - 1 in kids and kids[first - 1].dep_ in _CUE_LEFT and kids[first - 1].pos_ in ("AUX", "ADV", "PART") \
            and (infinitive or kids[first - 1].lower_ != "to"):
        first -= 1
    if last + 1 in kids and kids[last + 1].dep_ == "prt":
        last += 1  # 'pointed out'
    elif last + 1 in kids and kids[last + 1].lower_ == "it" and lemma in lexicon.words("it_cues"):
        last += 1  # 'as she put it'
    elif " " in lemma:  # 'called for', 'is critical of', 'voiced concern about': up to the lemma's last word
        word = lemma.split()[-1]
        last = next((t.i for t in doc[last + 1 : last + 5] if t.lower_ == word), last)

    last = _cue_tail(token, last)
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return Cue(text=doc[first : last + 1].text, lemma=lemma, start=start, end=end)


_VENUE_PREPS = frozenset({"in", "at", "during", "on", "via", "through"})


def _cue_tail(token: Token, last: int) -> int:
    """Words right after the cue that tell when, where or how it was said belong to it: a bare time
    ('said Friday', 'said Monday night'), a venue ('said in a statement', 'told reporters at a
    briefing' is not: only a phrase that follows the verb at once) and a passive's 'by' ('is backed by')."""
    doc = token.doc
    kids = {c.i: c for c in token.children}
    nxt = kids.get(last + 1)
    if nxt is None:
        return last
    if nxt.dep_ == "agent":
        return nxt.i
    if nxt.dep_ in ("npadvmod", "tmod") and nxt.left_edge.i == nxt.i and nxt.right_edge.i - nxt.i <= 2:
        words = doc[nxt.i : nxt.right_edge.i + 1]
        if all(t.lower_ in lexicon.words("times") for t in words if not t.is_stop):
            return nxt.right_edge.i
    if nxt.dep_ == "prep" and nxt.lower_ in _VENUE_PREPS:
        obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.lemma_.lower() in lexicon.words("venues") and obj.right_edge.i == obj.i:
            return obj.i
    return last


_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})


class SpeakerMemory:
    """Fills what the resolver left open from the speakers already seen in the document:
    a bare surname takes the full name it was introduced with, 'he'/'she' the last named speaker."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.named: list[Actor] = []  # speakers with a name, in document order
        self.persons = [e for e in doc.ents if e.label_ == "PERSON"]
        self.person_ends = [e.end_char for e in self.persons]
        self.full_names: dict[str, str] = {}  # surname -> the first full name it came with
        for ent in self.persons:
            if len(ent) > 1:
                self.full_names.setdefault(ent[-1].text, ent.text)

    def fill(self, actor: Actor, span: Span, remember: bool = True) -> Actor:
        """``remember=False``: use what is known, but leave this speaker out of what later ones resolve to."""
        if actor.name is None:
            actor = self._surname(actor, span) or self._pronoun(actor, span) or actor
        if remember and actor.name is not None and span.root.pos_ in ("PROPN", "PRON"):
            self.named.append(actor)
        return actor

    def _surname(self, actor: Actor, span: Span) -> Actor | None:
        if len(span) != 1 or span[0].pos_ != "PROPN":
            return None
        word = span[0].text
        for known in reversed(self.named):
            if known.name and known.name.split()[-1] == word:
                return Actor(actor.text, actor.start, actor.end, known.name, known.country, known.sector)
        full = self.full_names.get(word)
        if full is not None:
            return Actor(actor.text, actor.start, actor.end, full, actor.country, actor.sector)
        return None

    def _pronoun(self, actor: Actor, span: Span) -> Actor | None:
        """'he'/'she': the person named last before it (a named speaker or a PERSON entity)."""
        if len(span) != 1 or span[0].lower_ not in _PERSON_PRONOUNS:
            return None
        best: tuple[int, str, str | None, str | None] | None = None
        for known in reversed(self.named):
            if known.start < span.start_char and known.name:
                best = (known.start, known.name, known.country, known.sector)
                break
        k = bisect_right(self.person_ends, span.start_char)
        if k > 0 and (best is None or self.persons[k - 1].start_char > best[0]):
            full = self._full_name(self.persons[k - 1])
            if full:
                best = (self.persons[k - 1].start_char, full, None, None)
        if best is None or span.start_char - best[0] > 1500:
            return None
        return Actor(actor.text, actor.start, actor.end, best[1], best[2], best[3])

    def _full_name(self, ent: Span) -> str | None:
        """A PERSON entity as a full name: itself when it has two words, else the earlier full form."""
        if len(ent) > 1:
            return ent.text
        for known in reversed(self.named):
            if known.name and known.name.split()[-1] == ent.text:
                return known.name
        return self.full_names.get(ent.text)
