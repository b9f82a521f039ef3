"""Time expressions found in news sentences and the dates they name."""

from __future__ import annotations

import time
from datetime import date

import pytest

from parley.extract.timex import find_times, parse_time
from parley.model import TimeRef

REF = date(2021, 6, 16)  # a Wednesday
MONDAY = date(2021, 6, 14)
JUNE = TimeRef(date(2021, 6, 1), date(2021, 6, 30), "month", "June 2021")
JUNE_12 = TimeRef(date(2021, 6, 12), date(2021, 6, 12), "day", "June 12, 2021")

# (sentence, publication date, narrative time) -> (text, start, end, precision)
CASES = [
    # so many years back to the day
    (
        "Three years ago today, in a stadium outside Johannesburg, they shook hands.",
        date(2016, 12, 10),
        None,
        ("Three years ago today", "2013-12-10", "2013-12-10", "day"),
    ),
    # a count "on" from the story's time, closing its phrase
    (
        "Four months on, the summit was called off.",
        date(2017, 8, 3),
        TimeRef(date(2016, 6, 1), date(2016, 6, 30), "month", "June 2016"),
        ("Four months on", "2016-10-01", "2016-10-31", "month"),
    ),
    # a future told as already past, and one still to come
    (
        "Erdogan had been expected to host Putin in August.",
        date(2023, 9, 4),
        None,
        ("August", "2023-08-01", "2023-08-31", "month"),
    ),
    (
        "Erdogan is expected to host Putin in August.",
        date(2023, 9, 4),
        None,
        ("August", "2024-08-01", "2024-08-31", "month"),
    ),
    # absolute
    ("They met in June 2021.", REF, None, ("June 2021", "2021-06-01", "2021-06-30", "month")),
    ("They met on June 12, 2021.", REF, None, ("June 12, 2021", "2021-06-12", "2021-06-12", "day")),
    ("They met on 12 June 2021.", REF, None, ("12 June 2021", "2021-06-12", "2021-06-12", "day")),
    ("They met on June 12.", REF, None, ("June 12", "2021-06-12", "2021-06-12", "day")),
    (
        "On December 3, Putin visited Delhi.",
        REF,
        None,
        ("December 3", "2020-12-03", "2020-12-03", "day"),
    ),
    (
        "The summit will be held on December 3.",
        REF,
        None,
        ("December 3", "2021-12-03", "2021-12-03", "day"),
    ),
    ("The talks resume on June 30.", REF, None, ("June 30", "2021-06-30", "2021-06-30", "day")),
    # looking forward, however far back in the clause the cue stands
    (
        "They looked forward to further strengthening unity and defense at the NATO Summit in "
        "Vilnius in April.",
        REF,
        None,
        ("April", "2022-04-01", "2022-04-30", "month"),
    ),
    ("He was elected in 2019.", REF, None, ("2019", "2019-01-01", "2019-12-31", "year")),
    # a bare year that ends the clause after a verb
    ("The warmth did not survive 2017.", REF, None, ("2017", "2017-01-01", "2017-12-31", "year")),
    ("In 1998, the two leaders met.", REF, None, ("1998", "1998-01-01", "1998-12-31", "year")),
    ("It is the lowest level since 2003.", REF, None, ("2003", "2003-01-01", "2003-12-31", "year")),
    (
        "Tickets for the 2008 Olympics sold out.",
        REF,
        None,
        ("2008", "2008-01-01", "2008-12-31", "year"),
    ),
    (
        "They met in the spring of 2019.",
        REF,
        None,
        ("spring of 2019", "2019-03-01", "2019-05-31", "season"),
    ),
    (
        "The summer of 2018 was hot.",
        REF,
        None,
        ("summer of 2018", "2018-06-01", "2018-08-31", "season"),
    ),
    (
        "A visit is planned for spring 2019.",
        REF,
        None,
        ("spring 2019", "2019-03-01", "2019-05-31", "season"),
    ),
    ("Winter 2019 was mild.", REF, None, ("Winter 2019", "2019-12-01", "2020-02-29", "season")),
    (
        "Talks stalled in the fall of 2011.",
        REF,
        None,
        ("fall of 2011", "2011-09-01", "2011-11-30", "season"),
    ),
    (
        "The base should open by mid-2019.",
        REF,
        None,
        ("mid-2019", "2019-05-01", "2019-08-31", "season"),
    ),
    ("Prices rose in late 2020.", REF, None, ("late 2020", "2020-09-01", "2020-12-31", "season")),
    ("Xi visited in early March.", REF, None, ("early March", "2021-03-01", "2021-03-10", "month")),
    (
        "Polls close at the end of June.",
        REF,
        None,
        ("the end of June", "2021-06-21", "2021-06-30", "month"),
    ),
    (
        "Debt must fall by the end of 2019.",
        REF,
        None,
        ("the end of 2019", "2019-12-01", "2019-12-31", "month"),
    ),
    (
        "The accord was signed 2019-03-04 in Hanoi.",
        REF,
        None,
        ("2019-03-04", "2019-03-04", "2019-03-04", "day"),
    ),
    (
        "The order was signed on 7/4/2020.",
        REF,
        None,
        ("7/4/2020", "2020-07-04", "2020-07-04", "day"),
    ),
    ("The visit began on Jan. 5.", REF, None, ("Jan. 5", "2021-01-05", "2021-01-05", "day")),
    (
        "The vote took place on Sept. 20.",
        REF,
        None,
        ("Sept. 20", "2020-09-20", "2020-09-20", "day"),
    ),
    ("The forum runs June 12-14.", REF, None, ("June 12-14", "2021-06-12", "2021-06-14", "day")),
    (
        "Talks ran from June 30 to July 2.",
        REF,
        None,
        ("June 30 to July 2", "2021-06-30", "2021-07-02", "day"),
    ),
    (
        "Ties were cut on the 12th of June.",
        REF,
        None,
        ("the 12th of June", "2021-06-12", "2021-06-12", "day"),
    ),
    ("Relations thawed in the 1990s.", REF, None, ("1990s", "1990-01-01", "1999-12-31", "year")),
    (
        "Cars were boxy in the late 1980s.",
        REF,
        None,
        ("late 1980s", "1986-01-01", "1989-12-31", "year"),
    ),
    (
        "Trade fell in the first quarter of 2019.",
        REF,
        None,
        ("the first quarter of 2019", "2019-01-01", "2019-03-31", "season"),
    ),
    ("She returned home in May.", REF, None, ("May", "2021-05-01", "2021-05-31", "month")),
    (
        "It happened in January 2020.",
        REF,
        None,
        ("January 2020", "2020-01-01", "2020-01-31", "month"),
    ),
    (
        "Merkel met Macron on Friday, June 11, 2021.",
        REF,
        None,
        ("Friday, June 11, 2021", "2021-06-11", "2021-06-11", "day"),
    ),
    ("Sales grew between 2014 and 2016.", REF, None, ("2016", "2016-01-01", "2016-12-31", "year")),
    ("Sales grew between 2014 and 2016.", REF, None, ("2014", "2014-01-01", "2014-12-31", "year")),
    (
        "Troops stay until October of next year.",
        REF,
        None,
        ("October of next year", "2022-10-01", "2022-10-31", "month"),
    ),
    (
        "Output fell in the fourth quarter.",
        date(2007, 3, 13),
        None,
        ("the fourth quarter", "2006-10-01", "2006-12-31", "season"),
    ),
    (
        "The plan was announced in January.",
        date(2006, 8, 19),
        None,
        ("January", "2006-01-01", "2006-01-31", "month"),
    ),
    (
        "The plane made its first flight on 11 December.",
        date(2010, 1, 25),
        None,
        ("11 December", "2009-12-11", "2009-12-11", "day"),
    ),
    (
        "Nikkei at lowest level since '82.",
        date(2008, 10, 27),
        None,
        ("'82", "1982-01-01", "1982-12-31", "year"),
    ),
    (
        "Markets fell on March 01 , 2008 .",
        REF,
        None,
        ("March 01 , 2008", "2008-03-01", "2008-03-01", "day"),
    ),
    # deictic: against the publication date
    ("Biden spoke to reporters today.", REF, None, ("today", "2021-06-16", "2021-06-16", "day")),
    ("The ministers met yesterday.", REF, None, ("yesterday", "2021-06-15", "2021-06-15", "day")),
    ("The ministers meet tomorrow.", REF, None, ("tomorrow", "2021-06-17", "2021-06-17", "day")),
    ("Putin met Xi on Friday.", REF, None, ("Friday", "2021-06-11", "2021-06-11", "day")),
    ("Friday's talks were tense.", REF, None, ("Friday", "2021-06-11", "2021-06-11", "day")),
    ("He will meet Xi on Friday.", REF, None, ("Friday", "2021-06-18", "2021-06-18", "day")),
    ("Markets stay closed until Friday.", REF, None, ("Friday", "2021-06-18", "2021-06-18", "day")),
    ("The leaders met on Wednesday.", REF, None, ("Wednesday", "2021-06-16", "2021-06-16", "day")),
    ("They spoke by phone on Tuesday.", REF, None, ("Tuesday", "2021-06-15", "2021-06-15", "day")),
    (
        "They spoke Tuesday morning.",
        REF,
        None,
        ("Tuesday morning", "2021-06-15", "2021-06-15", "day"),
    ),
    ("They spoke last week.", REF, None, ("last week", "2021-06-07", "2021-06-13", "day")),
    ("They meet next month.", REF, None, ("next month", "2021-07-01", "2021-07-31", "month")),
    ("Growth will slow this year.", REF, None, ("this year", "2021-01-01", "2021-12-31", "year")),
    ("Growth slowed last year.", REF, None, ("last year", "2020-01-01", "2020-12-31", "year")),
    ("Elections are due next year.", REF, None, ("next year", "2022-01-01", "2022-12-31", "year")),
    ("He resigned two days ago.", REF, None, ("two days ago", "2021-06-14", "2021-06-14", "day")),
    (
        "He resigned three weeks ago.",
        REF,
        None,
        ("three weeks ago", "2021-05-26", "2021-05-26", "day"),
    ),
    (
        "He resigned two months ago.",
        REF,
        None,
        ("two months ago", "2021-04-01", "2021-04-30", "month"),
    ),
    ("She took office a year ago.", REF, None, ("a year ago", "2020-01-01", "2020-12-31", "year")),
    (
        "Talks began earlier this month.",
        REF,
        None,
        ("earlier this month", "2021-06-01", "2021-06-15", "month"),
    ),
    (
        "A summit is planned later this year.",
        REF,
        None,
        ("later this year", "2021-06-17", "2021-12-31", "year"),
    ),
    ("The pair will dine tonight.", REF, None, ("tonight", "2021-06-16", "2021-06-16", "day")),
    ("The pair met this morning.", REF, None, ("this morning", "2021-06-16", "2021-06-16", "day")),
    ("Talks broke down last night.", REF, None, ("last night", "2021-06-15", "2021-06-15", "day")),
    ("They met last Friday.", REF, None, ("last Friday", "2021-06-11", "2021-06-11", "day")),
    ("They meet next Tuesday.", REF, None, ("next Tuesday", "2021-06-22", "2021-06-22", "day")),
    (
        "The law passed last September.",
        REF,
        None,
        ("last September", "2020-09-01", "2020-09-30", "month"),
    ),
    (
        "Protests are expected this weekend.",
        REF,
        None,
        ("this weekend", "2021-06-19", "2021-06-20", "day"),
    ),
    (
        "Talks went on over the weekend.",
        MONDAY,
        None,
        ("the weekend", "2021-06-12", "2021-06-13", "day"),
    ),
    (
        "It rained the day before yesterday.",
        REF,
        None,
        ("the day before yesterday", "2021-06-14", "2021-06-14", "day"),
    ),
    # narrative: against the section's time, else the latest time told, else publication
    (
        "That spring, he travelled to Moscow.",
        REF,
        JUNE,
        ("That spring", "2021-03-01", "2021-05-31", "season"),
    ),
    (
        "Later that year, they met again.",
        REF,
        JUNE,
        ("Later that year", "2021-01-01", "2021-12-31", "year"),
    ),
    (
        "The next year, Xi visited Moscow.",
        REF,
        JUNE,
        ("The next year", "2022-01-01", "2022-12-31", "year"),
    ),
    (
        "The following month, they met.",
        REF,
        JUNE,
        ("The following month", "2021-07-01", "2021-07-31", "month"),
    ),
    (
        "Two months after, they met.",
        REF,
        JUNE,
        ("Two months after", "2021-08-01", "2021-08-31", "month"),
    ),
    (
        "Earlier that month, aides met.",
        REF,
        JUNE,
        ("Earlier that month", "2021-06-01", "2021-06-30", "month"),
    ),
    (
        "A few weeks before, they spoke.",
        REF,
        JUNE,
        ("A few weeks before", "2021-05-01", "2021-06-30", "month"),
    ),
    ("Weeks later, they met.", REF, JUNE, ("Weeks later", "2021-06-01", "2021-07-31", "month")),
    # counted from the month the story has moved on to, not from an older exact day
    (
        "They met on July 6, 2020. In August 2023 they met again. Two weeks later, Xi left.",
        REF,
        None,
        ("Two weeks later", "2023-08-01", "2023-08-31", "month"),
    ),
    ("That day, the talks ended.", REF, JUNE_12, ("That day", "2021-06-12", "2021-06-12", "day")),
    ("The same day, Xi left.", REF, JUNE_12, ("The same day", "2021-06-12", "2021-06-12", "day")),
    ("The next day, Xi left.", REF, JUNE_12, ("The next day", "2021-06-13", "2021-06-13", "day")),
    ("Days later, Xi left.", REF, JUNE_12, ("Days later", "2021-06-14", "2021-06-18", "day")),
    (
        "A year later, they met again.",
        REF,
        JUNE_12,
        ("A year later", "2022-01-01", "2022-12-31", "year"),
    ),
    (
        "The following month, they met.",
        REF,
        None,
        ("The following month", "2021-07-01", "2021-07-31", "month"),
    ),
    (
        "In 2014, Putin came. The next year, Xi went.",
        REF,
        None,
        ("The next year", "2015-01-01", "2015-12-31", "year"),
    ),
    (
        "They met on June 16. Two days later, Xi left.",
        date(2021, 6, 20),
        None,
        ("Two days later", "2021-06-18", "2021-06-18", "day"),
    ),
    (
        "Stocks fell on Monday, to end the day lower.",
        REF,
        None,
        ("the day", "2021-06-14", "2021-06-14", "day"),
    ),
]

