"""Who does what to whom: the source and target head tokens of a matched predicate.

``roles(match)`` returns them for verbs (subjects, passive agents, objects, recipient prepositions,
datives, control complements) and for event nouns (possessives, "by" agents, "between" pairs,
nationality modifiers).  The clause machinery it stands on is in ``clauses``.
"""
from __future__ import annotations

from spacy.tokens import Token

from .clauses import (NOUN_TARGET_PREPS, NOT_ACTOR_ENTS, OBJ, OBJECT_PREPS, OWN, PARTNER_PREPS, PASS_SUBJ,
                      RECIPIENT_PREPS, SUBJ, THEME_CLASSES, TOPIC_VERBS, Match, _frame_preps, _gerund_doer, _share_in,
                      _own_object, _weapon, actor_in, direct_object, elliptic_passive, in_class, is_actorish, partitive, subject_of)
from .lexicon import Lexicon, load
from .modality import denier_of_conjunct


def recipients(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            objs = [p for p in c.children if p.dep_ == "pobj"]
            out += objs or [p for cc in c.children if cc.dep_ == "prep" for p in cc.children if p.dep_ == "pobj"]
            # ("out of Lebanon": the object of the inner preposition)
        elif c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(c)
    return out


def verb_roles(m: Match, lex: Lexicon) -> tuple[Token | None, Token | None]:
    verb = m.head
    denier = denier_of_conjunct(verb)  # "X denied that Y had moved batteries and accused Cairo": X accuses
    source = subject_of(denier if denier is not None else verb)
    if source is None and _share_in(verb) is not None:  # "played any part in damaging the cables"
        source = subject_of(_share_in(verb))
    passive = any(c.dep_ in PASS_SUBJ for c in verb.children)
    if passive and verb.pos_ == "ADJ":  # "Moscow was prepared to": an adjective the parser made passive
        source, passive = next(c for c in verb.children if c.dep_ in PASS_SUBJ), False
    target = None
    if not passive and elliptic_passive(verb):  # "was sentenced ... and barred from politics"
        passive = True
        target = next((c for c in verb.head.children if c.dep_ in PASS_SUBJ), None)
    elif passive:
        target = next((c for c in verb.children if c.dep_ in PASS_SUBJ), None)
    elif m.trigger.i != verb.i:  # light verb: "launched an attack on X"
        for r in recipients(m.trigger, _noun_preps(m.entry.type)) + recipients(verb, RECIPIENT_PREPS):
            if actor_in(r, lex) is not None and not _weapon(r, lex):  # not "opened fire with artillery on X"
                target = r
                break
    else:
        obj = direct_object(verb)
        if obj is not None and obj.i == getattr(source, "i", None):
            obj = None  # the adjective's subject ("Moscow was prepared"), not its object
        dative = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)
        if dative is not None:
            target = dative
        elif obj is not None and m.entry.type == "CONSULT" and verb.lemma_.lower() in TOPIC_VERBS:
            target = next((r for r in recipients(verb, PARTNER_PREPS) if actor_in(r, lex)), None)  # "discuss the
            # future of the American forces" with someone: the object is the topic
        elif obj is not None and actor_in(obj, lex) is not None and not (
                m.entry.type in ("ASSAULT", "COERCE") and (_weapon(obj, lex) or "obj=weaponry" in m.entry.frame)) and not (
                actor_in(obj, lex).dep_ == "poss" and any(actor_in(r, lex) for r in recipients(obj, OBJECT_PREPS))) and not (
                m.entry.type in OWN_ACTS and actor_in(obj, lex).lower_ in OWN):  # "reopened its borders with X"
            target = obj  # not "fired artillery at X": the weapon is no recipient; not "its sanctions on X": X is
        else:
            preps = PARTNER_PREPS if m.entry.type == "CONSULT" else RECIPIENT_PREPS  # "met on the island of X"
            things = [] if obj is None else [obj] if partitive(obj) is obj else [obj, partitive(obj)]
            for r in recipients(verb, preps) + [r for t in things for r in recipients(t, OBJECT_PREPS)
                                                if r not in things]:
                if actor_in(r, lex) is not None and not _weapon(r, lex):  # "lifted its sanctions on Niger": the
                    target = r  # object's recipient; not "opened fire with artillery"
                    break
            if target is None and m.entry.type in ("ASSAULT", "COERCE"):  # "destroyed the Syrian army's heavy
                target = next((p for t in things for p in t.children if p.dep_ == "poss"  # weapons": their owner
                               and p.lower_ not in OWN and actor_in(p, lex) is not None), None)
        if target is None:  # "stand by the government", "stood behind X": the frame's own preposition
            target = next((r for r in recipients(verb, _frame_preps(m.entry.frame)) if actor_in(r, lex)), None)
        if target is not None and m.entry.type == "SANCTION" and _own_object(target, obj):  # "recalled their
            target = next((r for r in recipients(verb, ("from", "to", "in")) if actor_in(r, lex)), target)
            # ambassadors from Algiers": the country the envoys leave
        if target is None:  # "asked X to", "urged X to": the object of the control verb
            for c in verb.children:
                if c.dep_ in ("xcomp", "ccomp"):
                    sub = next((s for s in c.children if s.dep_ in SUBJ), None)
                    if sub is not None and m.entry.type in ("REQUEST", "ACCUSE", "THREATEN"):
                        target = sub
                        break
    if target is None and m.entry.type == "THREATEN" and not passive:
        target = _threatened_party(verb, lex)
    if target is None and not passive and m.trigger.i == verb.i and m.entry.type in ("ASSAULT", "COERCE", "THREATEN", "ACCUSE"):
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None  # parser lost the object
        if nxt is not None and nxt.ent_type_ in ("GPE", "ORG", "NORP") and nxt.dep_ in SUBJ and nxt.head.i > verb.i:
            target = nxt
    if target is not None and lex.noun_class(target.lemma_) & THEME_CLASSES and m.entry.type in ("RETREAT", "MOBILIZE"):
        if passive and source is None and in_class(target, "troops", lex) and _owned_forces(target):
            source = target  # "North Korean units had been deployed to Kursk": the forces moved are their side's
        target = None
    if target is None and m.entry.type == "RETREAT" and not passive:  # "pulled its forces out of Lebanon"
        target = next((r for r in recipients(verb, ("from", "of", "out")) if r.ent_type_ in ("GPE", "LOC")), None)
    if target is not None and m.entry.type in ("RETREAT", "MOBILIZE") and not is_actorish(target) and (
        target.ent_type_ not in ("GPE", "LOC")
    ):
        target = None  # "returning to their bases": a place, not a recipient
    if target is None and source is not None and (m.entry.type in SYMMETRIC or _signing(m) or m.entry.type == "ASSAULT" and (
            direct_object(verb) is None or direct_object(verb).lemma_.lower() in EXCHANGED)):
        # "India and Pakistan exchanged fire", "Japan and Australia held talks": a mutual act
        target = next((c for c in source.children if c.dep_ == "conj" and is_actorish(c)), None)
        exchanged = direct_object(verb) is not None and direct_object(verb).lemma_.lower() in EXCHANGED
        if target is None and (m.entry.type in SYMMETRIC or verb.lemma_.lower() in CLASHING or exchanged):
            target = next(iter(co_doers(source)), None)  # "US, South Korean and Japanese jets held joint drills",
            # "Indian and Chinese troops clashed", "Kyrgyz and Tajik guards exchanged fire" (but "American and
            # British jets struck" share one act)
    if target is None and m.entry.type in ("AGREE", "AID") and not passive:
        target = _beneficiary(verb, lex)
    if target is None and m.entry.type == "AID" and not passive:  # "instructors arrived in Niamey": its country
        target = next((r for r in recipients(verb, ("to", "in", "into")) if r.ent_type_ in ("GPE", "LOC")), None)
    if target is None and m.trigger is m.head:  # "open to talks with the West": the event noun's partner
        comps = [c for c in verb.children if c.dep_ == "xcomp"]  # "prepared to pursue diplomacy with X"
        holders = [x for x in [direct_object(verb)] + [y for c in comps for y in (c, direct_object(c))] if x is not None]
        for r in recipients(verb, ("to", "for", "on")) + holders:
            inner = next((x for x in recipients(r, ("with", "between", "against", "on")) if actor_in(x, lex)), None)
            if inner is not None:
                target = inner
                break
    if target is None and verb.dep_ == "relcl" and m.entry.type in ("ACCUSE", "SUPPORT", "REJECT"):
        target = _act_doer(verb.head)  # "expelled X, a step Washington called unprovoked": who took the step
    return actor_in(source, lex, inside=False), actor_in(target, lex)


