"""Sentence-level frames the pair coder checks before it ranks predicates: obligations ("X must ..."), critics'
claims, joint doers and help from partners, ultimatums, refusals said as "no", conditional threats and named
consequences. Each takes the source and target spans and answers yes or no; ``pair.code_pair`` maps a yes to
its PLOVER type."""
from __future__ import annotations

from spacy.tokens import Span, Token

from . import characterise, clauses
from .lexicon import load
from .modality import SPEECH_VERBS, is_condition


COOPERATIVE = frozenset(("CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"))
JOINT = frozenset(("joint", "coordinated", "combined", "jointly", "together"))
INVESTIGATIONS = frozenset(("probe", "investigation", "inquiry", "investigate", "search", "inspect",
                            "inspection"))  # done jointly: cooperation
EXERCISES = frozenset(("exercise", "drill", "game", "maneuver", "manoeuvre", "wargame", "patrol"))
PROMISES = frozenset(("prepared", "ready", "willing", "vow", "pledge", "promise", "swear", "sworn"))
STOPPING = frozenset(("stop", "halt", "cease", "suspend", "pause", "end"))
RETALIATION = frozenset(("respond", "retaliate", "avenge", "revenge", "punish", "reciprocate"))
VENGEANCE = frozenset(("revenge", "vengeance", "retaliation", "retribution"))


def _in(tok: Token | None, span: Span | None) -> bool:
    return tok is not None and span is not None and span.start <= tok.i < span.end


WORD_FIGHTS = frozenset(("attack", "hit", "pound", "hammer", "target", "clash"))


def war_of_words(trigger: Token, src: Span | None, tgt: Span | None) -> bool:
    """One named person attacks, hits or pounds another (both mentions' head words in PERSON entities): words,
    not violence ("Clinton hit Sanders on immigration")."""
    return trigger.lemma_.lower() in WORD_FIGHTS and all(
        span is not None and span.root.ent_type_ == "PERSON" for span in (src, tgt))


def _side_by_side(tok: Token) -> bool:
    """ "side by side", as the parser hangs it on a verb."""
    return tok.lower_ == "side" and [t.lower_ for t in tok.doc[tok.i:tok.i + 3]] == ["side", "by", "side"]


def _jointly_with(trigger: Token, head: Token, tgt: Span | None, src: Span | None = None) -> bool:
    """The act is done jointly with the target: a joint or coordinated act "with" it, "together with" it
    (also on the doer: "the army together with the police raided"), "alongside" it."""
    if tgt is None:
        return False
    joint = any(c.lower_ in JOINT and c.dep_ in ("amod", "advmod") for t in {trigger, head} for c in t.children)
    obj = clauses.direct_object(head)  # "raided the depot alongside X": the parser may hang it on the object
    holders = {trigger, head} | ({src.root} if src is not None else set()) | ({obj} if obj is not None else set())
    holders |= {t for t in head.subtree if t.lower_ == "side"}  # "trains side by side with X"
    shared_at = set()  # "an investigation with X", "resumed patrols with X": done together
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in INVESTIGATIONS | EXERCISES:
        shared_at = {trigger} | ({trigger.head} if trigger.dep_ in clauses.OBJ else set())
    holders |= shared_at
    for t in holders:
        for c in t.children:
            if c.dep_ != "prep":
                continue
            partner = next((p for p in c.children if p.dep_ == "pobj"), None)
            if not _in(partner, tgt):
                continue
            side_by_side = c.i >= 3 and _side_by_side(c.doc[c.i - 3])
            shared = t in shared_at
            if c.lower_ == "alongside" or (c.lower_ == "with" and (joint or side_by_side or shared or any(
                    a.lower_ == "together" for a in c.children if a.dep_ == "advmod"))):
                return True
    return False


