"""Clause machinery over the dependency parse: which tokens are event predicates, and who does what to whom.

``match(token)`` finds the lexicon entry whose frame fits the token's dependents; light verbs
(launch, hold, impose...) pass to their object noun.  who does what to whom is
in ``roles``.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from .lexicon import LIGHT, Entry, Lexicon, load
from .modality import INTENT_NOUNS

SUBJ = ("nsubj", "csubj")
PASS_SUBJ = ("nsubjpass", "csubjpass")
OBJ = ("dobj", "obj")
RECIPIENT_PREPS = ("against", "on", "upon", "with", "to", "toward", "towards", "at", "into", "from", "for", "over")
PARTNER_PREPS = ("with", "to", "toward", "towards", "between")  # a meeting's partner; "on", "at", "in": where
TOPIC_VERBS = frozenset("discuss debate negotiate address review consider examine".split())
OBJECT_PREPS = ("on", "against", "upon", "of", "to", "toward", "towards", "with", "for")
PARTITIVES = frozenset("some many most all part much several none one each few".split())
EACH_OTHER = re.compile(r"\b(?:each other|one another)(?:'s|’s)?\b", re.IGNORECASE)  # a reciprocal recipient
NOUN_TARGET_PREPS = ("against", "on", "upon", "with", "to", "toward", "towards", "at", "into", "of", "between")
ACTOR_ENTS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
ACTOR_WORDS = frozenset(
    "government president minister official officials army military forces troops police court leader leaders "
    "ministry parliament senate congress administration authorities rebels militants protesters "
    "ambassador diplomat envoy spokesman spokeswoman country countries state states allies ally "
    "people workers students group party regime side chancellor secretary senator senators members "
    "opposition union commission council agency bank banks company firm neighbor neighbour neighbors "
    "partner partners rival rivals enemy enemies west kremlin duma republic republics nation nations "
    "counterpart counterparts protester demonstrator demonstrators activist activists journalist journalists "
    "civilian civilians refugee refugees prisoner prisoners migrant migrants soldier soldiers rebel insurgent "
    "insurgents militant fighter fighters lawmaker lawmakers diplomats diplomat negotiator negotiators "
    "delegation envoy inspectors observers peacekeepers hostages hostage citizens nationals "
    "unit units battalion battalions brigade brigades division divisions warships navy marines "
    "supporter supporters member members guerrilla guerrillas militia militias militiamen forces force "
    "hacker hackers".split()
)
GROUPINGS = frozenset(("bloc", "alliance"))
NOT_ACTOR_ENTS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
THEME_CLASSES = frozenset(("troops", "aid"))
PRONOUNS = frozenset("he she they it we i you him her them us his its their our".split())
RELATIVE = frozenset("which that who whom whose".split())


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    trigger: Token  # the predicate token that carries the type (the noun for light verbs)
    head: Token  # the clause head (the light verb, or the trigger itself)


def pos_code(tok: Token) -> str | None:
    if tok.pos_ in ("VERB", "AUX"):
        return "V"
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.ent_type_ in ("DATE", "TIME") or _label(tok):
            return None  # "In March 2015", "Press release: ..."
        return "N"
    if tok.pos_ == "ADJ":
        return "A"
    return None


def _label(tok: Token) -> bool:
    """A word of a leading label that ends in a colon ("Press release:", "Update:")."""
    doc = tok.doc
    colon = next((j for j in range(tok.i + 1, min(tok.i + 4, len(doc))) if doc[j].text == ":"), None)
    if colon is None:
        return False
    sent = tok.sent  # looked up only where a colon follows
    return colon - sent.start <= 3 and colon < sent.end


def lemmas(tok: Token) -> list[str]:
    """The lemma, the word, and suffix-stripped forms (the lemmatizer makes "stag" of "staged")."""
    low = tok.lower_
    out = [tok.lemma_.lower(), low]
    if _co_prefixed(tok):  # "co-operating", "co-production": the tokenizer splits off "co-"
        out = ["co" + out[0], "co" + low] + out
    if low.endswith("s"):
        out.append(low[:-1])
    if tok.pos_ in ("VERB", "AUX"):
        if low.endswith("ied"):
            out.append(low[:-3] + "y")
        if low.endswith("ed"):
            out += [low[:-1], low[:-2]]
        if low.endswith("ing"):
            out += [low[:-3], low[:-3] + "e"]
        if low.endswith("es"):
            out.append(low[:-2])
    return list(dict.fromkeys(out))


def _co_prefixed(tok: Token) -> bool:
    """The word follows "co-" written solid ("co-operating")."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "co" and not (
        doc[tok.i - 2].whitespace_ or doc[tok.i - 1].whitespace_)


