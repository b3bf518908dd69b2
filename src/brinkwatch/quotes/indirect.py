"""Reported speech from the parse: a reporting verb with a clause ('Kyiv stated that ...'),
'according to X', and a speaker's colon ('Smith was blunt: ...')."""
from __future__ import annotations

from dataclasses import dataclass

from ..nlp.model import doc_text
from spacy.tokens import Doc, Token

from . import lexicon
from .speakers import adjacent_head, document_holder, relative_subject, subject_head

_CLAUSE_DEPS = ("ccomp", "xcomp")
_PLAIN_SAY = frozenset({"say", "add"})  # verbs whose bare clause the parser may miss
_QUESTION_WORDS = frozenset({"if", "whether", "what", "why", "how", "who", "whom", "which", "when", "where"})
_EDGE_PUNCT = ",;:-–—"
_CLAUSE_JOINERS = frozenset({",", ";", "and", "but", "or"})
OPEN_MARKS = "“„«»‹‘‚\"'"
CLOSE_MARKS = "”“»«›’\"'"


@dataclass(frozen=True)
class Reported:
    """A reporting verb with its speaker head and the character range of what was said."""

    cue: Token
    lemma: str
    speaker: Token | None
    start: int
    end: int
    rule: str
    confidence: float


def trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and clause punctuation at the edges; drop a lone quote mark at either edge."""
    while True:
        old = (start, end)
        while start < end and (text[start].isspace() or text[start] in _EDGE_PUNCT):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCT):
            end -= 1
        inner = text[start:end]
        if end > start and text[start] in OPEN_MARKS and not any(c in CLOSE_MARKS for c in inner[1:]):
            start += 1
        if end > start and text[end - 1] in CLOSE_MARKS and not any(c in OPEN_MARKS for c in inner[:-1]):
            end -= 1
        if (start, end) == old:
            return start, end


def _clause_range(clause: Token) -> tuple[int, int]:
    toks = list(clause.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def infinitive(clause: Token) -> bool:
    """'asked Putin to recognize ...': an infinitive with no subject of its own is no statement."""
    kids = list(clause.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)


def _statement(clause: Token) -> bool:
    """A clause that states something: no infinitive ('urged him to go'), no question ('asked whether')."""
    if infinitive(clause):
        return False
    if clause.dep_ == "xcomp" and clause.tag_ != "VBG":
        return False
    first = clause.left_edge
    return first.lower_ not in _QUESTION_WORDS


def _left_neighbour(verb: Token) -> Token | None:
    """A name right before the verb that the parse did not link ('Traeger\u200b said ...')."""
    if verb.i == 0:
        return None
    tok = verb.doc[verb.i - 1]
    if tok.pos_ in ("PROPN", "PRON") and tok.dep_ not in ("poss",) and tok.lower_ not in ("it", "that", "which"):
        return tok
    return None


def _fronted_ok(clause: Token, head: Token, verb: Token) -> bool:
    """'..., Biden said': a clause before its verb must end at a comma, dash or quote mark."""
    first = min(head.left_edge.i, verb.i)
    last = clause.right_edge.i
    doc = verb.doc
    gap = [t for t in doc[last + 1 : first] if not t.is_space]
    return bool(gap) and all(t.is_punct for t in gap) and any(t.text in ",—–-\"”’'»«" for t in gap)


def _can_speak(head: Token) -> bool:
    """Whether a subject can utter things (a person, a pronoun, an organisation, a speaking role)."""
    if head.pos_ == "PRON":
        return head.lower_ in ("i", "we", "you", "he", "she", "they")
    if head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if head.pos_ == "PROPN":
        return True
    return head.lemma_.lower() in lexicon.speaker_nouns()


can_speak = _can_speak

_VERB_POS = ("VERB", "AUX")
_VERB_TAGS = ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB")


def _verb_tokens(doc: Doc) -> list:
    """The tokens ``lexicon.cue_lemma`` can accept (verbs by part of speech or tag), found from the
    annotation arrays once per parse instead of building every token of the document each time."""
    cached = doc.user_data.get("brinkwatch.quote_verbs")
    if cached is None:
        strings = doc.vocab.strings
        pos_ids = {strings.add(p) for p in _VERB_POS}
        tag_ids = {strings.add(t) for t in _VERB_TAGS}
        rows = doc.to_array(["POS", "TAG"]).tolist()
        cached = [doc[i] for i, (pos, tag) in enumerate(rows) if pos in pos_ids or tag in tag_ids]
        doc.user_data["brinkwatch.quote_verbs"] = cached
    return cached


verb_tokens = _verb_tokens


def reporting_clauses(doc: Doc) -> list[Reported]:
    """Every reporting verb with a clausal complement and a speaker."""
    text = doc_text(doc)
    mental = lexicon.mental_kinds()
    out: list[Reported] = []
    for tok in _verb_tokens(doc):
        lemma = lexicon.cue_lemma(tok)
        if lemma is None or lexicon.cue_kind(lemma) in mental or _negated(tok):
            continue
        clauses = [c for c in tok.children if c.dep_ in _CLAUSE_DEPS and _statement(c)] or _listener_clause(tok, lemma) \
            or _stranded_that(tok)
        if not clauses:
            continue
        head = subject_head(misplaced_conjunct(tok) or tok) or (adjacent_head(tok) if clauses[0].i < tok.i else None)
        cue, cue_lemma = tok, lemma
        if head is None and (held := document_holder(tok)) is not None:
            head, issuer = held  # 'issued a statement saying ...': the cue runs from 'issued'
            if issuer is not None:
                cue, cue_lemma = issuer, f"{issuer.lemma_.lower()} {tok.lower_}"
        head = head or _left_neighbour(tok)
        if head is None:
            continue
        # a 'clause' holding the speaker is a misparse of the subject ('advocate Josh Matlow told ...')
        clauses = _nearest_fronted([c for c in clauses if not c.left_edge.i <= head.i <= c.right_edge.i], head, tok)
        if not clauses:
            continue
        weak = lemma in lexicon.weak_verbs()
        if weak and not _can_speak(head):
            continue
        start = min(_clause_range(c)[0] for c in clauses)
        end = _before_own_conjunct(tok, clauses, max(_unjoined_tail(c) for c in clauses))
        start, end = trim_content(text, start, end)
        if len(text[start:end].split()) < 2:
            continue
        out.append(Reported(cue, cue_lemma, head, start, end, "quote.indirect.ccomp", 0.6 if weak else 0.8))
    return out


def _unjoined_tail(clause: Token) -> int:
    """Where a clause ends, with a 'conjunct' the parse hangs on an outer verb though nothing joins it
    to what came before ('that the day would be remembered as the day Western propaganda fell flat':
    'fell' is no second verb of the sentence but the end of the clause)."""
    doc = clause.doc
    last = clause.right_edge
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is None or any(t.is_punct or t.is_space or t.pos_ in ("CCONJ", "ADP", "SCONJ") for t in (last, nxt)):
        return _clause_range(clause)[1]
    for tok in doc[nxt.i : min(len(doc), nxt.i + 8)]:
        if tok.dep_ == "conj" and tok.left_edge.i == nxt.i and tok.head.i < clause.left_edge.i \
                and not any(c.dep_ in ("cc", "punct") and c.i < tok.i for c in tok.head.children if c.i > last.i) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            end = tok.right_edge
            while end.i > tok.i and end.is_punct:
                end = doc[end.i - 1]
            return end.idx + len(end)
    return _clause_range(clause)[1]


def _nearest_fronted(clauses: list[Token], head: Token, verb: Token) -> list[Token]:
    """Of the clauses before the verb only the nearest, and only where it ends at a comma, dash or quote
    mark: the parse also hangs earlier sentence parts on a late cue ('Kasich offered X, then says he'll
    ...', 'He ticked through the code: "Civility ...," he said')."""
    before = sorted((c for c in clauses if c.i < verb.i), key=lambda c: c.right_edge.i)
    after = [c for c in clauses if c.i > verb.i]
    if not before or not _fronted_ok(before[-1], head, verb):
        return after
    kept = [before[-1]]
    for clause in reversed(before[:-1]):  # 'A, and B, researchers report': coordinated clauses go together
        gap = list(verb.doc[clause.right_edge.i + 1 : kept[0].left_edge.i])
        seam = [clause.right_edge] + gap
        if not all(t.text in _CLAUSE_JOINERS for t in gap) or not any(t.text in _CLAUSE_JOINERS for t in seam):
            break
        kept.insert(0, clause)
    return kept + after


def _before_own_conjunct(verb: Token, clauses: list[Token], end: int) -> int:
    """'She said she regretted it and promised to stay out': what was said ends before the 'and' of
    the speaker's own next verb that the parse hangs on the clause (``misplaced_conjunct``)."""
    doc = verb.doc
    for clause in clauses:
        for tok in clause.subtree:
            owner = misplaced_conjunct(tok) if tok.dep_ == "conj" else None
            if owner is not None and owner.i == verb.i:
                cc = next(c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i)
                last = doc[cc.i - 1]
                end = min(end, last.idx + len(last))
    return end


def misplaced_conjunct(tok: Token) -> Token | None:
    """The reporting verb whose conjunct ``tok`` really is when the parse hangs it on that verb's
    clause: a reporting verb (not one of thinking) in the reporting verb's own form, with no subject of
    its own, after an 'and' inside the clause ('said she regretted it and promised ...': 'said')."""
    if tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return None
    lemma = lexicon.cue_lemma(tok)
    if lemma is None or lexicon.cue_kind(lemma) in lexicon.mental_kinds():
        return None
    clause = tok.head
    for _ in range(4):
        if clause.dep_ == "ccomp" or clause.head.i == clause.i:
            break
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i > clause.left_edge.i or verb.tag_ != tok.tag_:
        return None
    if lexicon.cue_lemma(verb) is None:
        return None
    cc = next((c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i), None)
    return verb if cc is not None and cc.i > clause.left_edge.i else None


_ADJUNCT_PATH = frozenset({"prep", "pobj", "pcomp", "npadvmod", "advmod", "advcl", "acl", "relcl", "appos", "compound",
                           "nmod", "amod", "det", "poss", "nummod"})


def _own_that_nouns() -> frozenset[str]:
    return (lexicon.words("claim_nouns") | lexicon.words("own_that_nouns")) - lexicon.words("venues")


def _stranded_that(verb: Token) -> list[Token]:
    """'said in one of a series of messages that the truck was armed', 'said on CNN, where he works, that
    ...': the parse hangs the 'that' clause on a phrase after the verb; the clause opened by the first
    'that' after the phrase is what was said (no clause comes in between)."""
    doc = verb.doc
    for tok in doc[verb.i + 1 : verb.right_edge.i + 1]:
        if tok.pos_ in ("VERB", "AUX") and (tok.dep_ not in _ADJUNCT_PATH or lexicon.cue_lemma(tok) is not None):
            return []  # 'dismissed it, saying that ...': the clause is the other verb's
        if tok.lower_ != "that" or tok.dep_ != "mark":
            continue
        clause = tok.head
        if clause.left_edge.i != tok.i or clause.head.pos_ not in ("NOUN", "PROPN", "NUM", "PRON") \
                or not _statement(clause) or clause.head.lemma_.lower() in _own_that_nouns():
            return []  # 'rejected the notion that ...': the noun's own clause
        node = clause.head
        while node.i != verb.i:
            if node.dep_ not in _ADJUNCT_PATH or node.head.i == node.i:
                return []
            node = node.head
        return [clause]
    return []


def _listener_clause(verb: Token, lemma: str) -> list[Token]:
    """'He told a meeting of leaders that few understood ...': the parse hangs the 'that' clause on the
    listener as a relative clause, but a relative clause has no 'that' as its mark."""
    if lemma not in lexicon.words("addressee"):
        return []
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        for clause in obj.subtree:
            if clause.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                return [clause] if _statement(clause) else []
    return []


def unparsed(doc: Doc, taken: set[int]) -> list[Reported]:
    """'Still, McNeely said disease can ...' when the parse missed the clause: a name or pronoun, a
    reporting verb, then (after an optional 'in a statement' and 'that') a clause up to the sentence end."""
    text = doc_text(doc)
    out: list[Reported] = []
    for tok in _verb_tokens(doc):
        if tok.i in taken or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i == 0:
            continue
        lemma = lexicon.cue_lemma(tok)
        if lemma not in _PLAIN_SAY or _negated(tok):
            continue
        head = subject_head(tok) or _left_neighbour(tok)
        if head is None or head.i > tok.i or head.pos_ not in ("PROPN", "PRON"):
            continue
        sent = tok.sent
        nxt = tok.i + 1
        that = next((t for t in doc[nxt : min(sent.end, nxt + 8)] if t.lower_ == "that" and t.dep_ == "mark"), None)
        if that is not None:
            nxt = that.i
        elif nxt < sent.end and (doc[nxt].is_punct or doc[nxt].pos_ in ("ADP", "ADV", "PART")):
            continue
        if nxt >= sent.end:
            continue
        s, e = trim_content(text, doc[nxt].idx, sent.end_char)
        while e > s and text[e - 1] in ".!?":
            e -= 1
        clause = doc.char_span(s, e, alignment_mode="expand")
        if clause is None or len(clause) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in clause):
            continue
        out.append(Reported(tok, lemma, head, s, e, "quote.indirect.unparsed", 0.6))
    return out


