"""Forums: named gatherings under one canonical name; a summit of a kind keeps its kind."""

from __future__ import annotations

import pytest

from parley.extract.forums import find_forums, forum_in, seat_of


@pytest.mark.parametrize(
    ("text", "forum"),
    [
        ("at the Group of 20 summit in Bali", "G20 summit"),
        ("on the sidelines of the G-20", "G20 summit"),
        ("at the APEC summit in Woodside", "APEC summit"),
        ("at the UN General Assembly", "UN General Assembly"),
        ("by the time the General Assembly opened", "UN General Assembly"),
        ("for what both governments called an informal summit", "informal summit"),
        ("the third inter-Korean summit of the year", "inter-Korean summit"),
        ("the first summit between the two Koreas in a decade", "inter-Korean summit"),
        ("at a three-way summit with Iran's president", "three-way summit"),
        ("a two-day summit in Geneva", "summit"),
        ("the first summit between them", "summit"),
    ],
)
def test_forum_names(text: str, forum: str) -> None:
    assert forum_in(text) == forum


@pytest.mark.parametrize(
    "text", ["the Georgia General Assembly voted", "the General Assembly of the Church met"]
)
def test_another_body_s_general_assembly_is_no_forum(text: str) -> None:
    assert find_forums(text) == []


def test_a_named_forum_hides_the_bare_word() -> None:
    assert [f.name for f in find_forums("the G7 summit and a summit dinner")] == ["G7 summit"]


def test_forums_that_always_meet_in_one_city_have_a_seat() -> None:
    assert seat_of("UN General Assembly") == "New York"
    assert seat_of("G20 summit") is None
