"""Find the PLOVER events of an analysed document: ``find_events(a, quotes) -> (events, flags)``.

Each sentence's predicates come from the lexicon (clauses.match).  A predicate governed by another
through a subject-less complement ("agreed to withdraw", "open to talks") is part of its governor's
event and is not coded twice; a that-clause with its own subject is a reported event of its own
("Russia has denied that it is planning to invade" gives the REJECT and a negated ASSAULT).
Conditional clauses ("if Russia invades Ukraine, ... will react") give a THREATEN by the speaker's
side against the doer of the condition.  Readiness or promises of material conflict are threats.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from spacy.tokens import Span, Token

from ..actors.kb import default_kb
from ..records import Actor, Event, Quote, Span as TextSpan
from . import characterise, clauses, roles
from .dates import earlier_month, event_date
from .intensity import intensity, quad
from .lexicon import load
from .mentions import resolve_span
from .modality import DENIAL_VERBS, RISK_NOUNS, SPEECH_VERBS, modality, ongoing, refusal
from .places import place_in
from .threats import MATERIAL_CONFLICT as THREAT_ACTS, Threats

HOSTILE = frozenset(("SANCTION", "COERCE", "ASSAULT"))  # promised, these are threats
NEEDS_RECIPIENT = frozenset(("COOPERATE", "AID", "SANCTION"))
COMMISSIVE = frozenset(("AGREE", "SUPPORT"))
RETALIATING = frozenset(("retaliate", "avenge"))
PROMISING = frozenset(("promise", "vow"))  # a promised help is still to come; a sum pledged is given
SUBJECTLESS = frozenset(("xcomp", "dobj", "pobj", "prep", "attr", "oprd", "nsubjpass", "acomp", "pcomp"))
MOBILIZE_PREPS = ("around", "near", "along", "toward", "towards", "to", "into", "on", "at")
ADJUNCT_PREPS = frozenset("in during at after before since amid despite following ahead while within".split())
NAME_ENTS = frozenset(("ORG", "FAC", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "LAW"))
MILITARY_HEADS = frozenset("troop troops force forces unit units soldier soldiers army".split())


def _governor(tok: Token) -> Token | None:
    """The lexicon predicate that takes ``tok``'s clause as a subject-less complement, if any."""
    lex = load()
    cur = tok
    for _ in range(5):
        if cur.dep_ == "conj" and cur.head.dep_ == "xcomp" and not any(c.dep_ in clauses.SUBJ for c in cur.children):
            cur = cur.head  # "urged both to exercise restraint and settle their differences": both are asked for
            continue
        if cur.dep_ == "ccomp" and not any(c.dep_ == "mark" for c in cur.children):
            m = clauses.match(cur.head, lex)
            if m is not None and m.entry.type in ("REQUEST", "AGREE", "REJECT"):
                return cur.head  # "request Putin to recognize"
        if cur.dep_ not in SUBJECTLESS or cur.head.i == cur.i:
            return None
        up = cur.head
        if up.lower_ in REPORT_NOUNS:
            return None  # "denied reports of a mobilisation": what is reported is an act of its own
        if up.pos_ == "ADP":
            if up.lower_ in ADJUNCT_PREPS:
                return None  # "In a call with X, Y discussed...": an adjunct, not a complement
            cur = up
            continue
        m = clauses.match(up, lex)
        if m is not None:
            if up.pos_ == "NOUN" and up.lemma_.lower() in RISK_NOUNS:
                return None  # "the threat of a Russian invasion": the invasion, feared (modality)
            if up.lemma_.lower() in ("deny", "refute") and cur.tag_ == "VBG":
                return None  # "denied firing at the peacekeepers": the denied act is coded too, negated
            return up
        cur = up
    return None


GATHERING = frozenset(("meet", "gather", "convene", "confer", "assemble", "meeting", "session", "summit"))


def _gathering(m: clauses.Match, subj: Token | None) -> bool:
    """A meeting among the members of one side, no partner named: "NATO defence ministers met in Brussels"."""
    if subj is None or m.trigger.lemma_.lower() not in GATHERING or clauses.direct_object(m.trigger) is not None:
        return False
    return (subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
            or subj.lemma_.lower() in ASSEMBLIES)  # "the UN Security Council will meet on Friday"


ASSEMBLIES = frozenset("council assembly parliament summit committee cabinet congress senate conference".split())


def _risk_only(m: clauses.Match, source) -> bool:
    """A threat noun with no one making it that only names a feared event ("the threat of an invasion")."""
    noun = m.trigger
    if source is not None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in RISK_NOUNS:
        return False
    lex = load()
    return any(clauses.match(p, lex) is not None for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ in ("pobj", "pcomp"))


BORDERS = frozenset(("border", "borders", "frontier", "frontiers", "boundary"))


def _border_owner(tok: Token) -> list[Token]:
    """The country whose border troops are massed on: "Ukraine's borders", "the border with Ukraine"."""
    if tok.lower_ not in BORDERS:
        return []
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "of") for p in c.children
               if p.dep_ == "pobj"]
    return owners


