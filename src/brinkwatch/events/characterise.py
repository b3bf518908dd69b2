"""Characterisations: a speaker calling someone's act or words by a pejorative name, saying it violated a
law or an agreement or endangers a common good ("threatens our security"), or saying someone is to blame
("bears full responsibility"), is an accusation.

"Zelensky wrote that the shelling of a nursery school by pro-Russian forces was a huge provocation" is an
ACCUSE by Zelensky of the forces; "Vershinin told the council that the American warnings were groundless"
an ACCUSE by Vershinin of the United States.  This module only finds the parts (pure); ``coder`` makes the
events, with the speaker as source.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from . import clauses
from .lexicon import Lexicon

COPULAS = frozenset("be remain seem appear look sound become".split())
VIOLATING = frozenset("violate breach contravene flout".split())  # "the strikes violated international law"
NORMS = "norms"
ENDANGERING = frozenset("threaten endanger undermine jeopardise jeopardize imperil destabilise destabilize".split())
GOODS = "common_goods"  # "threatens our security", "undermines the region's stability"
CONSTITUTING = frozenset("constitute represent".split())
CLASS = "pejorative"


@dataclass(frozen=True, slots=True)
class Characterisation:
    word: Token  # the pejorative word ("provocation", "groundless")
    clause: Token  # the verb that says it ("was", "amounted")
    target: Token  # whose act or words it names


def _clause_of(word: Token) -> Token | None:
    """The verb that predicates the word of a subject: "X was groundless", "X amounted to hysteria",
    "X constitutes a violation"."""
    head = word.head
    if word.dep_ in ("attr", "acomp") and head.lemma_.lower() in COPULAS:
        return head
    if word.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "amount":
        return head.head
    if word.dep_ in ("dobj", "obj") and head.lemma_.lower() in CONSTITUTING:
        return head
    return None


def _pejorative(word: Token, lex: Lexicon) -> bool:
    return clauses.in_class(word, CLASS, lex) or any(
        c.dep_ == "amod" and clauses.in_class(c, CLASS, lex) for c in word.children)


def _owner(subject: Token, lex: Lexicon) -> Token | None:
    """Whose act or words the subject is: itself if an actor, else its possessor, "by" agent or "of"
    actor ("the shelling by pro-Russian forces"), else a demonym on it ("the American warnings")."""
    found = clauses.actor_in(subject, lex)
    if found is not None:
        return found
    return next((c for c in subject.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")), None)


def _by_agent(word: Token) -> Token | None:
    """The doer a pejorative noun names with "by": "an aggression by Rwanda"."""
    return next((p for c in word.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                 for p in c.children if p.dep_ == "pobj"), None)


def is_charge(word: Token, lex: Lexicon) -> bool:
    """A verb saying an act broke a law, an agreement or someone's sovereignty, or endangers a common good: a
    speaker's charge, not the act itself ("the Chinese action violated the understanding"; violating a truce
    stays fighting; "Russia's shadow fleet threatens our security" is no threat of action)."""
    if word.pos_ != "VERB":
        return False
    lemma = word.lemma_.lower()
    norms = NORMS if lemma in VIOLATING else GOODS if lemma in ENDANGERING else None
    obj = clauses.direct_object(word) if norms else None
    return obj is not None and clauses.in_class(obj, norms, lex)


NAMING = frozenset("call brand label term dub describe denounce decry characterise characterize".split())
# what a name given to someone's act may call it, besides a pejorative: "called the verdict an attack on the
# Serb people", "called the deployment a significant escalation"
CHARGE_NAMES = frozenset("attack assault escalation execution aggression invasion occupation persecution "
                         "witch-hunt coup".split())


def naming(verb: Token) -> tuple[Token, list[Token]] | None:
    """What a speaker names and the words of the name: "called the deployment 'a significant escalation'",
    "described the operation as 'unbalanced and unacceptable'", "called the verdict 'an attack on ...'"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in NAMING:
        return None
    obj = clauses.direct_object(verb)
    if obj is None:
        return None
    heads = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > obj.i]
    heads += [c for c in obj.children if c.dep_ == "appos"]
    heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
              for p in c.children if p.dep_ in ("pobj", "amod", "acomp", "conj", "nmod")]
    words = [t for h in heads for t in [h] + [c for c in h.children if c.dep_ in ("conj", "amod")]]
    return (obj, words) if words else None


