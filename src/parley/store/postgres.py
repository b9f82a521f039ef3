"""The PostgreSQL backend: every PostgreSQL-specific choice lives here.

The shared SQL is written with `?` placeholders; `pyformat` turns it into psycopg's `%s`.
Three choices keep PostgreSQL answering exactly as SQLite does:
- every TEXT column gets the byte-order "C" collation (SQLite's BINARY), so names and ids sort
  the same whatever locale the database was created with;
- writers queue on a per-schema advisory lock taken at the start of each write transaction,
  as SQLite's `BEGIN IMMEDIATE` makes them queue, so two processes saving one article never
  both see it missing and collide on its primary key;
- migrations run under a session lock, so two processes opening a new database at once do not
  both try to create it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

import psycopg

from parley.store.base import SQLStore

# Advisory-lock namespaces (first key); the second key is the schema's hash.
_WRITE_LOCK = 0x70A1
_MIGRATE_LOCK = 0x70A2
_LOCK_SQL = "SELECT {}(%s, hashtext(current_schema()))"

# Quoted literals and identifiers, which placeholder and type rewriting must leave alone.
_QUOTED = re.compile(r"""('(?:[^']|'')*'|"(?:[^"]|"")*")""")
_TEXT_TYPE = re.compile(r"\bTEXT\b")


def _outside_quotes(sql: str, rewrite: re.Pattern[str], replacement: str) -> str:
    parts = _QUOTED.split(sql)
    # split() with one group alternates: unquoted, quoted, unquoted, ...
    return "".join(p if i % 2 else rewrite.sub(replacement, p) for i, p in enumerate(parts))


@lru_cache(maxsize=512)
def pyformat(sql: str) -> str:
    """`?` placeholders → `%s`; a literal `%` (e.g. in a LIKE pattern) is doubled for psycopg."""
    parts = _QUOTED.split(sql.replace("%", "%%"))
    return "".join(p if i % 2 else p.replace("?", "%s") for i, p in enumerate(parts))


def byte_order_text(ddl: str) -> str:
    """Give every TEXT column (the type is written upper case) SQLite's byte-wise collation."""
    return _outside_quotes(ddl, _TEXT_TYPE, 'TEXT COLLATE "C"')


class PostgresStore(SQLStore):
    """A store in one PostgreSQL schema (the connection's `search_path`; normally `public`).

    `conninfo` is anything libpq accepts: a `postgresql://` URL or "host=… dbname=…".
    """

    def __init__(self, conninfo: str) -> None:
        # autocommit: no implicit transactions; `_transaction` decides, as in SQLiteStore.
        self._conn = psycopg.connect(conninfo, autocommit=True)
        try:
            self._conn.execute(_LOCK_SQL.format("pg_advisory_lock"), (_MIGRATE_LOCK,))
            try:
                self._migrate()
            finally:
                self._conn.execute(_LOCK_SQL.format("pg_advisory_unlock"), (_MIGRATE_LOCK,))
        except BaseException:
            self._conn.close()
            raise

    def _ddl(self, statement: str) -> str:
        return byte_order_text(statement)

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        return self._conn.execute(pyformat(sql), tuple(params)).fetchall()

    def _execute(self, sql: str, params: Sequence[object] = ()) -> None:
        self._conn.execute(pyformat(sql), tuple(params))

    def _executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        with self._conn.cursor() as cursor:
            cursor.executemany(pyformat(sql), rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # psycopg's block commits on success and rolls back on any exception.
        with self._conn.transaction():
            self._conn.execute(_LOCK_SQL.format("pg_advisory_xact_lock"), (_WRITE_LOCK,))
            yield

    def close(self) -> None:
        self._conn.close()
