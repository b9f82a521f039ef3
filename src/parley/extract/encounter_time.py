"""When a sentence's encounter took place: the time told of its trigger (not the time of the
report that tells it, of a flashback beside it or of another encounter), steps counted back
from a day, times told again ("and again on Dec. 12"), how long a visit lasts, and the time
of a lede or a plan to come.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from parley.extract import encounter_lexicon as lex
from parley.extract import timex_calendar as cal
from parley.extract.context import SENTENCE_EDGE, Context, sentence_start
from parley.extract.participants import has_subject
from parley.extract.quote_rules import SPEECH_LEMMAS
from parley.extract.status import governors
from parley.extract.timex import SINCE_OPEN, TimeMention, states_year
from parley.extract.timex_lexicon import NUMBER_WORDS, NUMBERS, WEEKDAYS
from parley.extract.triggers import clause_head, find_trigger, misread_phoning
from parley.model import TimeRef, precision_rank

_BARE_WEEKDAY = re.compile(rf"(?:[Oo]n\s+)?(?:{'|'.join(WEEKDAYS)})(?:['\u2019]s)?")

_WEEKEND = re.compile(r"\bweekend\b", re.IGNORECASE)

_AND_AGAIN = re.compile(r",?\s+and\s+(?:again\s+|once more\s+)?(?:on|in)\s+$")

_COUNTED_STEP = re.compile(
    rf"(?P<n>\d{{1,3}}|{NUMBER_WORDS})\s+(?P<unit>day|week|month|year)s?\s+(?P<rel>after|before)",
    re.IGNORECASE,
)

TimesIn = Callable[[int, int], list[TimeMention]]  # the times told in [start, end)

_WORDS_TO_TRIGGER = re.compile(r"\s*(?:[\w'\u2019-]+\s+){0,4}")  # "his video " before "call"

# a sentence that only says when: "It was Nov. 19, during the APEC summit."
_IT_WAS = re.compile(r"\s*(?:It|That)\s+(?:was|had\s+been)\s+(?:on\s+|in\s+)?")

_SET_BESIDE = re.compile(r",\s+(?:on|in)\s+")

_CLAUSE_END = re.compile(r";|:(?![\d/])")  # not "10:30", not a link's "https:"


def time_told(inside: list[TimeMention], trigger: Token, offset: int) -> TimeMention | None:
    """The time told nearest the trigger in its sentence, if the sentence tells one; not the
    time of the report that tells it ("New Delhi said months later that they had talked")."""
    trigger_at = trigger.idx + offset
    if trigger.pos_ == "NOUN":
        # "After another call, on Dec. 23, which ...": a time set beside the noun is its own,
        # whatever verb the parse hangs it on
        end, text = trigger.idx + len(trigger), trigger.doc.text
        beside = (t for t in inside if _SET_BESIDE.fullmatch(text, end, t.start - offset))
        found = next(beside, None)
        if found is not None:
            return found
    # "would come to Turkey that August; instead he travelled to Sochi, where on Sept. 4":
    # a semicolon or colon closes the trigger's clause, whatever the parse hangs across it
    inside = [t for t in inside if _same_clause(trigger, offset, t.start)]
    if trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in lex.TIME_NOUNS:
        # "By the time they met again, on June 26": the time noun's words date the encounter
        noun = {offset + t.idx for t in trigger.head.subtree}
        found = next((t for t in inside if t.start in noun), None)
        if found is not None:
            return found
    inside = [t for t in inside if not _dates_something_else(trigger, offset, t)]
    if not inside:
        return None
    # "In May 2020 he proposed to bring them to Washington at the end of June": the time of
    # the trigger's own phrase first
    own = {offset + t.idx for t in trigger.subtree}
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _TOPIC_VERBS:
        # "discussed the visit when they spoke on Dec. 11": a topic, dated by its own words
        return next((t for t in inside if t.start in own), None)
    inside = [t for t in inside if t.start in own] or inside
    # "weeks later, in Qingdao, at the summit in June": a date told beats a step counted
    told = [
        t
        for t in inside
        if t.anchor != "narrative" and t.value and t.value.precision in {"day", "month"}
    ] or inside  # but not "the summer sumo tournament" over "the next day"
    nearest = min(told, key=lambda t: abs(t.start - trigger_at))
    # "In November that year": of two expressions side by side, the more precise one
    beside = [t for t in inside if t is not nearest and _adjacent(t, nearest)]
    # ... and of "tomorrow, December 21", the date written out
    return max(
        [nearest, *beside],
        key=lambda t: (precision_rank(t.value.precision), t.anchor != "deictic"),  # type: ignore[union-attr]
    )


def time_said_next(text: str, start: int, times: list[TimeMention]) -> TimeRef | None:
    """The time that the sentence starting at `start` gives the encounter told just before it
    when all it does is say when: "The last time they sat down together, the room was in Lima.
    It was Nov. 19, during the APEC summit." """
    opening = _IT_WAS.match(text, start)
    if opening is None:
        return None
    return next((t.value for t in times if t.start == opening.end()), None)


