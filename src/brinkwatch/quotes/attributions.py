"""Attributions beyond speech: what someone thinks, wants, supports or calls for.

A quote says what was said; an attribution also says who holds a belief ('Officials believe the talks
will fail'), who backs or attacks something ('The union endorsed Smith'), who means to do what ('She
vowed to resign'), who asked for what ('He called for a ceasefire') and who speaks in a transcript line
('Smith: We stay.').  These come after the quotes and never take their words: their rules are
``quote.attribution.*`` and their confidence is the lowest, so a quote always wins an overlap.

The words are data (``data/reporting_verbs.json``): the reporting verbs with their ``mental_kinds`` for
beliefs, ``attitude`` for verbs that take what they are about as an object, ``addressee`` for verbs whose
object is the listener, ``prepositional`` ('call for', 'talk about'), ``adjectives`` ('critical of'),
``nouns`` ('support for') and the ``light`` verbs that carry those nouns ('voiced support for').
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..nlp.model import doc_text
from . import lexicon
from .indirect import Reported, can_speak, misplaced_conjunct, opens_sentence, trim_content, verb_tokens
from .speakers import document_holder, subject_head

CONFIDENCE = 0.3
ATTRIBUTION = "quote.attribution."
_OBJECTS = frozenset({"dobj", "xcomp", "ccomp", "oprd"})
_NOT_COMPLEMENTS = frozenset({"conj", "cc", "punct", "advcl", "mark", "parataxis", "dep", "relcl"})
_BORROWED_SUBJECT = frozenset({"pcomp", "advcl", "xcomp"})
_ORDER_KINDS = frozenset({"directive", "question", "warning"})
_RELATIVES = frozenset({"that", "which", "who", "whom", "what"})
_BELIEF_OPENERS = frozenset({"if", "whether", "what", "why", "how", "who", "when", "where"})
_COLON_HEADS = ("PROPN", "NOUN", "PRON")


def attributions(doc: Doc, taken: set[int]) -> list[Reported]:
    """Every attribution of ``doc`` whose cue is not among ``taken`` (token indices of cues in use)."""
    out: list[Reported] = []
    verbs = lexicon.words("attitude")
    for tok in verb_tokens(doc):
        if tok.i in taken:
            continue
        found = _asked(tok) or _prepositional(tok) or _adjective(tok) or _light(tok) or _passive(tok, verbs) \
            or _with_object(tok, verbs)
        if found is not None:
            out.append(_issued(found))
        else:
            out += _raising(tok) or _agentless(tok) or _relative_object(tok, verbs)
    return out + possessed_stances(doc) + claims(doc, taken) + colon_lines(doc) + findings(doc)


_RAISED = frozenset({"xcomp", "acomp", "oprd", "ccomp"})


def _raising(verb: Token) -> list[Reported]:
    """'The plan seems to work', 'Turnout is expected to rise', 'It appears that ...': a view no one
    named holds; what is attributed is the subject and the complement, two spans under one cue (or the
    'that' clause alone after an empty 'it').  'seemed odd to voters': the voters hold it."""
    lemma = verb.lemma_.lower()
    mode = lexicon.raising_verbs().get(lemma)
    if mode is None:
        return []
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if mode == "passive" and not passive:
        return []
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    comp = next((c for c in verb.rights if c.dep_ in _RAISED), None)
    if subject is None or comp is None or comp.dep_ == "ccomp" and subject.lower_ != "it":
        return []
    if comp.dep_ == "xcomp" and passive and not _has_to(comp) and comp.tag_ not in ("VBG", "JJ"):
        return []
    holder = None
    for child in verb.rights:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("to", "by"):
            holder = _object_of(child)
    end = comp.right_edge.idx + len(comp.right_edge)
    if comp.dep_ == "ccomp":
        found = _report(verb, lemma, holder, comp.left_edge.idx, end, "view")
        return [found] if found is not None else []
    if subject.lower_ in ("there",) or subject.lower_ == "it" and comp.dep_ != "xcomp":
        return []
    first = _report(verb, lemma, holder, subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge), "view")
    second = _report(verb, lemma, holder, comp.left_edge.idx, end, "view")
    return [r for r in (first, second) if r is not None]


_QUESTION_PARTS = frozenset({"ccomp", "advcl", "xcomp", "dobj", "advmod", "prep"})


def _asked(verb: Token) -> Reported | None:
    """'Asked whether she would run, Lopez said ...', 'He was asked about the merger': a question put
    with no asker named (or only by an agent, 'asked by reporters'); what was asked is the clause or
    phrase right after the verb, up to a comma ('asked on Tuesday' is when, not what)."""
    if verb.lemma_.lower() not in lexicon.words("asked") or verb.tag_ != "VBN":
        return None
    kids = list(verb.children)
    if any(c.dep_ in ("nsubj", "csubj") or c.dep_ == "aux" and c.lemma_ == "have" for c in kids):
        return None  # 'she has asked ...': an asker
    if not any(c.dep_ == "auxpass" for c in kids) and verb.dep_ not in ("advcl", "ROOT"):
        return None
    parts: list[Token] = []
    for child in verb.rights:
        if child.dep_ == "punct" and child.text == ",":
            if parts:
                break
            continue
        if child.dep_ not in _QUESTION_PARTS:
            continue
        if child.dep_ == "prep" and child.lower_ != "about" or child.dep_ == "advmod" and child.tag_ != "WRB":
            continue  # 'asked on Tuesday', 'asked again'
        if child.dep_ == "advcl" and child.left_edge.lower_ not in _BELIEF_OPENERS:
            continue
        parts.append(child)
    if not parts:
        return None
    agent = next((c for c in kids if c.dep_ == "agent"), None)
    holder = _object_of(agent) if agent is not None else None
    first, end = parts[0].left_edge, parts[-1].right_edge
    comma = next((t for t in verb.doc[first.i + 1 : end.i + 1] if t.text == ","), None)
    if comma is not None:  # 'When asked why, the mayor shrugged': the question ends at the comma
        end = verb.doc[comma.i - 1]
    lemma = "ask"
    if parts[0].dep_ == "prep" and parts[0].i == verb.i + 1 and _object_of(parts[0]) is not None:
        lemma, first = "ask about", _object_of(parts[0]).left_edge  # 'Asked about the merger': the cue's
    return _report(verb, lemma, holder, first.idx, end.idx + len(end), "question")


def _issued(found: Reported) -> Reported:
    """'The council issued a statement calling ...': the cue runs from the verb that issued it."""
    held = document_holder(found.cue)
    if held is None or held[1] is None or held[0].i != found.speaker.i:
        return found
    issuer = held[1]
    return replace(found, cue=issuer, lemma=f"{issuer.lemma_.lower()} {found.cue.lower_}")


def _agentless(verb: Token) -> list[Reported]:
    """'He was accused of fraud', 'She was dubbed the winner': a passive with no 'by' labels its
    subject, and no one named holds the label; the subject and the complement are two spans under
    one cue ('was accused of': the preposition joins the cue when it is in ``passive_label_preps``)."""
    verbs, preps = lexicon.words("passive_labels"), lexicon.words("passive_label_preps")
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma not in verbs or not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
        return []
    subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in ("it", "there") or subject.i > verb.i:
        return []
    comp, cue_lemma = None, lemma
    for child in verb.rights:
        if child.dep_ == "oprd":
            comp = child
        elif child.dep_ == "prep" and child.lower_ in preps | {"for", "with"} and _object_of(child) is not None:
            comp = _object_of(child) if child.lower_ in preps else child
            cue_lemma = f"{lemma} {child.lower_}" if child.lower_ in preps else lemma
        if comp is not None:
            break
    if comp is None or comp.i != next(verb.rights).i and comp.head.i != next(verb.rights).i:
        return []  # only a complement right after the verb ('was praised on Friday for ...' is not)
    first = _report(verb, cue_lemma, None, subject.left_edge.idx, _np_end(subject), "label")
    second = _report(verb, cue_lemma, None, comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge), "label")
    return [r for r in (first, second) if r is not None]


def _source(verb: Token) -> Token | None:
    """Who holds the attribution: the verb's subject, or the noun a participle describes
    ('voters backing the plan')."""
    owner = misplaced_conjunct(verb)  # 'said she regretted it and promised ...': the one who said
    head = subject_head(owner if owner is not None else verb)
    if head is None and verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and can_speak(verb.head):
        head = verb.head  # 'voters backing the plan'; not 'a memo urging ...'
    if head is None and (held := document_holder(verb)) is not None:
        head = held[0]  # 'issued a statement calling ...', 'a tweet attacking ...'
    if head is None and verb.dep_ in _BORROWED_SUBJECT:
        head = _outer_subject(verb)
    if head is None or head.is_punct or head.lower_ in ("it", "there"):
        return None
    return head


def _report(verb: Token, lemma: str, head: Token, start: int, end: int, kind: str) -> Reported | None:
    text = doc_text(verb.doc)
    s, e = trim_content(text, start, end)
    while e > s and text[e - 1] in ".!?":
        e -= 1
    if e <= s:
        return None
    return Reported(verb, lemma, head, s, e, f"{ATTRIBUTION}{kind}", CONFIDENCE)


def _passive(verb: Token, verbs: frozenset[str]) -> Reported | None:
    """'The plan was rejected by the council': the agent holds the stance, the subject is its object."""
    lemma = verb.lemma_.lower()
    if lemma not in verbs and lexicon.cue_lemma(verb) is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subject is None or source is None or subject.lower_ in _RELATIVES:
        return None
    end = subject.right_edge.idx + len(subject.right_edge)
    return _report(verb, lexicon.cue_lemma(verb) or lemma, source, subject.left_edge.idx, end, "attitude")


def _outer_subject(verb: Token) -> Token | None:
    """'Smith has a habit of blaming others', 'joined them in pressing for ...': the subject of
    the nearest verb above a participle (through a preposition and a noun at most)."""
    tok = verb
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return subject_head(tok)
    return None


def _with_object(verb: Token, verbs: frozenset[str]) -> Reported | None:
    """'She believes the talks will fail', 'He endorsed Smith', 'They urged him to resign',
    'She described the plan as a trap': the verb's object and the complements after it."""
    lemma = lexicon.cue_lemma(verb) or _lemma(verb, verbs)
    if lemma is None:
        return None
    objects = [c for c in verb.rights if c.dep_ in _OBJECTS]
    if not objects or objects[0].lower_ in _RELATIVES and not list(objects[0].children):
        return None
    if lemma not in verbs and not _says_something(lemma, objects):
        return None  # 'released a report', 'continued to work': only a clause makes these an attribution
    if lemma in lexicon.words("addressee") and not any(c.dep_ in ("xcomp", "ccomp") for c in objects):
        return None  # 'told reporters': the listener is no content
    head = _source(verb)
    if head is None:
        return None
    end = max(_np_end(c) if c.dep_ == "dobj" else c.right_edge.idx + len(c.right_edge)
              for c in _complements(verb, objects))
    return _report(verb, lemma, head, objects[0].left_edge.idx, end, _kind(lemma, objects))


