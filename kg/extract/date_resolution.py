"""Resolving recognised date parts against a publication date.

Every function returns None when the text alone does not determine the answer and no publication
date is given: dates are never guessed from the clock.  Qualifiers are "past" (الماضي), "current"
(الحالي/الجاري) and "next" (المقبل/القادم).
"""

from __future__ import annotations

import datetime as dt

from kg.text.calendar import QUALIFIER_SHIFT

# a day/month without a year that would fall further than this after publication is last year's
LOOKAHEAD = dt.timedelta(days=61)
LOOKAHEAD_MONTHS = 2


def safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    """date(year, month, day), or None when the year is unknown or the day does not exist."""
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_exists(month: int, day: int) -> bool:
    """Whether day/month is a calendar day in some year (29 February counts)."""
    return safe_date(2000, month, day) is not None


def as_date(published: dt.date | dt.datetime | str | None) -> dt.date | None:
    """Accept a date, a datetime or an ISO string; anything else means no publication date."""
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str) and published.strip():
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            return None
    return None


def resolve_year(year: int | None, yqual: str | None, published: dt.date | None) -> int | None:
    """An explicit year, or "العام الماضي/الجاري/المقبل" against the publication year."""
    if year is not None:
        return year
    if yqual is not None and published is not None:
        return published.year + QUALIFIER_SHIFT[yqual]
    return None


def resolve_month_year(month: int, qual: str | None, published: dt.date | None) -> int | None:
    """The year of a month named without one ("أيلول الماضي", "أواخر نيسان")."""
    if published is None:
        return None
    year = published.year
    if qual == "past":
        return year if month < published.month else year - 1
    if qual == "next":
        return year if month > published.month else year + 1
    if qual is None and month - published.month > LOOKAHEAD_MONTHS:
        return year - 1
    return year


def resolve_day(day: int, month: int, year: int | None, qual: str | None,
                published: dt.date | None) -> dt.date | None:
    """The date of "day month [year|qualifier]"; the year comes from `published` when missing."""
    if year is not None:
        return safe_date(year, month, day)
    if published is None:
        return None
    candidate = safe_date(published.year, month, day)
    if candidate is None or qual == "current":
        return candidate
    if qual == "past" and candidate >= published:
        return safe_date(published.year - 1, month, day)
    if qual == "next" and candidate <= published:
        return safe_date(published.year + 1, month, day)
    if qual is None and candidate > published + LOOKAHEAD:
        return safe_date(published.year - 1, month, day)
    return candidate


def resolve_offset(offset: int, published: dt.date | None) -> dt.date | None:
    """اليوم / أمس / غداً … as a day offset from the publication date."""
    if published is None:
        return None
    return published + dt.timedelta(days=offset)


def resolve_weekday(weekday: int, qual: str | None, published: dt.date | None) -> dt.date | None:
    """A weekday name: the latest such day on or before publication; "الماضي" strictly before,
    "المقبل/القادم" strictly after."""
    if published is None:
        return None
    if qual == "next":
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    back = (published.weekday() - weekday) % 7
    if qual == "past" and back == 0:
        back = 7
    return published - dt.timedelta(days=back)
