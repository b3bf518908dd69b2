"""Mentions in discourse order and pronoun antecedents (gender, number, subject preference)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..records import Actor
from .names import first_name_gender
from .text import norm

if TYPE_CHECKING:  # pragma: no cover
    from .resolver import MentionResolver

# pronoun -> (gender, number); gender "m", "f", "n" (a thing: country, body) or None (any person)
PRONOUN_FEATURES = {
    "he": ("m", "sg"), "him": ("m", "sg"), "his": ("m", "sg"), "himself": ("m", "sg"),
    "she": ("f", "sg"), "her": ("f", "sg"), "hers": ("f", "sg"), "herself": ("f", "sg"),
    "it": ("n", "sg"), "its": ("n", "sg"), "itself": ("n", "sg"),
    "they": (None, "pl"), "them": (None, "pl"), "their": (None, "pl"), "theirs": (None, "pl"),
    "themselves": (None, "pl"),
}
TITLE_GENDER = {"mr.": "m", "mr": "m", "sir": "m", "king": "m", "prince": "m", "lord": "m",
                "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f", "queen": "f", "lady": "f",
                "princess": "f", "madam": "f", "dame": "f"}
LOOKBACK_SENTENCES = 3
FAR_SENTENCES = 12


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    sent: int
    actor: Actor
    gender: str | None  # "m", "f", "n" or None (a person of unknown gender)
    number: str  # "sg", "pl" or "any" (a body named in the plural: "the Israel Defense Forces")
    subject: bool
    pronoun: bool = False


def features(resolver: "MentionResolver", span: Span, actor: Actor) -> tuple[str | None, str]:
    """(gender, number) of a mention."""
    word = span.text.lower()
    if word in PRONOUN_FEATURES:
        return PRONOUN_FEATURES[word]
    kb = resolver.kb
    if span.label_ in ("GPE", "LOC", "FAC") or (actor.country and actor.name and not actor.sector
                                                 and span.label_ == "PERSON" and len(span) == 1
                                                 and not _is_person(resolver, actor)):
        return "n", "sg"  # a place, or a city the model took for a person
    if span.label_ == "PERSON" or _is_person(resolver, actor):
        return person_gender(resolver, span, actor), "sg"
    found = kb.candidates(span.text)
    if found:
        raw = kb.raw[found[0][0]]
        if raw["kind"] in ("org", "group") and raw["name"].endswith("Forces"):
            return "n", "any"  # "the Israel Defense Forces said its troops", "the RSF said their fighters"
        if raw["kind"] == "group" and raw["name"].endswith("s") or found[0][1] == "demonym" and word.endswith("s"):
            return None, "pl"
        if raw["kind"] == "person":
            return kb.gender.get(found[0][0]), "sg"
    role = resolver._role_of(span)
    if role is not None:
        if role.kind == "person":
            return None, "sg"
        return ("n", "sg") if role.kind == "body" else (None, "pl")
    if span.label_ == "NORP" or span.root.tag_ in ("NNS", "NNPS"):
        return None, "pl"
    return "n", "sg"


def _is_person(resolver: "MentionResolver", actor: Actor) -> bool:
    """A KB person, or a full name the document introduced as a person."""
    if not actor.name:
        return False
    found = resolver.kb.candidates(actor.name)
    if found:
        return resolver.kb.raw[found[0][0]]["kind"] == "person"
    known = resolver._people.get(norm(actor.name.split()[-1]))
    return known is not None and known[0].name == actor.name


def person_gender(resolver: "MentionResolver", span: Span, actor: Actor) -> str | None:
    kb = resolver.kb
    if actor.name:
        found = [i for i, _ in kb.candidates(actor.name) if kb.raw[i]["kind"] == "person"]
        if found and found[0] in kb.gender:
            return kb.gender[found[0]]
        known = resolver._people.get(norm(actor.name.split()[-1]))
        if known is not None and known[1]:
            return known[1]
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    gender = TITLE_GENDER.get(before) or TITLE_GENDER.get(span[0].lower_)
    if gender:
        return gender
    words = (actor.name or span.text).split()
    return first_name_gender(words[0]) if len(words) > 1 else None


def compatible(m: Mention, gender: str | None, number: str, learned: dict[str, str] | None = None) -> bool:
    if number == "pl":
        return m.number in ("pl", "any")
    if m.number == "pl":
        return False
    mine = _gender(m, learned)
    if gender == "n":
        return mine == "n"
    return mine in (gender, None) and mine != "n"


def _gender(m: Mention, learned: dict[str, str] | None) -> str | None:
    if m.gender is None and learned and m.actor.name:
        return learned.get(m.actor.name)
    return m.gender


def _prefer_gender(pool: list[Mention], gender: str | None, learned: dict[str, str]) -> list[Mention]:
    """Mentions whose gender is known to match come before those of unknown gender."""
    if gender not in ("m", "f"):
        return pool
    exact = [m for m in pool if _gender(m, learned) == gender]
    return exact or pool


def antecedent(resolver: "MentionResolver", span: Span, mentions: list[Mention]) -> Mention | None:
    """The antecedent of a pronoun: in its sentence (subjects first), else the previous sentences (subjects
    first), else, for "he" and "she", the last person of that gender a few paragraphs back."""
    gender, number = PRONOUN_FEATURES[span.text.lower()]
    learned = resolver._learned_gender
    sent = resolver._sent_of(span)
    earlier = [m for m in mentions if m.end <= span.start_char and m.sent >= sent - FAR_SENTENCES
               and (m.actor.name or m.actor.country or m.actor.sector) and compatible(m, gender, number, learned)]
    if not earlier:
        return None
    local = _other_role_country(resolver, span, mentions)
    if local is not None:  # "a Chinese vessel rammed them", "if they attack Israel": not the other role's side
        earlier = [m for m in earlier if m.actor.country != local]
        if not earlier:
            return None
    if gender in ("m", "f"):
        named = [m for m in earlier if m.actor.name and m.sent >= sent - LOOKBACK_SENTENCES]
        if named:  # "the mayor" (no name) is an antecedent only when no named person is near
            earlier = [m for m in earlier if m.actor.name]
    found = (_adjunct_owner(span, earlier) or _reporter(span, earlier)
             or _nearby(earlier, sent, gender, learned, _subordinate_subject(span) or _hostile_possessive(span)))
    if found is None and gender in ("m", "f"):
        people = _prefer_gender([m for m in earlier if m.actor.name], gender, learned)
        found = people[-1] if people else None
    if found is not None and gender in ("m", "f") and found.actor.name:
        learned.setdefault(found.actor.name, gender)
    return found


def _adjunct_owner(span: Span, earlier: list[Mention]) -> Mention | None:
    """"its"/"their" in a prepositional adjunct of a verb is its subject's ("Iran launched drones at Israel in its
    first direct attack"); inside the object ("shelled Kharkiv and its suburbs") the nearest mention decides."""
    tok = span.root
    if tok.lower_ not in ("its", "their") or tok.dep_ != "poss":
        return None
    noun = tok.head
    prep = noun.head if noun.dep_ == "pobj" else None
    verb = prep.head if prep is not None and prep.dep_ == "prep" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    return next((m for m in reversed(earlier) if m.start <= subj.idx < m.end), None)


