"""Rules for calendar times: dates, months, years, decades, seasons and quarters.

A missing year is filled from the narrative or publication date (see `timex_calendar.nearest`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
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
    make_date,
    month_no,
    rule,
    text_before,
    two_digit_year,
)
from parley.extract.timex_lexicon import (
    COUNTED,
    DASH,
    DAY,
    DAY2,
    DETERMINER_BEFORE,
    EDGE,
    FULL_MONTHS,
    MAY_CONTEXT,
    MONTH,
    MONTH2,
    MONTH_CONTEXT,
    NOUN_AFTER,
    ORDINALS,
    REL,
    SEASON,
    SEASON_CONTEXT,
    WEEKDAY,
    YEAR,
    YEAR_BLOCKERS,
    YEAR_CONTEXT,
)
from parley.model import TimeRef


def _iso(m: re.Match[str], st: State) -> list[Hit]:
    d = make_date(int(m["year"]), int(m["m"]), int(m["d"]))
    return [(m.start(), m.end(), d and cal.one_day(d, m[0]), "absolute")]


def _numeric(m: re.Match[str], st: State) -> list[Hit]:
    y = int(m["y"]) if len(m["y"]) == 4 else two_digit_year(m["y"], st.reference)
    d = make_date(y, int(m["m"]), int(m["d"]))
    return [(m.start(), m.end(), d and cal.one_day(d, m[0]), "absolute")]


def _day_range(y: int, mo: int, day: int, mo2: int, day2: int | None, text: str) -> TimeRef | None:
    first = make_date(y, mo, day)
    last = make_date(y if mo2 >= mo else y + 1, mo2, day2) if day2 else first
    if first is None or last is None or last < first:
        return None
    return cal.days(first, last, text)


def _calendar_day(m: re.Match[str], st: State) -> list[Hit]:
    groups = m.groupdict()
    mo = month_no(m["mon"])
    mo2 = month_no(groups["mon2"]) if groups.get("mon2") else mo
    day, day2 = int(m["day"]), int(m["day2"]) if m["day2"] else None
    if m["year"]:
        value = _day_range(int(m["year"]), mo, day, mo2, day2, m[0])
        return [(m.start(), m.end(), value, "absolute")]
    if groups.get("ry"):  # "on May 18 of that year"
        year, kind = _relative_year(m["ry"], st)
        return [(m.start(), m.end(), _day_range(year, mo, day, mo2, day2, m[0]), kind)]
    value = _yearless(lambda y: _day_range(y, mo, day, mo2, day2, m[0]), st, m.start())
    return [(m.start(), m.end(), value, "absolute")]


_RETELLING = 180  # days: a scene this far before publication is a story retold, not news


def _yearless(make: Callable[[int], TimeRef | None], st: State, at: int) -> TimeRef | None:
    """A date without its year ("on June 29") falls in the year of the scene the story is in.

    The scene is the latest time that opened a sentence ("In July 2016, ..."), else the
    section's own time; without either, the date is the nearest such date to publication.
    News prefers the latest such date; a story retold from long ago moves forward as often
    as back.
    """
    scene = st.scene
    if scene is None and (st.base.precision != "day" or st.base.start != st.reference):
        scene = st.base  # a section headed "Moscow, 2018" sets the scene of its story
    if scene is not None and scene.precision == "year":
        return make(scene.start.year)  # "Ramstein, 2024" ... "on Oct. 12": in 2024
    if scene is None or (st.reference - scene.end).days < _RETELLING:
        anchor = scene.start if scene is not None else st.base.start
        # news: the latest such date by publication, the nearest to a scene it told
        now = st.reference if scene is not None else None
        return cal.nearest(make, anchor, future(st.text, at), now)
    # a story retold moves on through its year ("on February 10, 2021 ... on September 9"),
    # else to the closest date of the year before or after
    # (but not past publication unless told as to come: "Six weeks earlier ... On Dec. 30,
    # Biden took the call", published in November, is the December before)
    past = not future(st.text, at)
    same = make(scene.start.year)
    if same is not None and same.start >= scene.start and not (past and same.start > st.reference):
        return same
    options = [ref for ref in map(make, range(scene.start.year - 1, scene.start.year + 2)) if ref]
    options = [ref for ref in options if not (past and ref.start > st.reference)] or options
    return min(options, key=lambda ref: abs((ref.start - scene.start).days), default=None)


def _relative_year(word: str, st: State) -> tuple[int, str]:
    word = " ".join(word.lower().split())
    if word == "this":
        return st.reference.year, "deictic"
    if word in ("that", "the same"):  # "in November of that year": the year the story is in
        return st.anchor("year").start.year, "narrative"
    if word == "last":
        return st.reference.year - 1, "deictic"
    if word == "next":
        return st.reference.year + 1, "deictic"
    step = 1 if word == "the following" else -1
    return st.anchor("year").start.year + step, "narrative"


def _month_year(m: re.Match[str], st: State) -> list[Hit]:
    mo, edge = month_no(m["mon"]), fold_edge(m["edge"])
    if m["year"]:
        y, kind = int(m["year"]), "absolute"
    else:
        y, kind = _relative_year(m["ry"], st)
    return [(m.start(), m.end(), edge_of_month(y, mo, edge, m[0]), kind)]


def _bare_month_ok(m: re.Match[str], text: str) -> bool:
    name = m["mon"]
    if name not in FULL_MONTHS:
        return False  # "Jan", "Dec." alone are too thin
    if m["edge"] or m["rel"]:
        return True
    context = MAY_CONTEXT if name == "May" else MONTH_CONTEXT
    if context.search(text_before(text, m.start())) is not None:
        return True
    # a month naming an event of its own: "the July call", "their June summit"
    owned = DETERMINER_BEFORE.search(text_before(text, m.start())) is not None
    return name != "May" and owned and NOUN_AFTER.match(text, m.end()) is not None


def _bare_month(m: re.Match[str], st: State) -> list[Hit]:
    mo, edge = month_no(m["mon"]), fold_edge(m["edge"])
    rel = " ".join((m["rel"] or "").lower().split())
    ref = st.reference
    if rel in ("last", "past"):
        y, kind = (ref.year if mo < ref.month else ref.year - 1), "deictic"
    elif rel in ("next", "coming"):
        y, kind = (ref.year if mo > ref.month else ref.year + 1), "deictic"
    elif rel == "this":
        y, kind = ref.year, "deictic"
    elif rel == "that":
        y, kind = st.anchor("year").start.year, "narrative"
    elif rel.startswith("the"):  # "the following February": the story's next one
        anchor = st.anchor("month").start
        if rel.endswith("previous"):
            y = anchor.year if mo < anchor.month else anchor.year - 1
        else:
            y = anchor.year if mo > anchor.month else anchor.year + 1
        kind = "narrative"
    else:
        value = _yearless(lambda y: edge_of_month(y, mo, edge, m[0]), st, m.start())
        return [(m.start(), m.end(), value, "absolute")]
    return [(m.start(), m.end(), edge_of_month(y, mo, edge, m[0]), kind)]


def _week_of_month(m: re.Match[str], st: State) -> list[Hit]:
    """ "the last week of March": the last full week (Monday to Sunday) in the month, "the
    first week of June" the first; the month's year as a bare month's."""
    mo = month_no(m["mon"])

    def week(y: int) -> TimeRef:
        first_day, last_day = date(y, mo, 1), cal.month(y, mo, "").end
        if m["which"].lower() == "first":
            start = first_day + timedelta(days=(7 - first_day.weekday()) % 7)
        else:
            start = last_day - timedelta(days=(last_day.weekday() + 1) % 7 + 6)
        return TimeRef(start, start + timedelta(days=6), "day", m[0])

    if m["year"]:
        return [(m.start(), m.end(), week(int(m["year"])), "absolute")]
    return [(m.start(), m.end(), _yearless(week, st, m.start()), "absolute")]