def objects(tok: Token) -> list[Token]:
    """Every direct object of a verb ("granted Jordan 100 million euros" has two), else its other object."""
    found = [c for c in tok.children if c.dep_ in OBJ]
    return found or [o for o in (direct_object(tok),) if o is not None]


def direct_object(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in OBJ:
            return c
    for c in tok.children:
        if c.dep_ in ("attr", "oprd") or (c.dep_ in PASS_SUBJ):
            return c
    return None


MEASURES = frozenset("kg ton tons tonne tonnes worth amount batch shipment part lot number series package load some "
                     "stock stocks stockpile "
                     "many most all several half rest consignment consignments dose doses wave waves barrage "
                     "barrages salvo salvos volley volleys swarm swarms dozens hundreds".split())
CONTAINERS = frozenset("convoy convoys tanker tankers truck trucks lorry lorries truckload truckloads planeload "
                       "planeloads cargo shipload shiploads team teams aircraft plane planes ship ships".split())
# "three tankers of fuel", "a team of rescuers", "aircraft loaded with shelter kits"


def crowd(text: str) -> bool:
    """A mention headed by a crowd noun: "demonstrators", "hundreds of protesters"."""
    words = text.lower().split()
    return bool(words) and "crowd" in load().noun_class(words[-1])


def unnamed_people(text: str) -> bool:
    """A mention headed by a plain word for people ("at least 50 people", "seven civilians", "residents")."""
    words = text.lower().split()
    return bool(words) and "people" in load().noun_class(words[-1])


def _frame_preps(frame: str) -> tuple[str, ...]:
    """The prepositions a frame names ("prep=by", "prep=behind&agent=x", "prep=on:place")."""
    return tuple(part[5:].split(":")[0] for part in frame.split("&") if part.startswith("prep="))


OWN = frozenset(("its", "their", "our", "his", "her"))


def _own_object(target: Token, obj: Token | None) -> bool:
    """The object is the doer's own people: "their ambassadors", "its envoy"."""
    return obj is not None and target.i == obj.i and any(c.dep_ == "poss" and c.lower_ in OWN for c in obj.children)


def _weapon(tok: Token, lex: Lexicon) -> bool:
    """Arms or missiles (or a measure of them): the means of an attack, never its recipient."""
    return any(lex.noun_class(x.lemma_) & {"arms", "missile"} for x in _measured(tok))


COLLECTIVES = frozenset(("brigade", "brigades", "team", "teams", "contingent", "squad", "detachment", "batch"))


def _measured(obj: Token | None) -> list[Token]:
    """The object and, for a measure ("700 kg of medicine", "$50,000 worth of goods"), what it measures."""
    if obj is None:
        return []
    out = [obj]
    if obj.ent_type_ in ("QUANTITY", "MONEY", "CARDINAL") or obj.lower_ in MEASURES | CONTAINERS | QUANTITY_WORDS \
            or obj.lower_ in COLLECTIVES or obj.pos_ == "NUM":  # "thousands of fighters", "a brigade of doctors"
        out += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if obj.lower_ in CONTAINERS:  # "a convoy of trucks carrying medical supplies", "a C-130 with water"
        for x in list(out):
            out += [o for c in x.children if c.dep_ == "acl" and c.lemma_.lower() in ("carry", "load")
                    for o in c.children if o.dep_ in OBJ]
            out += [p for c in x.children if c.dep_ == "acl" and c.lemma_.lower() == "load"  # "loaded with kits"
                    for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children
                    if p.dep_ == "pobj"]
    return out


GROUP_WORDS = frozenset("group gang network team collective cell crew ring outfit".split())  # "a hacking group"
QUANTITY_WORDS = frozenset("dozens hundreds thousands tens scores unit groups crowd".split())


def in_class(tok: Token, name: str, lex: Lexicon) -> bool:
    """A token's lemma (or suffix-stripped form) is in a noun class; ``@GPE``-style members match entity types."""
    if tok.ent_type_ and lex.in_class("@" + tok.ent_type_, name):
        return True
    return any(lex.in_class(l, name) for l in lemmas(tok))


SHARES = frozenset(("part", "role", "hand"))


def _share_in(tok: Token) -> Token | None:
    """The verb of "took part in X", "played a role in X-ing", "had a hand in X" when ``tok`` is X: its
    subject does X."""
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    gov = prep.head  # "in" hangs on the share or on its verb
    if gov.pos_ in ("VERB", "AUX") and any(c.dep_ in OBJ and c.lemma_.lower() in SHARES for c in gov.children):
        return gov
    if gov.lemma_.lower() in SHARES and gov.dep_ in OBJ and gov.head.pos_ in ("VERB", "AUX"):
        return gov.head
    return None


def named_doer(tok: Token) -> Token | None:
    """The doer an event noun names itself: its possessor (not a pronoun) or its "by" agent ("Israel's call-up",
    "the attack by Hamas")."""
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ not in PRONOUNS:
            return c
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def doer(tok: Token) -> Token | None:
    """Who does the event: a verb's subject (or passive agent, inherited through conj/xcomp), a noun's
    possessor or "by" agent, else the subject of the light verb that takes the noun."""
    share = _share_in(tok)
    if share is not None:  # "had taken part in the fighting", "played any part in damaging the cables"
        return subject_of(share)
    if tok.pos_ in ("VERB", "AUX", "ADJ"):
        who = subject_of(tok)
        gov = tok.head.head
        if who is None and tok.dep_ == "pcomp" and gov.pos_ in ("VERB", "AUX"):
            who = subject_of(gov)  # "youths resorted to throwing stones"
            if who is None and gov.dep_ in ("acl", "relcl") and gov.head.pos_ in ("NOUN", "PROPN"):
                who = gov.head
        return who
    named = named_doer(tok)
    if named is not None or any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in tok.children):
        return named
    head = tok.head  # "workers staged their first strike": the clause's subject, not "their"
    if head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):  # "went on strike"
        head = head.head
    if tok.dep_ in OBJ + ("pobj",) and head.pos_ in ("VERB", "AUX") and head.i != tok.i:
        return subject_of(head)
    return None


