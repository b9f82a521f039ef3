"""Where ArticleResults are kept and queried: a `Store` protocol and its SQLite backend.

store = open_store("parley.db")
store.save(result)                                  # "stored" | "unchanged" | "replaced"
store.encounters(actor_ids=["Q6279", "Q15031"])     # timeline of two actors
"""

from __future__ import annotations

from os import PathLike

from parley.store.protocol import SaveOutcome, Store
from parley.store.records import EncounterRecord, QuoteRecord
from parley.store.sqlite import MEMORY, SQLiteStore

__all__ = [
    "EncounterRecord",
    "QuoteRecord",
    "SQLiteStore",
    "SaveOutcome",
    "Store",
    "open_store",
]

_SQLITE = "sqlite:///"
_VALID = (
    "a file path such as 'parley.db', 'sqlite:///relative/parley.db', "
    "'sqlite:////absolute/parley.db', or ':memory:'"
)


def open_store(url: str | PathLike[str]) -> Store:
    """Open (creating and migrating if needed) the store that `url` names."""
    text = str(url).strip()
    if text in (MEMORY, "sqlite://", _SQLITE + MEMORY):
        return SQLiteStore(MEMORY)
    if text.startswith(_SQLITE) and len(text) > len(_SQLITE):
        return SQLiteStore(text[len(_SQLITE) :])
    if not text or "://" in text:
        # Name only the scheme: a database URL may carry a password.
        scheme = text.split("://", 1)[0] if text else ""
        raise ValueError(f"unsupported store URL scheme {scheme!r}; valid: {_VALID}")
    return SQLiteStore(text)
