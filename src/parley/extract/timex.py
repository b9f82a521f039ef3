"""Find time expressions in text and normalise them to dates with a precision.

Three kinds of anchor, as news uses them: absolute dates ("June 12, 2021"), deictic ones that
count from the publication date ("Friday", "last week") and narrative ones that count from
the time the story is telling ("the next year", "two months after"). A narrative expression
is resolved against the latest time mentioned before it in the same text, else against the
`narrative` time the caller gives (a section's date), else the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from parley.extract import timex_absolute, timex_relative
from parley.extract import timex_calendar as cal
from parley.extract.quote_marks import single_open
from parley.extract.timex_base import Hit, Rule, State, future
from parley.extract.timex_lexicon import DETERMINER_BEFORE, NOUN_AFTER
from parley.model import TimeRef

__all__ = ["TimeMention", "find_times", "parse_time", "states_year"]

# Calendar rules first: on a tie in length the earlier rule wins.
RULES: tuple[Rule, ...] = timex_absolute.RULES + timex_relative.RULES


_Candidate = tuple[int, int, int, Rule, re.Match[str]]  # start, end, rule order, rule, match


@dataclass(frozen=True)
class TimeMention:
    """A time expression found in text; `value` is None when the words cannot be placed."""

    start: int
    end: int
    text: str
    value: TimeRef | None
    anchor: str  # "absolute" | "deictic" | "narrative"
    # whether the story steps to this time: it sets the scene, and is no target, plan, span's
    # edge or flashback
    step: bool = False


# A line break inside a sentence (hard-wrapped text: "in May\n2024") reads as a space; one
# before a capital stays a break, so a headline's last word does not join the dateline below.
_SOFT_BREAK = re.compile(r"(?<=[^\s.!?:;])\n(?=[ \t]*[a-z0-9])")
_YEAR = re.compile(r"\b\d{4}\b")
_URL = re.compile(r"(?:https?://|www\.)\S+")


def _candidates(text: str) -> list[_Candidate]:
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    found = []
    for order, rule in enumerate(RULES):
        for m in rule.pattern.finditer(text):
            if m.end() == m.start() or any(s <= m.start() < e for s, e in urls):
                continue
            if rule.accept is None or rule.accept(m, text):
                found.append((m.start(), m.end(), order, rule, m))
    return found


def _select(
    found: list[_Candidate],
) -> list[_Candidate]:
    """Longest matches first, earlier rules on ties; no two chosen matches overlap."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for item in sorted(found, key=lambda c: (c[0] - c[1], c[2], c[0])):
        start, end = item[0], item[1]
        if all(end <= s or start >= e for s, e in taken):
            chosen.append(item)
            taken.append((start, end))
    return sorted(chosen, key=lambda c: c[0])


def find_times(text: str, reference: date, narrative: TimeRef | None = None) -> list[TimeMention]:
    """Every time expression in `text`, in order, resolved against the publication date
    `reference` and, for narrative expressions, the story's time (see the module docstring)."""
    scan = _SOFT_BREAK.sub(" ", text)  # same length, so offsets still point into `text`
    state = State(scan, reference, narrative or cal.one_day(reference, ""))
    mentions: list[TimeMention] = []
    for _, _, _, rule, m in _select(_candidates(scan)):
        said_then = _said_in_scene(scan, m.start(), state)
        state.reference = said_then or reference
        hits: list[Hit] = rule.resolve(m, state)
        state.reference = reference
        for start, end, value, kind in hits:
            step = False
            # a year told as a target, where a span began ("the first in 14 years, since Hu
            # Jintao's in 2005") or in a flashback ("The two men had first spoken in November
            # 2016") is no step of the story: "that afternoon", "That October" are not in it
            if value is not None and not _target_or_label(scan, start, end, value, reference):
                since = _since(scan, start)
                # "accepted an invitation to come the following year": a plan's time, the
                # story stays where it was
                planned = kind == "narrative" and future(scan, start)
                if not since and not planned and not _flashback(scan, start, end):
                    state.recent.append(value)
                    state.told = value if kind != "deictic" else state.told
                    step = not _possessed(scan, start, end, value)
                # a section's story starts where the story before it had got to
                current = state.scene or (state.base if state.base.start != reference else None)
                onward = current is not None and value.start > current.end
                backward = current is not None and value.end < current.start
                dated = kind == "absolute" and value.precision in {"day", "month"}
                dated = dated and states_year(text[start:end]) and not since
                moves_on = kind == "absolute" or (
                    kind == "narrative" and _MOVING_ON.search(m[0]) and not planned
                )
                # "that December ... came on Christmas Day": the day the month narrows to
                narrows = (
                    state.scene is not None
                    and state.scene.start <= value.start <= value.end <= state.scene.end
                    and value.precision == "day"
                    and kind != "deictic"
                )
                # "came the previous October": a story told backwards steps back through it
                moves_back = kind == "narrative" and backward and _MOVING_BACK.search(m[0])
                if (
                    _opens_sentence(scan, start)
                    or (onward and moves_on)
                    or moves_back
                    or dated
                    or narrows
                ):
                    # a story retold moves through its dates, told ("on Sept. 22") or counted
                    # ("the following September"); a full date ("set for June 12, 2018")
                    # takes it there, forward or back
                    state.scene = value
                else:
                    step = False  # ("the school from which Biden graduated in 1961": an aside)
            mentions.append(TimeMention(start, end, text[start:end], value, kind, step))
    return mentions


