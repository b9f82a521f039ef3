"""Discourse context: headings and datelines that set place, forum and time for the text below.

A feature article such as "## Geneva, Switzerland: Summit, June 2021" followed by paragraphs
states the place and month once, in the heading; a wire story states them once, in its
dateline ("MOSCOW, July 3 (Reuters) -"). Later stages read each sentence against the section
it falls in.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from operator import attrgetter

from parley.extract.forums import forum_in
from parley.extract.spoken_day import is_date_line
from parley.extract.timex import TimeMention, find_times
from parley.model import Place, Span, TimeRef, precision_rank

PlaceLookup = Callable[[str], Place | None]

_MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(?P<text>[^*_]{3,120})(?:\*\*|__)\s*$")
# a paragraph led by a bold phrase, as an item of a chronology often is: "3. **By telephone,
# Feb. 10, 2021.** Two months later ..."
_BOLD_LEAD = re.compile(
    r"^\s*(?:(?:\d{1,2}|[IVX]{1,4})[.)]\s+)?(?:\*\*|__)(?P<text>[^*_]{3,120}?)[.:]?(?:\*\*|__)"
    r"[.:]?\s+\S"
)
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\([A-Za-z .]+\))?\s*[-\u2013\u2014]{1,2}\s+"
)
_SENTENCE_END = re.compile(r"[.!?\u201d\"]\s*$")


@dataclass(frozen=True)
class Section:
    """A stretch of text governed by one heading (or by the dateline, or by nothing)."""

    start: int
    end: int
    heading: Span | None = None
    place: Place | None = None
    time: TimeRef | None = None
    forum: str | None = None


@dataclass(frozen=True)
class Context:
    """The article's sections in order, plus the dateline's place and date if it has one."""

    sections: tuple[Section, ...]
    dateline_place: Place | None = None
    dateline_time: TimeRef | None = None
    dateline_end: int = 0  # where the dateline ("MOSCOW, July 3 -") ends, 0 without one
    paragraph_starts: tuple[int, ...] = (0,)
    # the days a story retold has reached, as (offset, day, where its sentence starts), once
    # its times are read
    story_days: tuple[tuple[int, date, int], ...] = ()

    def section_at(self, offset: int) -> Section:
        """The section containing a character offset (the last one starting at or before it)."""
        current = self.sections[0]
        for section in self.sections:
            if section.start > offset:
                break
            current = section
        return current

    def story_day(self, offset: int) -> date | None:
        """The day the story has reached at `offset`: the time its own sentence tells after
        it, when the sentence told none before ("The Chinese leader reached the
        president-elect on Nov. 8, 2008"), else the last time told before it in its
        paragraph, or in its section when a heading runs on through several. A title there
        ("the Chinese president") names whoever held it then, not at publication."""
        index = bisect_right(self.story_days, offset, key=lambda told: told[0])
        later = self.story_days[index] if index < len(self.story_days) else None
        if (
            later is not None
            and later[2] <= offset
            and (index == 0 or later[2] > self.story_days[index - 1][0])
        ):
            return later[1]  # the sentence tells its time after the words, and none before
        if index == 0:
            return None
        at, day, _ = self.story_days[index - 1]
        section = self.section_at(offset)
        if at < section.start:
            return None
        if section.heading is None and self._paragraph_of(at) != self._paragraph_of(offset):
            return None
        return day

    def _paragraph_of(self, offset: int) -> int:
        return bisect_right(self.paragraph_starts, offset)


def _lines(text: str) -> list[tuple[int, str]]:
    """Lines of `text` with their start offsets."""
    out, offset = [], 0
    for line in text.splitlines(keepends=True):
        out.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    return out


def _is_blank(lines: list[tuple[int, str]], index: int) -> bool:
    return index < 0 or index >= len(lines) or not lines[index][1].strip()


def _heading_text(lines: list[tuple[int, str]], index: int) -> tuple[int, str] | None:
    """The heading text of line `index` and its offset, or None if the line is body text."""
    offset, line = lines[index]
    for pattern in (_MARKDOWN_HEADING, _BOLD_LINE, _BOLD_LEAD):
        match = pattern.match(line)
        if match:
            return offset + match.start("text"), match.group("text")
    stripped = line.strip()
    standalone = _is_blank(lines, index - 1) and _is_blank(lines, index + 1)
    if standalone and 3 <= len(stripped) <= 90 and not _SENTENCE_END.search(stripped):
        return offset + line.index(stripped), stripped
    return None


_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s+")


def _heading_place(heading: str, lookup: PlaceLookup) -> Place | None:
    """Place named before the colon of a heading: "Geneva, Switzerland: Summit, June 2021",
    "Beijing (January 2019)"."""
    head = heading.split(":", 1)[0] if ":" in heading else heading
    head = _ENUMERATOR.sub("", head)  # "3. Lahore, that December": an item of a numbered list
    parts = [p.strip() for p in re.split(r"[,()]|\u2014|\u2013| - ", head) if p.strip()]
    candidates = [", ".join(parts[:2])] if len(parts) >= 2 else []
    candidates += parts
    for candidate in candidates:
        if re.fullmatch(r"[\d\s]+", candidate):
            continue
        place = lookup(candidate)
        if place is not None:
            return place
    return None


def _first_time(text: str, reference: date) -> TimeRef | None:
    for mention in find_times(text, reference):
        if mention.value is not None and mention.anchor == "absolute":
            return mention.value
    return None


def build_context(text: str, published: date | None, lookup: PlaceLookup) -> Context:
    """Split an article into sections by its headings, and read its dateline."""
    reference = published or date.today()
    lines = _lines(text)
    sections: list[Section] = []
    for index in range(len(lines)):
        found = _heading_text(lines, index)
        if found is None:
            continue
        offset, heading = found
        if is_date_line(heading):
            continue
        place = _heading_place(heading, lookup)
        time = _first_time(heading, reference)
        forum = forum_in(heading)
        if (
            place is None
            and time is None
            and forum is None
            and not _MARKDOWN_HEADING.match(lines[index][1])
            and not _ENUMERATOR.match(heading)
        ):
            continue  # (but a marked heading that names nothing, "## How it began", still
            # ends the section before it)
        sections.append(
            Section(
                start=lines[index][0],
                end=len(text),
                heading=Span(offset, offset + len(heading), heading),
                place=place,
                time=time,
                forum=forum,
            )
        )
    first_start = sections[0].start if sections else len(text)
    bounded = [Section(0, first_start)]
    for index, current in enumerate(sections):
        end = sections[index + 1].start if index + 1 < len(sections) else len(text)
        bounded.append(
            Section(current.start, end, current.heading, current.place, current.time, current.forum)
        )
    dateline_place, dateline_time, dateline_end = _dateline(text, reference, published, lookup)
    if dateline_place or dateline_time:
        first = bounded[0]
        bounded[0] = Section(first.start, first.end, None, dateline_place, dateline_time, None)
    if bounded[0].start == bounded[0].end and len(bounded) > 1:
        bounded.pop(0)
    paragraphs = (0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text)))
    return Context(tuple(bounded), dateline_place, dateline_time, dateline_end, paragraphs)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _dateline(
    text: str, reference: date, published: date | None, lookup: PlaceLookup
) -> tuple[Place | None, TimeRef | None, int]:
    """Place, date and end of a wire-style dateline at the start of the body."""
    body_start = 0
    for offset, line in _lines(text)[:6]:
        if line.strip() and not _MARKDOWN_HEADING.match(line):
            body_start = offset
            break
    match = _DATELINE.match(text, body_start)
    if match is None:
        return None, None, 0
    raw_place = match.group("place").strip()
    place = lookup(raw_place.title()) or lookup(raw_place.split(",")[0].title())
    time = None
    if match.group("date") and published is not None:
        times = find_times(match.group("date"), reference)
        time = times[0].value if times else None
    return place, time, match.end()


def section_times(text: str, published: date | None, context: Context) -> list[TimeMention]:
    """Every time expression of the article, each read in the chain of its own section.

    A section is read as one story: its heading's time anchors "the next year", and each
    time told moves the story on, so "on June 29" after "In 2016" falls in 2016. Without a
    publication date only absolute times are kept: relative ones would be a guess.
    """
    reference = published or date.today()
    out: list[TimeMention] = []
    previous: TimeRef | None = None
    before: TimeRef | None = None  # the time the heading just before gave, if it gave one
    reached: TimeRef | None = None  # the last time told, not counted from publication
    for section in context.sections:
        chunk = text[section.start : section.end]
        # a section whose heading gives no time goes on from the last time told before it
        # ("## San Francisco: APEC" ... "Ten days later"), if that lies in the time the section
        # before gave in its heading (else it was a flashback or a deadline: that time)
        if reached is not None and before is not None and not _within(reached, before):
            reached = before
        story = section.time or (reached if section.heading is not None else None)
        found = find_times(chunk, reference, story)
        if section.heading is not None and section.time is not None and previous is not None:
            # (counted from the last time the section before told, within its heading's)
            found = _linked_back(chunk, found, section, reference, reached or previous)
        for mention in found:
            if published is None and mention.anchor != "absolute":
                continue
            start = section.start + mention.start
            if start < context.dateline_end:
                continue  # the dateline dates the report, and its section: no event in it
            out.append(replace(mention, start=start, end=start + len(mention.text)))
            if mention.value is not None and mention.anchor != "deictic":
                reached = mention.value
        # a heading's counted time ("Osaka, two months later") carries the chain on; only a
        # date it gives bounds what the section before could reach
        previous = section.time or _heading_time(section, out) or previous
        before = section.time
    return out


def _heading_time(section: Section, times: list[TimeMention]) -> TimeRef | None:
    """The time a heading tells in words counted from the section before: "Osaka, two months
    later", "Lahore, that December"."""
    if section.heading is None:
        return None
    told = (
        t.value
        for t in times
        if section.heading.start <= t.start < section.heading.end and t.anchor != "deictic"
    )
    return next((value for value in told if value is not None), None)


def with_story_days(context: Context, text: str, times: list[TimeMention]) -> Context:
    """The context with the times its story steps to, in order, for `story_day`: a year by
    its middle, a month or day by its start."""
    days = []
    for mention in times:
        value = mention.value
        if value is None or not mention.step:
            continue
        section = context.section_at(mention.start)
        headed = section.heading is not None and section.time is not None
        if mention.anchor == "deictic" and headed and not _within(value, section.time):
            continue  # "on Sunday evening" under "Reykjavik, October 1986": not this week's
        middle = value.start + (value.end - value.start) / 2
        day = middle if value.precision == "year" else value.start
        days.append((mention.start, day, sentence_start(text, mention.start)))
    return replace(context, story_days=tuple(days))


# a sentence's end, not an abbreviation's full stop ("Dec. 15", "Mr. Abe"), or a line's
SENTENCE_EDGE = re.compile(
    r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!Sept)[.!?][\"\u201d\u2019]?\s+(?=[A-Z\"\u201c])|\n"
)
_SENTENCE_REACH = 600  # characters: longer than any sentence a news article writes


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts (a sentence starts within a few hundred
    characters: no scan from the text's start)."""
    floor = max(0, at - _SENTENCE_REACH)
    breaks = list(SENTENCE_EDGE.finditer(text, floor, at + 1))
    return breaks[-1].end() if breaks else floor


def dated_by_headings(context: Context, times: list[TimeMention]) -> Context:
    """The context with each heading's counted time ("2. Osaka, two months later") as the
    time of its section, where the heading gives no date of its own."""
    sections = tuple(
        replace(section, time=section.time or _heading_time(section, times))
        for section in context.sections
    )
    return replace(context, sections=sections)


def _linked_back(
    chunk: str,
    found: list[TimeMention],
    section: Section,
    reference: date,
    previous: TimeRef,
) -> list[TimeMention]:
    """The section's times when its story opens by counting from the section before.

    Under "Osaka, Japan: G-20 summit, June 2019", "A year later, ..." counts from the last
    section's June 2018, not from the heading's June 2019; the heading says where that lands.
    Read so when the count from the section before falls in the heading's time and the count
    from the heading does not.
    """
    assert section.heading is not None and section.time is not None
    body_start = section.heading.end - section.start
    body = [m for m in found if m.start >= body_start]
    if not body or body[0].anchor != "narrative":
        return found
    # (under a year's heading, "Two months later" counted from the section before says the
    # month: "1985" ... from December 1984)
    vaguer = body[0].value is not None and precision_rank(body[0].value.precision) < (
        precision_rank(previous.precision)
    )
    if _within(body[0].value, section.time) and not vaguer:
        return found
    masked = " " * body_start + chunk[body_start:]  # same offsets, heading unread
    again = find_times(masked, reference, previous)
    if again and again[0].anchor == "narrative" and _within(again[0].value, section.time):
        return [m for m in found if m.start < body_start] + again
    # from neither does a count onward land in the heading's time ("3. By telephone, Feb.
    # 10, 2021" ... "Two months later"): a loose count, and the heading says when
    opening = body[0]
    if not _COUNTED_ON.search(opening.text):
        return found
    masked = masked[: opening.start] + " " * (opening.end - opening.start) + masked[opening.end :]
    rest = find_times(masked, reference, section.time)
    landed = replace(opening, value=section.time)
    opened = sorted([landed, *rest], key=attrgetter("start"))
    return [m for m in found if m.start < body_start] + opened


_COUNTED_ON = re.compile(r"\b(?:later|after|afterwards?)$", re.IGNORECASE)


def _within(value: TimeRef | None, frame: TimeRef) -> bool:
    return value is not None and value.start <= frame.end and frame.start <= value.end
