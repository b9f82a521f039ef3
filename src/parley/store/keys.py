"""Derived search keys and content hashes, computed in Python so the SQL stays portable.

SQLite's `lower()` folds ASCII only and neither SQLite nor PostgreSQL strips accents without
extensions, so the store keeps a folded copy of every searchable string and compares those.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

from parley.model import Article

_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Case- and diacritics-insensitive form: "Zürich" and "ZURICH" both become "zurich"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Folded words of `text`; punctuation and underscores separate words."""
    return [w for w in _NON_WORD.split(fold(text)) if w]


def name_key(name: str) -> str:
    """Space-delimited folded words, so `LIKE '% put%'` finds a word starting with "put"."""
    return " " + " ".join(words(name)) + " "


def like_escape(text: str) -> str:
    """Make `text` literal inside a LIKE pattern that declares `ESCAPE '\\'`."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def content_hash(article: Article) -> str:
    """Fingerprint of what the facts were extracted from: text, title and publication date."""
    published = article.published.isoformat() if article.published else None
    payload = json.dumps([article.text, article.title, published], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
