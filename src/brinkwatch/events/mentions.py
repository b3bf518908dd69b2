"""Actor resolution for event roles: the shared resolver, with fallbacks inside the mention.

When the whole phrase does not resolve ("Israeli Prime Minister Ehud Barak", "some Russian forces"),
the named entity at its head or a nationality/place word inside it gives the country.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from ..records import Actor
from . import clauses
from .places import lookup


def _resolve(resolver, span: Span) -> Actor:
    try:
        return resolver.resolve(span)
    except Exception:  # the resolver is another component: never let it sink the events
        return Actor(span.text, span.start_char, span.end_char)


def _kb_only(resolver, piece: Span) -> Actor:
    """The actor the knowledge base gives the words themselves, without discourse context."""
    entry = resolver.kb.lookup(piece.text, on=resolver.published)
    if entry is None or entry.kind == "role":
        return Actor(piece.text, piece.start_char, piece.end_char)
    return Actor(piece.text, piece.start_char, piece.end_char, entry.name, entry.country, entry.sector)


def _located_in(span: Span, head: Token) -> Span | None:
    """The place a common-noun mention is tied to: "in/of/from <GPE>" right after its head."""
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in ("in", "of", "from") and c.i < span.end:
            for p in c.children:
                ent = next((e for e in span.doc.ents if e.start <= p.i < e.end and e.label_ == "GPE"), None)
                if p.dep_ == "pobj" and ent is not None and ent.end <= span.end:
                    return ent
    return None


def _owner_word(head: Token) -> Token | None:
    """A named possessor or nationality on the head ("the European Union's peacekeeping force", "Israeli forces"):
    the owner places it, not where it is (but "Israel's militia ally in southern Lebanon": an ally's possessor
    is the other party)."""
    if head.lower_ in clauses.RELATION_NOUNS:
        return None
    return next((c for c in head.children if (c.dep_ == "poss" and c.ent_type_ in ("ORG", "GPE", "NORP"))
                 or (c.dep_ == "amod" and c.ent_type_ == "NORP" and head.lemma_.lower() in SERVING)), None)


# people and arms that serve a state wherever they are: "Israeli forces in the West Bank", "the Turkish ambassador
# in Baghdad" (but "a Venezuelan state in the Essequibo region" is where it is)
SERVING = frozenset("force troop soldier unit police officer official diplomat ambassador envoy militia fighter "
                    "guard peacekeeper navy army warship jet drone commander spokesman".split())


def _fired_from(head: Token) -> Span | None:
    """The party behind a weapon or fire noun: "artillery fire from Russian-led forces" -> the forces."""
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            for p in c.children:
                if p.dep_ == "pobj" and any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in p.subtree):
                    return p.doc[p.left_edge.i:p.right_edge.i + 1]
    return None


@lru_cache(maxsize=1)
def peoples() -> dict[str, str]:
    """People and ethnic-group names that point to one country ("Yoruba leaders", "Tamil refugees")."""
    raw = json.loads(resources.files(__package__).joinpath("data").joinpath("peoples.json").read_text("utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def _people_country(span: Span) -> str | None:
    table = peoples()
    return next((table[t.lower_] for t in span if t.lower_ in table and (t.is_title or t.is_upper)), None)


def resolve_span(resolver, span: Span, head: Token | None = None) -> Actor:
    """The actor a mention names, with the country of its head entity or of a nationality inside it."""
    head = head if head is not None else span.root
    actor = _resolve(resolver, span)
    named_inside = any(t.ent_type_ in ("GPE", "NORP", "ORG") or t.pos_ == "PROPN" for t in span)
    if (not actor.country or not named_inside) and head.pos_ == "NOUN":  # "a regional force from SADC": SADC's,
        behind = _fired_from(head)  # not a country the discourse lends the bare role
        if behind is not None:
            party = _resolve(resolver, behind)
            if party.country:
                return Actor(actor.text, actor.start, actor.end, party.name, party.country, party.sector)
    where = _located_in(span, head) if _owner_word(head) is None else None  # not "the EU's force in Bosnia"
    if where is not None and (head.pos_ == "NOUN" or head.ent_type_ == "NORP"):  # "rebels in the Ivory Coast"
        place = _resolve(resolver, where)
        country = place.country or (lookup(where.text) or (None,))[0]
        if country:
            return Actor(actor.text, actor.start, actor.end, actor.name, country, actor.sector)
    if actor.country:
        return actor
    poss = _owner_word(head)
    if poss is not None:  # "the European Union's peacekeeping force in Bosnia": the owner's
        owner = _resolve(resolver, span.doc[poss.left_edge.i:poss.i + 1])
        if owner.country:
            return Actor(actor.text, actor.start, actor.end, actor.name, owner.country, actor.sector or owner.sector)
    doc = span.doc
    ent = next((e for e in doc.ents if e.start <= head.i < e.end and e.label_ in ("PERSON", "ORG", "GPE", "NORP")), None)
    if ent is not None and (ent.start, ent.end) != (span.start, span.end):
        by_ent = _resolve(resolver, ent)
        if by_ent.country:
            return Actor(actor.text, actor.start, actor.end, by_ent.name or actor.name, by_ent.country,
                         by_ent.sector or actor.sector)
    inner = [e for e in doc.ents if span.start <= e.start and e.end <= span.end and e.label_ in ("GPE", "NORP")]
    inner += [doc[t.i:t.i + 1] for t in span if t.is_title and t.pos_ in ("PROPN", "ADJ") and t.i != head.i]
    for piece in inner:  # "some Russian forces", "Nigerian Union of Teachers", "officials in Ukraine"
        if (piece.start, piece.end) == (span.start, span.end) or resolver.opens_place_name(piece):
            continue
        # the word's own meaning only: a capitalised common noun ("Artillery" opening a sentence) must not
        # take the country of the discourse
        place = _resolve(resolver, piece) if piece.label_ in ("GPE", "NORP") else _kb_only(resolver, piece)
        if place.country:
            return Actor(actor.text, actor.start, actor.end, actor.name, place.country, actor.sector)
    for e in doc.ents:  # a town the knowledge base does not know: the gazetteer's country
        if e.label_ == "GPE" and span.start <= e.start and e.end <= span.end:
            found = lookup(e.text)
            if found and found[0]:
                return Actor(actor.text, actor.start, actor.end, actor.name, found[0], actor.sector)
    people = _people_country(span)
    if people is not None:
        return Actor(actor.text, actor.start, actor.end, actor.name, people, actor.sector)
    described = _apposed(resolver, head) if head.pos_ == "PROPN" else None
    if described is not None:
        return Actor(actor.text, actor.start, actor.end, actor.name, described.country,
                     actor.sector or described.sector)
    return actor


def _apposed(resolver, head: Token) -> Actor | None:
    """A person the knowledge base does not know, placed by the phrase in apposition: "Youssef Ezzat, a
    political adviser to RSF commander Dagalo", "Its spokesman, Andrea Tenenti"."""
    doc = head.doc
    pieces = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        pieces.append(head.head)
    for p in pieces:
        lo, hi = p.left_edge.i, p.right_edge.i + 1
        if p is head.head:  # the title noun the name is apposed to: its own words, without the name
            hi = min(hi, head.left_edge.i)
        phrase = doc[lo:hi]
        while len(phrase) and phrase[-1].is_punct:
            phrase = phrase[:-1]
        if not len(phrase) or len(phrase) > 14:
            continue
        inside = [e for e in doc.ents if phrase.start <= e.start and e.end <= phrase.end
                  and e.label_ in ("PERSON", "ORG", "GPE", "NORP")]
        for piece in [phrase] + inside:  # "an adviser to RSF commander Dagalo": the body or person served
            found = _resolve(resolver, piece)
            if found.country:
                return found
    return None
