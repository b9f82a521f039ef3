"""What every time rule shares: the reading state, the rule record and small text helpers.

Each rule has an optional `accept` check on the surrounding text (is this "May" a month?) and a
`resolve` step that turns the match into mentions, using the anchors in `State`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from parley.extract import timex_calendar as cal
from parley.extract.timex_lexicon import (
    CLAUSE_BREAK,
    EDGE_WORD,
    FUTURE_CUE,
    MONTHS,
)
from parley.model import TimeRef

Hit = tuple[int, int, TimeRef | None, str]  # start, end, value, anchor kind


@dataclass
class State:
    """What relative expressions are resolved against while reading one text."""

    text: str
    reference: date
    base: TimeRef  # the narrative time if given, else the publication day
    recent: list[TimeRef] = field(default_factory=list)
    scene: TimeRef | None = None  # the latest time that opened a sentence: "In July 2016, ..."
    told: TimeRef | None = None  # the latest time told not counted from publication

    def anchor(self, unit: str = "year", moved_on: bool = False) -> TimeRef:
        """The latest time told that is at least as precise as `unit`, else the latest at all.

        With `moved_on`, the latest at all when the story has since left that time: "On June
        9 ... A month later ... that afternoon" is an afternoon in July.
        """
        wanted = cal.UNIT_PRECISION.get(unit, "day")
        latest = self.recent[-1] if self.recent else self.base
        for ref in reversed(self.recent):
            if cal.coarser(ref.precision, wanted) == wanted and (
                unit != "day" or ref.start == ref.end
            ):
                left = not latest.start <= ref.start <= latest.end
                # (a year long before, told in passing, is an aside the story has not gone
                # to: "the appeal broadcast from London in 1940 ... Six months later")
                aside = latest.precision == "year" and (ref.start - latest.end).days > _ASIDE_DAYS
                # "In December 2019 they met in Sochi. The next day ...": a month told years
                # from the last day told is where the story went, whatever the count
                stale = (
                    left
                    and latest.precision == "month"
                    and (abs((ref.start - latest.start).days) > _STALE_DAYS)
                )
                return latest if (moved_on and left and not aside) or stale else ref
        return latest


_ASIDE_DAYS = 10 * 365  # a bare year this long before the story's time is an aside
_STALE_DAYS = 365  # a day told this long from a month told after it is left behind


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], State], list[Hit]]
    accept: Callable[[re.Match[str], str], bool] | None = None


def month_no(name: str) -> int:
    return MONTHS[name.rstrip(".")]


def make_date(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def two_digit_year(yy: str, reference: date) -> int:
    value = int(yy)
    return 2000 + value if value <= reference.year % 100 + 5 else 1900 + value


EDGE_KEY = re.compile("|".join(EDGE_WORD))


def fold_edge(word: str | None) -> str | None:
    """Fold "the very beginning of" and friends to early/start/mid/late/end."""
    found = EDGE_KEY.search(word.lower()) if word else None
    return EDGE_WORD[found[0]] if found else None


def edge_of_month(y: int, mo: int, edge: str | None, text: str) -> TimeRef:
    """Early March is the 1st-10th, mid the 11th-20th, late the rest; still month precision."""
    whole = cal.month(y, mo, text)
    if edge in ("early", "start"):
        return TimeRef(whole.start, whole.start.replace(day=10), "month", text)
    if edge == "mid":
        return TimeRef(whole.start.replace(day=11), whole.start.replace(day=20), "month", text)
    if edge in ("late", "end"):
        return TimeRef(whole.start.replace(day=21), whole.end, "month", text)
    return whole


def edge_of_year(y: int, edge: str | None, text: str) -> TimeRef:
    """Early 2020 is a third of the year (season-sized); the start/end of it is Jan/Dec."""
    if edge == "start":
        return cal.month(y, 1, text)
    if edge == "end":
        return cal.month(y, 12, text)
    if edge in ("early", "mid", "late"):
        first = {"early": 1, "mid": 5, "late": 9}[edge]
        return cal.months_span(y, first, 4, "season", text)
    return cal.year(y, text)


_OBJECT = re.compile(r"[ \t]+[\w']")


def object_follows(text: str, end: int) -> bool:
    """ "two days after the summit": the anchor is an event we cannot date."""
    return _OBJECT.match(text, end) is not None


def future(text: str, start: int) -> bool:
    """Whether the clause before a weekday points forward ("will meet on Friday")."""
    window = text[max(0, start - 140) : start]
    breaks = list(CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    cues = list(FUTURE_CUE.finditer(window))
    # "had been expected to host him in August": a future that was already past
    return bool(cues) and _PAST_OF_FUTURE.search(window, 0, cues[-1].start()) is None


_PAST_OF_FUTURE = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def modal_after(text: str, end: int) -> bool:
    """Whether a time in a subject is followed by its clause's future verb: "the meeting at the
    end of the month would be the first", said of the month the writer is in."""
    return _MODAL_AFTER.match(text, end) is not None


_MODAL_AFTER = re.compile(r"\s*(?:will|would|is\s+(?:due|set|expected)|are\s+(?:due|set))\b")


def text_before(text: str, start: int, size: int = 30) -> str:
    return text[max(0, start - size) : start]


def rule(
    name: str,
    pattern: str,
    resolve: Callable[[re.Match[str], State], list[Hit]],
    accept: Callable[[re.Match[str], str], bool] | None = None,
    first: str = "",
) -> Rule:
    """Compile with whitespace kept to one line: a time expression never crosses a line break.

    `first` lists the characters a match can begin with; as a lookahead it lets the engine
    skip most positions at once instead of trying every optional prefix there (2-3x faster).
    """
    horizontal = pattern.replace(r"[\s-]", r"(?:[^\S\n]|-)").replace(r"\s", r"[^\S\n]")
    if first:
        horizontal = f"(?=[{first}]){horizontal}"
    return Rule(name, re.compile(horizontal), resolve, accept)
