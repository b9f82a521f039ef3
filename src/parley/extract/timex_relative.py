"""Rules for deictic and narrative times: "yesterday", "last week", "Friday", "the next year",
"two months after", "the same day".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from parley.extract import timex_calendar as cal
from parley.extract.timex_base import (
    Hit,
    Rule,
    State,
    edge_of_month,
    edge_of_year,
    fold_edge,
    future,
    modal_after,
    object_follows,
    rule,
    text_before,
)
from parley.extract.timex_lexicon import (
    EDGE,
    NUMBER_WORDS,
    NUMBERS,
    WEEKDAY,
    WEEKDAY_BLOCKERS,
    WEEKDAYS,
)
from parley.model import TimeRef

_DAY_WORDS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _day_word(m: re.Match[str], st: State) -> list[Hit]:
    offset = _DAY_WORDS[" ".join(m["dw"].lower().split())]
    day = st.reference + timedelta(days=offset)
    return [(m.start(), m.end(), cal.one_day(day, m[0]), "deictic")]


def _period(ref_day: date, unit: str, text: str) -> TimeRef:
    """The week, month or year around a day."""
    if unit == "week":
        return cal.days(*cal.week_of(ref_day), text)
    if unit == "month":
        return cal.month(ref_day.year, ref_day.month, text)
    if unit == "year":
        return cal.year(ref_day.year, text)
    return cal.one_day(ref_day, text)


def _weekend(ref_day: date, rel: str, text: str, forward: bool = False) -> TimeRef:
    """Saturday and Sunday. "This weekend" on a Monday, "the weekend" early in the week, are the
    one just past unless the clause looks ahead."""
    if rel == "last":
        sunday = ref_day - timedelta(days=ref_day.weekday() + 1)
    elif rel in ("next", "coming"):
        sunday = ref_day + timedelta(days=(5 - ref_day.weekday()) % 7 or 7) + timedelta(days=1)
    else:
        sunday = cal.week_of(ref_day)[1]
        if not forward and ref_day.weekday() <= (0 if rel == "this" else 2):
            sunday -= timedelta(days=7)
    return cal.days(sunday - timedelta(days=1), sunday, text)


def _sub_period(whole: TimeRef, edge: str | None, pre: str, ref: date, unit: str) -> TimeRef:
    """ "earlier this month", "the end of the year", "late next week"."""
    if pre == "earlier":
        end = max(whole.start, min(whole.end, ref - timedelta(days=1)))
        return TimeRef(whole.start, end, whole.precision, whole.text)
    if pre == "later":
        start = min(whole.end, max(whole.start, ref + timedelta(days=1)))
        return TimeRef(start, whole.end, whole.precision, whole.text)
    if unit == "year":
        return edge_of_year(whole.start.year, edge, whole.text)
    if unit == "month":
        return edge_of_month(whole.start.year, whole.start.month, edge, whole.text)
    if edge is None:
        return whole
    first, last = {"early": (0, 1), "start": (0, 1), "mid": (2, 3)}.get(edge, (4, 6))
    return cal.days(whole.start + timedelta(first), whole.start + timedelta(last), whole.text)


def _deictic_unit(m: re.Match[str], st: State) -> list[Hit]:
    rel, unit = m["rel"].lower(), m["unit"].lower()
    pre = (m["pre"] or "").lower()
    ref = st.reference
    if unit == "weekend":
        if rel == "the" and (story := _story_day(st)) is not None:
            # "On Jan. 27, 2017, they met. The goodwill did not last the weekend": that week's
            friday = story + timedelta(days=4 - story.weekday())
            return [(m.start(), m.end(), _weekend(friday, "", m[0]), "narrative")]
        value = _weekend(ref, rel, m[0], future(st.text, m.start()))
        return [(m.start(), m.end(), value, "deictic")]
    step = {"last": -1, "next": 1, "coming": 1}.get(rel, 0)
    day = cal.move(ref, step, unit)
    value = _sub_period(_period(day, unit, m[0]), None, pre, ref, unit)
    return [(m.start(), m.end(), value, "deictic")]


def _narrative_unit(m: re.Match[str], st: State) -> list[Hit]:
    rel = " ".join(m["rel"].lower().split()).removeprefix("the ")
    unit = m["unit"].lower()
    span_unit = "day" if unit in ("night", "morning", "evening", "afternoon") else unit
    span_unit = "week" if unit == "weekend" else span_unit
    step = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}.get(rel, 0)
    # "On June 9 ... A month later ... that afternoon": in July, day unknown
    anchor = st.anchor(span_unit, moved_on=not step)
    if (
        cal.coarser(anchor.precision, cal.UNIT_PRECISION[span_unit])
        != cal.UNIT_PRECISION[span_unit]
    ):
        base = TimeRef(anchor.start, anchor.end, anchor.precision, m[0])
    elif unit == "weekend":
        base = _weekend(anchor.start + timedelta(days=4 - anchor.start.weekday()), "", m[0])
    else:
        base = _period(anchor.start, span_unit, m[0])
    value = cal.shift(base, step, step, span_unit, m[0]) if step else base
    return [(m.start(), m.end(), value, "narrative")]


def _edge_unit(m: re.Match[str], st: State) -> list[Hit]:
    rel, unit, edge = (m["rel"] or "the").lower(), m["unit"].lower(), fold_edge(m["edge"])
    if rel == "the" or rel == "that":
        anchor, kind = st.anchor(unit).start, "narrative"
        if rel == "the" and anchor < st.reference and modal_after(st.text, m.end()):
            anchor, kind = st.reference, "deictic"  # "at the end of the month would be": now's
    else:
        step = {"last": -1, "next": 1}.get(rel, 0)
        anchor, kind = cal.move(st.reference, step, unit), "deictic"
    value = _sub_period(_period(anchor, unit, m[0]), edge, "", st.reference, unit)
    return [(m.start(), m.end(), value, kind)]


# "Two months before that, ...": counted from the time the story has reached
_STORY_SO_FAR = re.compile(r"\s+(?:that|then)\s*[,.;:]")


def _count(m: re.Match[str], st: State) -> list[Hit]:
    unit, direction = m["unit"].lower(), " ".join(m["dir"].lower().split())
    number = " ".join((m["num"] or "").lower().split())
    if (number == "the" and m["pl"]) or not (number or m["pl"]):
        return []  # "the days after", "per month before" count nothing
    if number == "the":
        if object_follows(st.text, m.end()):
            return []  # "the day after the vote": a phrase about an event, not a time
        number = "a"
    low, high = (int(number), int(number)) if number.isdigit() else NUMBERS[number]
    if direction == "ago today" and low == high:
        # "Three years ago today": this very day, so many years back
        return [
            (m.start(), m.end(), cal.one_day(cal.move(st.reference, -low, unit), m[0]), "deictic")
        ]
    if direction in ("ago", "from now"):
        base, kind = cal.one_day(st.reference, m[0]), "deictic"
    elif (
        direction in ("before", "after", "prior")
        and object_follows(st.text, m.end())
        and not _STORY_SO_FAR.match(st.text, m.end())
    ):
        return [(m.start(), m.end(), None, "narrative")]
    else:  # "In August 2023 ... Two weeks later": from August, not from an older exact day
        anchor, kind = st.anchor(unit, moved_on=True), "narrative"
        base = TimeRef(anchor.start, anchor.end, anchor.precision, m[0])
    if direction in ("ago", "earlier", "before", "prior"):
        low, high = -high, -low
    return [(m.start(), m.end(), cal.shift(base, low, high, unit, m[0]), kind)]


def _weekday_ok(m: re.Match[str], text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", text_before(text, m.start(), 12))
    return not (words and words[-1] in WEEKDAY_BLOCKERS and not m["rel"])


def _weekday(m: re.Match[str], st: State) -> list[Hit]:
    target, ref = WEEKDAYS[m["wd"]], st.reference
    rel = " ".join((m["rel"] or "").lower().split())
    back = (ref.weekday() - target) % 7
    if rel == "last":
        day = ref - timedelta(days=back or 7)
    elif rel == "next":
        day = ref + timedelta(days=(target - ref.weekday()) % 7 or 7)
    elif rel == "this":
        day = cal.week_of(ref)[0] + timedelta(days=target)
    elif rel == "this coming" or future(st.text, m.start()):
        day = ref + timedelta(days=(target - ref.weekday()) % 7)
    elif (story := _story_day(st)) is not None:
        # "On Friday, Feb. 6, 2015, they flew to Moscow. On Sunday they spoke": the Sunday
        # after the day the story is at, when that day is long before publication
        day = story + timedelta(days=(target - story.weekday()) % 7)
        return [(m.start(), m.end(), cal.one_day(day, m[0]), "narrative")]
    elif _story_period(st):
        # "on the Sunday before the summit" under "Vilnius, July 2023": a day of that month,
        # which one the text does not say
        return [(m.start(), m.end(), replace(st.base, text=m[0]), "narrative")]
    elif _indefinite(st.text, m.start()) and st.recent and st.recent[-1].end < ref:
        # "June of last year ... on a Tuesday evening he was received": some Tuesday then
        return [(m.start(), m.end(), replace(st.recent[-1], text=m[0]), "narrative")]
    else:
        day = ref - timedelta(days=back)
    return [(m.start(), m.end(), cal.one_day(day, m[0]), "deictic")]


_STORY_PAST_DAYS = 7  # a story day this long before publication is not this week's news


def _indefinite(text: str, at: int) -> bool:
    """Whether a weekday is told as "a Tuesday", "one Sunday": some such day, not this week's."""
    words = re.findall(r"[A-Za-z]+", text_before(text, at, 8))
    return bool(words) and words[-1].lower() in {"a", "one"}