def parentheticals(doc: Doc, taken: set[int]) -> list[Reported]:
    """'The talks failed, he said, and the envoys left.': a cue set off by commas, without a clause
    of its own in the parse; what it reports is the sentence part before it (and the part after)."""
    text = doc_text(doc)
    mental = lexicon.mental_kinds()
    out: list[Reported] = []
    for tok in _verb_tokens(doc):
        if tok.i in taken:
            continue
        lemma = lexicon.cue_lemma(tok)
        if lemma is None or lexicon.cue_kind(lemma) in mental or _negated(tok):
            continue
        if _relative(tok):
            continue  # 'Smith, an aide who advised the mayor, said ...': the aside names the speaker
        head = _inverted_subject(tok) or subject_head(tok) or _left_neighbour(tok)
        inverted = head is None or head.i > tok.i
        if inverted:
            head = adjacent_head(tok)
        if head is None:
            continue
        phrase = sorted([tok.i, head.left_edge.i, head.right_edge.i]) if not inverted else [tok.i, head.right_edge.i]
        left, right = phrase[0], phrase[-1]
        sent = tok.sent
        if right + 1 < len(doc) and doc[right + 1].lower_ == "it" and doc[right + 1].head.i == tok.i \
                and lemma in lexicon.words("it_cues"):
            right += 1  # 'as she put it'
        if _as_mark(tok, left):  # 'as the Post reported': the 'as' opens the aside
            left -= 1
            if opens_sentence(doc, left) and right + 2 < sent.end and doc[right + 1].text == ",":
                s, e = trim_content(text, doc[right + 2].idx, sent.end_char)  # 'As X reported, ...'
                while e > s and text[e - 1] in ".!?":
                    e -= 1
                if len(text[s:e].split()) >= 3:
                    out.append(Reported(tok, lemma, head, s, e, "quote.indirect.parenthetical", 0.7))
                continue
        if left <= sent.start or doc[left - 1].text != ",":
            continue
        if right + 1 >= sent.end or doc[right + 1].text not in (",", ".", "!", "?"):
            continue
        s, e = trim_content(text, sent.start_char, doc[left - 1].idx)
        s2 = e2 = None
        if doc[right + 1].text == "," and right + 2 < sent.end:
            s2, e2 = trim_content(text, doc[right + 2].idx, sent.end_char)
            while e2 > s2 and text[e2 - 1] in ".!?":
                e2 -= 1
        before, after = len(text[s:e].split()), len(text[s2:e2].split()) if s2 is not None else 0
        if _participle_opening(doc, sent.start, left):
            before = 0  # 'Asked whether ..., she said, ...': the question, not what she said
        if before >= 3 or before and after >= 3:  # 'Kyiv, the mayor said, would hold': one clause in two
            out.append(Reported(tok, lemma, head, s, e, "quote.indirect.parenthetical", 0.7))
        if after >= 3 and before:
            out.append(Reported(tok, lemma, head, s2, e2, "quote.indirect.parenthetical", 0.65))
    return out


