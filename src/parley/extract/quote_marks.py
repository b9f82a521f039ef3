"""Single quotation marks, told apart from apostrophes: what `quotes` reads single-quoted
speech by and what `timex` asks when "today" stands inside a quoted tweet."""

from __future__ import annotations

import re

# An opening mark after a space or an opening bracket and before a word; a closing one after a
# word or punctuation and before a space, punctuation or the end ("Erdoğan's", "leaders'
# summit" hold apostrophes, no marks).
SINGLE_MARK = re.compile(
    r"(?P<open>(?:(?<=^)|(?<=[\s(\[:\u2014]))[\u2018'](?=\w))"
    r"|(?P<close>(?<=[\w.,!?])[\u2019'](?=[\s.,;:!?)\]\u2014]|$))"
)


def single_open(text: str, start: int, end: int) -> bool:
    """Whether a single quotation opened in `text[start:end]` is still open at `end`."""
    opened = False
    for mark in SINGLE_MARK.finditer(text, start, end):
        opened = mark.group("open") is not None
    return opened
