"""Code the PLOVER type between a given source and target (the PLV task), on the event machinery.

The predicate is chosen on the dependency path between the two mentions (the one that takes them as
arguments scores highest), then raised to the lexicon predicate that governs it through a complement
("refused to meet" is a REJECT, "agreed to release" an AGREE, "condemned the attack" an ACCUSE).
Modality then adjusts the type as PLOVER does: promised cooperation is AGREE, future or conditional
material conflict is THREATEN, refused or negated cooperation is REJECT.
"""
from __future__ import annotations

import math

from spacy.tokens import Doc, Span, Token

from . import clauses, roles, typemodel
from .lexicon import load
from .modality import condition_on, modality
from .pair_checks import (COOPERATIVE, DECREES, EXERCISES, PROMISES, STOPPING, _in, _jointly_with, _retaliation,
                          allowed_by_law, alongside, answer_to, approved_act, blamed_by, conditional_response,
                          conjoined_doers, critics_claim, faces_consequences, helped_by, in_boycott, in_exchange,
                          in_protest, joint_doers, obligation, own_doer, peacekeepers_moved, stand_by_warning,
                          ultimatum, war_of_words, war_warning, within)

MATERIAL_CONFLICT = frozenset(("SANCTION", "COERCE", "ASSAULT", "MOBILIZE"))
HOSTILE = frozenset(("SANCTION", "COERCE", "ASSAULT"))  # what a promise turns into a threat

