"""Merged encounters in the store: keep them current on every save, and read them back.

`SQLStore.save` calls `keys_of` before it deletes an article's old version and `refresh`
after it writes the new one, inside the same transaction: the clusters of every key the
article touches (old and new) are recomputed from all stored mentions with that key, so
ingesting one article costs one key's mentions, never the corpus. The stored columns serve
filtering and ordering only; reads rebuild each `MergedEncounter` from its mentions with the
same pure `merge` code, so what a query returns cannot drift from what the merge computes.
All SQL is portable (`?` placeholders, standard clauses).
"""

from __future__ import annotations

import contextlib
import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import NamedTuple

from parley.model import ArticleResult, Encounter, Place, Quote, Span, TimeRef
from parley.resolve import merge
from parley.store.filters import EncounterFilter
from parley.store.keys import fold
from parley.store.merged_records import MergedEncounter

# The row readers of read.py, shared so that a mention reads back exactly as `encounters()`
# returns it.
from parley.store.read import (
    _ENCOUNTER_COLUMNS,
    Query,
    _article_actors,
    _chunks,
    _day,
    _encounter_records,
    _filter_clauses,
    _limit,
    _marks,
)
from parley.store.records import EncounterRecord, QuoteRecord
from parley.store.write import iso


class Sql(NamedTuple):
    """The three statement runners of a backend, inside its current transaction."""

    query: Query
    execute: Callable[[str, Sequence[object]], None]
    executemany: Callable[[str, Sequence[Sequence[object]]], None]


_INSERT_KEY = "INSERT INTO mention_keys (article_id, encounter_id, merge_key) VALUES (?, ?, ?)"
_INSERT_MERGED = (
    "INSERT INTO merged_encounters (id, merge_key, kind, format, status, place_name, "
    "place_name_key, place_city_key, place_country_key, place_country_code, forum, time_start, "
    "time_end, time_precision, sources, confidence) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_MENTION = (
    "INSERT INTO merged_mentions (merged_id, seq, article_id, encounter_id) VALUES (?, ?, ?, ?)"
)
_INSERT_PARTICIPANT = "INSERT INTO merged_participants (merged_id, seq, actor_id) VALUES (?, ?, ?)"
# Children first: a backend need not enforce ON DELETE CASCADE for this to stay consistent.
_CHILDREN = (
    ("merged_mentions", "merged_id"),
    ("merged_participants", "merged_id"),
    ("merged_encounters", "id"),
)
_KEYED = (
    "FROM mention_keys k JOIN encounters e ON e.article_id = k.article_id "
    "AND e.encounter_id = k.encounter_id JOIN articles a ON a.id = e.article_id"
)
_LIGHT_COLUMNS = (
    "e.article_id, e.encounter_id, e.kind, e.format, e.status, e.place_name, "
    "e.place_country_code, e.place_lat, e.place_lon, e.place_kind, e.time_start, e.time_end, "
    "e.time_precision, a.published"
)
Pair = tuple[str, str]  # (article id, encounter id): one stored mention


def keys_of(sql: Sql, article_id: str) -> set[str]:
    """Cluster keys the stored version of an article touches (read before replacing it)."""
    rows = sql.query("SELECT merge_key FROM mention_keys WHERE article_id = ?", (article_id,))
    return {row[0] for row in rows}


def refresh(sql: Sql, result: ArticleResult, old_keys: set[str]) -> None:
    """Index the saved article's mentions by key and recompute every key it touches."""
    rows = []
    for enc in result.encounters:
        rows += [(result.article.id, enc.id, key) for key in merge.cluster_keys(enc)]
    if rows:
        sql.executemany(_INSERT_KEY, rows)
    recompute(sql, old_keys | {row[2] for row in rows}, changed=result.article.id)


def recompute(sql: Sql, keys: Iterable[str], changed: str | None = None) -> None:
    """Re-cluster each key's mentions; rewrite only the records whose members changed.

    Clustering reads a light projection of the key's mentions (no participants, evidence or
    quotes); full records are read and merged only for new clusters and for those holding a
    mention of `changed` (the article just saved), whose content may differ under the same
    ids. A pair with hundreds of encounters thus costs one light read, not hundreds of writes.
    """
    for key in sorted(keys):
        stored = _stored_clusters(sql, key)
        keep: set[str] = set()
        fresh: list[frozenset[Pair]] = []
        for members in merge.cluster_one_key(_light_mentions(sql, key), _homes(sql, key)):
            pairs = frozenset((m.article_id, m.encounter.id) for m in members)
            old = stored.get(pairs)
            if old is not None and all(article != changed for article, _ in pairs):
                keep.add(old)
            else:
                fresh.append(pairs)
        _delete(sql, sorted(set(stored.values()) - keep))
        _insert(sql, key, _merge_clusters(sql, key, fresh))