NEGATIVES = [
    "She may meet him soon.",
    "Thousands joined a protest march in the capital.",
    "He arrived at 4:16 P.M. sharp.",
    "The army sent 2,000 troops.",
    "Resolution 1973 authorised force.",
    "Flight 1990 landed safely.",
    "Paris would hand over Mirage 2000-5 fighters.",
    "The room number was 2017.",
    "The index rose to 2019 points.",
    "He is 56 years old.",
    "Theresa May met Merkel.",
    "The report, a speech by May, was cut.",
    "Crowds marked the fall of Kabul.",
    "The Arab Spring began in Tunisia.",
    "The Winter Olympics opened.",
    "They watched the final day of the summer sumo tournament.",
    "Kyiv launched the spring offensive.",
    "The index fell 2010 points.",
    "It costs $2020 a month.",
    "Both are in their 20s.",
    "Black Monday shook the markets.",
    "He left the day after the vote.",
]


@pytest.mark.parametrize(("sentence", "reference", "narrative", "expected"), CASES)
def test_time_is_found_and_placed(
    sentence: str, reference: date, narrative: TimeRef | None, expected: tuple[str, ...]
) -> None:
    mentions = find_times(sentence, reference, narrative)
    got = [
        (m.text, m.value.start.isoformat(), m.value.end.isoformat(), m.value.precision)
        for m in mentions
        if m.value is not None
    ]
    assert expected in got
    for m in mentions:
        assert sentence[m.start : m.end] == m.text


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_non_times_are_not_tagged(sentence: str) -> None:
    assert find_times(sentence, REF) == []