def counted_back(
    text: str, inside: list[TimeMention], trigger_at: int, told: TimeMention | None
) -> TimeRef | None:
    """The time of an encounter told as so long before or after the day the sentence tells:
    "On Dec. 9, two days after his video call with Putin, ..." dates the call Dec. 7."""
    if told is None or told.value is None:
        return None
    for step in inside:
        counted = _COUNTED_STEP.fullmatch(step.text)
        if counted is None or step.value is not None or not told.end <= step.start:
            continue
        if step.end <= trigger_at and _WORDS_TO_TRIGGER.fullmatch(text, step.end, trigger_at):
            # counted back from the day told: "two days after his call" was before it
            return _counted(told.value, counted, -1, step.text)
    return None


def _counted(base: TimeRef, step: re.Match[str], after: int, text: str) -> TimeRef:
    """`base` moved by the step ("two days after"), forward for "after" when `after` is 1."""
    number = step["n"].lower()
    low, high = (int(number),) * 2 if number.isdigit() else NUMBERS[number]
    sign = after if step["rel"].lower() == "after" else -after
    first, last = sorted((sign * low, sign * high))
    return cal.shift(base, first, last, step["unit"].lower(), text)


# the event a step counts from, by the name of where it was: "four months after Nagato",
# "two weeks after their Geneva summit"
_NAMED_ANCHOR = re.compile(
    r"\s+(?:the\s+|their\s+|his\s+|her\s+)?(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w-]+)*)"
)


_PARAGRAPH_REACH = 1500  # characters: longer than the paragraphs a news article writes


def counted_from_named(
    text: str, steps: list[TimeMention], trigger_at: int, times_in: TimesIn
) -> TimeRef | None:
    """The time of an encounter told as so long after an earlier event named by its place
    ("Four months after Nagato, Abe was back in the Russian capital"): counted from the time
    told in the last sentence before it that names that place with a time."""
    for step in steps:
        counted = _COUNTED_STEP.fullmatch(step.text)
        if counted is None or step.value is not None or step.end > trigger_at:
            continue
        anchor = _NAMED_ANCHOR.match(text, step.end)
        if anchor is None:
            continue
        told = _last_time_naming(text, anchor["name"], step.start, times_in)
        return _counted(told, counted, 1, step.text) if told is not None else None
    return None


def _last_time_naming(text: str, name: str, before: int, times_in: TimesIn) -> TimeRef | None:
    """The time told in the last sentence before `before` that names `name` and tells one."""
    at = text.rfind(name, 0, before)
    while at >= 0:
        start = sentence_start(text, at)
        end_edge = SENTENCE_EDGE.search(text, at)
        end = end_edge.start() if end_edge else len(text)
        times = [t for t in times_in(start, end) if t.value is not None]
        if times:
            nearest = min(times, key=lambda t: abs(t.start - at))
            return nearest.value
        # "The previous December had been colder. At a summit in Budapest, ...": the time
        # its paragraph has told before it
        floor = max(0, start - _PARAGRAPH_REACH)
        paragraph = text.rfind("\n\n", floor, start) + 1 or floor
        earlier = [t for t in times_in(paragraph, start) if t.value is not None and t.step]
        if earlier:
            return earlier[-1].value
        at = text.rfind(name, 0, start)
    return None