_OBJECT_RELATIVES = frozenset({"which", "whom"})


def _relative_object(verb: Token, verbs: frozenset[str]) -> list[Reported]:
    """'the plan, which the mayor backed': a relative clause whose object is its relative pronoun;
    the pronoun stands for what is attributed, with an 'as' phrase after the verb as a second span
    ('which he describes as a trap')."""
    if verb.dep_ != "relcl":
        return []
    rel = next((c for c in verb.lefts if c.dep_ == "dobj" and c.lower_ in _OBJECT_RELATIVES), None)
    if rel is None or any(c.dep_ in _OBJECTS for c in verb.rights):
        return []
    lemma = lexicon.cue_lemma(verb) or _lemma(verb, verbs)
    head = subject_head(verb) if lemma is not None else None
    if head is None or head.i < rel.i or head.lower_ in _RELATIVES or head.lower_ in ("it", "there"):
        return []
    first = _report(verb, lemma, head, rel.idx, rel.idx + len(rel), "relative")
    out = [first] if first is not None else []
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "as" and _object_of(child) is not None:
            second = _report(verb, lemma, head, child.idx, child.right_edge.idx + len(child.right_edge), "relative")
            if second is not None:
                out.append(second)
            break
    return out


def _lemma(verb: Token, verbs: frozenset[str]) -> str | None:
    """The verb's lemma among ``verbs``, also where the lemmatizer cut an -e verb short ('hoping': 'hop')."""
    lemma = verb.lemma_.lower()
    if lemma in verbs:
        return lemma
    lower = verb.lower_
    for suffix in ("ing", "es", "ed", "s"):
        if lower.endswith(suffix) and lower[: -len(suffix)] + "e" in verbs:
            return lower[: -len(suffix)] + "e"
    return None


