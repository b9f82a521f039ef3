"""The day a transcript was spoken, read from "tomorrow, Wednesday" and its kind."""

from __future__ import annotations

from datetime import date

import pytest

from parley.extract.spoken_day import spoken_on

WEDNESDAY = date(2022, 12, 21)


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # an evening call posted the next morning
        ("The visit is tomorrow, Wednesday the 21st.", date(2022, 12, 20)),
        ("As I said today, Tuesday, and again tomorrow (Wednesday).", date(2022, 12, 20)),
        # spoken the day it was posted
        ("The President travels tomorrow, Thursday.", WEDNESDAY),
        ("Today — Wednesday — he meets the Pope.", WEDNESDAY),
        # nothing tells: the publication date stands
        ("The visit is tomorrow.", WEDNESDAY),
        # pairs that disagree, or that would put the speaker after publication
        ("Tomorrow, Wednesday, and then today, Wednesday.", WEDNESDAY),
        ("He leaves tomorrow, Saturday.", WEDNESDAY),
    ],
)
def test_spoken_on(text: str, spoken: date) -> None:
    assert spoken_on(text, WEDNESDAY) == spoken


def test_no_publication_date_no_spoken_day() -> None:
    assert spoken_on("The visit is tomorrow, Wednesday.", None) is None
