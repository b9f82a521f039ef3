"""JSON Lines, plain and gzipped: the shared corpus format, bad lines, corrupt archives."""

import gzip
import json
from datetime import date
from itertools import islice
from pathlib import Path

import pytest

from parley.ingest import IngestProblem, read_sources
from parley.ingest.fields import clean_title
from parley.model import Article

CORPUS = Path(__file__).resolve().parents[3] / "shared/corpus/whitehouse-2021-2026.jsonl.gz"

RECORDS = [
    {
        "id": f"briefing-room/2023-11/readout-{number}",
        "category": "briefing-room",
        "published": f"2023-11-1{number}",
        "published_time": f"2023-11-1{number} 21:15:00-05:00",
        "title": "Readout of President Biden\\u2019s Meeting",
        "url": f"https://www.whitehouse.gov/briefing-room/2023/11/1{number}/readout/",
        "text": f"President Biden met President Xi.\n\nMeeting number {number}.",
    }
    for number in range(1, 4)
]


def write_lines(path: Path, lines: list[str]) -> Path:
    data = "".join(f"{line}\n" for line in lines).encode()
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "Remarks by President\\_Biden and Prime Minister\\",
            "Remarks by President Biden and Prime Minister",
        ),
        (
            "General Secretary T\\xF4 L\\xE2m of Vietnam",
            "General Secretary T\u00f4 L\u00e2m of Vietnam",
        ),
    ],
)
def test_markdown_and_latin_escapes_leave_titles(raw: str, clean: str) -> None:
    assert clean_title(raw) == clean


def test_shared_corpus_format_loads_as_is(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "wh.jsonl.gz", [json.dumps(record) for record in RECORDS])
    articles = list(read_sources([str(path)]))
    assert [article.id for article in articles] == [record["id"] for record in RECORDS]
    first = articles[0]
    assert isinstance(first, Article)
    assert first.text == RECORDS[0]["text"]  # stored exactly as given
    assert first.published == date(2023, 11, 11)
    assert first.title == "Readout of President Biden\u2019s Meeting"  # double escape undone
    assert first.url == RECORDS[0]["url"]
    assert first.metadata == {
        "category": "briefing-room",
        "published_time": "2023-11-11 21:15:00-05:00",
    }


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ('{"id": "x", "text": "no closing brace"', "not valid JSON"),
        ('["an", "array"]', "not a JSON object (got list)"),
        ('{"id": "x", "title": "no text"}', "'text' field missing"),
        ('{"id": "x", "text": 42}', "'text' field a int, not a string"),
        ('{"id": "x", "text": "   "}', "empty 'text' field"),
        ('{"id": "x", "text": "t", "published": "16/11/2023"}', "bad published date '16/11/2023'"),
        ('{"id": "x", "text": "t", "published": "2023-02-30"}', "bad published date '2023-02-30'"),
    ],
)
def test_malformed_line_is_reported_and_good_lines_still_load(
    tmp_path: Path, bad_line: str, reason: str
) -> None:
    good = [json.dumps(record) for record in RECORDS]
    path = write_lines(tmp_path / "mixed.jsonl", [good[0], good[1], bad_line, good[2]])
    items = list(read_sources([str(path)]))
    assert [type(item) for item in items] == [Article, Article, IngestProblem, Article]
    problem = items[2]
    assert problem.line == 3
    assert reason in problem.reason
    assert str(problem).startswith(f"{path.as_posix()}:3: ")


def test_missing_id_becomes_path_and_line(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "noid.jsonl", ["", '{"text": "A text."}', '{"id": "", "text": "B"}']
    )
    items = list(read_sources([str(path)]))
    assert [item.id for item in items] == [f"{path.as_posix()}#2", f"{path.as_posix()}#3"]


def test_published_argument_fills_records_without_a_date(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "a.jsonl", ['{"text": "A text.", "published": null}'])
    (article,) = read_sources([str(path)], published=date(2022, 2, 24))
    assert article.published == date(2022, 2, 24)


def test_oversized_record_is_refused_and_the_next_one_loads(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "big.jsonl",
        [json.dumps({"id": "big", "text": "x" * 5000}), json.dumps({"id": "small", "text": "ok"})],
    )
    items = list(read_sources([str(path)], max_bytes=1000))
    assert isinstance(items[0], IngestProblem)
    assert items[0].reason == "text too large (5,000 bytes > 1,000; raise --max-bytes)"
    assert [item.id for item in items[1:]] == ["small"]


def test_truncated_gzip_reports_the_line_reached(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": str(n), "text": f"Article {n} " + "words " * 200}) for n in range(50)
    ]
    whole = gzip.compress("".join(f"{line}\n" for line in lines).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    items = list(read_sources([str(path)]))
    *articles, problem = items
    assert all(isinstance(article, Article) for article in articles)
    assert isinstance(problem, IngestProblem)
    assert problem.line == len(articles) + 1
    assert problem.reason.startswith("corrupt gzip data")


def test_file_that_is_not_gzip_at_all_is_reported_at_line_one(tmp_path: Path) -> None:
    path = tmp_path / "fake.jsonl.gz"
    path.write_bytes(b'{"text": "plain JSON, not gzip"}\n')
    (problem,) = read_sources([str(path)])
    assert isinstance(problem, IngestProblem)
    assert problem.line == 1
    assert problem.reason.startswith("corrupt gzip data")


@pytest.mark.corpus
def test_first_200_documents_of_the_shared_corpus(tmp_path: Path) -> None:
    if not CORPUS.exists():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    items = list(islice(read_sources([str(CORPUS)]), 200))
    assert len(items) == 200
    assert all(isinstance(item, Article) for item in items)
    assert all(item.published is not None and item.text.strip() for item in items)
    assert all("\\u" not in (item.title or "") for item in items)
    assert len({item.id for item in items}) == 200


def test_overlong_line_is_skipped_without_stopping_the_file(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "long.jsonl",
        ['{"id": "long", "text": "' + "x" * 1_200_000 + '"}', '{"id": "next", "text": "ok"}'],
    )
    problem, article = read_sources([str(path)], max_bytes=100)
    assert isinstance(problem, IngestProblem)
    assert (problem.line, problem.reason) == (
        1,
        "record too large (1,200,027 bytes > 100; raise --max-bytes)",
    )
    assert article.id == "next"
