"""Modality of an event predicate: asserted, negated, hypothetical, future or historical.

Cues come from the predicate's own dependents and from the clauses that govern it:
negation ("did not", "no signs of", denials), modals ("could", "may", "would"), conditionals ("if"),
future ("will", "plans to", "is expected to", "would" reported after a past speech verb) and
background clauses about earlier years ("since 2014 when ...").
"""
from __future__ import annotations

import re

from spacy.tokens import Token

HYPOTHETICAL_AUX = frozenset(("could", "may", "might", "should", "would", "can", "must", "ought"))
FUTURE_AUX = frozenset(("will", "shall", "'ll", "wo"))
PROMISING_AUX = FUTURE_AUX | {"would"}  # "will not sign", "warned that Washington would impose sanctions"
FUTURE_GOVERNORS = frozenset(
    "plan intend expect prepare aim schedule set go vow pledge promise threaten agree want hope seek "
    "mean propose decide about due".split()
)
HYPOTHETICAL_GOVERNORS = frozenset(
    "fear worry concern suspect possible likely risk consider determine whether demand urge request ask recommend".split())
UNCERTAIN = frozenset("certain sure clear known".split())
WEIGHING = frozenset("consider weigh mull contemplate ponder".split())  # an option still only weighed
EMPHATIC = frozenset(("hesitate", "hesitant", "shy", "flinch"))  # "will not hesitate to strike": a commitment
ANYONE = frozenset("anyone anybody whoever".split())
DENIAL_VERBS = frozenset("deny dismiss reject refute rebuff".split())
NEGATORS = frozenset(("not", "n't", "never", "no", "without", "nor"))
NEGATING_HEADS = frozenset(("sign", "signs", "evidence", "indication", "indications"))
INTENT_NOUNS = frozenset(("intention", "intent", "plan", "plans", "desire", "interest", "wish"))  # "no intention of attacking"
RISK_NOUNS = frozenset("danger threat risk prospect possibility spectre specter likelihood chance fear".split())
PRETEXT_NOUNS = frozenset("pretext excuse reason justification pretence pretense cover".split())
NOUN_LINKS = frozenset(("acl", "pcomp", "pobj", "prep"))
SPEECH_VERBS = frozenset(
    "say state tell announce claim report add note declare stress reiterate confirm explain insist write "
    "tweet assert argue suggest indicate reveal acknowledge admit warn".split()
)
PLANNED_MODIFIERS = frozenset("planned proposed scheduled upcoming forthcoming future".split())  # "the planned talks"
UNREALISED_MODIFIERS = frozenset("possible potential would-be feared threatened imminent looming eventual "
                                 "hypothetical".split())  # "a possible invasion", "an imminent attack"
REALISING = frozenset("mount launch begin start carry conduct stage complete continue resume press".split())
YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