def _says_something(lemma: str, objects: list[Token]) -> bool:
    """A reporting verb that is no stance verb: with a clause, an order ('ordered them to leave'), an
    infinitive for its listener ('told them to go') or a noun for what it reports ('noted the rule')."""
    if any(c.dep_ == "ccomp" for c in objects):
        return True
    if lemma in lexicon.words("addressee") and any(c.dep_ == "xcomp" and _has_to(c) for c in objects):
        return True  # 'told his aides to find a way': what the listener is to do
    if lemma not in lexicon.words("addressee") and lemma not in lexicon.weak_verbs() and objects[0].dep_ == "dobj" \
            and objects[0].pos_ in ("NOUN", "PROPN") and lemma not in lexicon.words("no_object"):
        return True  # 'noted the rule', 'announced a plan': a reporting verb with a noun as what it reports
    return lexicon.cue_kind(lemma) in _ORDER_KINDS and any(c.dep_ == "xcomp" for c in objects)


def _kind(lemma: str, objects: list[Token]) -> str:
    """Which attribution an object makes: a belief (what a verb of thinking takes), a question or a
    clause (a reporting verb's clause the quote finder left: negated, or with a subject that cannot
    speak, 'polls show that ...'), an intention (an infinitive), or an attitude towards something."""
    clause = next((c for c in objects if c.dep_ == "ccomp"), None)
    if lexicon.cue_kind(lemma) in lexicon.mental_kinds():
        return "belief" if clause is not None or objects[0].dep_ == "dobj" else "intention"
    if clause is not None:
        return "question" if clause.left_edge.lower_ in _BELIEF_OPENERS else "clause"
    return "intention" if objects[0].dep_ == "xcomp" else "attitude"


