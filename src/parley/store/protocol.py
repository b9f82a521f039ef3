"""The interface every store backend honours, so callers never depend on SQLite itself."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal, Protocol, runtime_checkable

from parley.model import Actor, ArticleResult
from parley.store.merged_records import MergedEncounter
from parley.store.records import EncounterRecord, QuoteRecord

SaveOutcome = Literal["stored", "unchanged", "replaced"]


@runtime_checkable
class Store(Protocol):
    """Keeps ArticleResults and answers the questions the CLI, exports and web ask."""

    def save(self, result: ArticleResult) -> SaveOutcome:
        """Write one article and its facts atomically; re-saving the same content is a no-op."""
        ...

    def encounters(
        self,
        *,
        actor_ids: Sequence[str] = (),
        statuses: Sequence[str] = (),
        kinds: Sequence[str] = (),
        since: date | None = None,
        until: date | None = None,
        place: str | None = None,
        limit: int | None = None,
    ) -> list[EncounterRecord]:
        """Encounters including all `actor_ids`, ordered by time (undated last)."""
        ...

    def merged(
        self,
        *,
        actor_ids: Sequence[str] = (),
        statuses: Sequence[str] = (),
        kinds: Sequence[str] = (),
        since: date | None = None,
        until: date | None = None,
        place: str | None = None,
        min_confidence: float = 0.0,
        limit: int | None = None,
    ) -> list[MergedEncounter]:
        """One record per real encounter across articles, ordered by time (undated last)."""
        ...

    def quotes(
        self,
        *,
        speaker_ids: Sequence[str] = (),
        about: str | None = None,
        limit: int | None = None,
    ) -> list[QuoteRecord]:
        """Quotes by any of `speaker_ids`, optionally about a phrase or an actor."""
        ...

    def find_actors(self, name: str) -> list[Actor]:
        """Stored actors whose name words start with the query's words."""
        ...

    def article_ids(self) -> set[str]:
        """Ids of every stored article."""
        ...

    def remerge(self) -> int:
        """Merge every stored mention again with the current rules; how many records result."""
        ...

    def counts(self) -> dict[str, int]:
        """How many articles, encounters, quotes and actors are stored."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...
