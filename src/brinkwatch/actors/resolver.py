"""Resolve actor mentions in one parsed document to (name, country, sector).

One ``MentionResolver`` per document.  On first use it walks the document's mentions (named
entities, role noun phrases, third-person pronouns) in order and resolves each with what came
before, so that surnames find their full names and pronouns their antecedents.  After that,
every ``resolve`` is a dictionary access or a short parse of the span's own words.

What cannot be resolved stays ``None``: the resolver never guesses a country or a sector.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter

from spacy.tokens import Doc, Span

from ..records import Actor
from .discourse import REPORTING, Mention, antecedent, features
from .kb import ActorKB, Role, default_kb
from .names import is_first_name
from .people import People, _actor, _from_entry, _same
from .places import city_country
from .text import norm, strip_article

PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
            "they", "them", "their", "theirs", "themselves"}
POSSESSIVES = {"his", "her", "its", "their"}
ENT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
NP_LEFT_DEPS = {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "predet", "case"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
DISCOURSE_WORDS = {"country's", "country", "nation's", "nation", "government's", "state's", "regime's"}
SKIP_MODIFIERS = {"some", "many", "more", "most", "several", "all", "other", "few", "these", "those", "this",
                  "that", "both", "any", "no", "own", "additional", "further", "new", "former", "top", "senior",
                  "local", "thousands", "hundreds", "dozens", "of", "about", "around", "nearly", "over", "up", "to",
                  "at", "least", "than", "tens", "unidentified", "unnamed", "its", "their", "his", "her"}
EXPLETIVE_HEADS = {"be", "seem", "appear", "take", "remain", "rain", "matter", "look"}
# "it was ready to work with", "it remained committed to": a stance only an actor takes, so "it" is one
AGENTIVE_ADJECTIVES = frozenset("ready willing prepared able unable open determined committed keen eager unwilling "
                                "reluctant opposed involved responsible interested".split())
_ACRONYM = re.compile(r"((?:[A-Z][\w'’.&-]*,?\s+(?:(?:of|and|for|the|on|de|du)\s+)*){1,8}?[A-Z][\w'’.-]*)"
                      r"\s+\(([A-Z][A-Z&]{1,7})\)")
_ALIGNED = re.compile(r"\b(?:pro|anti)\s*-", re.I)
_APPOSITIVE = re.compile(
    r"^\s*,\s*(?:a|an|the)\s+[^,.;:()]{0,60}?\b(company|firm|corporation|contractor|maker|manufacturer|"
    r"producer|giant|conglomerate|startup|news agency|agency|newspaper|daily|broadcaster|outlet|channel|"
    r"website|think tank|charity|organi[sz]ation|watchdog)\b", re.I)
_APPOSITIVE_SECTOR = {"news agency": "MED", "newspaper": "MED", "daily": "MED", "broadcaster": "MED",
                      "outlet": "MED", "channel": "MED", "website": "MED", "think tank": "NGO", "charity": "NGO",
                      "organisation": "NGO", "organization": "NGO", "watchdog": "NGO", "agency": None}


MOVING = frozenset("send deploy dispatch move station position mass withdraw pull bring fly sail order mobilize "
                   "mobilise redeploy rotate keep".split())


BODY_HEADS = frozenset("agency court council commission organisation organization mission tribunal fund".split())
AFFILIATIONS = frozenset("tie link connect affiliate ally back sponsor fund arm support".split())
STATE_SECTORS = frozenset(("GOV", "LEG", "MIL", "COP", "JUD", "SPY"))  # roles no international body holds
HALVES = {"North": "PRK", "South": "KOR"}  # "the North", "the South" in a story on Korea
GROUPINGS = {"bloc": (None, "UNO"), "alliance": (None, "UNO", "EUR")}  # the latest body named, not these
SHARED_TITLES = frozenset("spokesman spokeswoman spokesperson envoy official officials delegation delegate mission "
                          "representative chief head observers staff".split())  # a state's or a body's
LOYALTIES = frozenset(("loyal", "aligned", "allied", "faithful"))  # adjectives after the noun: "forces loyal to X"


def _the_noun(span: Span) -> str | None:
    """The noun of a two-word "the X" mention ("the court's ruling" counts as "the court"), else None."""
    words = [t.lower_ for t in span if t.tag_ != "POS"]
    return words[1] if len(words) == 2 and words[0] == "the" else None


class MentionResolver(People):
    """Resolve spans of one document, using the mentions before them as discourse context."""

    def __init__(self, doc: Doc, *, published: dt.date | None, kb: ActorKB | None = None) -> None:
        self.doc = doc
        self._text: str | None = None
        self.published = published
        self.kb = kb or default_kb()
        self._mentions: list[Mention] | None = None
        self._by_offsets: dict[tuple[int, int], Mention] = {}
        self._people: dict[str, tuple[Actor, str | None]] = {}  # surname -> (full-name actor, gender)
        self._given: dict[str, list[Actor]] = {}  # first name -> full-name actors ("Anwar" for Anwar Ibrahim)
        self._codes_seen: set[str] = set()
        self._state_counts: Counter | None = None
        self._titled: dict[tuple[int, int], bool] = {}
        self._sent_starts: list[int] = []
        self._full_names: dict[str, Span] | None = None
        self._all_codes: set[str] | None = None
        self._acronym_spans: dict[str, Span] | None = None
        self._learned_gender: dict[str, str] = {}  # name -> gender learned from "he"/"she" resolved to it

    # ------------------------------------------------------------------ public API
    def resolve(self, span: Span) -> Actor:
        mentions = self.mentions()
        known = self._by_offsets.get((span.start_char, span.end_char))
        if known is not None:
            return known.actor
        return self._resolve(span, mentions, len(mentions))

    def resolve_all(self, span: Span) -> list[Actor]:
        from .coord import split_coordination

        parts = split_coordination(span, self.kb)
        if len(parts) <= 1:
            return [self.resolve(span)]
        actors: list[Actor] = []
        for part in parts:
            actor = self.resolve(part) if isinstance(part, Span) else self._with_head(*part)
            previous = actors[-1] if actors else None
            if previous is not None and previous.name and previous.name == actor.name \
                    and previous.country == actor.country:
                continue  # an appositive, not a second actor: "Ned Price, State Department spokesperson"
            actors.append(actor)
        return actors

    def actor_at(self, start: int, end: int) -> Actor:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return Actor(self.text[start:end], start, end)
        return self.resolve(span)

    # ------------------------------------------------------------------ discourse
    def mentions(self) -> list[Mention]:
        """All mentions of the document in order, each resolved with what came before (built once)."""
        if self._mentions is None:
            self._mentions = []
            self._sent_starts = [sent.start for sent in self.doc.sents]
            for span in self._candidate_spans():
                actor = self._resolve(span, self._mentions, len(self._mentions))
                self._record(span, actor)
        return self._mentions

    def _candidate_spans(self) -> list[Span]:
        """Named entities, noun phrases headed by a role noun ("the Russian defense ministry") and pronouns."""
        doc = self.doc
        spans = {(e.start, e.end): e for e in doc.ents if e.label_ in ENT_LABELS}
        covered = {i for e in spans.values() for i in range(e.start, e.end)}
        strings = doc.vocab.strings
        pronoun_ids = {strings.add(p) for p in PRONOUNS}
        head_ids = {strings.add(h) for h in self.kb.role_heads}
        for i, lower in enumerate(doc.to_array("LOWER").tolist()):
            if i in covered:
                continue
            if lower in pronoun_ids:
                spans[(i, i + 1)] = doc[i:i + 1]
            elif doc[i].lower_ in GROUPINGS and i > 0 and doc[i - 1].lower_ == "the" and doc[i].dep_ != "compound":
                spans[(i - 1, i + 1)] = doc[i - 1:i + 1]  # "the bloc", "the alliance"
            elif lower in head_ids:
                phrase = self._noun_phrase(doc[i])
                if phrase is not None and self._role_of(phrase) is not None:
                    spans[(phrase.start, phrase.end)] = phrase
        return [spans[k] for k in sorted(spans)]

    @staticmethod
    def _noun_phrase(head) -> Span | None:
        """The noun phrase a role noun heads, up to the noun: "the Russian defense ministry"."""
        if head.pos_ not in ("NOUN", "PROPN") or head.dep_ in ("compound", "amod"):
            return None
        start = head.i
        for child in head.lefts:
            if child.dep_ in NP_LEFT_DEPS:
                start = min(start, child.left_edge.i)
        return head.doc[start:head.i + 1]

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.doc.text  # Doc.text is rebuilt on every access
        return self._text

    def _sent_of(self, span: Span) -> int:
        if not self._sent_starts:
            self._sent_starts = [sent.start for sent in self.doc.sents]
        return max(0, bisect_right(self._sent_starts, span.start) - 1)

    def _record(self, span: Span, actor: Actor) -> None:
        gender, number = features(self, span, actor)
        root = span.root
        subject = root.dep_ in SUBJECT_DEPS or (root.dep_ in ("compound", "appos") and root.head.dep_ in SUBJECT_DEPS)
        mention = Mention(span.start_char, span.end_char, self._sent_of(span), actor, gender, number, subject,
                          span.text.lower() in PRONOUNS)
        self._mentions.append(mention)
        self._by_offsets[(span.start_char, span.end_char)] = mention
        if actor.country:
            self._codes_seen.add(actor.country)
        if (span.label_ == "PERSON" or self._titled_name(span)) and actor.name and len(actor.name.split()) > 1:
            for key in self._surname_keys(actor.name):
                self._people[key] = (actor, gender)
            given = self._given.setdefault(norm(actor.name.split()[0]), [])
            if all(a.name != actor.name for a in given):
                given.append(actor)

    def _titled_name(self, span: Span) -> bool:
        """Two or three capitalised proper nouns a title precedes or is apposed to, whatever entity the model made
        of them ("acting U.N. envoy Stephanie Koury", "Greenland's premier, Mute Egede": organisations to the
        small model)."""
        if not 2 <= len(span) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
            return False
        key = (span.start, span.end)
        if key not in self._titled:  # asked when the span is resolved and again when it is recorded
            title = self._title_outside(span)
            parsed = self.kb.parse_title(f"{title} {span.text}") if title is not None else None
            self._titled[key] = parsed is not None and parsed.office is not None and parsed.name == [
                t.text for t in span]
        return self._titled[key]

    def _surname_keys(self, name: str) -> list[str]:
        """How a bare surname of ``name`` looks: the KB's surnames for a known person, else the last word."""
        found = [i for i, _ in self.kb.candidates(name) if self.kb.raw[i]["kind"] == "person"]
        keys = [k for k, ids in self.kb.surnames_of.get(found[0], {}).items()] if found else []
        return keys or [norm(name.split()[-1])]

    def _discourse_country(self, upto: int, mentions: list[Mention],
                           skip: tuple[tuple[int, int], ...] = (), *, states: bool = False) -> str | None:
        """The country the text is about at ``upto``: this or the previous sentence (subjects first), else the
        nearest earlier subject with a country; mentions inside the ``skip`` character ranges do not count, nor
        international bodies where the role is a state's (``states``: a prime minister, a parliament, an army)."""
        earlier = [m for m in mentions[-40:] if m.end <= upto and m.actor.country
                   and not any(lo <= m.start and m.end <= hi for lo, hi in skip)
                   and not (states and m.actor.sector == "IGO")]
        if not earlier:
            return None
        span = self.doc.char_span(upto, upto + 1, alignment_mode="expand")
        sent = self._sent_of(span) if span is not None else earlier[-1].sent
        recent = [m for m in earlier if m.sent >= sent - 1]
        for pool in ([m for m in recent if m.subject], recent, [m for m in earlier[-12:] if m.subject]):
            if pool:
                return pool[-1].actor.country
        return earlier[-1].actor.country

    def _full_name_spans(self) -> dict[str, Span]:
        """Surname -> first full name anywhere in the document: a multi-word PERSON entity, else two
        capitalised proper nouns ("Christopher Garnier" the model did not label)."""
        if self._full_names is None:
            self._full_names = {}
            for ent in self.doc.ents:
                if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_alpha:
                    self._full_names.setdefault(norm(ent[-1].text), ent)
            doc = self.doc
            tags = doc.to_array("POS").tolist()
            propn = doc.vocab.strings["PROPN"]
            for i in range(1, len(tags)):
                if tags[i] == propn and tags[i - 1] == propn and (i + 1 == len(tags) or tags[i + 1] != propn):
                    first, last = doc[i - 1], doc[i]
                    if first.is_title and last.is_title and last.is_alpha and first.ent_type_ in ("", "PERSON") \
                            and last.ent_type_ in ("", "PERSON") and norm(first.text) not in self.kb.titles \
                            and not self.kb.candidates(first.text) and not self.kb.candidates(last.text):
                        self._full_names.setdefault(norm(last.text), doc[i - 1:i + 1])
        return self._full_names

    # ------------------------------------------------------------------ one span
    def _resolve(self, span: Span, mentions: list[Mention], limit: int) -> Actor:
        if not any(c.isalpha() for c in span.text):
            return _actor(span)
        low = span.text.lower().strip()
        if low in PRONOUNS:
            return self._pronoun(span, mentions, limit)
        if span[0].lower_ in POSSESSIVES and len(span) > 1:
            return self._possessed(span, mentions, limit)
        grouping = self._grouping(span, mentions, limit) or self._half(span)
        if grouping is not None:
            return grouping
        named = self._named(span)
        if named is not None:
            return named
        if len(span) > 2 and any(t.text == "," for t in span[1:-1]):
            head = self._before_comma(span, mentions, limit)
            if head is not None:
                return head
        person = self._person(span)
        if person is not None:
            return person
        body = self._body_named_before(span, mentions, limit)
        if body is not None:
            return body
        role_actor = self._role_phrase(span, mentions, limit)
        if role_actor is not None:
            tied = self._affiliated(span, mentions, limit)  # "militias backed by Iran", "forces loyal to his
            if tied is not None:  # government": the named patron, before any country from the discourse
                name = role_actor.name if role_actor.country == tied.country else None
                return _actor(span, name, tied.country, role_actor.sector)
            return role_actor
        apposed = self._appositive(span)
        if apposed is not None:
            return apposed
        tied = self._affiliated(span, mentions, limit)
        if tied is not None:
            return tied
        if span.label_ in ("GPE", "LOC", "FAC") or len(span) == 1 and (
                span.label_ == "PERSON" or span.label_ == "ORG" and span.start > 0
                and self.doc[span.start - 1].lower_ in ("in", "from", "near", "at", "outside", "around")):
            place = self._city(span)
            if place is not None:
                return place
        if len(span) == 1 and span[0].tag_ in ("NNS", "NNPS", "NN"):
            return _actor(span)  # "Schools" (closed) the model took for a person
        long_form = self._acronyms().get(span.text)
        if long_form is not None and long_form.start_char != span.start_char:
            full = self._resolve(long_form, mentions, limit)
            return _actor(span, full.name or long_form.text, full.country, full.sector)
        if span.label_ == "PERSON" or (not span.label_ and len(span) > 1 and all(t.pos_ == "PROPN" for t in span)) or (
                self._titled_name(span)):
            return self._unknown_person(span, mentions, limit)
        if span.label_ == "ORG" and any(t.pos_ == "PROPN" for t in span) and span.text[:1].isupper():
            return _actor(span, span.text, None, None)  # an organisation the KB does not know, by its name
        return _actor(span)

    def _grouping(self, span: Span, mentions: list[Mention], limit: int) -> Actor | None:
        """"the bloc", "the alliance": the latest international body named before (not the UN), so "the bloc" is
        ECOWAS in a story about ECOWAS; none named, the knowledge base's default (the EU, NATO)."""
        noun = _the_noun(span)
        if noun not in GROUPINGS:
            return None
        return self._latest_body(span, mentions, limit,
                                 lambda a: a.sector == "IGO" and a.country not in GROUPINGS[noun])

    def _half(self, span: Span) -> Actor | None:
        """"the North" and "the South" in a story that names either Korea: North and South Korea."""
        last = span[-1]
        before = span[-2] if len(span) > 1 else self.doc[span.start - 1] if span.start > 0 else None
        code = HALVES.get(last.text) if before is not None and before.lower_ == "the" else None
        if code is None or not {"PRK", "KOR"} & self._doc_codes():
            return None
        entry = self.kb.country_entry(code)
        return _actor(span, entry.name if entry else None, code, None)

    def _body_named_before(self, span: Span, mentions: list[Mention], limit: int) -> Actor | None:
        """"the agency" after "the International Atomic Energy Agency", "the court" after "the International
        Criminal Court": the latest body whose name ends in the noun, not a ministry of the discourse's country."""
        noun = _the_noun(span)
        if noun not in BODY_HEADS:
            return None
        return self._latest_body(span, mentions, limit, lambda a: a.sector in ("IGO", "JUD") and (
            a.name or "").lower().split()[-1:] == [noun])

    @staticmethod
    def _latest_body(span: Span, mentions: list[Mention], limit: int, fits) -> Actor | None:
        """The latest of the 40 mentions before ``span`` whose actor ``fits``, resolved for ``span``'s words."""
        for m in reversed(mentions[max(0, limit - 40):limit]):
            if m.end <= span.start_char and fits(m.actor):
                return _same(span, m.actor)
        return None

    def _affiliated(self, span: Span, mentions: list[Mention], limit: int) -> Actor | None:
        """"groups tied to Russian intelligence", "militias backed by Iran", "forces loyal to his government": the
        patron's country."""
        patrons = (p for acl in span.root.children if acl.dep_ == "acl" and acl.lemma_.lower() in AFFILIATIONS
                   or acl.dep_ == "amod" and acl.lower_ in LOYALTIES
                   for prep in acl.children if prep.dep_ in ("prep", "agent") and prep.lower_ in ("to", "with", "by")
                   for p in prep.children if p.dep_ == "pobj")
        for p in patrons:
            patron = self._resolve(self.doc[p.left_edge.i:p.right_edge.i + 1], mentions, limit)
            if patron.country is not None:
                return _actor(span, None, patron.country, None)
        return None

    def _city(self, span: Span) -> Actor | None:
        """A city the KB does not list: its name and country ("Surrey" the model took for a person -> CAN)."""
        text = strip_article(span.text) if span.text[:4].lower() == "the " else span.text
        code = city_country(text)
        if code is None:
            return None
        if span.label_ == "PERSON" and (norm(text) in self._people or norm(text) in self._full_name_spans()
                                        or is_first_name(text)):
            return None  # a surname that happens to be a city ("Hamilton" after "Lewis Hamilton"), a name ("Ali")
        return _actor(span, text, code, None)

    def _before_comma(self, span: Span, mentions: list[Mention], limit: int) -> Actor | None:
        """"Ned Price, State Department spokesperson": the name before the appositive, completed by it."""
        comma = next(t.i for t in span[1:-1] if t.text == ",")
        head = self._resolve(self.doc[span.start:comma], mentions, limit)
        if head.name is None and head.country is None:
            return None
        if head.country is None or head.sector is None:
            tail = self._resolve(self.doc[comma + 1:span.end], mentions, limit)
            return _actor(span, head.name, head.country or tail.country, head.sector or tail.sector)
        return _same(span, head)

    def _acronyms(self) -> dict[str, Span]:
        """Acronyms a document defines: "Immigration, Refugees and Citizenship Canada (IRCC)" -> that span."""
        if self._acronym_spans is None:
            self._acronym_spans = {}
            for match in _ACRONYM.finditer(self.text):
                acronym, words = match.group(2), match.group(1).split()
                initials = "".join(w[0] for w in words if w[:1].isupper())
                for n in range(len(words), 1, -1):  # the shortest tail whose initials spell the acronym
                    tail = words[-n:]
                    if "".join(w[0] for w in tail if w[:1].isupper()) == acronym and tail[0][:1].isupper():
                        start = match.start(1) + len(match.group(1)) - len(" ".join(tail))
                        span = self.doc.char_span(start, match.end(1), alignment_mode="expand")
                        if span is not None:
                            self._acronym_spans.setdefault(acronym, span)
                        break
                else:
                    if initials and acronym.startswith(initials[:2]):
                        span = self.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
                        if span is not None:
                            self._acronym_spans.setdefault(acronym, span)
        return self._acronym_spans

    def opens_place_name(self, words) -> bool:
        """The words are an actor's name that opens a longer place name its entry lists: "West" in "West
        Africa" or "West Bengal" is not the West."""
        words = list(words)
        found = self.kb.candidates(" ".join(t.text for t in words)) if words else []
        following = self.kb.raw[found[0][0]].get("not_before") if found else None
        last = words[-1] if words else None
        return bool(following) and last.i + 1 < len(last.doc) and last.nbor(1).text in following

    def _named(self, span: Span) -> Actor | None:
        """Countries, bodies, groups, places, capitals and seats by name (people go through ``_person``)."""
        found = self.kb.candidates(span.text)
        if not found:
            return None
        raw = self.kb.raw[found[0][0]]
        if raw.get("seat_of"):
            return self._seat(span, raw["seat_of"])
        if raw["kind"] == "person":
            return None
        entry = self.kb.lookup(span.text, on=self.published)
        if entry is None:
            return None
        if found[0][1] == "demonym" and entry.kind == "country" and span.label_ == "NORP" and span.text.endswith("s"):
            return _actor(span, entry.name, entry.country, None)  # "Russians": the people of a country
        home = self._home_state(entry.country) if raw.get("shared_name") else None
        if home is not None:
            return _actor(span, None, home, entry.sector)  # South Korea's Democratic Party
        return _from_entry(span, entry)

    def _states_named(self) -> Counter:
        """How often the document names each state (GPE and NORP entities; computed once)."""
        if self._state_counts is None:
            self._state_counts = Counter()
            for ent in self.doc.ents:
                code = self.kb.code_of(ent.text, states_only=True) if ent.label_ in ("GPE", "NORP") else None
                if self.kb.is_state(code):
                    self._state_counts[code] += 1
        return self._state_counts

    def _home_state(self, other: str | None = None) -> str | None:
        """The state a document is about: named at least three times, more often than any other state, and, when
        ``other`` is given, at least twice as often as ``other`` and not ``other`` itself."""
        ranked = self._states_named().most_common(2)
        if not ranked:
            return None
        home, n = ranked[0]
        if n < 3 or (len(ranked) > 1 and ranked[1][1] == n):
            return None
        if other is not None and (home == other or n < 2 * self._states_named()[other]):
            return None
        return home

    def _seat(self, span: Span, seat_of: list[str]) -> Actor:
        """A city that houses several bodies ("Brussels"): the one the document talks about."""
        codes = self._codes_seen | {m.actor.country for m in self._mentions or []}
        if not codes or len(codes) < 2:
            codes |= self._doc_codes()
        for entry_id in seat_of:
            entry = self.kb.entry(entry_id, self.published)
            if entry.country in codes:
                return _actor(span, entry.name, entry.country, "GOV" if entry.kind == "country" else entry.sector)
        entry = self.kb.entry(seat_of[0], self.published)
        return _from_entry(span, entry)

    def _doc_codes(self) -> set[str]:
        """Countries and bodies the document names anywhere (computed once)."""
        if self._all_codes is not None:
            return self._all_codes
        codes: set[str] = set()
        self._all_codes = codes
        for ent in self.doc.ents:
            if ent.label_ in ("ORG", "GPE", "NORP"):
                found = self.kb.candidates(ent.text)
                if found:
                    code = self.kb.raw[found[0][0]].get("country")
                    if code:
                        codes.add(code)
        return codes

    def _pronoun(self, span: Span, mentions: list[Mention], limit: int) -> Actor:
        token = span[0]
        if token.lower_ == "it" and token.head.lemma_ in EXPLETIVE_HEADS and not any(
                c.dep_ == "acomp" and c.lower_ in AGENTIVE_ADJECTIVES for c in token.head.children):
            return _actor(span)
        found = antecedent(self, span, mentions[:limit])
        return _same(span, found.actor) if found is not None else _actor(span)

    def _possessed(self, span: Span, mentions: list[Mention], limit: int) -> Actor:
        """"his administration", "its forces": the owner's country, the role's sector."""
        owner = self._pronoun(span[:1], mentions, limit)
        role = self._role_of(span[1:])
        if role is None or owner.country is None:
            return _actor(span)
        return self._role_actor(span, role, owner.country)

    def _role_of(self, span: Span) -> Role | None:
        """The role noun that ends ``span`` ("the Russian defense ministry" -> defence ministry)."""
        words = strip_article(norm(span.text)).split()
        for i in range(len(words)):
            role = self.kb.roles.get(" ".join(words[i:]))
            if role is not None:
                return role
        return None

    def _role_phrase(self, span: Span, mentions: list[Mention], limit: int) -> Actor | None:
        """"the Russian defense ministry", "the country's foreign minister", "the foreign minister of Iran"."""
        text = strip_article(norm(span.text))
        for joint in (" of ", " in ", " from "):
            if joint not in text:
                continue
            head, _, tail = text.partition(joint)
            role = self._role_in(head)
            tail_text = span.text[span.text.lower().index(joint) + len(joint):]
            code = self._place_code(tail_text) if role is not None else None
            if code is not None:
                return self._role_actor(span, role, code, holder=joint == " of ")
        tokens = [t for t in span if not (t.i == span.start and t.lower_ in ("the", "a", "an"))]
        words = [norm(t.text) for t in tokens]
        for i in range(len(words)):
            role = self.kb.roles.get(" ".join(words[i:]))
            if role is None:
                continue
            if any(t.lower_ in self.kb.ethnic_words for t in tokens[:i]):
                return _actor(span, None, None, role.sector)  # "ethnic Albanians" are not Albania's
            holder = not any(t.lower_ in self.kb.no_holder_words for t in tokens[:i])
            modifiers = [t for t in tokens[:i] if norm(t.text) not in SKIP_MODIFIERS and not t.text[:1].isdigit()
                         and t.lower_ not in self.kb.no_holder_words]
            sector = role.sector
            for t in modifiers:
                sector = self.kb.sector_modifiers.get(t.lower_, sector) if role.kind != "person" or \
                    t.lower_ in ("rebel", "opposition", "separatist", "militant") else sector
            modifiers = [t for t in modifiers if t.lower_ not in self.kb.sector_modifiers]
            if not modifiers:  # "Russia's defence ministry" mentioned as "defence ministry": the owner outside
                modifiers = [c for c in span.root.children if c.dep_ == "poss" and c.i < span.start]
            country, known = self._modifier_country(modifiers, span, mentions, limit)
            if not known:
                return _actor(span, None, None, sector)
            if isinstance(country, Actor):  # an organisation or group: "Hamas fighters", "Biden administration"
                return _actor(span, country.name, country.country, country.sector or sector)
            if country is None:
                country = role.country or self._default_country(role, span, mentions, limit)
            if sector != role.sector:
                role = Role(role.key, sector, None, role.kind, role.country, role.prefer)
            return self._role_actor(span, role, country, holder=holder)
        return None

    def _role_in(self, text: str) -> Role | None:
        """The role noun ending ``text`` (normalised words), skipping quantifiers: "some rebels" -> rebels."""
        words = [w for w in strip_article(text).split() if w not in SKIP_MODIFIERS]
        for i in range(len(words)):
            role = self.kb.roles.get(" ".join(words[i:]))
            if role is not None:
                return role if i == 0 or all(w in self.kb.sector_modifiers for w in words[:i]) else None
        return None

    def _place_code(self, text: str) -> str | None:
        """The country of "Liberia", "the Ivory Coast", "southern Serbia", "Darfur"."""
        words = text.split()
        while words and words[0].lower() in ("the", "southern", "northern", "eastern", "western", "central",
                                             "south", "north", "east", "west", "occupied", "neighbouring"):
            words = words[1:]
        for n in range(len(words), 0, -1):
            code = self.kb.code_of(" ".join(words[:n]), states_only=True)
            if code is not None:
                return code
        return None

    def _modifier_country(self, tokens: list, span: Span, mentions: list[Mention],
                          limit: int) -> tuple[str | Actor | None, bool]:
        """(country, True) from modifiers like "Russian", "Russia's", "the country's"; (None, False) if unknown.

        An organisation or group modifier gives its own actor ("Hamas fighters"); a person gives
        their government ("the Biden administration" -> USA).
        """
        if not tokens:
            return None, True
        tokens = tokens[-8:]  # the words next to the head decide; all sub-phrases of a huge span are quadratic
        words = [t.text for t in tokens]
        gaps = [t.whitespace_ for t in tokens]  # "Guinea-Bissau" is one name, not "Guinea - Bissau"
        if tokens[-1].text in ("'s", "’s") and len(tokens) > 1:
            words, gaps = words[:-2] + [words[-2] + "'s"], gaps[:-2] + [""]
        if norm(" ".join(words)) in DISCOURSE_WORDS:
            return self._discourse_country(span.start_char, mentions[:limit]), True
        if _ALIGNED.search(self.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]):
            return None, False  # "pro-Russian separatists" are not Russia's
        for n in range(len(words), 0, -1):
            for start in range(0, len(words) - n + 1):
                phrase = "".join(w + (g if i < n - 1 else "") for i, (w, g)
                                 in enumerate(zip(words[start:start + n], gaps[start:start + n])))
                found = self.kb.candidates(phrase)
                raw = self.kb.raw[found[0][0]] if found else None
                if raw is not None and self.opens_place_name(tokens[start:start + n]):
                    continue  # "West Africans", "the West Bank": not the West
                if raw is not None and raw["kind"] in ("org", "group") and raw.get("sector") not in (None, "IGO"):
                    entry = self.kb.entry(found[0][0], self.published)
                    return Actor(span.text, span.start_char, span.end_char, entry.name, entry.country,
                                 entry.sector), True
                code = self.kb.code_of(phrase)
                if code is not None:
                    return code, True
                key = norm(phrase).removesuffix("'s")
                person = self._people.get(key) or self._kb_person(key)
                if person is not None and person[0].country:
                    return person[0].country, True
        unknown_name = any((t.pos_ == "PROPN" or (t.text[:1].isupper() and not t.is_sent_start))
                           and t.lower_ not in self.kb.role_words for t in tokens)  # not "Foreign [ministry]"
        return None, not unknown_name

    def _kb_person(self, name: str) -> tuple[Actor, str | None] | None:
        entry = self.kb.person_by_name(name, on=self.published)
        if entry is None:
            return None
        return Actor(name, 0, 0, entry.name, entry.country, entry.sector), self.kb.gender.get(entry.id)

    def _default_country(self, role: Role, span: Span, mentions: list[Mention], limit: int) -> str | None:
        if role.prefer:
            return role.prefer if role.prefer in self._codes_seen or role.prefer in self._doc_codes() else None
        if role.sector == "COP" and role.kind == "people":
            return self._same_force(span, mentions[:limit])  # bare "officers" after "Mozambican police"
        if role.sector == "OPP":
            return self._home_state()  # "the opposition" in a story about Venezuela
        if role.sector in ("REB", "CVL", "BUS", "NGO", "MED"):  # (an interior minister or ministry is the state's)
            return None  # who protests, rebels or trades is not implied by the discourse
        if role.kind == "people" and role.sector != "MIL":
            return None  # bare "officials", "lawmakers": any side's; "troops" are the discourse country's
        fronted = self._fronted_capital(span) if role.sector in STATE_SECTORS else None
        if fronted is not None:  # "In Beijing, foreign ministry spokesman Guo Jiakun said"
            return fronted
        return self._discourse_country(span.start_char, mentions[:limit], self._governing_subjects(span),
                                       states=role.sector in STATE_SECTORS
                                       and role.key.split()[-1] not in SHARED_TITLES)

    def _same_force(self, span: Span, mentions: list[Mention]) -> str | None:
        """Bare "police", "officers", "security forces": the force the text last placed ("Mozambican police fired
        ... Witnesses said officers shot at crowds"), when it is one country's; else no one's (an interior
        ministry is not its police)."""
        placed = [m for m in mentions[-40:] if m.end <= span.start_char and m.actor.sector == "COP"
                  and self._head_role_kind(m.actor.text) == "people" and self.kb.is_state(m.actor.country)]
        if not placed or len({m.actor.country for m in placed}) > 1:
            return None
        return placed[-1].actor.country

    def _head_role_kind(self, text: str) -> str | None:
        """The kind of the role noun that heads a mention ("Zambian riot police" -> people)."""
        words = norm(text).split()
        return next((self.kb.roles[k].kind for k in (" ".join(words[i:]) for i in range(len(words)))
                     if k in self.kb.roles), None)

    def _fronted_capital(self, span: Span) -> str | None:
        """The country of a capital named in the "In X," that opens the sentence before ``span``."""
        sent = span.sent
        first = sent[0] if sent[0].lower_ != '"' else sent[1]
        if first.lower_ != "in" or first.i >= span.start:
            return None
        comma = next((t.i for t in sent if t.i > first.i and t.text == "," and t.i < span.start), None)
        if comma is None or comma - first.i > 4:
            return None
        place = self.doc[first.i + 1:comma]
        found = self.kb.candidates(place.text)
        if not found or found[0][1] != "capital":
            return None
        return self.kb.raw[found[0][0]].get("country")

    def _governing_subjects(self, span: Span) -> tuple[tuple[int, int], ...]:
        """Character ranges of the subjects of the clauses that hold ``span`` as object or complement ("Moscow
        shipped artillery to the army", "Chisinau demanded that the soldiers leave", "a Chinese vessel rammed
        the coast guard ship"): those soldiers are not the subject's own. A coordinated clause is a new one
        ("... and the soldiers fired"), and a reported one is the speaker's ("said the units were returning")."""
        verbs, tok = set(), span.root
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in MOVING:
            return ()  # "sending warships", "pulled its troops back": what the subject moves is its own
        for _ in range(8):
            if tok.dep_ == "conj" or tok.head.i == tok.i or (
                    tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in REPORTING):
                break  # (the ministry "said the units were returning": its own, reported)
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                verbs.add(tok.i)
        return tuple((c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for v in verbs
                     for c in self.doc[v].children if c.dep_ in ("nsubj", "nsubjpass", "csubj"))

    def _role_actor(self, span: Span, role: Role, country: str | None, *, holder: bool = True) -> Actor:
        if role.office and country and holder:
            holder = self._office_holder(span, country, role.office)
            if holder is not None:
                return holder
        owner = self.kb.country_entry(country) if country else None
        name = owner.name if owner is not None and role.kind != "person" else None  # "the mayor": someone unnamed
        return _actor(span, name, country, self._body_sector(country, role.sector))

    def _body_sector(self, country: str | None, sector: str | None) -> str | None:
        """Officials of an international body are IGO, not GOV ("UN officials", "NATO Secretary General X")."""
        if sector == "GOV" and country:
            owner = self.kb.country_entry(country)
            if owner is not None and owner.kind == "org" and owner.sector == "IGO":
                return "IGO"
        return sector

    def _with_head(self, span: Span, head: str) -> Actor:
        """A conjunct that shares the head noun of the last one ("Russian [troops] and Belarusian troops")."""
        role = self.kb.role(head)
        code = self.kb.code_of(span.text)
        if role is None or code is None:
            return self.resolve(span)
        return self._role_actor(span, role, code)

    def _appositive(self, span: Span) -> Actor | None:
        """"Maxar Technologies, a commercial satellite imaging company" -> BUS."""
        if span.label_ not in ("ORG", "PERSON", "FAC", "PRODUCT", "GPE", "WORK_OF_ART"):
            return None
        match = _APPOSITIVE.match(self.text[span.end_char:span.end_char + 120])
        if match is None:
            return None
        sector = _APPOSITIVE_SECTOR.get(match.group(1).lower(), "BUS")
        if sector is None:
            return None
        return _actor(span, span.text, None, sector)
