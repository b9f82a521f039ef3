"""Questions users ask of the store, shared by the CLI, the API and the exports.

Names match forgivingly: the knowledge base first ("putin", "Zelensky", "Xi"), then the people
the store knows from the text ("Bolton").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Unpack

from parley.contract import encounter_json, quote_json
from parley.errors import ConfigError
from parley.resolve.kb import KnowledgeBase
from parley.store import EncounterRecord, QuoteRecord, Store
from parley.store.filters import Criteria
from parley.store.merged_records import MergedEncounter


def actor_id(store: Store, name: str, kb: KnowledgeBase | None = None) -> str:
    """The id of the actor a user means by `name`, or a ConfigError saying who was not found."""
    leader = (kb or KnowledgeBase.default()).find(name)
    if leader is not None:
        return leader.id
    stored = store.find_actors(name)
    if stored:
        return stored[0].id
    raise ConfigError(
        f"no actor called {name!r} in the knowledge base or the store",
        fix="try a full name as news writes it, e.g. 'Xi Jinping', or `parley encounters` to list",
    )


def timeline(store: Store, first: str, second: str) -> list[EncounterRecord]:
    """Encounters between two actors, in date order."""
    return store.encounters(actor_ids=_actor_ids(store, [first, second]))


def encounters(
    store: Store, *, actors: Sequence[str] = (), **criteria: Unpack[Criteria]
) -> list[EncounterRecord]:
    """Encounters of all `actors` (names) matching every other filter given.

    `min_confidence` keeps the articles' versions of merged encounters at least that
    confident; above 0 it drops encounters that were never merged (under two known actors).
    """
    ids = _actor_ids(store, actors)
    min_confidence = criteria.pop("min_confidence", 0.0)
    limit = criteria.pop("limit", None)
    records = store.encounters(
        actor_ids=ids, limit=None if min_confidence > 0 else limit, **criteria
    )
    if min_confidence <= 0:
        return records
    confident = {
        (m.article_id, m.encounter.id)
        for merged in store.merged(actor_ids=ids, min_confidence=min_confidence)
        for m in merged.mentions
    }
    kept = [r for r in records if (r.article_id, r.encounter.id) in confident]
    return kept if limit is None else kept[:limit]


def merged_timeline(
    store: Store, first: str, second: str, *, min_confidence: float = 0.0
) -> list[MergedEncounter]:
    """Real encounters between two actors, one record each however many articles tell it."""
    return store.merged(actor_ids=_actor_ids(store, [first, second]), min_confidence=min_confidence)


def merged_encounters(
    store: Store, *, actors: Sequence[str] = (), **criteria: Unpack[Criteria]
) -> list[MergedEncounter]:
    """Merged encounters matching every filter given; status and kind are the merged ones."""
    return store.merged(actor_ids=_actor_ids(store, actors), **criteria)


def _actor_ids(store: Store, names: Sequence[str]) -> list[str]:
    return [actor_id(store, name) for name in names]


def merged_json(merged: MergedEncounter) -> dict[str, Any]:
    """A merged encounter in the contract's encounter form, plus its sources and history.

    `article`, `evidence`, `attendees` and `outcome` are those of the report that set the
    status, so readers of the per-article form keep working; `mentions` lists every article's
    version with its own evidence offsets.
    """
    latest = merged.history[-1]
    deciding = next(m for m in merged.mentions if m.article_id == latest.article_id)
    data = encounter_json(
        replace(
            deciding.encounter,
            kind=merged.kind,
            format=merged.format,
            status=merged.status,
            participants=merged.participants,
            place=merged.place,
            forum=merged.forum,
            time=merged.time,
            duration_minutes=merged.duration_minutes,
            company=merged.company,
            cancelled_by=latest.by,
            reason=latest.reason,
        )
    )
    data.update(
        id=merged.id,
        sources=merged.sources,
        confidence=merged.confidence,
        article=_article_json(deciding),
        mentions=[
            {
                "article": _article_json(m),
                "encounter": m.encounter.id,
                "status": m.encounter.status,
                "evidence": encounter_json(m.encounter)["evidence"],
            }
            for m in merged.mentions
        ],
        history=[
            {
                "status": h.status,
                "reported": h.reported.isoformat() if h.reported else None,
                "article": h.article_id,
                "evidence": h.evidence,
                "by": {"name": h.by.name, "id": h.by.id} if h.by else None,
                "reason": h.reason,
            }
            for h in merged.history
        ],
        quotes=[quote_json(q.quote) | {"article": q.article_id} for q in merged.quotes],
    )
    return data


def _article_json(record: EncounterRecord) -> dict[str, Any]:
    published = record.published.isoformat() if record.published else None
    return {
        "id": record.article_id,
        "title": record.article_title,
        "url": record.article_url,
        "published": published,
    }


def quotes(
    store: Store, *, speaker: str | None = None, about: str | None = None, limit: int | None = None
) -> list[QuoteRecord]:
    """Quotes by a speaker, about a subject (words, or an actor named in the quote's context)."""
    speakers = [actor_id(store, speaker)] if speaker else []
    topic = about
    if about:
        try:
            topic = actor_id(store, about)
        except ConfigError:
            topic = about
    return store.quotes(speaker_ids=speakers, about=topic, limit=limit)
