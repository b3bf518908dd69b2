"""People in a document: names known to the knowledge base, surnames, titles, and persons the KB does not know.

A mixin of ``resolver.MentionResolver`` (it needs the resolver's ``kb``, ``published``, ``_people`` and its
role-phrase and discourse helpers); the small constructors of resolved actors live here too.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from ..records import Actor
from .discourse import Mention
from .kb import KBEntry
from .text import norm

NAME_PARTICLES = {"al", "bin", "ibn", "de", "da", "del", "von", "van", "der", "den", "le", "la", "du", "dos", "el",
                  "abu"}
# a cabinet title naming no country is read as the role noun alone would be
CABINET_TITLES = frozenset("minister secretary spokesman spokeswoman spokesperson".split())


def _actor(span: Span, name: str | None = None, country: str | None = None, sector: str | None = None) -> Actor:
    return Actor(span.text, span.start_char, span.end_char, name, country, sector)


def _from_entry(span: Span, entry: KBEntry | None) -> Actor:
    if entry is None:
        return _actor(span)
    return _actor(span, entry.name, entry.country, entry.sector)


def _same(span: Span, actor: Actor) -> Actor:
    """``actor``'s resolution for the words of ``span``."""
    return _actor(span, actor.name, actor.country, actor.sector)


class People:
    """Person resolution for ``MentionResolver``."""

    def _person(self, span: Span) -> Actor | None:
        """Full names, title + name, surnames (earlier in the document, else unique office holder)."""
        parsed = self.kb.parse_title(span.text)
        country, office, name_words = parsed.country, parsed.office, parsed.name
        if not name_words:
            entry = self.kb.lookup(span.text, on=self.published)
            if entry is not None and entry.kind == "person" and (
                    parsed.country is not None or entry.country in self._doc_codes()):
                return _from_entry(span, entry)  # a title alone names the holder the document is about
            if office and not self._role_of(span):
                return self._office_holder(span, country, office)
            return None
        if name_words[-1].endswith(("'s", "’s")):
            name_words = name_words[:-1] + [name_words[-1][:-2]]
        if not all(w[:1].isupper() or w[:1] in "'’" or w.lower() in NAME_PARTICLES for w in name_words):
            return None
        if any(norm(w) in self.kb.roles for w in name_words) or span[-1].tag_ in ("NNS", "NNPS"):
            return None  # "Constitutional Court", "Vice Foreign Minister", "Kurds": not a person's name
        found = self._known_person(span, " ".join(name_words), office or None)
        if found is None and (office is not None or country is not None) and span.label_ != "NORP":
            sector = None if parsed.former else self._body_sector(country, self._title_sector(office))
            found = _actor(span, " ".join(name_words), country, sector)
        if found is not None and parsed.former:
            found = _actor(span, found.name, found.country, None)
        return found

    def _known_person(self, span: Span, name: str, role: str | None) -> Actor | None:
        """A person by full name (KB), by surname (earlier full name in the document, else the KB)."""
        day = self.published
        if " " in name:
            entry = self.kb.person_by_name(name, on=day, role=role)
            return _from_entry(span, entry) if entry is not None else None
        known = self._people.get(norm(name))
        if known is not None:
            return _same(span, known[0])
        if norm(name) in self._full_name_spans() and (span.label_ == "PERSON" or span.root.pos_ == "PROPN"):
            full = self._full_name_spans()[norm(name)]
            if full.start_char != span.start_char:
                resolved = self._person(full) or self._unknown_person(full)
                return _same(span, resolved)
        lone_name = span.label_ == "ORG" and len(span) == 1 and span.text[:1].isupper()  # "Trump warned", tagged ORG
        entry = self._surname_in_kb(name, day, role, exact=span.label_ == "PERSON" or role is not None or lone_name)
        if entry is not None:
            return _from_entry(span, entry)
        given = self._given.get(norm(name), [])
        if len(given) == 1 and span.label_ == "PERSON":  # "Anwar", "Getachew": named by the first name, as
            return _same(span, given[0])  # Malay, Ethiopian or Thai usage has it, when only one person fits
        return None

    def _office_holder(self, span: Span, country: str | None, office: str) -> Actor | None:
        if office in ("leader", "chief", "head", "boss") and country:
            office = self.kb.leader_office(country)
        holder = self.kb.holder(country, office, self.published) if office else None
        if holder is None and country is None and office:  # "the secretary-general" in a UN story: the
            held = {self.kb.holder(code, office, self.published) for code in self._doc_codes()} - {None}
            holder = held.pop() if len(held) == 1 else None  # holder at the one body the document names with it
        if holder is not None and country is None and holder.country not in self._doc_codes():
            return None  # "junta spokesman" in a Niger report is not Myanmar's, the one the KB knows
        return _from_entry(span, holder) if holder is not None else None

    def _surname_in_kb(self, surname: str, day: dt.date | None, role: str | None, exact: bool) -> KBEntry | None:
        """A bare surname from the KB: a name or alias ("Putin"), or the one bearer in office on the day."""
        found = [i for i, _ in self.kb.candidates(surname) if self.kb.raw[i]["kind"] == "person"]
        if found:
            return self.kb.entry(found[0], day)
        if not exact:
            return None
        ids = self.kb.surnames.get(norm(surname), [])
        if day is not None:
            ids = [i for i in ids if self.kb.term_of(i, day) is not None]
        if len(ids) > 1 and role:
            ids = self.kb._narrow(ids, day, role)
        if len(ids) != 1:
            return None
        return self.kb.entry(ids[0], day)

    def _unknown_person(self, span: Span, mentions: list[Mention] | None = None, limit: int = 0) -> Actor:
        """A person the KB does not know: the name as written, the country and sector its title or appositive give;
        a cabinet title that names no country ("Interior Minister Mari Rantanen", "the country's interior
        minister, Ivo Markovic") is read as the role noun alone would be, from its owner or the discourse."""
        country, office, name_words = self.kb.parse(span.text)
        name = " ".join(name_words) if name_words else span.text
        lead = span.root.left_edge.i
        title = self._title_outside(span) if not (country or office) else None
        if title is not None:
            titled = self.kb.parse(f"{title} {span.text}")
            if titled[2] == name_words:
                country, office = titled[0], titled[1]
        sector = self._title_sector(office)
        described = self._described(span)
        if described is not None:
            country = country or described.country
            sector = sector or described.sector
        if country is None and mentions is not None:
            role = self._title_role(span, lead, mentions, limit)
            if role is not None:
                country, sector = role.country, sector or role.sector
        return _actor(span, name, country, sector)

    def _title_outside(self, span: Span) -> str | None:
        """The words that may title a name from outside it: before it in its phrase ("Algerian Foreign Minister
        [Ahmed Attaf]", "acting U.N. envoy [Stephanie Koury]") or the short phrase it is apposed to
        ("Greenland's premier, [Mute Egede]")."""
        lead, head = span.root.left_edge.i, span.root.head
        if lead < span.start and span.end - lead <= 10:
            return self.doc[lead:span.start].text
        if span.root.dep_ == "appos" and head.i < span.start and head.i - head.left_edge.i < 6:
            return self.doc[head.left_edge.i:head.i + 1].text
        return None

    def _title_role(self, span: Span, lead: int, mentions: list[Mention], limit: int) -> Actor | None:
        """The role noun phrase that titles a name, resolved: the words before it in its phrase, or the phrase
        it is apposed to ("the country's interior minister, Ivo Markovic")."""
        phrases = [self.doc[lead:span.start]] if lead < span.start else []
        head = span.root.head
        if span.root.dep_ == "appos" and head.i < span.start:
            end = span.start
            while end > head.left_edge.i and self.doc[end - 1].is_punct:
                end -= 1
            phrases.append(self.doc[head.left_edge.i:end])
        for phrase in phrases:  # a cabinet title only: "Government negotiator X", "Army chief Y" may serve anyone
            if 0 < len(phrase) <= 8 and phrase[-1].lower_ in CABINET_TITLES:
                found = self._role_phrase(phrase, mentions, limit)
                if found is not None and found.country:
                    return found
        return None

    def _described(self, span: Span) -> Actor | None:
        """The role an appositive gives a name: "X, a Ukrainian lawmaker," -> UKR LEG."""
        for child in span.root.children:
            if child.dep_ != "appos" or child.i < span.end:
                continue
            desc = self.doc[child.left_edge.i:child.right_edge.i + 1]
            if len(desc) > 14:
                continue
            actor = self._role_phrase(desc, self._mentions or [], len(self._mentions or []))
            if actor is not None and actor.sector:
                return actor
        return None

    def _title_sector(self, office: str | None) -> str | None:
        """The sector an office or title implies: president -> GOV, general -> MIL, senator -> LEG."""
        if not office:
            return None
        role = self.kb.roles.get(office)
        if role is not None:
            return role.sector
        words = office.split()
        if any(w in ("minister", "president", "secretary", "chancellor", "premier") for w in words):
            return "GOV"
        return None
