"""Frozen records that flow through the pipeline: what an article is and what Parley finds in it.

Every extracted fact carries a `Span` into the article text as Parley stored it, so that
`article.text[span.start:span.end] == span.text` always holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Precision = Literal["day", "month", "season", "year"]
EncounterKind = Literal["meeting", "call", "visit"]
EncounterFormat = Literal["formal", "informal"]
EncounterStatus = Literal["held", "cancelled", "postponed", "proposed", "scheduled", "declined"]
ActorKind = Literal["person", "organization", "country"]

KINDS: tuple[str, ...] = ("meeting", "call", "visit")
FORMATS: tuple[str, ...] = ("formal", "informal")
STATUSES: tuple[str, ...] = ("held", "cancelled", "postponed", "proposed", "scheduled", "declined")
PLANNED: frozenset[str] = frozenset({"proposed", "scheduled"})  # still to come when reported


@dataclass(frozen=True)
class Span:
    """A stretch of article text, by character offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """One news document as Parley stores it; `text` is what every span points into."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Actor:
    """A resolved actor: a knowledge-base leader (Wikidata id) or a person named in the text."""

    id: str
    name: str
    kind: ActorKind = "person"
    country_code: str | None = None
    title: str | None = None
    # "f" or "m" where the knowledge base knows it; for pronouns only, so not part of identity
    gender: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Place:
    """A geocoded place: venue, city, region or country."""

    name: str
    country: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: str = "city"
    city: str | None = None  # the city a venue stands in; a city's own name


_SPECIFICITY = {"venue": 3, "city": 2, "region": 1}  # a country, or anything else: 0
_PRECISION_RANK = {"year": 0, "season": 1, "month": 2, "day": 3}


def specificity(place: Place) -> int:
    """How narrowly a place pins an encounter down: a venue beats a city beats a region."""
    return _SPECIFICITY.get(place.kind, 0)


def precision_rank(precision: str) -> int:
    """How precise a time is: a day beats a month beats a season beats a year."""
    return _PRECISION_RANK.get(precision, 0)


@dataclass(frozen=True)
class TimeRef:
    """A normalised time: an inclusive date range, how precise it is, and the words it came from."""

    start: date
    end: date
    precision: Precision
    text: str


@dataclass(frozen=True)
class Participant:
    actor: Actor
    role: str | None = None


def join_participants(participants: Iterable[Participant]) -> tuple[Participant, ...]:
    """One participant per actor, in first-mention order, with the first role any report states."""
    by_id: dict[str, Participant] = {}
    for part in participants:
        known = by_id.get(part.actor.id)
        if known is None or (known.role is None and part.role is not None):
            by_id[part.actor.id] = Participant(known.actor if known else part.actor, part.role)
    return tuple(by_id.values())


@dataclass(frozen=True)
class Encounter:
    """One meeting, visit or call between actors, as one article tells it."""

    id: str
    kind: EncounterKind
    format: EncounterFormat
    status: EncounterStatus
    participants: tuple[Participant, ...]
    evidence: tuple[Span, ...]
    place: Place | None = None
    forum: str | None = None
    time: TimeRef | None = None
    duration_minutes: int | None = None
    company: str | None = None  # who else was in the room: "alone" or "interpreters only"
    attendees: tuple[Actor, ...] = ()
    outcome: str | None = None
    cancelled_by: Actor | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Quote:
    """Words in quotation marks and who said them."""

    text: str
    span: Span
    speaker: Actor | None = None
    encounter_id: str | None = None


@dataclass(frozen=True)
class ActorMention:
    """How often an actor is named in one article."""

    actor: Actor
    mentions: int


@dataclass(frozen=True)
class ArticleResult:
    """Everything extracted from one article."""

    article: Article
    encounters: tuple[Encounter, ...] = ()
    quotes: tuple[Quote, ...] = ()
    actors: tuple[ActorMention, ...] = ()