def _speaker_of(head: Token) -> Token | None:
    """The subject of the speech verb that reports the clause of ``head`` (through ccomp/xcomp)."""
    cur = head
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        up = cur.head
        if cur.dep_ in ("ccomp", "parataxis") or (cur.dep_ == "dobj" and up.lemma_.lower() in SPEECH_VERBS):
            if up.lemma_.lower() in SPEECH_VERBS | {"warn", "say", "deny", "claim", "believe"}:
                return clauses.subject_of(up)
        cur = up
    return None


def _mutual_doers(subj: Token | None) -> bool:
    """ "Helsinki and Moscow agreed to bar third-country nationals": an agreement between the doers, not a
    threat by one of them."""
    return subj is not None and any(c.dep_ == "conj" and clauses.agentive(c) is not None for c in subj.children)


def _conflict_within(m: clauses.Match) -> clauses.Match | None:
    """A material-conflict predicate in the complements of ``m`` (ready to impose sanctions)."""
    lex = load()
    for t in m.head.subtree:
        if t.i == m.trigger.i or t.i == m.head.i:
            continue
        inner = clauses.match(t, lex)
        if inner is not None and (inner.entry.type in HOSTILE or inner.trigger.lemma_.lower() in RETALIATING) and (
                _governor(inner.head) is not None):  # "vowed to retaliate": a threat too
            between = [x for x in inner.head.ancestors if x.i != m.head.i and m.head.i in {y.i for y in x.ancestors}]
            if any((b := clauses.match(x, lex)) is not None and b.entry.type in ("CONSULT", "REQUEST", "REJECT")
                   for x in between):
                continue  # "open to talks about missile deployments" is no threat
            return inner
    return None