def _story_period(st: State) -> bool:
    """Whether the section's story is set in a month or season that ended weeks before the
    reference, and no single day told since has narrowed it."""
    base = st.base
    if base.precision not in {"month", "season"} or any(t.precision == "day" for t in st.recent):
        return False
    return (st.reference - base.end).days > _STORY_PAST_DAYS


def _story_day(st: State) -> date | None:
    """The day a story told in the past is at: the latest single day told, when it is weeks
    before the reference (a flashback to "June 2014" in between does not move it)."""
    for index in range(len(st.recent) - 1, -1, -1):
        told = st.recent[index]
        if told.precision == "day" and told.start == told.end:
            since = st.recent[index + 1 :]
            if any(t.end >= told.start for t in since):
                return None  # the story has moved on from that day
            past = (st.reference - told.start).days > _STORY_PAST_DAYS
            return told.start if past else None
    return None


def _story_weekday(m: re.Match[str], st: State) -> list[Hit]:
    """ "the Friday of that week", "that Friday", "the following Monday": a weekday counted
    from the day the story is at, not from publication."""
    anchor = st.anchor("day")
    if anchor.precision != "day":
        return [(m.start(), m.end(), None, "narrative")]
    target, day = WEEKDAYS[m["wd"]], anchor.start
    # "the following Monday" is after the story's day; "that Friday" is in its week
    ahead = (target - day.weekday()) % 7 or 7 if m["after"] else target - day.weekday()
    return [(m.start(), m.end(), cal.one_day(day + timedelta(days=ahead), m[0]), "narrative")]


