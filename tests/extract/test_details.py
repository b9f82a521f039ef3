"""Who else was in the room, as news words it: alone, interpreters only, or not said."""

from __future__ import annotations

import pytest

from parley.extract.details import company

ALONE = [
    "Putin and Trump met with no aides present.",
    "The two leaders talked without aides for two hours.",
    "They met without their advisers.",
    "There were no aides and no interpreters.",
    "No aides were present when they met.",
    "They met with nobody else in the room.",
    "Biden and Xi held a one-on-one meeting.",
    "Biden and Xi held a one\u2011on\u2011one meeting.",  # non-breaking hyphens
    "Biden and Xi met one on one.",
    "The two had a tête-à-tête in the garden.",
    "The two had a tete-a-tete in the garden.",
    "The two had a te\u0302te\u2010a\u0300\u2010te\u0302te.",  # combining accents, hyphens
    "They met in private.",
    "The two men met alone for 40 minutes.",
    "The leaders then met alone in Beijing.",
    "Trump and Kim were alone in the room.",
]

INTERPRETERS_ONLY = [
    "They met with only interpreters present.",
    "Only interpreters were in the room.",
    "The leaders sat alone with their interpreters.",
    "They talked with just their interpreters.",
    "They met with interpreters only.",
    "They met alone except for their interpreters.",
    "They were accompanied only by the leaders\u2019 interpreters.",  # curly apostrophe
    "No one else but the two interpreters was there.",
    "Trump met Putin one-on-one, with only interpreters present.",  # both fit: interpreters win
    "The meeting was held with no aides, only translators.",
]

NEITHER = [
    "An interpreter said the talks were warm.",
    "Interpreters said the mood was tense.",
    "Aides said later that the meeting went well.",
    "Officials said the leaders met in Geneva.",
    "The leaders met for two hours with their delegations.",
    "Merkel was alone in opposing the plan.",
    "The two were alone in thinking so.",
    "Neither side would meet, let alone sign a treaty.",
    "They were not alone: aides from both sides attended.",
    "Beijing alone decides.",
    "Not only interpreters but also aides attended.",
]


@pytest.mark.parametrize("sentence", ALONE)
def test_alone(sentence: str) -> None:
    assert company(sentence) == "alone"


@pytest.mark.parametrize("sentence", INTERPRETERS_ONLY)
def test_interpreters_only(sentence: str) -> None:
    assert company(sentence) == "interpreters only"


@pytest.mark.parametrize("sentence", NEITHER)
def test_not_said(sentence: str) -> None:
    assert company(sentence) is None
