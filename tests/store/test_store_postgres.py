"""What only the PostgreSQL backend has to get right: SQL translation, URLs, locking, collation.

The shared behaviour (save, queries, round trips) runs on both backends through the `store`
fixture; the tests here that need a server skip unless PARLEY_TEST_POSTGRES names one.
"""

from __future__ import annotations

import dataclasses
import threading

import pytest
from store_samples import geneva_result, watch_mid_save

from parley.errors import StoreError
from parley.model import Actor, ActorMention
from parley.store import SQLiteStore, Store, open_store
from parley.store.schema import BOOKKEEPING, MIGRATIONS, Migration
from parley.store.write import INSERTS

psycopg = pytest.importorskip("psycopg")
from parley.store.postgres import PostgresStore, byte_order_text, pyformat  # noqa: E402

ALL = [m.label for m in MIGRATIONS]


@pytest.mark.parametrize(
    ("portable", "expected"),
    [
        (
            "SELECT id FROM t WHERE a = ? AND b IN (?, ?)",
            "SELECT id FROM t WHERE a = %s AND b IN (%s, %s)",
        ),
        ("x LIKE ? ESCAPE '\\'", "x LIKE %s ESCAPE '\\'"),
        ("SELECT '?', \"odd?\" FROM t WHERE a = ?", "SELECT '?', \"odd?\" FROM t WHERE a = %s"),
        ("SELECT '100%' WHERE a LIKE '%x'", "SELECT '100%%' WHERE a LIKE '%%x'"),
        ("SELECT 'it''s?' WHERE a = ?", "SELECT 'it''s?' WHERE a = %s"),
    ],
)
def test_question_marks_become_psycopg_placeholders_outside_quotes(portable, expected):
    assert pyformat(portable) == expected


@pytest.mark.parametrize(
    ("ddl", "expected"),
    [
        (
            "CREATE TABLE t (id TEXT PRIMARY KEY, text TEXT NOT NULL)",
            'CREATE TABLE t (id TEXT COLLATE "C" PRIMARY KEY, text TEXT COLLATE "C" NOT NULL)',
        ),
        (
            "ALTER TABLE t ADD COLUMN note TEXT DEFAULT 'TEXT'",
            "ALTER TABLE t ADD COLUMN note TEXT COLLATE \"C\" DEFAULT 'TEXT'",
        ),
        ("CREATE INDEX texts ON t (text)", "CREATE INDEX texts ON t (text)"),
    ],
)
def test_text_columns_sort_byte_wise_like_sqlite(ddl, expected):
    assert byte_order_text(ddl) == expected


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://parley:s3cret@127.0.0.1:1/parley",
        "postgres://parley:s%33cret@127.0.0.1:1/parley",  # percent-encoded "s3cret"
        "postgresql://parley@127.0.0.1:1/parley?password=s3cret&connect_timeout=2",
    ],
)
def test_unreachable_server_is_reported_without_the_password(url):
    with pytest.raises(
        StoreError, match=r"cannot open store 'postgres(ql)?://parley.*\*\*\*"
    ) as info:
        open_store(url)
    assert "s3cret" not in str(info.value)
    assert "s%33cret" not in str(info.value)


@pytest.mark.parametrize("scheme", ["postgresql", "postgres"])
def test_open_store_accepts_both_url_schemes(postgres_url, scheme):
    url = postgres_url.replace("postgresql://", f"{scheme}://", 1)
    store = open_store(url)
    assert isinstance(store, Store)
    assert store.migrations() == ALL
    assert store.save(geneva_result()) == "stored"
    store.close()
    with PostgresStore(postgres_url) as again:
        assert again.migrations() == ALL
        assert again.save(geneva_result()) == "unchanged"


def test_every_text_column_uses_byte_order_collation(postgres_url):
    with PostgresStore(postgres_url) as store:
        rows = store._query(
            "SELECT table_name, column_name, collation_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND data_type = 'text'"
        )
    assert len(rows) > 30
    assert {row[2] for row in rows} == {"C"}


def test_old_database_is_upgraded_on_open(postgres_url):
    with psycopg.connect(postgres_url, autocommit=True) as old:  # a Parley from before 0002
        old.execute(byte_order_text(BOOKKEEPING))
        for statement in MIGRATIONS[0].statements:
            old.execute(byte_order_text(statement))
        old.execute("INSERT INTO schema_migrations VALUES (1, 'initial', '2024-01-01')")
        old.execute(pyformat(INSERTS["articles"]), ("a1", None, None, None, None, "h", "t", "{}"))
    with PostgresStore(postgres_url) as store:
        assert store.migrations() == ALL
        assert store.article_ids() == {"a1"}
        indexes = store._query(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
        )
        assert ("participants_by_actor",) in indexes


def test_database_from_newer_parley_is_refused(postgres_url):
    with PostgresStore(postgres_url) as store:
        store._migrate((*MIGRATIONS, Migration(99, "future", ("SELECT 1",))))
    with pytest.raises(StoreError, match=r"migrations \[99\].*upgrade Parley") as info:
        open_store(postgres_url)
    assert "search_path" in str(info.value)  # names the store it could not open


def test_reader_sees_committed_state_while_a_writer_is_mid_save(postgres_url):
    with PostgresStore(postgres_url) as writer, PostgresStore(postgres_url) as reader:
        seen = watch_mid_save(writer, reader)
        writer.save(geneva_result())
        assert seen == [(set(), 0)]
        assert reader.article_ids() == {"reuters-geneva"}


def test_two_writers_saving_one_article_queue_instead_of_colliding(postgres_url):
    with PostgresStore(postgres_url) as first, PostgresStore(postgres_url) as second:
        outcomes: list[str] = []
        other = threading.Thread(target=lambda: outcomes.append(second.save(geneva_result())))
        real = first._executemany

        def spy(sql, rows):
            real(sql, rows)
            if sql == INSERTS["encounters"]:
                other.start()
                other.join(timeout=0.3)
                assert other.is_alive(), "the second writer did not wait for the first"

        first._executemany = spy
        assert first.save(geneva_result()) == "stored"
        other.join(timeout=10)
        assert outcomes == ["unchanged"]


TRICKY_NAMES = ["de Gaulle", "Dean Acheson", "D'Arcy", "Éric Zemmour", "eric adams", "Zhou Enlai"]


def test_actor_search_orders_names_exactly_as_sqlite(postgres_url):
    base = geneva_result()
    mentions = tuple(ActorMention(Actor(f"T{i}", name), 1) for i, name in enumerate(TRICKY_NAMES))
    result = dataclasses.replace(base, actors=base.actors + mentions)
    with PostgresStore(postgres_url) as pg, SQLiteStore() as lite:
        pg.save(result)
        lite.save(result)
        for query in ("d", "e", "z", "eric"):
            assert pg.find_actors(query) == lite.find_actors(query)
        assert [a.name for a in pg.find_actors("d")] == ["D'Arcy", "Dean Acheson", "de Gaulle"]