def _threatened_party(verb: Token, lex: Lexicon) -> Token | None:
    """Who a threat to act is aimed at: the one the threatened act would hit ("threatened to hit Denmark with
    tariffs", "threatened to cut gas supplies to Moldova")."""
    for comp in (c for c in verb.children if c.dep_ == "xcomp"):
        obj = direct_object(comp)
        if obj is not None and actor_in(obj, lex) is not None:
            return obj
        things = [] if obj is None else [obj]
        found = [r for r in recipients(comp, RECIPIENT_PREPS) + [r for t in things for r in recipients(t, OBJECT_PREPS)]
                 if actor_in(r, lex) is not None]
        if found:
            return found[0]
    return None


def _signing(m: Match) -> bool:
    """"Congo and Rwanda signed a peace deal": each signatory endorses the deal with the other."""
    return m.entry.type == "SUPPORT" and m.head.lemma_.lower() == "sign"


OWN_ACTS = frozenset(("RETREAT", "CONCEDE", "MOBILIZE", "AID", "COOPERATE"))  # done with one's own things
ACT_NOUNS = frozenset("step move decision action measure act".split())
CLASHING = frozenset("clash skirmish brawl".split())
EXCHANGED = frozenset("fire gunfire shot blow artillery salvo volley".split())  # "India and Pakistan exchanged fire"


