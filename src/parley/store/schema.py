"""Numbered, named migrations: the only place the schema is defined.

Each migration runs once, in order, and is recorded in `schema_migrations`; opening an older
database applies the ones it lacks, all in one transaction. Never edit a released migration:
add the next number. The DDL sticks to types and clauses that SQLite and PostgreSQL share
(TEXT, INTEGER, DOUBLE PRECISION, composite keys, ON DELETE CASCADE); dates are ISO-8601 TEXT
so that comparisons need no date functions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from parley.store.merged import Sql, rebuild


@dataclass(frozen=True)
class Migration:
    """One schema step; `statements` run in order within one transaction.

    `backfill`, when given, runs in the same transaction once every pending migration's
    statements have run (it reads through today's code, so it needs today's schema): derived
    data that SQL alone cannot compute portably (such as merged encounters) for rows already
    stored. Migrations that share a backfill run it once.
    """

    number: int
    name: str
    statements: tuple[str, ...]
    backfill: Callable[[Sql], None] | None = None

    @property
    def label(self) -> str:
        return f"{self.number:04d}_{self.name}"


BOOKKEEPING = """CREATE TABLE IF NOT EXISTS schema_migrations (
    number INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)"""

_INITIAL = (
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT,
        published TEXT,
        source TEXT,
        url TEXT,
        content_hash TEXT NOT NULL,
        text TEXT NOT NULL,
        metadata TEXT NOT NULL DEFAULT '{}'
    )""",
    # Latest-seen version of each actor: what find_actors searches.
    """CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        country_code TEXT,
        title TEXT,
        name_key TEXT NOT NULL
    )""",
    # Each actor as one article named it, so old articles read back exactly as they were saved
    # even after a later article gives the same actor a new title.
    """CREATE TABLE article_actors (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES actors (id),
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        country_code TEXT,
        title TEXT,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (article_id, actor_id)
    )""",
    """CREATE TABLE encounters (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        encounter_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        format TEXT NOT NULL,
        status TEXT NOT NULL,
        place_name TEXT,
        place_country TEXT,
        place_country_code TEXT,
        place_lat DOUBLE PRECISION,
        place_lon DOUBLE PRECISION,
        place_kind TEXT,
        place_name_key TEXT,
        place_country_key TEXT,
        forum TEXT,
        time_start TEXT,
        time_end TEXT,
        time_precision TEXT,
        time_text TEXT,
        duration_minutes INTEGER,
        outcome TEXT,
        cancelled_by TEXT REFERENCES actors (id),
        reason TEXT,
        PRIMARY KEY (article_id, encounter_id)
    )""",
    """CREATE TABLE participants (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        encounter_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        actor_id TEXT NOT NULL REFERENCES actors (id),
        role TEXT,
        PRIMARY KEY (article_id, encounter_id, seq),
        FOREIGN KEY (article_id, encounter_id)
            REFERENCES encounters (article_id, encounter_id) ON DELETE CASCADE
    )""",
    """CREATE TABLE evidence (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        encounter_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (article_id, encounter_id, seq),
        FOREIGN KEY (article_id, encounter_id)
            REFERENCES encounters (article_id, encounter_id) ON DELETE CASCADE
    )""",
    """CREATE TABLE attendees (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        encounter_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        actor_id TEXT NOT NULL REFERENCES actors (id),
        PRIMARY KEY (article_id, encounter_id, seq),
        FOREIGN KEY (article_id, encounter_id)
            REFERENCES encounters (article_id, encounter_id) ON DELETE CASCADE
    )""",
    # encounter_id is the encounter's own id within the same article (or NULL); it is not a
    # foreign key so that a quote tied to an encounter the extractor dropped still stores.
    """CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        speaker_id TEXT REFERENCES actors (id),
        text TEXT NOT NULL,
        text_key TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        span_text TEXT NOT NULL,
        encounter_id TEXT,
        PRIMARY KEY (article_id, seq)
    )""",
)

_TIMELINE_INDEXES = (
    "CREATE INDEX participants_by_actor ON participants (actor_id, article_id, encounter_id)",
    "CREATE INDEX encounters_by_time ON encounters (time_start, time_end)",
    "CREATE INDEX article_actors_by_actor ON article_actors (actor_id)",
    "CREATE INDEX quotes_by_speaker ON quotes (speaker_id)",
    "CREATE INDEX actors_by_name_key ON actors (name_key)",
)

