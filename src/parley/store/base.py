"""Store logic shared by every SQL backend: migrations, the one write path, and the reads.

A backend subclass supplies only the connection-specific bits (`_query`, `_execute`,
`_executemany`, `_transaction`, `close`); all SQL here uses `?` placeholders and portable
clauses, so a PostgreSQL backend needs a placeholder translation, not new queries.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Self

from parley.model import Actor, ArticleResult
from parley.store import merged as merged_store
from parley.store import read
from parley.store.filters import EncounterFilter
from parley.store.merged_records import MergedEncounter
from parley.store.protocol import SaveOutcome
from parley.store.records import EncounterRecord, QuoteRecord
from parley.store.schema import BOOKKEEPING, MIGRATIONS, Migration, pending
from parley.store.write import INSERTS, UPSERT_ACTOR, article_rows

_COUNTED = ("articles", "encounters", "quotes", "actors")


class SQLStore(ABC):
    """A `Store` over any DB-API connection that speaks the schema in `schema.py`."""

    @abstractmethod
    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        """Run a SELECT and return all rows."""

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[object] = ()) -> None:
        """Run one statement that returns nothing."""

    @abstractmethod
    def _executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        """Run one statement once per row."""

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[None]:
        """A write transaction: commit on success, roll back on any exception."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _ddl(self, statement: str) -> str:
        """A schema statement as this backend runs it; schema.py's portable DDL by default."""
        return statement

    def _migrate(self, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[str]:
        """Apply missing migrations in order, all in one transaction; returns their labels.

        Backfills run once each, after every statement: they read through today's code, which
        expects today's columns (0004's rebuild reads a column that 0006 adds).
        """
        self._execute(self._ddl(BOOKKEEPING))
        if not pending(self._applied(), migrations):
            return []
        with self._transaction():
            # Re-check under the write lock: another process may have migrated meanwhile.
            todo = pending(self._applied(), migrations)
            for migration in todo:
                for statement in migration.statements:
                    self._execute(self._ddl(statement))
            for backfill in dict.fromkeys(m.backfill for m in todo if m.backfill is not None):
                backfill(self._sql())
            now = datetime.now(UTC).isoformat()
            for migration in todo:
                self._execute(
                    "INSERT INTO schema_migrations (number, name, applied_at) VALUES (?, ?, ?)",
                    (migration.number, migration.name, now),
                )
        return [m.label for m in todo]

    def _sql(self) -> merged_store.Sql:
        return merged_store.Sql(self._query, self._execute, self._executemany)

    def _applied(self) -> set[int]:
        return {row[0] for row in self._query("SELECT number FROM schema_migrations")}

    def migrations(self) -> list[str]:
        """Labels of the applied migrations, oldest first (e.g. "0001_initial")."""
        rows = self._query("SELECT number, name FROM schema_migrations ORDER BY number")
        return [f"{number:04d}_{name}" for number, name in rows]

    def save(self, result: ArticleResult) -> SaveOutcome:
        """The one write path: store, replace or skip an article with all its facts, atomically.

        Same content hash as stored → "unchanged" and nothing is written; a different hash →
        the old facts are deleted and the new ones inserted ("replaced"). The merged
        encounters of every cluster key the old or new version touches are recomputed in the
        same transaction. Any failure rolls the whole article back, so readers never see half
        of one.
        """
        rows = article_rows(result)
        article_id = result.article.id
        with self._transaction():
            existing = self._query("SELECT content_hash FROM articles WHERE id = ?", (article_id,))
            if existing and existing[0][0] == rows.content_hash:
                return "unchanged"
            old_keys = merged_store.keys_of(self._sql(), article_id) if existing else set()
            if existing:
                self._execute("DELETE FROM articles WHERE id = ?", (article_id,))
            self._executemany(UPSERT_ACTOR, rows.actors)
            for table, sql in INSERTS.items():
                if rows.tables[table]:
                    self._executemany(sql, rows.tables[table])
            merged_store.refresh(self._sql(), result, old_keys)
        return "replaced" if existing else "stored"

    def remerge(self) -> int:
        """Merge every stored mention again with the current rules, in one transaction: after
        an upgrade that changes how reports join, without reading the articles again. Returns
        how many merged encounters there are now."""
        with self._transaction():
            merged_store.rebuild(self._sql())
        return self._query("SELECT COUNT(*) FROM merged_encounters")[0][0]

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
        """Encounters that include ALL `actor_ids` as participants and pass every other filter.

        Ordered by time start (undated last), then article date, then article and position in
        it. since/until keep encounters whose time range overlaps; undated ones never match.
        `place` matches the place name, country name or country code, ignoring case/accents.
        """
        where = EncounterFilter(actor_ids, statuses, kinds, since, until, place, limit=limit)
        return read.encounters(self._query, where)

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
        """One record per real encounter across articles, filtered as `encounters` is.

        Ordered by time start (undated last), then id; `min_confidence` (0..1) drops records
        less supported than that (see resolve/merge.py for the formula).
        """
        where = EncounterFilter(
            actor_ids, statuses, kinds, since, until, place, min_confidence, limit
        )
        return merged_store.merged(self._query, where)

    def quotes(
        self,
        *,
        speaker_ids: Sequence[str] = (),
        about: str | None = None,
        limit: int | None = None,
    ) -> list[QuoteRecord]:
        """Quotes by any of `speaker_ids`; `about` is a text substring or an article actor.

        An actor matches `about` by id or by whole-word name prefix, so "putin" finds quotes
        in articles that name Vladimir Putin.
        """
        return read.quotes(self._query, speaker_ids=speaker_ids, about=about, limit=limit)

    def find_actors(self, name: str) -> list[Actor]:
        """Forgiving name search: case/diacritics-insensitive whole-word prefixes."""
        return read.find_actors(self._query, name)

    def article_ids(self) -> set[str]:
        return {row[0] for row in self._query("SELECT id FROM articles")}

    def counts(self) -> dict[str, int]:
        return {t: self._query(f"SELECT COUNT(*) FROM {t}")[0][0] for t in _COUNTED}