REPORTING = frozenset("say state announce report claim confirm tell add insist note write explain".split())
COMMITTING = frozenset("warn vow pledge promise threaten declare stress reiterate signal".split())


def _reporter(span: Span, earlier: list[Mention]) -> Mention | None:
    """The subject of a clause a speech verb reports is its speaker when a pronoun ("The European Union's
    force in Bosnia said it was sending reserve troops", "Dodik said he would travel to Moscow")."""
    tok = span.root
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.lemma_ not in REPORTING | COMMITTING:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    lo, hi = speaker.left_edge.idx, speaker.idx + len(speaker)
    inside = [m for m in earlier if lo <= m.start and m.end <= speaker.right_edge.idx + len(speaker.right_edge)]
    whole = [m for m in inside if m.start <= speaker.idx < m.end]
    return (whole or [m for m in inside if m.end <= hi] or [None])[-1]


OBJECT_PRONOUNS = frozenset(("them", "him", "her", "it"))
HOSTILE_VERBS = frozenset("hit strike attack bomb shell target destroy damage raid storm seize".split())
RELATIONAL = frozenset("neighbour neighbor neighbours neighbors enemy enemies rival rivals foe foes adversary "
                       "adversaries ally allies".split())  # "shelled its neighbour's towns": its own neighbour