TIME_NOUNS = frozenset(("night", "day", "week", "month", "year", "hour", "decade", "weekend", "time"))


def frame_fits(tok: Token, frame: str, lex: Lexicon) -> bool:
    if frame == "-":
        return True
    if "&" in frame:  # "obj=missile&prep=into": every part must fit
        return all(frame_fits(tok, part, lex) for part in frame.split("&"))
    kind, _, value = frame.partition("=")
    kids = list(tok.children)
    if kind == "prt":  # "let free X" also parses with "free" as a modifier of the object
        value, _, then = value.partition(":")
        if then:  # "prt=back:to": "sent the troops back to their bases", not "back into X"
            return any(c.dep_ in ("prt", "advmod") and c.lower_ == value and c.i > tok.i and any(
                x.dep_ == "prep" and x.lower_ == then for x in list(c.children) + kids) for c in kids)
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        held = nxt.head if nxt is not None else None
        while held is not None and held.dep_ in ("compound", "nummod") and held.head.i != held.i:
            held = held.head  # "set free opposition figure X", "set free 23 students": "free" on a compound or a
            # number of the object
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == value and c.i > tok.i or c.dep_ == "xcomp" and
                   c.lower_ == value and c.i == tok.i + 1 for c in kids) or (  # "let go the crew" ("go": xcomp)
            nxt is not None and nxt.lower_ == value and held.head.i == tok.i and nxt.dep_ == "amod")
    if kind == "prep":  # "strike on the depot", not "strike on Monday"; "prep=from:org": its object's class
        value, _, cls = value.partition(":")
        if tok.pos_ == "NOUN" and tok.dep_ in OBJ:  # "carried out strikes against X": the light verb's
            kids += [c for c in tok.head.children if c.i > tok.i]
        for c in kids:
            if c.dep_ not in ("prep", "dative", "agent", "prt") or c.lower_ != value:
                continue
            objs = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
            if c.dep_ == "prt":  # "pulled out of X": the preposition after the particle
                if not cls:
                    continue
                objs = [p for x in tok.children if x.dep_ == "prep" and x.i > c.i for p in x.children if p.dep_ == "pobj"]
            if not objs and cls:  # "pulled out of X": "of" hangs on "out"
                objs = [p for x in c.children if x.dep_ == "prep" for p in x.children if p.dep_ == "pobj"]
            timed = any(p.ent_type_ in ("DATE", "TIME") or p.lemma_.lower() in TIME_NOUNS for p in objs)
            if timed and value != "until":
                continue  # (but "gave the ELN until Friday": a deadline)
            if not cls or any(in_class(p, cls, lex) for o in objs for p in _measured(o)):
                return True
        return False
    if kind == "oprep":  # "had 150,000 troops around Ukraine": a preposition on the object ("oprep=on:suspended":
        value, _, cls = value.partition(":")  # its object in a class, "put the talks on hold")
        obj = direct_object(tok)
        return obj is not None and any(
            c.dep_ == "prep" and c.lower_ == value and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children)
            and (not cls or any(in_class(p, cls, lex) for p in c.children if p.dep_ == "pobj"))
            for c in obj.children)
    if kind == "comp":
        return any(c.dep_ in ("compound", "amod", "nmod", "npadvmod") and value in c.lower_ for c in kids) or (
            tok.i > 0 and value in tok.doc[tok.i - 1].lower_
        )
    if kind in ("obj", "objmod"):  # objmod: the object or a word naming its kind ("rescue teams")
        objs = objects(tok)
        if not objs and tok.dep_ == "acl":  # "the troops gathered near" / passive participles
            objs = [tok.head]
        return any(_object_fits(obj, value, lex, kind == "objmod") for obj in objs)
    if kind == "pred":  # "called the sanctions illegal", "described the strike as a criminal act"
        if value == "quoted":
            return any(quoted_label(w) for w in _predicated(tok))
        return any(in_class(w, value, lex) for w in _predicated(tok))
    if kind == "subj":  # (an adjective's: the subject of its copula, "all options are open")
        holder = tok.head if tok.dep_ == "acomp" and tok.head.i != tok.i else tok
        subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj is not None and any(lex.in_class(l, value) for l in lemmas(subj))
    if kind == "agent":  # the doer: "dock workers went on strike", "hackers breached"
        who = first = doer(tok)
        if who is not None and (who.ent_type_ in NOT_ACTOR_ENTS or who.lemma_.lower() in GROUP_WORDS | QUANTITY_WORDS
                                or who.lower_ in QUANTITY_WORDS):  # "thousands" (lemma "thousand")
            of = next((p for c in who.children if c.dep_ == "prep" and c.lower_ == "of"  # "dozens of fighters"
                       for p in c.children if p.dep_ == "pobj"), None)
            who = of or who
        if first is not None and first is not who and (in_class(first, value, lex) or value == "crowd" and (
                who.ent_type_ == "NORP" and first.lower_ in QUANTITY_WORDS)):
            return True  # "crowds of Ukrainians gathered", "thousands of young Mongolians packed the square"
        return who is not None and (in_class(who, value, lex) or who.lemma_.lower() in GROUP_WORDS and any(
            c.dep_ in ("compound", "amod") and in_class(c, value, lex) for c in who.children))
    if kind == "dobj":
        obj = direct_object(tok)
        return obj is not None and obj.dep_ in OBJ and is_actorish(obj)
    if kind == "xcomp":
        return any(c.dep_ in ("xcomp", "ccomp") for c in kids)
    if kind == "inf":  # "its commitment to train X": an infinitive clause on the word
        return any(c.dep_ in ("acl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for c in kids)
    if kind == "calling":  # "launched an attack on the spy chiefs, calling them nutters": words, not force
        holders = kids + (list(tok.head.children) if tok.dep_ in OBJ and tok.head.pos_ in ("VERB", "AUX") else [])
        return any(c.dep_ in ("advcl", "acl", "conj") and c.lemma_.lower() == "call" and bool(_predicated(c))
                   for c in holders)
    if kind == "ocomp":  # "ordered the envoy to leave", the clause parsed on the object or on the verb: its class;
        obj = direct_object(tok)  # also a clause with its own subject ("wants Beijing to cut", "called for X to go")
        clauses_ = [c for c in obj.children if c.dep_ == "acl"] + [c for c in kids if c.dep_ in ("xcomp", "advcl")] \
            if obj else []  # ("pushed the agency to restore X": the clause may be parsed as an adverbial one)
        clauses_ += [c for c in kids if c.dep_ in ("ccomp", "advcl", "xcomp") and any(
            a.dep_ in ("nsubj", "nsubjpass") for a in c.children) and not any(
            a.dep_ == "mark" and a.lower_ != "for" for a in c.children)]
        return any(any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and (
            not value or in_class(c, value, lex)) for c in clauses_)
    return False


def _predicated(tok: Token) -> list[Token]:
    """What a verb says its object is: an object predicate ("called X a lie", "called X unprovoked", the
    quoted word of 'called the talk "false"') or an "as" phrase ("described X as criminal"), with their
    adjectives."""
    heads = [c for c in tok.children if c.dep_ in ("oprd", "acomp")]
    heads += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
              if p.dep_ in ("pobj", "amod")]
    obj = direct_object(tok)
    if obj is not None and tok.lemma_.lower() == "call":
        heads += [t for t in obj.subtree if t.i > obj.i and t.pos_ == "ADJ" and (
            tok.doc[t.i - 1].text in QUOTE_MARKS or t.left_edge.i > 0 and tok.doc[t.left_edge.i - 1].text in QUOTE_MARKS
        )]  # also 'called X's comments "racially toxic"'
        heads += [c for c in obj.children if c.dep_ == "appos" and c.i > 0 and tok.doc[c.left_edge.i].text in
                  QUOTE_MARKS]  # 'called the seizure "an act of piracy"' (parsed as an apposition)
        heads += [a for c in [obj] + [c for c in obj.children if c.dep_ == "appos"] for a in c.children
                  if a.dep_ == "appos" and a.i > c.i and _name_called(a) and a not in heads]  # "called Clinton, his
        # rival, an ISIS 'co-founder'", "called her an ''Aunt Tom''"
    heads += [p for h in heads if h.lemma_.lower() == "act" for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]  # "an act of aggression"
    return heads + [c for h in heads for c in h.children if c.dep_ in ("amod", "compound")]


QUOTE_MARKS = frozenset(('"', "“", "'", "‘", "''", "``"))


def _name_called(noun: Token) -> bool:
    """An indefinite noun phrase with a quotation mark inside it: a name called ("an ISIS 'co-founder'")."""
    words = list(noun.subtree)
    return words[0].lower_ in ("a", "an") and any(w.text in QUOTE_MARKS for w in words)


def quoted_label(tok: Token) -> bool:
    """A noun called in quotation marks (the "pred=quoted" frame): a mocking label."""
    return tok.pos_ in ("NOUN", "PROPN") and (any(w.text in QUOTE_MARKS for w in tok.subtree) or (
        tok.i > 0 and tok.doc[tok.i - 1].text in QUOTE_MARKS))


def _object_fits(obj: Token | None, value: str, lex: Lexicon, modifiers: bool) -> bool:
    words = _measured(obj) + [c for c in (obj.children if obj is not None else ()) if c.dep_ == "conj"]
    if any(c.dep_ in ("amod", "acl") and in_class(c, value + "_marks", lex) for w in words for c in w.children):
        return True  # a word of the class's "_marks": "a suspected spy", "a man accused of", "130 captured soldiers"
    if modifiers:
        words += [c for w in words for c in w.children if c.dep_ in ("compound", "amod") and c.i < w.i]
    return any(in_class(w, value, lex) for w in words)


def entry_for(tok: Token, lex: Lexicon) -> Entry | None:
    code = pos_code(tok)
    if code is None:
        return None
    for lemma in lemmas(tok):
        for e in lex.candidates(lemma, code):
            if frame_fits(tok, e.frame, lex):
                return e
    return None


def light_object(tok: Token) -> Token | None:
    obj = direct_object(tok)
    if obj is not None and obj.dep_ != "nsubjpass":
        return obj
    for c in tok.children:  # "engaged in talks", "went on strike", "pressed on with the sit-in"
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "with"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return obj


EQUIPMENT_HEADS = frozenset("group force forces helicopter helicopters submarine submarines aircraft jet jets plane "
                            "planes drone drones boat boats vessel ship ships dog dogs unit units team "
                            "line lines zone zones corridor notice notices".split())
# "fired across the ceasefire line", "a strike notice"


DESCRIPTIVE_NOUNS = frozenset(("emergency", "war", "crisis", "security", "defence", "defense"))


def _names_a_kind(tok: Token) -> bool:
    """An event noun naming a kind of thing, not an event: "a carrier strike group", "attack helicopters",
    "emergency loans", "war crimes"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("line", "lines"):
        return True  # "the line of contact with Armenian forces": a front line, not a contact
    return tok.dep_ == "compound" and tok.pos_ == "NOUN" and (
        tok.head.lower_ in EQUIPMENT_HEADS or tok.lemma_.lower() in DESCRIPTIVE_NOUNS)


def _naming(tok: Token) -> bool:
    """"called X Y": naming, not a phone call ("called the plan unacceptable", "called Putin a killer",
    'called the talk "false"')."""
    return tok.lemma_.lower() == "call" and tok.pos_ == "VERB" and bool(_predicated(tok))


def _describing(tok: Token) -> bool:
    """A participle that describes, not an act: "a Russian-funded network", "a man armed with a knife"."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return False
    if tok.dep_ == "amod":  # after a hyphen or a determiner: not "Turkey massed troops" parsed as one phrase
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        return prev is not None and (prev.text in ("-", "‐") or prev.pos_ in ("DET", "ADV", "ADJ"))
    return tok.dep_ == "acl" and tok.lemma_.lower() == "arm" and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def match(tok: Token, lex: Lexicon | None = None) -> Match | None:
    lex = lex or load()
    if _describing(tok):
        return None
    e = entry_for(tok, lex)
    if e is None or (e.pos == "N" and _names_a_kind(tok)) or (e.type == "CONSULT" and _naming(tok)):
        return None
    if e.type != LIGHT:
        return Match(e, tok, tok)
    obj = light_object(tok)
    if obj is None:
        return None
    inner = entry_for(obj, lex)
    if inner is None:  # "launched a mediation effort", "launched 10 days of war games"
        for c in obj.children:
            cand = c if c.dep_ == "compound" else next((p for p in c.children if p.dep_ == "pobj"), None) if (
                c.dep_ == "prep" and c.lower_ == "of") else None
            if cand is not None and (e := entry_for(cand, lex)) is not None and e.type != LIGHT and not (
                    e.pos == "N" and _names_a_kind(cand)):  # "ordered the carrier strike group": no strike
                return Match(e, cand, tok)
        return None
    if inner.type == LIGHT:
        return None
    return Match(inner, obj, tok)


# ---------------------------------------------------------------- actors


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """One-word role nouns of the actor knowledge base ("separatists", "junta", "coalition")."""
    from ..actors.kb import default_kb

    return frozenset(k for k in default_kb().roles if " " not in k and "." not in k)


def is_actorish(tok: Token) -> bool:
    if tok.ent_type_ in ACTOR_ENTS or tok.pos_ == "PROPN":
        return True
    if tok.lower_ in PRONOUNS:
        return tok.lower_ not in ("it", "its") or tok.dep_ in ("nsubj", "poss", "nsubjpass")
    if tok.lower_ in GROUPINGS and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
        return True  # "the bloc", "the alliance": a body named before (not "an Iran-aligned alliance")
    words = (tok.lemma_.lower(), tok.lower_)
    return any(w in ACTOR_WORDS or w in role_words() for w in words)


def agentive(tok: Token | None) -> Token | None:
    """The token naming a doer: an actor word, a name, a group marked by a name or nationality
    ("Hezbollah guerrillas", "Israeli tanks"), or the people counted by a number ("thousands of students")."""
    for _ in range(3):
        if tok is None:
            return None
        if tok.ent_type_ in NOT_ACTOR_ENTS or tok.lower_ in ("tens", "hundreds", "thousands", "dozens", "millions"):
            tok = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"), None)
            continue
        break
    if tok is None or tok.ent_type_ in NOT_ACTOR_ENTS:
        return None
    if is_actorish(tok):
        return tok
    if tok.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_ not in NOT_ACTOR_ENTS
        and (c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or c.pos_ == "PROPN")
        for c in tok.children
    ):
        return tok
    for c in tok.children:  # "doctors from two American aid groups", "supporters of the former president"
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "in"):
            if any(p.dep_ == "pobj" and (is_actorish(p) or p.ent_type_ in ("NORP", "GPE", "ORG")) for p in c.children):
                return tok
    return None