def _retaliation(verb: Token) -> bool:
    """A promised response to an attack: "respond", "retaliate", "take revenge", "hit back"."""
    lemma = verb.lemma_.lower()
    if lemma in RETALIATION:
        return True
    if lemma in ("hit", "strike") and any(c.lower_ == "back" for c in verb.children):
        return True
    return any(c.dep_ in clauses.OBJ and c.lemma_.lower() in VENGEANCE for c in verb.children)


OBLIGATION = frozenset(("must", "should"))


def obligation(src: Span | None, tgt: Span | None) -> bool:
    """The source says the target must act: "X said Y must ensure security", "X issued a reminder to Y
    that it must cooperate", "X says an intervention in Y must be avoided"."""
    if src is None:
        return False
    if tgt is not None and _time_for(src, tgt):
        return True
    sent = src.sent
    for verb in sent:
        if verb.dep_ not in ("ccomp", "acl") or _in(verb, src) or not any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in OBLIGATION for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or any(c.lower_ == "should" and c.i < subj.i for c in verb.children):
            continue  # ("a response should Israel strike": a condition, not an obligation)
        ups = list(verb.ancestors)[:3]
        if not any(_in(clauses.subject_of(u) if u.pos_ in ("VERB", "AUX") else None, src) for u in ups):
            continue
        if tgt is None:
            if clauses.is_actorish(subj):
                return True
            continue
        if _in(subj, tgt) or any(_in(t, tgt) for t in subj.subtree):
            return True  # "Y must", "an intervention in Y must"
        if subj.lower_ in clauses.PRONOUNS and (tgt.root.head in ups or tgt.root.head.head in ups):
            return True  # "a reminder to Y that it must"
    return False


def _time_for(src: Span, tgt: Span) -> bool:
    """"It is time for Congress to act," the source said: a demand on the target."""
    clause = tgt.root.head
    if tgt.root.dep_ != "nsubj" or not any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
        return False
    time = clause.head
    if time.lemma_.lower() != "time" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
        return False
    return _said_by(time, src)


def _said_by(tok: Token, src: Span) -> bool:
    """The source is the subject of a clause above ``tok`` (three levels at most) or of the sentence's root: the
    one who says what ``tok``'s clause says ("... time for X to act," the senator said)."""
    said = [u for u in [tok] + list(tok.ancestors)[:3] if u.pos_ in ("VERB", "AUX")] + [tok.sent.root]
    return any(_in(clauses.subject_of(v), src) for v in said if v.pos_ in ("VERB", "AUX"))


def _spokesman_of(subj: Token | None, src: Span) -> bool:
    """The subject speaks for the source: "a spokesman for the police", "the ministry's spokeswoman"."""
    return subj is not None and any(
        c.dep_ == "poss" and _in(c, src) or c.dep_ == "prep" and c.lower_ in ("for", "of") and any(
            p.dep_ == "pobj" and _in(p, src) for p in c.children) for c in subj.children)


HARMS = frozenset(("bloodshed", "violence", "death", "deaths", "killing", "killings", "crisis", "escalation", "damage",
                   "chaos", "tragedy", "disaster", "blast", "explosion", "fire", "loss", "losses", "casualties"))
HOSTILE_TYPES = frozenset(("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN", "ACCUSE", "PROTEST", "REJECT"))


def _blame_for_harm(word: Token) -> bool:
    """What someone is said to be responsible for is a harm ("for the kidnapping", "for the bloodshed") or goes
    unsaid ("were responsible"); "responsible for cleaning the site" is a duty."""
    found = [p for c in word.children if c.dep_ == "prep" and c.lower_ == "for"
             for p in c.children if p.dep_ in ("pobj", "pcomp")]
    if not found:
        return True
    lex = load()
    return any(p.lemma_.lower() in HARMS or (m := clauses.match(p, lex)) is not None and m.entry.type in HOSTILE_TYPES
               for p in found)