COMPLEMENT_DEPS = frozenset(("xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "attr", "oprd", "nsubjpass"))


def _span(doc: Doc, s) -> Span | None:
    if s is None:
        return None
    if isinstance(s, Span):
        return s
    start, end = s
    if end <= start:
        return None
    return doc.char_span(start, end, alignment_mode="expand")


def _path(a: Token, b: Token) -> tuple[list[Token], Token]:
    up_a = [a] + list(a.ancestors)
    up_b = [b] + list(b.ancestors)
    ids_b = [t.i for t in up_b]
    lca = next((t for t in up_a if t.i in ids_b), up_a[-1])
    pa = up_a[: up_a.index(lca) + 1]
    pb = up_b[: ids_b.index(lca.i)] if lca.i in ids_b else up_b
    return pa + list(reversed(pb)), lca


def raw_roles(m: clauses.Match) -> tuple[Token | None, list[Token]]:
    """Subject and every argument token (object, passive subject, prepositional objects) of a predicate."""
    head = m.head
    subj = clauses.subject_of(head) if head.pos_ in ("VERB", "AUX", "ADJ") else None
    args = []
    for tok in {head, m.trigger}:
        for c in tok.children:
            if c.dep_ in ("dobj", "obj", "nsubjpass", "dative", "attr", "oprd", "poss"):
                args.append(c)
            elif c.dep_ in ("prep", "agent"):
                args += [p for p in c.children if p.dep_ == "pobj"]
            elif c.dep_ in ("xcomp", "ccomp"):
                args += [p for p in c.children if p.dep_ in ("nsubj", "nsubjpass")]
    if m.trigger.pos_ == "NOUN" and subj is None:
        subj = next((c for c in m.trigger.children if c.dep_ == "poss"), None)
    return subj, args


def _purpose(tok: Token) -> bool:
    """An infinitival purpose clause: "sent aid to help them"."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def governor(m: clauses.Match, lex) -> tuple[clauses.Match, clauses.Match]:
    """Raise a predicate to the lexicon predicate that governs it through a complement or a purpose
    clause; returns (governor, the predicate just below it).  A protest is not raised through a purpose
    clause: "torched police stations to protest against X" is the protest."""
    undone = _undone_by(m, lex)
    if undone is not None:
        return undone, m
    cur = m.head
    for _ in range(4):
        if m.entry.type == "PROTEST" and cur.dep_ == "pobj" and cur.head.lower_ == "in":
            break  # "sailed a flotilla to the shoal in a protest against X": the protest is the act
        purpose = _purpose(cur) and m.entry.type != "PROTEST"
        participle = cur.dep_ == "advcl" and cur.tag_ == "VBG"  # "pitched tents demanding X": part of the protest
        offered = cur.dep_ == "pcomp" and (cur.head.head.pos_ == "ADJ" or cur.head.head.lemma_.lower() in COMMITTING)
        # "was open to extraditing X", "committed to signing the accord"
        if (cur.dep_ not in COMPLEMENT_DEPS and not purpose and not participle and not offered) or cur.head.i == cur.i:
            break
        up = cur.head
        if up.dep_ == "prep" or up.pos_ == "ADP":
            up = up.head
        g = clauses.match(up, lex)
        if participle and cur.dep_ not in COMPLEMENT_DEPS and not purpose and (g is None or g.entry.type != "PROTEST"):
            break  # (only a protest takes a participle's demand or charge as its own)
        if g is not None and g.head.i != m.head.i:
            if g.trigger.i == m.trigger.i:
                break
            top, below = governor(g, lex)
            return (top, below) if top is not g else (g, m)
        cur = up
    return m, m


def _undone_by(m: clauses.Match, lex) -> clauses.Match | None:
    """The reversal whose object the predicate describes: "reversed a directive that had barred X", "lifted the
    curfew it had imposed on Y" (the easing, not the old restriction)."""
    head = m.head
    if head.dep_ != "relcl" or head.head.dep_ not in ("dobj", "nsubjpass"):
        return None
    g = clauses.match(head.head.head, lex)
    return g if g is not None and g.entry.type in YIELD_TYPES and g.entry.frame.startswith("obj=") else None


COMMITTING = frozenset(("commit", "pledge", "promise", "consent"))
PURPOSE_HEADS = frozenset(("call", "phone", "telephone", "ring", "send", "dispatch", "order", "command", "deliver"))
MESSAGING = frozenset(("deliver", "hand"))
ATTEMPTS = frozenset(("seek", "try", "attempt", "strive"))
URGING = frozenset(("call", "push", "press", "lobby", "clamor", "clamour"))
SENDING = frozenset(("send", "dispatch", "deploy"))
ORDERING = frozenset(("order", "command", "force"))
ACCUSED = frozenset(("guilty", "culpable"))
APPROVALS = frozenset(("approve", "authorize", "authorise", "sanction", "endorse"))


GENERIC_NOUNS = frozenset(("operation", "campaign", "mission", "effort", "drive"))


RESPONSES = frozenset(("response", "retaliation", "reprisal", "revenge", "vengeance", "retribution", "death",
                       "punishment", "consequence", "consequences"))
WARNINGS = frozenset(("warn", "caution"))


def _while_moving(head: Token) -> str | None:
    """The force or coercion a moving force does as it moves (a participle on the movement), or None."""
    for c in head.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG":  # (the act may be a noun: "taking X into custody")
            acts = [c] + [p for x in c.children if x.dep_ == "prep" for p in x.children if p.dep_ == "pobj"]
            for m in filter(None, (clauses.match(t, load()) for t in acts)):
                if m.entry.type in ("COERCE", "ASSAULT"):
                    return m.entry.type
    return None


def _promised_response(head: Token) -> bool:
    """What is vowed is a response or a punishment ("vows befitting response", with the adjective parsed as
    a participle that takes the noun)."""
    objs = [clauses.direct_object(head)] + [clauses.direct_object(c) for c in head.children
                                            if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    return any(o is not None and o.lemma_.lower() in RESPONSES for o in objs)


def _by_any_means(head: Token) -> bool:
    """ 'vowed to "recover" the region "by whatever means"', "by force": a promise of force."""
    return any(t.lower_ in ("means", "force") and t.head.lower_ == "by" and (t.lower_ == "force" or any(
        d.lower_ in ("whatever", "all", "any") for d in t.children)) for t in head.subtree)  # ("means" may be a verb)


NEAR = frozenset(("around", "near", "off", "against", "toward", "towards", "encircling"))
CONTRACTS = frozenset(("contract", "deal", "agreement", "arrangement"))
COMMERCE = frozenset(("commercial", "supply", "purchase", "sales", "sale", "export", "trade", "government-to-government"))
ASSURING = frozenset(("assure", "reassure", "guarantee"))


def _held_near(trigger: Token, head: Token, tgt: Span | None) -> bool:
    """Drills held "around", "near" or "off" the target: it is not a partner in them."""
    return any(c.dep_ == "prep" and c.lower_ in NEAR and any(_in(p, tgt) for p in c.children if p.dep_ == "pobj")
               for t in {trigger, head} for c in t.children)


def _sold(head: Token) -> bool:
    """Goods delivered "under a commercial supply contract" or "a purchase deal", or "in exchange for" something:
    trade, not aid."""
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(
        p.lemma_.lower() in CONTRACTS and any(m.lower_ in COMMERCE for m in p.children if m.dep_ in ("amod", "compound"))
        for p in c.children if p.dep_ == "pobj") for c in head.children) or in_exchange(head)


def _assured_future(head: Token) -> bool:
    """ "assured X that no jobs would be lost": what is assured is still to come (also where the parser hangs
    the "that" clause on "in a letter")."""
    said = [c for c in head.children if c.dep_ == "ccomp"] + [
        r for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj" for r in p.children
        if r.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)]
    return any(any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("will", "would", "shall") for a in c.children)
               for c in said)


def _stops_harm(head: Token) -> bool:
    """ "its offensive would end", "would halt the strikes": a stop to a hostile act (not to a mediation)."""
    return head.lemma_.lower() in STOPPING and _stopped(head, MATERIAL_CONFLICT | {"THREATEN"},
                                                        STOPPED + ("nsubj", "nsubjpass"))


PERMITTING = frozenset(("allow", "permit", "tolerate", "let"))


def _defied(trigger: Token) -> bool:
    """A demand the main clause goes against: "despite Beijing's repeated demands"."""
    return trigger.dep_ == "pobj" and trigger.head.lower_ in ("despite", "defying")


def _courtesy_call(head: Token) -> bool:
    """ "called on X" with nothing asked of X: no clause and no "for"."""
    return not any(c.dep_ in ("xcomp", "ccomp", "advcl") or c.dep_ == "prep" and c.lower_ == "for"
                   for c in head.children) and any(c.dep_ == "prep" and c.lower_ == "on" for c in head.children) and not any(
        t.dep_ == "aux" and t.lower_ == "to" for t in head.subtree) and not _infinitive_after(head)