def time_within(inner: TimeRef, outer: TimeRef) -> bool:
    return outer.precision == "day" or outer.start <= inner.start <= outer.end


def clause_start(trigger: Token, offset: int) -> int:
    """Where the trigger's clause starts in the article: after the last semicolon or colon
    of its sentence before it, else at the sentence."""
    sentence = trigger.sent
    ends = list(_CLAUSE_END.finditer(sentence.doc.text, sentence.start_char, trigger.idx))
    return offset + (ends[-1].end() if ends else sentence.start_char)


def _same_clause(trigger: Token, offset: int, at: int) -> bool:
    """Whether no semicolon or colon of the trigger's sentence stands between it and `at`
    ("the last time the pair will sit down together: Trump, who won last week's election")."""
    sentence = trigger.sent
    a, b = sorted((trigger.idx, at - offset))
    return _CLAUSE_END.search(sentence.doc.text, max(a, sentence.start_char), b) is None


def repeated_times(
    text: str,
    inside: list[TimeMention],
    told: TimeMention,
    start: int,
    trigger: Token,
    offset: int,
) -> list[TimeRef]:
    """Later times of the sentence joined to its own by "and (again) on": the same encounter
    told again for another day ("spoke again on Jan. 2, and on Feb. 12"), not a time that opens
    a clause of its own ("and in September, in New York, they signed it")."""
    assert told.value is not None
    return [
        _following(told.value, t.value)
        for t in inside
        if t.start > told.start
        and t.value is not None
        and _AND_AGAIN.search(text, max(start, t.start - 20), t.start)
        and not _opens_own_clause(trigger, _time_words(trigger, offset, t))
    ]


def _opens_own_clause(trigger: Token, words: SpacySpan | None) -> bool:
    """Whether a time's words date a verb with its own subject other than the trigger's."""
    if words is None:
        return False
    if _in_another_encounters_clause(trigger, words[0]):
        return True
    head = clause_head(words[0])
    own_verb = trigger if trigger.pos_ in {"VERB", "AUX"} else None
    other = own_verb is None or head.i != own_verb.i
    return has_subject(head) and other and trigger not in head.subtree


def _in_another_encounters_clause(trigger: Token, first: Token) -> bool:
    """Whether a time (its first word) is in the clause of another encounter verb with a
    subject of its own: "held a call, and in June they sat down together", however the parse
    nests the two clauses."""
    head = clause_head(first)
    if head.i in {trigger.i, clause_head(trigger).i} or not has_subject(head):
        return False
    return head.pos_ in {"VERB", "AUX"} and find_trigger(head) is not None


def _of_flashback(trigger: Token, first: Token) -> bool:
    """Whether a time (its first word) dates a flashback coordinated with the trigger's
    clause: "Russia had been suspended in 2014, and Macron used the visit"."""
    theirs, ours = clause_head(first), clause_head(trigger)
    siblings = (ours.dep_ == "conj" and ours.head.i == theirs.i) or (
        theirs.dep_ == "conj" and theirs.head.i == ours.i
    )
    flashback = told_in_pluperfect(theirs) and not told_in_pluperfect(ours)
    return siblings and flashback and has_subject(ours) and has_subject(theirs)


def _of_another_encounter(trigger: Token, first: Token) -> bool:
    """Whether a time (its first word) modifies another encounter noun ("Sunday's meeting")."""
    if first.dep_ not in {"poss", "compound", "npadvmod", "nmod"}:
        return False
    owner = first.head
    return owner.i != trigger.i and owner.pos_ == "NOUN" and find_trigger(owner) is not None


def _following(told: TimeRef, time: TimeRef) -> TimeRef:
    """A yearless date told after another falls in the first year that puts it after it."""
    if states_year(time.text):
        return time
    for years in (told.start.year - time.start.year, told.start.year - time.start.year + 1):
        moved = _shifted(time, years)
        if moved.start > told.end:
            return moved
    return time


