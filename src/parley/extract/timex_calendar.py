"""Calendar arithmetic for time expressions: periods, shifts and picking the sensible year.

Kept apart from the patterns so that the rules in `timex.py` read as "what the words mean",
while the month-length and week-boundary details live here once.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from parley.model import Precision, TimeRef

_HORIZON = timedelta(days=45)
_RANK: dict[str, int] = {"day": 0, "month": 1, "season": 2, "year": 3}


def coarser(a: Precision, b: Precision) -> Precision:
    """The less precise of two precisions: a shift cannot be sharper than what it starts from."""
    return a if _RANK[a] >= _RANK[b] else b


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: date, months: int) -> date:
    """Move by whole months, clamping the day (Jan 31 + 1 month is Feb 28/29)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def days(start: date, end: date, text: str) -> TimeRef:
    return TimeRef(start, end, "day", text)


def one_day(d: date, text: str) -> TimeRef:
    return TimeRef(d, d, "day", text)


def month(year: int, month_no: int, text: str) -> TimeRef:
    return TimeRef(date(year, month_no, 1), month_end(year, month_no), "month", text)


def year(year_no: int, text: str) -> TimeRef:
    return TimeRef(date(year_no, 1, 1), date(year_no, 12, 31), "year", text)


def years(first: int, last: int, text: str) -> TimeRef:
    return TimeRef(date(first, 1, 1), date(last, 12, 31), "year", text)


def months_span(year_no: int, first: int, count: int, precision: Precision, text: str) -> TimeRef:
    """`count` months from `first` of `year_no` (may run into the next year, as winter does)."""
    start = date(year_no, first, 1)
    last = add_months(start, count - 1)
    return TimeRef(start, month_end(last.year, last.month), precision, text)


SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def season(year_no: int, start_month: int, text: str) -> TimeRef:
    """Meteorological season (northern hemisphere): winter 2019 is Dec 2019 to Feb 2020."""
    return months_span(year_no, start_month, 3, "season", text)


def season_containing(d: date) -> tuple[int, int]:
    """(year, start month) of the season `d` falls in; January belongs to last year's winter."""
    if d.month in (1, 2):
        return d.year - 1, 12
    return d.year, (d.month // 3) * 3


def quarter(year_no: int, q: int, text: str) -> TimeRef:
    """A calendar quarter: three months, so it carries season precision."""
    return months_span(year_no, 3 * (q - 1) + 1, 3, "season", text)


def week_of(d: date) -> tuple[date, date]:
    """Monday to Sunday around `d`."""
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def nearest(
    make: Callable[[int], TimeRef | None],
    anchor: date,
    forward: bool = False,
    now: date | None = None,
) -> TimeRef | None:
    """Of the same period in the anchor's year and its neighbours, the one news most likely means.

    News reports what happened: "in January" in an August article is last January. A period
    that begins within about six weeks of the anchor may still be ahead ("on June 17" in a June 9
    article); with a cue for the future (`forward`, "will meet in October") only periods not yet
    over count. Among those left, the nearest wins. `now`, when the anchor is a time the
    story told rather than the publication date, is how far ahead "what happened" may lie.
    """
    options = [ref for ref in map(make, (anchor.year - 1, anchor.year, anchor.year + 1)) if ref]
    if forward:
        allowed = [ref for ref in options if ref.end >= anchor]
    else:
        allowed = [ref for ref in options if ref.start <= (now or anchor) + _HORIZON]
    if not allowed:
        return None
    return min(allowed, key=lambda ref: abs((ref.start + (ref.end - ref.start) / 2 - anchor).days))


def expand(start: date, end: date, precision: Precision) -> tuple[date, date]:
    """Widen a range to whole periods of the given precision."""
    if precision == "month":
        return start.replace(day=1), month_end(end.year, end.month)
    if precision == "season":
        first, last = season_containing(start), season_containing(end)
        return season(*first, "").start, season(*last, "").end
    if precision == "year":
        return date(start.year, 1, 1), date(end.year, 12, 31)
    return start, end


UNIT_PRECISION: dict[str, Precision] = {
    "day": "day",
    "week": "day",
    "month": "month",
    "year": "year",
    "decade": "year",
}


def move(d: date, amount: int, unit: str) -> date:
    if unit == "day":
        return d + timedelta(days=amount)
    if unit == "week":
        return d + timedelta(weeks=amount)
    if unit == "month":
        return add_months(d, amount)
    return add_months(d, amount * (120 if unit == "decade" else 12))


def shift(base: TimeRef, low: int, high: int, unit: str, text: str) -> TimeRef:
    """`base` moved by between `low` and `high` units ("two months after", "weeks later").

    Precision is the coarser of the base's and the unit's: "two months after" June 2021 is
    August 2021 to the month, "a year later" than a day is known to the year, and "the next day"
    after "2014" is still only 2014 (the middle of the base is moved, then widened).
    """
    precision = coarser(base.precision, UNIT_PRECISION[unit])
    if precision == UNIT_PRECISION[unit]:
        start, end = move(base.start, low, unit), move(base.end, high, unit)
    else:
        middle = base.start + (base.end - base.start) / 2
        start, end = move(middle, low, unit), move(middle, high, unit)
    start, end = expand(start, end, precision)
    return TimeRef(start, end, precision, text)