def _complements(verb: Token, objects: list[Token]) -> list[Token]:
    """The objects with the 'as'/'of'/'for' phrases that complete them ('accused X of Y'), up to a phrase
    that tells when ('after the vote', 'on Tuesday')."""
    out = list(objects)
    for child in verb.rights:
        if child.i > objects[0].i and child.dep_ not in _NOT_COMPLEMENTS:
            if _adjunct(child):
                break
            out.append(child)
    return out


def _adjunct(child: Token) -> bool:
    """'after the vote', 'Tuesday', 'last week': when, not what."""
    if child.dep_ == "prep":
        return child.lower_ in lexicon.words("adjunct_preps")
    if child.dep_ in ("npadvmod", "tmod"):
        words = [t.lower_ for t in child.subtree if not t.is_stop]
        return bool(words) and all(w in lexicon.words("times") for w in words)
    return False


def _prepositional(verb: Token) -> Reported | None:
    """'He called for a ceasefire', 'she talked about the plan': the preposition belongs to the cue."""
    preps = lexicon.words("prepositional")
    lemma = verb.lemma_.lower()
    for child in verb.rights:
        if child.dep_ in ("prep", "prt") and f"{lemma} {child.lower_}" in preps:
            obj = _object_of(child)
            head = _source(verb)
            if obj is None or head is None:
                return None
            return _report(verb, f"{lemma} {child.lower_}", head, obj.left_edge.idx, _np_end(obj), "topic")
    return None