# --- years, decades, seasons, quarters ----------------------------------------------------


def _year_ok(m: re.Match[str], text: str) -> bool:
    if m["edge"]:
        return True
    before = text_before(text, m.start())
    if re.search(r"[$£€#]\s*$|\d[\s,.]*$", before) or COUNTED.match(text, m.end()):
        return False
    if _MODEL_NUMBER.match(text, m.end()):
        return False  # "Mirage 2000-5 fighters": a model, not a year
    context = YEAR_CONTEXT.search(before)
    if context is not None and context["cap"] not in YEAR_BLOCKERS:
        return True
    # "The warmth did not survive 2017.": a year that ends the clause after a verb's words
    verb = _WORD_BEFORE.search(before)
    return (
        verb is not None
        and verb[1] not in _COPULAS  # "the room number was 2017": a value, not a year
        and _ENDS_CLAUSE.match(text, m.end()) is not None
    )


_MODEL_NUMBER = re.compile(r"-\d(?!\d)")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|when|while|as|that|which|who|he|she|they|we|it|i|to|in|on|at|for|"
    r"with|by|from|after|before|was|is|were|had|has|saw|brought|of|the|a|an|his|her|their)\b)"
    r"[a-z]+"
)
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being", "equals", "totals"})
_ENDS_CLAUSE = re.compile(r"[.;!?](?:\s|$)")


