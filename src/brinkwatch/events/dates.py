"""Resolve an event's date from the words of its sentence against the publication date.

"Tuesday" is the latest Tuesday on or before publication (for an event still to come, the next one after
it); "today", "hours earlier", "this morning" are the publication day; "yesterday", "last week", "last
month", "next week" shift it; "in 2014" gives the year; "in January" the month (of the publication year,
or the year before when later), "March 2024" that month; "February 15" gives that day in the publication
year (or the year before when later).
"""
from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_MONTH_RE = "|".join(m.capitalize() for m in MONTHS) + "|" + "|".join(m[:3].capitalize() + r"\." for m in MONTHS)
PATTERNS = [
    ("month_day", re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b")),
    ("day_month", re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})(?:\s+(\d{{4}}))?\b")),
    ("weekday", re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b")),
    ("same_day", re.compile(r"\b(today|tonight|this (?:morning|afternoon|evening)|hours (?:earlier|ago)|earlier today)\b", re.I)),
    ("yesterday", re.compile(r"\b(yesterday|last night)\b", re.I)),
    ("tomorrow", re.compile(r"\btomorrow\b", re.I)),
    ("last_week", re.compile(r"\blast week\b", re.I)),
    ("next_week", re.compile(r"\bnext week\b", re.I)),
    ("last_month", re.compile(r"\blast month\b", re.I)),
    ("days_ago", re.compile(r"\b(\d+|two|three|four|five|six) days ago\b", re.I)),
    ("month_year", re.compile(rf"\b({_MONTH_RE})\s+((?:19|20)\d\d)\b")),
    ("year", re.compile(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|of)\s+((?:19|20)\d\d)\b")),
    ("month", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y)\s+(?:(?:early|mid|late)[- ])?({_MONTH_RE})(?!\s*\d)\b")),
]
SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _month(name: str) -> int:
    low = name.lower().rstrip(".")
    return next(i for i, m in enumerate(MONTHS, start=1) if m.startswith(low[:3]))


def _resolve(kind: str, m: re.Match, pub: dt.date | None, ahead: bool = False) -> str | None:
    if kind == "year":
        return m.group(1)
    if kind == "month_year":
        return f"{m.group(2)}-{_month(m.group(1)):02d}"
    if kind == "month":
        if pub is None:
            return None
        month = _month(m.group(1))
        return f"{pub.year - (month > pub.month and not ahead)}-{month:02d}"
    if kind in ("month_day", "day_month"):
        month, day = (m.group(1), m.group(2)) if kind == "month_day" else (m.group(2), m.group(1))
        year = int(m.group(3)) if m.group(3) else (pub.year if pub else None)
        if year is None:
            return None
        try:
            d = dt.date(year, _month(month), int(day))
        except ValueError:
            return None
        if not m.group(3) and pub and d > pub + dt.timedelta(days=31):
            d = d.replace(year=year - 1)
        return d.isoformat()
    if pub is None:
        return None
    if kind == "weekday":
        want = WEEKDAYS.index(m.group(1).lower())
        if ahead:
            return (pub + dt.timedelta(days=(want - pub.weekday()) % 7 or 7)).isoformat()
        return (pub - dt.timedelta(days=(pub.weekday() - want) % 7)).isoformat()
    if kind == "last_month":  # the calendar month before: an earlier month, so background (README, golden files)
        first = pub.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year}-{first.month:02d}"
    shift = {"same_day": 0, "yesterday": -1, "tomorrow": 1, "last_week": -7, "next_week": 7}
    if kind in shift:
        return (pub + dt.timedelta(days=shift[kind])).isoformat()
    if kind == "days_ago":
        n = m.group(1).lower()
        return (pub - dt.timedelta(days=int(n) if n.isdigit() else SMALL[n])).isoformat()
    return None


def find_date(text: str, published: dt.date | None, near: int | None = None, *, ahead: bool = False,
              skip: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The date an expression in ``text`` names (the one nearest character ``near``), else None.
    ``ahead``: the event is still to come, so a bare weekday or month is the next one; ``skip``: character
    ranges whose dates belong to something else (a relative clause on another noun)."""
    found = []
    for kind, pat in PATTERNS:
        for m in pat.finditer(text):
            if any(lo <= m.start() < hi for lo, hi in skip):
                continue
            value = _resolve(kind, m, published, ahead)
            if value:
                found.append((abs(m.start() - near) if near is not None else m.start(), value))
    if not found:
        return None
    return min(found)[1]


def event_date(text: str, published: dt.date | None, near: int | None = None, *, ahead: bool = False,
               skip: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The event's date: a named date in its sentence, else None (unknown)."""
    return find_date(text, published, near, ahead=ahead, skip=skip)


BACKGROUND_DAYS = 31


def earlier_month(date: str | None, published: dt.date | None) -> bool:
    """A date given only as a month (or year) before the publication's month, or a day more than a month
    before publication ("on January 1" in a September report): background."""
    if not date or published is None:
        return False
    if len(date) == 10:
        return dt.date.fromisoformat(date) < published - dt.timedelta(days=BACKGROUND_DAYS)
    year, month = int(date[:4]), int(date[5:7]) if len(date) == 7 else 12
    return (year, month) < (published.year, published.month)