def _co_action(clause: Token) -> bool:
    """A participle beside the main verb, its subject's next act ("denied the charge, accusing Kyrgyz guards of
    ..."): not what is denied."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and not any(c.dep_ == "mark" for c in clause.children)


def refusal(head: Token) -> bool:
    """A negated "will"/"would" on the predicate: a refusal of what is asked ("we will not negotiate with them"),
    not a report that something did not happen ("did not sign")."""
    return negated_here(head) and bool(_aux(head) & PROMISING_AUX)


FACTIVE = frozenset(("mention", "note", "disclose", "reveal"))  # what they report is taken as true


def _not_the_only(gov: Token) -> bool:
    """ "is not the only one to ...": the negation is of "only" ("is not the only Republican to endorse
    Trump": he did endorse him)."""
    return any(c.dep_ in ("attr", "nsubj") and any(a.lower_ == "only" for a in c.children) for c in gov.children)


def _aux(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def negated_here(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return True
    return False


NOBODY = frozenset(("nobody", "nothing", "none", "noone"))


def _no_object(tok: Token) -> bool:
    """An act with no one and nothing as its object: "they threaten no one", "imposed no penalties"."""
    for c in tok.children:
        if c.dep_ in ("dobj", "obj") and (c.lower_ in NOBODY or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
            return True
    return False


def _conditional(head: Token) -> bool:
    """The predicate heads (or sits in) an "if"/"unless" clause."""
    for t in [head] + governors(head, 2):
        if is_condition(t):
            return True
        if t.dep_ not in ("xcomp", "conj", "aux"):
            break
    return False


def _framing_noun(head: Token) -> Token | None:
    """The noun whose complement the event is: "no sign that Russia was pulling back", "the danger of an
    invasion", "no intention of attacking"."""
    cur = head
    for _ in range(3):
        if cur.dep_ not in NOUN_LINKS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ == "NOUN":
            return cur
    return None


def _noun_framed(head: Token) -> str | None:
    """Negated when the framing noun is denied ("no sign that", "had not seen any evidence of", "no plans
    for"); hypothetical when it names a risk ("the threat of a Russian invasion")."""
    noun = _framing_noun(head)
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    if lemma in RISK_NOUNS:
        return "hypothetical"
    if lemma in NEGATING_HEADS | INTENT_NOUNS:
        gov = noun.head if noun.dep_ in ("dobj", "attr", "nsubj", "pobj") else None
        if negated_here(noun) or (gov is not None and negated_here(gov)):
            return "negated"
    return None


DEMANDING = frozenset("call chant push press campaign appeal lobby clamour clamor rally march protest".split())


def _demanded(trigger: Token) -> bool:
    """An act named as what someone calls for: "chanting for Yoon's arrest", "called for the release of"."""
    prep = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or prep.lower_ != "for":
        return False
    return prep.head.lemma_.lower() in DEMANDING


def _unrealised_noun(trigger: Token) -> str | None:
    """An event noun its modifier puts ahead: "the planned talks" (future), "a possible invasion", "a
    long-planned invasion of Assab" as a charge, "an imminent attack" (hypothetical)."""
    if trigger.pos_ != "NOUN" or (trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.lemma_.lower() in REALISING):
        return None  # "mounted its long-threatened invasion": the plan carried out
    words = {c.lower_ for c in trigger.children if c.dep_ in ("amod", "compound") and c.i < trigger.i}
    if words & UNREALISED_MODIFIERS:
        return "hypothetical"
    if words & PLANNED_MODIFIERS:
        return "future"
    return None


def _unrealised_infinitive(head: Token) -> bool:
    """An act in an infinitive that says what someone would have happen, not what happened: "a reason for
    Russian forces to cross into Ukraine", "a pretext to invade"."""
    if "to" not in _aux(head) or head.dep_ not in ("acl", "advcl", "relcl"):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in head.children):
        return True
    return head.head.pos_ == "NOUN" and head.head.lemma_.lower() in PRETEXT_NOUNS


def _scheduled(head: Token) -> bool:
    """A headline's bare infinitive ("Maduro and Ali to meet") or a clause that says someone is due ("is due
    in Beirut for talks"): still to come."""
    if head.dep_ == "ROOT" and "to" in _aux(head) and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return True
    for gov in [head] + governors(head, 3):
        if any(c.dep_ == "acomp" and c.lemma_.lower() == "due" for c in gov.children):
            return True
        if gov.dep_ not in ("pobj", "prep", "xcomp") and gov.i != head.i:
            break
    return False


def _out_of_question(head: Token) -> bool:
    """An act said to be "out of the question" ("lifting the ban is out of question") is refused."""
    if head.dep_ != "csubj":
        return False
    out = next((c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "out"), None)
    return out is not None and any(p.lower_ == "question" for c in out.children if c.lower_ == "of"
                                   for p in c.children)


def is_condition(clause: Token) -> bool:
    """An "if"/"unless" clause."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def condition_on(clause: Token) -> Token | None:
    """The "if"/"unless" clause set on ``clause`` ("we will strike them if they return"), or None."""
    return next((c for c in clause.children if is_condition(c)), None)


def _committed(gov: Token) -> str:
    """The act a negated hesitation commits to ("will not hesitate to strike them if ...", "did not hesitate to
    fire"): set on a condition it is hypothetical, promised it is future, done it is asserted."""
    if condition_on(gov) is not None:
        return "hypothetical"
    aux = _aux(gov)
    if aux & FUTURE_AUX:
        return "future"
    return "hypothetical" if aux & HYPOTHETICAL_AUX else "asserted"


COUNTER_CHARGES = frozenset("accuse blame condemn criticise criticize urge warn call".split())


def denier_of_conjunct(head: Token) -> Token | None:
    """The denial verb whose subject also makes a charge the parser joined to the denied clause ("denied that
    Ethiopia had moved batteries and accused Cairo of manufacturing a crisis"): the charge is the denier's act,
    asserted, not part of what is denied."""
    clause = head.head
    if head.dep_ != "conj" or head.lemma_.lower() not in COUNTER_CHARGES or clause.dep_ != "ccomp":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    denial = clause.head
    return denial if denial.lemma_.lower() in DENIAL_VERBS else None


def governors(tok: Token, limit: int = 8) -> list[Token]:
    """The chain of heads above ``tok`` (nearest first), stopping at the root."""
    out = []
    cur = tok
    while cur.head.i != cur.i and len(out) < limit:
        cur = cur.head
        out.append(cur)
    return out


def is_reported_past(verb: Token) -> bool:
    return verb.lemma_.lower() in SPEECH_VERBS and verb.tag_ in ("VBD", "VBN")


def ongoing(clause: Token, trigger: Token | None = None) -> bool:
    """A present perfect running "since" a date up to now ("has pledged 650 million euros since 2023", "have
    been killed since October 7"): still true at publication, not background. The act that opens the span
    ("since the assassination of the president in 2021") is not."""
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in clause.children)
    since = [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "since"]
    inside = trigger is not None and any(c.left_edge.i <= trigger.i <= c.right_edge.i for c in since)
    return perfect and bool(since) and not inside


def _earlier_year(tok: Token, published_year: int | None) -> bool:
    if published_year is None or ongoing(tok):
        return False
    for t in tok.subtree:
        if YEAR.match(t.text) and int(t.text) < published_year and t.head.lower_ in ("since", "in", "during"):
            return True
    return False


def _is_to(gov: Token, cur: Token) -> bool:
    """"X is to visit Y": a named actor's scheduled act (not "the aim is to ...")."""
    if gov.lemma_.lower() != "be" or "to" not in _aux(cur):
        return False
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def modality(trigger: Token, head: Token | None = None, published_year: int | None = None) -> str:
    """The modality of the event whose predicate is ``trigger`` (clause head ``head`` for light verbs)."""
    head = head or trigger
    if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "may be ready to", "is not open to"
        head = head.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "talks ... resumed": the noun event's clause
    means = head.head.head if head.dep_ == "pcomp" and head.head.lower_ == "by" else None
    if means is not None and means.pos_ in ("VERB", "AUX"):  # "could retaliate by bombing": the means shares the
        return modality(means, None, published_year)  # modality of what it is the means of
    denier = denier_of_conjunct(head)
    if denier is not None:  # "denied that Belarus was pushing anyone ... and accused Polish guards of beating"
        return modality(denier, None, published_year)
    if _out_of_question(head):
        return "negated"
    chain = [trigger] + ([head] if head.i != trigger.i else [])
    # own clause; a negated condition ("if Russia does not invade") is neither asserted nor denied
    for t in chain:
        if negated_here(t) or _no_object(t):
            return "hypothetical" if _conditional(head) else "negated"
    if head.dep_ == "relcl" and head.head.lower_ in ANYONE and (
            head.tag_ != "VBD" or _aux(head.head.head) & PROMISING_AUX):
        return "hypothetical"  # "anyone who attacks (attacked) a police officer will (would) be arrested"
    if _demanded(trigger):
        return "hypothetical"
    unrealised = _unrealised_noun(trigger)
    if unrealised is not None:
        return unrealised
    aux = set().union(*(_aux(t) for t in chain))
    if trigger.pos_ == "NOUN" and trigger.head.pos_ in ("VERB", "AUX", "ADJ") and trigger.dep_ in (
        "dobj", "nsubj", "attr", "nsubjpass",
    ):
        gov = trigger.head
        if negated_here(gov):
            return "negated"
        aux |= _aux(gov)
        if gov.lemma_.lower() in ("possible", "likely", "remain") and any(
            c.lemma_.lower() in ("possible", "likely") for c in gov.subtree
        ):
            return "hypothetical"
    if trigger.pos_ == "NOUN" and trigger.head.lower_ == "of" and trigger.head.head.lower_ in NEGATING_HEADS:
        if negated_here(trigger.head.head) or trigger.head.head.head.lemma_ in ("see", "find"):
            return "negated"
    framed = _noun_framed(head)
    if framed is not None:
        return framed
    if _unrealised_infinitive(head):
        return "hypothetical"
    for t in [head] + governors(head, 6):
        if is_condition(t):
            return "hypothetical"
        if t.dep_ in ("relcl", "advcl", "pobj", "prep") or t.pos_ == "NOUN":
            if _earlier_year(t, published_year):
                return "historical"
        if t.dep_ in ("ROOT",):
            break
    for t in chain:
        if _earlier_year(t, published_year) and any(x.lower_ in ("since", "when") for x in t.subtree):
            return "historical"
    if aux & FUTURE_AUX:
        return "future"
    if "would" in aux:
        clause = head.head if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "attr") else head
        gov = clause.head if clause.dep_ in ("ccomp", "xcomp") else None  # "said Putin would oversee exercises"
        if gov is not None and is_reported_past(gov):
            return "future"
        return "hypothetical"
    if aux & HYPOTHETICAL_AUX:
        return "hypothetical"
    if {"going"} <= aux or head.lower_ == "going":
        return "future"
    if _scheduled(head):
        return "future"
    # denials and negated or uncertain governors first
    cur = head
    for gov in governors(head, 6):
        lemma = gov.lemma_.lower()
        if cur.dep_ in ("ccomp", "xcomp", "dobj", "pobj", "prep", "acl", "advcl", "conj") or cur.i == head.i:
            if lemma in DENIAL_VERBS and cur.dep_ in ("ccomp", "xcomp", "dobj"):
                return "negated"
            unsure = any(c.dep_ == "acomp" and c.lemma_.lower() in UNCERTAIN for c in gov.children)
            if (lemma in UNCERTAIN or unsure) and (negated_here(gov) or (gov.dep_ == "acomp" and negated_here(gov.head))):
                return "hypothetical"  # "is not certain that Russia has begun to withdraw"
            if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in cur.children) and cur.dep_ in ("ccomp", "advcl"):
                return "hypothetical"
            if lemma == "warn" and cur.dep_ in ("prep", "pobj"):
                return "hypothetical"
        if cur.dep_ not in ("ccomp", "xcomp", "conj", "pobj", "prep", "dobj", "acl", "advcl", "nsubj", "relcl") and cur.i != head.i:
            break
        cur = gov
    # governing clauses
    cur = head
    for gov in governors(head, 5):
        lemma = gov.lemma_.lower()
        if cur.dep_ in ("ccomp", "xcomp", "advcl", "dobj", "pobj", "prep", "acl"):
            if lemma in DENIAL_VERBS and not _co_action(cur):
                return "negated"
            if lemma in EMPHATIC and cur.dep_ in ("xcomp", "prep", "pobj") and negated_here(gov):
                return _committed(gov)
            # a purpose shares its governor's modality: "could regroup to launch attacks", "will not go to meet him"
            purpose = cur.dep_ == "advcl" and "to" in _aux(cur)
            if negated_here(gov) and cur.dep_ == "ccomp" and lemma in FACTIVE:
                break  # "the statement did not mention that Rubio had supported X": he had
            if negated_here(gov) and cur.dep_ == "ccomp" and lemma in SPEECH_VERBS:
                return "hypothetical"  # "did not say that it would withdraw": neither said nor denied
            if negated_here(gov) and (cur.dep_ in ("xcomp", "ccomp", "dobj") or purpose) and (
                    not _not_the_only(gov)) and lemma not in UNCERTAIN and not any(
                c.dep_ == "acomp" and c.lemma_.lower() in UNCERTAIN for c in gov.children
            ):
                return "negated"  # "did not agree to withdraw", "refused ... not say that"
            if cur.dep_ == "xcomp" and (lemma in FUTURE_GOVERNORS or _is_to(gov, cur)):
                return "future"
            if lemma in HYPOTHETICAL_GOVERNORS and cur.dep_ in ("ccomp", "pobj", "prep"):
                return "hypothetical"
            if lemma in WEIGHING and cur.dep_ in ("xcomp", "ccomp", "dobj", "pcomp"):
                return "hypothetical"  # "was considering sending weapons", "as Seoul weighs arming Ukraine"
            gaux = _aux(gov)
            if (cur.dep_ == "xcomp" or purpose) and gaux & FUTURE_AUX:
                return "future"
            if (cur.dep_ in ("xcomp", "ccomp") or purpose) and gaux & (HYPOTHETICAL_AUX - {"would"}) and (
                    lemma not in SPEECH_VERBS):
                return "hypothetical"
            if lemma == "expect" and cur.dep_ in ("xcomp", "ccomp"):
                return "future"
        if cur.dep_ not in ("ccomp", "xcomp", "conj", "pobj", "prep", "dobj", "acl", "advcl"):
            break
        cur = gov
    return "asserted"
