"""DATE expressions normalised against the report's publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from briefgen.model import DatePrecision

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "the day before": -1,
    "the previous day": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "the next day": 1,
    "the following day": 1,
}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")


@dataclass(frozen=True)
class NormalDate:
    iso: str
    precision: DatePrecision


def normalize(text: str, published: dt.date | None) -> NormalDate | None:
    """`the day before` -> the day before publication; `in 2003` -> 2003 (year precision)."""
    phrase = re.sub(r"\s+", " ", text.strip().lower().replace("’", "'"))
    phrase = re.sub(r"^(on|in|at|by|since|during|from|until|of) ", "", phrase)
    return _absolute(phrase, published) or (_relative(phrase, published) if published else None)


def _absolute(phrase: str, published: dt.date | None) -> NormalDate | None:
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", phrase)
    if iso:
        return _day(int(iso[1]), int(iso[2]), int(iso[3]))
    month = next((m for word, m in MONTHS.items() if re.search(rf"\b{word}\b\.?", phrase)), None)
    year_match = _YEAR.search(phrase)
    year = int(year_match[1]) if year_match else None
    if month is None:
        return NormalDate(f"{year:04d}", "year") if year and _is_bare_year(phrase) else None
    year = year or _year_of_month(month, published)
    if year is None:
        return None
    day = _DAY.search(_YEAR.sub("", phrase))
    return _day(year, month, int(day[1])) if day else NormalDate(f"{year:04d}-{month:02d}", "month")


def _is_bare_year(phrase: str) -> bool:
    return bool(re.fullmatch(r"(the )?(year )?(1[89]\d\d|20\d\d)s?", phrase))


def _year_of_month(month: int, published: dt.date | None) -> int | None:
    """A month without a year is the latest one not after publication."""
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _day(year: int, month: int, day: int) -> NormalDate | None:
    try:
        return NormalDate(dt.date(year, month, day).isoformat(), "day")
    except ValueError:
        return None


def _relative(phrase: str, published: dt.date) -> NormalDate | None:
    if phrase in RELATIVE_DAYS:
        return NormalDate((published + dt.timedelta(days=RELATIVE_DAYS[phrase])).isoformat(), "day")
    weekday = next((d for word, d in WEEKDAYS.items() if re.search(rf"\b{word}\b", phrase)), None)
    if weekday is not None:
        return NormalDate(
            _previous_weekday(published, weekday, "next" in phrase).isoformat(), "day"
        )
    return _relative_period(phrase, published)


def _previous_weekday(published: dt.date, weekday: int, forward: bool) -> dt.date:
    """News says `on Sunday` of the most recent Sunday, or of the coming one with `next`."""
    if forward:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _relative_period(phrase: str, published: dt.date) -> NormalDate | None:
    if phrase in ("last week", "the previous week", "earlier this week", "this week"):
        days = 0 if "this" in phrase else 7
        return NormalDate((published - dt.timedelta(days=days)).isoformat()[:7], "month")
    if phrase in ("last month", "the previous month"):
        first = published.replace(day=1) - dt.timedelta(days=1)
        return NormalDate(first.isoformat()[:7], "month")
    if phrase in ("this month", "earlier this month"):
        return NormalDate(published.isoformat()[:7], "month")
    if phrase in ("last year", "the previous year"):
        return NormalDate(f"{published.year - 1:04d}", "year")
    if phrase in ("this year", "earlier this year"):
        return NormalDate(f"{published.year:04d}", "year")
    return None