_ASIDES = frozenset({"relcl", "appos", "acl", "advcl"})


def _np_end(tok: Token) -> int:
    """Where a noun phrase ends without the aside set off by a comma after it ('the plan, which
    ...', 'the mayor, who ...'): what the attribution is about, not what the writer adds."""
    end = tok.right_edge
    rights = list(tok.rights)
    if rights and rights[-1].dep_ in _ASIDES and rights[-1].i > tok.i:
        before = tok.doc[rights[-1].left_edge.i - 1]
        if before.text == "," and before.i > tok.i:
            end = tok.doc[before.i - 1]
    return end.idx + len(end)


def _object_of(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _stance(head: Token, words: frozenset[str]) -> tuple[str, Token] | None:
    """The 'word preposition' stance of ``head`` ('critical of', 'support for', 'willing to')
    and what it is about: the preposition's object, or the infinitive after 'to'."""
    for child in head.rights:
        if child.dep_ == "prep" and f"{head.lower_} {child.lower_}" in words:
            obj = _object_of(child)
            if obj is not None:
                return f"{head.lower_} {child.lower_}", obj
        if child.dep_ == "xcomp" and f"{head.lower_} to" in words and _has_to(child):
            return f"be {head.lower_}", child  # the cue ends at the adjective: "is willing"
    return None


def _has_to(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _adjective(verb: Token) -> Reported | None:
    """'She is critical of the plan', 'they seem willing to talk': a stance after a copula."""
    adj = next((c for c in verb.rights if c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ"), None)
    return _stance_report(verb, adj, lexicon.words("adjectives"))


def _light(verb: Token) -> Reported | None:
    """'He voiced support for the plan': a stance noun as the object of a light verb."""
    if verb.lemma_.lower() not in lexicon.words("light"):
        return None
    noun = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    return _stance_report(verb, noun, lexicon.words("nouns"))


def _stance_report(verb: Token, word: Token | None, words) -> Reported | None:
    """The stance ``word`` (in ``words``) of the verb's source, toward its object."""
    found = _stance(word, words) if word is not None else None
    head = _source(verb) if found is not None else None
    if head is None:
        return None
    lemma, obj = found
    return _report(verb, lemma, head, obj.left_edge.idx, _np_end(obj), "stance")


def possessed_stances(doc: Doc) -> list[Reported]:
    """'Smith's criticism of the plan': the possessor holds the stance."""
    out: list[Reported] = []
    nouns = lexicon.words("nouns")
    noun = doc.vocab.strings.add("NOUN")
    for i, pos in enumerate(doc.to_array("POS").tolist()):
        if pos != noun:
            continue
        tok = doc[i]
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        found = _stance(tok, nouns) if owner is not None else None
        if found is None or owner.lower_ in ("its",):
            continue
        lemma, obj = found
        rep = _report(tok, lemma, owner, obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge), "stance")
        if rep is not None:
            out.append(rep)
    return out


def _that_clause(noun: Token) -> Token | None:
    """The 'that' clause after a noun ('the claim that taxes rose'), not a relative clause ('the claim
    that he made'): its 'that' is a conjunction, not the subject or object of the clause."""
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp", "relcl", "appos") and any(
                c.dep_ == "mark" and c.lower_ == "that" and c.i == child.left_edge.i for c in child.children):
            return child
    return None


def claims(doc: Doc, taken: set[int]) -> list[Reported]:
    """'Smith's claim that taxes rose', 'she voiced concern that ...', 'issued a statement that ...':
    a noun of saying or thinking with its 'that' clause, held by the noun's possessor or by the
    subject of the verb it is the object of (the cue then runs from that verb to the noun)."""
    out: list[Reported] = []
    text = doc_text(doc)  # Doc.text is rebuilt on every access
    nouns = lexicon.words("claim_nouns")
    noun_pos = doc.vocab.strings.add("NOUN")
    for i, pos in enumerate(doc.to_array("POS").tolist()):
        if pos != noun_pos or i in taken or doc[i].lemma_.lower() not in nouns:
            continue
        tok = doc[i]
        clause = _that_clause(tok)
        if clause is None:
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None) \
            or next((c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)  # 'a Times report'
        cue, lemma = tok, tok.lemma_.lower()
        if owner is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.i not in taken:
            cue, owner = tok.head, _source(tok.head)
            lemma = f"{tok.head.lemma_.lower()} {tok.lower_}"
        if owner is None or owner.lower_ in ("its",):
            continue
        found = _report(cue, lemma, owner, clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge), "claim")
        if found is not None and len(text[found.start : found.end].split()) >= 3:
            out.append(found)
    return out


def colon_lines(doc: Doc) -> list[Reported]:
    """'Smith: We stay.': a line that opens with a name and a colon gives the rest of it to the name."""
    text = doc_text(doc)
    out: list[Reported] = []
    for sent in doc.sents:
        colon = next((t for t in sent[:6] if t.text == ":"), None)
        if colon is None or colon.i == sent.start or colon.i + 1 >= sent.end:
            continue
        name = doc[sent.start : colon.i]
        if not _speaker_label(name):
            continue
        line_end = text.find("\n", colon.idx)
        end = sent.end_char if line_end == -1 else min(line_end, sent.end_char)
        found = _report(colon, ":", name.root, colon.idx + 1, end, "colon")
        if found is not None and len(text[found.start : found.end].split()) >= 3:
            out.append(found)
    return out


def _speaker_label(name) -> bool:
    """A name of one to four words with no verb, that can speak ('Sen. Smith', 'The report')."""
    if not 1 <= len(name) <= 4 or len(name.text) < 3:
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct and t.text != "." for t in name):
        return False
    root = name.root
    if root.pos_ not in _COLON_HEADS:
        return False
    return root.pos_ == "PROPN" or root.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or root.lemma_.lower() in lexicon.speaker_nouns()


