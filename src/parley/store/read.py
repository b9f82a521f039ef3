"""Read queries: build parameterised SQL, then turn rows back into model objects.

Every value from a caller travels as a bound parameter, never in the SQL text. Facts are read
with the actor as their article named it (`article_actors`), so a saved result reads back equal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from parley.model import KINDS, STATUSES, Actor, Encounter, Participant, Place, Quote, Span, TimeRef
from parley.store.filters import EncounterFilter
from parley.store.keys import fold, like_escape, name_key, words
from parley.store.records import EncounterRecord, QuoteRecord

Query = Callable[[str, Sequence[object]], list[tuple]]
EncounterKey = tuple[str, str]

_CHUNK = 500  # stays under every backend's bound-parameter limit
_LIKE = "LIKE ? ESCAPE '\\'"


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(set(ids))
    for i in range(0, len(ordered), _CHUNK):
        yield ordered[i : i + _CHUNK]


def _limit(sql: str, params: list[object], limit: int | None) -> str:
    if limit is None:
        return sql
    if limit < 0:
        raise ValueError(f"limit must be zero or more, got {limit}")
    params.append(limit)
    return sql + " LIMIT ?"


def _values(name: str, values: Sequence[str], valid: Sequence[str] = ()) -> list[str]:
    """A filter's values, refusing the easy slip of a bare string and any unknown choice."""
    if isinstance(values, str):
        raise TypeError(
            f"{name} takes a list, not the string {values!r}; write {name}=[{values!r}]"
        )
    unknown = [v for v in values if valid and v not in valid]
    if unknown:
        raise ValueError(f"unknown {name} {unknown}; valid: {', '.join(valid)}")
    return list(dict.fromkeys(values))


def _name_match(column: str, text: str) -> tuple[list[str], list[object]]:
    """Conditions for "every word of `text` starts a word of the name in `column`"."""
    toks = words(text)
    return [f"{column} {_LIKE}"] * len(toks), [f"% {like_escape(t)}%" for t in toks]


def _article_actors(query: Query, article_ids: Iterable[str]) -> dict[tuple[str, str], Actor]:
    found: dict[tuple[str, str], Actor] = {}
    for chunk in _chunks(article_ids):
        rows = query(
            "SELECT article_id, actor_id, name, kind, country_code, title FROM article_actors "
            f"WHERE article_id IN ({_marks(chunk)})",
            chunk,
        )
        for art, actor_id, name, kind, cc, title in rows:
            found[art, actor_id] = Actor(actor_id, name, kind, cc, title)
    return found


def _by_encounter(
    query: Query, table: str, columns: str, article_ids: Iterable[str]
) -> dict[EncounterKey, list[tuple]]:
    """Rows of a per-encounter child table grouped by (article, encounter), in saved order."""
    grouped: dict[EncounterKey, list[tuple]] = defaultdict(list)
    for chunk in _chunks(article_ids):
        rows = query(
            f"SELECT article_id, encounter_id, {columns} FROM {table} "
            f"WHERE article_id IN ({_marks(chunk)}) ORDER BY article_id, encounter_id, seq",
            chunk,
        )
        for row in rows:
            grouped[row[0], row[1]].append(row[2:])
    return grouped


_ENCOUNTER_COLUMNS = (
    "e.article_id, e.encounter_id, e.kind, e.format, e.status, e.place_name, e.place_country, "
    "e.place_country_code, e.place_lat, e.place_lon, e.place_kind, e.forum, e.time_start, "
    "e.time_end, e.time_precision, e.time_text, e.duration_minutes, e.outcome, e.cancelled_by, "
    "e.reason, a.title, a.url, a.published, e.place_city, e.company"
)


def _filter_clauses(
    where: EncounterFilter, alias: str, actor_exists: str, country_code: str
) -> tuple[list[str], list[object]]:
    """WHERE conditions and parameters for every filter but `min_confidence` and `limit`.

    Shared by the per-article and the merged reads so that both filter alike: `alias` names
    the filtered table, `actor_exists` is the condition that one actor (its `?`) takes part,
    `country_code` the expression of the table's upper-case country code.
    """
    clauses: list[str] = []
    params: list[object] = []
    for actor_id in _values("actor_ids", where.actor_ids):
        clauses.append(actor_exists)
        params.append(actor_id)
    for column, values in (
        ("status", _values("statuses", where.statuses, STATUSES)),
        ("kind", _values("kinds", where.kinds, KINDS)),
    ):
        if values:
            clauses.append(f"{alias}.{column} IN ({_marks(values)})")
            params.extend(values)
    if where.since is not None:
        clauses.append(f"{alias}.time_end >= ?")
        params.append(where.since.isoformat())
    if where.until is not None:
        clauses.append(f"{alias}.time_start <= ?")
        params.append(where.until.isoformat())
    if where.place is not None:
        clauses.append(
            f"({alias}.place_name_key = ? OR {alias}.place_city_key = ? "
            f"OR {alias}.place_country_key = ? OR {country_code} = ?)"
        )
        key = fold(where.place.strip())
        params += [key, key, key, where.place.strip().upper()]
    return clauses, params