def _year(m: re.Match[str], st: State) -> list[Hit]:
    y = int(m["year"])
    if m["y2"]:
        last = int(m["y2"]) if len(m["y2"]) == 4 else y // 100 * 100 + int(m["y2"])
        if last > y:
            return [(m.start(), m.end(), cal.years(y, last, m[0]), "absolute")]
    return [(m.start(), m.end(), edge_of_year(y, fold_edge(m["edge"]), m[0]), "absolute")]


def _short_year_ok(m: re.Match[str], text: str) -> bool:
    return (
        re.search(r"\b(?:since|in|of|from|until|by|class)\s*$", text_before(text, m.start()))
        is not None
    )


def _short_year(m: re.Match[str], st: State) -> list[Hit]:
    y = two_digit_year(m["yy"], st.reference)
    return [(m.start(), m.end(), cal.year(y, m[0]), "absolute")]


def _decade_ok(m: re.Match[str], text: str) -> bool:
    if m["cent"] or m["apos"]:
        return True
    return re.search(r"\b(?:the|and|or|[\d]0s)\s*$", text_before(text, m.start())) is not None


def _decade(m: re.Match[str], st: State) -> list[Hit]:
    if m["cent"]:
        first = int(m["cent"]) * 100 + int(m["d"]) * 10
    else:
        first = (2000 if m["d2"] in "01" else 1900) + int(m["d2"]) * 10
    edge = fold_edge(m["edge"])
    low, high = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(edge or "", (0, 9))
    return [(m.start(), m.end(), cal.years(first + low, first + high, m[0]), "absolute")]


def _season_ok(m: re.Match[str], text: str) -> bool:
    if m["year"] or m["ry"]:
        return True
    after = text[m.end() : m.end() + 30]
    if re.match(r"\s+of\s|\s+[A-Z]", after):
        return False  # "the fall of Kabul", "the Winter Olympics"
    if re.search(r"\bthe\s+$", text_before(text, m.start())) and _NOUN_AFTER.match(after):
        return False  # "the summer sumo tournament", "the spring offensive": a kind of thing
    if m["edge"] or m["rel"] or m["after"] or m["before"]:
        return True
    return SEASON_CONTEXT.search(text_before(text, m.start())) is not None