def _stored_clusters(sql: Sql, key: str) -> dict[frozenset[Pair], str]:
    members: dict[str, set[Pair]] = defaultdict(set)
    for merged_id, article_id, encounter_id in sql.query(
        "SELECT mm.merged_id, mm.article_id, mm.encounter_id FROM merged_mentions mm "
        "JOIN merged_encounters m ON m.id = mm.merged_id WHERE m.merge_key = ?",
        (key,),
    ):
        members[merged_id].add((article_id, encounter_id))
    return {frozenset(pairs): merged_id for merged_id, pairs in members.items()}


def _homes(sql: Sql, key: str) -> frozenset[str]:
    """The country codes of the key's two leaders: where a visit of several days is one."""
    ids = key.split("|")
    rows = sql.query(f"SELECT country_code FROM actors WHERE id IN ({_marks(ids)})", ids)
    return frozenset(row[0] for row in rows if row[0])


def _light_mentions(sql: Sql, key: str) -> list[EncounterRecord]:
    """What clustering compares, and nothing more: kind, format, status, place, time, date."""
    records = []
    for row in sql.query(f"SELECT {_LIGHT_COLUMNS} {_KEYED} WHERE k.merge_key = ?", (key,)):
        art, enc_id, kind, fmt, status, name, code, lat, lon, p_kind = row[:10]
        t_start, t_end, precision, published = row[10:]
        place = Place(name, None, code, lat, lon, p_kind) if name else None
        time = None
        if t_start is not None:
            time = TimeRef(date.fromisoformat(t_start), date.fromisoformat(t_end), precision, "")
        encounter = Encounter(enc_id, kind, fmt, status, (), (), place, time=time)
        records.append(EncounterRecord(encounter, art, None, None, _day(published)))
    return records


def _merge_clusters(sql: Sql, key: str, clusters: list[frozenset[Pair]]) -> list[MergedEncounter]:
    articles = sorted({article for pairs in clusters for article, _ in pairs})
    full: dict[Pair, EncounterRecord] = {}
    for chunk in _chunks(articles):
        rows = sql.query(
            f"SELECT {_ENCOUNTER_COLUMNS} {_KEYED} "
            f"WHERE k.merge_key = ? AND k.article_id IN ({_marks(chunk)})",
            [key, *chunk],
        )
        full.update(
            ((r.article_id, r.encounter.id), r) for r in _encounter_records(sql.query, rows)
        )
    return [merge.merge_cluster([full[pair] for pair in pairs], key=key) for pairs in clusters]


def _delete(sql: Sql, merged_ids: list[str]) -> None:
    for chunk in _chunks(merged_ids):
        for table, column in _CHILDREN:
            sql.execute(f"DELETE FROM {table} WHERE {column} IN ({_marks(chunk)})", chunk)


def _insert(sql: Sql, key: str, records: list[MergedEncounter]) -> None:
    rows: dict[str, list[tuple]] = {
        _INSERT_MERGED: [],
        _INSERT_MENTION: [],
        _INSERT_PARTICIPANT: [],
    }
    for merged in records:
        place, time = merged.place, merged.time
        rows[_INSERT_MERGED].append(
            (
                merged.id,
                key,
                merged.kind,
                merged.format,
                merged.status,
                place.name if place else None,
                fold(place.name) if place else None,
                fold(place.city) if place and place.city else None,
                fold(place.country) if place and place.country else None,
                place.country_code.upper() if place and place.country_code else None,
                merged.forum,
                iso(time.start) if time else None,
                iso(time.end) if time else None,
                time.precision if time else None,
                merged.sources,
                merged.confidence,
            )
        )
        rows[_INSERT_MENTION] += [
            (merged.id, i, m.article_id, m.encounter.id) for i, m in enumerate(merged.mentions)
        ]
        rows[_INSERT_PARTICIPANT] += [
            (merged.id, i, p.actor.id) for i, p in enumerate(merged.participants)
        ]
    for statement, values in rows.items():
        if values:
            sql.executemany(statement, values)


