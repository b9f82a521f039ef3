"""What the store's reads return: a fact together with the article it came from.

Readers (CLI, exports, web) need the source next to every fact, so a record carries the
article's id, title and date rather than making each caller look the article up again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from parley.model import Encounter, Quote


@dataclass(frozen=True)
class EncounterRecord:
    """An encounter as one article told it, with that article's identity."""

    encounter: Encounter
    article_id: str
    article_title: str | None
    article_url: str | None
    published: date | None


@dataclass(frozen=True)
class QuoteRecord:
    """A quote with the article it was found in."""

    quote: Quote
    article_id: str
    article_title: str | None
    published: date | None