@pytest.mark.parametrize(
    ("sentence", "anchor"),
    [
        ("They met on June 12, 2021.", "absolute"),
        ("They met on Friday.", "deictic"),
        ("The next year, they met.", "narrative"),
    ],
)
def test_anchor_kind(sentence: str, anchor: str) -> None:
    assert [m.anchor for m in find_times(sentence, REF)] == [anchor]


def test_event_anchor_without_date_has_no_value() -> None:
    (mention,) = find_times("He arrived two days before the summit.", REF)
    assert (mention.text, mention.value) == ("two days before", None)


def test_dateline_does_not_run_into_next_line() -> None:
    texts = [m.text for m in find_times("Markets closed until Friday\nSeptember 18 , 2008", REF)]
    assert texts == ["Friday", "September 18 , 2008"]


@pytest.mark.parametrize(
    ("expression", "start", "end", "precision"),
    [
        ("June 2021", "2021-06-01", "2021-06-30", "month"),
        ("May", "2021-05-01", "2021-05-31", "month"),
        ("the next year", "2022-01-01", "2022-12-31", "year"),
        ("2019", "2019-01-01", "2019-12-31", "year"),
        ("Friday", "2021-06-11", "2021-06-11", "day"),
    ],
)
def test_parse_time(expression: str, start: str, end: str, precision: str) -> None:
    value = parse_time(expression, REF)
    assert value is not None
    assert (value.start.isoformat(), value.end.isoformat(), value.precision) == (
        start,
        end,
        precision,
    )
    assert value.text == expression