def actor_in(tok: Token | None, lex: Lexicon, inside: bool = True) -> Token | None:
    """The actor head a noun phrase names: itself, else (``inside``) its possessor, 'by'/'of' agent or
    proper compound ("Tuesday's announcement by some Russian forces" names the forces)."""
    if tok is None or tok.ent_type_ in ("DATE", "TIME"):
        return None
    if not inside:
        return agentive(tok)
    if tok.pos_ == "PRON" and tok.lower_ in ("it", "its", "they", "them", "he", "she", "him", "her", "we", "us"):
        return tok
    if tok.lower_ in RELATION_NOUNS:  # "our friend Pakistan", "its neighbour, Benin": the one named
        named = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ in ("GPE", "NORP", "ORG")), None)
        if named is not None:
            return named
    whole = partitive(tok)
    if whole is not tok and tok.pos_ in ("NUM", "PRON", "NOUN", "ADJ"):  # "one of its watchtowers"
        return actor_in(whole, lex)
    countable = tok.ent_type_ in NOT_ACTOR_ENTS  # "dozens of demonstrators", "150,000 troops"
    if not countable and (is_actorish(tok) and not lex.noun_class(tok.lemma_) & THEME_CLASSES or tok.ent_type_ in ACTOR_ENTS):
        return tok
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            for p in c.children:
                if p.dep_ == "pobj" and is_actorish(p):
                    return p
    for c in tok.children:
        if c.dep_ == "poss" and c.ent_type_ not in NOT_ACTOR_ENTS:
            return c
    nationality = next((c for c in tok.children if c.dep_ == "amod" and c.ent_type_ == "NORP" and c.i < tok.i), None)
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "from"):
            for p in c.children:
                if p.dep_ == "pobj" and is_actorish(p) and (nationality is None or p.pos_ == "PROPN"):
                    return p  # not "four Beninese employees of the company": Beninese, not the firm
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and (c.ent_type_ in ("GPE", "NORP", "ORG") or _country_word(c)):
            return c  # "Azerbaijani positions" (even when the model calls 'Azerbaijani' a person)
    for c in tok.children:  # "Ukrainian government websites", "police stations": the owner named before
        if c.dep_ == "compound" and c.pos_ == "NOUN" and is_actorish(c) and c.lower_ not in PRONOUNS:
            return c
    if is_actorish(tok) and not countable:
        return tok
    return None