def _infinitive_after(head: Token) -> bool:
    """ "called on X to ...", the clause hung elsewhere by the parser: "to" right after the "on" phrase."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "on":
            nxt = c.right_edge.i + 1
            return nxt < len(c.doc) and c.doc[nxt].lower_ == "to" and c.doc[nxt].dep_ == "aux"
    return False


def _will_not_permit(head: Token) -> bool:
    """A promise not to let the target act: "will not tolerate X", "would not allow X to encroach" (a threat; not
    "will not accept refugees")."""
    aux = {c.lower_ for c in head.children if c.dep_ == "aux"}
    negated = any(c.dep_ == "neg" or c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children)
                  for c in head.children)  # ("will no longer tolerate")
    return negated and bool(aux & {"will", "would", "shall", "wo"}) and (
        head.lemma_.lower() == "tolerate" or any(c.dep_ in ("xcomp", "ccomp") for c in head.children))


REFUSING = frozenset(("reject", "refuse", "veto", "oppose", "vote", "block"))


def _and_respond(head: Token) -> bool:
    """A refusal joined to a promised response: "would not accept X and would respond decisively", "will not
    accept X's claims and would crush anyone who tried"."""
    return any(c.dep_ == "conj" and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall") for a in c.children)
               and (_retaliation(c) or _treated_as_foe(c) or (m := clauses.match(c, load())) is not None and
                    m.entry.type in HOSTILE) for c in head.children)


FOES = frozenset(("target", "targets", "enemy", "enemies", "combatant", "combatants", "aggressor", "aggressors"))


def _treated_as_foe(verb: Token) -> bool:
    """ "would treat them as targets", "would regard them as enemies"."""
    return verb.lemma_.lower() in ("treat", "regard", "consider", "see") and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(p.lower_ in FOES for p in c.children) for c in verb.children)


def _warned(head: Token) -> bool:
    """A refusal said as a warning ("warned that it would not allow X to ...", "cautioned X that they would be
    dismissed"): the clause is what a warning verb says."""
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "relcl" and clause.head.dep_ == "dobj":  # "cautioned the pilots that they would be ...":
        clause = clause.head  # the clause parsed on the object
    return clause.dep_ in ("ccomp", "dobj") and clause.head.lemma_.lower() in WARNINGS