def test_parse_time_of_no_time_is_none() -> None:
    assert parse_time("the visit never took place", REF) is None


def test_fast_on_a_long_article() -> None:
    paragraph = (
        "President Biden met Vladimir Putin in Geneva on Wednesday, June 16, 2021, for about "
        "four hours. The two leaders last spoke in April, and a year later relations had soured. "
        "Officials said the next round of talks may take place in the spring of 2022 or later. "
    )
    article = (paragraph * 40)[:5000]
    find_times(article, REF)
    runs = 20
    began = time.perf_counter()
    for _ in range(runs):
        find_times(article, REF)
    assert (time.perf_counter() - began) / runs < 0.02


def test_hard_wrapped_line_still_reads_as_one_date() -> None:
    (mention,) = find_times("Storms hit from December\n25 to December 27, 2021.", REF)
    assert mention.text == "December\n25 to December 27, 2021"
    assert mention.value is not None
    assert (mention.value.start, mention.value.end) == (date(2021, 12, 25), date(2021, 12, 27))


def test_dates_inside_links_are_skipped() -> None:
    assert find_times("See https://example.org/news/2025-05-13/report for more.", REF) == []


# A story retold from long ago: yearless dates follow the scene that opened a sentence.
SCENES = [
    (
        "In July 2016, the coup failed. On June 29 they had spoken.",
        date(2024, 11, 4),
        "June 29",
        date(2016, 6, 29),
    ),
    (
        "In 2018 they met twice. On June 12 they shook hands.",
        date(2019, 7, 5),
        "June 12",
        date(2018, 6, 12),
    ),
    (
        "In November 2022, they met in Bali. In January they spoke again.",
        date(2024, 11, 13),
        "January",
        date(2023, 1, 1),
    ),
    ("The plan announced in January was dropped.", date(2006, 8, 19), "January", date(2006, 1, 1)),
    # "that year", "the same year", "That November": the year the story is in, not this one
    (
        "They took office in 2009, and on May 18 of that year they met.",
        date(2016, 12, 30),
        "May 18 of that year",
        date(2009, 5, 18),
    ),
    (
        "In March 2013 they met, and again in November of the same year.",
        date(2016, 12, 30),
        "November of the same year",
        date(2013, 11, 1),
    ),
    (
        "They met in 2009. That November they spoke.",
        date(2016, 12, 30),
        "That November",
        date(2009, 11, 1),
    ),
    # what a quotation says of "next spring" is said on the day the story is at
    (
        'On Dec. 30, 2022, they spoke. "We are expecting you next spring," Putin told Xi.',
        date(2024, 11, 20),
        "next spring",
        date(2023, 3, 1),
    ),
    (
        "Sales grew since its launch in 2003, and as of February it led.",
        date(2008, 4, 9),
        "February",
        date(2008, 2, 1),
    ),
]


