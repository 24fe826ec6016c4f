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


def normalize(text: str, published: dt.date | None, ahead: bool = False) -> NormalDate | None:
    """`the day before` -> the day before publication; `in 2003` -> 2003 (year precision).

    A weekday or a month without a year is the latest one not after publication, or, when the
    clause looks `ahead` (`will meet on Monday`, `is due to vote on March 3`), the first one not
    before it."""
    phrase = re.sub(r"\s+", " ", text.strip().lower().replace("’", "'"))
    phrase = re.sub(r"^(on|in|at|by|since|during|from|until|of) ", "", phrase)
    if published is None:
        return _absolute(phrase, None, ahead)
    return _absolute(phrase, published, ahead) or _relative(phrase, published, ahead)


def _absolute(phrase: str, published: dt.date | None, ahead: bool = False) -> NormalDate | None:
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", phrase)
    if iso:
        return _day(int(iso[1]), int(iso[2]), int(iso[3]))
    month = next((m for word, m in MONTHS.items() if re.search(rf"\b{word}\b\.?", phrase)), None)
    year_match = _YEAR.search(phrase)
    year = int(year_match[1]) if year_match else None
    if month is None:
        return NormalDate(f"{year:04d}", "year") if year and _is_bare_year(phrase) else None
    day = _DAY.search(_YEAR.sub("", phrase))
    year = year or _year_of_month(month, int(day[1]) if day else 1, published, ahead)
    if year is None:
        return None
    return _day(year, month, int(day[1])) if day else NormalDate(f"{year:04d}-{month:02d}", "month")


def _is_bare_year(phrase: str) -> bool:
    return bool(re.fullmatch(r"(the )?(year )?(1[89]\d\d|20\d\d)s?", phrase))


def _year_of_month(month: int, day: int, published: dt.date | None, ahead: bool) -> int | None:
    """A month without a year is the latest one not after publication (the first one not
    before it, looking ahead)."""
    if published is None:
        return None
    if ahead:
        return (
            published.year
            if (month, day) >= (published.month, published.day)
            else published.year + 1
        )
    return published.year if month <= published.month else published.year - 1


def _day(year: int, month: int, day: int) -> NormalDate | None:
    try:
        return NormalDate(dt.date(year, month, day).isoformat(), "day")
    except ValueError:
        return None


def _relative(phrase: str, published: dt.date, ahead: bool) -> NormalDate | None:
    if phrase in RELATIVE_DAYS:
        return NormalDate((published + dt.timedelta(days=RELATIVE_DAYS[phrase])).isoformat(), "day")
    weekday = next((d for word, d in WEEKDAYS.items() if re.search(rf"\b{word}\b", phrase)), None)
    if weekday is not None:
        return NormalDate(_weekday(published, weekday, phrase, ahead).isoformat(), "day")
    return _relative_period(phrase, published)


def _weekday(published: dt.date, weekday: int, phrase: str, ahead: bool) -> dt.date:
    """News says `on Sunday` of the most recent Sunday; of the coming one with `next`, or
    when its clause looks ahead (`will vote on Sunday`); `last Sunday` is always behind."""
    if "next" in phrase:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    if ahead and "last" not in phrase:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7)
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