def _season(m: re.Match[str], st: State) -> list[Hit]:
    start_month = cal.SEASON_START[m["season"].lower()]
    rel = (m["rel"] or "").lower()
    if m["year"]:
        return [(m.start(), m.end(), cal.season(int(m["year"]), start_month, m[0]), "absolute")]
    if m["ry"]:
        y, kind = _relative_year(m["ry"], st)
        return [(m.start(), m.end(), cal.season(y, start_month, m[0]), kind)]
    if m["after"]:  # "the following spring": the first after the last time the story told
        story = st.told or st.base
        seasons = [cal.season(y, start_month, m[0]) for y in (story.end.year, story.end.year + 1)]
        return [(m.start(), m.end(), next(s for s in seasons if s.start > story.end), "narrative")]
    if m["before"]:  # "the previous summer": the last before the time the story told
        story = st.told or st.base
        seasons = [
            cal.season(y, start_month, m[0]) for y in (story.start.year - 1, story.start.year)
        ]
        found = [s for s in seasons if s.end < story.start] or seasons[:1]
        return [(m.start(), m.end(), found[-1], "narrative")]
    if rel == "that":  # "that autumn": the season of the year the story is in
        anchor = st.anchor("month").start
        seasons = [cal.season(y, start_month, m[0]) for y in (anchor.year - 1, anchor.year)]
        found = next((s for s in seasons if s.start <= anchor <= s.end), seasons[-1])
        return [(m.start(), m.end(), found, "narrative")]
    if rel == "":
        forward = future(st.text, m.start())
        story = st.anchor("month").start

        def of_year(year: int) -> TimeRef:
            return cal.season(year, start_month, m[0])

        if story.year >= st.reference.year:  # news: from the writer's day
            found = cal.nearest(of_year, st.base.start, forward)
        elif forward:  # a story years back, looking on
            found = cal.nearest(of_year, story, True)
        else:  # a story years back: the season nearest it
            found = min(
                map(of_year, (story.year - 1, story.year)),
                key=lambda s: max((s.start - story).days, (story - s.end).days, 0),
            )
        return [(m.start(), m.end(), found, "absolute")]
    ref = st.reference
    seasons = [cal.season(y, start_month, m[0]) for y in range(ref.year - 2, ref.year + 2)]
    if rel in ("last", "past"):
        found = [s for s in seasons if s.end < ref][-1]
    elif rel in ("next", "coming"):
        found = next(s for s in seasons if s.start > ref)
    else:  # this: the one we are in, else the one of this calendar year
        found = next(
            (s for s in seasons if s.start <= ref <= s.end),
            next(s for s in seasons if s.start.year == ref.year),
        )
    return [(m.start(), m.end(), found, "deictic")]


def _quarter(m: re.Match[str], st: State) -> list[Hit]:
    word = (m["ord"] or "").lower()
    q = int(m["q"]) if m["q"] else ORDINALS.get(word, 4)
    if m["year"]:
        return [(m.start(), m.end(), cal.quarter(int(m["year"]), q, m[0]), "absolute")]
    if m["ry"]:
        y, kind = _relative_year(m["ry"], st)
        return [(m.start(), m.end(), cal.quarter(y, q, m[0]), kind)]
    if m["the_year"]:
        y = st.anchor("year").start.year
        return [(m.start(), m.end(), cal.quarter(y, q, m[0]), "narrative")]
    if word == "last":  # the last quarter: the one before the current
        current = (st.reference.month - 1) // 3
        y, q = (st.reference.year, current) if current else (st.reference.year - 1, 4)
        return [(m.start(), m.end(), cal.quarter(y, q, m[0]), "deictic")]
    forward = future(st.text, m.start())
    found = cal.nearest(lambda y: cal.quarter(y, q, m[0]), st.base.start, forward)
    return [(m.start(), m.end(), found, "absolute")]


# holidays on a fixed day of the calendar: month, day
_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
}


_HOLIDAY_THINGS = (
    r"(?:trees?|cards?|markets?|shopping|lights|presents?|gifts?|carols?|decorations?|songs?)\b"
)


def _holiday_day(key: str, year: int) -> date | None:
    """The day a holiday falls on in a year; Thanksgiving is November's fourth Thursday."""
    if key == "thanksgiving":
        first = date(year, 11, 1)
        return date(year, 11, 22 + (3 - first.weekday()) % 7)
    month, day = _HOLIDAYS[key]
    return make_date(year, month, day)


def _holiday(m: re.Match[str], st: State) -> list[Hit]:
    """ "Christmas 2010", "just before Christmas", "on New Year's Eve": the holiday's day."""
    key = " ".join(m["hol"].lower().replace("\u2019", "'").split())

    def make(year: int) -> TimeRef | None:
        day = _holiday_day(key, year)
        return cal.one_day(day, m[0]) if day else None

    if m["year"]:
        return [(m.start(), m.end(), make(int(m["year"])), "absolute")]
    return [(m.start(), m.end(), _yearless(make, st, m.start()), "absolute")]


