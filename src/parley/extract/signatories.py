"""Signatories: in a statement signed by several leaders, "we" are the leaders who sign it.

Joint declarations of a summit ("We, the governments of ... meet on the occasion of the first
U.S.-Pacific Islands Summit") name their authors only in the block of signatures that closes
them, one leader a line ("Prime Minister James Marape of Papua New Guinea"). The first person
plural of such a text stands for those leaders, so the sentence that says "we met" tells
their meeting.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from parley.extract.actors import Mention
from parley.model import Actor

_WE = re.compile(r"\b(?:we|We|WE)\b")
_BLOCK_END = re.compile(r"\n[ \t\u00a0]*\n")
_MIN_SIGNATORIES = 3
_SENTENCE_END = re.compile(r"[.!?:;\u201d\"][\s\u00a0]*$")  # signatures are lines, not prose


def signatories(text: str, named: list[Mention]) -> tuple[int, tuple[Actor, ...]]:
    """Where the closing signature block starts and the leaders it names, or (len, ()).

    The block is the text's last paragraph when it names three leaders or more and none of
    its lines ends a sentence."""
    body = text.rstrip()
    body = re.sub(r"(?:\s*\\?#{3}\s*)$", "", body).rstrip()  # the "###" that ends a release
    breaks = [m.end() for m in _BLOCK_END.finditer(body)]
    start = breaks[-1] if breaks else 0
    lines = [line for line in body[start:].splitlines() if line.strip()]
    starts = [m.start for m in named]
    inside = named[bisect_left(starts, start) :]
    leaders: dict[str, Actor] = {}
    for mention in inside:
        if len(mention.actors) == 1 and not mention.actors[0].id.startswith("person:"):
            leaders.setdefault(mention.actors[0].id, mention.actors[0])
    prose = any(_SENTENCE_END.search(line) for line in lines)
    if len(leaders) < _MIN_SIGNATORIES or prose:
        return len(text), ()
    return start, tuple(leaders.values())


def we_the_signatories(text: str, named: list[Mention]) -> list[Mention]:
    """Every "we" before the signature block, as a mention of the signing leaders."""
    start, leaders = signatories(text, named)
    if not leaders:
        return []
    return [Mention(m.start(), m.end(), leaders, "group") for m in _WE.finditer(text, 0, start)]