RELATION_NOUNS = frozenset("partner ally neighbour neighbor enemy rival friend counterpart adversary opponent "
                           "partners allies neighbours neighbors enemies rivals friends counterparts adversaries "
                           "opponents".split())  # "Israel's ally": the possessor is the other party


def partitive(tok: Token | None) -> Token | None:
    """"some of the units", "one of its watchtowers": the whole a part is taken from (else the token)."""
    if tok is None or tok.lower_ not in PARTITIVES:
        return tok
    return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"), tok)


def _country_word(tok: Token) -> bool:
    """A country's name or demonym the knowledge base knows ("Azerbaijani", "Ukraine")."""
    return _country_word_text(tok.text)


@lru_cache(maxsize=4096)
def _country_word_text(text: str) -> bool:
    from ..actors.kb import default_kb

    if not text[:1].isupper():
        return False
    kb = default_kb()
    return any(kb.raw[i]["kind"] == "country" for i, _how in kb.candidates(text))


PASSIVE_PREPS = frozenset(("from", "with", "to", "into", "in", "of", "as"))


def elliptic_passive(verb: Token) -> bool:
    """A participle coordinated to a passive that shares its auxiliary and subject ("was arrested on Monday and
    charged with treason", "was sentenced ... and barred from politics"), not an active verb of the same subject
    ("was concerned by the drills and urged Beijing to stop")."""
    head = verb.head
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in head.children):
        return False
    if any(c.dep_ in SUBJ + PASS_SUBJ + ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lower_.endswith("ed") and any(
        c.dep_ == "prep" and c.lower_ in PASSIVE_PREPS for c in verb.children))  # "barred from", not "called for"



