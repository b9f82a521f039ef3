"""How long a meeting or call lasted, in minutes: "about 90 minutes", "an hour and a half".

Only hours and minutes: a "day-long visit" says when, not how long the leaders talked.
"""

from __future__ import annotations

import re

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
}
_NUMBER = "|".join(sorted(_NUMBERS, key=len, reverse=True))
_QUALIFIER = (
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately|more\s+than|over|less\s+than|"
    r"under|at\s+least|just\s+over|just\s+under|up\s+to)\s+)?"
)
_AMOUNT = rf"(?P<n>\d+(?:\.\d+)?|(?i:{_NUMBER}))(?P<half>\s+and\s+a\s+half|-and-a-half)?"
_UNIT = r"(?P<unit>hours?|hrs?|minutes?|mins?)\b"
_EXTRA = (
    r"(?:\s+and\s+(?:(?P<plus_half>a\s+half)\b|(?P<plus>\d+|(?i:" + _NUMBER + r"))\s+minutes?\b))?"
)
_DURATION = re.compile(
    rf"\b(?P<all>(?i:{_QUALIFIER})(?:"
    rf"(?P<half_hour>half\s+an\s+hour)|(?P<quarter_hour>(?:a\s+)?quarter\s+of\s+an\s+hour)|"
    rf"{_AMOUNT}[\s-]+{_UNIT}(?:-long)?{_EXTRA}))"
)


def _value(word: str) -> float:
    return float(word) if word[0].isdigit() else _NUMBERS[word.lower()]


def find_durations(text: str) -> list[tuple[int, int, int]]:
    """(start, end, minutes) for every stretch of time in hours or minutes, in text order."""
    found = []
    for m in _DURATION.finditer(text):
        if m["half_hour"]:
            minutes = 30.0
        elif m["quarter_hour"]:
            minutes = 15.0
        else:
            amount = _value(m["n"]) + (0.5 if m["half"] or m["plus_half"] else 0.0)
            minutes = amount * (60 if m["unit"].lower().startswith("h") else 1)
            if m["plus"]:
                minutes += _value(m["plus"])
        if _OVERRUN.match(text, m.end()):
            continue  # "ran 45 minutes longer than planned": by how much, not how long
        found.append((m.start(), m.end(), round(minutes)))
    return found


_OVERRUN = re.compile(r"\s+(?:longer|shorter|late|early|behind)\b", re.IGNORECASE)
