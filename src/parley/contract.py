"""The JSON Lines output contract of DESIGN.md: one object per article, every field present.

Tools outside the project read these names: add fields freely, never rename or drop one.
"""

from __future__ import annotations

from typing import Any

from parley.model import Actor, ArticleResult, Encounter, Place, Quote, TimeRef


def _place(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "country": place.country,
        "country_code": place.country_code,
        "lat": place.lat,
        "lon": place.lon,
        "kind": place.kind,
        "city": place.city,
    }


def _time(time: TimeRef | None) -> dict[str, Any] | None:
    if time is None:
        return None
    return {
        "start": time.start.isoformat(),
        "end": time.end.isoformat(),
        "precision": time.precision,
        "text": time.text,
    }


def _ref(actor: Actor | None) -> dict[str, Any] | None:
    return None if actor is None else {"name": actor.name, "id": actor.id}


def encounter_json(encounter: Encounter) -> dict[str, Any]:
    """One encounter in contract form."""
    return {
        "id": encounter.id,
        "kind": encounter.kind,
        "format": encounter.format,
        "status": encounter.status,
        "participants": [
            {"name": p.actor.name, "id": p.actor.id, "role": p.role} for p in encounter.participants
        ],
        "place": _place(encounter.place),
        "forum": encounter.forum,
        "time": _time(encounter.time),
        "duration_minutes": encounter.duration_minutes,
        "company": encounter.company,
        "evidence": [{"start": s.start, "end": s.end, "text": s.text} for s in encounter.evidence],
        "attendees": [_ref(a) for a in encounter.attendees],
        "outcome": encounter.outcome,
        "cancelled_by": _ref(encounter.cancelled_by),
        "reason": encounter.reason,
    }


def quote_json(quote: Quote) -> dict[str, Any]:
    """One quote in contract form."""
    return {
        "speaker": _ref(quote.speaker),
        "text": quote.text,
        "start": quote.span.start,
        "end": quote.span.end,
        "encounter": quote.encounter_id,
    }


def result_json(result: ArticleResult) -> dict[str, Any]:
    """A whole article's findings in contract form."""
    article = result.article
    return {
        "article": {
            "id": article.id,
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "source": article.source,
        },
        "encounters": [encounter_json(e) for e in result.encounters],
        "quotes": [quote_json(q) for q in result.quotes],
        "actors": [
            {"id": m.actor.id, "name": m.actor.name, "kind": m.actor.kind, "mentions": m.mentions}
            for m in result.actors
        ],
    }