def told_in_pluperfect(token: Token) -> bool:
    """Told in the pluperfect, itself or through its verb ("had met", "had invited him to a
    summit"): before the time the story stands at."""
    verb = next((g for g in [token, *governors(token, 3)] if g.pos_ in {"VERB", "AUX"}), token)
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _dates_something_else(trigger: Token, offset: int, time: TimeMention) -> bool:
    """Whether a time of the trigger's sentence dates something else than the encounter (one
    parse lookup serves every test): the report of it, the span it is counted against, a
    flashback beside it ("Russia had been suspended in 2014, and Macron used the visit"), or
    another encounter noun ("Sunday's meeting ... the questions of the Hanoi talks")."""
    local = time.start - offset
    if trigger.idx < local and SINCE_OPEN.search(trigger.doc.text, trigger.idx, local):
        return True  # "the second meeting between them since soldiers fought ... in June 2020"
    words = _time_words(trigger, offset, time)
    if words is None or _set_before_its_when(trigger, words) or misread_phoning(trigger):
        return False  # ("On March 24 Trump called Moon and asked": the parse hangs the time on
        # "asked", the call on "Trump")
    return (
        _time_of_report(trigger, words.root)
        or _told_by_source(words.root)
        or _time_since(trigger, words.root)
        or _of_flashback(trigger, words[0])
        or _of_another_encounter(trigger, words[0])
        or _of_an_event(trigger, words.root)
    )


def _of_an_event(trigger: Token, root: Token) -> bool:
    """ "weeks after the failed coup attempt of July 15": a date "of" a noun dates that
    event, when another time of the sentence is left to date the encounter."""
    prep = root.head
    if prep.lower_ != "of" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
        return False
    event = prep.head
    if event.ent_type_ in {"DATE", "TIME"} or event.lemma_.lower() in _PARTS_OF_TIME:
        return False  # "the evening of June 6", "the week of May 3": a time
    # (an encounter's date, "the Oval Office visit of last year", is counted from elsewhere)
    return event.i != trigger.i and lex.lemma_of(event.lemma_) not in lex.NOUN_TRIGGERS


# what a date may be the part of: a time the encounter tells ("the evening of June 6"), an
# edge of one, a season
_PARTS_OF_TIME = lex.TIME_NOUNS | frozenset(
    {"afternoon", "weekend", "month", "eve", "end", "start", "beginning", "middle", "summer",
     "spring", "autumn", "fall", "winter"}
)  # fmt: skip


def _set_before_its_when(trigger: Token, words: SpacySpan) -> bool:
    """ "By November, when both men flew to Vietnam": a time set just before the "when"
    clause that tells the encounter is that clause's, whatever verb the parse hangs it on."""
    after = words.doc[words.end : words.end + 2]
    if [t.lower_ for t in after] != [",", "when"]:
        return False
    when = after[1]
    return when.head.i == trigger.i or when.head in trigger.ancestors


def _time_words(trigger: Token, offset: int, time: TimeMention) -> SpacySpan | None:
    """A time's words in the trigger's parsed paragraph."""
    local = time.start - offset
    span = trigger.doc.char_span(local, local + len(time.text), alignment_mode="expand")
    return span if span is not None and len(span) else None


# what is discussed is a topic: "discussed the visit when they spoke on Dec. 11"
_TOPIC_VERBS = frozenset({"discuss", "raise", "review"})


# verbs whose time is the report's, besides saying: "heard from Jake yesterday about the
# meeting", "revealed the meeting only the next morning", "the visit was confirmed on Sunday"
_REPORTING = frozenset(
    {
        "hear",
        "learn",
        "brief",
        "reveal",
        "disclose",
        "confirm",
        "announce",
        "discuss",
    }
)


def _told_by_source(root: Token) -> bool:
    """Whether a time belongs to the source a sentence cites: "according to a memorandum
    released that November"."""
    return any(a.lower_ == "according" for a in root.ancestors)


def _time_of_report(trigger: Token, root: Token) -> bool:
    """Whether a time modifies a verb of saying that reports the encounter ("said months later
    that they had talked"), not one said there ("went to Sochi, where on Sept. 4 he told")."""
    head = root.head  # "on the morning of June 29, Trump wrote": up the phrase to its verb
    while head.dep_ in {"prep", "pobj"} and head.head.i != head.i and head.i != trigger.i:
        head = head.head
    lemma = head.lemma_.lower()
    saying = head.pos_ == "VERB" and (lemma in SPEECH_LEMMAS - {"call"} or lemma in _REPORTING)
    # ("complained by phone": the saying is the call)
    means = trigger.dep_ == "pobj" and trigger.head.lower_ in {"by", "over", "via"}
    said_through = means and trigger.head.head.i == head.i
    return saying and trigger.i != head.i and trigger in head.subtree and not said_through