def blamed_by(src: Span | None, tgt: Span | None) -> bool:
    """The source says the target is to blame: "said the gang was responsible for the kidnapping", "said X bears
    full responsibility for the bloodshed" (PLOVER ACCUSE: allege)."""
    if src is None or tgt is None:
        return False
    for word in tgt.sent:
        who = characterise.blamed(word)
        if who is None or not _in(who, tgt) or not _blame_for_harm(word):
            continue
        said = [u for u in list(word.head.ancestors)[:3] if u.lemma_.lower() in SPEECH_VERBS]
        if any(_in(clauses.subject_of(v), src) or _spokesman_of(clauses.subject_of(v), src) for v in said):
            return True
    return False


CRITICS = frozenset(("critic", "detractor", "opponent"))


def critics_claim(src: Span | None, tgt: Span | None) -> bool:
    """Critics say the target did something: "Kremlin critics say Putin has given him free rein", "his
    critics argue he used the crisis as an excuse" (PLOVER ACCUSE: allege)."""
    if src is None or tgt is None or src.root.lemma_.lower() not in CRITICS:
        return False
    verb = src.root.head
    if src.root.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and _in(subj, tgt):
            return True
    return False


VERBAL = frozenset(("ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "CONSULT", "AGREE", "PROTEST"))
STATEMENTS = frozenset(("statement", "declaration", "communique", "communiqué", "letter", "appeal", "conference"))


def joint_doers(src: Span | None, tgt: Span | None) -> bool:
    """The two are coordinated doers of a joint act: "X and Y conducted a joint search", "X and Y jointly
    intervened in currency markets" (PLOVER COOPERATE); not a joint statement or a joint condemnation."""
    if src is None or tgt is None:
        return False
    heads, joined = [], False
    for x in (src, tgt):  # "Chinese and Russian bombers", "Chinese warships and Russian destroyers": the bombers
        h = x.root
        while h.head.i != h.i and (h.dep_ in ("conj", "amod", "compound", "nmod", "appos") or (
                h.dep_ == "pobj" and h.head.lower_ in ("from", "of"))):  # "warships from Russia and China"
            joined |= h.dep_ == "conj"
            h = h.head.head if h.dep_ == "pobj" else h.head
        heads.append(h)
    if heads[0] != heads[1] or not joined:
        return False
    first = heads[0]
    verb = first.head
    if first.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    obj = clauses.direct_object(verb)
    marked = [c for c in verb.children
              if c.dep_ == "advmod" and c.lower_ in JOINT or _side_by_side(c) or _in_formation(c)]
    if obj is not None and obj.lemma_.lower() not in STATEMENTS:  # "joint air and ground operations",
        marked += [c for c in obj.subtree if c.lower_ in JOINT and (  # "carried out manoeuvres together"
            c.dep_ == "amod" and c.i < obj.i or c.dep_ == "advmod" and c.head == obj)]
    exercise = obj is not None and obj.lemma_.lower() in EXERCISES and verb.lemma_.lower() in RUNNING
    # ("the two navies opened the Sea Breeze exercise"; not "condemned the exercise")
    if not marked and not exercise:
        return False
    m = clauses.match(verb, load())
    return m is None or m.entry.type not in VERBAL or m.trigger.lemma_.lower() in INVESTIGATIONS or exercise


RUNNING = frozenset(("open", "launch", "begin", "start", "kick", "hold", "stage", "conduct", "wrap", "conclude",
                     "complete", "end", "close"))


def _in_formation(tok: Token) -> bool:
    """ "sailed in formation" (with someone)."""
    return tok.dep_ == "prep" and tok.lower_ == "in" and any(p.lemma_.lower() == "formation" for p in tok.children)


TOGETHER = frozenset(("alongside",))
LEADING = frozenset(("tandem", "hand", "together", "formation", "side"))  # "in tandem with X", "hand in hand with X"
APPEARING = frozenset(("speak", "appear", "stand", "pose", "attend", "sit", "smile", "talk"))  # (words and photo calls)


def alongside(src: Span | None, tgt: Span | None) -> bool:
    """The source acts alongside the target: "Canadian jets flew alongside U.S. F-22s", "judges sat side by side
    with Kosovo colleagues", "a frigate sails in formation with Chilean vessels" (PLOVER COOPERATE); not words said
    alongside someone."""
    if src is None or tgt is None:
        return False
    for prep in tgt.sent:
        partner = any(p.dep_ == "pobj" and (_in(p, tgt) or tgt.root.head.i == p.i and tgt.root.dep_ in (
            "amod", "compound", "poss", "nmod")) for p in prep.children) or (  # ("alongside Slovenian colleagues")
            prep.lower_ in TOGETHER and tgt.start == prep.i + 1)  # ("flew alongside U.S. F-22s", the object misparsed)
        if prep.dep_ != "prep" or not partner:
            continue
        head = prep.head
        if prep.lower_ == "with" and head.lemma_.lower() in LEADING and head.head.i != head.i:
            head = head.head.head if head.head.dep_ == "prep" else head.head  # "sails in formation with X"
        elif not (prep.lower_ in TOGETHER or prep.lower_ == "with" and (
                prep.i >= 3 and _side_by_side(prep.doc[prep.i - 3])
                or any(c.lower_ == "together" for c in prep.children))):
            continue
        for _ in range(3):  # "carried out sweeps alongside X", "fighting in combined units alongside X"
            if head.pos_ in ("VERB", "AUX") or head.dep_ not in ("pobj", "prep", "dobj") or head.head.i == head.i:
                break
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            continue
        doer = clauses.subject_of(head)
        m = clauses.match(head, load())
        quiet = head.lemma_.lower() in SPEECH_VERBS or head.lemma_.lower() in APPEARING and prep.lower_ in TOGETHER
        if doer is not None and (_in(doer, src) or within(src, doer)) and not quiet and (
                m is None or m.entry.type not in VERBAL):
            return True
    return False


HELP_NOUNS = frozenset(("help", "assistance", "support", "cooperation", "co-operation", "backing"))


def helped_by(src: Span | None, tgt: Span | None) -> bool:
    """The source acts "with help from" or "with the help of" the target, or "together with" or "alongside"
    it: working together (COOPERATE), unless the act is a verbal one ("stood together with")."""
    if src is None or tgt is None or tgt.root.dep_ != "pobj":
        return False
    prep = tgt.root.head
    noun = prep.head
    if prep.lower_ in ("from", "of") and noun.lemma_.lower() in HELP_NOUNS and noun.dep_ == "pobj" \
            and noun.head.lower_ == "with":
        verb = noun.head.head
    elif _jointly_with(noun, noun, tgt, src):  # "together with", "alongside", a joint act "with"
        verb = noun
    elif prep.lower_ == "with" and noun.lower_ == "together":  # "is building the link together with X"
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), noun)
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX") or not _in(clauses.subject_of(verb), src):
        return False
    m = clauses.match(verb, load())
    return m is None or m.entry.type not in VERBAL