@pytest.mark.parametrize(("text", "reference", "words", "start"), SCENES)
def test_yearless_dates_follow_the_scene(
    text: str, reference: date, words: str, start: date
) -> None:
    mention = next(m for m in find_times(text, reference) if m.text == words)
    assert mention.value is not None and mention.value.start == start


@pytest.mark.parametrize(
    ("narrative", "expected"),
    [
        (TimeRef(date(2018, 1, 1), date(2018, 12, 31), "year", "2018"), date(2018, 7, 15)),
        (TimeRef(date(2021, 1, 1), date(2022, 12, 31), "year", "2021-2022"), date(2021, 7, 15)),
    ],
)
def test_a_yearless_date_falls_in_the_year_of_its_section(narrative, expected) -> None:
    text = "On July 15, the two men watched the final."
    (mention,) = find_times(text, date(2025, 7, 10), narrative)
    assert mention.value is not None and mention.value.start == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the following February", date(2012, 2, 1)),
        ("the next February", date(2012, 2, 1)),
        ("The previous May", date(2011, 5, 1)),
        # weekdays of the story: the story's Wednesday, August 17, 2011
        ("the Friday of that week", date(2011, 8, 19)),
        ("that Friday", date(2011, 8, 19)),
        ("the following Monday", date(2011, 8, 22)),
    ],
)
def test_a_month_or_weekday_is_counted_from_the_story(words: str, expected: date) -> None:
    story = TimeRef(date(2011, 8, 17), date(2011, 8, 17), "day", "August 17, 2011")
    (mention,) = find_times(f"Xi came back {words}.", date(2024, 11, 13), story)
    assert mention.value is not None and mention.value.start == expected
    assert mention.anchor == "narrative"


def test_a_bare_weekday_after_a_day_long_past_is_that_day_s_week() -> None:
    text = "On Friday, Feb. 6, 2015, Merkel flew to Moscow. On Sunday the leaders spoke again."
    mentions = find_times(text, date(2021, 9, 20))
    assert [m.value.start for m in mentions if m.value] == [date(2015, 2, 6), date(2015, 2, 8)]


def test_the_weekend_after_a_day_long_past_is_that_week_s_weekend() -> None:
    text = "On Friday, March 3, 2017, Macron met Merkel. The mood did not last the weekend."
    mentions = find_times(text, date(2021, 9, 20))
    weekend = next(m.value for m in mentions if m.text == "the weekend")
    assert weekend is not None and (weekend.start, weekend.end) == (
        date(2017, 3, 4),
        date(2017, 3, 5),
    )


def test_a_month_something_is_set_for_is_a_month() -> None:
    text = "In January 2018 a visit that had been planned for February was called off."
    mentions = find_times(text, date(2019, 6, 5))
    assert [m.value.start for m in mentions if m.value] == [date(2018, 1, 1), date(2018, 2, 1)]


@pytest.mark.parametrize(
    ("text", "published", "story", "words", "expected"),
    [
        # a year naming a thing is no step of the story
        (
            "On May 26, 2014, Modi raised the trial of the 2008 Mumbai attacks. Six months later"
            " they met again.",
            date(2017, 8, 3),
            None,
            "Six months later",
            date(2014, 11, 1),
        ),
        # the time a plan is for does not move the story
        (
            "On July 10, 2015, they met in Ufa, and Modi accepted an invitation to visit the"
            " following year. At the end of August the talks were called off.",
            date(2017, 8, 3),
            None,
            "the end of August",
            date(2015, 8, 21),
        ),
        # "today" inside a single-quoted tweet is the day of the story
        (
            "The surprise came on Christmas Day. \u2018Looking forward to meeting Nawaz Sharif in"
            " Lahore today afternoon,\u2019 he tweeted.",
            date(2017, 8, 3),
            TimeRef(date(2015, 11, 30), date(2015, 11, 30), "day", "Nov. 30"),
            "today afternoon",
            date(2015, 12, 25),
        ),
        # a time in the subject of a pluperfect clause looks back from the story
        (
            "In the autumn of 2014 Abe went to Beijing. The leader's visit to the shrine in"
            " December 2013, had frozen contact. Tension eased that November.",
            date(2020, 3, 6),
            None,
            "that November",
            date(2014, 11, 1),
        ),
        # a bare year long before, told in passing, is no step the story counts from
        (
            "In June 2020 Macron came to London to mark the anniversary of the appeal broadcast"
            " from the city in 1940. Six months later the virus produced a crisis.",
            date(2022, 9, 5),
            None,
            "Six months later",
            date(2020, 12, 1),
        ),
    ],
)
def test_a_time_lands_where_the_story_is(
    text: str, published: date, story: TimeRef | None, words: str, expected: date
) -> None:
    mentions = find_times(text, published, story)
    found = next(m.value for m in mentions if m.text == words)
    assert found is not None and found.start == expected


