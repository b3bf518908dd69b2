"""The actor knowledge base: countries, bodies, office holders, armed groups and role nouns.

Data are JSON files in ``data/`` (format in ``README.md``); a user file in the same format adds
or overrides entries by ``id``.  Every lookup is a dictionary access on a normalised key.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .. import settings
from ..errors import E, BrinkwatchError
from .text import ACRONYM_MAX, is_acronym, norm, strip_article

DATA_DIR = Path(__file__).parent / "data"
DATA_FILES = ("countries.json", "bodies.json", "groups.json", "people.json", "places.json")
ROLES_FILE = "roles.json"
KINDS = ("country", "person", "org", "group", "place")
LEADER_WORDS = {"leader", "chief", "head", "boss"}
OFFICE_SECTORS = {"GOV", "LEG", "MIL", "IGO", "JUD", "SPY", "COP"}  # sectors a person has only while in office


@dataclass(frozen=True, slots=True)
class KBEntry:
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    office: str | None = None


@dataclass(frozen=True, slots=True)
class Term:
    """One office held by a person (or the seat of an office) from ``start`` to ``end`` (exclusive)."""

    person: str
    office: str
    role: str
    country: str | None
    sector: str | None
    start: dt.date | None
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun ("defence ministry", "separatists") with the sector it implies."""

    key: str
    sector: str | None
    office: str | None  # canonical office key when the noun names a single office ("foreign minister")
    kind: str           # "person" (one holder), "body" (an institution) or "people" (plural group)
    country: str | None = None  # fixed country for nouns that imply one ("State Duma" -> RUS)
    prefer: str | None = None   # the country meant when the document mentions it ("the Senate" -> USA)


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"{where}: date must be a YYYY-MM-DD string")
    if len(value) == 4:
        value += "-01-01"
    elif len(value) == 7:
        value += "-01"
    return dt.date.fromisoformat(value)


def _strings(raw: dict[str, Any], key: str, where: str) -> list[str]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{where}: {key!r} must be a list of non-empty strings")
    return value