_PLACE_CITY = (
    "ALTER TABLE encounters ADD COLUMN place_city TEXT",
    "ALTER TABLE encounters ADD COLUMN place_city_key TEXT",
)

# One record per real encounter across articles (resolve/merge.py). mention_keys indexes each
# stored mention by its cluster key so that a save recomputes only the keys it touches; the
# merged_* tables hold what queries filter and order on, and which mentions each record merges.
_MERGED = (
    """CREATE TABLE mention_keys (
        article_id TEXT NOT NULL,
        encounter_id TEXT NOT NULL,
        merge_key TEXT NOT NULL,
        PRIMARY KEY (article_id, encounter_id),
        FOREIGN KEY (article_id, encounter_id)
            REFERENCES encounters (article_id, encounter_id) ON DELETE CASCADE
    )""",
    "CREATE INDEX mention_keys_by_key ON mention_keys (merge_key)",
    """CREATE TABLE merged_encounters (
        id TEXT PRIMARY KEY,
        merge_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        format TEXT NOT NULL,
        status TEXT NOT NULL,
        place_name TEXT,
        place_name_key TEXT,
        place_city_key TEXT,
        place_country_key TEXT,
        place_country_code TEXT,
        forum TEXT,
        time_start TEXT,
        time_end TEXT,
        time_precision TEXT,
        sources INTEGER NOT NULL,
        confidence DOUBLE PRECISION NOT NULL
    )""",
    "CREATE INDEX merged_by_key ON merged_encounters (merge_key)",
    "CREATE INDEX merged_by_time ON merged_encounters (time_start, time_end)",
    """CREATE TABLE merged_mentions (
        merged_id TEXT NOT NULL REFERENCES merged_encounters (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        encounter_id TEXT NOT NULL,
        PRIMARY KEY (merged_id, seq)
    )""",
    """CREATE TABLE merged_participants (
        merged_id TEXT NOT NULL REFERENCES merged_encounters (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        actor_id TEXT NOT NULL,
        PRIMARY KEY (merged_id, seq)
    )""",
    "CREATE INDEX merged_participants_by_actor ON merged_participants (actor_id, merged_id)",
)

# A mention now belongs to one cluster per pair of its leaders (resolve/merge.py).
_PAIR_KEYS = (
    """CREATE TABLE mention_pair_keys (
        article_id TEXT NOT NULL,
        encounter_id TEXT NOT NULL,
        merge_key TEXT NOT NULL,
        PRIMARY KEY (article_id, encounter_id, merge_key),
        FOREIGN KEY (article_id, encounter_id)
            REFERENCES encounters (article_id, encounter_id) ON DELETE CASCADE
    )""",
    "DROP TABLE mention_keys",
    "ALTER TABLE mention_pair_keys RENAME TO mention_keys",
    "CREATE INDEX mention_keys_by_key ON mention_keys (merge_key)",
)

# Who else was in the room: "alone", "interpreters only" or NULL when the text does not say.
_COMPANY = ("ALTER TABLE encounters ADD COLUMN company TEXT",)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial", _INITIAL),
    Migration(2, "timeline_indexes", _TIMELINE_INDEXES),
    Migration(3, "place_city", _PLACE_CITY),
    Migration(4, "merged_encounters", _MERGED, backfill=rebuild),
    Migration(5, "pair_keys", _PAIR_KEYS, backfill=rebuild),
    Migration(6, "company", _COMPANY),
)


def pending(applied: set[int], migrations: tuple[Migration, ...] = MIGRATIONS) -> list[Migration]:
    """Migrations not yet applied, in order; refuses a database newer than this code."""
    known = {m.number for m in migrations}
    unknown = sorted(applied - known)
    if unknown:
        raise ValueError(
            f"database has migrations {unknown} that this Parley does not know "
            f"(it knows up to {max(known):04d}); upgrade Parley or use another database"
        )
    return [m for m in sorted(migrations, key=lambda m: m.number) if m.number not in applied]
