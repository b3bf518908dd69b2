"""PLOVER scores (-10..+10) by type and mode, and the quad class of each type."""
from __future__ import annotations

TYPE_SCORES = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
    "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5, "PROTEST": -5.0,
    "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}  # PLOVER 2.0 manual; ACCUSE printed as "3" there, a sign typo (its modes are -2..-3.5)
MODE_SCORES = {
    "CONSULT:visit": 4, "CONSULT:third-party": 1, "CONSULT:multilateral": 4, "CONSULT:phone": 1.5,
    "RETREAT:withdraw": 8, "RETREAT:release": 6.5, "RETREAT:disarm": 10, "RETREAT:ceasefire": 7.5,
    "RETREAT:access": 6.5, "RETREAT:resign": 4.5, "REQUEST:assist": 0.5, "REQUEST:change": -1,
    "REQUEST:yield": -1, "REQUEST:meet": 0, "ACCUSE:disapprove": -2, "ACCUSE:investigate": -3.5,
    "ACCUSE:allege": -3.5, "REJECT:assist": -1.5, "REJECT:change": -2, "REJECT:yield": -2, "REJECT:meet": -2,
    "THREATEN:restrict": -3, "THREATEN:arrest": -3.5, "THREATEN:relations": -3.5, "THREATEN:expel": -3.5,
    "THREATEN:territory": -4, "THREATEN:violence": -3.5, "PROTEST:demo": -5, "PROTEST:riot": -7,
    "PROTEST:strike": -5, "PROTEST:hunger": -4.5, "PROTEST:boycott": -4.5, "PROTEST:obstruct": -4.5,
    "SANCTION:convict": -6, "SANCTION:expel": -5.5, "SANCTION:withdraw": -6, "SANCTION:discontinue": -6,
    "MOBILIZE:troops": -6.5, "MOBILIZE:weapons": -6.5, "MOBILIZE:police": -5.5, "MOBILIZE:militia": -6,
    "COERCE:seize": -7, "COERCE:restrict": -7, "COERCE:censor": -6.5, "COERCE:curfew": -6.5,
    "COERCE:martial-law": -7.5, "COERCE:arrest": -7, "COERCE:deport": -7, "COERCE:withhold": -7,
    "COERCE:misinformation": -6.5, "COERCE:cyber": -7, "ASSAULT:abduct": -8.5, "ASSAULT:beat": -7.5,
    "ASSAULT:torture": -8.5, "ASSAULT:sexual": -8.5, "ASSAULT:targeted": -9.5, "ASSAULT:destroy": -8.5,
    "ASSAULT:primitive": -8, "ASSAULT:firearms": -9, "ASSAULT:explosives": -9, "ASSAULT:suicide-attack": -9.5,
    "ASSAULT:aerial": -9.5, "ASSAULT:drone": -9.5, "ASSAULT:heavy-weapons": -9.5, "ASSAULT:crowd-control": -7.5,
    "ASSAULT:unconventional": -10,
}
QUADS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


def intensity(etype: str, mode: str | None = None) -> float:
    """The PLOVER score of a type, refined by its mode where the manual scores the mode."""
    if mode and f"{etype}:{mode}" in MODE_SCORES:
        return float(MODE_SCORES[f"{etype}:{mode}"])
    return TYPE_SCORES[etype]


def quad(etype: str) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    return QUADS[etype]