def encounters(query: Query, where: EncounterFilter) -> list[EncounterRecord]:
    """Encounters matching every filter of `where` (its `min_confidence` aside)."""
    clauses, params = _filter_clauses(
        where,
        "e",
        "EXISTS (SELECT 1 FROM participants p WHERE p.article_id = e.article_id "
        "AND p.encounter_id = e.encounter_id AND p.actor_id = ?)",
        "UPPER(e.place_country_code)",
    )
    sql = (
        f"SELECT {_ENCOUNTER_COLUMNS} FROM encounters e JOIN articles a ON a.id = e.article_id"
        + (" WHERE " + " AND ".join(clauses) if clauses else "")
        + " ORDER BY CASE WHEN e.time_start IS NULL THEN 1 ELSE 0 END, e.time_start,"
        " CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published, e.article_id, e.seq"
    )
    rows = query(_limit(sql, params, where.limit), params)
    return _encounter_records(query, rows)


def _encounter_records(query: Query, rows: list[tuple]) -> list[EncounterRecord]:
    articles = {row[0] for row in rows}
    actors = _article_actors(query, articles)
    parts = _by_encounter(query, "participants", "actor_id, role", articles)
    spans = _by_encounter(query, "evidence", "span_start, span_end, text", articles)
    present = _by_encounter(query, "attendees", "actor_id", articles)
    records = []
    for row in rows:
        art, enc_id, kind, fmt, status, p_name, p_country, p_cc, lat, lon, p_kind = row[:11]
        forum, t_start, t_end, precision, t_text, minutes, outcome, cancelled, reason = row[11:20]
        key = (art, enc_id)
        city, company = row[23:25]
        place = Place(p_name, p_country, p_cc, lat, lon, p_kind, city) if p_name else None
        time = None
        if t_start is not None:
            start, end = date.fromisoformat(t_start), date.fromisoformat(t_end)
            time = TimeRef(start, end, precision, t_text)
        encounter = Encounter(
            id=enc_id,
            kind=kind,
            format=fmt,
            status=status,
            participants=tuple(Participant(actors[art, a], role) for a, role in parts[key]),
            evidence=tuple(Span(s, e, text) for s, e, text in spans[key]),
            place=place,
            forum=forum,
            time=time,
            duration_minutes=minutes,
            company=company,
            attendees=tuple(actors[art, a] for (a,) in present[key]),
            outcome=outcome,
            cancelled_by=actors[art, cancelled] if cancelled is not None else None,
            reason=reason,
        )
        records.append(EncounterRecord(encounter, art, row[20], row[21], _day(row[22])))
    return records


def quotes(
    query: Query,
    *,
    speaker_ids: Sequence[str] = (),
    about: str | None = None,
    limit: int | None = None,
) -> list[QuoteRecord]:
    """Quotes by any of `speaker_ids`; `about` matches quote text or an actor of the article."""
    where: list[str] = []
    params: list[object] = []
    speakers = _values("speaker_ids", speaker_ids)
    if speakers:
        where.append(f"q.speaker_id IN ({_marks(speakers)})")
        params.extend(speakers)
    if about is not None and about.strip():
        names, name_params = _name_match("ac.name_key", about)
        actor_match = "aa.actor_id = ?"
        if names:
            actor_match += " OR (" + " AND ".join(names) + ")"
        where.append(
            f"(q.text_key {_LIKE} OR EXISTS (SELECT 1 FROM article_actors aa "
            "JOIN actors ac ON ac.id = aa.actor_id "
            f"WHERE aa.article_id = q.article_id AND ({actor_match})))"
        )
        params += [f"%{like_escape(fold(about.strip()))}%", about.strip(), *name_params]
    sql = (
        "SELECT q.article_id, q.speaker_id, q.text, q.span_start, q.span_end, q.span_text, "
        "q.encounter_id, a.title, a.published FROM quotes q JOIN articles a ON a.id = q.article_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published,"
        " q.article_id, q.seq"
    )
    rows = query(_limit(sql, params, limit), params)
    actors = _article_actors(query, {row[0] for row in rows})
    return [
        QuoteRecord(
            Quote(
                text=text,
                span=Span(start, end, span_text),
                speaker=actors[art, speaker] if speaker is not None else None,
                encounter_id=enc_id,
            ),
            art,
            title,
            _day(published),
        )
        for art, speaker, text, start, end, span_text, enc_id, title, published in rows
    ]


def find_actors(query: Query, name: str) -> list[Actor]:
    """Actors whose name has a word starting with each query word; exact names first."""
    conditions, params = _name_match("name_key", name)
    if not conditions:
        return []
    rows = query(
        "SELECT id, name, kind, country_code, title FROM actors WHERE "
        + " AND ".join(conditions)
        + " ORDER BY CASE WHEN name_key = ? THEN 0 ELSE 1 END, name, id",
        [*params, name_key(name)],
    )
    return [Actor(*row) for row in rows]