def _act_doer(noun: Token) -> Token | None:
    """The doer of the act an apposed noun sums up: in "Russia expelled the envoy, a move the State Department
    condemned", the move is Russia's."""
    if noun.lemma_.lower() not in ACT_NOUNS or noun.dep_ != "appos" or any(c.dep_ == "poss" for c in noun.children):
        return None
    summed = noun.head
    verb = summed.head if summed.dep_ in OBJ else summed if summed.pos_ == "VERB" else None
    return subject_of(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None


SYMMETRIC = frozenset(("CONSULT", "AGREE", "COOPERATE"))


def _noun_preps(etype: str) -> tuple[str, ...]:
    """The prepositions that name an event noun's recipient; a sanction's also "for" ("a travel warning for X")."""
    return NOUN_TARGET_PREPS + (("for",) if etype == "SANCTION" else ())


def noun_roles(m: Match, lex: Lexicon) -> tuple[Token | None, Token | None]:
    noun = m.trigger
    source = patient = None
    share = _share_in(noun)  # "denied any role in the Damascus strike": the denier's part, not the place's
    for c in noun.children:
        if c.dep_ == "poss" and noun.lemma_.lower() in PATIENT_NOUNS and c.ent_type_ == "PERSON":
            patient = c  # "chanting for Yoon's arrest", "Navalny's detention": who undergoes it
        elif c.dep_ == "poss":
            source = c
        elif c.dep_ in ("prep", "agent") and c.lower_ == "by":
            source = next((p for p in c.children if p.dep_ == "pobj"), source)
        elif share is None and c.dep_ in ("amod", "compound") and c.ent_type_ not in NOT_ACTOR_ENTS and (
            c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN"
        ):
            source = source or c
        elif c.dep_ == "prep" and c.lower_ == "from" and m.entry.type in ("RETREAT", "MOBILIZE", "ASSAULT", "REQUEST",
                                                                         "AGREE"):  # "an invitation from Abuja"
            source = next((p for p in c.children if p.dep_ == "pobj"), source)  # "de-escalation from the Russian side",
            # "artillery fire from Russian-led forces"
    force = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"), None) if m.entry.type in ("RETREAT", "MOBILIZE") else None
    if force is not None and in_class(force, "troops", lex):
        source = force  # "a withdrawal of Russian forces (from X)": the forces withdraw
    for c in noun.children:  # "talks between Serbia and Kosovo"
        if c.dep_ == "prep" and c.lower_ == "between" and source is None:
            first = next((p for p in c.children if p.dep_ == "pobj"), None)
            second = next((x for x in first.children if x.dep_ == "conj"), None) if first is not None else None
            if first is not None and second is not None:
                return actor_in(first, lex, inside=False), actor_in(second, lex)
    if source is None and share is not None:  # "units had taken part in the fighting"
        source = subject_of(share)
    if source is None and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        source = _gerund_doer(noun.head)  # "Kyiv had no plans for any military operation"
    preps = ("with", "between", "alongside") if m.entry.type == "CONSULT" else _noun_preps(m.entry.type)
    if m.entry.mode == "visit":  # "state visits to Turkmenistan and Kazakhstan": the hosts
        preps += ("to",)
    targets = [r for r in recipients(noun, preps) if actor_in(r, lex) is not None]
    target = targets[0] if targets else None
    if target is None and m.entry.type in ("COERCE", "ASSAULT"):  # "cyberattacks that disrupted the ministry's sites"
        hosts = [noun] + ([noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else [])
        done = next((c for h in hosts for c in h.children if c.dep_ == "relcl"), None)  # "a wave of X that"
        obj = direct_object(done) if done is not None else None
        if obj is not None and obj.dep_ in OBJ:
            target = next((x for x in [obj] + _owners(obj) if actor_in(x, lex) is not None), None)
    if target is not None and lex.noun_class(target.lemma_) & THEME_CLASSES:
        target = None
    if source is None and target is not None and m.entry.type == "CONSULT":
        gov = noun.head  # "In a call with X, Y said...", "a news conference alongside X"
        if noun.dep_ == "pobj" and gov.dep_ == "prep" and gov.head.pos_ in ("VERB", "AUX"):
            source = subject_of(gov.head)
    if m.entry.type == "COOPERATE" and noun.dep_ == "pobj" and noun.head.lower_ == "in" and (
            noun.head.head.pos_ == "VERB"):  # "flew a bomber in joint drills with South Korean jets"
        verb = noun.head.head
        source = source or subject_of(verb)
        target = target or next((r for r in recipients(verb, ("with", "alongside")) if actor_in(r, lex)), None)
    if target is None and source is not None and m.entry.type in SYMMETRIC:
        target = next(iter(co_doers(source)), None)  # "US, South Korean and Japanese jets held joint drills"
    target = target or patient or _at_behest(noun, m.entry.type)
    return actor_in(source, lex, inside=False), actor_in(target, lex)


# acts whose possessor, when a person, undergoes them ("Machar's arrest"); a country's are its own ("Russia's invasion")
PATIENT_NOUNS = frozenset("arrest detention release killing assassination murder execution abduction kidnapping "
                          "capture expulsion deportation extradition trial impeachment ouster removal "
                          "imprisonment jailing".split())
BEHEST = frozenset(("at", "upon", "on", "following", "after"))


def _at_behest(noun: Token, etype: str) -> Token | None:
    """Who acts on a request or invitation: "Uganda deployed troops to Juba at President Kiir's request" is
    Kiir's request of Uganda."""
    prep = noun.head
    if etype not in ("REQUEST", "AGREE") or noun.dep_ != "pobj" or prep.lower_ not in BEHEST:
        return None
    return subject_of(prep.head) if prep.head.pos_ in ("VERB", "AUX") else None


def _owned_forces(tok: Token) -> bool:
    """Forces whose side the phrase names ("North Korean units", "our forces", "Russia's troops"), not bare
    "troops" that the discourse would have to place."""
    return any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))
               for c in tok.children)


