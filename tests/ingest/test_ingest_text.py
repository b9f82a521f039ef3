"""Plain-text and Markdown files: titles, front matter, and the bad files users really have."""

from datetime import date
from pathlib import Path

import pytest

from parley.ingest import IngestProblem, read_sources
from parley.model import Article


def read_one(path: Path, **options: object) -> Article | IngestProblem:
    (item,) = read_sources([str(path)], **options)
    return item


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("content", "title"),
    [
        ("Biden meets Xi in Woodside\n\nThe two leaders met.\n", "Biden meets Xi in Woodside"),
        ("# Biden meets Xi\n\nThe two leaders met.\n", "Biden meets Xi"),
        ("## Readout ##\nThe two leaders met.\n", "Readout"),
        ("Biden meets Xi\n==============\n\nThe two leaders met.\n", "Biden meets Xi"),
        ("\n\nLeading blank lines are skipped\n\nBody.\n", "Leading blank lines are skipped"),
        ("The two leaders met on Friday.\n\nThey talked.\n", None),
        ("WASHINGTON —\n\nThe two leaders met.\n", None),
        ("A first line\nstraight into more text.\n", None),
        ("A single line and nothing else\n", None),
        ("x" * 151 + "\n\nBody.\n", None),
    ],
)
def test_title_comes_from_a_title_like_first_line(
    tmp_path: Path, content: str, title: str | None
) -> None:
    article = read_one(write(tmp_path, "a.md", content))
    assert isinstance(article, Article)
    assert article.title == title
    assert article.text == content.strip("\n").rstrip()  # the title stays in the text


def test_front_matter_is_parsed_and_removed_from_text(tmp_path: Path) -> None:
    content = (
        "---\n"
        'title: "Leaders meet in Geneva"\n'
        "published: 2021-06-16\n"
        "url: https://example.org/geneva\n"
        "author: A. Writer\n"
        "---\n"
        "\n"
        "Joe Biden met Vladimir Putin.\n"
    )
    article = read_one(write(tmp_path, "geneva.md", content))
    assert isinstance(article, Article)
    assert article.text == "Joe Biden met Vladimir Putin."
    assert article.title == "Leaders meet in Geneva"
    assert article.published == date(2021, 6, 16)
    assert article.url == "https://example.org/geneva"
    assert article.metadata == {"author": "A. Writer"}
    assert article.id == article.source == (tmp_path / "geneva.md").as_posix()


def test_front_matter_with_a_bad_date_names_its_line(tmp_path: Path) -> None:
    problem = read_one(write(tmp_path, "a.md", "---\ntitle: T\npublished: 2021-13-01\n---\nText"))
    assert isinstance(problem, IngestProblem)
    assert problem.line == 3
    assert "2021-13-01" in problem.reason and "YYYY-MM-DD" in problem.reason


def test_a_horizontal_rule_on_top_is_not_front_matter(tmp_path: Path) -> None:
    content = "---\nJust prose here, with no fields.\n---\nMore prose."
    article = read_one(write(tmp_path, "a.md", content))
    assert isinstance(article, Article)
    assert article.text == content


@pytest.mark.parametrize(
    ("front", "argument", "expected"),
    [
        ("published: 2020-01-02\n", date(2024, 5, 6), date(2020, 1, 2)),
        ("", date(2024, 5, 6), date(2024, 5, 6)),
        ("", None, None),
    ],
)
def test_published_from_front_matter_else_the_argument(
    tmp_path: Path, front: str, argument: date | None, expected: date | None
) -> None:
    path = write(tmp_path, "a.txt", f"---\ntitle: T\n{front}---\nText.\n")
    article = read_one(path, published=argument)
    assert isinstance(article, Article)
    assert article.published == expected


def test_bom_and_windows_newlines_are_tolerated(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"\xef\xbb\xbfTitle here\r\n\r\nBody text.\r\n")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.title == "Title here"
    assert article.text == "Title here\n\nBody text."


@pytest.mark.parametrize(
    "content",
    [
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00",
        bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n" + bytes((i * 37 + 11) % 256 for i in range(4000)),
        b"\x01\x02\x03\x04\x05\x06 text" * 50,
    ],
    ids=["elf", "all-bytes", "png-like", "control-characters"],
)
def test_binary_file_is_refused(tmp_path: Path, content: bytes) -> None:
    problem = read_one(write(tmp_path, "data.txt", content))
    assert isinstance(problem, IngestProblem)
    assert problem.reason == "binary file, not text"


CYRILLIC = (
    "\u041f\u0443\u0442\u0438\u043d \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043b\u0441\u044f\n"
)


@pytest.mark.parametrize(
    ("content", "line", "byte"),
    [
        ("Line one\nLine two\nCaf\u00e9 on line three\n".encode("latin-1"), 3, "0xe9"),
        (CYRILLIC.encode("cp1251") * 40, 1, "0xcf"),
    ],
    ids=["latin-1", "cp1251-cyrillic"],
)
def test_invalid_utf8_names_the_line_of_the_first_bad_byte(
    tmp_path: Path, content: bytes, line: int, byte: str
) -> None:
    problem = read_one(write(tmp_path, "legacy.txt", content))
    assert isinstance(problem, IngestProblem)
    assert problem.line == line
    assert byte in problem.reason
    prefix = f"{(tmp_path / 'legacy.txt').as_posix()}:{line}: not valid UTF-8"
    assert str(problem).startswith(prefix)


@pytest.mark.parametrize(
    "content", [b"", b"   \n\t\n  ", b"\xef\xbb\xbf\n", b"---\ntitle: T\n---\n"]
)
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    problem = read_one(write(tmp_path, "empty.md", content))
    assert isinstance(problem, IngestProblem)
    assert problem.reason.startswith("empty file")