def test_two_days_joined_by_and_are_one_range() -> None:
    (mention,) = find_times("On April 27 and 28, 2018, Xi hosted Modi.", date(2025, 8, 25))
    assert mention.value is not None
    assert (mention.value.start, mention.value.end) == (date(2018, 4, 27), date(2018, 4, 28))


def test_a_section_that_counts_from_the_one_before_lands_in_its_heading() -> None:
    from parley.extract.context import Context, Section, section_times
    from parley.model import Span

    text = (
        "## Paris, June 2018\n\nThey met.\n\n## Osaka, June 2019\n\n"
        "A year later, on June 28, they met."
    )
    second = text.index("## Osaka")
    june_2018 = TimeRef(date(2018, 6, 1), date(2018, 6, 30), "month", "June 2018")
    june_2019 = TimeRef(date(2019, 6, 1), date(2019, 6, 30), "month", "June 2019")
    context = Context(
        (
            Section(0, second, Span(3, 19, "Paris, June 2018"), time=june_2018),
            Section(
                second, len(text), Span(second + 3, second + 19, "Osaka, June 2019"), time=june_2019
            ),
        )
    )
    found = {m.text: m.value for m in section_times(text, date(2025, 1, 10), context)}
    assert found["June 28"] is not None and found["June 28"].start == date(2019, 6, 28), found


def test_a_count_onward_that_lands_outside_a_dated_heading_gives_way_to_it() -> None:
    from parley.extract.context import build_context, section_times
    from parley.resolve.gazetteer import Gazetteer

    text = (
        "1. **Ottawa, November 2020.** Trudeau spoke at an online event.\n\n"
        "2. **By telephone, Feb. 10, 2021.** Two months later Trudeau telephoned Modi. The"
        " doses landed the following month."
    )
    published = date(2025, 1, 9)
    context = build_context(text, published, Gazetteer.default().lookup)
    assert [s.heading.text for s in context.sections if s.heading] == [
        "Ottawa, November 2020",
        "By telephone, Feb. 10, 2021",
    ]
    found = {m.text: m.value for m in section_times(text, published, context)}
    assert found["Two months later"].start == date(2021, 2, 10), found
    assert found["the following month"].start == date(2021, 3, 1), found


def test_a_count_under_a_year_heading_counts_from_the_last_day_told_before_it() -> None:
    from parley.extract.context import build_context, section_times
    from parley.resolve.gazetteer import Gazetteer

    text = (
        "1984\n\nAt Camp David on Dec. 22 she pressed Reagan on his missile shield.\n\n"
        "1985\n\nTwo months later she was back in Washington."
    )
    published = date(2004, 6, 11)
    context = build_context(text, published, Gazetteer.default().lookup)
    found = {m.text: m.value for m in section_times(text, published, context)}
    assert found["Two months later"].start == date(1985, 2, 1), found


def test_a_yearless_date_under_a_year_heading_falls_in_that_year() -> None:
    year = TimeRef(date(2024, 1, 1), date(2024, 12, 31), "year", "2024")
    found = {
        m.text: m.value
        for m in find_times("He was to be there on Oct. 12.", date(2025, 1, 25), year)
    }
    assert found["Oct. 12"] is not None and found["Oct. 12"].start == date(2024, 10, 12)


def test_that_afternoon_is_in_the_time_the_story_has_moved_to() -> None:
    text = (
        "On June 9, 2018, they argued. A month later they met again, and that afternoon they"
        " talked."
    )
    found = {m.text: m.value for m in find_times(text, date(2021, 1, 10))}
    afternoon = found["that afternoon"]
    assert afternoon is not None and afternoon.start.month == 7, afternoon


def test_a_full_date_told_in_passing_takes_the_story_back_to_its_year() -> None:
    text = (
        "On the morning of June 29, Trump wrote to Kim. A summit had been set for June 12,"
        " 2018, in Singapore. Then, on May 24, Trump called it off."
    )
    found = {m.text: m.value for m in find_times(text, date(2019, 7, 5))}
    assert found["June 29"] is not None and found["June 29"].start == date(2019, 6, 29)
    assert found["May 24"] is not None and found["May 24"].start == date(2018, 5, 24), found


def test_a_story_retold_moves_on_through_its_year() -> None:
    text = "The first call came on February 10, 2021. A second call, on September 9, was longer."
    found = {m.text: m.value for m in find_times(text, date(2025, 1, 25))}
    assert found["September 9"] is not None and found["September 9"].start == date(2021, 9, 9)