def _to_clause(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def complement_type(head: Token, lex, trigger: Token | None = None) -> str | None:
    """The type of the clause a call, a mission or an order is for: "called X to congratulate him",
    "sent experts to investigate", "ordered the paper to suspend publication", "called for sanctions",
    "sent a letter threatening to...", "launched operations to detain X"."""
    if trigger is not None and trigger.i != head.i and trigger.lemma_.lower() in GENERIC_NOUNS:
        for c in _to_clause(trigger, ("acl", "relcl")) + _to_clause(head, ("advcl", "xcomp")):
            m = clauses.match(c, lex)
            if m is not None and m.entry.type != "CONSULT":
                return m.entry.type
    verb = head.lemma_.lower()
    if verb in ACCUSED:  # "X is guilty of violating the ceasefire": the act X is accused of
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    m = clauses.match(p, lex) if p.dep_ in ("pcomp", "pobj") else None
                    if m is not None:
                        return m.entry.type
        return None
    if verb in PROMISES:  # "is prepared to impose martial law", "vowed to retaliate", "vowed that any incursion
        # would be met with force"
        for c in _to_clause(head, ("xcomp",)) + [c for c in head.children if c.dep_ == "ccomp"]:
            if _retaliation(c) or _made_to_pay(c):
                return "ASSAULT"  # "vowed to respond at a time of its choosing", "to take revenge on X", "promised to
                # make X pay dearly"
            m = clauses.match(c, lex)
            if m is not None:
                return m.entry.type
        obj = clauses.direct_object(head)  # "promised merciless strikes if X went ahead": what is promised
        m = clauses.match(obj, lex) if obj is not None and obj.dep_ == "dobj" else None
        return m.entry.type if m is not None and m.entry.type in HOSTILE else None
    if verb not in PURPOSE_HEADS:
        return None
    for c in head.children:
        if c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            m = clauses.match(c, lex)
            if m is not None:
                return m.entry.type
        if c.dep_ == "ccomp" and verb in ORDERING:  # "ordered X jailed"
            m = clauses.match(c, lex)
            if m is not None:
                return m.entry.type
        # what the message does: "sent a letter threatening to cut funding", "sent a letter to X, asking ..."
        doing = [a for a in c.children if a.dep_ == "acl"] if c.dep_ in clauses.OBJ and verb in SENDING | MESSAGING \
            else [c] if c.dep_ == "advcl" else []
        for a in doing:
            m = clauses.match(a, lex) if a.tag_ == "VBG" else None
            if m is not None and m.entry.type in ("THREATEN", "ACCUSE", "REQUEST", "SUPPORT"):
                return m.entry.type
        if c.dep_ == "prep" and c.lower_ == "for" and verb not in ORDERING:  # ("ordered a call-up for the war")
            for p in c.children:
                m = clauses.match(p, lex) if p.dep_ == "pobj" else None
                if m is not None:
                    return m.entry.type
    return None



DEPARTING = frozenset(("leave", "depart", "exit", "quit"))


def _mutual(trigger: Token, head: Token, src: Span | None, tgt: Span | None) -> bool:
    """Source and target act together: conjoined ("Greece and Egypt held drills"), or the event noun is
    shared ("drills by Washington and Seoul")."""
    if src is None or tgt is None:
        return False
    def joined(a: Span, b: Span) -> bool:  # "Thai and American troops": "American" modifies the conjunct
        return any(_in(c, b) or any(m.dep_ in ("amod", "compound") and _in(m, b) for m in c.children)
                   for c in a.root.conjuncts)
    return joined(src, tgt) or joined(tgt, src)


STOPPED = ("xcomp", "dobj", "obj", "pcomp", "ccomp")  # where the stopped act hangs on a stopping verb


def _stopped(head: Token, types, deps=STOPPED) -> bool:
    """A stopping verb's act of one of ``types``: "stopped shelling X", "halted offensive operations against X",
    "its offensive would end" (with ``deps`` that take the subject)."""
    return any(c.dep_ in deps and (m := clauses.match(c, load())) is not None and m.entry.type in types
               for c in head.children)


def adjust(etype: str, trigger: Token, head: Token, tgt: Span | None = None, inner: str | None = None,
           src: Span | None = None) -> str:
    verb = head.lemma_.lower()
    if etype == "MOBILIZE" and trigger.lemma_.lower() in EXERCISES and _mutual(trigger, head, src, tgt):
        etype = "COOPERATE"  # joint exercises; a show of force near a rival is a MOBILIZE
    if etype == "COOPERATE" and trigger.lemma_.lower() in EXERCISES and _held_near(trigger, head, tgt):
        etype = "MOBILIZE"  # "launched joint drills around Taiwan": joint services, a show of force near it
    if etype == "AID" and _sold(head):
        return "AGREE" if verb in OFFERING else "COOPERATE"  # "delivered wheat to Egypt under a commercial supply
        # contract": trade; "offered Tunisia aid in exchange for migration controls": a conditional offer
    if verb in ASSURING and (_assured_future(head) or any(c.dep_ == "prep" and c.lower_ == "of"
                                                           for c in head.children)):
        return "AGREE"  # "assured the dockworkers that no jobs would be lost", "assured Taipei of faster delivery"
    if etype == "ASSAULT" and war_of_words(trigger, src, tgt):
        return "ACCUSE"  # "Clinton hit Sanders on immigration", "Graham attacked Trump": one named person against
        # another is a war of words, not violence
    if etype == "COERCE" and _mutual(trigger, head, src, tgt):
        etype = "COOPERATE"  # "the Mexican navy and the U.S. Coast Guard seized a narco-submarine"
    if _jointly_with(trigger, head, tgt, src):
        return "COOPERATE"  # "a coordinated operation with Venezuelan forces", "raided the camp together with X"
    if verb in STOPPING and etype == "SANCTION" and trigger.i == head.i and _stopped(head, ("ASSAULT",)):
        etype = "RETREAT"  # "stopped shelling the villages"
    obj = clauses.direct_object(head) if verb in ORDERING else None
    clauses_below = list(head.children) + ([c for c in obj.children if c.dep_ == "acl"] if obj is not None else [])
    if verb in ORDERING and any(c.dep_ in ("xcomp", "ccomp", "acl") and c.lemma_.lower() in DEPARTING for c in clauses_below):
        return "SANCTION"  # "ordered the ambassador to leave the country": an expulsion
    if verb in ORDERING and obj is not None and clauses.in_class(obj, "ambassador", load()) and any(
            c.lower_ == "out" and c.dep_ in ("prt", "advmod", "prep") for c in head.children):
        return "SANCTION"  # "ordered France's ambassador out of the country"
    if etype == "AID" and verb in TRAINING and _at_request(head):
        return "COOPERATE"  # "trains Iraqi pilots at the request of Iraq's government": training a partner asks for
    if inner is None:
        inner = complement_type(head, load(), trigger)
    if trigger.i != head.i and trigger.lemma_.lower() in GENERIC_NOUNS and inner is not None:
        return inner  # "launched operations to detain X"
    if verb in URGING and any(c.dep_ in ("advcl", "ccomp", "xcomp") and any(
            a.dep_ == "mark" and a.lower_ == "for" for a in c.children) for c in head.children):
        return "REQUEST"  # "called for the president to resign", "pushing for X to own the issue"
    if (verb in ATTEMPTS or verb == "help" and clauses.direct_object(head) is None) and (
            tried := _attempted(head)) is not None:
        return tried  # "sought to reassure X": the attempt is the act; "helped campaign for X"
    if verb in PROMISES and etype == "THREATEN" and inner in COOPERATIVE | {"AGREE"}:
        return "AGREE"  # "swore that they would support him"
    if stand_by_warning(head):
        return "THREATEN"  # "would not stand idly by while X dug in along its border"
    if etype == "MOBILIZE" and in_protest(head) or etype in ("REJECT", "SANCTION") and in_boycott(head):
        return "PROTEST"  # "sailed a flotilla towards the shoal in protest against X's blockade", "shunned Danish
        # butter in a boycott", "refused to unload the ship in a protest action" (but calling off talks or expelling
        # envoys "in protest" stays a refusal, a sanction)
    if etype == "REQUEST" and _defied(trigger):
        return "REJECT"  # "will not remove the ship despite X's demands"
    if etype == "REQUEST" and verb == "call" and _courtesy_call(head):
        return "CONSULT"  # "called on the King at the palace": a visit, nothing asked
    if verb in PERMITTING and (allowed := allowed_by_law(head)) is not None:
        return allowed  # "approved a bill allowing the navy to send destroyers against pirates": what the law lets do
    if verb in PERMITTING and _will_not_permit(head):
        return "THREATEN"  # "will not tolerate X's provocations", "would not allow X's vessels to encroach"
    if (verb in ("pledge", "promise") or verb == "offer" and _offered_funds(head)) and etype == "AID":
        return "AGREE"  # "pledged $2 billion for X": aid promised (in a whole article: AID, modality future)
    if verb in PROMISES and (_promised_response(head) or _by_any_means(head)):
        return "THREATEN"  # "vowed a befitting response to any misadventure", "promising death to X"
    mod = modality(trigger, head)
    if (etype == "REJECT" or mod == "negated") and (_warned(head) and verb not in REFUSING or _and_respond(head)):
        return "THREATEN"  # "warned that it would not allow X to endanger its water security", "would not accept
        # X and would respond decisively" (but "warned it would reject any proposal" is a refusal)
    called_on = verb == "call" and any(_in(p, tgt) for p in roles.recipients(head, ("on",)))
    called_off = any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children)  # "called off a meeting"
    if verb in ("call", "phone", "telephone", "ring") and not called_off and inner in (
            "SUPPORT", "CONSULT", "ACCUSE") and (not called_on or inner == "CONSULT" and _to_talk(head)):
        return inner  # "called X to congratulate him", "called on X to discuss" (a visit), "called for an inquiry"
    if verb == "call" and etype == "REQUEST" and inner in MATERIAL_CONFLICT and not called_on:
        return "ACCUSE"  # "called for sanctions against X": a denunciation of X; "called on X to stop" asks X
    if verb == "order" and _court_payment(head):
        return "SANCTION"  # "a court ordered Shell to pay compensation" (PLOVER manual: court-ordered payments)
    if etype == "SANCTION" and verb == "convict" and any(
            c.dep_ == "conj" and c.lemma_.lower() == "sentence" for c in head.children):
        return "COERCE"  # a conviction that results in imprisonment (PLOVER manual, SANCTION)
    if verb in APPROVALS and (act := approved_act(head, tgt)) is not None:
        return act  # "approved the president's request to station troops along the border"
    if verb in APPROVALS and etype == "SUPPORT":  # "approved a pardon", "approved troop deployments"
        obj = clauses.direct_object(head)
        m = clauses.match(obj, load()) if obj is not None and obj.dep_ in clauses.OBJ else None
        if m is not None and m.entry.type not in ("SUPPORT", "CONSULT", "AGREE"):
            return m.entry.type  # (approving an agreement or a deal is SUPPORT: a ratification)
    if verb in ACCUSED and inner is not None and inner != "ACCUSE" and _in(clauses.subject_of(head), src):
        return inner  # the source is the one said to have done it
    if verb in SENDING | DISPATCHING and _to_help(head):
        return "AID"  # "sent 52 doctors to Italy to help hospitals", "rushed police to Honiara to help restore order"
    if verb in SENDING | MESSAGING and etype == "CONSULT" and inner in ("REQUEST", "SUPPORT"):
        return inner  # "sent a letter to X seeking answers", "delivered a letter asking for an inquiry"
    if verb in SENDING and inner in ("ACCUSE", "ASSAULT", "THREATEN", "COERCE"):
        return inner  # "sent a team of experts to investigate", "sent jets to destroy the reactor", "to seal off X"
    if verb in ORDERING and inner in MATERIAL_CONFLICT | {"RETREAT"}:
        return inner  # "ordered the newspaper to suspend publication": the authority coerces
    if etype in ("AGREE", "SUPPORT") and inner in HOSTILE | {"THREATEN"}:
        return "THREATEN"  # "is prepared to impose martial law", "vowed to retaliate against X"
    if (cond := condition_on(head)) is not None:
        if (etype in ("RETREAT", "CONCEDE") or _stops_harm(head)) and not any(c.lower_ == "unless" for c in cond.children):
            return "AGREE"  # "would lift the curfew if the protesters left": an offer ("unless": a threat)
        if etype in MATERIAL_CONFLICT | {"PROTEST", "RETREAT"}:
            return "THREATEN"  # "will withdraw its force unless ..."
        if etype == "ACCUSE" and mod in ("future", "hypothetical"):
            return "THREATEN"  # "would take it to court unless it changed the law"
    clause = head.head if head.dep_ in ("acomp", "conj", "xcomp") and head.head.i != head.i else head
    aux = {c.lower_ for t in (head, clause) for c in t.children if c.dep_ in ("aux", "auxpass")}
    subj = clauses.subject_of(head) if head.pos_ in ("VERB", "AUX", "ADJ") else None
    subj = subj or next((c for c in clause.children if c.dep_ in clauses.SUBJ), None)
    if aux & {"must", "should"} and _in(subj, tgt) and clause.dep_ in ("ccomp", "xcomp"):
        return "REQUEST"  # "said the EU must be ready to mediate"
    if etype == "MOBILIZE" and (done := _while_moving(head)) is not None:
        return done  # "agents fanned out across three states, taking the immigrants into custody"
    if etype == "MOBILIZE" and (peacekeepers_moved(head, src) or _monitors(head)):
        return "AID"  # personnel lent to keep or watch a peace (PLOVER AID: "military ... personnel")
    if mod == "future" and etype in ("CONCEDE", "RETREAT", "SUPPORT") and _decided(head):
        return etype  # "has decided to lift sanctions", "decided to back X": the decision is the concession, the
        # backing
    if mod in ("future", "hypothetical"):
        if etype in MATERIAL_CONFLICT or etype == "PROTEST":
            return "THREATEN"
        if etype in COOPERATIVE:  # a promise to cooperate (the manual: future SUPPORT, CONSULT, COOPERATE, AID)
            return "AGREE"
    if mod == "negated" and etype not in ("ACCUSE", "REJECT", "ASSAULT", "COERCE"):
        return "REJECT"
    return etype


