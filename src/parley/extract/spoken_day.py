"""The day a transcript was spoken, when it was posted a day or more later.

An evening press call previewing a visit ("tonight's call is about President Zelenskyy's visit
to the White House tomorrow") is often posted the next morning, so its publication date is a
day late and every "tomorrow" in it would land a day after the visit. Speakers often name the
weekday beside the deictic word ("tomorrow, Wednesday the 21st", "today, Tuesday"): that pair
fixes the day they spoke on. Only days before publication are taken (a text is not posted
before it is spoken), at most `MAX_LAG_DAYS` back, and only when every such pair agrees.
A transcript headed with its day ("(July 14, 2021)" on a line of its own) says it outright.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from parley.extract.timex_lexicon import MONTHS, WEEKDAYS

MAX_LAG_DAYS = 3
HEADER_LAG_DAYS = 7  # a transcript headed with the day it was spoken may be posted a week late
_HEADER_REACH = 400  # characters: where a transcript's heading lines are
_OFFSET = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
_DEICTIC_WEEKDAY = re.compile(
    r"\b(?P<word>[Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday)\s*(?:,|\(|\u2014|\u2013|--)\s*"
    rf"(?:on\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})\b"
)


# "(July 14, 2021)" on a line of its own at the head of a transcript
_HEADER_DATE = re.compile(
    rf"^\((?P<month>{'|'.join(MONTHS)})\.? (?P<day>[0-3]?\d), (?P<year>\d{{4}})\)[ \t]*$",
    re.MULTILINE,
)


def spoken_on(text: str, published: date | None) -> date | None:
    """The day the text's speakers spoke on: `published`, or an earlier day that the
    transcript's heading gives or that its "tomorrow, Wednesday" pairs agree on."""
    if published is None:
        return None
    headed = _header_date(text[:_HEADER_REACH])
    if headed is not None and timedelta(0) <= published - headed <= timedelta(HEADER_LAG_DAYS):
        return headed
    pairs = _DEICTIC_WEEKDAY.finditer(text)
    lags = {_lag(m["word"].lower(), WEEKDAYS[m["weekday"]], published) for m in pairs}
    if len(lags) != 1:
        return published
    lag = lags.pop()
    return published - timedelta(days=lag) if lag is not None else published


def _lag(word: str, weekday: int, published: date) -> int | None:
    """How many days before publication a speaker who calls `weekday` `word` spoke."""
    for lag in range(MAX_LAG_DAYS + 1):
        spoken = published - timedelta(days=lag)
        if (spoken + timedelta(days=_OFFSET[word])).weekday() == weekday:
            return lag
    return None


def is_date_line(line: str) -> bool:
    """Whether a line is a transcript's "(July 14, 2021)": the day it was spoken, which heads
    no section of its own."""
    return _HEADER_DATE.fullmatch(line.strip()) is not None


def _header_date(head: str) -> date | None:
    """The date a transcript's heading line gives, if it is a real one."""
    match = _HEADER_DATE.search(head)
    if match is None:
        return None
    try:
        return date(int(match["year"]), MONTHS[match["month"]], int(match["day"]))
    except ValueError:
        return None
