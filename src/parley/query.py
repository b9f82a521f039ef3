"""Questions users ask of the store, shared by the CLI, the API and the exports.

Names match forgivingly: the knowledge base first ("putin", "Zelensky", "Xi"), then the people
the store knows from the text ("Bolton").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from parley.errors import ConfigError
from parley.resolve.kb import KnowledgeBase
from parley.store import EncounterRecord, QuoteRecord, Store


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
    return store.encounters(actor_ids=[actor_id(store, first), actor_id(store, second)])


def encounters(
    store: Store,
    *,
    actors: Sequence[str] = (),
    statuses: Sequence[str] = (),
    kinds: Sequence[str] = (),
    since: date | None = None,
    until: date | None = None,
    place: str | None = None,
    limit: int | None = None,
) -> list[EncounterRecord]:
    """Encounters matching every filter given."""
    return store.encounters(
        actor_ids=[actor_id(store, name) for name in actors],
        statuses=statuses,
        kinds=kinds,
        since=since,
        until=until,
        place=place,
        limit=limit,
    )


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
