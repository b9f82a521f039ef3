"""The encounter filters, named once for every layer that passes them on.

`Criteria` types the keywords that the query functions, the exports and the CLI forward
unchanged (every filter but the actors, whom each layer names its own way: names or ids);
`EncounterFilter` is the one value the SQL readers take, so `encounters` and `merged` build
their WHERE clauses from the same fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypedDict


class Criteria(TypedDict, total=False):
    """Filter keywords besides the actors; a missing key means "no filter"."""

    statuses: Sequence[str]
    kinds: Sequence[str]
    since: date | None
    until: date | None
    place: str | None
    min_confidence: float
    limit: int | None


@dataclass(frozen=True)
class EncounterFilter:
    """What a read selects: ALL `actor_ids` take part, and every other given field matches.

    since/until keep records whose time range overlaps (undated ones never match); `place`
    matches the place name, city, country name or country code, ignoring case and accents;
    `min_confidence` (0..1) applies to merged encounters only.
    """

    actor_ids: Sequence[str] = ()
    statuses: Sequence[str] = ()
    kinds: Sequence[str] = ()
    since: date | None = None
    until: date | None = None
    place: str | None = None
    min_confidence: float = 0.0
    limit: int | None = None