def _the_day(m: re.Match[str], st: State) -> list[Hit]:
    anchor = st.anchor("day")
    value = cal.one_day(anchor.start, m["t"]) if anchor.precision == "day" else None
    if value is None:
        value = cal.one_day(st.reference, m["t"])
    return [(m.start("t"), m.end("t"), value, "narrative")]


_UNITS = r"(?P<unit>(?i:day|week|month|year|decade))"

RULES: tuple[Rule, ...] = (
    rule(
        "day_word",
        r"\b(?:(?:earlier|later|Earlier|Later)\s+)?(?P<dw>(?i:today|tonight|yesterday|tomorrow|"
        r"this\s+(?:morning|afternoon|evening)|last\s+night|"
        r"the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)))"
        r"(?:\s+(?:morning|afternoon|evening|night))?\b",
        _day_word,
        first="eltyELTY",
    ),
    rule(
        "deictic_unit",
        r"\b(?:(?P<pre>earlier|later|Earlier|Later)\s+)?"
        r"(?P<rel>(?i:last|next|this|coming)|(?i:the)(?=\s+weekend))\s+"
        r"(?P<unit>week|weekend|month|year)\b",
        _deictic_unit,
        first="elnctELNCT",
    ),
    rule(
        "narrative_unit",
        r"\b(?:(?:earlier|later|Earlier|Later)\s+)?(?P<rel>[Tt]hat|[Tt]he\s+(?:same|next|following"
        r"|previous|preceding|prior))\s+(?P<unit>day|night|morning|evening|afternoon|week|weekend|"
        r"month|year)\b(?!-)",
        _narrative_unit,
        first="eltELT",
    ),
    rule(
        "edge_unit",
        rf"{EDGE}(?:(?P<rel>this|last|next|that)\s+)?(?P<unit>year|month|week)\b",
        _edge_unit,
        first="emltvbscEML",
    ),
    rule(
        "count",
        rf"\b(?:(?P<num>\d{{1,3}}|{NUMBER_WORDS}|[Tt]he)\s+)?{_UNITS}(?P<pl>s)?"
        r"(?:\s+or\s+so)?\s+(?P<dir>ago(?:\s+today)?|later|earlier|before|after|afterwards?|prior"
        r"|from\s+now|on(?=\s*(?:[,.;:\n]|$)))\b",
        _count,
        first="0-9a-zA-Z",
    ),
    rule(
        "story_weekday",
        r"\b(?:[Tt]hat\s+|[Tt]he\s+(?P<after>(?:following|next)\s+)?)"
        rf"{WEEKDAY}(?P<week>\s+of\s+(?:that|the\s+same)\s+week)?",
        _story_weekday,
        lambda m, _text: bool(m["after"] or m["week"] or m[0][:4].lower() == "that"),
        first="tT",
    ),
    rule(
        "weekday",
        rf"(?:\b(?P<rel>last|next|this(?:\s+coming)?|Last|Next|This)\s+)?\b{WEEKDAY}"
        r"(?:\s+(?:morning|afternoon|evening|night))?",
        _weekday,
        _weekday_ok,
        first="lntLNTMWFS",
    ),
    rule(
        "the_day",
        r"\b(?i:end(?:ed|ing|s)?|finish(?:ed|es|ing)?|clos(?:e|ed|es|ing)|for|during|"
        r"(?:later|earlier|late|early)\s+in|(?:start|beginning|end|close|rest)\s+of)\s+"
        r"(?P<t>the\s+day)\b(?!\s+(?:of|when|that))",
        _the_day,
        first="efcdlsbrEFCDLSBR",
    ),
)