_WD_LEAD = rf"(?:{WEEKDAY}\s*,?\s*)?"
_REL_YEAR = r"(?P<ry>this|last|next|that|the\s+following|the\s+previous|the\s+same)\s+year\b"

RULES: tuple[Rule, ...] = (
    rule(
        "holiday",
        r"\b(?P<hol>Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|New\s+Year['\u2019]s\s+(?:Eve|Day)"
        r"|Valentine['\u2019]s\s+Day|Halloween|Thanksgiving)\b"
        rf"(?:\s+(?:of\s+)?{YEAR}|(?!\s+{_HOLIDAY_THINGS}))",  # (not "Christmas trees")
        _holiday,
        first="CBNVHT",
    ),
    rule("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", _iso, first="12"),
    rule(
        "numeric",
        r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])",
        _numeric,
        first="0-9",
    ),
    rule(
        "month_day",
        rf"{_WD_LEAD}{MONTH}\s+{DAY}(?!\s*(?::|%|\.\d))(?:{DASH}(?:{MONTH2}\s+)?{DAY2})?"
        rf"(?:\s*,?\s*{YEAR}|\s+of\s+{_REL_YEAR})?",
        _calendar_day,
        first="A-Z",
    ),
    rule(
        "day_month",
        rf"(?<![\d.,$£€])\b{_WD_LEAD}(?:the\s+)?{DAY}(?:{DASH}{DAY2})?\s+(?:of\s+)?{MONTH}"
        rf"(?:\s*,?\s*{YEAR})?",
        _calendar_day,
        first="0-9A-Zt",
    ),
    rule(
        "month_year",
        rf"(?:{EDGE})?{MONTH}\s*,?\s*(?:of\s+)?(?:{YEAR}|{_REL_YEAR})",
        _month_year,
        first="A-Zemltvbsc",
    ),
    rule(
        "week_of_month",
        rf"\b(?:[Tt]he\s+)?(?P<which>first|last|final)\s+week\s+of\s+{MONTH}"
        rf"(?:\s*,?\s*{YEAR})?",
        _week_of_month,
        first="tTflF",
    ),
    rule(
        "month",
        rf"(?:{EDGE}|(?P<rel>[Tt]he\s+(?:following|next|previous)|[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat|coming|past)"
        rf"\s+)?{MONTH}(?!\s*\d)",
        _bare_month,
        _bare_month_ok,
        first="A-Zemltvbscnp",
    ),
    rule(
        "year",
        rf"(?:{EDGE})?\b{YEAR}(?:\s*[-–/]\s*(?P<y2>(?:19|20)\d\d|\d\d)(?![\d,]))?",
        _year,
        _year_ok,
        first="0-9emltvbscEML",
    ),
    rule("short_year", r"['’](?P<yy>\d\d)\b(?!s)", _short_year, _short_year_ok),
    rule(
        "decade",
        r"(?:(?P<edge>early|mid|late)[\s-]+)?(?:\b(?P<cent>19|20)(?P<d>\d)0|(?P<apos>['’])?"
        r"\b(?P<d2>\d)0)['’]?s\b",
        _decade,
        _decade_ok,
        first="0-9eml'’",
    ),
    rule(
        "season",
        rf"(?:{EDGE}|{REL}\s+|(?P<after>[Tt]he\s+(?:following|next)\s+)"
        rf"|(?P<before>[Tt]he\s+(?:previous|preceding|prior)\s+))?{SEASON}"
        rf"(?:\s+(?:of\s+)?(?:{YEAR}|(?P<ry>this|last|next)\s+year))?",
        _season,
        _season_ok,
        first="A-Zemltvbscnpafw",
    ),
    rule(
        "quarter",
        r"(?:\b(?:[Tt]he\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
        r"[\s-]+quarter\b|\bQ(?P<q>[1-4])\b)"
        rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?{YEAR}|(?P<ry>this|last|next)\s+year\b"
        r"|(?P<the_year>the\s+year)\b))?",
        _quarter,
        first="TtfstlQ0-9",
    ),
)
