"""Words and regular-expression pieces for time expressions, compiled once at import.

Month and weekday names are matched case-sensitively on purpose: "May" the month is
capitalised, "may" the modal verb is not; "March" likewise against "a protest march".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ),
        start=1,
    )
    for name in names
}
FULL_MONTHS = frozenset(name for name in MONTHS if len(name) > 4 or name in ("May", "June", "July"))
WEEKDAYS: dict[str, int] = {
    name: number
    for number, name in enumerate(
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    )
}
NUMBERS: dict[str, tuple[int, int]] = {
    "a": (1, 1),
    "an": (1, 1),
    "one": (1, 1),
    "two": (2, 2),
    "three": (3, 3),
    "four": (4, 4),
    "five": (5, 5),
    "six": (6, 6),
    "seven": (7, 7),
    "eight": (8, 8),
    "nine": (9, 9),
    "ten": (10, 10),
    "eleven": (11, 11),
    "twelve": (12, 12),
    "a dozen": (12, 12),
    "thirteen": (13, 13),
    "fourteen": (14, 14),
    "fifteen": (15, 15),
    "sixteen": (16, 16),
    "seventeen": (17, 17),
    "eighteen": (18, 18),
    "nineteen": (19, 19),
    "twenty": (20, 20),
    "thirty": (30, 30),
    "forty": (40, 40),
    "fifty": (50, 50),
    "a couple of": (2, 2),
    "a few": (2, 4),
    "several": (3, 7),
    "": (2, 6),  # a bare plural: "weeks later"
}
ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
# Capitalised words that turn a weekday into a named day of its own.
WEEKDAY_BLOCKERS = frozenset(
    [
        "Black",
        "Good",
        "Super",
        "Ash",
        "Holy",
        "Maundy",
        "Easter",
        "Cyber",
        "Bloody",
        "Palm",
        "Blue",
        "Shrove",
        "Whit",
        "Giving",
    ]
)
# Capitalised words whose following number is a label, not a year ("Resolution 1973").
YEAR_BLOCKERS = frozenset(
    [
        "Resolution",
        "Resolutions",
        "Section",
        "Article",
        "Flight",
        "Room",
        "Route",
        "Highway",
        "Model",
        "Chapter",
        "Rule",
        "No",
        "Number",
        "Exit",
        "Bus",
        "Boeing",
        "Airbus",
        "Apollo",
        "Windows",
        "Interstate",
        "Paragraph",
        "Suite",
        "Box",
        "Unit",
    ]
)


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so that "September" is tried before "Sep"."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# Only a short form takes a full stop: in "in May." the stop ends the sentence.
_FULL = _alternation(FULL_MONTHS)
_SHORT = _alternation(set(MONTHS) - FULL_MONTHS)
MONTH = rf"(?P<mon>(?:{_FULL})\b|(?:{_SHORT})\b\.?)"
MONTH2 = rf"(?P<mon2>(?:{_FULL})\b|(?:{_SHORT})\b\.?)"
WEEKDAY = rf"(?P<wd>{_alternation(WEEKDAYS)})\b"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b"
# A year is not part of a longer number: "2,000 troops", "2019.5" and "12019" are no years.
YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d,]\d|\.\d|\w)"
DASH = r"\s*(?:-|–|—|to|through|until|and)\s*"
NUMBER_WORDS = f"(?i:{_alternation(k for k in NUMBERS if k)})"
# Early/mid/late and their longer spellings, folded to one of the three in `timex.py`.
EDGE = (
    r"(?P<edge>\b(?:early|mid|late|Early|Mid|Late)|\b"
    r"(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|close)\s+of(?:\s+the)?)[\s-]+"
)
EDGE_WORD = {
    "early": "early",
    "mid": "mid",
    "late": "late",
    "beginning": "start",
    "start": "start",
    "middle": "mid",
    "end": "end",
    "close": "end",
}
SEASON = r"(?P<season>spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)\b"
REL = r"(?P<rel>last|next|this|coming|past|that|Last|Next|This|That)"

# Words before a bare month or season that make it a time: "in June", "since March".
# A time used as a label before a noun: "the 1961 treaty", "the July call", "their June summit".
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s+[A-Za-z]")
MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|In|on|for|For|since|Since|until|till|by|By|from|From|to|through|during|During|before|"
    r"Before|after|After|of|as\s+of|between|Between|and|or|last|next|this|that|early|late|mid|"
    r"Early|Late|Mid)|-)\s*$"
)
# "May" the month needs a stronger cue: "by May" may well be Theresa May.
MAY_CONTEXT = re.compile(r"\b(?:in|In|since|Since|until|till|during|of|early|late|mid)\s*-?\s*$")
SEASON_CONTEXT = re.compile(
    r"\b(?:in|In|the|The|this|This|last|Last|next|Next|that|That|during|by|until|since|"
    r"early|late|mid|over|through|of|coming|past)\s*-?\s*$"
)
# What may stand before a bare four-digit year ("in 2014", "the 2008 Olympics", ", 2019").
YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|In|of|since|Since|by|By|until|till|from|From|through|before|Before|after|After|"
    r"during|During|between|Between|around|circa|the|The|year|years|summer|spring|autumn|fall|"
    r"winter|fiscal|FY|as\s+of|throughout|for|until|early|late|mid)\s*-?|[,(]|^|[.!?;:]\s|"
    r"(?:19|20)\d\d\s*(?:and|to|or|through|until|-|–)|\b(?P<cap>[A-Z][A-Za-z]+)"
    r"|\b(?:his|her|their|its|our)|\w['\u2019]s)\s*$"  # "Xi's 2014 visit", "his 2019 trip"
)
# Nouns after a number that show it counts things rather than naming a year.
COUNTED = re.compile(
    r"\s*(?:%|percent|per\s+cent|people|persons|troops|soldiers|points|km|miles|kilometres|"
    r"kilometers|dollars|euros|pounds|votes|jobs|employees|workers|units|cars|vehicles|tons|"
    r"tonnes|feet|metres|meters|hours|minutes|seats|members|delegates|refugees|barrels|"
    r"square|metric|times)\b"
)
# Cues before a weekday that point forward: "will meet on Friday", "until Friday".
FUTURE_CUE = re.compile(
    r"\b(?:will|shall|should|would|could|might|may|can|'ll|’ll|won't|going\s+to|is\s+to|are\s+to|set\s+to|due\s+to|scheduled|"
    r"expected\s+to|(?:is|are)\s+expected|plans?\s+to|planning\s+to|planned|until|till|upcoming|"
    r"to\s+be\s+held|"
    r"is\s+due|are\s+due|ahead\s+of|later\s+this\s+week|look(?:s|ed|ing)?\s+forward\s+to|"
    r"anticipat(?:e|es|ed|ing)|commit(?:s|ted)?|pledg(?:e|es|ed)|promis(?:e|es|ed)|vow(?:s|ed)?|"
    r"agreed\s+to|invit(?:e|es|ed|ation))\b"
)
# A clause boundary: cues further back belong to another clause.
CLAUSE_BREAK = re.compile(r"[.!?;\n]|\b(?:but|said|says|told)\b")
