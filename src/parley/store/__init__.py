"""Where ArticleResults are kept and queried: a `Store` protocol, SQLite and PostgreSQL backends.

store = open_store("parley.db")                     # or "postgresql://user@host/dbname"
store.save(result)                                  # "stored" | "unchanged" | "replaced"
store.encounters(actor_ids=["Q6279", "Q15031"])     # timeline of two actors
"""

from __future__ import annotations

import re
import sqlite3
from os import PathLike
from urllib.parse import unquote

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
_POSTGRES = ("postgresql://", "postgres://")
_VALID = (
    "a file path such as 'parley.db', 'sqlite:///relative/parley.db', "
    "'sqlite:////absolute/parley.db', ':memory:', or 'postgresql://user:password@host/dbname'"
)
# The password in "scheme://user:PASSWORD@host" and in a "password=" query parameter.
_SECRETS = (re.compile(r"(?<=://)([^/@:]*:)([^/@]*)(?=@)"), re.compile(r"(?<=[?&]password=)[^&]*"))


def _hide_password(url: str, message: str) -> tuple[str, str]:
    """`url` and `message` with every spelling of the URL's password replaced by ***."""
    secrets: set[str] = set()
    for i, pattern in enumerate(_SECRETS):
        for match in pattern.finditer(url):
            secrets.add(match.group(2) if i == 0 else match.group(0))
    secrets |= {unquote(s) for s in secrets}
    for secret in sorted(secrets - {""}, key=len, reverse=True):
        url, message = url.replace(secret, "***"), message.replace(secret, "***")
    return url, message


def _open_postgres(url: str) -> Store:
    try:
        import psycopg

        from parley.store.postgres import PostgresStore
    except ImportError:
        raise StoreError(
            "the PostgreSQL store needs psycopg; install it with: pip install 'psycopg[binary]'"
        ) from None
    try:
        return PostgresStore(url)
    except (psycopg.Error, ValueError) as error:
        shown, message = _hide_password(url, str(error).strip())
        raise StoreError(f"cannot open store {shown!r}: {message}") from None


def open_store(url: str | PathLike[str]) -> Store:
    """Open (creating and migrating if needed) the store that `url` names.

    Raises StoreError, naming the path but never a URL's password, when it cannot be opened.
    """
    text = str(url).strip()
    if text in (MEMORY, "sqlite://", _SQLITE + MEMORY):
        return SQLiteStore(MEMORY)
    if text.startswith(_POSTGRES):
        return _open_postgres(text)
    path = text[len(_SQLITE) :] if text.startswith(_SQLITE) and len(text) > len(_SQLITE) else text
    if not path or "://" in path:
        scheme = text.split("://", 1)[0] if text else ""
        raise StoreError(f"unsupported store URL scheme {scheme!r}; valid: {_VALID}")
    try:
        return SQLiteStore(path)
    except (OSError, sqlite3.Error, ValueError) as error:
        raise StoreError(f"cannot open store {path!r}: {error}") from None
