"""The day a transcript was spoken, when it was posted a day or more later.

An evening press call previewing a visit ("tonight's call is about President Zelenskyy's visit
to the White House tomorrow") is often posted the next morning, so its publication date is a
day late and every "tomorrow" in it would land a day after the visit. Speakers often name the
weekday beside the deictic word ("tomorrow, Wednesday the 21st", "today, Tuesday"): that pair
fixes the day they spoke on. Only days before publication are taken (a text is not posted
before it is spoken), at most `MAX_LAG_DAYS` back, and only when every such pair agrees.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from parley.extract.timex_lexicon import WEEKDAYS

MAX_LAG_DAYS = 3
_OFFSET = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
_DEICTIC_WEEKDAY = re.compile(
    r"\b(?P<word>[Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday)\s*(?:,|\(|\u2014|\u2013|--)\s*"
    rf"(?:on\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})\b"
)


def spoken_on(text: str, published: date | None) -> date | None:
    """The day the text's speakers spoke on: `published`, or the earlier day their "tomorrow,
    Wednesday" pairs agree on."""
    if published is None:
        return None
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
