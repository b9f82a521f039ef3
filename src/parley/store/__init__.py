"""Where ArticleResults are kept and queried: a `Store` protocol and its SQLite backend.

store = open_store("parley.db")
store.save(result)                                  # "stored" | "unchanged" | "replaced"
store.encounters(actor_ids=["Q6279", "Q15031"])     # timeline of two actors
"""

from __future__ import annotations

import sqlite3
from os import PathLike

from parley.errors import StoreError
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
    """Open (creating and migrating if needed) the store that `url` names.

    Raises StoreError, naming the path but never a URL's password, when it cannot be opened.
    """
    text = str(url).strip()
    if text in (MEMORY, "sqlite://", _SQLITE + MEMORY):
        return SQLiteStore(MEMORY)
    path = text[len(_SQLITE) :] if text.startswith(_SQLITE) and len(text) > len(_SQLITE) else text
    if not path or "://" in path:
        scheme = text.split("://", 1)[0] if text else ""
        raise StoreError(f"unsupported store URL scheme {scheme!r}; valid: {_VALID}")
    try:
        return SQLiteStore(path)
    except (OSError, sqlite3.Error, ValueError) as error:
        raise StoreError(f"cannot open store {path!r}: {error}") from None