class _Builder(Threats):
    def __init__(self, a, quotes: list[Quote]):
        self.a = a
        self.quotes = quotes
        self.lex = load()
        self.published = a.published
        self.pub_year = a.published.year if a.published else None

    # ---- actors
    def actor(self, tok: Token | None) -> Actor | None:
        if tok is None:
            return None
        start, end = clauses.np_span(tok)
        span = tok.doc[start:end]
        first = span[0]
        if (first.lower_ in FIRST_PERSON and (first.text == "I" or not first.text.isupper())
                and tok.lemma_.lower() not in clauses.RELATION_NOUNS):  # "we", "our army" in a quote; not "US"
            speaker = self.quote_speaker(tok)
            if speaker is not None and (speaker.country or speaker.name):
                single = len(span) == 1 and tok.lower_ in ("i", "me")
                return Actor(span.text, span.start_char, span.end_char, speaker.name if single else None,
                             speaker.country, speaker.sector)
        return resolve_span(self.a.resolver, span, tok)

    def quote_speaker(self, tok: Token) -> Actor | None:
        for q in self.quotes:
            if q.start <= tok.idx < q.end and q.speaker is not None:
                return q.speaker
        return None

    # ---- one event
    def make(self, sent: Span, etype: str, mode: str | None, context: str | None, trigger: Token,
             head: Token, source: Actor | None, target: Actor | None, attributed: Actor | None,
             modality_: str, rule: str, confidence: float, key_extra: str = "") -> Event:
        doc_id = self.a.document.id
        start, end = sent.start_char, sent.end_char
        key = f"{doc_id}:{trigger.idx}:{trigger.idx + len(trigger)}:{etype}{key_extra}"
        if target is not None and target.start > trigger.idx:  # one event per coordinated recipient
            key += f":{target.start}"
        clause = head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head  # a noun event happens where its clause says
        loc = place_in(sent, within=clause)
        if modality_ == "asserted" and _scheduled(clause) and not self.a.is_headline(sent) and WEEKDAY.search(
                sent.text):
            modality_ = "future"  # "Yoon leaves on Monday for state visits": the timetable's present
        date = event_date(sent.text, self.published, trigger.idx - start, ahead=modality_ == "future",
                          skip=_other_clauses(sent, trigger))
        if modality_ == "asserted" and earlier_month(date, self.published) and not ongoing(clause, trigger):
            modality_ = "historical"  # "in January" in a February report: background
        return Event(
            id=hashlib.sha1(key.encode()).hexdigest()[:16],
            type=etype, mode=mode, modality=modality_, source=source, target=target,
            attributed_to=attributed,
            trigger=TextSpan(trigger.text, trigger.idx, trigger.idx + len(trigger)),
            date=date,
            location=loc, contexts=(context,) if context else (),
            intensity=intensity(etype, mode), quad=quad(etype), confidence=round(confidence, 2),
            sentence=sent.text, start=start, end=end, rule=rule,
        )

    @staticmethod
    def speaker_token(head: Token) -> Token | None:
        return _speaker_of(head)

    def attribution(self, head: Token) -> Actor | None:
        """Who reports the event: the speaker of the quote it sits in (resolved by the quotes stage),
        else the subject of the speech verb whose clause holds it."""
        quoted = self.quote_speaker(head)
        if quoted is not None:
            return quoted
        sp = _speaker_of(head)
        return self.actor(clauses.actor_in(sp, self.lex)) if sp is not None else None

    def with_country(self, actor: Actor | None, head_tok: Token | None, attributed: Actor | None) -> Actor | None:
        """Unnamed forces ("some troops") and "his country" take the country of whoever reports them."""
        if actor is None or actor.country or attributed is None or not attributed.country or head_tok is None:
            return actor
        if head_tok.lower_ == "country" and any(c.dep_ == "poss" for c in head_tok.children):
            return Actor(actor.text, actor.start, actor.end, actor.name, attributed.country, "GOV")
        if head_tok.lower_ in MILITARY_HEADS or head_tok.lemma_.lower() in MILITARY_HEADS:
            return Actor(actor.text, actor.start, actor.end, actor.name, attributed.country, "MIL")
        return actor

    def sentence_events(self, sent: Span) -> list[Event]:
        """The events of one sentence, each predicate coded once."""
        events: list[Event] = []
        seen: set[int] = set()
        charges = characterise.named_charges(sent, self.lex)
        named = characterise.name_words(charges)
        for tok in sent:
            if characterise.is_charge(tok, self.lex) or tok.i in named:
                continue  # a charge the speaker makes (characterisations below), not an attack
            m = clauses.match(tok, self.lex)
            if m is None or m.trigger.i in seen:
                continue
            seen.add(m.trigger.i)
            if _governor(m.head) is not None and m.head.pos_ != "ADJ":
                continue  # part of its governor's event
            ev = self.event_for(sent, m)
            if ev is not None:
                extra = self.coordinated(sent, ev)
                doers = _each_other(sent, m.trigger, [ev] + self.coordinated_sources(sent, ev))
                events += doers[:1] + extra + doers[1:]
        events += self.characterisations(sent, charges)
        events = _protest_demands(sent, events)
        threats = self.conditional_threats(sent, events)
        threat_at = {t.trigger.start: t for t in threats}
        kept = []
        for e in events:  # the act a conditional threat promises stays, as what would happen
            threat = threat_at.get(e.trigger.start)
            act = e if threat is None else _consequence(e, threat) if e.type in THREAT_ACTS else None
            if act is not None:
                kept.append(act)
        promised = self.conditional_acts(sent, kept)
        warned = self.warnings(sent, kept + promised + threats)
        unruled, refusals = self.not_ruled_out(sent)
        taken = {t.trigger.start for t in warned} | {e.trigger.start for e in kept if e.type == "REJECT"
                                                     and e.trigger.start in refusals}
        pledged = {t.trigger.start: t for t in promised}  # the threatened act stays, as what would happen
        kept = [_pledged(e, pledged[e.trigger.start]) if e.trigger.start in pledged else e for e in kept]
        return _dedupe([e for e in kept if e.trigger.start not in taken] + promised + threats + warned + unruled)

    def event_for(self, sent: Span, m: clauses.Match) -> Event | None:
        etype, mode, context = m.entry.type, m.entry.mode, m.entry.context
        s_tok, t_tok = roles.roles(m, self.lex)
        s_tok, t_tok = clauses.partitive(s_tok), clauses.partitive(t_tok)
        if s_tok is None and m.entry.pos == "N":
            s_tok = _denied_report_doer(m.trigger)  # "Eritrea dismissed reports of a mobilisation"
        if s_tok is None and m.head.pos_ in ("VERB", "AUX", "ADJ"):
            doer = clauses.subject_of(m.head)
            if doer is not None and doer.lower_ not in clauses.RELATIVE and doer.pos_ in ("NOUN", "PROPN", "NUM"):
                if clauses.agentive(doer) is None:
                    return None  # "the storm killed", "his comments offered": no political doer
        if m.entry.pos == "N" and m.trigger.dep_ == "compound" and m.trigger.ent_type_ in NAME_ENTS:
            return None  # a word of a name: "the Joint Forces Operation command"
        if m.entry.pos == "N" and m.trigger.dep_ in ("compound", "amod") and clauses.is_actorish(m.trigger.head):
            return None  # a kind of actor, not an act: "riot police", "protest leaders"
        if m.entry.pos == "N" and m.trigger.dep_ == "compound" and self.lex.in_class(m.trigger.head.lemma_, "atrocity"):
            return None  # a kind of crime, not an act: "committed war crimes"
        rule = m.entry.rule
        if etype == "PROTEST" and m.trigger.lemma_.lower() == "strike" and m.trigger.dep_ in ("nsubj", "nsubjpass") \
                and m.trigger.head.lemma_.lower() in LETHAL:
            etype, mode, context = "ASSAULT", "aerial", "military"  # "Israeli strikes kill 23": not a walkout
            rule = f"{rule}+lethal"
        inner = _conflict_within(m) if etype in COMMISSIVE and not _mutual_doers(s_tok) else None
        if inner is not None and etype == "SUPPORT" and inner.trigger.pos_ == "NOUN":
            inner = None  # "defended the operation as lawful", "backed the strikes": standing by an act, no threat
        if inner is not None:  # "ready to support the imposition of sanctions against Russia"
            etype, mode, context = "THREATEN", "restrict" if inner.entry.type in ("SANCTION", "COERCE") else "violence", inner.entry.context
            _, it = roles.roles(inner, self.lex)
            t_tok = it or t_tok
            rule = f"{rule}+threat:{inner.entry.rule}"
        if etype == "MOBILIZE" and t_tok is None:  # "placed 150,000 troops around Ukraine"
            obj = clauses.direct_object(m.head)
            holders = [m.head, m.trigger] + ([obj] if obj is not None else [])
            t_tok = next((p for h in holders for r in roles.recipients(h, MOBILIZE_PREPS)
                          for p in [r] + _border_owner(r) if p.ent_type_ in ("GPE", "LOC")), None)
        if (t_tok is None and m.entry.pos == "N" and etype in ("COERCE", "ASSAULT") and m.trigger.dep_ == "pobj"
                and m.trigger.head.lower_ in ("to", "by", "from", "after", "due")):
            pred = m.trigger.head.head  # "websites were offline due to a cyberattack"
            while (pred.pos_ == "ADP" or pred.dep_ in ("prep", "pcomp")) and pred.head.i != pred.i:
                pred = pred.head
            if pred.lemma_.lower() not in SPEECH_VERBS:
                subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                t_tok = clauses.actor_in(subj, self.lex)
        if t_tok is not None and s_tok is not None and t_tok.i == s_tok.i:
            t_tok = None
        if t_tok is not None and t_tok.dep_ == "nsubjpass" and t_tok.lower_ in MILITARY_HEADS:
            t_tok = None
        if s_tok is not None and s_tok.lower_ in clauses.PRONOUNS and m.head.dep_ in ("acl", "ccomp", "relcl"):
            noun = m.head.head  # "the announcement by some Russian forces that they were withdrawing"
            agent = next((p for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                          for p in c.children if p.dep_ == "pobj"), None)
            s_tok = agent or s_tok
        mod = modality(m.trigger, m.head, self.pub_year)
        attributed = self.attribution(m.head)
        source = self.with_country(self.actor(s_tok), s_tok, attributed)
        target = self.actor(t_tok)
        if _speakers_own(etype, target, source, attributed):  # "X said Armenian forces fired on its positions"
            target = Actor(target.text, target.start, target.end, attributed.name, attributed.country, attributed.sector)
        if _reflexive(source, target):  # "Benin opened its borders to West Africans": the owner is the doer
            alt = next((a for r in roles.recipients(m.head, clauses.RECIPIENT_PREPS)
                        for a in [clauses.actor_in(r, self.lex)] if a is not None and a.i != t_tok.i), None)
            target = self.actor(alt) if alt is not None else None
        if etype == "AID" and source is not None and target is not None and source.country and (
                source.country == target.country) and _sends_forces(m.head):  # "sending warships and jets to
            etype, mode, context, target = "MOBILIZE", "troops", "military", None  # surround the island"
        if etype == "MOBILIZE" and _into_country(m.head, source, target):  # "could send ground troops into
            etype, mode, context, rule = "ASSAULT", None, "military", f"{rule}+invasion"  # Lebanon": an invasion
        if etype in ("AGREE", "AID", "SUPPORT", "COOPERATE") and _own_forces(source, target):
            target = None  # "ready to send troops": its own troops are what it offers, not whom it helps
        if etype == "ASSAULT" and _own_forces(source, target):  # "opened fire on Armenian positions, killing
            target = replace(target, country=None, name=None, sector=None)  # four soldiers": not its own
        demanded = _demanded_of(m.head, source, attributed)
        if demanded:  # "told the crowd that US troops must leave": the speaker asks it of them
            etype, mode, context, rule = "REQUEST", None, None, f"{rule}+must"
            source, target, attributed, mod = attributed, source, None, "asserted"
        if etype == "AID" and mod == "asserted" and m.trigger.lemma_.lower() in PROMISING:
            mod = "future"  # "promised Vilnius funding for radars": the aid is still to come
        if etype == "AGREE" and mod == "future" and attributed is not None:
            mod = "asserted"  # "said Kigali would honour its commitments": the promise is made as it is reported
        if mod == "negated" and etype in REFUSABLE and refusal(m.head):  # "we will not sign an agreement",
            etype, mode, context, rule, mod = "REJECT", None, None, f"{rule}+refusal", "asserted"  # "won't talk"
        if not _substantive(source) and not _substantive(target):
            return None
        if _risk_only(m, s_tok) or (etype == "REQUEST" and _question(m.head)):
            return None
        if etype == "CONSULT" and target is None and not _gathering(m, s_tok):
            return None
        if etype in NEEDS_RECIPIENT and target is None:
            return None
        if etype == "COOPERATE" and m.entry.pos == "N" and not any(c.lower_ == "joint" for c in m.trigger.children):
            return None
        conf = 0.55 + 0.15 * (source is not None) + 0.1 * (target is not None) + 0.1 * (m.entry.frame != "-")
        if m.entry.pos == "N":
            conf -= 0.1
        return self.make(sent, etype, mode, context, m.trigger, m.head, source, target, attributed, mod,
                         rule, min(conf, 0.95))

    def characterisations(self, sent: Span, charges: list[characterise.NamedCharge]) -> list[Event]:
        """A speaker calling someone's act or words a provocation, groundless, hysteria: an ACCUSE by the
        speaker (of a quote, or of the speech verb whose clause holds it) of whoever did or said it."""
        out = []
        for c in characterise.find(sent, self.lex, charges):
            source = self.attribution(c.clause)
            if c.clause.lemma_.lower() in characterise.NAMING:  # "Rutte called the deployment an escalation"
                subj = clauses.subject_of(c.clause)
                namer = self.with_country(self.actor(subj), subj, source) if subj is not None else None
                source = namer if namer is not None and (namer.country or namer.name) else source
                if source is None or not (source.country or source.name):
                    continue  # "what specialists call a denial-of-service assault": no one we can place
            target = self.actor(c.target)
            if source is None or target is None or (source.country and source.country == target.country):
                continue
            out.append(self.make(sent, "ACCUSE", "disapprove", None, c.word, c.clause, source, target, None,
                                 modality(c.word, c.clause, self.pub_year),
                                 f"pattern:characterisation:{c.word.lemma_.lower()}", 0.6))
        return out

    def coordinated(self, sent: Span, ev: Event) -> list[Event]:
        """The same act toward each further coordinated recipient: "sanctions on Russia and Belarus"."""
        if ev.target is None:
            return []
        span = sent.doc.char_span(ev.target.start, ev.target.end, alignment_mode="expand")
        if span is None:
            return []
        out = []
        members = _places_of(span.root)  # "the governments of Mali, Burkina Faso and Niger": each of them
        if members and self.actor(members[0]).country != ev.target.country:
            members = []  # the target's country is not the first place's: the places are no list of targets
        for c in list(span.root.conjuncts) + members[1:] + _parallel_objects(span.root):
            if c.i <= span.root.i or clauses.agentive(c) is None:
                continue
            target = self.actor(c)
            if c in members:
                target = replace(target, sector=ev.target.sector)
            if ev.source is not None and target.start == ev.source.start:
                continue
            if not (target.country or target.name and c.ent_type_ in ("PERSON", "ORG", "NORP")):
                continue  # "out of Central and Eastern Europe and the Baltic states": no further actor named
            if ev.target.country and not any(t.ent_type_ in ("GPE", "NORP", "ORG") or clauses._country_word(t)
                                             for t in sent.doc[c.left_edge.i:c.right_edge.i + 1]):
                target = replace(target, country=ev.target.country)  # "talks with Mikati and the army commander"
                # (but "with Estonia's prime minister and NATO's secretary general": each their own)
            trig = sent.doc.char_span(ev.trigger.start, ev.trigger.end)
            if trig is None:
                continue
            out.append(self.make(sent, ev.type, ev.mode, ev.contexts[0] if ev.contexts else None, trig.root,
                                 trig.root, ev.source, target, ev.attributed_to, ev.modality,
                                 f"{ev.rule}+coordination", max(ev.confidence - 0.05, 0.0)))
        return out

    def coordinated_sources(self, sent: Span, ev: Event) -> list[Event]:
        """The same act by each further coordinated doer: "Hamas and Islamic Jihad fired rockets", "American and
        British warplanes struck". Mutual acts ("X and Y held talks") pair the doers instead (clauses)."""
        if ev.source is None or ev.type in roles.SYMMETRIC:
            return []
        span = sent.doc.char_span(ev.source.start, ev.source.end, alignment_mode="expand")
        trig = sent.doc.char_span(ev.trigger.start, ev.trigger.end)
        if trig is not None and span is not None and ev.target is not None and _both_ways(ev, trig.root) and (
                any(c.idx == ev.target.start for c in span.root.conjuncts)
                or span.start_char <= ev.target.start < span.end_char):
            return [self.make(sent, ev.type, ev.mode, ev.contexts[0] if ev.contexts else None, trig.root, trig.root,
                              ev.target, ev.source, ev.attributed_to, ev.modality, f"{ev.rule}+coordination:mutual",
                              ev.confidence, key_extra=f":s{ev.target.start}")]  # each side, toward the other
        if span is None or trig is None or trig.root.lemma_.lower() in RECIPROCAL:
            return []  # "Israeli and Hamas fighters clashed": each other's recipient, not a shared act
        root = span.root
        doers = [c for c in root.conjuncts if c.i > root.i and clauses.agentive(c) is not None]
        doers += [c for m in root.children if m.dep_ in ("amod", "compound", "nmod") and m.ent_type_ in ("NORP", "GPE")
                  for c in m.conjuncts if c.i > m.i and c.ent_type_ in ("NORP", "GPE", "ORG")]
        out, seen = [], {ev.source.country} if ev.source.country else set()
        for c in doers:
            source = self.actor(c)
            if source is None or not source.country or source.country in seen or (
                    ev.target is not None and source.country == ev.target.country):
                continue
            seen.add(source.country)
            out.append(self.make(sent, ev.type, ev.mode, ev.contexts[0] if ev.contexts else None, trig.root,
                                 trig.root, source, ev.target, ev.attributed_to, ev.modality,
                                 f"{ev.rule}+coordination:source", max(ev.confidence - 0.05, 0.0),
                                 key_extra=f":s{source.start}"))
        return out


