"""Paths, directories and stdin → a stream of Articles and the problems met on the way.

Nothing here raises for bad input: each unreadable source becomes an IngestProblem in the
stream, so a long run reports every bad file and still reads all the good ones.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from parley.ingest.html import parse_html
from parley.ingest.jsonl import read_jsonl
from parley.ingest.problem import IngestProblem, too_large
from parley.ingest.text import decode, parse_text
from parley.model import Article

STDIN = "-"
_STDIN_SOURCE = "<stdin>"
_KINDS = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
}
SUPPORTED = tuple(_KINDS)


def read_sources(
    paths: Iterable[str],
    *,
    published: date | None = None,
    max_bytes: int = 20_000_000,
    stdin: TextIO | None = None,
) -> Iterator[Article | IngestProblem]:
    """Yield every article in `paths` (files, directories walked in sorted order, `-` for stdin).

    `published` is the date for articles that carry none of their own.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]  # one path, not an iterable of its characters
    for given in paths:
        given = os.fspath(given)
        if given == STDIN:
            yield _read_stdin(sys.stdin if stdin is None else stdin, published, max_bytes)
            continue
        path = Path(given)
        source = path.as_posix()
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            yield IngestProblem(source, None, _os_reason(exc))
            continue
        if stat.S_ISDIR(mode):
            yield from _read_directory(path, published, max_bytes)
        elif _kind(path.name) is None:
            yield IngestProblem(source, None, _unsupported(path.name))
        else:
            yield from _read_file(path, published, max_bytes)


def _read_directory(
    root: Path, published: date | None, max_bytes: int
) -> Iterator[Article | IngestProblem]:
    found = False
    for item in _walk(root):
        if isinstance(item, IngestProblem):
            yield item
        else:
            found = True
            yield from _read_file(item, published, max_bytes)
    if not found:
        yield IngestProblem(
            root.as_posix(), None, f"no {', '.join(SUPPORTED)} files in this directory"
        )


def _walk(directory: Path) -> Iterator[Path | IngestProblem]:
    """Supported files under `directory`, depth first in name order; hidden entries are skipped."""
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield IngestProblem(directory.as_posix(), None, _os_reason(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = directory / entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif _kind(entry.name) is not None and entry.is_file():
            yield path


def _read_file(
    path: Path, published: date | None, max_bytes: int
) -> Iterator[Article | IngestProblem]:
    source = path.as_posix()
    kind = _kind(path.name)
    if kind == "jsonl":
        yield from read_jsonl(path, source, published=published, max_bytes=max_bytes)
        return
    try:
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > max_bytes:  # refused before reading a byte
                yield IngestProblem(source, None, too_large("file", size, max_bytes))
                return
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        yield IngestProblem(source, None, _os_reason(exc))
        return
    if len(data) > max_bytes:  # a file that grew, or a device that reports no size
        yield IngestProblem(source, None, too_large("file", len(data), max_bytes))
    elif kind == "html":
        yield parse_html(data, id=source, source=source, published=published)
    else:
        text = decode(data, source)
        if isinstance(text, IngestProblem):
            yield text
        else:
            yield parse_text(text, id=source, source=source, published=published)


def _read_stdin(stream: TextIO, published: date | None, max_bytes: int) -> Article | IngestProblem:
    """All of stdin as one plain-text article, id'd by its content so re-reading is idempotent."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:  # real stdin: check the bytes as strictly as a file's
        data = buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            return IngestProblem(_STDIN_SOURCE, None, too_large("input", len(data), max_bytes))
        text = decode(data, _STDIN_SOURCE)
        if isinstance(text, IngestProblem):
            return text
    else:
        text = stream.read(max_bytes + 1)
        if len(text) > max_bytes:
            return IngestProblem(_STDIN_SOURCE, None, too_large("input", len(text), max_bytes))
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return parse_text(text, id=f"stdin:{digest}", source=_STDIN_SOURCE, published=published)


def _kind(name: str) -> str | None:
    lowered = name.lower()
    if lowered.endswith(".jsonl.gz"):
        return "jsonl"
    return _KINDS.get(os.path.splitext(lowered)[1])


def _unsupported(name: str) -> str:
    suffix = os.path.splitext(name)[1] or "no extension"
    return f"skipped: unsupported file type {suffix!r} (supported: {', '.join(SUPPORTED)})"


def _os_reason(exc: OSError) -> str:
    """The OS's own words in lower case, e.g. 'no such file or directory'."""
    return (exc.strerror or str(exc)).lower()