SPANS_OF_TIME = frozenset(("hour", "day", "week", "month"))


def ultimatum(src: Span | None, tgt: Span | None) -> bool:
    """The source gives the target a span of time to act: "gave the government ten days to pay or face a strike",
    "gave them 48 hours to leave", "gave the miners until Friday to return" (PLOVER THREATEN: an ultimatum)."""
    if src is None or tgt is None:
        return False
    if _deadline_set(src, tgt):
        return True
    if tgt.root.dep_ not in ("dative", "dobj"):
        return False
    verb = tgt.root.head
    if verb.lemma_.lower() != "give" or not _in(clauses.subject_of(verb), src):
        return False
    span = next((c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in SPANS_OF_TIME),
                None)
    until = any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in verb.children)  # "until Friday to leave"
    return (span is not None or until) and any(t.dep_ in ("relcl", "acl", "xcomp", "advcl") and t.pos_ in (
        "VERB", "AUX") for t in (list(span.children) if span is not None else []) + list(verb.children))


DEADLINES = frozenset(("deadline", "ultimatum"))
SETTING = frozenset(("give", "issue", "set", "hand", "serve", "deliver"))


def _deadline_set(src: Span, tgt: Span) -> bool:
    """The source issues the target a deadline or an ultimatum: "issued X a 24-hour deadline to lay down arms"."""
    for noun in (t for t in src.sent if t.lemma_.lower() in DEADLINES and t.dep_ in ("dobj", "dative")):
        verb = next((v for v in list(noun.ancestors)[:2] if v.lemma_.lower() in SETTING), None)
        if verb is not None and _in(clauses.subject_of(verb), src) and any(_in(t, tgt) for t in verb.subtree):
            return True
    return False