def co_doers(head: Token) -> list[Token]:
    """The further nationalities modifying one doer: 'South Korean' and 'Japanese' in "US, South Korean and
    Japanese jets", 'Hamas' in "Israeli and Hamas negotiators" (the first modifier is the doer's own)."""
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")]
    found = [x for c in mods for x in [c] + list(c.conjuncts) if x.ent_type_ in ("NORP", "GPE", "ORG")]  # "Hamas"
    seen, out = set(), []
    for x in sorted(found, key=lambda t: t.i):
        if x.i not in seen:
            seen.add(x.i)
            out.append(x)
    return out[1:]


HELPING = frozenset(("help", "assist", "enable", "allow"))


def _owners(tok: Token) -> list[Token]:
    """Whose thing it is: "the websites of the defence ministry", "the ministry's websites"."""
    return [c for c in tok.children if c.dep_ == "poss"] + [
        p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def _beneficiary(verb: Token, lex: Lexicon) -> Token | None:
    """Who a promise or a gift is for, named in its complement: "ready to provide Ukraine with loans",
    "pledged loans to help Kyiv keep its finances afloat"."""
    for c in verb.children:
        if c.dep_ not in ("xcomp", "advcl") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        obj = direct_object(c)
        if obj is not None and obj.dep_ in OBJ and actor_in(obj, lex) is not None:
            return obj
        if c.lemma_.lower() in HELPING:
            inner = next((s for x in c.children if x.dep_ in ("ccomp", "xcomp") for s in x.children
                          if s.dep_ in SUBJ), None)
            if inner is not None and actor_in(inner, lex) is not None:
                return inner
    return None


def roles(m: Match, lex: Lexicon | None = None) -> tuple[Token | None, Token | None]:
    lex = lex or load()
    if m.head.pos_ in ("VERB", "AUX", "ADJ"):
        return verb_roles(m, lex)
    return noun_roles(m, lex)