def _each_other(sent: Span, trigger: Token, group: list[Event]) -> list[Event]:
    """Two coordinated doers acting on "each other" ("Hungary and Ukraine expelled each other's diplomats",
    "accused one another of shelling"): each one's act is aimed at the other."""
    if len(group) != 2 or any(e.target is not None and (
            e.target.country or not clauses.EACH_OTHER.search(e.target.text)) for e in group):
        return group
    if not clauses.EACH_OTHER.search(sent.text[trigger.idx - sent.start_char:]):
        return group
    a, b = group
    if not (a.source and b.source and a.source.country and b.source.country) or a.source.country == b.source.country:
        return group
    return [replace(a, target=b.source, rule=f"{a.rule}+each-other"),
            replace(b, target=a.source, rule=f"{b.rule}+each-other")]


def _parallel_objects(tok: Token) -> list[Token]:
    """The objects of a repeated preposition: "travel to Addis Ababa on Monday and to Asmara two days later"
    (the parser hangs the second "to" on whatever preposition came last)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    siblings = [prep] + [c for c in prep.head.children if c.dep_ == "prep" and c.i > prep.i]
    return [o for sib in siblings for conj in sib.conjuncts if conj.lower_ == prep.lower_ and conj.i > prep.i
            for o in conj.children if o.dep_ == "pobj"]


PEACEKEEPING = re.compile(r"\b(peacekeep\w*|monitors?|observers?|trainers?|instructors?)\b", re.IGNORECASE)


def _into_country(verb: Token, source: Actor | None, target: Actor | None) -> bool:
    """Troops sent or moved into another country's territory, or across the border into it: an invasion
    ("sending its army into Kosovo", "if Venezuela sends troops across the border"); not into a zone, a region
    or a sea, not peacekeepers or trainers."""
    if source is None or not source.country or target is None or not target.country or (
            target.country == source.country) or PEACEKEEPING.search(verb.sent.text):
        return False
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ("into", "across"):
            continue
        place = next((p for p in c.children if p.dep_ == "pobj"), None)
        if place is not None and (place.ent_type_ == "GPE" or (c.lower_ == "across" and place.lower_ in BORDERS)):
            return True
    return False


def _both_ways(ev: Event, trigger: Token) -> bool:
    """An act each of two coordinated doers does to the other: signing a deal ("Congo and Rwanda signed"),
    trading fire ("Indian and Pakistani troops traded fire")."""
    if ev.type == "SUPPORT":
        return trigger.lemma_.lower() == "sign"
    obj = clauses.direct_object(trigger)
    return ev.type == "ASSAULT" and obj is not None and obj.lemma_.lower() in roles.EXCHANGED


def _places_of(head: Token) -> list[Token]:
    """The coordinated countries or cities a role noun is "of" or "in": "the governments of Mali, Burkina Faso and
    Niger", "our brothers in Bamako, Ouagadougou and Niamey", "envoys from Britain, France and Germany" (none when
    only one is named)."""
    first = next((p for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "from")
                  for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "GPE"), None)
    if first is None or not first.conjuncts:
        return []
    return [first] + [x for x in first.conjuncts if x.ent_type_ == "GPE"]


LETHAL = frozenset("kill hit destroy target wound injure level flatten pound damage claim".split())
FIRST_PERSON = frozenset("i me my we us our".split())
RECIPROCAL = frozenset("clash fight battle exchange skirmish duel".split())
WH_WORDS = frozenset("whether if what why how when where who whom which".split())


REFUSABLE = frozenset(("CONSULT", "SUPPORT", "AGREE", "COOPERATE", "AID", "CONCEDE", "RETREAT"))


WEEKDAY = re.compile(r"\b(?:on|next|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
SCHEDULE_VERBS = frozenset("leave travel fly head visit meet hold begin start open arrive host attend go return "
                           "vote sign".split())


def _scheduled(clause: Token) -> bool:
    """A body clause in the simple present with a travel or meeting verb: a timetable ("leaves on Monday",
    "meets Macron on Friday"); headlines use the present for the past."""
    return clause.tag_ in ("VBZ", "VBP") and clause.lemma_.lower() in SCHEDULE_VERBS and not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children)


def _question(verb: Token) -> bool:
    """'asked his top diplomat whether there was still a chance': a question, not a request."""
    if verb.lemma_.lower() not in ("ask", "inquire", "enquire", "wonder"):
        return False
    for c in verb.children:
        if c.dep_ == "ccomp" and any(t.lower_ in WH_WORDS and t.i < c.i and t.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr")
                                     for t in c.children):
            return True
    return False


OWNERS = ("its ", "their ", "our ")


def _speakers_own(etype: str, target: Actor | None, source: Actor | None, speaker: Actor | None) -> bool:
    """An attack on "its positions" reported by someone other than the attacker: the speaker's own."""
    if etype not in ("ASSAULT", "COERCE") or target is None or speaker is None or not speaker.country:
        return False
    low = target.text.lower()
    if low.split()[-1] in clauses.RELATION_NOUNS:
        return False  # "could invade its neighbour": the owner's neighbour, not the owner
    if not (low.startswith(OWNERS) or " of its " in low or " of their " in low
            or low in ("it", "its", "them", "their", "us", "our")):
        return False
    return source is not None and bool(source.country) and source.country != speaker.country


