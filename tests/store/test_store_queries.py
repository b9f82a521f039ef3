"""encounters(), quotes() and find_actors() as a CLI user would call them."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from store_samples import BIDEN, ERDOGAN, PUTIN, XI, ZELENSKYY, geneva_result

from parley.model import Actor, ActorMention, Place

GENEVA, WOODSIDE = "reuters-geneva", "ap-woodside"


def keys(records):
    return [(r.article_id, r.encounter.id) for r in records]


def test_encounters_are_ordered_by_time_then_article_date(filled):
    assert keys(filled.encounters()) == [
        (GENEVA, "e2"),  # June 2021 (month) starts June 1
        (GENEVA, "e1"),  # 16 June 2021
        (WOODSIDE, "m1"),  # 15 Nov 2023
        (GENEVA, "e3"),  # undated, article of 2021
        (WOODSIDE, "m2"),  # undated, article of 2023
    ]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"actor_ids": [BIDEN.id, PUTIN.id]}, [(GENEVA, "e1"), (WOODSIDE, "m2")]),
        ({"actor_ids": [PUTIN.id, BIDEN.id, PUTIN.id]}, [(GENEVA, "e1"), (WOODSIDE, "m2")]),
        ({"actor_ids": [BIDEN.id, XI.id]}, [(WOODSIDE, "m1")]),
        ({"actor_ids": [XI.id, PUTIN.id]}, []),
        ({"actor_ids": ["Q4526"]}, []),  # Blinken only attended: not a participant
        ({"statuses": ["cancelled"]}, [(GENEVA, "e2")]),
        ({"statuses": ["proposed", "cancelled"]}, [(GENEVA, "e2"), (WOODSIDE, "m2")]),
        ({"kinds": ["call"]}, [(GENEVA, "e3")]),
        ({"kinds": ["meeting"], "statuses": ["held"]}, [(GENEVA, "e1"), (WOODSIDE, "m1")]),
        ({"since": date(2022, 1, 1)}, [(WOODSIDE, "m1")]),
        ({"until": date(2021, 6, 10)}, [(GENEVA, "e2")]),  # overlaps June 2021
        ({"since": date(2021, 6, 20), "until": date(2021, 6, 30)}, [(GENEVA, "e2")]),
        ({"place": "geneva"}, [(GENEVA, "e1")]),
        ({"place": "RUSSIA"}, [(GENEVA, "e2")]),
        ({"place": "us"}, [(WOODSIDE, "m1")]),
        ({"place": "United States"}, [(WOODSIDE, "m1")]),
        ({"place": "Paris"}, []),
        ({"limit": 2}, [(GENEVA, "e2"), (GENEVA, "e1")]),
        ({"limit": 0}, []),
    ],
)
def test_encounter_filters(filled, filters, expected):
    assert keys(filled.encounters(**filters)) == expected


def test_place_match_ignores_diacritics(store):
    result = geneva_result()
    summit = dataclasses.replace(result.encounters[0], place=Place("Zürich", "Switzerland", "CH"))
    store.save(dataclasses.replace(result, encounters=(summit,)))
    assert keys(store.encounters(place="zurich")) == [(GENEVA, "e1")]
    assert keys(store.encounters(place="ZÜRICH")) == [(GENEVA, "e1")]


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda s: s.encounters(limit=-1), ValueError, "limit must be zero or more, got -1"),
        (lambda s: s.encounters(statuses=["helds"]), ValueError, r"unknown statuses \['helds'\]"),
        (lambda s: s.encounters(kinds=["summit"]), ValueError, "valid: meeting, call, visit"),
        (lambda s: s.encounters(actor_ids="Q7747"), TypeError, r"write actor_ids=\['Q7747'\]"),
        (lambda s: s.quotes(speaker_ids="Q6279"), TypeError, "takes a list"),
    ],
)
def test_bad_filters_say_what_is_valid(filled, call, error, message):
    with pytest.raises(error, match=message):
        call(filled)


def quote_texts(records):
    return [r.quote.text for r in records]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["It was a good meeting,", "constructive", "Sales rose 100%", "nobody"]),
        ({"speaker_ids": [BIDEN.id]}, ["It was a good meeting,"]),
        ({"speaker_ids": [PUTIN.id, ERDOGAN.id]}, ["constructive", "nobody"]),
        ({"about": "GOOD MEETING"}, ["It was a good meeting,"]),
        ({"about": "100%"}, ["Sales rose 100%"]),  # % is literal, not a wildcard
        ({"about": "_"}, []),
        ({"about": "xi"}, ["nobody"]),  # actor of the article, by name word prefix
        ({"about": XI.id}, ["nobody"]),  # or by id
        ({"about": "zelensk"}, ["It was a good meeting,", "constructive", "Sales rose 100%"]),
        ({"about": "erdogan"}, ["nobody"]),
        ({"speaker_ids": [BIDEN.id], "about": "putin"}, ["It was a good meeting,"]),
        ({"limit": 1}, ["It was a good meeting,"]),
    ],
)
def test_quote_filters(filled, filters, expected):
    assert quote_texts(filled.quotes(**filters)) == expected


def test_quote_records_carry_their_article(filled):
    [record] = filled.quotes(speaker_ids=[ERDOGAN.id])
    assert (record.article_id, record.article_title, record.published) == (
        WOODSIDE,
        "Biden meets Xi",
        date(2023, 11, 16),
    )
    assert record.quote.speaker == ERDOGAN


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("putin", [PUTIN]),
        ("PUTIN", [PUTIN]),
        ("vlad", [PUTIN]),
        ("Vladimir Put", [PUTIN]),
        ("putin vladimir", [PUTIN]),
        ("utin", []),  # inside a word: not a prefix
        ("zelenskyy", [ZELENSKYY]),
        ("erdogan", [ERDOGAN]),
        ("ERDOĞAN", [ERDOGAN]),
        ("president", []),  # titles are not names
        ("", []),
        ("  ,.  ", []),
        ("'; DROP TABLE actors; --", []),
    ],
)
def test_find_actors(filled, query, expected):
    assert filled.find_actors(query) == expected
    assert filled.counts()["actors"] == 7


def test_find_actors_lists_exact_name_first(store):
    short, longer = Actor("X1", "Xi"), Actor("X0", "Xia Aaron")
    mentions = (ActorMention(longer, 1), ActorMention(short, 1))
    store.save(dataclasses.replace(geneva_result(), actors=mentions))
    assert store.find_actors("xi") == [short, longer]