_CLAUSE_OPENERS = frozenset({"mark", "cc", "punct", "advmod", "prep"})


def findings(doc: Doc) -> list[Reported]:
    """'In the latest Gallup poll, Smith led by six points', 'Smith fell to 10 percent in a poll released
    Monday': what a poll (``finding_sources`` with ``finding_preps``) found is the clause it qualifies;
    the poll is the source and the preposition the cue.  Only one poll, or polls fronted before their
    clause: 'slid in the polls' tells no finding."""
    text = doc_text(doc)
    nouns, preps = lexicon.words("finding_sources"), lexicon.words("finding_preps")
    out: list[Reported] = []
    for tok in doc:
        if tok.dep_ != "prep" or tok.lower_ not in preps or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        source = _object_of(tok)
        if source is None or source.lemma_.lower() not in nouns:
            continue
        verb, sent = tok.head, tok.sent
        fronted = opens_sentence(doc, tok.i)
        if not fronted and source.tag_ not in ("NN", "NNP"):
            continue
        after = source.right_edge.i + 1
        if fronted:
            if after >= sent.end or doc[after].text != ",":
                continue
            start, end = doc[after].idx + 1, sent.end_char
        else:
            subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            first = subject.left_edge if subject is not None else verb.left_edge
            while first.i < tok.i and first.dep_ in _CLAUSE_OPENERS and first.head.i == verb.i:
                first = doc[first.right_edge.i + 1]
            if first.i >= tok.i:
                continue
            start, end = first.idx, tok.idx
        found = _report(tok, tok.lower_, source, start, end, "finding")
        if found is not None and len(text[found.start : found.end].split()) >= 3:
            out.append(found)
    return out
