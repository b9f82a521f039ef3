"""Exports as their users read them: spreadsheets, maps, calendars and JSON tools."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from report_samples import (
    BIDEN,
    MOSCOW,
    PUTIN,
    XI,
    article_result,
    encounter,
    record,
    sample_records,
)

from parley.cli import main
from parley.model import Participant, Place
from parley.report import (
    ExportSummary,
    write_csv,
    write_geojson,
    write_ics,
    write_json,
)
from parley.report.common import record_json
from parley.report.ics import escape_text, fold, location, summary
from parley.store import open_store

NOW = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def run(writer, records, **kwargs) -> tuple[str, ExportSummary]:  # noqa: ANN001
    out = io.StringIO(newline="")
    result = writer(records, out, **kwargs)
    return out.getvalue(), result


def ics(records) -> str:  # noqa: ANN001
    return run(write_ics, records, now=NOW)[0]


def unfold(text: str) -> list[str]:
    """Content lines as a calendar reads them: CRLF + space continues the line before."""
    return text.replace("\r\n ", "").split("\r\n")


def ics_value(text: str, name: str) -> str:
    return next(line for line in unfold(text) if line.split(":")[0].split(";")[0] == name).split(
        ":", 1
    )[1]


# -- JSON -------------------------------------------------------------------------------------
def test_json_round_trips_contract_objects_with_their_article() -> None:
    records = sample_records()
    text, result = run(write_json, records)
    data = json.loads(text)
    assert result.written == len(data) == 4
    assert data == [record_json(r) for r in records]
    assert data[0]["article"] == {
        "id": "a1",
        "title": "Biden and Xi meet near San Francisco",
        "url": "https://example.com/biden-xi",
        "published": "2023-11-16",
    }
    assert data[0]["participants"][1] == {"name": "Xi Jinping", "id": "Q15031", "role": None}


def test_json_of_nothing_is_an_empty_array() -> None:
    assert json.loads(run(write_json, [])[0]) == []


def test_json_streams_one_record_a_line() -> None:
    text, _ = run(write_json, sample_records())
    assert len(text.splitlines()) == 4 + 2  # "[", four records, "]"


# -- CSV --------------------------------------------------------------------------------------
def test_csv_round_trips_through_dictreader() -> None:
    tricky = encounter(evidence='He said "no, never"; then\nleft.', forum="G7, Hiroshima")
    text, result = run(write_csv, [*sample_records(), record(tricky, article_id="a5")])
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert result.written == len(rows) == 5
    first = rows[0]
    assert first["participants"] == "Joe Biden (Q6279); Xi Jinping (Q15031)"
    assert (first["place"], first["city"], first["country_code"]) == (
        "Filoli Estate",
        "Woodside",
        "US",
    )
    assert (float(first["lat"]), float(first["lon"])) == (37.47, -122.31)
    assert (first["time_start"], first["precision"]) == ("2023-11-15", "day")
    assert rows[1]["time_end"] == "2024-02-29" and rows[1]["duration_minutes"] == "180"
    assert rows[1]["company"] == "alone" and rows[0]["company"] == ""
    assert rows[2]["time_start"] == "" and rows[2]["url"] == ""
    assert rows[4]["evidence"] == 'He said "no, never"; then\nleft.'
    assert rows[4]["forum"] == "G7, Hiroshima"


def test_csv_neutralises_spreadsheet_formulas_from_article_text() -> None:
    evil = encounter(evidence='=HYPERLINK("http://x")', forum="@SUM(A1)")
    row = next(csv.DictReader(io.StringIO(run(write_csv, [record(evil)])[0], newline="")))
    assert row["evidence"].startswith("'=") and row["forum"].startswith("'@")
    assert row["lon"] == "-122.31"  # numbers keep their minus sign


# -- GeoJSON ----------------------------------------------------------------------------------
def test_geojson_points_are_lon_lat_and_unplaced_encounters_are_counted() -> None:
    text, result = run(write_geojson, sample_records())
    data = json.loads(text)
    assert data["type"] == "FeatureCollection"
    points = [f["geometry"]["coordinates"] for f in data["features"]]
    assert points == [[-122.31, 37.47], [115.22, -8.65]]  # [lon, lat], RFC 7946
    assert data["parley:skipped"] == 2 == result.skipped
    assert result.written == 2 and "no coordinates" in result.line()


def test_geojson_features_carry_the_encounter_and_its_source() -> None:
    feature = json.loads(run(write_geojson, sample_records())[0])["features"][1]
    assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
    assert feature["properties"]["forum"] == "G20 summit"
    assert feature["properties"]["article"]["id"] == "a2"


def test_geojson_of_nothing_is_a_valid_empty_collection() -> None:
    assert json.loads(run(write_geojson, [])[0]) == {
        "type": "FeatureCollection",
        "features": [],
        "parley:skipped": 0,
    }


# -- iCalendar --------------------------------------------------------------------------------
def test_ics_has_one_vevent_per_dated_encounter_with_crlf_lines() -> None:
    text, result = run(write_ics, sample_records(), now=NOW)
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")  # no bare LF anywhere
    assert text.count("BEGIN:VEVENT") == 3 == result.written
    assert result.skipped == 1 and "no date" in result.line()
    assert "DTSTAMP:20240102T030405Z" in text


def test_ics_all_day_event_ends_the_day_after() -> None:
    text = ics([record()])
    assert ics_value(text, "DTSTART") == "20231115"
    assert ics_value(text, "DTEND") == "20231116"  # exclusive
    assert "DTSTART;VALUE=DATE:20231115" in text


def test_ics_month_precision_spans_the_whole_month() -> None:
    text = ics([sample_records()[1]])
    assert (ics_value(text, "DTSTART"), ics_value(text, "DTEND")) == ("20240201", "20240301")
    assert "Date known to the month" in ics_value(text, "DESCRIPTION")


def test_ics_summary_location_and_description() -> None:
    text = ics([record()])
    assert ics_value(text, "SUMMARY") == "Meeting: Joe Biden and Xi Jinping (held)"
    assert ics_value(text, "LOCATION") == "Filoli Estate\\, Woodside\\, United States"
    assert ics_value(text, "GEO") == "37.470000;-122.310000"
    description = ics_value(text, "DESCRIPTION")
    assert "Xi Jinping in Woodside." in description
    assert description.endswith("\\nSource: https://example.com/biden-xi")


@pytest.mark.parametrize(
    ("status", "ical"),
    [
        ("held", "CONFIRMED"),
        ("cancelled", "CANCELLED"),
        ("declined", "CANCELLED"),
        ("postponed", "TENTATIVE"),
        ("proposed", "TENTATIVE"),
        ("scheduled", "TENTATIVE"),
    ],
)
def test_ics_status(status: str, ical: str) -> None:
    assert ics_value(ics([record(encounter(status=status))]), "STATUS") == ical


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a,b", "a\\,b"),
        ("a;b", "a\\;b"),
        ("a\\b", "a\\\\b"),
        ("a\nb", "a\\nb"),
        ("a\r\nb", "a\\nb"),
        ("a\rb", "a\\nb"),
        ("a\x00b\x1bc", "a b c"),  # control characters never reach the file
        ("\\n", "\\\\n"),  # a literal backslash-n stays two characters
    ],
)
def test_ics_text_escaping(raw: str, escaped: str) -> None:
    assert escape_text(raw) == escaped


def test_ics_hostile_summary_cannot_inject_properties() -> None:
    """Article text can name an actor anything; it must stay inside SUMMARY."""
    evil = BIDEN.__class__("Q1", "Evil, Inc.; \\x\nEND:VEVENT\nBEGIN:VEVENT")
    enc = encounter(participants=(Participant(evil), Participant(XI)))
    text = ics([record(enc)])
    lines = unfold(text)
    assert lines.count("BEGIN:VEVENT") == 1 and lines.count("END:VEVENT") == 1
    assert ics_value(text, "SUMMARY") == (
        "Meeting: Evil\\, Inc.\\; \\\\x\\nEND:VEVENT\\nBEGIN:VEVENT and Xi Jinping (held)"
    )


def test_ics_folds_long_lines_at_75_octets_without_splitting_characters() -> None:
    long = "Ré" * 40 + "€" * 30  # two- and three-octet characters around the fold points
    enc = encounter(evidence=long)
    text = ics([record(enc)])
    physical = text.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    assert any(line.startswith(" ") for line in physical)
    assert f"“{long}”" in ics_value(text, "DESCRIPTION")  # unfolding restores the text


def test_fold_leaves_short_lines_alone_and_marks_continuations() -> None:
    assert fold("SUMMARY:short") == "SUMMARY:short"
    folded = fold("X" * 160)
    assert [len(p) for p in folded.split("\r\n")] == [75, 75, 12]
    assert folded.replace("\r\n ", "") == "X" * 160


def test_ics_uid_is_stable_and_unique_per_article() -> None:
    first, again = ics([record()]), ics([record()])
    other = ics([record(article_id="a9")])
    assert ics_value(first, "UID") == ics_value(again, "UID") == "e1-a1@parley"
    assert ics_value(other, "UID") != ics_value(first, "UID")


@pytest.mark.parametrize(
    ("participants", "kind", "expected"),
    [
        ((BIDEN, XI), "meeting", "Meeting: Joe Biden and Xi Jinping (held)"),
        ((BIDEN, XI, PUTIN), "call", "Call: Joe Biden, Xi Jinping and Vladimir Putin (held)"),
        ((), "visit", "Visit (held)"),
    ],
)
def test_ics_summary_names(participants, kind: str, expected: str) -> None:  # noqa: ANN001
    enc = encounter(kind=kind, participants=tuple(Participant(a) for a in participants))
    assert summary(enc) == expected


def test_location_does_not_repeat_a_city_that_is_the_place() -> None:
    assert location(MOSCOW) == "Moscow, Russia"
    assert location(Place("Kremlin", "Russia", "RU", city="Moscow")) == "Kremlin, Moscow, Russia"
    assert location(None) is None


# -- the command ------------------------------------------------------------------------------
@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    """A store with one placed and one unplaced encounter, built from hand-made results."""
    db = tmp_path / "parley.db"
    store = open_store(db)
    try:
        store.save(article_result(encounter("e1"), "woodside"))
        unplaced = encounter("e2", place=None, participants=(Participant(PUTIN), Participant(XI)))
        store.save(article_result(unplaced, "moscow"))
    finally:
        store.close()
    return db


def cli(db: Path, *args: str):  # noqa: ANN201
    result = CliRunner().invoke(main, ["--db", str(db), "export", *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def test_cli_export_geojson_end_to_end(store_file: Path) -> None:
    result = cli(store_file, "--format", "geojson")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [f["geometry"]["coordinates"] for f in data["features"]] == [[-122.31, 37.47]]
    assert data["features"][0]["properties"]["article"]["url"] == "https://example.com/woodside"
    assert data["parley:skipped"] == 1
    assert "exported 1 encounter; 1 left out (no coordinates)" in result.stderr


def test_cli_export_filters_and_writes_a_file(store_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    result = cli(store_file, "--format", "ics", "--actor", "Putin", "--output", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    raw = target.read_bytes()
    assert raw.count(b"\r\n") == len(raw.splitlines()) and b"\r\r\n" not in raw
    assert "Meeting: Vladimir Putin and Xi Jinping (held)" in raw.decode("utf-8")
    assert raw.count(b"BEGIN:VEVENT") == 1


def test_cli_export_csv_defaults_and_unknown_actor(store_file: Path, tmp_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(cli(store_file, "--format", "csv").stdout)))
    assert {r["article_id"] for r in rows} == {"woodside", "moscow"}
    assert len(json.loads(cli(store_file, "--limit", "1").stdout)) == 1  # JSON by default
    target = tmp_path / "never.csv"
    failed = cli(store_file, "--actor", "Nobody Atall", "--output", str(target))
    assert failed.exit_code == 1 and "no actor called" in failed.stderr
    assert not target.exists()  # no half-written file left behind


def test_ics_dates_are_never_in_local_time() -> None:
    """DTSTAMP is UTC whatever zone `now` is given in."""
    local = datetime(2024, 1, 2, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    text = run(write_ics, [record()], now=local)[0]
    assert re.search(r"DTSTAMP:20240103T043000Z\r\n", text)
