"""Opening, migrating and sharing a store file; the URLs open_store accepts."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from store_samples import geneva_result, watch_mid_save, woodside_result

from parley.errors import StoreError
from parley.store import SQLiteStore, Store, open_store
from parley.store.schema import BOOKKEEPING, MIGRATIONS, Migration
from parley.store.write import INSERTS

ALL = [m.label for m in MIGRATIONS]


def test_empty_file_gets_every_migration_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "parley.db"
    with SQLiteStore(path) as store:
        assert (
            store.migrations()
            == ALL
            == [
                "0001_initial",
                "0002_timeline_indexes",
                "0003_place_city",
                "0004_merged_encounters",
                "0005_pair_keys",
                "0006_company",
            ]
        )
        assert store._query("PRAGMA foreign_keys") == [(1,)]
        store.save(geneva_result())
    with closing(sqlite3.connect(path)) as raw:  # WAL is a property of the file
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    with SQLiteStore(path) as again:
        assert again.migrations() == ALL
        assert again.article_ids() == {"reuters-geneva"}
        assert again.save(geneva_result()) == "unchanged"


def test_old_database_is_upgraded_on_open(tmp_path):
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)  # what a Parley from before 0002 left behind
    old.execute(BOOKKEEPING)
    old.executescript(";".join(MIGRATIONS[0].statements))
    old.execute("INSERT INTO schema_migrations VALUES (1, 'initial', '2024-01-01')")
    old.execute(INSERTS["articles"], ("a1", None, None, None, None, "h", "text", "{}"))
    old.commit()
    old.close()
    with SQLiteStore(path) as store:
        assert store.migrations() == ALL
        assert store.article_ids() == {"a1"}
        indexes = {r[0] for r in store._query("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "participants_by_actor" in indexes


def test_database_from_before_merged_records_with_encounters_is_upgraded(store):
    """Regression: 0004's rebuild reads columns that 0006 adds, so backfills run after them."""
    store.save(geneva_result())
    merged_ids = [m.id for m in store.merged()]
    for statement in (
        "ALTER TABLE encounters DROP COLUMN company",
        "DROP TABLE merged_participants",
        "DROP TABLE merged_mentions",
        "DROP TABLE merged_encounters",
        "DROP TABLE mention_keys",
        "DELETE FROM schema_migrations WHERE number >= 4",
    ):
        store._execute(statement)
    assert store._migrate() == ALL[3:]
    assert store.migrations() == ALL
    assert [m.id for m in store.merged()] == merged_ids
    assert {r.encounter.company for r in store.encounters()} == {None}


def test_database_from_newer_parley_is_refused(tmp_path):
    path = tmp_path / "new.db"
    with SQLiteStore(path) as store:
        store._migrate((*MIGRATIONS, Migration(99, "future", ("SELECT 1",))))
    with pytest.raises(ValueError, match=r"migrations \[99\].*upgrade Parley"):
        SQLiteStore(path)


def test_reader_sees_committed_state_while_a_writer_is_mid_save(tmp_path):
    path = tmp_path / "shared.db"
    writer, reader = SQLiteStore(path), SQLiteStore(path)
    writer.save(geneva_result())
    seen_mid_write = watch_mid_save(writer, reader)
    writer.save(woodside_result())
    assert seen_mid_write == [({"reuters-geneva"}, 3)]
    assert reader.article_ids() == {"reuters-geneva", "ap-woodside"}
    writer.close()
    reader.close()


@pytest.mark.parametrize(
    "url",
    [":memory:", "sqlite://", "sqlite:///:memory:"],
)
def test_memory_urls(url):
    store = open_store(url)
    assert isinstance(store, Store)
    assert store.save(geneva_result()) == "stored"
    store.close()


@pytest.mark.parametrize("form", ["{path}", "sqlite:///{path}"])
def test_file_urls_open_the_same_file(tmp_path, form):
    path = tmp_path / "p.db"
    store = open_store(form.format(path=path))
    store.save(geneva_result())
    store.close()
    assert path.exists()
    with SQLiteStore(path) as again:
        assert again.article_ids() == {"reuters-geneva"}


@pytest.mark.parametrize(
    ("url", "scheme"),
    [("mysql://parley:s3cret@db/parley", "mysql"), ("", ""), ("mysql://x", "mysql")],
)
def test_unknown_url_names_valid_forms_and_hides_secrets(url, scheme):
    with pytest.raises(StoreError, match="valid: a file path") as info:
        open_store(url)
    assert f"scheme {scheme!r}" in str(info.value)
    assert "s3cret" not in str(info.value)


def test_missing_folder_is_reported_with_the_path(tmp_path):
    missing = tmp_path / "nope" / "p.db"
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(missing))
