"""Recipients the sentence leaves implicit, inferred from the rest of the document (pure, after coding).

News prose names the two sides of a conflict once and then drops one: "Moscow could invade at any
moment", "denied any plan to invade its neighbour", "troops moved toward the border", "the Kremlin
rejected the accusation".  Two inferences, each marked in the event's ``rule`` and lowering its
``confidence``:

* an act of material conflict (ASSAULT, COERCE, MOBILIZE) with no recipient, or with one that names no
  actor ("its neighbour", "the border", "a kindergarten"), is aimed at the country the sentence places it
  in (attacks and coercion only: troops moved into an ally are not aimed at it; an act placed in the source's
  own country gets no recipient), else at the source's counterpart (and so are prisoners released with no one
  named: "Russia and Ukraine each freed 115 prisoners of war"): the country the source's conflict events in this document
  target most often (ties: the earliest).  The recipient's offsets point at the words of this sentence
  when there are some, else at the counterpart's mention that established it;
* a rejection whose recipient is an accusation or is missing ("rejected the accusation", "a charge Kyiv
  flatly denied") is aimed at the accuser: the source of the latest earlier ACCUSE against the rejecting side;
  one whose recipient is an unowned demand ("dismissed the demands") at the maker of the latest demand of
  another side.

Nothing is inferred when the document gives no counterpart: we prefer no recipient to a guessed one.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import replace

from ..records import Actor, Event
from . import clauses
from .intensity import intensity, quad

MATERIAL = frozenset(("ASSAULT", "COERCE", "MOBILIZE"))
CONFLICT = MATERIAL | {"THREATEN", "SANCTION", "ACCUSE"}
DEMANDS = re.compile(r"\b(demands?|requests?|ultimatums?|conditions)\b", re.IGNORECASE)
ACCUSATION = re.compile(r"\b(accusations?|allegations?|charges?|claims?|assertions?|versions?|accounts?|narratives?)\b",
                        re.IGNORECASE)
# an act named by a noun ("condemned the launch", "welcomed the withdrawal"): the types of event it names
NAMED_ACTS = {
    "launch": MATERIAL | {"MOBILIZE"}, "launches": MATERIAL, "test": MATERIAL, "tests": MATERIAL,
    "drill": {"MOBILIZE"}, "drills": {"MOBILIZE"}, "exercise": {"MOBILIZE"}, "exercises": {"MOBILIZE"},
    "manoeuvres": {"MOBILIZE"}, "maneuvers": {"MOBILIZE"}, "deployment": {"MOBILIZE", "AID"},
    "buildup": {"MOBILIZE"}, "build-up": {"MOBILIZE"}, "mobilisation": {"MOBILIZE"}, "mobilization": {"MOBILIZE"},
    "call-up": {"MOBILIZE"},
    "strike": {"ASSAULT"}, "strikes": {"ASSAULT"}, "attack": {"ASSAULT", "COERCE"}, "attacks": {"ASSAULT", "COERCE"},
    "shelling": {"ASSAULT"}, "bombing": {"ASSAULT"}, "bombardment": {"ASSAULT"}, "offensive": {"ASSAULT"},
    "incursion": {"ASSAULT", "MOBILIZE"}, "raid": {"ASSAULT", "COERCE"}, "raids": {"ASSAULT", "COERCE"},
    "killings": {"ASSAULT"}, "killing": {"ASSAULT"}, "invasion": {"ASSAULT"},
    "sanctions": {"SANCTION", "COERCE"}, "measures": {"SANCTION", "COERCE"}, "ban": {"COERCE", "SANCTION"}, "crackdown": {"COERCE", "ASSAULT"},
    "arrests": {"COERCE"}, "arrest": {"COERCE"}, "expulsion": {"SANCTION", "COERCE"},
    "seizure": {"COERCE"}, "detention": {"COERCE"}, "blockade": {"COERCE"}, "closure": {"COERCE", "SANCTION"},
    "suspension": {"SANCTION"},
    "withdrawal": {"RETREAT"}, "pullback": {"RETREAT"}, "pullout": {"RETREAT"}, "release": {"RETREAT"},
    "ceasefire": {"RETREAT", "AGREE"}, "truce": {"RETREAT", "AGREE"}, "offer": {"AGREE"}, "proposal": {"AGREE", "REQUEST"},
    "agreement": {"AGREE"}, "deal": {"AGREE"}, "treaty": {"AGREE"}, "accord": {"AGREE"},
}
MUTUAL_ACTS = frozenset(("AGREE",))  # an agreement welcomed is welcomed toward both who made it
ABOUT_ACTS = frozenset(("ACCUSE", "REJECT", "SUPPORT", "PROTEST"))
PENALTY = 0.1
INDEFINITE = frozenset("anyone anybody anything nobody everyone everybody someone somebody".split() + ["no one"])


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _unnamed(actor: Actor | None) -> bool:
    """No recipient, or one that names no actor; "anyone" is said on purpose and stays as it is."""
    if actor is not None and actor.text.lower() in INDEFINITE:
        return False
    return actor is None or not (actor.country or actor.name)


def counterparts(events: list[Event]) -> dict[str, Actor]:
    """Per country, the first mention of the country it is in conflict with most in the document: material
    conflict (attacks, coercion, troop moves) counts twice, attacks and coercion both ways (Ukraine not firing
    back at Russia's forces makes each the other's counterpart), troop moves one way (North Korean soldiers sent
    to Russia do not make Russia North Korea's enemy), words and sanctions once and one way (an expelled
    diplomat does not make the diplomat's country the target of the shelling).  A country with no conflict acts
    of its own that count is in conflict with the country that aims the most at it, at least three times, troop
    moves aside (Eritrea mobilising against and accusing Ethiopia: Ethiopia's unnamed "neighbour" is Eritrea)."""
    counts: dict[str, Counter] = {}
    aimed_at: dict[str, Counter] = {}  # per country, who aims conflict at it (troop moves aside)
    first: dict[tuple[str, str], Actor] = {}
    for e in events:
        s, t = _country(e.source), _country(e.target)
        if e.type in CONFLICT and s and t and s != t:
            material = e.type in MATERIAL and e.type != "MOBILIZE"  # troops sent to an ally are no fight
            counts.setdefault(s, Counter())[t] += 2 if e.type in MATERIAL else 1
            first.setdefault((s, t), e.target)
            first.setdefault((t, s), e.source)
            if material:  # fighting is mutual; words are not
                counts.setdefault(t, Counter())[s] += 2
            if e.type != "MOBILIZE":
                aimed_at.setdefault(t, Counter())[s] += 2 if material else 1
    out = {s: first[(s, t)] for s, t in _most(counts).items()}
    out.update({t: first[(t, s)] for t, s in _most(aimed_at, least=3).items() if t not in out})
    return out


def _most(counts: dict[str, Counter], least: int = 2) -> dict[str, str]:
    """Per country, the earliest of the countries it counts most, when that is at least ``least`` (one
    accusation or expulsion is too little to aim the document's attacks; a rival only because it is aimed at
    needs three acts, so that a misread pronoun's two do not make one)."""
    out = {}
    for s, c in counts.items():
        best = max(c.values())
        if best >= least:
            out[s] = next(t for t in c if c[t] == best)  # insertion order: the earliest of the most frequent
    return out


def _aimed_at(e: Event, country: str, antecedent: Actor | None, how: str) -> Event:
    if e.target is not None:  # keep this sentence's words, resolved
        target = replace(e.target, country=country, name=antecedent.name if antecedent is not None else None)
    elif antecedent is not None:
        target = antecedent
    else:
        return e
    return replace(e, target=target, rule=f"{e.rule}+discourse:{how}",
                   confidence=round(max(e.confidence - PENALTY, 0.0), 2))


def _object_words(e: Event) -> str:
    """The few words after the trigger, where an object the parser did not take for an actor sits."""
    return " ".join(e.sentence[e.trigger.end - e.start:].split()[:3])


def _says_anyone(e: Event) -> bool:
    """The act's object is an indefinite pronoun the parser did not take for an actor ("attack anyone")."""
    after = _object_words(e).lower().split()
    return bool(after) and (after[0].strip(".,;:!?\"'”’") in INDEFINITE or " ".join(after[:2]) == "no one")


def _implicit_conflict(e: Event, others: dict[str, Actor]) -> Event:
    source = _country(e.source)
    released = e.type == "RETREAT" and e.mode == "release"  # "each freed 115 prisoners of war"
    if (_promised_act(e) or released) and _unnamed(e.target) and source in others:  # "warned that India would
        return _aimed_at(e, others[source].country, others[source], "counterpart")  # send more troops if attacked"
    if e.type not in MATERIAL or not source or not _unnamed(e.target) or (e.target is None and _says_anyone(e)):
        return e
    place = e.location.country if e.location is not None and e.type != "MOBILIZE" else None
    if place and place != source:  # struck a school in a town of that country
        return _aimed_at(e, place, Actor(e.location.text, e.location.start, e.location.end, None, place, None),
                         "place")
    if place == source:  # an operation at home ("no plans for any military operation in Donbas"): no rival named
        return e
    if e.target is not None and clauses.crowd(e.target.text):  # "shot at demonstrators": no foreign rival
        return e
    antecedent = others.get(source)
    if antecedent is None:
        if e.type == "ASSAULT" and e.target is not None and clauses.unnamed_people(e.target.text):  # civil strife
            return _aimed_at(e, source, None, "home")  # ("RSF fighters shelled homes, killing seven civilians")
        return e
    return _aimed_at(e, antecedent.country, antecedent, "counterpart")


def _promised_act(e: Event) -> bool:
    """A threat made by promising a conflict act (on a condition, or in a warning)."""
    return e.type == "THREATEN" and ("pattern:conditional-act" in e.rule or "pattern:warned-act" in e.rule)


def _rejected_accuser(e: Event, earlier: list[Event]) -> Event:
    side = _country(e.source)
    if e.type != "REJECT" or not side:
        return e
    if _unnamed(e.target) and DEMANDS.search(e.target.text if e.target is not None else _object_words(e)):
        return _rejected_demand(e, side, earlier)
    if not (e.target is None or (_unnamed(e.target) and ACCUSATION.search(e.target.text))):
        return e
    if _imposed_on_it(e):
        return e  # "rejected the measures": whoever took them (act-owner), not the last accuser
    accuser = next((a.source for a in reversed(earlier) if a.type == "ACCUSE" and _country(a.target) == side
                    and _country(a.source) and _country(a.source) != side), None)
    if accuser is None:
        return e
    return _aimed_at(e, accuser.country, accuser, "accuser")


IMPOSED = frozenset(("measures", "sanctions", "ban", "expulsion"))


def _imposed_on_it(e: Event) -> bool:
    """A rejection of measures taken against the rejecting side ("rejected the measures"): aimed at whoever took
    them (``_act_owner``), not at an accuser or a claimant."""
    return e.target is None and _act_noun(e) in IMPOSED


def _rejected_demand(e: Event, side: str, earlier: list[Event]) -> Event:
    """"dismissed the demands": aimed at whoever made the latest demand of another side in the document."""
    maker = next((a.source for a in reversed(earlier) if a.type == "REQUEST" and _country(a.source)
                  and _country(a.source) != side and _country(a.target) != _country(a.source)), None)
    if maker is None:
        return e
    return _aimed_at(e, maker.country, maker, "demander")


# the words an act named by a noun is reported with ("the launch" of a missile someone "test-fired")
SAME_ACT = {"launch": ("launch", "fire", "test"), "launches": ("launch", "fire", "test"),
            "test": ("test", "fire", "launch"), "tests": ("test", "fire", "launch"),
            "strike": ("strik", "struck", "bomb", "hit"), "strikes": ("strik", "struck", "bomb", "hit"),
            "attack": ("attack", "strik", "struck", "hit", "fire", "shell", "bomb", "raid"),
            "attacks": ("attack", "strik", "struck", "hit", "fire", "shell", "bomb", "raid"),
            "drill": ("drill", "exercis", "manoeuv", "maneuv"), "drills": ("drill", "exercis", "manoeuv", "maneuv"),
            "exercises": ("drill", "exercis", "manoeuv", "maneuv"), "shelling": ("shell",), "bombing": ("bomb",),
            "killings": ("kill",), "arrests": ("arrest", "detain"), "seizure": ("seiz", "detain", "board"),
            "detention": ("detain", "arrest", "seiz"), "withdrawal": ("withdr", "pull"),
            "release": ("releas", "freed", "free"), "closure": ("clos", "shut", "seal")}


def _act_noun(e: Event) -> str | None:
    """The noun the act is about ("condemned the launch as ..."), when it names an act."""
    words = [w.strip(".,;:!?\"'”’").lower() for w in _object_words(e).split()]
    if e.target is not None:
        words = [w.strip(".,;:!?\"'”’").lower() for w in e.target.text.split()][-2:] + words
    return next((w for w in words if w in NAMED_ACTS), None)


def _names(noun: str, trigger: str) -> bool:
    """The trigger is a form of the noun's act: "strikes" and "struck", "drills" and "drill"."""
    t = trigger.lower().removeprefix("test-")
    return t[:4] == noun[:4] or t.startswith(SAME_ACT.get(noun, ()))


def _act_owner(e: Event, earlier: list[Event]) -> list[Event]:
    """"condemned the launch", "called the drills a provocation", "welcomed the withdrawal": aimed at who
    did the latest earlier act of that kind, when another side did it; "welcomed the agreement": at both who
    made it."""
    side = _country(e.source)
    if e.type not in ABOUT_ACTS or not side or not _unnamed(e.target):
        return [e]
    noun = _act_noun(e)
    if noun is None:
        return [e]
    kinds = NAMED_ACTS[noun]
    candidates = [a for a in reversed(earlier) if a.type in kinds and a.modality != "negated"
                  and _country(a.source) and _country(a.source) != side]
    named = [a for a in candidates if _names(noun, a.trigger.text)]  # the same act in other words first
    act = (named or candidates or [None])[0]
    if act is None:
        return [e]
    owners = [act.source]
    if act.type in MUTUAL_ACTS and _country(act.target) and _country(act.target) not in (side, _country(act.source)):
        owners.append(act.target)
    out = []
    for n, owner in enumerate(owners):
        aimed = _aimed_at(e, owner.country, owner, "act-owner")
        out.append(replace(aimed, id=_copy_id(e, n, owner.country)))
    return out


def _claimant(e: Event, earlier: list[Event]) -> Event:
    """A denial with no accusation before it is aimed at whoever reported the denied side's act ("UNIFIL said
    an Israeli tank had fired at a watchtower ... The Israeli military denied firing")."""
    side = _country(e.source)
    if e.type != "REJECT" or not side or not _unnamed(e.target) or _imposed_on_it(e):
        return e
    claimant = next((a.attributed_to for a in reversed(earlier) if _country(a.source) == side
                     and a.type in ("ASSAULT", "COERCE") and a.modality == "asserted" and a.attributed_to is not None
                     and _country(a.attributed_to) and _country(a.attributed_to) != side), None)
    if claimant is None:
        return e
    return _aimed_at(e, claimant.country, claimant, "claimant")


def principal_dyad(events: list[Event]) -> tuple[Actor, Actor] | None:
    """The two sides the document is about: the pair of countries its conflict events join most often. In a
    civil war (the most frequent pair is one country against itself) both sides are that country's."""
    counts: Counter = Counter()
    first: dict[str, Actor] = {}
    for e in events:
        s, t = _country(e.source), _country(e.target)
        if e.type in CONFLICT and s and t:
            counts[tuple(sorted((s, t)))] += 1
            first.setdefault(s, e.source)
            first.setdefault(t, e.target)
    if not counts:
        return None
    a, b = counts.most_common(1)[0][0]
    return first[a], first[b]


GROUP = re.compile(r"\b(both|the two|two|the three|three)\s+(?:[a-z-]+\s+)?(?:countries|sides|parties|nations|governments|"
                   r"neighbou?rs|commanders|leaders|armies|militaries|rivals|camps|capitals|delegations|states|"
                   r"administrations|ministers|presidents)\b", re.IGNORECASE)
OF_GROUP = re.compile(r"\s+(?:from|of)\s+((?:both|the two|the three)\s+(?:[a-z-]+\s+)?[a-z]+)", re.IGNORECASE)
NEIGHBOURS = re.compile(r"(?:its|their)\s+neighbou?rs", re.IGNORECASE)
SIZES = {"both": 2, "the two": 2, "two": 2, "the three": 3, "three": 3}
CLASH = re.compile(r"^(?:clash(?:es|ed|ing)?|fight(?:s|ing)?|fought|skirmish(?:es|ed)?)$", re.IGNORECASE)
MUTUAL = frozenset(("CONSULT", "AGREE", "COOPERATE"))


def _group_size(actor: Actor | None, e: Event | None = None) -> int:
    """How many parties a group mention names ("both sides", "delegations of the two governments": 2), also
    when the group follows the mention's words ("senior commanders [from both armies]")."""
    if actor is None:
        return 0
    m = GROUP.search(actor.text)
    if m is None and e is not None and e.start <= actor.end <= e.end:
        after = OF_GROUP.match(e.sentence[actor.end - e.start:])
        m = GROUP.search(after.group(1)) if after else None
    return SIZES[m.group(1).lower()] if m else 0


def ranked_parties(events: list[Event]) -> list[Actor]:
    """The states the document's events join, most often first (ties: the earliest)."""
    counts: Counter = Counter()
    first: dict[str, Actor] = {}
    for e in events:
        for a in (e.source, e.target):
            code = _country(a)
            if code and len(code) == 3 and code not in ("EUR", "UNO") and _group_size(a) == 0:
                counts[code] += 1
                first.setdefault(code, a)
    return [first[c] for c, _ in counts.most_common()]


def _between(e: Event) -> bool:
    """The recipient is the object of "between" on a meeting noun ("hosted talks between the two neighbours"),
    not on the verb ("shuttling between the two delegations": the mediator meets each)."""
    before = e.sentence[:max(0, e.target.start - e.start)] if e.target is not None else ""
    return bool(re.search(r"\b(?:talks|negotiations|meetings?|dialogue|contacts)\s+between\s+$", before, re.IGNORECASE))


STATE_GROUP = re.compile(r"\b(?:countries|nations|governments|neighbou?rs|capitals|states|administrations|"
                         r"presidents|(?:foreign |defen[cs]e )?ministers)\b", re.IGNORECASE)


def _parties(n: int, dyad: tuple[Actor, Actor] | None, ranked: list[Actor], states: bool = False) -> list[Actor]:
    """The parties of a group of ``n``: the two sides of the document's conflict, else the states its events join
    most often. In a civil war both sides are one country's, left unnamed, unless the group is of states ("both
    foreign ministers", "the two countries"), which one country's war cannot be."""
    if n == 2 and dyad is not None:
        if dyad[0].country != dyad[1].country:
            return list(dyad)
        if not states:
            return []
    return ranked[:n] if len(ranked) >= n else []


def _of_states(actor: Actor | None) -> bool:
    return actor is not None and STATE_GROUP.search(actor.text) is not None


def _as(actor: Actor, party: Actor) -> Actor:
    return replace(actor, country=party.country, name=party.name)


def _copy_id(e: Event, n: int, key: str) -> str:
    """The id of the n-th event one coded event becomes: the first keeps the original's."""
    return e.id if n == 0 else hashlib.sha1(f"{e.id}:{key}".encode()).hexdigest()[:16]


def _groups(e: Event, dyad: tuple[Actor, Actor] | None, ranked: list[Actor]) -> list[Event]:
    """A group mention names the parties: "called on both countries to show restraint" is one event toward each
    side of the document's conflict; "the two countries agreed" one event a pair of them (a mutual act is coded
    once), "both sides accused each other" one per ordered pair (two acts). The parties are the principal dyad, else the
    states the document's events join most often; a country the resolver guessed for "both commanders" from the
    discourse is not both."""
    n_doers, n_takers = _group_size(e.source, e), _group_size(e.target, e)
    if e.target is not None and NEIGHBOURS.fullmatch(e.target.text.strip()) and dyad is not None and (
            _country(e.source) not in (None, dyad[0].country, dyad[1].country)):
        n_takers = 2  # a third party's "its neighbours" ("ready to help its neighbours"): the two sides
    doers = _parties(n_doers, dyad, ranked, _of_states(e.source)) if n_doers else []
    takers = _parties(n_takers, dyad, ranked, _of_states(e.target)) if n_takers else []
    mutual = e.target is None or clauses.EACH_OTHER.fullmatch(e.target.text.strip()) is not None
    if doers and mutual and (e.type in MUTUAL or CLASH.match(e.trigger.text) or e.target is not None
                                 or clauses.EACH_OTHER.search(e.sentence)):
        pairs = [(_as(e.source, a), _as(e.target, b) if e.target is not None else _as(e.source, b))
                 for i, a in enumerate(doers) for j, b in enumerate(doers) if i != j and (e.type not in MUTUAL or i < j)]
    elif doers and not takers and e.target is not None and not mutual:
        pairs = [(_as(e.source, a), e.target) for a in doers if a.country != _country(e.target)]
    elif takers and not doers and e.type == "CONSULT" and _between(e):  # "hosted talks between the two neighbours":
        pairs = [(_as(e.target, a), _as(e.target, b))  # the talks are theirs, the host's is the place
                 for i, a in enumerate(takers) for j, b in enumerate(takers) if i < j]
    elif takers and not doers:
        pairs = [(e.source, _as(e.target, b)) for b in takers if b.country != _country(e.source)]
    else:
        return [e]
    out = []
    for source, target in pairs:
        ident = _copy_id(e, len(out), f"{_country(source)}:{_country(target)}")
        out.append(replace(e, id=ident, source=source, target=target, rule=f"{e.rule}+discourse:group",
                           confidence=round(max(e.confidence - PENALTY, 0.0), 2)))
    return out or [e]


MEDIATION = re.compile(r"\b(mediat\w*|good offices|(?:constructive|positive) role|help(?: to)? (?:calm|ease|defuse|"
                       r"resolve)|eas(?:e|ing) (?:the )?tensions?|facilitate (?:dialogue|talks))\b",
                       re.IGNORECASE)


def _mediation(e: Event, dyad: tuple[Actor, Actor] | None) -> list[Event]:
    """An offer to mediate with no one named ("Beijing offered to help calm tensions", "was ready to play a
    mediating role") is made to both sides of the document's conflict, when the offerer is neither."""
    if e.type != "AGREE" or not _unnamed(e.target) or dyad is None or not MEDIATION.search(e.sentence):
        return [e]
    sides = [a for a in dyad if a.country and a.country != _country(e.source)]
    if len(sides) != 2 or sides[0].country == sides[1].country or not _country(e.source):
        return [e]
    out = []
    for side in sides:
        ident = _copy_id(e, len(out), side.country)
        out.append(replace(e, id=ident, target=side, rule=f"{e.rule}+discourse:mediation",
                           confidence=round(max(e.confidence - PENALTY, 0.0), 2)))
    return out


FIRING = re.compile(r"^(?:fire[sd]?|firing|launch(?:es|ed|ing)?)$", re.IGNORECASE)


def _wartime_fire(e: Event, fighting: set[tuple[str, str]]) -> Event:
    """Missiles fired or launched at no one named, by a side already at war with the one it is now aimed at
    ("Iran had fired missiles after the deadline"), are an attack, not a weapons test."""
    if e.type != "MOBILIZE" or e.mode != "weapons" or not FIRING.match(e.trigger.text) or "test" in e.sentence.lower():
        return e
    pair = (_country(e.source), _country(e.target))
    if not all(pair) or pair not in fighting:
        return e
    return replace(e, type="ASSAULT", mode="aerial", intensity=intensity("ASSAULT", "aerial"), quad=quad("ASSAULT"),
                   rule=f"{e.rule}+discourse:wartime")


def infer_recipients(events: list[Event]) -> list[Event]:
    """The events (in document order) with implicit recipients filled where the document supplies them."""
    fighting = {pair for e in events if e.type == "ASSAULT" and e.modality == "asserted" and _country(e.source)
                and _country(e.target) for pair in ((_country(e.source), _country(e.target)),
                                                   (_country(e.target), _country(e.source)))}  # a war is both sides
    others = counterparts(events)
    dyad, ranked = principal_dyad(events), ranked_parties(events)
    events = [x for e in events for x in _groups(e, dyad, ranked)]
    events = [x for e in events for x in _mediation(e, dyad)]
    out: list[Event] = []
    for e in events:
        e = _wartime_fire(_implicit_conflict(e, others), fighting)
        e = _rejected_accuser(e, out)
        e = _claimant(e, out)
        out += _act_owner(e, out)
    return out