def _dealt_with(verb: Token) -> bool:
    """ "X would be dealt with firmly": a modal passive "dealt with"."""
    return verb.lemma_.lower() == "deal" and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children) and any(
        c.lower_ == "with" for c in verb.children)


def _named_target(verb: Token) -> bool:
    """ "X would become a legitimate target": a modal clause naming its subject a target."""
    return verb.lemma_.lower() in ("become", "be") and any(c.dep_ == "aux" and c.lower_ in MODALS for c in
                                                           verb.children) and any(
        a.dep_ == "attr" and a.lemma_.lower() == "target" and any(m.lower_ == "legitimate" for m in a.children)
        for a in verb.children)


ANSWERS = frozenset(("no", "yes"))


def answer_to(src: Span | None, tgt: Span | None) -> str | None:
    """ "no" where the source "said no to" something of the target's ("Athens said no to a Turkish proposal"),
    "yes" where it said yes ("said yes to talks with X", an acceptance), else None."""
    if src is None or tgt is None:
        return None
    for to in (t for t in src.sent if t.lower_ == "to" and t.dep_ == "prep" and t.head.lemma_.lower() == "say"):
        said = to.head
        reply = next((c.lower_ for c in said.children if c.lower_ in ANSWERS), None)
        if reply is not None and _in(clauses.subject_of(said), src) and any(_in(t, tgt) for t in to.subtree):
            return reply
    return None


RESPONDING = frozenset(("respond", "react", "retaliate", "act"))


def conditional_response(src: Span | None, tgt: Span | None) -> bool:
    """The source promises a response or a harm should the target act, or unless it acts: 'said Athens "will
    respond with all means" if Turkish ships entered its waters', "said the airline would axe a million seats
    unless the operator reversed the fees", "vowed to torpedo the EU's budget unless Brussels releases the funds"
    (PLOVER THREATEN); not a conditional offer ("would lift the ban if", "would end the offensive if")."""
    if src is None or tgt is None:
        return False
    for cond in (c for c in src.sent if is_condition(c) or c.dep_ in ("advcl", "pcomp") and any(
            m.dep_ == "mark" and m.lower_ in ("should", "if", "unless") for m in c.children)):
        verb = cond.head.head if cond.dep_ == "pcomp" else cond.head  # ("stand idly by if ...": the clause parsed
        # on the "by")
        subj = next((c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        unless = any(m.lower_ == "unless" for m in cond.children)
        args = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
            p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        on_target = _in(subj, tgt) or any(_in(t, tgt) for a in args for t in a.subtree) or subj is not None and any(
            c.dep_ in ("compound", "amod", "poss") and _in(c, tgt) for c in subj.children)  # "would turn off the
        # gas to X if", "if NATO troops are sent", "if South Korean activists kept floating leaflets"
        if on_target and _harm_promised(verb, unless) and _said_by(verb, src):
            return True
    return False


def _harm_promised(verb: Token, unless: bool) -> bool:
    """A response or a harm promised (a modal, or what a vow is to do), not an offer or an end to a harm."""
    promised = any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children) or (
        unless and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PROMISES)  # "vowed to torpedo X unless"
    if not promised or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in RESPONDING or _retaliation(verb) or _wont_stand_by(verb):
        return True
    m = clauses.match(verb, load())
    return verb.lemma_.lower() not in STOPPING and (m is None or m.entry.type not in COOPERATIVE | {"AGREE"})


def _wont_stand_by(verb: Token) -> bool:
    """ "will not stand (idly) by", "would not sit idly by": a promise not to stay passive."""
    return verb.lemma_.lower() in ("stand", "sit") and any(c.dep_ == "neg" for c in verb.children) and any(
        c.lower_ == "by" and c.dep_ in ("prep", "prt", "advmod") for c in verb.children)


def stand_by_warning(verb: Token) -> bool:
    """A refusal to stay passive said as a warning: "would not stand idly by", "will not sit by while X digs in"."""
    return _wont_stand_by(verb) and any(c.lower_ == "idly" or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("while", "if", "as") for m in c.children) for c in verb.children)