def rebuild(sql: Sql) -> None:
    """Key every stored mention and merge them all: the backfill of an existing database."""
    for table, _column in _CHILDREN:
        sql.execute(f"DELETE FROM {table}", ())
    sql.execute("DELETE FROM mention_keys", ())
    ids: dict[Pair, list[str]] = defaultdict(list)
    for art, enc_id, actor_id in sql.query(
        "SELECT article_id, encounter_id, actor_id FROM participants", ()
    ):
        ids[art, enc_id].append(actor_id)
    rows = []
    for (art, enc_id), actors in sorted(ids.items()):
        rows += [(art, enc_id, key) for key in merge.keys_of_ids(actors)]
    if rows:
        sql.executemany(_INSERT_KEY, rows)
    recompute(sql, {row[2] for row in rows})


def merged(query: Query, where: EncounterFilter) -> list[MergedEncounter]:
    """Merged encounters passing every filter of `where`, by time (undated last), then id."""
    if not 0.0 <= where.min_confidence <= 1.0:
        raise ValueError(f"min_confidence must be between 0 and 1, got {where.min_confidence}")
    clauses, params = _filter_clauses(
        where,
        "m",
        "EXISTS (SELECT 1 FROM merged_participants p WHERE p.merged_id = m.id AND p.actor_id = ?)",
        "m.place_country_code",
    )
    clauses.insert(0, "m.confidence >= ?")
    params.insert(0, where.min_confidence)
    pair = merge.key_of_ids(where.actor_ids)
    if pair is not None:  # two actors: their own pair's records, not a third pair's that names them
        clauses.append("m.merge_key = ?")
        params.append(pair)
    sql = (
        "SELECT m.id, m.merge_key FROM merged_encounters m WHERE "
        + " AND ".join(clauses)
        + " ORDER BY CASE WHEN m.time_start IS NULL THEN 1 ELSE 0 END, m.time_start, m.id"
    )
    keys = {row[0]: row[1] for row in query(_limit(sql, params, where.limit), params)}
    return _load(query, keys)


def _load(query: Query, keys: dict[str, str]) -> list[MergedEncounter]:
    """Rebuild each record from its stored mentions and the quotes tied to them."""
    with _collector_paused():
        return _rebuilt(query, keys)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Build thousands of small acyclic records without the cyclic garbage collector walking
    the whole heap (spaCy's, in a process that also extracts) every few hundred of them: the
    records hold no cycles, and this halves a long timeline's time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _rebuilt(query: Query, keys: dict[str, str]) -> list[MergedEncounter]:
    ids = list(keys)
    members: dict[str, list[EncounterRecord]] = defaultdict(list)
    for chunk in _chunks(ids):
        rows = query(
            f"SELECT {_ENCOUNTER_COLUMNS}, mm.merged_id FROM merged_mentions mm "
            "JOIN encounters e ON e.article_id = mm.article_id "
            "AND e.encounter_id = mm.encounter_id JOIN articles a ON a.id = e.article_id "
            f"WHERE mm.merged_id IN ({_marks(chunk)}) ORDER BY mm.merged_id, mm.seq",
            chunk,
        )
        for row, record in zip(rows, _encounter_records(query, rows), strict=True):
            members[row[-1]].append(record)
    quotes = _tied_quotes(query, {m.article_id for ms in members.values() for m in ms})
    result = []
    for merged_id in ids:
        mentions = members[merged_id]
        tied = [q for m in mentions for q in quotes.get((m.article_id, m.encounter.id), [])]
        result.append(merge.merge_cluster(mentions, tied, keys[merged_id]))
    return result


def _tied_quotes(query: Query, article_ids: set[str]) -> dict[tuple[str, str], list[QuoteRecord]]:
    """Quotes tied to an encounter, by (article, encounter id), in article order."""
    rows: list[tuple] = []
    for chunk in _chunks(article_ids):
        rows += query(
            "SELECT q.article_id, q.speaker_id, q.text, q.span_start, q.span_end, q.span_text, "
            "q.encounter_id, a.title, a.published FROM quotes q "
            "JOIN articles a ON a.id = q.article_id "
            f"WHERE q.encounter_id IS NOT NULL AND q.article_id IN ({_marks(chunk)}) "
            "ORDER BY q.article_id, q.seq",
            chunk,
        )
    actors = _article_actors(query, article_ids)
    tied: dict[tuple[str, str], list[QuoteRecord]] = defaultdict(list)
    for art, speaker, text, start, end, span_text, enc_id, title, published in rows:
        quote = Quote(
            text=text,
            span=Span(start, end, span_text),
            speaker=actors[art, speaker] if speaker is not None else None,
            encounter_id=enc_id,
        )
        tied[art, enc_id].append(QuoteRecord(quote, art, title, _day(published)))
    return tied
