"""`parley ingest`: the summary a user reads, idempotent re-runs, replaced articles, stdin."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_support import LIBRARY, cli, json_lines, write_article
from click.testing import Result

from parley.store import open_store

_SUMMARY = re.compile(
    r"articles read: (?P<read>\d+)\n"
    r"stored: (?P<stored>\d+) \(new (?P<new>\d+), replaced (?P<replaced>\d+),"
    r" unchanged (?P<unchanged>\d+)\)\n"
    r"skipped: (?P<skipped>\d+)\n"
    r"encounters: (?P<encounters>\d+)\n"
    r"quotes: (?P<quotes>\d+)\n"
)
_CALL = "President Joe Biden spoke by phone with Ukrainian President Volodymyr Zelensky on Sunday."


def summary(result: Result) -> dict[str, int]:
    """The five summary lines of `parley ingest`, as numbers; fails if any line is missing."""
    match = _SUMMARY.search(result.stdout)
    assert match, f"no ingest summary in:\n{result.output}"
    return {key: int(value) for key, value in match.groupdict().items()}


def counts(db: Path) -> dict[str, int]:
    store = open_store(db)
    try:
        return store.counts()
    finally:
        store.close()


def evidence_texts(db: Path) -> list[str]:
    return [
        span["text"]
        for row in json_lines(cli(db, "encounters", "--json"))
        for span in row["evidence"]
    ]


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """A folder with two LIBRARY articles: a meeting with a quote, and a phone call."""
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("a-woodside.md", "d-call.md"):
        write_article(folder, name, *LIBRARY[name])
    return folder


def test_ingest_prints_summary_and_stores(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "parley.db"
    result = cli(db, "ingest", str(news))
    assert result.exit_code == 0, result.output
    seen = summary(result)
    stored = counts(db)
    assert seen["read"] == seen["stored"] == seen["new"] == stored["articles"] == 2
    assert (seen["replaced"], seen["unchanged"], seen["skipped"]) == (0, 0, 0)
    assert seen["encounters"] == stored["encounters"] >= 2
    assert seen["quotes"] == stored["quotes"] >= 1


def test_reingesting_same_files_changes_nothing(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "parley.db"
    cli(db, "ingest", str(news))
    before = (counts(db), evidence_texts(db))
    again = summary(cli(db, "ingest", str(news)))
    assert (again["new"], again["replaced"], again["unchanged"]) == (0, 0, 2)
    assert (counts(db), evidence_texts(db)) == before


def test_edited_article_is_replaced_and_its_old_encounters_gone(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "parley.db"
    cli(db, "ingest", str(news))
    assert any("Woodside" in text for text in evidence_texts(db))
    edited = news / "a-woodside.md"
    edited.write_text(edited.read_text("utf-8").replace("Woodside", "San Francisco"), "utf-8")
    seen = summary(cli(db, "ingest", str(news)))
    assert (seen["new"], seen["replaced"], seen["unchanged"]) == (0, 1, 1)
    after = evidence_texts(db)
    assert not any("Woodside" in text for text in after)
    assert any("San Francisco" in text for text in after)
    assert counts(db)["articles"] == 2


def test_bad_inputs_in_one_batch_are_reported_and_good_ones_stored(tmp_path: Path) -> None:
    db = tmp_path / "parley.db"
    earlier = write_article(tmp_path, "earlier.md", "Biden calls Zelensky", "2022-02-13", _CALL)
    cli(db, "ingest", str(earlier))

    good = write_article(tmp_path, "good.md", *LIBRARY["b-bali.md"])
    lenient = tmp_path / "unclosed.html"  # broken markup around real text: still an article
    lenient.write_text(
        "<html><head><title>Summit in Bali</title></head><body><article><h1>Summit in Bali"
        "<p>President Joe Biden met Chinese President Xi Jinping in Bali, Indonesia, on Monday."
        "<p>The two leaders spoke for three hours.<div><span>",
        "utf-8",
    )
    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text(
        '{"id": "j1", "published": "2022-02-13", "text": "' + _CALL + '"}\n'
        '{"id": "j2", "published": "2023-03-21", "text": "Russian President Vladimir Putin\n'
        '{"id": "j3", "published": "2023-03-21", "text": "Russian President Vladimir Putin '
        'hosted Chinese President Xi Jinping at the Kremlin in Moscow on Monday."}\n',
        "utf-8",
    )
    bad = {
        "blob.txt": b"PK\x03\x04\x00\x00\x08\x00binary\x00\xff\xfe",
        "latin1.txt": "Le président Joe Biden a rencontré Xi Jinping.\n".encode("latin-1"),
        "empty.txt": b"",
        "truncated.html": b'<html><body><nav><a href="/">Home</a></nav><div class="art',
        "big.txt": (_CALL + "\n").encode() * 20,
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    missing = tmp_path / "missing.md"
    paths = [good, lenient, jsonl, *(tmp_path / name for name in bad), missing]

    result = cli(db, "ingest", "--max-bytes", "1000", *map(str, paths))

    assert result.exit_code == 0, result.output
    problems = [line for line in result.stderr.splitlines() if line.strip()]
    reported = [*(tmp_path / name for name in bad), missing]
    assert len(problems) == len(reported) + 1, problems  # + the bad JSONL line
    for path in reported:
        assert sum(line.startswith(f"{path.as_posix()}:") for line in problems) == 1, path
    assert (
        [line for line in problems if line.startswith(jsonl.as_posix())]
        == [line for line in problems if line.startswith(f"{jsonl.as_posix()}:2: ")]
        != []
    )
    big_line = next(line for line in problems if "big.txt" in line)
    assert "--max-bytes" in big_line
    seen = summary(result)
    assert (seen["new"], seen["skipped"], seen["read"]) == (4, 7, 11)
    store = open_store(db)
    try:
        ids = store.article_ids()
    finally:
        store.close()
    assert ids == {earlier.as_posix(), good.as_posix(), lenient.as_posix(), "j1", "j3"}


def test_ingest_stdin_with_published_date(tmp_path: Path) -> None:
    db = tmp_path / "parley.db"
    result = cli(db, "ingest", "-", "--published", "2022-02-13", input=_CALL + "\n")
    assert result.exit_code == 0, result.output
    assert summary(result)["new"] == 1
    [call] = json_lines(cli(db, "encounters", "--json"))
    assert call["article"]["id"].startswith("stdin:")
    assert call["kind"] == "call"
    assert call["time"]["start"] == "2022-02-13"  # "Sunday" read against --published
    again = summary(cli(db, "ingest", "-", "--published", "2022-02-13", input=_CALL + "\n"))
    assert (again["new"], again["unchanged"]) == (0, 1)


@pytest.mark.parametrize("value", ["13/02/2022", "last week", "2022-02-30"])
def test_ingest_bad_published_value_is_a_clear_error(tmp_path: Path, value: str) -> None:
    result = cli(tmp_path / "parley.db", "ingest", "-", "--published", value, input=_CALL)
    assert result.exit_code == 2
    assert value in result.stderr
    assert "YYYY-MM-DD" in result.stderr


def test_undated_stdin_article_gets_no_invented_date(tmp_path: Path) -> None:
    db = tmp_path / "parley.db"
    cli(db, "ingest", "-", input=_CALL + "\n")
    [call] = json_lines(cli(db, "encounters", "--json"))
    assert call["time"] is None