WAR_WORDS = frozenset(("war", "target", "retaliation", "response", "reprisal", "reprisals"))
MOVES = frozenset(("any", "every"))


def war_warning(src: Span | None, tgt: Span | None) -> bool:
    """The source says any move of the target's "means war", "would be treated as an act of war", "would be
    answered by all means" or would make it "a legitimate target" (PLOVER THREATEN)."""
    if src is None or tgt is None:
        return False
    for move in src.sent:
        if move.dep_ not in ("nsubj", "nsubjpass") or not any(
                d.dep_ == "det" and d.lower_ in MOVES for d in move.children):
            continue
        verb = move.head
        said = [v for v in list(verb.ancestors)[:2] if _in(clauses.subject_of(v), src)]
        told = any(c.dep_ in ("dative", "dobj") and _in(c, tgt) for v in said for c in v.children)
        rest = [t for t in verb.subtree if not (move.left_edge.i <= t.i <= move.right_edge.i)]
        if not said or not (told or any(_in(t, tgt) for t in move.subtree) or any(_in(t, tgt) for t in rest)):
            continue
        answered = verb.lemma_.lower() in ("answer", "meet", "counter") and any(
            c.dep_ == "auxpass" for c in verb.children)
        if answered or any(t.i > verb.i and (t.lemma_.lower() in WAR_WORDS or t.lower_ == "force" and t.head.lower_ in (
                "with", "by")) for t in rest):
            return True
    return False


LEARNING = frozenset(("know", "understand", "realize", "realise", "learn", "remember"))


def _told_of_consequences(verb: Token, src: Span) -> bool:
    """ "X need to know that there are consequences", the source said: a warning to X."""
    known = [c for c in verb.subtree if c.lemma_.lower() in LEARNING and c.i > verb.i]
    return any(_there_are_consequences(c) for k in known for c in k.children if c.dep_ == "ccomp") and _said_by(
        verb, src)


def _there_are_consequences(clause: Token) -> bool:
    """ "there are (would be) consequences": an existential clause whose subject is a consequence."""
    return clause.lemma_.lower() == "be" and any(
        a.dep_ in ("attr", "nsubj") and a.lower_ in CONSEQUENCES for a in clause.children)


CONSEQUENCES = frozenset(("consequence", "consequences", "measure", "measures", "retaliation", "response", "sanction",
                          "sanctions", "fine", "fines", "penalty", "penalties", "punishment", "reprisal", "reprisals",
                          "action", "wrath", "repercussion", "repercussions", "force", "weight"))
MODALS = frozenset(("will", "would", "could", "may", "might", "shall"))
PRICES = frozenset(("price", "dearly"))  # "would pay a heavy price", "would pay dearly"


HARMED = frozenset(("treated", "targeted", "attacked", "expelled", "punished", "prosecuted", "hunted", "crushed"))


def _or_face(told: Token) -> bool:
    """An ultimatum in what the source tells the target: "... or face consequences", "... or be treated as
    occupiers and targeted" (read off the words, which the parser often gets wrong in headlines)."""
    doc = told.doc
    return any(t.i > told.i and doc[t.i - 1].lower_ == "or" and (
        t.lower_ == "face" and any(doc[j].lower_ in CONSEQUENCES for j in range(t.i + 1, min(t.i + 4, len(doc))))
        or t.lower_ == "be" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in HARMED) for t in told.subtree)