TALKING = frozenset(("discuss", "talk", "meet", "consult", "confer", "review", "exchange"))
DISPATCHING = frozenset(("rush", "draft", "fly", "airlift", "ship"))
HELPING = frozenset(("help", "assist", "aid", "relieve", "rescue", "treat", "support"))


PAYING = frozenset(("pay", "compensate", "refund", "reimburse"))


def _attempted(head: Token) -> str | None:
    """The type of what a subject "sought", "tried" or "attempted" to do, or "helped" do ("helped campaign for
    X"); not a clause with a subject of its own ("helped X beat back a challenge" is aid to X)."""
    for c in [c for c in head.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and not any(
            a.dep_ in ("nsubj", "nsubjpass") for a in c.children)]:
        m = clauses.match(c, load())
        if m is not None:
            return m.entry.type
    return None


HAVENS = frozenset(("refuge", "shelter", "asylum", "sanctuary", "protection", "haven"))


def _offered_funds(head: Token) -> bool:
    """An offer of money or help, a promise (not troops put at someone's disposal, nor refuge, which is given as
    it is offered)."""
    lex = load()
    objs = clauses.objects(head)
    return bool(objs) and not any(o.lemma_.lower() in HAVENS or clauses.in_class(o, "troops", lex)
                                  or clauses.in_class(o, "armed", lex) for o in objs)


TRAINING = frozenset(("train", "instruct", "mentor", "drill"))
ASKING_NOUNS = frozenset(("request", "invitation", "behest"))


def _at_request(head: Token) -> bool:
    """Done "at the request of" someone, "at X's request", "following an invitation from" someone (on the verb or
    the sentence's root)."""
    for t in {head, head.sent.root}:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("at", "following", "after", "upon", "on") and any(
                    p.lemma_.lower() in ASKING_NOUNS for p in c.children if p.dep_ == "pobj"):
                return True
    return False


def _court_payment(head: Token) -> bool:
    """A court, jury, tribunal or judge orders someone to pay ("Justice X ordered the platform to pay")."""
    subj = clauses.subject_of(head)
    lex = load()
    judged = subj is not None and (clauses.in_class(subj, "court", lex) or any(
        c.dep_ == "compound" and c.lower_ in ("justice", "judge") for c in subj.children))
    return judged and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in PAYING for c in head.children)


def _to_help(head: Token) -> bool:
    """A dispatch whose purpose is to help or to carry aid: "sent doctors to help overwhelmed hospitals",
    "deployed two ships to ferry 40 tonnes of relief materials", "deployed police to reinforce the UN-backed
    mission"."""
    return any(c.lemma_.lower() in HELPING or clauses.frame_fits(c, "objmod=aid", load()) or _joins_mission(c)
               for c in _to_clause(head, ("xcomp", "advcl")))


def _made_to_pay(verb: Token) -> bool:
    """ "make X pay dearly", "make them pay a heavy price"."""
    return verb.lemma_.lower() == "make" and any(t.lemma_.lower() == "pay" and any(
        x.lower_ in ("dearly", "price") for x in t.subtree) for t in verb.subtree)


def _joins_mission(verb: Token) -> bool:
    """ "to reinforce the multinational mission", "to bolster the African Union mission"."""
    obj = clauses.direct_object(verb)
    return verb.lemma_.lower() in ("reinforce", "bolster", "lead", "join", "support", "strengthen") and (
        obj is not None and obj.lemma_.lower() == "mission")


def _to_talk(head: Token) -> bool:
    """"called on the president to discuss trade": a visit; "called on the IAEA to send a mission": a request."""
    return any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_.lower() in TALKING for c in head.children)


MONITORS = frozenset(("observers", "monitors", "observer", "monitor"))


def _monitors(head: Token) -> bool:
    """ "deployed election observers in Zimbabwe": the object is a peace or election monitoring team."""
    obj = clauses.direct_object(head)
    return obj is not None and obj.lower_ in MONITORS


def _decided(head: Token) -> bool:
    """The predicate is what a subject "decided to" do."""
    return head.dep_ == "xcomp" and head.head.lemma_.lower() == "decide"


CONDITION_MARKS = frozenset(("until", "unless", "till", "if"))


def _condition(head: Token) -> bool:
    """A predicate inside an "until"/"unless" clause: the condition set by the main clause."""
    for tok in [head] + list(head.ancestors)[:2]:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in tok.children):
            return True
    return False


OFFERING = frozenset(("offer", "propose", "promise", "pledge"))
KIND_HEADS = frozenset(("police", "policeman", "policemen", "officer", "gear", "squad", "unit", "shield", "van",
                        "truck", "control"))


def _kind_of_force(trigger: Token) -> bool:
    """An event noun modifying a force or its gear ("riot police", "riot gear"): a kind, not an event."""
    doc = trigger.doc
    following = doc[trigger.i + 1].lemma_.lower() if trigger.i + 1 < len(doc) else ""
    return trigger.pos_ == "NOUN" and trigger.dep_ in ("compound", "nmod") and (
        trigger.head.lemma_.lower() in KIND_HEADS or following in KIND_HEADS)


def candidates(doc: Doc, src: Span | None, tgt: Span | None):
    """(score, type, rule, match) for each predicate that could link the two mentions, best first."""
    lex = load()
    anchor = src or tgt
    other = tgt if src is not None else None
    if other is not None:
        path, lca = _path(anchor.root, other.root)
    else:
        path = [anchor.root] + list(anchor.root.ancestors)
        lca = path[-1]
    on_path = {t.i for t in path}
    region = _region(src, tgt)
    out, seen = [], set()
    for tok in region:
        m = clauses.match(tok, lex)
        if m is None or m.trigger.i in seen:
            continue
        seen.add(m.trigger.i)
        subj, args = raw_roles(m)
        score = 0.0
        if m.head.i in on_path or m.trigger.i in on_path:
            score += 3.0 - 0.05 * abs(len(list(m.head.ancestors)) - len(list(lca.ancestors)))
        if _in(subj, src) or _represents(subj, src):
            score += 2.0
        reversed_ = tgt is not None and any(_in(a, src) for a in args) and _in(subj, tgt)
        both_sides = m.entry.type in roles.SYMMETRIC and _represents(subj, src) and _represents(subj, tgt)
        joint = m.entry.type in roles.SYMMETRIC and conjoined_doers(subj, src, tgt)
        who = own_doer(m, subj)
        own_act = tgt is not None and who is not None and _in(who, tgt) and not within(src, who) and not any(
            _in(a, src) for a in args)  # the target's own act, the source no part of it
        if any(_in(a, tgt) for a in args if not (own_act and a.i == who.i)) or reversed_ or both_sides:
            score += 2.0  # (both sides: "negotiators from Armenia and Azerbaijan resumed talks")
        elif own_act:
            score -= 2.0  # "the call-up of reservists by Israel in the days after the attack by Hamas"
        if _in(m.trigger, src) or _in(m.trigger, tgt):
            score -= 1.0
            if not any(_in(m.trigger, x) and m.trigger.i == x.root.i for x in (src, tgt)):
                score -= 3.0  # a modifier describing the actor: "the coalition fighting the rebels"
        if _condition(m.head):
            score -= 3.0  # "will not end the strike until the government pays": the demand, not the act
        described = m.trigger.dep_ in ("amod", "acl") and m.trigger.tag_ == "VBN" or m.trigger.dep_ in (
            "amod", "compound") and m.trigger.tag_ == "VBG"
        if m.trigger.i == m.head.i and described and not (_in(subj, src) and _in(m.trigger.head, tgt) or joint):
            score -= 3.0  # "freed 30 abducted students", "returned confiscated gold", "passing targeting data":
            # a state or a kind, not the act (but "aid workers freed by al-Shabaab": the source's act)
        if _kind_of_force(m.trigger):
            score -= 3.0  # "riot police", "riot gear": a kind of force, no riot
        if _decree_with_content(m, lex):
            score -= 3.0  # "signed a decree to simplify the process for X": the decree's content is the act
        dist = min(abs(m.trigger.i - s.root.i) for s in (src, tgt) if s is not None)
        score -= 0.05 * dist
        out.append((score, m, joint))
    out.sort(key=lambda x: -x[0])
    result = []
    for score, m, joint in out:
        g, below = governor(m, lex)
        if g is not m and (_said_of_source(g, m, src) or joint):
            g, below = m, m  # "Armenia pledged to back the mission, a move Brussels welcomed": Armenia's pledge;
            # "the missile, co-produced by India and Russia, was test-fired": the two sides' own act
        if g is not m and _decreed(g, below):
            g, below = below, below  # "signed a decree granting citizenship to X": what the decree does
        inner = below.entry.type if below is not g else None
        result.append((score, adjust(g.entry.type, g.trigger, g.head, tgt, inner, src), g.entry.rule, g))
    return result


MODEL_WEIGHT = 0.5  # rule-score points per unit of the model's log-probability (the fine-tuned model is sharp)
FALLBACK_P = 0.5  # the model's type when no rule fires, only if more likely than not (no "no event" class)
FLOOR_P = 1e-4
YIELD_TYPES = frozenset(("CONCEDE", "RETREAT"))


def code_pair(doc_or_sentence_doc, source_span, target_span, *, published=None, learned: bool = True) -> str | None:
    """The PLOVER type coded between the source and target mentions (spaCy spans or (start, end) offsets).

    The rules rank the predicates that could link the two mentions; with ``learned`` (the default) the
    type model (``typemodel``, trained on our own examples) weighs in when the two best candidates differ:
    each keeps its rule score plus ``MODEL_WEIGHT`` times the log-probability the model gives its type, and
    the higher wins; when no rule fires the model names a type only when it is at least ``FALLBACK_P`` sure."""
    doc = doc_or_sentence_doc
    src = _span(doc, source_span)
    tgt = _span(doc, target_span)
    if src is None and tgt is None:
        return None
    if obligation(src, tgt):
        return "REQUEST"
    if critics_claim(src, tgt) or blamed_by(src, tgt):
        return "ACCUSE"
    if joint_doers(src, tgt) or helped_by(src, tgt) or alongside(src, tgt):
        return "COOPERATE"
    if ultimatum(src, tgt) or faces_consequences(src, tgt) or conditional_response(src, tgt) or war_warning(src, tgt):
        return "THREATEN"
    reply = answer_to(src, tgt)
    if reply is not None:
        return "REJECT" if reply == "no" else "AGREE"
    cands = candidates(doc, src, tgt)
    return _decide(cands, _pair_text(src, tgt), learned)


