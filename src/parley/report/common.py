"""What every export shares: the summary a writer returns and the record in contract form."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TextIO

from parley.contract import encounter_json
from parley.store import EncounterRecord


@dataclass(frozen=True)
class ExportSummary:
    """How many encounters a writer wrote, and how many it had to leave out (and why)."""

    written: int
    skipped: int = 0
    skipped_reason: str | None = None

    def line(self) -> str:
        """One line for stderr, so a user knows when a format dropped encounters."""
        text = f"exported {self.written} encounter{'' if self.written == 1 else 's'}"
        if self.skipped:
            text += f"; {self.skipped} left out ({self.skipped_reason})"
        return text


def record_json(record: EncounterRecord) -> dict[str, Any]:
    """An encounter in contract form, with the article it was read from."""
    data = encounter_json(record.encounter)
    data["article"] = {
        "id": record.article_id,
        "title": record.article_title,
        "url": record.article_url,
        "published": record.published.isoformat() if record.published else None,
    }
    return data


def write_json_array(items: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A JSON array with one object a line, written as the objects come; returns the count."""
    written = 0
    for item in items:
        out.write(("[\n" if not written else ",\n") + json.dumps(item, ensure_ascii=False))
        written += 1
    out.write("\n]\n" if written else "[]\n")
    return written
