"""Plain text and Markdown → Article: strict UTF-8, optional front matter, a title from line one.

Front matter is removed from the stored text so that every span points into the prose itself.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from parley.ingest.fields import clean_title, parse_published
from parley.ingest.problem import IngestProblem
from parley.model import Article

_SAMPLE = 8192
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
_FIELD = re.compile(r"([A-Za-z_][\w-]*)\s*:\s*(.*)")
_ATX_HEADING = re.compile(r"#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*")
_SETEXT_RULE = re.compile(r"=+[ \t]*")
_NOT_TITLE_ENDINGS = (".", ",", ";", ":", "-", "—", "–")
_MAX_TITLE = 150
_MAX_FRONT_LINES = 100


def decode(data: bytes, source: str) -> str | IngestProblem:
    """Decode UTF-8 (a BOM is dropped); name the line of the first bad byte so it can be fixed."""
    if b"\x00" in data:
        return IngestProblem(source, None, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _mostly_binary_bytes(data[:_SAMPLE]):
            return IngestProblem(source, None, "binary file, not text")
        line = data.count(b"\n", 0, exc.start) + 1
        return IngestProblem(
            source,
            line,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start:,}); "
            "re-save the file as UTF-8",
        )


def parse_text(
    text: str, *, id: str, source: str, published: date | None = None
) -> Article | IngestProblem:
    """Build an Article from decoded text: front matter first, else a title-like first line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return IngestProblem(source, None, "empty file")
    if _mostly_controls(text[:_SAMPLE]):
        return IngestProblem(source, None, "binary file, not text")
    front = _front_matter(text, source)
    if isinstance(front, IngestProblem):
        return front
    fields, body = front
    body = body.lstrip("\n").rstrip()
    if not body.strip():
        return IngestProblem(source, None, "empty file (nothing after the front matter)")
    title = clean_title(fields.pop("title", None)) or _title_from_first_line(body)
    published = fields.pop("published", published)
    url = fields.pop("url", None)
    return Article(
        id=id,
        text=body,
        title=title,
        published=published,
        source=fields.pop("source", None) or source,
        url=url or None,
        metadata=fields,
    )


def _front_matter(text: str, source: str) -> tuple[dict[str, Any], str] | IngestProblem:
    """Split a `---` ... `---` block of `key: value` lines off the top; absent → ({}, text)."""
    lines = text.split("\n", _MAX_FRONT_LINES + 1)
    if lines[0].strip() != "---":
        return {}, text
    fields: dict[str, Any] = {}
    for number, line in enumerate(lines[1:_MAX_FRONT_LINES], start=2):
        stripped = line.strip()
        if stripped in ("---", "..."):
            return fields, "\n".join(lines[number:])
        if not stripped or line[0].isspace() or stripped.startswith("- "):
            continue  # blank lines and YAML continuations carry nothing Parley uses
        match = _FIELD.fullmatch(stripped)
        if match is None:
            return {}, text  # a `---` rule opening ordinary prose, not front matter
        key, value = match.group(1).lower(), _unquote(match.group(2))
        if key in ("published", "date"):
            try:
                fields["published"] = parse_published(value)
            except ValueError as exc:
                return IngestProblem(source, number, f"front matter: {exc}")
        elif value:
            fields[key] = value
    return {}, text


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _title_from_first_line(body: str) -> str | None:
    """A Markdown heading, or a short line without a final period that a blank line follows."""
    first, _, rest = body.partition("\n")
    first = first.strip()
    heading = _ATX_HEADING.fullmatch(first)
    if heading:
        return clean_title(heading.group(1))
    second, _, after = rest.partition("\n")
    if first and _SETEXT_RULE.fullmatch(second.strip()):
        return clean_title(first)
    looks_like_title = (
        len(first) <= _MAX_TITLE
        and not first.endswith(_NOT_TITLE_ENDINGS)
        and any(char.isalpha() for char in first)
        and not second.strip()
        and bool(after.strip())
    )
    return clean_title(first) if looks_like_title else None


def _mostly_binary_bytes(sample: bytes) -> bool:
    """Undecodable bytes: text in a legacy encoding (even Cyrillic) has almost no control bytes."""
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in b"\t\n\r\f\v")
    return controls > 0.05 * len(sample)


def _mostly_controls(sample: str) -> bool:
    controls = sum(
        1 for char in sample if (char < " " and char not in _TEXT_CONTROLS) or char == "\x7f"
    )
    return controls > 0.1 * len(sample)
