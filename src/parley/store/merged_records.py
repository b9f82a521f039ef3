"""What cross-article merging produces: one record per real encounter, with all its sources.

An article tells an encounter once (an `EncounterRecord`); many articles tell the same real
encounter. A `MergedEncounter` is that real encounter: its best-known fields, every article's
version behind it, how many independent sources support it, and how its status changed from
report to report (announced, postponed, held or cancelled).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from parley.model import Actor, Participant, Place, TimeRef
from parley.store.records import EncounterRecord, QuoteRecord


@dataclass(frozen=True)
class StatusReport:
    """One article's word on the encounter's status, in the order the reports came out."""

    status: str
    reported: date | None  # the article's publication date
    article_id: str
    evidence: str  # the sentence that says it
    by: Actor | None = None  # who cancelled, declined or postponed, when the article says
    reason: str | None = None  # why, when the article says


@dataclass(frozen=True)
class MergedEncounter:
    """One real encounter, merged from every article that tells it."""

    id: str  # stable across re-runs over the same corpus
    kind: str
    format: str
    status: str  # the latest reliable report's
    participants: tuple[Participant, ...]
    place: Place | None
    forum: str | None
    time: TimeRef | None  # the most precise time any source gives
    duration_minutes: int | None  # the longest stated
    company: str | None  # "alone" or "interpreters only": the first report that says
    sources: int  # distinct articles supporting it
    confidence: float  # 0..1, for filtering; see resolve/merge.py for how it is computed
    mentions: tuple[EncounterRecord, ...]  # every article's version, oldest report first
    history: tuple[StatusReport, ...]  # status reports, oldest first
    quotes: tuple[QuoteRecord, ...] = ()  # quotes tied to any of the mentions