def faces_consequences(src: Span | None, tgt: Span | None) -> bool:
    """The source says the target would face consequences or pay a price: "said Japan would face retaliatory
    measures if Tokyo hosted the missiles", "told Ankara it would face consequences", "said the speaker would pay a
    heavy price" (PLOVER THREATEN)."""
    if src is None or tgt is None:
        return False
    who = tgt.root
    while who.dep_ in ("amod", "compound", "poss") and who.head.i != who.i:
        who = who.head  # "the Czech Senate speaker would pay"
    verb = who.head
    if who.dep_ in ("dative", "dobj"):  # "told Ankara it would face consequences"
        told = who.head
        if not _in(clauses.subject_of(told), src):
            return False
        if _or_face(told):
            return True  # "tells Ethiopia: scrap the port deal or face consequences"
        verb = next((c for c in told.children if c.dep_ == "ccomp"), told)
        if verb is not told and _there_are_consequences(verb):
            return True  # "told Beijing there would be significant consequences"
        subj = clauses.subject_of(verb) if verb is not told else None
        if subj is None or subj.lower_ not in clauses.PRONOUNS:
            return False
    elif who.dep_ not in ("nsubj", "nsubjpass"):  # ("X would be dealt with firmly")
        return False
    elif _told_of_consequences(verb, src):
        return True
    if _named_target(verb) or _dealt_with(verb) or verb.lemma_.lower() == "risk" and any(
            c.dep_ == "xcomp" for c in verb.children):  # "said X risked being expelled if"
        return _said_by(verb, src)
    obj = clauses.direct_object(verb)
    if obj is None and verb.lemma_.lower() == "pay":  # "would pay dearly"
        obj = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "dearly"), None)
    wanted = CONSEQUENCES if verb.lemma_.lower() in ("face", "bear") else PRICES if verb.lemma_.lower() == "pay" else ()
    if obj is None or obj.lower_ not in wanted or not any(
            c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False
    return any(_in(clauses.subject_of(u), src) for u in list(verb.ancestors)[:3] if u.pos_ in ("VERB", "AUX"))

# Readings of one predicate's clause that the pair coder's scores and adjustments use.

DECREES = frozenset(("decree", "order", "edict", "ordinance", "directive", "law", "bill", "proclamation"))
ALLOWED_ACTS = frozenset(("SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "AID", "COOPERATE"))


def conjoined_doers(subj: Token | None, src: Span | None, tgt: Span | None) -> bool:
    """The doer and its conjuncts take in both mentions: "co-produced by India and Russia", "Russia and Turkey's
    foreign ministers met"."""
    if subj is None or src is None or tgt is None:
        return False
    doers = [subj] + list(subj.conjuncts)
    doers += [x for d in doers for c in d.children if c.dep_ in ("poss", "compound") for x in [c, *c.conjuncts]]
    return any(_in(x, src) for x in doers) and any(_in(x, tgt) for x in doers)


def own_doer(m: clauses.Match, subj: Token | None) -> Token | None:
    """Who does the predicate by its own words: a verb's subject, an event noun's possessor or "by" agent (not
    the subject of a verb the noun is the object of: "X would face war")."""
    if m.trigger.pos_ != "NOUN":  # (its own subject or agent, not one inherited through "and")
        explicit = subj is not None and (subj.head.i == m.head.i or m.head.dep_ == "relcl" and subj.i == m.head.head.i)
        return subj if explicit or _is_agent(subj, m.head) else None  # ("aspirants who were protesting")
    return clauses.named_doer(m.trigger)


def _is_agent(tok: Token | None, verb: Token) -> bool:
    return tok is not None and tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.i == verb.i


def within(span: Span | None, tok: Token) -> bool:
    """The mention lies inside the phrase the token heads ("Russia" in "Russia and Turkey's ministers")."""
    return span is not None and any(t.i == span.root.i for t in tok.subtree)


def in_exchange(head: Token) -> bool:
    """ "shipping wheat to Azerbaijan in exchange for fuel oil" (on the verb or its object)."""
    near = [head] + [c for c in head.children if c.dep_ in clauses.OBJ]
    near += [head.head] if head.dep_ == "xcomp" else []
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.lower_ == "exchange" and any(x.dep_ == "prep" and x.lower_ == "for" for x in p.children)
        for p in c.children if p.dep_ == "pobj") for t in near for c in t.children)


AUTHORIZING = frozenset(("approve", "authorize", "authorise", "sanction"))


def approved_act(head: Token, tgt: Span | None) -> str | None:
    """The material act a request or plan approved asks for: "approved the president's request to station 4,000
    troops along the border" (MOBILIZE), or None (also when the target owns the plan: "approved the governor's
    plan to ban mining" backs the governor)."""
    obj = clauses.direct_object(head) if head.lemma_.lower() in AUTHORIZING else None
    if obj is None or obj.lemma_.lower() not in ("request", "proposal", "plan", "bid", "motion"):
        return None
    if any(c.dep_ == "poss" and _in(c, tgt) for c in obj.children):
        return None
    return _act_below(obj, ("acl", "relcl"))


def allowed_by_law(head: Token) -> str | None:
    """The material act a law or decree "allowing" someone to do it lets them do, or None."""
    if head.dep_ != "acl" or head.head.lemma_.lower() not in DECREES:
        return None
    return _act_below(head, ("ccomp", "xcomp"))


def _act_below(tok: Token, deps: tuple[str, ...]) -> str | None:
    """The type of the first material act in a clause hung on ``tok`` by one of ``deps``."""
    lex = load()
    found = [m for c in tok.children if c.dep_ in deps for m in [clauses.match(c, lex)] if m is not None]
    return next((m.entry.type for m in found if m.entry.type in ALLOWED_ACTS), None)


def peacekeepers_moved(head: Token, src: Span | None) -> bool:
    """The forces moved keep a peace: "peacekeep..." in the predicate's clause, its doer's phrase or the source (not
    in a clause about something else: "units were placed on alert ..., after protesters clashed with NATO
    peacekeepers")."""
    subj = clauses.subject_of(head)
    words = list(head.subtree) + (list(subj.subtree) if subj is not None else [])
    words += list(src) if src is not None else []
    return any(t.lower_.startswith("peacekeep") for t in words)


PROTESTS = frozenset(("protest", "boycott"))


def _in_phrases(heads: list[Token]) -> list[Token]:
    """What "in" phrases on the given tokens hold ("in protest", "in a boycott")."""
    return [p for t in heads for c in t.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children]


def in_protest(head: Token) -> bool:
    """A movement made "in (a) protest" (or "in a boycott") against something."""
    return any(p.lemma_.lower() in PROTESTS for p in _in_phrases([head]))


def in_boycott(head: Token) -> bool:
    """An act done "in a boycott", "in a protest action", "in a sit-in" or "in a strike" (a collective action, not a
    protest note), on the predicate or its clause ("refused to leave the pit, in a sit-in")."""
    lex = load()
    heads = [head] + [c for c in head.children if c.dep_ in ("xcomp", "ccomp")]
    return any(p.lemma_.lower() == "boycott" or _protest_noun(p, lex) or any(
        x.dep_ == "compound" and x.lemma_.lower() in PROTESTS for x in p.children) for p in _in_phrases(heads))


def _protest_noun(tok: Token, lex) -> bool:
    """A noun the lexicon codes as a protest: "in an underground sit-in", "in a strike" (not "in protest at")."""
    m = clauses.match(tok, lex) if tok.pos_ == "NOUN" and tok.lemma_.lower() != "protest" else None
    return m is not None and m.entry.type == "PROTEST"