def _other_clauses(sent: Span, trigger: Token) -> tuple[tuple[int, int], ...]:
    """Sentence-relative character ranges of relative clauses that do not hold the trigger: "accused a
    delegation that visited Niamey in March" is not dated March."""
    return tuple((t.left_edge.idx - sent.start_char, t.right_edge.idx + len(t.right_edge) - sent.start_char)
                 for t in sent if t.dep_ in ("relcl", "acl")
                 and not t.left_edge.i <= trigger.i <= t.right_edge.i)


SOLDIERS = frozenset("soldier soldiers troop troops serviceman servicemen personnel forces force".split())


def _own_forces(source: Actor | None, target: Actor | None) -> bool:
    """Soldiers an attack hits that only the discourse placed on the attacker's side."""
    if source is None or target is None or not source.country or source.country != target.country or (
            target.name and target.name != source.name):
        return False  # (a named force, "the Rapid Support Forces", is its own side)
    words = target.text.split()
    return bool(words) and words[-1].lower() in SOLDIERS and not any(
        clauses._country_word_text(w) for w in words[:-1])


REPORT_NOUNS = frozenset("report reports claim claims allegation allegations rumour rumours rumor rumors".split())


def _denied_report_doer(noun: Token) -> Token | None:
    """Who denies reports of an act is the one said to do it: "Asmara dismissed reports of a mobilisation"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in REPORT_NOUNS:
        return None
    report = prep.head
    verb = report.head
    if report.dep_ != "dobj" or verb.lemma_.lower() not in DENIAL_VERBS:
        return None
    return clauses.actor_in(clauses.subject_of(verb), load())


def _sends_forces(verb: Token) -> bool:
    lex = load()
    obj = clauses.direct_object(verb)
    return obj is not None and bool(lex.noun_class(obj.lemma_) & {"armed", "troops", "weaponry"})


def _demanded_of(head: Token, source: Actor | None, speaker: Actor | None) -> bool:
    """An act someone else 'must' or 'should' do, in a clause a speaker reports: the speaker's demand."""
    if source is None or speaker is None or not source.country or not speaker.country or source.country == speaker.country:
        return False
    aux = {c.lower_ for c in head.children if c.dep_ == "aux"}
    if not aux & {"must", "should"} or any(c.dep_ == "neg" for c in head.children):
        return False
    return head.dep_ in ("ccomp", "conj") and head.head.lemma_.lower() in SPEECH_VERBS


