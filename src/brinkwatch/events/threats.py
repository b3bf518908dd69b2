"""Threats: conditions set on conflict ("if Russia invades, ... will react"), conflict acts promised on a condition
("will impose sanctions unless ..."), and warnings of what the warned will undergo ("they will be crushed").

A mixin of the sentence coder (``coder._Builder``): it reads the events the sentence already has and adds or
replaces THREATEN events, each with its own ``pattern:*`` rule.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..records import Actor, Event
from . import clauses
from .modality import ANYONE, EMPHATIC, PROMISING_AUX, condition_on, is_condition, negated_here
from .roles import recipients

MATERIAL_CONFLICT = frozenset(("SANCTION", "COERCE", "ASSAULT", "MOBILIZE"))
CONDITIONAL_ACTS = frozenset(("SANCTION", "COERCE", "ASSAULT"))
# the consequence a warning promises: the warned undergoes it ("they will face strikes", "will be crushed") or
# the warner does it ("we will respond", "will hold them accountable")
HARMED = frozenset("crush punish destroy hit strike target eliminate defeat annihilate sanction wipe neutralise "
                   "neutralize".split())
RESPONDING = frozenset("respond retaliate react punish crush strike hit hold push drive".split())
PRICES = frozenset("price consequence consequences cost costs response retaliation".split())
UNDERGOING = frozenset("face suffer pay receive bear risk meet incur get regret be".split())
VIOLENT = frozenset("crush strike hit destroy push drive eliminate annihilate wipe".split())
VIOLENT_NOUNS = frozenset("strike strikes attack attacks retaliation force defeat blow blows punishment".split())


# what a leader "does not rule out": force is a threat of it ("refused to rule out military force")
RULED_OUT_FORCE = frozenset("force strike strikes attack attacks invasion intervention operation operations "
                            "incursion offensive".split())
RULED_OUT_PRESSURE = frozenset("sanctions tariffs tariff pressure embargo blockade".split())
MILITARY_WORDS = frozenset("military armed".split())  # "military action", "the military option"


class Threats:
    """Threat finding for the sentence coder (needs its ``make``, ``actor``, ``attribution``, ``speaker_token``,
    ``coordinated`` and ``lex``)."""

    def conditional_threats(self, sent: Span, events: list[Event]) -> list[Event]:
        """'If X does <conflict>, Y will ...': a THREATEN by Y (or the speaker) against X."""
        out = []
        for ev in events:
            if ev.type not in MATERIAL_CONFLICT or ev.modality != "hypothetical" or ev.source is None:
                continue
            tok = sent.doc.char_span(ev.trigger.start, ev.trigger.end)
            if tok is None:
                continue
            clause = tok.root
            while clause.dep_ != "advcl" and clause.head.i != clause.i and clause.dep_ in ("xcomp", "conj", "dobj", "pobj", "prep", "ccomp"):
                clause = clause.head
            if not is_condition(clause):
                continue
            if any(c.dep_ == "neg" for t in (tok.root, clause) for c in t.children):
                continue  # "if Russia does not invade, we will be relieved": no threat
            main = clause.head
            aux = {c.lower_ for c in main.children if c.dep_ in ("aux", "auxpass")}
            if not aux & {"will", "would", "should", "must", "shall", "'ll", "wo"}:
                continue
            subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
            attributed = self.attribution(main)
            doer = self.actor(clauses.actor_in(subj, self.lex, inside=False)) if subj is not None else None
            if doer is not None and ev.target is not None and doer.start == ev.target.start:
                doer = None  # the parser took the condition's object for the main subject
            if doer is not None and main.lemma_.lower() in UNDERGOING and (
                    same_side(doer, ev.source) or doer.text.lower() in clauses.PRONOUNS):
                doer = None  # "if the Houthis keep firing, they will face strikes": the one warned, not the warner
            # a named doer makes the threat; a vague one ("responsible countries") speaks for the speaker
            source = doer if doer is not None and (doer.country or doer.name) else attributed or doer
            if source is None:
                continue
            out.append(self.make(sent, "THREATEN", "violence" if ev.type == "ASSAULT" else "restrict", ev.contexts[0] if ev.contexts else None,
                                 main, main, source, ev.source, attributed, "asserted",
                                 f"pattern:conditional-threat:{ev.rule}", 0.7))
        return out


    def warnings(self, sent: Span, events: list[Event]) -> list[Event]:
        """'If X keeps provoking, they will be crushed', 'X will pay a heavy price', 'if X does not pull back, we
        will respond': a THREATEN by the speaker's side against the one warned, whatever the condition."""
        out = []
        for main in sent:
            warned, warner = self._warning_roles(main)
            if warned is None:
                continue
            speaker = self.attribution(main)
            source = warner if warner is not None and (warner.country or warner.name) else speaker
            if source is None or (source.country and source.country == warned.country) or not (
                    warned.country or warned.name or warned.text.lower() in ANYONE):
                continue  # "anyone who attacks the state's institutions will be crushed": a threat to all comers
            if not any(e.type == "THREATEN" and same_side(e.source or source, source) and e.target is not None
                       and same_side(e.target, warned) for e in events):
                ev = self.make(sent, "THREATEN", "violence", None, main, main, source, warned, speaker,
                               "asserted", f"pattern:warning:{main.lemma_.lower()}", 0.6)
                out += [ev] + self.coordinated(sent, ev)
            act = _violent_consequence(main)
            if act is not None:  # what the warner would do: "they will be crushed", "will face further strikes"
                out.append(self.make(sent, "ASSAULT", None, "military", act, main, source, warned, speaker,
                                     "hypothetical", f"pattern:warning-consequence:{act.lemma_.lower()}", 0.5))
        return out

    def not_ruled_out(self, sent: Span) -> tuple[list[Event], set[int]]:
        """'Trump refused to rule out military force to take Greenland', 'Putin did not rule out strikes on
        Kyiv': a THREATEN by who will not rule it out, with the act as hypothetical; the refusal is no REJECT.
        Returns the events and the character offsets of the words whose REJECT they replace."""
        out, replaced = [], set()
        for verb in sent:
            if verb.lemma_.lower() != "rule" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
                continue
            refuser = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline") else None
            if refuser is None and not negated_here(verb):
                continue
            acts = _ruled_out_acts(verb)
            if not acts:
                continue
            speaker = self.attribution(verb)
            doer = clauses.subject_of(refuser if refuser is not None else verb)
            source = self.actor(clauses.actor_in(doer, self.lex, inside=False)) if doer is not None else None
            source = source if source is not None and (source.country or source.name) else speaker
            if source is None:
                continue
            aimed = self._ruled_out_target(verb, acts[0][0])
            target = self.actor(clauses.actor_in(aimed, self.lex)) if aimed is not None else None
            out.append(self.make(sent, "THREATEN", None, None, verb, verb, source, target, speaker, "asserted",
                                 "pattern:not-ruled-out", 0.6))
            out += [self.make(sent, etype, None, None, act, act, source, target, speaker, "hypothetical",
                              f"pattern:not-ruled-out-act:{act.lemma_.lower()}", 0.5) for act, etype in acts]
            replaced |= {verb.idx} | ({refuser.idx} if refuser is not None else set())
        return out, replaced

    def _ruled_out_target(self, verb: Token, act: Token) -> Token | None:
        """Whom the act not ruled out would hit: its own recipient ("force against X"), else the first place
        named after it ("to take control of Greenland")."""
        later = [t for t in verb.subtree if t.i > act.i and t.ent_type_ == "GPE"]
        return next((r for r in recipients(act, ("against", "on", "in", "over", "at")) + later
                     if clauses.actor_in(r, self.lex)), None)

    def _warning_roles(self, main: Token) -> tuple[Actor | None, Actor | None]:
        """(the one warned, the one who would act) when ``main`` states a consequence still to come."""
        aux = {c.lower_ for c in main.children if c.dep_ in ("aux", "auxpass")}
        if main.pos_ != "VERB" or not aux & {"will", "would", "'ll", "shall"}:
            return None, None
        lemma = main.lemma_.lower()
        passive = any(c.dep_ == "auxpass" for c in main.children)
        subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        cond = condition_on(main)
        cond_subj = next((c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")), None) if cond else None
        obj = clauses.direct_object(main)
        if passive and lemma in HARMED and subj is not None:
            return self._warned(subj, cond_subj), None
        if not passive and lemma in ("face", "pay", "suffer", "incur") and obj is not None and (
                obj.lemma_.lower() in PRICES or obj.lower_ in VIOLENT_NOUNS) and subj is not None:
            return self._warned(subj, cond_subj), None
        if not passive and lemma in RESPONDING and cond_subj is not None and subj is not None:
            if lemma == "hold" and not any(c.lower_ in ("accountable", "responsible") for c in main.subtree):
                return None, None
            return self.actor(clauses.actor_in(cond_subj, self.lex, inside=False)), self.actor(subj)
        return None, None

    def _warned(self, subj: Token, cond_subj: Token | None) -> Actor | None:
        """The one warned: the consequence's subject, or the condition's doer it stands for ("they")."""
        if subj.lower_ in clauses.PRONOUNS and cond_subj is not None:
            subj = cond_subj
        if subj.lower_ in ANYONE:  # "anyone who attacks ... will be crushed"
            return Actor(subj.text, subj.idx, subj.idx + len(subj))
        return self.actor(clauses.actor_in(subj, self.lex, inside=False))

    def conditional_acts(self, sent: Span, events: list[Event]) -> list[Event]:
        """'The EU will impose sanctions on Belarus unless it frees the prisoners', 'sanctions were ready to be
        adopted if Moscow sent troops', 'Baku will take the case to an international court if Moscow refuses':
        a conflict act or a legal action set on a condition is a THREATEN by whoever would carry
        it out, aimed at its target or at the doer of the conflict act the condition names. A third party's
        forecast ("analysts say Russia would strike if ...") stays a hypothetical act."""
        out = []
        for ev in events:
            legal = ev.type == "ACCUSE" and "legal" in ev.contexts  # "will take the case to court if ..."
            shown = ev.type == "MOBILIZE"  # a show of force promised: "would send more troops if attacked again"
            if (ev.type not in CONDITIONAL_ACTS and not legal and not shown) or ev.modality in ("negated", "historical"):
                continue
            tok = sent.doc.char_span(ev.trigger.start, ev.trigger.end)
            cond = _condition_over(tok.root) if tok is not None else None
            warned = _warned_act(tok.root) if tok is not None and cond is None else None
            if cond is None and warned is None:
                continue
            head = cond.head if cond is not None else warned
            attributed = self.attribution(head)
            if attributed is None and self.speaker_token(head) is not None:
                continue  # "analysts said ...": someone we cannot place speaks
            if warned is not None and attributed is None:
                continue  # a warning is a speaker's: "he warned that Colombia would suspend ..."
            if attributed is None and (ev.source is None or ev.modality != "future"):
                continue
            if attributed is not None and ev.source is not None and not same_side(attributed, ev.source):
                continue
            source = ev.source or attributed
            provoking = [e for e in events if e is not ev and e.type in MATERIAL_CONFLICT
                         and cond.idx <= e.trigger.start < _end(cond)] if cond is not None else []
            if shown and cond is not None and not provoking:
                continue  # "will deploy monitors if the truce holds": a plan, not a threat
            provoker = next((e.source for e in provoking if e.source is not None), None)
            mode = "violence" if ev.type in ("ASSAULT", "MOBILIZE") else None if legal else "restrict"
            how = "conditional-act" if cond is not None else "warned-act"
            out.append(self.make(sent, "THREATEN", mode,
                                 ev.contexts[0] if ev.contexts else None, tok.root, tok.root, source,
                                 ev.target or provoker, attributed, "asserted", f"pattern:{how}:{ev.rule}",
                                 0.65))
        return out


def _ruled_out_acts(verb: Token) -> list[tuple[Token, str]]:
    """The conflict acts a "rule out" names ("rule out military force", "rule out using force or economic
    pressure", "rule out sanctions") with their types."""
    obj = clauses.direct_object(verb)
    gerund = next((c for c in verb.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"), None)
    if gerund is not None:  # "rule out using military force"
        obj = clauses.direct_object(gerund)
    out = []
    for tok in ([obj] + list(obj.conjuncts)) if obj is not None else []:
        lemma, mods = tok.lower_, {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
        if lemma in RULED_OUT_PRESSURE:
            out.append((tok, "SANCTION"))
        elif lemma in RULED_OUT_FORCE or (lemma in ("action", "option", "means") and mods & MILITARY_WORDS):
            out.append((tok, "ASSAULT"))
    return out


def _condition_over(trigger: Token) -> Token | None:
    """The "if"/"unless" clause set on the clause that holds ``trigger`` (not one the trigger sits in)."""
    for adv in trigger.sent:
        if not is_condition(adv):
            continue
        if adv.left_edge.i <= trigger.i <= adv.right_edge.i:
            continue  # the trigger is in the condition itself
        clause = adv.head
        while clause.dep_ in ("xcomp", "acomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        if trigger.i == clause.i or clause in trigger.ancestors:
            return adv
    return None


WARNING_VERBS = frozenset(("warn", "caution"))


def _warned_act(trigger: Token) -> Token | None:
    """The clause of an act a speaker warns their own side will do ("warned that Colombia would suspend
    intelligence sharing", "warned that Washington would impose sanctions", "we will not hesitate to strike"),
    or None."""
    clause = trigger
    while clause.pos_ not in ("VERB", "AUX") and clause.dep_ in ("dobj", "pobj", "prep", "compound", "amod") and (
            clause.head.i != clause.i):
        clause = clause.head
    if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in EMPHATIC and negated_here(clause.head):
        clause = clause.head  # "will not hesitate to strike": the promise is the threat
    elif clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in WARNING_VERBS:
        return None
    return clause if any(c.dep_ == "aux" and c.lower_ in PROMISING_AUX for c in clause.children) else None


def _end(tok: Token) -> int:
    last = max(tok.subtree, key=lambda t: t.i)
    return last.idx + len(last)


def _violent_consequence(main: Token) -> Token | None:
    """The violent act a warning promises, if it names one: the verb ("will be crushed", "will push it back
    by force") or the thing faced ("will face further strikes")."""
    if main.lemma_.lower() in VIOLENT and (main.lemma_.lower() not in ("push", "drive") or any(
            t.lower_ == "force" for t in main.subtree)):
        return main
    obj = clauses.direct_object(main)
    if main.lemma_.lower() == "face" and obj is not None and obj.lower_ in VIOLENT_NOUNS:
        return obj
    return None


def same_side(a: Actor, b: Actor) -> bool:
    if a.country and b.country:
        return a.country == b.country
    return bool(a.name) and a.name == b.name
