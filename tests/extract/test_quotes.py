"""Sentence table for quote attribution: the speaker of every quoted passage."""

from __future__ import annotations

from datetime import date

import pytest

D = date(2019, 7, 1)

# (text, quoted words (a substring), speaker's name or None)
CASES = [
    ("“We had a great meeting,” Donald Trump said.", "great meeting", "Donald Trump"),
    ("“We had a great meeting,” said Donald Trump.", "great meeting", "Donald Trump"),
    (
        '"This is a historic day," Kim Jong Un said through an interpreter.',
        "historic day",
        "Kim Jong Un",
    ),
    (
        "Vladimir Putin told reporters: “The talks were useful.”",
        "talks were useful",
        "Vladimir Putin",
    ),
    ("Xi Jinping said, “China does not seek confrontation.”", "does not seek", "Xi Jinping"),
    (
        "Emmanuel Macron called the talks “frank and direct” after the dinner.",
        "frank and direct",
        "Emmanuel Macron",
    ),
    (
        "Barack Obama met Vladimir Putin in New York. Obama was blunt afterwards.\n\n"
        "“We have differences,” he said. “Deep ones.”",
        "Deep ones",
        "Barack Obama",
    ),
    (
        "Angela Merkel spoke first. “We must keep talking,” the German chancellor said.",
        "keep talking",
        "Angela Merkel",
    ),
    ("“It was candid,” Foreign Minister Wang Yi said of the meeting.", "It was candid", "Wang Yi"),
    ("Narendra Modi wrote that the visit was “a new chapter.”", "a new chapter", "Narendra Modi"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_speaker(extract, text: str, words: str, speaker: str | None) -> None:
    result = extract(text, D)
    quote = next(q for q in result.quotes if words in q.text)
    assert (quote.speaker.name if quote.speaker else None) == speaker
    assert text[quote.span.start : quote.span.end] == quote.text


def test_quote_without_attribution_has_no_speaker(extract) -> None:
    result = extract("The sign read “Welcome to the summit” in three languages.", D)
    assert [q.speaker for q in result.quotes] == [None]
