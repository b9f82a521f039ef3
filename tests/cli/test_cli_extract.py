"""`parley extract --json`: the output contract of DESIGN.md, which tools outside Parley read.

Every contract key must be present (null when unknown); extra fields are allowed by the contract.
Every evidence and quote offset must point at its text in the article as Parley stored it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cli_support import LIBRARY, cli, json_lines, write_article

from parley.ingest import read_sources
from parley.model import FORMATS, KINDS, STATUSES, Article


@dataclass(frozen=True)
class Nullable:
    """A contract value that is either null or matches `spec`."""

    spec: Any


def _iso_date(value: object) -> bool:
    try:
        date.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


_TEXT = (str, type(None))
_DEGREES = (int, float, type(None))
_ENCOUNTER = {
    "id": str,
    "kind": frozenset(KINDS),
    "format": frozenset(FORMATS),
    "status": frozenset(STATUSES),
    "participants": [
        {
            "name": str,
            "id": str,
            "role": frozenset({"host", "guest", "initiator", "canceller", None}),
        }
    ],
    "place": Nullable(
        {"name": str, "country": _TEXT, "country_code": _TEXT, "lat": _DEGREES, "lon": _DEGREES}
    ),
    "forum": _TEXT,
    "time": Nullable(
        {
            "start": _iso_date,
            "end": _iso_date,
            "precision": frozenset({"day", "month", "season", "year"}),
            "text": str,
        }
    ),
    "duration_minutes": (int, type(None)),
    "company": Nullable(frozenset({"alone", "interpreters only"})),
    "evidence": [{"start": int, "end": int, "text": str}],
}
CONTRACT = {
    "article": {"id": str, "title": _TEXT, "published": Nullable(_iso_date), "source": _TEXT},
    "encounters": [_ENCOUNTER],
    "quotes": [
        {
            "speaker": Nullable({"name": str, "id": str}),
            "text": str,
            "start": int,
            "end": int,
            "encounter": _TEXT,
        }
    ],
    "actors": [
        {
            "id": str,
            "name": str,
            "kind": frozenset({"person", "organization", "country"}),
            "mentions": int,
        }
    ],
}


def violations(value: Any, spec: Any, where: str = "$") -> list[str]:
    """Where `value` breaks the contract `spec`, as JSON paths with what was found."""
    if isinstance(spec, Nullable):
        return [] if value is None else violations(value, spec.spec, where)
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            return [f"{where}: expected an object, got {value!r}"]
        found = [f"{where}.{key}: missing" for key in spec if key not in value]
        for key, inner in spec.items():
            if key in value:
                found += violations(value[key], inner, f"{where}.{key}")
        return found
    if isinstance(spec, list):
        if not isinstance(value, list):
            return [f"{where}: expected a list, got {value!r}"]
        return [
            problem
            for index, item in enumerate(value)
            for problem in violations(item, spec[0], f"{where}[{index}]")
        ]
    if isinstance(spec, frozenset):
        return [] if value in spec else [f"{where}: {value!r} not one of {sorted(map(str, spec))}"]
    if isinstance(spec, type | tuple):
        ok = isinstance(value, spec) and not isinstance(value, bool)
        return [] if ok else [f"{where}: {value!r} is not {spec}"]
    return [] if spec(value) else [f"{where}: {value!r} fails {spec.__name__}"]


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """One article per input kind; CRLF, front matter and non-ASCII text shift offsets."""
    folder = tmp_path_factory.mktemp("extract")
    markdown = write_article(folder, "woodside.md", *LIBRARY["a-woodside.md"])
    crlf = folder / "moscow.txt"
    crlf.write_bytes(
        b"Putin hosts Xi\r\n\r\n" + LIBRARY["c-moscow.md"][2].replace("\n", "\r\n").encode()
    )
    html = folder / "bali.html"
    html.write_text(
        "<html><head><title>Biden meets Xi in Bali</title>"
        '<meta property="article:published_time" content="2022-11-15"></head>'
        "<body><nav><a href='/'>Home</a></nav><article><h1>Biden meets Xi in Bali</h1>"
        f"<p>{LIBRARY['b-bali.md'][2]}</p>"
        "<p>“We’re going to compete vigorously,” Biden told reporters.</p></article></body></html>",
        "utf-8",
    )
    jsonl = folder / "wire.jsonl"
    jsonl.write_text(
        '{"id": "call", "published": "2022-02-13", "text": "Café diplomacy 🌏: '
        "President Joe Biden spoke by phone with Ukrainian President Volodymyr "
        'Zelensky on Sunday."}\n'
        '{"id": "cancel", "published": "2018-05-25", "text": "'
        + LIBRARY["e-cancel.md"][2]
        + '"}\n',
        "utf-8",
    )
    return [markdown, crlf, html, jsonl]


@pytest.fixture(scope="module")
def extracted(sources: list[Path], tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    empty = tmp_path_factory.mktemp("bad") / "empty.md"
    empty.write_text("", "utf-8")
    result = cli(Path("unused.db"), "extract", "--json", *map(str, [*sources, empty]))
    assert result.exit_code == 0, result.output
    assert f"{empty.as_posix()}: empty file" in result.stderr  # problems never enter stdout
    return json_lines(result)


@pytest.fixture(scope="module")
def stored_texts(sources: list[Path]) -> dict[str, str]:
    """Article text exactly as ingest stores it, by article id."""
    return {
        item.id: item.text
        for item in read_sources([str(path) for path in sources])
        if isinstance(item, Article)
    }


def test_extract_json_prints_one_object_per_article(
    extracted: list[dict], stored_texts: dict[str, str]
) -> None:
    assert [row["article"]["id"] for row in extracted] == list(stored_texts)
    assert all(row["encounters"] for row in extracted), "every sample states an encounter"


def test_extract_json_has_every_contract_key(extracted: list[dict]) -> None:
    problems = [
        f"{row['article']['id']}: {problem}"
        for row in extracted
        for problem in violations(row, CONTRACT)
    ]
    assert problems == []


def test_unknown_values_are_null_not_missing(extracted: list[dict]) -> None:
    [call] = [row for row in extracted if row["article"]["id"] == "call"][0]["encounters"]
    assert call["place"] is None
    assert call["forum"] is None
    assert call["duration_minutes"] is None
    assert call["company"] is None


def test_evidence_and_quote_offsets_point_into_stored_text(
    extracted: list[dict], stored_texts: dict[str, str]
) -> None:
    spans = [
        (row["article"]["id"], span)
        for row in extracted
        for span in [*(e for enc in row["encounters"] for e in enc["evidence"]), *row["quotes"]]
    ]
    assert len(spans) >= 6
    wrong = [
        (article, span["text"], stored_texts[article][span["start"] : span["end"]])
        for article, span in spans
        if stored_texts[article][span["start"] : span["end"]] != span["text"]
    ]
    assert wrong == []


def test_quote_ties_to_its_article_encounter(extracted: list[dict]) -> None:
    row = next(row for row in extracted if row["article"]["id"].endswith("woodside.md"))
    ids = {encounter["id"] for encounter in row["encounters"]}
    [quote] = row["quotes"]
    assert quote["speaker"] == {"name": "Joe Biden", "id": "Q6279"}
    assert quote["encounter"] is None or quote["encounter"] in ids
