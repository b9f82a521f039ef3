"""Turn one ArticleResult into table rows: the pure half of the store's single write path.

Building every row before touching the database means a malformed result fails before the
transaction starts, and the SQL half (`SQLStore.save`) is a plain loop of INSERTs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from parley.model import Actor, ArticleResult, Encounter
from parley.store.keys import content_hash, fold, name_key

Row = tuple[object, ...]

UPSERT_ACTOR = (
    "INSERT INTO actors (id, name, kind, country_code, title, name_key) "
    "VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
    "country_code = excluded.country_code, title = excluded.title, name_key = excluded.name_key"
)

# Table → INSERT, in the order foreign keys require.
INSERTS: dict[str, str] = {
    "articles": "INSERT INTO articles (id, title, published, source, url, content_hash, text, "
    "metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "article_actors": "INSERT INTO article_actors (article_id, actor_id, name, kind, "
    "country_code, title, mentions) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "encounters": "INSERT INTO encounters (article_id, encounter_id, seq, kind, format, status, "
    "place_name, place_country, place_country_code, place_lat, place_lon, place_kind, "
    "place_name_key, place_country_key, forum, time_start, time_end, time_precision, time_text, "
    "duration_minutes, outcome, cancelled_by, reason, place_city, place_city_key, company) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "participants": "INSERT INTO participants (article_id, encounter_id, seq, actor_id, role) "
    "VALUES (?, ?, ?, ?, ?)",
    "evidence": "INSERT INTO evidence (article_id, encounter_id, seq, span_start, span_end, text) "
    "VALUES (?, ?, ?, ?, ?, ?)",
    "attendees": "INSERT INTO attendees (article_id, encounter_id, seq, actor_id) "
    "VALUES (?, ?, ?, ?)",
    "quotes": "INSERT INTO quotes (article_id, seq, speaker_id, text, text_key, span_start, "
    "span_end, span_text, encounter_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
}


@dataclass
class ArticleRows:
    """Everything one article writes: canonical actors to upsert and rows per table."""

    content_hash: str
    actors: list[Row] = field(default_factory=list)
    tables: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in INSERTS})


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _article_actors(result: ArticleResult) -> dict[str, tuple[Actor, int]]:
    """Every actor the article refers to, with its mention count (0 if only in a fact).

    The first version of an actor seen in the result is the one its facts read back with.
    """
    found: dict[str, tuple[Actor, int]] = {}
    for mention in result.actors:
        actor, count = found.get(mention.actor.id, (mention.actor, 0))
        found[actor.id] = (actor, count + mention.mentions)
    referenced: list[Actor] = []
    for enc in result.encounters:
        referenced += [p.actor for p in enc.participants]
        referenced += list(enc.attendees)
        referenced += [enc.cancelled_by] if enc.cancelled_by else []
    referenced += [q.speaker for q in result.quotes if q.speaker]
    for actor in referenced:
        found.setdefault(actor.id, (actor, 0))
    return found


def _check(result: ArticleResult) -> None:
    seen: set[str] = set()
    for enc in result.encounters:
        if enc.id in seen:
            raise ValueError(
                f"article {result.article.id!r} has two encounters with id {enc.id!r}; "
                "encounter ids must be unique within an article"
            )
        seen.add(enc.id)


def _encounter_row(article_id: str, seq: int, enc: Encounter) -> Row:
    place, time = enc.place, enc.time
    return (
        article_id,
        enc.id,
        seq,
        enc.kind,
        enc.format,
        enc.status,
        place.name if place else None,
        place.country if place else None,
        place.country_code if place else None,
        place.lat if place else None,
        place.lon if place else None,
        place.kind if place else None,
        fold(place.name) if place else None,
        fold(place.country) if place and place.country else None,
        enc.forum,
        iso(time.start) if time else None,
        iso(time.end) if time else None,
        time.precision if time else None,
        time.text if time else None,
        enc.duration_minutes,
        enc.outcome,
        enc.cancelled_by.id if enc.cancelled_by else None,
        enc.reason,
        place.city if place else None,
        fold(place.city) if place and place.city else None,
        enc.company,
    )


def article_rows(result: ArticleResult) -> ArticleRows:
    """All rows for `result`; raises ValueError for a result the schema cannot hold."""
    _check(result)
    art = result.article
    rows = ArticleRows(content_hash=content_hash(art))
    metadata = json.dumps(art.metadata, ensure_ascii=False, sort_keys=True, default=str)
    rows.tables["articles"].append(
        (
            art.id,
            art.title,
            iso(art.published),
            art.source,
            art.url,
            rows.content_hash,
            art.text,
            metadata,
        )
    )
    for actor, mentions in _article_actors(result).values():
        rows.actors.append(
            (
                actor.id,
                actor.name,
                actor.kind,
                actor.country_code,
                actor.title,
                name_key(actor.name),
            )
        )
        rows.tables["article_actors"].append(
            (art.id, actor.id, actor.name, actor.kind, actor.country_code, actor.title, mentions)
        )
    for seq, enc in enumerate(result.encounters):
        rows.tables["encounters"].append(_encounter_row(art.id, seq, enc))
        for i, part in enumerate(enc.participants):
            rows.tables["participants"].append((art.id, enc.id, i, part.actor.id, part.role))
        for i, span in enumerate(enc.evidence):
            rows.tables["evidence"].append((art.id, enc.id, i, span.start, span.end, span.text))
        for i, actor in enumerate(enc.attendees):
            rows.tables["attendees"].append((art.id, enc.id, i, actor.id))
    for seq, quote in enumerate(result.quotes):
        rows.tables["quotes"].append(
            (
                art.id,
                seq,
                quote.speaker.id if quote.speaker else None,
                quote.text,
                fold(quote.text),
                quote.span.start,
                quote.span.end,
                quote.span.text,
                quote.encounter_id,
            )
        )
    return rows
