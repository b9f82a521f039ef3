"""Cross-article merging on hand-built mentions: what becomes one record and what stays apart."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from parley.model import Actor, Encounter, Participant, Place, Quote, Span, TimeRef
from parley.resolve.merge import cluster_keys, confidence, merge_mentions
from parley.resolve.visits import join_visit_days
from parley.store.records import EncounterRecord, QuoteRecord

BIDEN = Actor("Q6279", "Joe Biden", "person", "US")
XI = Actor("Q15031", "Xi Jinping", "person", "CN")
TRUMP = Actor("Q22686", "Donald Trump", "person", "US")
KIM = Actor("Q56226", "Kim Jong Un", "person", "KP")
AIDE = Actor("person:jane-doe", "Jane Doe")

WOODSIDE = Place("Woodside", "United States", "US", 37.43, -122.25, "city")
FILOLI = Place("Filoli Estate", "United States", "US", 37.47, -122.31, "venue", "Woodside")
USA = Place("United States", "United States", "US", 39.8, -98.6, "country")
BALI = Place("Bali", "Indonesia", "ID", -8.65, 115.22, "region")
NUSA_DUA = Place("Nusa Dua", "Indonesia", "ID", -8.80, 115.23, "city")
SINGAPORE = Place("Singapore", "Singapore", "SG", 1.29, 103.85, "city")
SAN_FRANCISCO = Place("San Francisco", "United States", "US", 37.77, -122.42, "city")
LOS_ANGELES = Place("Los Angeles", "United States", "US", 34.05, -118.24, "city")


def day(d: date, text: str = "") -> TimeRef:
    return TimeRef(d, d, "day", text or d.isoformat())


def month(year: int, number: int) -> TimeRef:
    last = (date(year + number // 12, number % 12 + 1, 1) - date.resolution).day
    return TimeRef(date(year, number, 1), date(year, number, last), "month", "that month")


def mention(
    article: str,
    published: date | None,
    *,
    status: str = "held",
    time: TimeRef | None = None,
    place: Place | None = None,
    kind: str = "meeting",
    fmt: str = "formal",
    people: tuple[Actor, ...] = (BIDEN, XI),
    enc_id: str = "e1",
    **fields: object,
) -> EncounterRecord:
    sentence = f"{article}: {status} {kind}"
    encounter = Encounter(
        id=enc_id,
        kind=kind,  # type: ignore[arg-type]
        format=fmt,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        participants=tuple(Participant(a) for a in people),
        evidence=(Span(0, len(sentence), sentence),),
        place=place,
        time=time,
        **fields,  # type: ignore[arg-type]
    )
    return EncounterRecord(encounter, article, f"title {article}", None, published)


NOV15 = date(2023, 11, 15)
SUMMIT = [
    mention("ap", date(2023, 11, 16), time=day(NOV15), place=WOODSIDE, forum="summit"),
    mention("bbc", date(2023, 11, 16), time=day(NOV15), place=FILOLI, duration_minutes=240),
    mention("nyt", date(2023, 11, 17), time=month(2023, 11), place=USA, forum="APEC summit"),
]


def test_same_summit_in_three_articles_is_one_record_with_three_sources():
    [merged] = merge_mentions(SUMMIT)
    assert merged.sources == 3
    assert [m.article_id for m in merged.mentions] == ["ap", "bbc", "nyt"]
    assert merged.status == "held"
    assert merged.confidence == confidence(3, 1.0, merged.time) == 0.875


def test_fields_combine_to_the_most_precise_most_specific_and_longest():
    [merged] = merge_mentions(SUMMIT)
    assert merged.time == day(NOV15)  # not November
    assert merged.place == FILOLI  # a venue beats a city beats a country
    assert merged.duration_minutes == 240
    assert merged.forum == "APEC summit"  # a named forum beats a bare "summit"
    assert {p.actor.id for p in merged.participants} == {BIDEN.id, XI.id}


def test_company_is_the_first_report_that_states_it():
    reports = [
        mention("ap", date(2023, 11, 16), time=day(NOV15)),
        mention("bbc", date(2023, 11, 17), time=day(NOV15), company="interpreters only"),
        mention("nyt", date(2023, 11, 18), time=day(NOV15), company="alone"),
    ]
    [merged] = merge_mentions(list(reversed(reports)))
    assert merged.company == "interpreters only"


def test_planned_then_held_is_one_record_whose_history_shows_both():
    planned = mention("reuters", date(2023, 11, 10), status="scheduled", time=day(NOV15))
    held = mention("ap", date(2023, 11, 16), time=day(NOV15), place=WOODSIDE)
    [merged] = merge_mentions([held, planned])
    assert merged.status == "held"
    assert [(h.status, h.reported, h.article_id) for h in merged.history] == [
        ("scheduled", date(2023, 11, 10), "reuters"),
        ("held", date(2023, 11, 16), "ap"),
    ]
    assert merged.history[0].evidence == "reuters: scheduled meeting"


def test_planned_then_cancelled_keeps_who_cancelled_and_why():
    planned = mention(
        "kcna", date(2018, 5, 10), status="scheduled", time=day(date(2018, 6, 12)),
        place=SINGAPORE, people=(TRUMP, KIM),
    )  # fmt: skip
    cancelled = mention(
        "wapo", date(2018, 5, 24), status="cancelled", time=day(date(2018, 6, 12)),
        people=(TRUMP, KIM), cancelled_by=TRUMP, reason="tremendous anger",
    )  # fmt: skip
    [merged] = merge_mentions([cancelled, planned])
    assert merged.status == "cancelled"
    assert merged.place == SINGAPORE
    last = merged.history[-1]
    assert (last.status, last.reported, last.by, last.reason) == (
        "cancelled",
        date(2018, 5, 24),
        TRUMP,
        "tremendous anger",
    )


def test_a_plan_reported_after_the_day_does_not_overturn_held():
    held = mention("ap", date(2023, 11, 16), time=day(NOV15))
    background = mention("ft", date(2023, 11, 20), status="scheduled", time=day(NOV15))
    [merged] = merge_mentions([held, background])
    assert merged.status == "held"
    assert [h.status for h in merged.history] == ["held"]
    assert merged.sources == 2


def test_a_call_off_reported_after_the_encounter_was_reported_held_does_not_overturn_it():
    held = mention("ap", date(2023, 11, 16), time=day(NOV15))
    misread = mention("ft", date(2024, 1, 20), status="cancelled", time=month(2023, 11))
    [merged] = merge_mentions([held, misread])
    assert (merged.status, [h.status for h in merged.history]) == ("held", ["held"])


def test_a_month_joins_the_most_told_day_it_holds():
    early = [mention(a, date(2023, 11, 14), time=day(date(2023, 11, 13))) for a in "ab"]
    told = [mention(a, date(2023, 11, 16), time=day(NOV15)) for a in "cde"]
    later = mention("f", date(2024, 5, 1), time=month(2023, 11))
    records = merge_mentions([*early, *told, later])
    assert [(m.time.start.day, m.sources) for m in records] == [(13, 2), (15, 4)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Same pair, same forum, days apart: two meetings.
        (
            mention("a", date(2022, 11, 14), time=day(date(2022, 11, 14)), forum="G20 summit"),
            mention("b", date(2022, 11, 17), time=day(date(2022, 11, 16)), forum="G20 summit"),
        ),
        # A phone call the day before the meeting.
        (
            mention("a", NOV15, time=day(NOV15)),
            mention("b", NOV15, time=day(date(2023, 11, 14)), kind="call"),
        ),
        # A call planned for the day of a meeting is not its report.
        (
            mention("a", NOV15, time=day(NOV15)),
            mention("b", date(2023, 11, 14), time=day(NOV15), kind="call", status="scheduled"),
        ),
        # A cancelled formal summit and the informal chat held instead.
        (
            mention("a", NOV15, time=day(NOV15), status="cancelled"),
            mention("b", NOV15, time=day(NOV15), fmt="informal"),
        ),
        # Places 500 km apart, one of them only planned.
        (
            mention("a", NOV15, time=day(NOV15), place=SAN_FRANCISCO),
            mention("b", NOV15, time=day(NOV15), place=LOS_ANGELES, status="scheduled"),
        ),
        # Different months.
        (
            mention("a", date(2023, 12, 1), time=month(2023, 11)),
            mention("b", date(2023, 12, 1), time=month(2023, 12)),
        ),
        # One article telling the day's formal summit called off and the chat held instead.
        (
            mention("a", NOV15, time=day(NOV15), enc_id="e1", status="cancelled"),
            mention("a", NOV15, time=day(NOV15), enc_id="e2", fmt="informal"),
        ),
        # One article telling meetings of the pair on two days.
        (
            mention("a", NOV15, time=day(NOV15), enc_id="e1"),
            mention("a", NOV15, time=day(date(2023, 11, 14)), enc_id="e2"),
        ),
        # An undated mention published weeks after the dated one.
        (mention("a", NOV15, time=day(NOV15)), mention("b", date(2023, 12, 20))),
    ],
)
def test_different_encounters_stay_apart(first, second):
    assert len(merge_mentions([first, second])) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A meeting and a visit are the same encounter told two ways; the visit wins.
        (mention("a", NOV15, time=day(NOV15)), mention("b", NOV15, time=day(NOV15), kind="visit")),
        # One day apart: time zones, or "Wednesday" anchored to another publication date.
        (
            mention("a", NOV15, time=day(NOV15)),
            mention("b", NOV15, time=day(date(2023, 11, 16))),
        ),
        # A region contains a city of its country; a month contains the day.
        (
            mention("a", date(2022, 11, 15), time=day(date(2022, 11, 14)), place=NUSA_DUA),
            mention("b", date(2022, 11, 30), time=month(2022, 11), place=BALI),
        ),
        # Undated, published the next day.
        (mention("a", NOV15, time=day(NOV15)), mention("b", date(2023, 11, 16))),
        # A known participant plus someone the knowledge base does not know.
        (
            mention("a", NOV15, time=day(NOV15)),
            mention("b", NOV15, time=day(NOV15), people=(BIDEN, XI, AIDE)),
        ),
    ],
)
def test_compatible_mentions_merge(first, second):
    [merged] = merge_mentions([first, second])
    assert merged.sources == 2
    assert merged.kind == ("visit" if "visit" in (first.encounter.kind, second.encounter.kind)
                           else first.encounter.kind)  # fmt: skip


def test_a_held_call_the_day_of_a_held_meeting_is_that_meeting_misread():
    [merged] = merge_mentions(
        [
            mention("a", NOV15, time=day(NOV15), kind="call"),
            mention("b", NOV15, time=day(NOV15), place=WOODSIDE),
        ]
    )
    assert merged.kind == "meeting" and merged.sources == 2


@pytest.mark.parametrize(
    "other",
    [
        # a call reported held on the day a meeting was planned for is that meeting
        mention("b", NOV15, time=day(NOV15), kind="call"),
        # the evening's dinner, announced, is part of the day's visit
        mention("b", date(2023, 11, 10), time=day(NOV15), status="scheduled", fmt="informal"),
    ],
)
def test_one_day_s_reports_of_a_pair_are_one_encounter(other):
    planned = mention("a", date(2023, 11, 10), status="scheduled", time=day(NOV15), kind="visit")
    held = mention("c", NOV15, time=day(NOV15), kind="visit")
    [merged] = merge_mentions([planned, held, other])
    assert merged.sources == 3 and merged.status == "held"


def test_one_article_telling_the_day_s_meeting_twice_gives_one_record():
    [merged] = merge_mentions(
        [
            mention("a", NOV15, time=day(NOV15), place=WOODSIDE, enc_id="e1"),
            mention("a", NOV15, time=day(NOV15), place=LOS_ANGELES, kind="call", enc_id="e2"),
        ]
    )
    assert merged.sources == 1 and len(merged.mentions) == 2
    assert merged.kind == "meeting"


@pytest.mark.parametrize("status", ["held", "scheduled"])
def test_one_article_s_talks_and_dinner_of_one_day_are_one_visit(status):
    merged = merge_mentions(
        [
            mention("a", NOV15, time=day(NOV15), kind="visit", status=status, enc_id="e1"),
            mention("a", NOV15, time=day(NOV15), fmt="informal", status=status, enc_id="e2"),
        ]
    )
    assert [(m.kind, m.format, len(m.mentions)) for m in merged] == [("visit", "formal", 2)]


@pytest.mark.parametrize("second", ["held", "scheduled"])
def test_one_article_s_plan_for_the_day_and_its_outcome_join_others_reports_of_it(second):
    plan = mention("a", NOV15, status="scheduled", time=day(NOV15), kind="visit", enc_id="e1")
    outcome = mention("a", NOV15, status=second, time=day(NOV15), kind="visit", enc_id="e2")
    other = mention("b", NOV15, time=day(NOV15), kind="visit")
    [merged] = merge_mentions([plan, other, outcome])
    assert merged.sources == 2 and merged.status == "held"


def test_the_day_it_was_held_beats_the_day_it_was_announced_for():
    announced = mention("a", date(2021, 6, 3), status="scheduled", time=day(date(2021, 6, 16)))
    held = mention("b", date(2021, 6, 15), time=day(date(2021, 6, 15)))
    [merged] = merge_mentions([announced, held])
    assert merged.time.start == date(2021, 6, 15)
    assert merged.status == "held"


def test_same_day_reports_in_two_places_take_the_place_most_agree_with():
    [merged] = merge_mentions(
        [
            mention("a", NOV15, time=day(NOV15), place=LOS_ANGELES),
            mention("b", NOV15, time=day(NOV15), place=WOODSIDE),
            mention("c", NOV15, time=day(NOV15), place=FILOLI),
        ]
    )
    assert merged.sources == 3
    assert merged.place == FILOLI  # Woodside and its estate agree; Los Angeles stands alone


def test_ids_and_records_do_not_depend_on_input_order():
    mentions = [
        *SUMMIT,
        mention("reuters", date(2023, 11, 10), status="scheduled", time=day(NOV15)),
        mention("cnn", date(2022, 11, 15), time=day(date(2022, 11, 14)), place=NUSA_DUA),
        mention("afp", date(2022, 11, 16)),
    ]
    forward = merge_mentions(mentions)
    assert len(forward) == 2
    for order in (mentions[::-1], mentions[2:] + mentions[:2], mentions[1::2] + mentions[::2]):
        assert merge_mentions(order) == forward
    assert [m.id for m in forward] == [m.id for m in merge_mentions(mentions[::-1])]
    assert forward[1].id != forward[0].id


def test_encounters_without_two_known_participants_are_not_merged():
    alone = mention("a", NOV15, time=day(NOV15), people=(BIDEN, AIDE))
    assert cluster_keys(alone.encounter) == []
    assert merge_mentions([alone]) == []


def test_quotes_tied_to_a_mention_travel_with_the_record():
    quote = Quote("a good meeting", Span(0, 14, "a good meeting"), BIDEN, "e1")
    other = dataclasses.replace(quote, encounter_id="e9")
    records = [QuoteRecord(q, "ap", "t", NOV15) for q in (quote, other)]
    [merged] = merge_mentions(SUMMIT, records)
    assert [q.quote for q in merged.quotes] == [quote]


@pytest.mark.parametrize(
    ("sources", "agreement", "time", "expected"),
    [
        (1, 1.0, day(NOV15), 0.5),
        (2, 1.0, day(NOV15), 0.75),
        (3, 1.0, day(NOV15), 0.875),
        (2, 0.5, day(NOV15), 0.562),
        (2, 1.0, month(2023, 11), 0.675),
        (1, 1.0, None, 0.4),
    ],
)
def test_confidence_grows_with_sources_and_falls_with_conflict_and_vagueness(
    sources, agreement, time, expected
):
    assert confidence(sources, agreement, time) == expected


def test_conflicting_outcomes_lower_confidence():
    held = [mention(a, date(2023, 11, 16), time=day(NOV15)) for a in ("a", "b")]
    disputed = [*held, mention("c", date(2023, 11, 16), time=day(NOV15), status="cancelled")]
    [agreed], [conflicted] = merge_mentions(held), merge_mentions(disputed)
    assert conflicted.status == "held"  # same-day tie: "held" is the positive report
    assert conflicted.confidence < confidence(3, 1.0, day(NOV15))
    assert agreed.confidence == 0.75


def test_a_three_way_meeting_joins_each_pair_s_record():
    from dataclasses import replace as _replace

    pair = mention("ap", NOV15, time=day(NOV15), people=(BIDEN, XI))
    three = mention(
        "reuters",
        NOV15,
        time=day(NOV15),
        people=(BIDEN, XI, Actor("Q7747", "Vladimir Putin", "person", "RU")),
    )
    three = _replace(three, encounter=_replace(three.encounter, id="e2"))
    records = merge_mentions([pair, three])
    biden_xi = [m for m in records if {p.actor.id for p in m.participants} >= {BIDEN.id, XI.id}]
    assert any(m.sources == 2 for m in biden_xi)
    assert len({m.id for m in records}) == len(records)


def test_the_day_a_meeting_was_held_beats_the_days_of_the_summit_it_was_part_of():
    [merged] = merge_mentions(
        [
            mention(
                "plan",
                date(2023, 11, 1),
                status="scheduled",
                time=TimeRef(date(2023, 11, 16), date(2023, 11, 17), "day", "Nov. 16-17"),
            ),
            mention("held", NOV15, time=TimeRef(NOV15, date(2023, 11, 17), "day", "Nov. 15-17")),
            mention("readout", NOV15, time=day(NOV15)),
        ]
    )
    assert merged.time is not None and merged.time.end == NOV15
    assert merged.status == "held", merged.history


WHITE_HOUSE = Place("White House", "United States", "US", 38.90, -77.04, "venue", "Washington")


def test_the_days_of_a_visit_to_one_of_the_pair_s_countries_are_one_record():
    days = [date(2023, 11, 13), date(2023, 11, 14), date(2023, 11, 15)]
    mentions = [
        mention(name, when, time=day(when), place=WHITE_HOUSE, kind=kind)
        for name, when, kind in zip("abc", days, ("visit", "meeting", "meeting"), strict=True)
    ]
    [merged] = merge_mentions(mentions)
    assert (merged.time.start, merged.time.end, merged.time.precision) == (
        days[0],
        days[-1],
        "day",
    )
    assert merged.kind == "visit"


def test_the_pair_s_meetings_on_two_days_of_a_summit_abroad_stay_two():
    first, second = date(2022, 11, 14), date(2022, 11, 15)
    mentions = [
        mention("a", first, time=day(first), place=NUSA_DUA),
        mention("b", date(2022, 11, 17), time=day(second), place=NUSA_DUA, fmt="informal"),
        mention("c", date(2022, 11, 17), time=day(date(2022, 11, 16)), place=NUSA_DUA),
    ]
    assert len(merge_mentions(mentions)) == 2


BEIJING = Place("Beijing", "China", "CN", 39.90, 116.41, "city")
SHANGHAI = Place("Shanghai", "China", "CN", 31.23, 121.47, "city")


def test_a_visit_s_day_is_the_day_reports_say_it_was_held_not_the_day_planned():
    # announced for the 25th in Beijing, held there on the 26th, after a day in Shanghai
    first, second = date(2023, 11, 25), date(2023, 11, 26)
    mentions = [
        mention("plan", date(2023, 11, 20), status="scheduled", time=day(first), place=BEIJING),
        mention("shanghai", first, time=day(first), place=SHANGHAI),
        mention("beijing", second, time=day(second), place=BEIJING),
    ]
    [merged] = merge_mentions(mentions)
    assert (merged.time.start, merged.time.end) == (first, second)


def test_a_visit_s_days_may_skip_one_and_a_day_with_no_place_joins_them():
    # a day's reports one day apart are one day's encounter anyway (see `_compatible`)
    days = [date(2023, 11, 13), date(2023, 11, 15), date(2023, 11, 17)]
    places = [WHITE_HOUSE, WHITE_HOUSE, None]
    mentions = [
        mention(name, when, time=day(when), place=place)
        for name, when, place in zip("abc", days, places, strict=True)
    ]
    [merged] = merge_mentions(mentions)
    assert (merged.time.start, merged.time.end) == (days[0], days[-1])


def test_a_visit_day_is_placed_where_most_of_its_reports_place_it():
    first, second = date(2023, 11, 13), date(2023, 11, 15)
    mentions = [
        mention("a", first, time=day(first), place=WHITE_HOUSE),
        mention("b", first, time=day(first), place=WHITE_HOUSE),
        mention("stray", first, time=day(first), place=SINGAPORE),
        mention("c", second, time=day(second), place=WHITE_HOUSE),
    ]
    [merged] = merge_mentions(mentions)
    assert (merged.time.start, merged.time.end) == (first, second)


def test_days_with_no_place_and_no_visit_beside_them_stay_apart():
    first, second = date(2023, 11, 13), date(2023, 11, 15)
    mentions = [mention(name, when, time=day(when)) for name, when in (("a", first), ("b", second))]
    assert len(merge_mentions(mentions)) == 2


def test_two_clusters_of_one_day_with_and_without_a_place_stay_two():
    # (the same day's encounters were kept apart on purpose; sorting them must not fail)
    placed = [mention("a", NOV15, time=day(NOV15), place=WHITE_HOUSE)]
    unplaced = [mention("b", NOV15, time=day(NOV15))]
    joined = join_visit_days(
        [placed, unplaced],
        frozenset({"US", "CN"}),
        lambda c: c[0].encounter.time,
        lambda c: c[0].encounter.place,
    )
    assert [len(c) for c in joined] == [1, 1]