def _protest_demands(sent: Span, events: list[Event]) -> list[Event]:
    """"5,000 people marched through Niamey to demand the departure of American troops": the demand is what
    the protest is about (its recipient), not a second event; then the place settles who is unplaced."""
    out = list(events)
    for r in events:
        if r.type != "REQUEST":
            continue
        tok = sent.doc.char_span(r.trigger.start, r.trigger.end)
        tok = tok.root if tok is not None else None
        if tok is None or tok.dep_ not in ("advcl", "xcomp") or not any(c.lower_ == "to" for c in tok.children):
            continue
        protest = next((e for e in out if e.type == "PROTEST" and e.trigger.start == tok.head.idx), None)
        if protest is None:
            continue
        out.remove(r)
        out[out.index(protest)] = replace(protest, target=protest.target or r.target, rule=f"{protest.rule}+demand")
    return [_placed(_state_act(_home_measure(e))) for e in out]


MEASURE_TYPES = frozenset(("COERCE", "RETREAT", "CONCEDE"))
HOME_MEASURES = frozenset("curfew curfews lockdown emergency siege martial zone power".split())  # not a "state visit"


def _home_measure(e: Event) -> Event:
    """A curfew, state of emergency, martial law or closed zone a state declares, imposes or lifts with no one
    named binds the country where the sentence puts it, else the state's own ("Boluarte declared a state of
    emergency along the northern border", "Yoon lifted martial law")."""
    if e.type not in MEASURE_TYPES or e.source is None or (
            e.target is not None and (e.target.country or e.target.name)):
        return e
    before = e.sentence[:e.trigger.start - e.start].lower().split()[-1:]  # "imposed martial law"
    after = before + [e.trigger.text.lower()] + e.sentence[e.trigger.end - e.start:].lower().split()[:4]  # "lifted
    # emergency martial law early", "a buffer zone"
    if not default_kb().is_state(e.source.country) or not any(w.strip(".,;:") in HOME_MEASURES for w in after):
        return e
    here = e.location.country if e.location is not None and e.location.country else e.source.country
    target = e.target or Actor(e.source.text, e.source.start, e.source.end, None, here, None)  # its own country
    return replace(e, target=replace(target, country=here), rule=f"{e.rule}+home")