@pytest.mark.parametrize(
    ("words", "expected"), [("that autumn", date(2019, 9, 1)), ("that spring", date(2019, 3, 1))]
)
def test_that_season_is_the_season_of_the_story_s_year(words: str, expected: date) -> None:
    story = TimeRef(date(2019, 6, 30), date(2019, 6, 30), "day", "June 30, 2019")
    (mention,) = find_times(f"{words.capitalize()}, Moon invited Kim.", date(2022, 5, 9), story)
    assert mention.value is not None and mention.value.start == expected


def test_the_end_of_the_month_said_of_a_coming_meeting_is_the_writer_s_month() -> None:
    text = "In April, Xi sent a message. The meeting at the end of the month would be the first."
    found = {m.text: m.value for m in find_times(text, date(2025, 8, 25))}
    value = found["the end of the month"]
    assert value is not None and (value.start.month, value.start.year) == (8, 2025)


def test_the_end_of_the_year_hoped_for_in_a_story_is_the_story_s_year() -> None:
    story = TimeRef(date(2018, 9, 20), date(2018, 9, 20), "day", "Sept. 20, 2018")
    text = "His office hoped the trip would happen before the end of the year."
    (mention,) = find_times(text, date(2022, 5, 9), story)
    assert mention.value is not None and mention.value.start.year == 2018


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("They agreed on a visit in the autumn.", date(2018, 9, 1)),  # later in the story's year
        ("The talks went on in the winter.", date(2017, 12, 1)),  # the winter the story is near
        ("Moon pledged a trip to Pyongyang in the summer.", date(2018, 6, 1)),  # a pledge looks on
    ],
)
def test_a_bare_season_in_a_story_years_back_is_the_one_nearest_the_story(
    words: str, expected: date
) -> None:
    text = f"On April 27, 2018, Kim met Moon. {words}"
    found = {m.text: m.value for m in find_times(text, date(2022, 5, 9))}
    season = next(v for t, v in found.items() if t.endswith(("autumn", "winter", "summer")))
    assert season is not None and season.start == expected, found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a bare weekday in this week's news counts from publication
        ("On Monday, Nov. 16, Biden met Xi. On Friday the two spoke again.", date(2020, 11, 21),
         date(2020, 11, 20)),
        # a flashback to another month does not move the story's day
        ("On Sunday, Feb. 8, 2015, the leaders spoke. They had first met in June 2014. On"
         " Wednesday evening they gathered in Minsk.", date(2021, 9, 20), date(2015, 2, 11)),
        # nor does a year told as a target
        ("On Sept. 22, 2019, they met in Houston. Critics read it as an endorsement for 2020."
         " Two days later they met again in New York.", date(2020, 2, 26), date(2019, 9, 24)),
    ],
)  # fmt: skip
def test_the_last_time_told_counts_from_the_story_s_day(
    text: str, published: date, expected: date
) -> None:
    mentions = find_times(text, published)
    assert [m.value.start for m in mentions if m.value][-1] == expected


_FOLLOWING = (
    "In November 2014, Obama went to Beijing. Xi's return visit came the following September."
    " He landed in Seattle on Sept. 22."
)