def _inverted_subject(verb: Token) -> Token | None:
    """'The promise appeals to voters, said Alan Abramowitz': a subject after a cue set off by a comma,
    where the parse also hangs the statement's subject on the cue."""
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    return next((c for c in verb.rights if c.dep_ == "nsubj"), None)


def _relative(verb: Token) -> bool:
    """Whether ``verb`` heads (or is a conjunct in) a relative clause with a relative pronoun for its
    subject ('who advised the mayor', 'who has met him and been mentioned as ...')."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "relcl" and relative_subject(verb) is not None


def _participle_opening(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start`` to ``end`` open with a past participle clause ('Asked about ...',
    'When pressed on ...') rather than a statement."""
    first = doc[start]
    if first.tag_ == "WRB" and start + 1 < end:
        first = doc[start + 1]
    return first.tag_ == "VBN" and first.dep_ in ("advcl", "ROOT") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in first.children)


def _as_mark(verb: Token, left: int) -> bool:
    """Whether the token before the cue phrase is the cue's own 'as' ('as the Post reported')."""
    if left == 0:
        return False
    mark = verb.doc[left - 1]
    return mark.lower_ == "as" and mark.head.i == verb.i and mark.dep_ in ("mark", "advmod", "prep")


def opens_sentence(doc: Doc, i: int) -> bool:
    """Whether only punctuation and conjunctions come before token ``i`` in its sentence ('But as ...')."""
    start = doc[i].sent.start
    return all(t.is_punct or t.is_space or t.pos_ == "CCONJ" for t in doc[start:i])


def according_to(doc: Doc) -> list[Reported]:
    """'According to X, ...' / '..., according to X.': the rest of the sentence is what X said."""
    text = doc_text(doc)
    out: list[Reported] = []
    according = doc.vocab.strings.add("according")
    for i in [i for i, lower in enumerate(doc.to_array("LOWER").tolist()) if lower == according]:
        tok = doc[i]
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        to = doc[tok.i + 1]
        source = _pobj(to)
        if source is None:
            continue
        sent = tok.sent
        if all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in doc[sent.start : tok.i]):  # 'According to X, ...': what follows the next comma
            comma = next((t for t in doc[source.i : sent.end] if t.text == ","), None)
            if comma is None:
                continue
            s, e = comma.idx + 1, sent.end_char
        else:  # '..., according to X.'
            s, e = sent.start_char, tok.idx
        s, e = trim_content(text, s, e)
        while e > s and text[e - 1] in ".":
            e -= 1
        if len(text[s:e].split()) < 3:
            continue
        out.append(Reported(tok, "according to", source, s, e, "quote.indirect.according_to", 0.75))
    return out


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)