STATE_ACTS = frozenset(("arrest", "convict", "deport"))  # modes only a state's police and courts carry out


def _state_act(e: Event) -> Event:
    """An arrest, sentence or deportation told without its doer ("Machar was placed under house arrest in Juba",
    "dozens of people were detained in Tbilisi") is the act of the state where it happens, else of a named
    person's own state; an unplaced crowd or stranger keeps an unknown doer."""
    if e.source is not None or e.mode not in STATE_ACTS:
        return e
    if e.location is not None and e.location.country:
        here, words = e.location.country, e.location
    elif e.target is not None and e.target.name and e.target.country:
        here, words = e.target.country, e.target
    else:
        return e
    kb = default_kb()
    if not kb.is_state(here) or (words is e.target and e.target.name == kb.country_entry(here).name):
        return e  # "two Britons were detained": not where
    source = Actor(words.text, words.start, words.end, None, here, "GOV")
    return replace(e, source=source, rule=f"{e.rule}+state")


LOCAL_SECTORS = frozenset(("CVL", "COP", "OPP"))


VAGUE_CONSEQUENCES = ("punish",)  # "Russia should be punished if ...": the threat says it all


def _consequence(act: Event, threat: Event) -> Event | None:
    """The conflict act a conditional threat promises ("if they attack again, we will strike their bases", "they
    will be shot down"): what would happen, by the one who threatens, aimed at the one threatened where the act
    names no one."""
    if act.trigger.text.lower().startswith(VAGUE_CONSEQUENCES):
        return None
    source = act.source if _substantive(act.source) else threat.source
    target = act.target if _substantive(act.target) else threat.target
    if source is not act.source and target is not None and source.country and source.country == target.country:
        source = act.source  # "we will fight until it is destroyed": "it" is not the threatener's own
    return replace(act, modality="hypothetical", source=source, target=target)