def _time_since(trigger: Token, root: Token) -> bool:
    """Whether a time dates the start of a span the encounter is measured against ("the second
    meeting since soldiers fought in the Galwan Valley in June 2020"), not the encounter."""
    for edge in [root, *root.ancestors]:
        if trigger.i == edge.i:
            return False
        bounded = edge.dep_ == "prep" and edge.lower_ in _SPAN_WORDS
        if bounded or any(c.dep_ == "mark" and c.lower_ in _SPAN_WORDS for c in edge.children):
            return trigger not in edge.subtree
    return False


_SPAN_WORDS = frozenset({"since"})  # "postponed until Friday" does date it


def _adjacent(a: TimeMention, b: TimeMention) -> bool:
    return 0 <= b.start - a.end <= 2 or 0 <= a.start - b.end <= 2


def near_publication(time: TimeRef | None, published: date | None) -> bool:
    """Whether an encounter is the day's news: undated, or within a week of publication."""
    if time is None or published is None:
        return True
    return abs((time.start - published).days) <= 7


def told_inside(told: TimeMention | None, noun: Token, offset: int) -> bool:
    """Whether a time is told inside a noun's own phrase ("the visit, set for Aug. 30")."""
    if told is None:
        return False
    start = offset + noun.left_edge.idx
    end = offset + noun.right_edge.idx + len(noun.right_edge.text)
    return start <= told.start < end


def visit_lasting(time: TimeRef, sentence_text: str) -> TimeRef:
    """A visit that starts on a day and is told as "a three-day state visit" lasts those days."""
    told = _DAYS_LONG.search(sentence_text)
    if told is None or time.precision != "day" or time.start != time.end:
        return time
    word = told.group("n").lower()
    days = int(word) if word.isdigit() else NUMBERS.get(word, (0,))[0]
    if not 1 < days <= _LONGEST_VISIT_DAYS:
        return time
    return replace(time, end=time.start + timedelta(days=days - 1))


_DAYS_LONG = re.compile(
    rf"\b(?P<n>\d|{NUMBER_WORDS})-day\s+(?:(?:state|official|working|private)\s+)?(?:visit|trip)",
    re.IGNORECASE,
)

_LONGEST_VISIT_DAYS = 10


def coming_time(time: TimeRef, published: date) -> TimeRef:
    """A bare weekday a planned encounter is told for is the coming one: "Saturday's
    encounter will be shaped by the calendar", said on a Thursday."""
    ahead = timedelta(days=7)
    bare = _BARE_WEEKDAY.fullmatch(time.text) is not None
    if not bare or time.precision != "day" or not published - ahead <= time.start < published:
        return time
    return replace(time, start=time.start + ahead, end=time.end + ahead)


def last_such_day(time: TimeRef) -> TimeRef:
    """A yearless date a past-tense verb puts after publication meant last year's, a weekday
    or weekend last week's ("spoke over the weekend", said on a Friday); a date that states
    its year stays as written."""
    if states_year(time.text):
        return time
    if _BARE_WEEKDAY.fullmatch(time.text) or _WEEKEND.search(time.text):
        week = timedelta(days=7)
        return replace(time, start=time.start - week, end=time.end - week)
    return _shifted(time, -1)


def _shifted(time: TimeRef, years: int) -> TimeRef:
    """The same dates `years` later (earlier when negative), by the calendar's month step."""
    start, end = (cal.move(d, 12 * years, "month") for d in (time.start, time.end))
    return replace(time, start=start, end=end)


def lede_time(context: Context, published: date | None) -> TimeRef | None:
    """A news report's opening event happened on its dateline date, else its publication date."""
    if context.dateline_time is not None:
        return context.dateline_time
    if published is None:
        return None
    return TimeRef(published, published, "day", "")
