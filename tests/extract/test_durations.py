"""How long meetings and calls lasted, as news words it."""

from __future__ import annotations

import pytest

from parley.extract.durations import find_durations

# (sentence, the words found, minutes)
CASES = [
    ("They talked for about 90 minutes.", "about 90 minutes", 90),
    ("The meeting lasted more than three hours.", "more than three hours", 180),
    ("They spoke for half an hour.", "half an hour", 30),
    ("After an hour-long meeting, both left.", "an hour-long", 60),
    ("It was a two-hour call.", "two-hour", 120),
    ("They met for 45 minutes.", "45 minutes", 45),
    ("Talks ran two and a half hours.", "two and a half hours", 150),
    ("They met for an hour and a half.", "an hour and a half", 90),
    ("A 90-minute session followed.", "90-minute", 90),
    ("The call lasted nearly two hours and 20 minutes.", "nearly two hours and 20 minutes", 140),
    ("The call lasted 1.5 hours.", "1.5 hours", 90),
    ("They talked for a quarter of an hour.", "a quarter of an hour", 15),
    ("Some 40 minutes later they emerged.", "Some 40 minutes", 40),
    ("They held a one-and-a-half-hour meeting.", "one-and-a-half-hour", 90),
    ("The leaders spoke for roughly an hour.", "roughly an hour", 60),
    ("The summit lasted just over four hours.", "just over four hours", 240),
    ("It was a 30-minute phone call.", "30-minute", 30),
]


@pytest.mark.parametrize(("sentence", "words", "minutes"), CASES)
def test_duration_found(sentence: str, words: str, minutes: int) -> None:
    found = [(sentence[s:e], value) for s, e, value in find_durations(sentence)]
    assert found == [(words, minutes)]


@pytest.mark.parametrize(
    "sentence",
    [
        "They met for hours.",
        "A day-long visit ended in Paris.",
        "The minutes of the meeting were published.",
        "The talks took two days.",
        "The meeting ran about 45 minutes longer than planned.",
        "Putin arrived three hours late.",
    ],
)
def test_no_duration(sentence: str) -> None:
    assert find_durations(sentence) == []