def _validate(raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: an entry must be a JSON object")
    for key in ("id", "name", "kind"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise ValueError(f"{where}: missing or empty {key!r}")
    if raw["kind"] not in KINDS:
        raise ValueError(f"{where}: kind {raw['kind']!r} is not one of {', '.join(KINDS)}")
    for key in ("country", "sector", "office", "gender"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise ValueError(f"{where}: {key!r} must be a string or null")
    for key in ("aliases", "demonyms", "capitals", "seats", "surnames", "titles"):
        _strings(raw, key, where)
    terms = raw.get("terms", [])
    if not isinstance(terms, list) or not all(isinstance(t, dict) and isinstance(t.get("office"), str)
                                              for t in terms):
        raise ValueError(f"{where}: 'terms' must be a list of objects with an 'office'")
    for term in terms:
        _date(term.get("start"), where), _date(term.get("end"), where)
    return raw


def _read_entries(path: Path) -> tuple[str | None, list[dict[str, Any]]]:
    """Entries of one KB file; ValueError/OSError on a bad file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, list):
        data = {"entries": data}
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ValueError("expected a JSON object with an 'entries' list")
    entries = [_validate(e, f"entry {i + 1}") for i, e in enumerate(data["entries"])]
    version = data.get("version")
    return (str(version) if version is not None else None), entries


_OFFICE_WORDS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "defense": "defence",
                 "secretary-general": "secretary general", "vice-president": "vice president"}


_PARTICLES = {"le", "la", "de", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn", "dos", "das", "abu"}
_SUFFIXES = {"jr.", "jr", "sr.", "ii", "iii", "iv", "xiv"}


def _surnames(name: str) -> list[str]:
    """Surname keys of a full name: "Jean-Yves Le Drian" -> ["Le Drian", "Drian"]; "al-Assad" also gives "Assad"."""
    words = [w for w in name.split() if norm(w) not in _SUFFIXES]
    if len(words) < 2:
        return []
    last = words[-1]
    out = [last]
    if len(words) > 2 and norm(words[-2]) in _PARTICLES:
        out.insert(0, f"{words[-2]} {last}")
    if len(words) > 3 and norm(words[-3]) in {"von", "van"}:
        out.insert(0, " ".join(words[-3:]))
    for prefix in ("al-", "el-", "Al-", "El-"):
        if last.startswith(prefix):
            out.append(last[len(prefix):])
    return out


def _office_key(office: str, aliases: dict[str, str]) -> str:
    """Canonical office key: "Defense Ministry spokeswoman" -> "defence ministry spokesperson"."""
    key = " ".join(_OFFICE_WORDS.get(w, w) for w in norm(office).split())
    return aliases.get(key, key)


@dataclass(frozen=True, slots=True)
class Parsed:
    """A mention split into its parts: "Lebanon's new President Elias Hrawi"."""

    country: str | None
    office: str | None  # canonical office key ("" for a courtesy title such as "Mr.")
    name: list[str]  # the name words as written
    former: bool  # "former", "ousted", "late": no longer in office
    title: str | None  # the title words as written, lower-cased


RANK_WORDS = frozenset("deputy vice assistant junior under associate shadow first second co ex former".split())  # another office
RANKS = frozenset("colonel col general gen lieutenant lt major maj captain capt admiral adm brigadier marshal sergeant "
                  "sgt lieutenant-colonel lieutenant-general major-general brigadier-general lt-col lt-gen maj-gen "
                  "field-marshal commodore".split())


class ActorKB:
    """Name, alias, demonym, capital and office indexes over the actor entries."""

    version: str

    def __init__(self, entries: Iterable[dict[str, Any]], roles: dict[str, Any], version: str) -> None:
        self.version = version
        self.raw: dict[str, dict[str, Any]] = {}
        for raw in entries:
            self.raw[raw["id"]] = raw  # later entries (user file) override earlier ones
        self.office_aliases: dict[str, str] = {norm(k): norm(v) for k, v in roles.get("office_aliases", {}).items()}
        self.titles: dict[str, str] = {}  # title word(s) before a name -> office key
        for title, office in roles.get("titles", {}).items():
            self.titles[norm(title)] = _office_key(office, self.office_aliases) if office else ""
        self.roles: dict[str, Role] = {}
        for key, spec in roles.get("roles", {}).items():
            office = spec.get("office")
            self.roles[norm(key)] = Role(norm(key), spec.get("sector"),
                                         _office_key(office, self.office_aliases) if office else None,
                                         spec.get("kind", "body"), spec.get("country"), spec.get("prefer"))
        self.role_heads: frozenset[str] = frozenset(key.split()[-1] for key in self.roles)
        self.role_words: frozenset[str] = frozenset(w for key in self.roles for w in key.split())  # title words
        self.leader_offices: dict[str, str] = dict(roles.get("leader_offices", {}))
        self.parliamentary: set[str] = set(roles.get("parliamentary", []))
        self.sector_modifiers: dict[str, str] = dict(roles.get("sector_modifiers", {}))
        self.former_words: set[str] = set(roles.get("former_words", []))
        self.skip_words: set[str] = set(roles.get("skip_words", []))
        self.no_holder_words: set[str] = set(roles.get("no_holder_words", []))
        self.ethnic_words: set[str] = set(roles.get("ethnic_words", []))
        self._build()

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, extra: str | Path | None = None) -> "ActorKB":
        entries: list[dict[str, Any]] = []
        version = "0"
        for name in DATA_FILES:
            path = DATA_DIR / name
            if not path.exists():
                continue
            file_version, file_entries = _read_entries(path)
            version = max(version, file_version or "0")
            entries.extend(file_entries)
        roles = json.loads((DATA_DIR / ROLES_FILE).read_text(encoding="utf-8"))
        version = roles.get("version", version)
        if extra is not None:
            path = Path(extra)
            try:
                user_version, user_entries = _read_entries(path)
            except FileNotFoundError:
                raise BrinkwatchError(E.BAD_ACTORS_FILE, path=path, reason="no such file") from None
            except (OSError, ValueError, UnicodeDecodeError) as exc:
                raise BrinkwatchError(E.BAD_ACTORS_FILE, path=path, reason=exc) from None
            entries.extend(user_entries)
            version = f"{version}+{user_version or path.stem}"
        return cls(entries, roles, version)

    def _add(self, text: str, entry_id: str, how: str) -> None:
        text = text.strip()
        if not text:
            return
        if is_acronym(text) and len(text) <= ACRONYM_MAX:
            self.exact.setdefault(text, []).append((entry_id, how))
            return
        key = strip_article(norm(text))
        bucket = self.names.setdefault(key, [])
        if (entry_id, how) not in bucket:
            bucket.append((entry_id, how))

    def _build(self) -> None:
        self.names: dict[str, list[tuple[str, str]]] = {}  # normalised text -> [(id, how)]
        self.exact: dict[str, list[tuple[str, str]]] = {}  # case-sensitive short acronyms ("US", "IS")
        self.surnames: dict[str, list[str]] = {}  # person surname -> ids
        self.surnames_of: dict[str, dict[str, bool]] = {}  # person id -> its surname keys
        self.terms: dict[str, list[Term]] = {}  # person id -> terms
        self.offices: dict[tuple[str | None, str], list[Term]] = {}  # (country, office key) -> terms
        self.by_country: dict[str, str] = {}  # alpha-3 (or body code) -> id of the country/body entry
        self.gender: dict[str, str] = {}
        self.offices_any: dict[str, list[Term]] = {}  # office key -> terms in every country
        for entry_id, raw in self.raw.items():
            self._index(entry_id, raw)
        self.roles_in_use: set[str] = set()
        for (_country, role), terms in self.offices.items():
            terms.sort(key=lambda t: t.start or dt.date.min)
            self.roles_in_use.add(role)
            self.offices_any.setdefault(role, []).extend(terms)

    def _index(self, entry_id: str, raw: dict[str, Any]) -> None:
        kind = raw["kind"]
        self._add(raw["name"], entry_id, "name")
        for alias in raw.get("aliases", []):
            self._add(alias, entry_id, "name")
        for demonym in raw.get("demonyms", []):
            self._add(demonym, entry_id, "demonym")
        for capital in raw.get("capitals", []):
            self._add(capital, entry_id, "capital")
        for seat in raw.get("seats", []):
            self._add(seat, entry_id, "seat")
        if kind in ("country", "org", "group") and raw.get("country") and raw.get("sector") in (None, "IGO"):
            self.by_country.setdefault(raw["country"], entry_id)
        if kind != "person":
            return
        if raw.get("gender"):
            self.gender[entry_id] = raw["gender"]
        for surname in raw.get("surnames") or _surnames(raw["name"]):
            bucket = self.surnames.setdefault(norm(surname), [])
            if entry_id not in bucket:
                bucket.append(entry_id)
            self.surnames_of.setdefault(entry_id, {})[norm(surname)] = True
        terms = []
        for t in raw.get("terms", []):
            office = t["office"]
            term = Term(entry_id, office, _office_key(t.get("role") or office, self.office_aliases),
                        t.get("country", raw.get("country")), t.get("sector", raw.get("sector")),
                        _date(t.get("start"), entry_id), _date(t.get("end"), entry_id))
            terms.append(term)
            self.offices.setdefault((term.country, term.role), []).append(term)
        terms.sort(key=lambda t: t.start or dt.date.min)
        self.terms[entry_id] = terms

    # ------------------------------------------------------------------ entries
    def entry(self, entry_id: str, on: dt.date | None = None) -> KBEntry:
        """The entry ``entry_id`` as of ``on`` (office holders get the office they held that day)."""
        raw = self.raw[entry_id]
        base = KBEntry(entry_id, raw["name"], raw["kind"], raw.get("country"), raw.get("sector"), raw.get("office"))
        term = self.term_of(entry_id, on)
        if term is None:
            if on is not None and self.terms.get(entry_id) and base.sector in OFFICE_SECTORS:
                return replace(base, sector=None)  # out of office that day: Biden in 2019
            return base
        return replace(base, country=term.country, sector=term.sector, office=term.office)

    def term_of(self, person_id: str, on: dt.date | None, role: str | None = None) -> Term | None:
        """The term of ``person_id`` on ``on``; without a date, the latest (matching ``role`` if given)."""
        terms = self.terms.get(person_id, [])
        if not terms:
            return None
        if on is not None:
            current = [t for t in terms if t.covers(on)]
            if role:
                matching = [t for t in current if t.role == role]
                current = matching or current
            return current[-1] if current else None
        if role:
            matching = [t for t in terms if t.role == role]
            if matching:
                return matching[-1]
        return terms[-1]

    def holder(self, country: str | None, office: str, on: dt.date | None) -> KBEntry | None:
        """Who held ``office`` for ``country`` (any country if None) on ``on`` (current holder without a date)."""
        key = _office_key(office, self.office_aliases)
        terms = self.offices.get((country, key), []) if country else self.offices_any.get(key, [])
        if on is not None:
            terms = [t for t in terms if t.covers(on)]
        else:
            terms = [t for t in terms if t.end is None] or terms[-1:]
        if len(terms) != 1:
            return None
        return self.entry(terms[0].person, on)

    def country_entry(self, code: str | None) -> KBEntry | None:
        entry_id = self.by_country.get(code or "")
        return self.entry(entry_id) if entry_id else None

    def is_state(self, code: str | None) -> bool:
        """The code is a state's (a country entry), not an international body's or a group's."""
        entry = self.country_entry(code)
        return entry is not None and entry.kind == "country"

    # ------------------------------------------------------------------ lookups
    def candidates(self, text: str) -> list[tuple[str, str]]:
        """[(id, how)] for ``text`` as a name, alias, demonym, capital or seat (no titles)."""
        text = text.strip()
        found = self.exact.get(text)
        if found:
            return found
        key = strip_article(norm(text))
        found = self.names.get(key)
        if found:
            return found
        if key.endswith("'s"):
            stem = text.strip()[:-2]
            return self.exact.get(stem) or self.names.get(key[:-2], [])
        return []

    def lookup(self, text: str, *, on: dt.date | None = None) -> KBEntry | None:
        """Resolve a name, alias, demonym, capital, seat, title + name, or [country] office ("German chancellor")."""
        found = self.candidates(text)
        if found:
            return self._pick(found, on)
        key = strip_article(norm(text))
        holder = self.holder(None, key, on)
        if holder is not None:
            return holder
        country, office, name = self.parse(text)
        if name:
            return self.person_by_name(" ".join(name), on=on, role=office or None)
        if office in LEADER_WORDS and country:
            office = self.leader_office(country)
        if office:
            return self.holder(country, office, on)
        return None

    def leader_office(self, country: str) -> str:
        """The office meant by "the Russian leader", "the German leader", "the NATO chief"."""
        if country in self.leader_offices:
            return self.leader_offices[country]
        return "prime minister" if country in self.parliamentary else "president"

    def parse(self, text: str) -> tuple[str | None, str | None, list[str]]:
        """(country, office key, name words) of "Russian President Vladimir Putin" or "the UN chief"."""
        parsed = self.parse_title(text)
        return parsed.country, parsed.office, parsed.name

    def parse_title(self, text: str) -> "Parsed":
        """[article] [country] [adjectives] [title or office] [name]: "Lebanon's new President Elias Hrawi"."""
        words = text.split()
        if words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        start, former = self._past_skip_words(words, 0, keep=2)  # "acting U.N. envoy X"
        words = words[start:]
        country, start = None, 0
        for n in (4, 3, 2, 1):
            if len(words) <= n:
                continue
            code = self.code_of(" ".join(words[:n]), states_only=True)
            if code is not None:
                country, start = code, n
                break
        start, former_too = self._past_skip_words(words, start, keep=1)
        former = former or former_too
        office, used = None, 0
        for portfolio in range(3):  # lower-case portfolio words before a title: "enlargement commissioner X"
            skipped = words[start + portfolio - 1] if portfolio else ""
            if start + portfolio >= len(words) or portfolio and (
                    not skipped[:1].islower() or norm(skipped) in RANK_WORDS):
                break  # (a "deputy foreign minister" is not the foreign minister)
            office, used = self._title_at([norm(w) for w in words[start + portfolio:]])
            if office is not None:
                start += portfolio
                break
        title = " ".join(norm(w) for w in words[start:start + used]) if used else None
        name = words[start + used:]
        while len(name) > 1 and norm(name[0]).rstrip(".") in RANKS:  # "spokesman Colonel Amadou Abdramane"
            name = name[1:]
        return Parsed(country, office, name, former, title)

    def _past_skip_words(self, words: list[str], start: int, keep: int) -> tuple[int, bool]:
        """The index after the skip words ("new", "acting") and former words ("ex-") from ``start``, leaving at
        least ``keep`` words, and whether a former word was among them."""
        former = False
        while start < len(words) - keep and norm(words[start]) in self.skip_words | self.former_words:
            former = former or norm(words[start]) in self.former_words
            start += 1
        return start, former

    def _title_at(self, rest: list[str]) -> tuple[str | None, int]:
        """(office key, number of words) of the title or office the normalised words open with."""
        for n in range(min(6, len(rest)), 0, -1):
            key = " ".join(rest[:n])
            if key in self.titles:
                return self.titles[key], n
            if _office_key(key, self.office_aliases) in self.roles_in_use:
                return key, n
        return None, 0

    def code_of(self, text: str, *, states_only: bool = False) -> str | None:
        """The country (or body) code of a country, body, group, demonym or seat name ("Russia's", "Kremlin", "UN").

        ``states_only``: only countries, places and international bodies (whose "leader" is an office holder).
        """
        for entry_id, _how in self.candidates(text):
            raw = self.raw[entry_id]
            if raw["kind"] == "person" or not raw.get("country"):
                continue
            if states_only and (raw["kind"] == "group" or raw["kind"] == "org" and raw.get("sector") != "IGO"):
                continue
            return raw["country"]
        return None

    def _pick(self, found: list[tuple[str, str]], on: dt.date | None) -> KBEntry | None:
        entry_id, how = found[0]
        if len(found) > 1 and any(h == "name" for _, h in found):
            entry_id, how = next((i, h) for i, h in found if h == "name")
        seats = self.raw[entry_id].get("seat_of")
        capital = next((i for i, h in found if h == "capital"), None)
        if seats and capital:  # "Vienna" without context: the Austrian government
            entry_id, how = capital, "capital"
        elif seats:
            entry_id, how = seats[0], "seat"
        entry = self.entry(entry_id, on)
        if how in ("capital", "seat") and entry.kind == "country":
            return replace(entry, sector="GOV")
        return entry

    def person_by_name(self, name: str, *, on: dt.date | None = None, role: str | None = None) -> KBEntry | None:
        """A person by full name, alias or surname; surnames must be unambiguous (on the date / with the role)."""
        found = [(i, h) for i, h in self.candidates(name) if self.raw[i]["kind"] == "person"]
        if found:
            return self.entry(found[0][0], on)
        ids = self.surnames.get(norm(name), [])
        if len(ids) > 1:
            ids = self._narrow(ids, on, role)
        if len(ids) != 1:
            return None
        return self.entry(ids[0], on)

    def _narrow(self, ids: list[str], on: dt.date | None, role: str | None) -> list[str]:
        if on is not None:
            dated = [i for i in ids if self.term_of(i, on) is not None]
            ids = dated or ids
        if role:
            key = _office_key(role, self.office_aliases)
            matching = [i for i in ids if any(t.role == key for t in self.terms.get(i, []))]
            ids = matching or ids
        return ids

    def role(self, text: str) -> Role | None:
        return self.roles.get(strip_article(norm(text)))

    def ruler_patterns(self) -> list[dict]:
        from .ruler import patterns_for

        return patterns_for(self)


@lru_cache(maxsize=4)
def _load_cached(extra: str | None) -> ActorKB:
    return ActorKB.load(extra)


def default_kb() -> ActorKB:
    """The packaged KB plus the user's ``actors_file`` setting (cached)."""
    extra = settings.get("actors_file")
    return _load_cached(str(extra) if extra else None)