DATELINE_MARKS = frozenset(("-", "--", "—", "–", ",", "(", ":"))


def _dateline(tok: Token) -> bool:
    """A dateline the parser took for a subject: "KHARTOUM - The militia gave ...", "NOVI SAD, Serbia -"."""
    edge = tok.left_edge
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return edge.i == edge.sent.start and tok.is_upper and len(tok.text) > 1 and after is not None and (
        after.text in DATELINE_MARKS)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The doer of a verb: its subject, its passive agent, or (for xcomp/conj/acl/relcl) inherited."""
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    if subjects and _dateline(subjects[0]):  # the subject after the dateline, or hung on it as an apposition
        rest = subjects[1:] or [a for a in subjects[0].children if a.dep_ == "appos" and not a.is_upper and not (
            a.left_edge.i > 0 and a.doc[a.left_edge.i - 1].text == "(")]  # (not the agency: "SEOUL (Yonhap) -")
        subjects = rest or subjects
    for c in subjects:
        if c.lower_ in RELATIVE and verb.dep_ == "relcl" and depth < 3:
            head = verb.head  # "a bill which would impose costs": the bill's sponsors
            if not is_actorish(head) and head.dep_ in OBJ:
                return subject_of(head.head, depth + 1)
            return head
        return c
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    if verb.pos_ == "VERB" and verb.dep_ == "ROOT":  # headline-ese, "Ukraine shells ...": a named actor the
        for c in verb.lefts:                          # parser hung on the verb as a compound is its subject
            if c.dep_ in ("compound", "npadvmod") and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
                return c
        first = _first_clause(verb)
        if first is not None:
            return subject_of(first, depth + 1)
    if any(c.dep_ in PASS_SUBJ for c in verb.children) or depth > 3:
        return None
    head = verb.head
    passive_subj = next((c for c in head.children if c.dep_ in PASS_SUBJ), None) if head.i != verb.i else None
    if verb.dep_ == "xcomp":
        obj = next((c for c in head.children if c.dep_ in OBJ and is_actorish(c)), None)
        if obj is None and passive_subj is not None and head.lemma_.lower() in RAISING:
            return passive_subj  # "Austin is expected to meet Dong", "Russia is said to have moved troops"
        return obj or subject_of(head, depth + 1)
    if verb.dep_ == "conj" and passive_subj is not None and elliptic_passive(verb):
        return None  # "Dodik was sentenced to a year in prison and barred from politics": Dodik is acted on
    if verb.dep_ == "conj" and passive_subj is not None and not any(c.dep_ == "auxpass" for c in verb.children):
        return passive_subj  # "the US was concerned by the drills and urged Beijing": not the drills
    if verb.dep_ == "advcl" and head.lemma_.lower() in _SPEECH and verb.i > head.i and (
            verb.lemma_.lower() not in SPEECH_ACTS):
        return None  # "..., the army stated, wounding two": a participle hung on the cue is not the speaker's act
        # (but "..., the ministry said, condemning the strikes" is: what the speaker does by speaking)
    if verb.dep_ in ("conj", "advcl") and head.i != verb.i:
        return subject_of(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        return _gerund_doer(head)
    if verb.dep_ == "acomp" and verb.pos_ == "ADJ":  # "Congress is ready to", "was open to"
        subj = next((c for c in head.children if c.dep_ in SUBJ), None)
        if subj is None and head.dep_ == "conj":  # "he does not want war, and was open to talks"
            return subject_of(head, depth + 1)
        return subj
    if verb.dep_ in ("relcl", "acl") and head.i != verb.i:
        if verb.tag_ == "VBN":  # "troops gathered near": no doer named
            return None
        if not is_actorish(head) and head.dep_ in OBJ:  # "made a statement warning Putin"
            return subject_of(head.head, depth + 1)
        return head
    return None


GOING_ON = frozenset(("go", "keep", "carry"))
RAISING = frozenset("expect set due schedule slate poise tip plan say believe report think understand "
                    "suppose rumour rumor know see "  # and object control in the passive ("was urged to withdraw"):
                    "tempt force compel oblige pressure encourage allow permit authorize authorise ask urge order "
                    "invite persuade".split())


def _first_clause(root: Token) -> Token | None:
    """Headline-ese "Eritrea calls up reservists, accuses Ethiopia of ...": the parser makes the first clause a
    complement of the second, which has no subject of its own; both are the first clause's subject's acts."""
    if root.tag_ != "VBZ":
        return None
    for c in root.lefts:
        if c.dep_ == "ccomp" and c.tag_ == "VBZ" and c.i + 1 < root.i and any(
                t.text == "," for t in root.doc[c.right_edge.i + 1:root.i]):
            return c
    return None


def _gerund_doer(prep: Token) -> Token | None:
    """The doer of a gerund after a preposition: "Ukraine goes on blaming", "Russia had no intention of
    attacking", "Russia's plan of encircling", "Algeria responded by closing its airspace"; other gerunds
    ("accused X of attacking") are left alone."""
    gov = prep.head
    if prep.lower_ == "on" and gov.lemma_.lower() in GOING_ON:
        return next((c for c in gov.children if c.dep_ in SUBJ), None)
    if prep.lower_ == "by" and prep.dep_ == "prep" and gov.pos_ == "VERB" and not any(
            c.dep_ in PASS_SUBJ for c in gov.children):  # "Phnom Penh responded by suspending imports"
        return subject_of(gov)
    if prep.lower_ in ("of", "for") and gov.lemma_.lower() in INTENT_NOUNS:
        poss = next((c for c in gov.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
        if gov.dep_ in OBJ and gov.head.pos_ in ("VERB", "AUX"):
            return next((c for c in gov.head.children if c.dep_ in SUBJ), None)
    return None


SPEECH_ACTS = frozenset("condemn accuse blame call urge warn deny reject praise welcome criticise criticize "
                         "threaten demand dismiss vow pledge promise denounce slam hail thank".split())
_SPEECH = frozenset("say state tell report announce add claim write note explain confirm insist reply".split())


def np_span(tok: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``tok`` (modifiers, compounds, flat names)."""
    left = tok.i
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "det", "poss", "nummod", "nmod", "quantmod", "case", "punct"):
            left = min(left, c.left_edge.i)
    right = tok.i + 1
    doc = tok.doc
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "case"):
            right = max(right, c.right_edge.i + 1)
        elif c.i == tok.i + 2 and doc[tok.i + 1].text == "-" and not tok.whitespace_ and not doc[tok.i + 1].whitespace_:
            right = max(right, c.i + 1)  # "the secretary-general" parsed as "secretary" with "general" apposed
        elif c.dep_ == "prep" and c.lower_ == "of" and tok.lemma_.lower() in ACTOR_WORDS | {"member", "chair", "head"}:
            right = max(right, _before_conj(c))
        elif c.dep_ == "prep" and c.lower_ in ("in", "from") and tok.pos_ == "NOUN" and any(
            p.ent_type_ == "GPE" and p.dep_ == "pobj" for p in c.children
        ):  # "officials in Ukraine"
            right = max(right, c.right_edge.i + 1)
    return left, right


def _before_conj(prep: Token) -> int:
    """The end of an "of" phrase without what is coordinated to its object: "the government of Alexander
    Lukashenko and its ally Moscow" is Lukashenko's government, not Moscow's."""
    end = prep.right_edge.i + 1
    for p in prep.children:
        cc = next((c for c in p.rights if c.dep_ == "cc"), None)
        if p.dep_ == "pobj" and cc is not None and any(c.dep_ == "conj" for c in p.rights):
            end = min(end, cc.i)
    return end
