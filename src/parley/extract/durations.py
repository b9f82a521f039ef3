"""How long a meeting or call lasted, in minutes: "about 90 minutes", "an hour and a half".

Only hours and minutes: a "day-long visit" says when, not how long the leaders talked; and
only the encounter's own, not another's told in its sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from parley.extract import encounter_lexicon as lex
from parley.extract.triggers import find_trigger

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


def duration_told(sentence: SpacySpan, trigger: Token) -> int | None:
    """How long the sentence says the encounter lasted, unless those hours are another
    encounter's: in "following a two-and-a-half-hour phone call, Trump said they had agreed
    to meet", they are the call's. A length planned gives way to one the sentence says it ran
    to: "expected to last half an hour; they ran to two hours"."""
    own = []
    for start, end, minutes in find_durations(sentence.text):
        span = sentence.char_span(start, end, alignment_mode="expand")
        if span is None or not _of_another_noun(span.root, trigger):
            planned = _PLANNED_LENGTH.search(sentence.text, max(0, start - 40), start)
            own.append((planned is not None, minutes))
    ran = [minutes for planned, minutes in own if not planned]
    return (ran or [minutes for _, minutes in own] or [None])[0]


_PLANNED_LENGTH = re.compile(
    r"\b(?:expected|scheduled|planned|supposed|set|due|slated|meant)\s+"
    rf"(?:to\s+(?:{'|'.join(sorted(lex.LENGTH_VERBS))})|for)\s+$",
    re.IGNORECASE,
)


def _of_another_noun(token: Token, trigger: Token) -> bool:
    """Whether a word stands in the phrase of an encounter noun other than the trigger."""
    for head in [token, *token.ancestors]:
        if head.i == trigger.i:
            return False
        if head.pos_ in {"NOUN", "PROPN"} and find_trigger(head) is not None:
            return True
    return False
