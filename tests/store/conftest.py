"""Stores for the tests: empty, or holding both hand-built articles, on every backend.

Each test using `store` runs once on SQLite and once on PostgreSQL; the PostgreSQL half gets a
fresh schema, dropped afterwards, and is skipped unless PARLEY_TEST_POSTGRES names a server.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

import pytest
from store_samples import geneva_result, woodside_result

from parley.store import SQLiteStore

POSTGRES_URL = os.environ.get("PARLEY_TEST_POSTGRES", "")
NO_POSTGRES = (
    "set PARLEY_TEST_POSTGRES=postgresql://… to run the PostgreSQL store tests; .ci/run does"
)
needs_postgres = pytest.mark.skipif(not POSTGRES_URL, reason=NO_POSTGRES)


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A fresh, empty schema on the test server, dropped with everything in it afterwards.

    Yields a URL of the test database whose search_path is that schema, so a store opened on
    it sees only this test's tables.
    """
    import psycopg
    from psycopg import sql

    name = f"parley_test_{uuid.uuid4().hex[:12]}"
    joiner = "&" if "?" in POSTGRES_URL else "?"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
        try:
            yield f"{POSTGRES_URL}{joiner}options=" + quote(f"-c search_path={name}")
        finally:
            admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(name)))


@pytest.fixture
def postgres_url() -> Iterator[str]:
    if not POSTGRES_URL:
        pytest.skip(NO_POSTGRES)
    with postgres_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request):
    if request.param == "sqlite":
        with SQLiteStore() as s:
            yield s
        return
    from parley.store.postgres import PostgresStore

    with PostgresStore(request.getfixturevalue("postgres_url")) as s:
        yield s


@pytest.fixture
def filled(store):
    """A store holding both hand-built articles."""
    store.save(geneva_result())
    store.save(woodside_result())
    return store
