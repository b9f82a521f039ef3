"""Frozen records that flow through the pipeline: what an article is and what Parley finds in it.

Every extracted fact carries a `Span` into the article text as Parley stored it, so that
`article.text[span.start:span.end] == span.text` always holds.
"""

from __future__ import annotations

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