SUBJECT_PRONOUNS = frozenset(("they", "he", "she", "it"))


def _other_role_country(resolver: "MentionResolver", span: Span, mentions: list[Mention]) -> str | None:
    """The country of the subject of the clause whose object ``span`` (a pronoun) is, or of the object of the
    clause whose subject it is ("if they attack Israel": not Israel)."""
    tok = span.root
    if tok.lower_ in SUBJECT_PRONOUNS and tok.dep_ == "nsubj":
        obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ != "PROPN":
            return None
        return resolver.kb.code_of(tok.doc[obj.left_edge.i:obj.i + 1].text)
    if _hostile_possessive(span):
        tok = tok.head  # "raids that hit its nuclear sites": not the raider's own sites
    elif tok.lower_ not in OBJECT_PRONOUNS or tok.dep_ not in ("dobj", "pobj", "dative"):
        return None
    verb = tok.head
    while verb.pos_ == "ADP" and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head  # "US raids that hit ...": the raids
    if subj is None:
        return None
    lo, hi = subj.left_edge.idx, subj.idx + len(subj)  # "any Chinese vessel": the country inside it
    found = [m for m in mentions if lo <= m.start and m.end <= hi and m.actor.country]
    return found[-1].actor.country if found else None


def _hostile_possessive(span: Span) -> bool:
    """ "its" or "their" on what an attack hits ("US raids that hit its nuclear sites"): the attacked side's,
    whose antecedent is a subject other than the attacker, not the last name before it."""
    tok = span.root
    return tok.lower_ in ("its", "their") and tok.dep_ == "poss" and tok.head.dep_ == "dobj" and (
        tok.head.head.lemma_.lower() in HOSTILE_VERBS) and tok.head.lower_ not in RELATIONAL and not any(
        c.lower_ == "own" for c in tok.head.children)


def _subordinate_subject(span: Span) -> bool:
    """A pronoun subject of an adverbial or relative clause ("since it withdrew", "which it called unlawful"),
    whose antecedent is the main clause's subject, not the last name before it."""
    tok = span.root
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ not in ("advcl", "relcl"):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.head.children)  # "would
    # sanction Russia if it invaded": a condition is often set on the other party


def _nearby(pool: list[Mention], sent: int, gender: str | None, learned: dict[str, str],
            subject: bool = False) -> Mention | None:
    same = [m for m in pool if m.sent == sent]
    if same:
        if gender == "n" and not (subject and any(m.subject for m in same)):
            return same[-1]
        if gender == "n":  # "France kept troops in Chad since it withdrew from Niger": the subject, not Chad
            return [m for m in same if m.subject][-1]
        same = _prefer_gender(same, gender, learned)
        subjects = [m for m in same if m.subject]
        return (subjects or same)[-1]
    for back in range(1, LOOKBACK_SENTENCES + 1):
        previous = _prefer_gender([m for m in pool if m.sent == sent - back], gender, learned)
        if previous:
            subjects = [m for m in previous if m.subject]
            return subjects[0] if subjects else previous[-1]
    return None
