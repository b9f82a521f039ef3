"""Field parsing shared by every source format, so a date or title means the same everywhere."""

from __future__ import annotations

import re
from datetime import date

_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z]*)?")
_ESCAPED = re.compile(r"\\u[0-9a-fA-F]{4}(?:\\u[0-9a-fA-F]{4})?")
_LATIN_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})")
_MARKDOWN_SPACE = re.compile(r"\\_")


def parse_published(value: object) -> date:
    """Read a publication date written `YYYY-MM-DD` (a time after it is allowed and dropped).

    Raises ValueError with a message that names the bad value and the expected form.
    """
    if isinstance(value, str):
        match = _DATE.fullmatch(value.strip())
        if match:
            try:
                return date.fromisoformat(match.group(1))
            except ValueError as exc:
                raise ValueError(f"bad published date {value!r} ({exc}); use YYYY-MM-DD") from None
    raise ValueError(f"bad published date {value!r}; use YYYY-MM-DD, e.g. 2023-11-15")


def clean_title(value: object) -> str | None:
    """A one-line title, or None; decodes `\\u2019` and `\\xF4` escapes left by double
    encoding, and Markdown's escaped spaces (`President\\_Biden`) and line-end backslashes.

    The White House corpus has thousands of such titles; they are never meant literally.
    """
    if not isinstance(value, str):
        return None
    title = _ESCAPED.sub(_unescape, value)
    title = _LATIN_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), title)
    title = _MARKDOWN_SPACE.sub(" ", title).rstrip("\\ ")
    title = " ".join(title.split())
    return title or None


def _unescape(match: re.Match[str]) -> str:
    return bytes.fromhex(match.group(0).replace("\\u", "")).decode("utf-16-be", "replace")
