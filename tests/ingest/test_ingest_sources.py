"""Paths, directories and stdin: what gets read, in what order, and what a bad path reports."""

import io
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from parley.ingest import IngestProblem, read_sources
from parley.model import Article


def write(path: Path, text: str = "Title\n\nSome text.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_path_is_reported_and_the_next_path_still_reads(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt")
    missing = tmp_path / "missing.txt"
    problem, article = read_sources([str(missing), str(good)])
    assert isinstance(problem, IngestProblem)
    assert str(problem) == f"{missing.as_posix()}: no such file or directory"
    assert isinstance(article, Article) and article.id == good.as_posix()


def test_50_mb_file_is_refused_quickly_and_the_next_file_still_reads(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:  # sparse: instant to create, 50 MB to stat
        stream.truncate(52_428_800)
    good = write(tmp_path / "after.txt")
    started = time.perf_counter()
    problem, article = read_sources([str(huge), str(good)])
    assert time.perf_counter() - started < 0.5
    assert isinstance(problem, IngestProblem)
    assert problem.reason == "file too large (52,428,800 bytes > 20,000,000; raise --max-bytes)"
    assert isinstance(article, Article)


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ["b.md", "a/z.txt", "a/b/c.html", "c.jsonl", "a.txt", "m/n.markdown"]:
        write(tmp_path / name, '{"text": "line"}\n' if name.endswith(".jsonl") else "Title\n\nT.")
    (tmp_path / "a" / "b" / "c.html").write_text("<html><body></body></html>")
    for ignored in ["notes.pdf", ".hidden.txt", ".git/config.txt", "a/image.png"]:
        write(tmp_path / ignored)
    ids = [item.source for item in read_sources([str(tmp_path)])]
    root = tmp_path.as_posix()
    expected = ["a/b/c.html", "a/z.txt", "a.txt", "b.md", "c.jsonl", "m/n.markdown"]
    assert ids == [f"{root}/{name}" for name in expected]


def test_file_named_explicitly_with_an_unknown_type_is_reported(tmp_path: Path) -> None:
    pdf = write(tmp_path / "report.pdf")
    (problem,) = read_sources([str(pdf)])
    assert isinstance(problem, IngestProblem)
    assert problem.reason.startswith("skipped: unsupported file type '.pdf' (supported: .txt, .md")


def test_directory_without_readable_files_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "only.pdf")
    (problem,) = read_sources([str(tmp_path)])
    assert isinstance(problem, IngestProblem)
    assert problem.reason.startswith("no .txt, .md")


def test_uppercase_extensions_are_read(tmp_path: Path) -> None:
    (article,) = read_sources([str(write(tmp_path / "NOTE.TXT"))])
    assert isinstance(article, Article)


def test_stdin_is_one_plain_text_article_with_a_stable_id() -> None:
    text = "Leaders meet\n\nJoe Biden met Xi Jinping."
    (first,) = read_sources(["-"], stdin=io.StringIO(text), published=date(2023, 11, 15))
    (again,) = read_sources(["-"], stdin=io.StringIO(text))
    assert isinstance(first, Article)
    assert (first.title, first.text, first.published) == ("Leaders meet", text, date(2023, 11, 15))
    assert first.id == again.id and first.id.startswith("stdin:")


def test_stdin_bytes_are_checked_like_a_file() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"First line\nCaf\xe9\n"), encoding="utf-8")
    (problem,) = read_sources(["-"], stdin=stdin)
    assert isinstance(problem, IngestProblem)
    assert str(problem).startswith("<stdin>:2: not valid UTF-8")


def test_stdin_larger_than_the_limit_is_refused() -> None:
    (problem,) = read_sources(["-"], stdin=io.StringIO("x" * 101), max_bytes=100)
    assert isinstance(problem, IngestProblem)
    assert "too large" in problem.reason


def test_a_single_path_string_is_one_path(tmp_path: Path) -> None:
    good = write(tmp_path / "one.txt")
    assert [item.id for item in read_sources(str(good))] == [good.as_posix()]


def test_reading_is_lazy(tmp_path: Path) -> None:
    good = write(tmp_path / "one.txt")

    def paths() -> Iterator[str]:
        yield str(good)
        raise AssertionError("the second path was asked for before the first article was used")

    stream = read_sources(paths())
    assert next(stream).id == good.as_posix()
    with pytest.raises(AssertionError):
        next(stream)