RELATIVES = frozenset(("what", "which", "that"))


def _named_owner(verb: Token, obj: Token, word: Token, lex: Lexicon) -> Token:
    """Whose act a name charges: an owner inside the name ("what he called Thailand's aggression"), the
    antecedent a relative object stands for ("the arrests, which it called unlawful"), else the named thing's."""
    inside = next((c for c in word.children if c.dep_ == "poss"), None)
    if inside is not None:
        return inside
    if obj.lower_ in RELATIVES and verb.dep_ == "relcl":
        obj = verb.head
    return _owner(obj, lex) or obj


@dataclass(frozen=True, slots=True)
class NamedCharge:
    verb: Token  # the naming verb ("called")
    obj: Token  # what is named ("the deployment")
    words: tuple[Token, ...]  # the words of the name
    word: Token  # the one that makes it a charge ("escalation")


def named_charges(sent: Span, lex: Lexicon) -> list[NamedCharge]:
    """Names a speaker gives someone's act that charge it ("called the deployment 'a significant escalation'")."""
    out = []
    for verb in sent:
        found = naming(verb)
        word = next((w for w in found[1] if _pejorative(w, lex) or w.lemma_.lower() in CHARGE_NAMES),
                    None) if found is not None else None
        if word is not None:
            out.append(NamedCharge(verb, found[0], tuple(found[1]), word))
    return out


def name_words(charges: list[NamedCharge]) -> set[int]:
    """Token indices of the names and naming verbs ("called the verdict 'an attack on the Serb people'"): words
    that name an act the speaker charges, not acts in their own right ("called" here is no phone call)."""
    return {t.i for c in charges for w in c.words for t in w.subtree} | {c.verb.i for c in charges}


RESPONSIBLE = frozenset(("responsible", "culpable", "accountable"))
BLAME_NOUNS = frozenset(("responsibility", "blame", "culpability"))


def blamed(word: Token) -> Token | None:
    """Who a sentence says is to blame: "X is responsible", "X bears full responsibility", "responsibility lies
    with X", "the blame rests with X" (the token naming X), else None."""
    low = word.lemma_.lower()
    if low in RESPONSIBLE and word.dep_ == "acomp" and word.head.lemma_.lower() in COPULAS:
        return next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    if low in BLAME_NOUNS and word.dep_ in ("dobj", "obj") and word.head.lemma_.lower() in ("bear", "carry", "shoulder"):
        return next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    if low in BLAME_NOUNS and word.dep_ == "nsubj" and word.head.lemma_.lower() in ("lie", "rest"):
        return next((p for c in word.head.children if c.dep_ == "prep" and c.lower_ in ("with", "on")
                     for p in c.children if p.dep_ == "pobj"), None)
    return None


def find(sent: Span, lex: Lexicon, charges: list[NamedCharge] | None = None) -> list[Characterisation]:
    """The sentence's characterisations (``charges``: its ``named_charges``, when the caller has them)."""
    charges = named_charges(sent, lex) if charges is None else charges
    out = [Characterisation(c.word, c.verb, _named_owner(c.verb, c.obj, c.word, lex)) for c in charges]
    for word in sent:
        who = blamed(word)
        if who is not None:  # "the Kyrgyz side bears full responsibility for the bloodshed"
            target = _owner(who, lex)
            if target is not None and target.lower_ not in clauses.PRONOUNS:
                out.append(Characterisation(word, word.head, target))
            continue
        if is_charge(word, lex):
            clause = word
        elif word.pos_ not in ("NOUN", "ADJ") or not _pejorative(word, lex):
            continue
        else:
            clause = _clause_of(word)
        if clause is None:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        target = _owner(subject, lex) if subject is not None else None
        agent = _by_agent(word) if target is None or target.lower_ in clauses.PRONOUNS else None
        target = agent or target  # "It is an aggression by Rwanda"
        if target is not None and target.lower_ not in clauses.PRONOUNS:
            out.append(Characterisation(word, clause, target))
    return out