@pytest.mark.parametrize(
    ("text", "published", "words", "expected"),
    [
        # a story moved on by "the following September" keeps its later dates there
        (_FOLLOWING, date(2017, 1, 10), "the following September", date(2015, 9, 1)),
        (_FOLLOWING, date(2017, 1, 10), "Sept. 22", date(2015, 9, 22)),
        # a time a report came out does not move the story: "released that November"
        (
            "On April 21, 2019, Trump phoned Zelenskyy, according to a memorandum released that"
            " November. Perry led the delegation in May.",
            date(2024, 6, 20),
            "May",
            date(2019, 5, 1),
        ),
        # a year that labels a thing is not the story's time: "the 1961 treaty"
        (
            "The treaty replaces the 1961 treaty of friendship. Nine months earlier Kim came.",
            date(2024, 6, 20),
            "Nine months earlier",
            date(2023, 9, 1),
        ),
        # "weekend" holds no "end of"
        (
            "Blair spent the first weekend of April 2002 at the ranch.",
            date(2024, 6, 20),
            "April 2002",
            date(2002, 4, 1),
        ),
        # where a span began ("the first in 14 years, since Hu's in 2005") is no step of it
        (
            "On June 20, 2019, Xi landed for a state visit, the first in 14 years, since Hu"
            " Jintao's in 2005. In the talks that afternoon they compared notes.",
            date(2025, 9, 10),
            "that afternoon",
            date(2019, 6, 20),
        ),
        # a story retold backwards: a yearless date told as past is not after publication
        (
            "On Saturday, Feb. 12, 2022, they spoke for the last time. Six weeks earlier Putin"
            " asked to talk. On Dec. 30, Biden took the call.",
            date(2022, 11, 16),
            "Dec. 30",
            date(2021, 12, 30),
        ),
        # "the following spring" comes after the last time the story told, not after a time
        # counted from publication
        (
            "In June 2015 they met. Their last visit before this week came the following spring"
            " in Hannover.",
            date(2016, 11, 18),
            "the following spring",
            date(2016, 3, 1),
        ),
        # a time told in a pluperfect flashback is not where "that October" counts from
        (
            "Their first meeting came on Feb. 13, 2017. The two men had first spoken in November"
            " 2016. That October the prime minister was back.",
            date(2020, 11, 10),
            "That October",
            date(2017, 10, 1),
        ),
        # "the last week of March" is the month's last full week, not last week
        (
            "Lula took office on Jan. 1, 2023. A state visit was set for the last week of March.",
            date(2024, 11, 21),
            "the last week of March",
            date(2023, 3, 20),
        ),
        # a year after a possessive names the time of what follows ("Xi's 2014 visit")
        (
            "It came during Xi's 2014 visit to Australia.",
            date(2024, 11, 21),
            "2014",
            date(2014, 1, 1),
        ),
        # a bare weekday after a day a week before publication is in that day's week
        (
            "Xi landed at Orly on the afternoon of Sunday, May 5. On Monday the three met.",
            date(2024, 5, 13),
            "Monday",
            date(2024, 5, 6),
        ),
        # a past year a sentence opens with "By" is where the story is, not a target
        (
            "They met in Brussels on May 7, 2010. By 2012 they spoke weekly. On March 3 they"
            " dined in Paris.",
            date(2013, 6, 1),
            "March 3",
            date(2012, 3, 3),
        ),
        # a deadline is no step of the story: "the next day" counts from the signing
        (
            "On May 24, 2002, they signed a treaty to cut warheads by the end of 2012. The next"
            " day they flew to St Petersburg.",
            date(2004, 1, 1),
            "The next day",
            date(2002, 5, 25),
        ),
        # a month told years from the last day told is where "the next day" counts from
        (
            "MOSCOW, March 14 - They met on Thursday. In December 2019 they argued in Sochi. The"
            " next day was to be a celebration.",
            date(2025, 3, 14),
            "The next day",
            date(2019, 12, 1),
        ),
        # "is expected" looks forward
        (
            "Lukashenko is expected in Moscow again in May.",
            date(2025, 3, 14),
            "May",
            date(2025, 5, 1),
        ),
        # numbers past twelve count too
        (
            "The visit came in September 1998. Sixteen months earlier they had signed a pact.",
            date(1999, 12, 31),
            "Sixteen months earlier",
            date(1997, 5, 1),
        ),
        # "before that": counted from the time the story has reached
        (
            "They signed it in May 1997. Two months before that, the two men had met.",
            date(1999, 12, 31),
            "Two months before",
            date(1997, 3, 1),
        ),
        # "the previous summer": the last one before the time told
        (
            "The two met in March 1997. The previous summer, the president had phoned him.",
            date(1999, 12, 31),
            "The previous summer",
            date(1996, 6, 1),
        ),
        # a story told backwards steps back with "the previous October", and a bare month
        # after it falls in the year it stepped to
        (
            "The visit was in April 1996. The best talks came the previous October, in a"
            " country house. Five months before the talks, in May, they had met in Moscow.",
            date(1999, 12, 31),
            "May",
            date(1995, 5, 1),
        ),
    ],
)
def test_the_time_a_phrase_names_in_its_story(
    text: str, published: date, words: str, expected: date
) -> None:
    found = {m.text: m.value for m in find_times(text, published)}
    assert found[words] is not None and found[words].start == expected, found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a month naming an event of its own is a time
        ("They met hours after the record of the July call came out.", date(2019, 9, 30),
         date(2019, 7, 1)),
        ("Their June summit was cancelled.", date(2019, 9, 30), date(2019, 6, 1)),
        # a holiday is its day
        ("Just before Christmas 2010, the Russian called again.", date(2012, 5, 22),
         date(2010, 12, 25)),
        ("On Christmas Eve they spoke.", date(2012, 5, 22), date(2011, 12, 24)),
        ("They met at Thanksgiving 2021.", date(2012, 5, 22), date(2021, 11, 25)),
        ("They talked on New Year's Day.", date(2012, 5, 22), date(2012, 1, 1)),
    ],
)  # fmt: skip
def test_a_named_month_or_holiday_is_that_time(text: str, published: date, expected: date) -> None:
    found = [m.value.start for m in find_times(text, published) if m.value]
    assert found == [expected], found


def test_a_holiday_naming_a_thing_is_no_time() -> None:
    assert find_times("They exchanged Christmas cards.", date(2012, 5, 22)) == []


def test_a_date_after_the_section_s_story_time_may_lie_up_to_publication() -> None:
    # a section going on from "June" tells "late July" of the same year, published in September
    june = TimeRef(date(2025, 6, 1), date(2025, 6, 30), "month", "June")
    text = "In late July the president came to Scotland."
    [mention] = find_times(text, date(2025, 9, 19), june)
    assert mention.value is not None and mention.value.start == date(2025, 7, 21)


def test_a_weekday_told_as_some_such_day_is_in_the_time_just_told() -> None:
    text = "They last met in June of last year: on a Tuesday evening he was received in Paris."
    found = {m.text: m.value for m in find_times(text, date(2012, 5, 14))}
    value = found["Tuesday evening"]
    assert value is not None and (value.start, value.precision) == (date(2011, 6, 1), "month")