def _pledged(act: Event, threat: Event) -> Event:
    """A conflict act promised on a condition or in a warning: hypothetical, whatever its wording."""
    return _consequence(act, threat) or replace(act, modality="hypothetical")


def _placed(e: Event) -> Event:
    """Actors the place of the act settles. Crowds, police and civilians nobody places are of the country where
    the sentence puts the act ("people marched through Caracas", "security forces arrested hundreds of
    protesters in Caracas"), and so is what is attacked there by a side from elsewhere, named or not ("Pakistan
    carried out strikes in Khost", "gangs stormed the town of Gressier in Haiti"), and a protest at home with
    no other addressee is aimed at that country's authorities; with no place, a crowd a
    government's forces disperse is of their country ("his security forces shot at demonstrators"), and so are
    the unnamed people its police arrest or kill ("50 people have been killed by security forces")."""
    if e.type not in ("PROTEST", "COERCE", "ASSAULT"):
        return e
    if e.location is None or not e.location.country:
        if e.type != "PROTEST" and e.source is not None and e.source.country and e.target is not None and (
                not e.target.country and not e.target.name and (clauses.crowd(e.target.text) or (
                    e.source.sector == "COP" and clauses.unnamed_people(e.target.text)))):
            return replace(e, target=replace(e.target, country=e.source.country), rule=f"{e.rule}+home")
        return e
    here = e.location.country
    source = e.source
    if source is not None and not source.country and not source.name and (
            e.type == "PROTEST" or source.sector in LOCAL_SECTORS):
        source = replace(source, country=here)
    target = e.target
    if target is not None and not target.country and ((not target.name and target.sector in LOCAL_SECTORS) or (
            e.type == "ASSAULT" and target.sector is None and (source is None or source.country != here))):
        target = replace(target, country=here)
    if e.type == "ASSAULT" and target is None and source is not None and source.country != here:
        target = Actor(e.location.text, e.location.start, e.location.end, None, here, None)
    if e.type == "PROTEST" and target is None and source is not None and source.country == here:
        target = Actor(e.location.text, e.location.start, e.location.end, None, here, "GOV")  # a march at home
    if (source, target) == (e.source, e.target):
        return e
    return replace(e, source=source, target=target, rule=f"{e.rule}+place")


def _reflexive(source: Actor | None, target: Actor | None) -> bool:
    """A pronoun recipient that is the doer again."""
    if source is None or target is None or target.text.lower() not in clauses.PRONOUNS:
        return False
    return (source.country, source.name) == (target.country, target.name) and bool(source.country or source.name)


def _substantive(actor: Actor | None) -> bool:
    """An actor worth an event: resolved to a country or name, or a non-pronoun mention."""
    if actor is None:
        return False
    return bool(actor.country or actor.name) or actor.text.lower() not in clauses.PRONOUNS


def _same_act(a: Event, b: Event) -> bool:
    """One act coded twice in a sentence: same type and doer, and no two different recipients."""
    if a.type != b.type or a.source is None or b.source is None:
        return False
    if (a.source.country or a.source.text) != (b.source.country or b.source.text):
        return False
    if (a.source.sector == "REB") != (b.source.sector == "REB"):
        return False  # "if the ELN keeps killing peasants, the army will strike its camps": rebels and the state
    ta, tb = a.target, b.target
    return ta is None or tb is None or (ta.country or ta.text) == (tb.country or tb.text)


def _same_target(a: Event, b: Event) -> bool:
    ta, tb = a.target, b.target
    return ta is None or tb is None or (ta.start, ta.end) == (tb.start, tb.end)


def _other_doers(a: Event, b: Event) -> bool:
    """Two coordinated doers of one act ("American and British warplanes struck")."""
    return (a.source is not None and b.source is not None and bool(a.source.country and b.source.country)
            and a.source.country != b.source.country and a.source.start != b.source.start)


def _dedupe(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    for e in events:
        same = next((o for o in out if _same_act(e, o) or e.trigger.start == o.trigger.start and e.type == o.type
                     and _same_target(e, o) and not _other_doers(e, o)), None)
        if same is None:
            out.append(e)
        elif same.target is None and e.target is not None and e.modality == same.modality:
            out[out.index(same)] = e  # "condemned the operation and accused Israel", "hit a school, wounding two
    return out  # teachers": the one with a recipient


def code_document(a, quotes: list[Quote]) -> list[tuple[Span, list[Event]]]:
    b = _Builder(a, quotes)
    return [(sent, b.sentence_events(sent)) for sent in a.doc.sents]