# the story counted on to a later time ("the following September", "a year later"), not
# a report of it "that November"
_MOVING_ON = re.compile(r"\b(?:following|next|later|after)\b", re.IGNORECASE)
_MOVING_BACK = re.compile(r"\b(?:previous|preceding|prior)\b", re.IGNORECASE)
_RETOLD_DAYS = 30  # a scene this long before publication is a story retold
# A year told as a target or a yardstick, not as the story's time: "cut emissions by 2025",
# "peak around 2030", "below 2005 levels", "an endorsement for 2020".
_TARGET_BEFORE = re.compile(r"\b(?:by|around|until|till|for)\s+$", re.IGNORECASE)
_YARDSTICK_AFTER = re.compile(r"\s+(?:levels?|figures?|prices?)\b", re.IGNORECASE)


_DEADLINE = re.compile(r"\bby\s+$")


# "By 2011 the press had a name for them": a past year a sentence opens with is the story's
_STORY_BY = re.compile(r"(?:^|[.!?]\s+|\n)By\s+$")


def _target_or_label(text: str, start: int, end: int, value: TimeRef, published: date) -> bool:
    """Whether a time is a target, a deadline, a yardstick or a thing's label, which the story
    does not step to: "by 2025", "by the end of 2012", "below 2005 levels", "the 1961 treaty"."""
    if value.precision != "year":
        # "to reduce their warheads by the end of 2012": a deadline, not a step of the story
        deadline = _DEADLINE.search(text, max(0, start - 4), start) is not None
        return deadline and states_year(text[start:end])
    before = text[max(0, start - 8) : start]
    if DETERMINER_BEFORE.search(before) and NOUN_AFTER.match(text, end):
        return True  # "the 1961 treaty": a label of a thing, not the story's time
    if _STORY_BY.search(text, max(0, start - 8), start) and value.end < published:
        return False
    return bool(_TARGET_BEFORE.search(before) or _YARDSTICK_AFTER.match(text, end))


def _possessed(text: str, start: int, end: int, value: TimeRef) -> bool:
    """ "Xi's 2014 visit": a year that dates someone's thing, which the story does not reach."""
    return (
        value.precision == "year"
        and _POSSESSIVE_BEFORE.search(text, max(0, start - 4), start) is not None
        and NOUN_AFTER.match(text, end) is not None
    )


_POSSESSIVE_BEFORE = re.compile(r"['\u2019]s?\s+$")


def _said_in_scene(text: str, at: int, state: State) -> date | None:
    """The day a quotation was spoken, for "next spring" inside it: the scene of a story
    retold ("On Dec. 30, 2022, they spoke. \u201cWe expect you next spring,\u201d Putin said")."""
    scene = state.scene
    if scene is None or scene.precision != "day":
        return None
    if (state.reference - scene.end).days <= _RETOLD_DAYS:
        return None  # news: what is said is said about now
    paragraph = max(text.rfind("\n\n", 0, at), 0)
    before = text[paragraph:at]
    curly_open = before.count("\u201c") > before.count("\u201d")
    straight_open = before.count('"') % 2 == 1
    single_opened = single_open(text, paragraph, at)
    return scene.start if curly_open or straight_open or single_opened else None


_LEAD_IN = re.compile(
    r"(?:^|[.!?:\n]\s*|[.!?][\u201d\"]\s*)"
    r"(?:(?:and|but|then|later|earlier|by|so|yet|only|even|just|until|since|in|on|at|during|"
    r"from|that|this|the|early|late|mid|)[,\s]+){0,3}$",
    re.IGNORECASE,
)


# a "since" whose clause runs on to the end of the text searched: "since he took office in"
SINCE_OPEN = re.compile(r"\bsince\b[^.;!?]*$", re.IGNORECASE)


def _since(text: str, start: int) -> bool:
    """Whether a time is where a span began ("since he took office in December 2021"): the
    story is not taken back there."""
    return SINCE_OPEN.search(text, max(0, start - 80), start) is not None


# a pluperfect in the time's clause before it: "had first spoken in"
_HAD_DONE = (
    r"had\s+(?:\w+\s+)?(?:\w+(?:ed|en|ne|un|wn)|met|held|made|sent|said|told|paid|led|"
    r"come|won|lost|fought|left|brought|thought|put|set|cut|let|stood|sat|kept|felt|got)\b"
)
_PLUPERFECT_OPEN = re.compile(rf"\b{_HAD_DONE}[^.;:!?]*$")
# ... or after it, closing the subject the time is in: "the visit in December 2013, had frozen"
_PLUPERFECT_AFTER = re.compile(rf"[^.;:!?,]{{0,30}},\s+{_HAD_DONE}")


def _flashback(text: str, start: int, end: int) -> bool:
    """Whether a time is told in a pluperfect clause, looking back from the story: "had met
    in 2016", or in the subject of one ("the visit to the shrine in December 2013, had
    frozen contact")."""
    before = _PLUPERFECT_OPEN.search(text, max(0, start - 60), start) is not None
    return before or _PLUPERFECT_AFTER.match(text, end, end + 60) is not None


def states_year(words: str) -> bool:
    """Whether a time expression writes its year out ("June 12, 2018", not "June 12")."""
    return _YEAR.search(words) is not None


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a time expression sets the scene of its sentence: "In July 2016, ...".

    Such a time becomes the year later yearless dates fall in ("On June 29, ..."); a year
    mentioned in passing ("since its launch in 2003") does not.
    """
    return _LEAD_IN.search(text, max(0, start - 40), start) is not None


def parse_time(
    expression: str, reference: date, narrative: TimeRef | None = None
) -> TimeRef | None:
    """The time one expression names ("June 2021", "the next year"), or None.

    The caller already knows these words are a time, so a bare "May" is read as the month.
    """
    for text in (expression, f"in {expression}"):
        mentions = [m for m in find_times(text, reference, narrative) if m.value is not None]
        if mentions:
            best = max(mentions, key=lambda m: m.end - m.start)
            value = best.value
            assert value is not None
            return TimeRef(value.start, value.end, value.precision, expression)
    return None
