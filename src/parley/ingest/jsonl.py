"""JSON Lines (plain or gzipped) → Articles, one line at a time, so memory stays flat.

A record's `text` is stored exactly as given (no newline or whitespace changes): offsets that
other tools computed against it stay valid. Fields beyond the Article's go to `metadata`.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from parley.ingest.fields import clean_title, parse_published
from parley.ingest.problem import IngestProblem, too_large
from parley.model import Article

# A line may exceed the text limit by this much (other fields, JSON escapes) before it is refused.
_LINE_SLACK = 1_000_000
_CHUNK = 1 << 20


def read_jsonl(
    path: Path, source: str, *, published: date | None = None, max_bytes: int
) -> Iterator[Article | IngestProblem]:
    """Yield one Article or IngestProblem per non-blank line; a corrupt gzip ends the file."""
    gzipped = source.lower().endswith(".gz")
    limit = max_bytes + _LINE_SLACK
    number = 0
    try:
        with gzip.open(path, "rb") if gzipped else path.open("rb") as stream:
            while raw := stream.readline(limit + 1):
                number += 1
                if len(raw) > limit and not raw.endswith(b"\n"):
                    size = len(raw) + _skip_rest_of_line(stream)
                    yield IngestProblem(source, number, too_large("record", size, max_bytes))
                elif raw.strip():
                    yield _record(raw, number, source, published, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        what = "corrupt gzip data" if gzipped else "read error"
        yield IngestProblem(source, number + 1, f"{what} ({exc}); the lines before were read")


def _record(
    raw: bytes, number: int, source: str, published: date | None, max_bytes: int
) -> Article | IngestProblem:
    def problem(reason: str) -> IngestProblem:
        return IngestProblem(source, number, reason)

    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return problem(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        return problem(f"not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        return problem(f"not a JSON object (got {type(record).__name__}); write one object a line")
    text = record.pop("text", None)
    if not isinstance(text, str):
        found = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return problem(f"'text' field {found}; every record needs its article text")
    if not text.strip():
        return problem("empty 'text' field")
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        return problem(too_large("text", size, max_bytes))
    date_value = record.pop("published", None)
    if date_value not in (None, ""):
        try:
            published = parse_published(date_value)
        except ValueError as exc:
            return problem(str(exc))
    article_id = record.pop("id", None)
    url = record.pop("url", None)
    origin = record.pop("source", None)
    return Article(
        id=str(article_id) if article_id not in (None, "") else f"{source}#{number}",
        text=text,
        title=clean_title(record.pop("title", None)),
        published=published,
        source=origin if isinstance(origin, str) and origin else source,
        url=url if isinstance(url, str) and url else None,
        metadata=record,
    )


def _skip_rest_of_line(stream: IO[bytes]) -> int:
    """Read past an oversized line in chunks, never holding it whole; return the bytes skipped."""
    skipped = 0
    while chunk := stream.readline(_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped
