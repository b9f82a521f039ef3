"""The SQLite backend: every SQLite-specific choice lives here.

WAL lets readers in other connections keep reading while one connection writes; writes take
the lock up front (`BEGIN IMMEDIATE`) so two writers queue instead of failing mid-transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from os import PathLike
from pathlib import Path

from parley.store.base import SQLStore

MEMORY = ":memory:"


class SQLiteStore(SQLStore):
    """A store in one SQLite file (or in memory, for tests and one-off runs)."""

    def __init__(self, path: str | PathLike[str] = MEMORY, *, timeout: float = 30.0) -> None:
        self.path = str(path)
        if self.path != MEMORY and not Path(self.path).parent.is_dir():
            raise FileNotFoundError(
                f"cannot create store {self.path!r}: folder {str(Path(self.path).parent)!r} "
                "does not exist; create it or choose another path"
            )
        # isolation_level=None: no implicit transactions; `_transaction` decides.
        self._conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        self._conn.execute("PRAGMA foreign_keys = ON")
        if self.path != MEMORY:
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")  # durable enough under WAL
        try:
            self._migrate()
        except BaseException:
            self._conn.close()
            raise

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        return self._conn.execute(sql, params).fetchall()

    def _execute(self, sql: str, params: Sequence[object] = ()) -> None:
        self._conn.execute(sql, params)

    def _executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        self._conn.executemany(sql, rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.rollback()
            raise
        self._conn.execute("COMMIT")

    def close(self) -> None:
        self._conn.close()