DOCUMENTS = frozenset(("memorandum", "agreement", "deal", "accord", "pact", "treaty", "law", "bill", "resolution",
                       "statement", "declaration", "communique", "plan", "decree", "text", "document", "framework"))


def _said_of_source(upper: clauses.Match, lower: clauses.Match, src: Span | None) -> bool:
    """The governing predicate is someone else's reaction to what the source does: its subject is another
    actor, the source does the lower act ("Armenia pledged to back X, a move Brussels welcomed", "Manila shrugged
    off China's demand that ...", "Moscow said it would retaliate for Poland's expulsion of its diplomats")."""
    if src is None or upper.head.pos_ not in ("VERB", "AUX"):
        return False
    up = clauses.subject_of(upper.head)
    if up is not None and up.lower_ in clauses.PRONOUNS and up.head.dep_ == "ccomp":
        up = clauses.subject_of(up.head.head)  # "Moscow said it would ...": the sayer
    if up is None or up.lower_ in clauses.PRONOUNS or _in(up, src) or _represents(up, src):
        return False
    if up.lemma_.lower() in DOCUMENTS:
        return False  # ("the memorandum commits X to consult Y": the document binds the source)
    return _in(_doer(lower), src)


ENACTING = frozenset(("sign", "issue", "enact", "promulgate", "approve", "adopt", "pass"))


def _decree_object(head: Token) -> Token | None:
    """The decree or law a predicate signs, issues or passes ("signed a decree ...")."""
    obj = clauses.direct_object(head) if head.lemma_.lower() in ENACTING else None
    return obj if obj is not None and obj.lemma_.lower() in DECREES else None


def _decreed(upper: clauses.Match, lower: clauses.Match) -> bool:
    """The upper predicate signs or issues a decree or a law, and the lower one is what it orders ("signed a
    decree granting amnesty to 8,000 inmates", "issued an order to free X"): a unilateral act, not an accord."""
    obj = _decree_object(upper.head)
    return obj is not None and lower.trigger.i in {t.i for t in obj.subtree}


def _decree_with_content(m: clauses.Match, lex) -> bool:
    """Signing or issuing a decree or a law whose clause names an act the lexicon knows."""
    obj = _decree_object(m.head)
    return obj is not None and any(c.dep_ in ("acl", "relcl") and clauses.match(c, lex) is not None
                                   for c in obj.children)


def _doer(m: clauses.Match) -> Token | None:
    """Who does a predicate (``clauses.doer``), or the actor adjective before an event noun ("a Russian
    buildup")."""
    if m.trigger.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in m.trigger.children):
        named = next((c for c in m.trigger.children if c.dep_ in ("amod", "compound") and c.ent_type_ in (
            "NORP", "GPE", "ORG")), None)
        if named is not None:
            return named
    return clauses.doer(m.trigger)


def _represents(subj: Token | None, span: Span | None) -> bool:
    """The subject is people "from" or "of" the mention: "negotiators from Armenia and Azerbaijan"."""
    if subj is None or span is None:
        return False
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
            for p in c.children:
                if p.dep_ == "pobj" and (_in(p, span) or any(_in(x, span) for x in p.conjuncts)):
                    return True
    return False


def _region(src: Span | None, tgt: Span | None) -> Span:
    """The sentence(s) of the mentions."""
    sents = [x.sent for x in (src, tgt) if x is not None]
    return sents[0].doc[min(x.start for x in sents):max(x.end for x in sents)]


def _pair_text(src: Span | None, tgt: Span | None) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    """The sentence(s) of the two mentions and their character offsets in it, for the type model."""
    region = _region(src, tgt)
    base = region.start_char
    rel = [(x.start_char - base, x.end_char - base) if x is not None else None for x in (src, tgt)]
    return region.text, rel[0], rel[1]


def _prob(probs: dict[str, float], etype: str) -> float:
    """The model's probability of a type; CONCEDE and RETREAT are told apart poorly, so they share theirs."""
    if etype in YIELD_TYPES:
        return sum(probs.get(t, 0.0) for t in YIELD_TYPES)
    return probs.get(etype, 0.0)


def _fallback(probs: dict[str, float]) -> str | None:
    """The model's own type when no rule fires: the likeliest, CONCEDE and RETREAT counted together as
    yielding, and only when at least ``FALLBACK_P`` sure."""
    guess = max(probs, key=lambda t: _prob(probs, t))
    return guess if _prob(probs, guess) >= FALLBACK_P else None


def _decide(cands, pair_text, learned: bool) -> str | None:
    best = cands[0][1] if cands else None
    rival = cands[1][1] if len(cands) > 1 else None
    if not learned or (best is not None and rival in (None, best)):
        return best
    probs = typemodel.type_probabilities(*pair_text)
    if probs is None:
        return best
    if best is None:
        return _fallback(probs)
    scores: dict[str, float] = {}
    for score, etype, *_ in cands[:2]:
        scores.setdefault(etype, score)
    return max(scores, key=lambda t: scores[t] + MODEL_WEIGHT * math.log(max(_prob(probs, t), FLOOR_P)))
