"""`parley timeline`, `encounters` and `quotes` over one small ingested library."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import cli, json_lines

BIDEN, XI, PUTIN = "Q6279", "Q15031", "Q7747"


def _ids(row: dict) -> set[str]:
    return {participant["id"] for participant in row["participants"]}


def _days(rows: list[dict]) -> list[str]:
    return [row["time"]["start"] for row in rows]


@pytest.mark.parametrize(
    ("first", "second"),
    [("biden", "xi"), ("Joe Biden", "Xi Jinping"), ("XI JINPING", "President Biden")],
)
def test_timeline_forgives_names_and_is_in_date_order(library: Path, first, second) -> None:
    rows = json_lines(cli(library, "timeline", first, second, "--json"))
    assert _days(rows) == ["2022-11-14", "2023-11-15"]  # Woodside was ingested first
    assert all(_ids(row) >= {BIDEN, XI} for row in rows)
    assert [row["article"]["id"].rsplit("/", 1)[-1] for row in rows] == [
        "b-bali.md",
        "a-woodside.md",
    ]


def test_timeline_text_shows_date_people_place_and_source_sentence(library: Path) -> None:
    result = cli(library, "timeline", "putin", "xi")
    assert result.exit_code == 0
    row, source = result.stdout.splitlines()
    assert row.startswith("2023-03-20")
    assert "Vladimir Putin & Xi Jinping" in row
    assert "Kremlin" in row
    assert "hosted Chinese President Xi Jinping" in source
    assert "c-moscow.md" in source


@pytest.mark.parametrize("args", [("biden", "Nobody Atall"), ("Nobody Atall", "xi")])
def test_unknown_name_is_a_one_line_error_naming_it(library: Path, args) -> None:
    result = cli(library, "timeline", *args)
    assert result.exit_code != 0
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert "'Nobody Atall'" in line


def test_unknown_actor_filter_is_an_error_not_an_empty_list(library: Path) -> None:
    result = cli(library, "encounters", "--actor", "Nobody Atall")
    assert result.exit_code != 0
    assert "'Nobody Atall'" in result.stderr


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ((), ["2018-05-24", "2022-02-13", "2022-11-14", "2023-03-20", "2023-11-15"]),
        (("--status", "cancelled"), ["2018-05-24"]),
        (("--status", "cancelled", "--status", "held"), None),  # None: all five
        (("--kind", "call"), ["2022-02-13"]),
        (("--since", "2023-01-01"), ["2023-03-20", "2023-11-15"]),
        (("--until", "2022-02-13"), ["2018-05-24", "2022-02-13"]),
        (("--since", "2022-03-01", "--until", "2023-03-20"), ["2022-11-14", "2023-03-20"]),
        (("--place", "Woodside"), ["2023-11-15"]),
        (("--place", "indonesia"), ["2022-11-14"]),
        (("--place", "SG"), ["2018-05-24"]),
        (("--actor", "xi"), ["2022-11-14", "2023-03-20", "2023-11-15"]),
        (("--actor", "biden", "--actor", "xi"), ["2022-11-14", "2023-11-15"]),
        (("--actor", "putin", "--actor", "biden"), []),
        (("--actor", "biden", "--kind", "meeting", "--since", "2023-01-01"), ["2023-11-15"]),
        (("--limit", "2"), ["2018-05-24", "2022-02-13"]),
    ],
)
def test_encounters_filters(library: Path, options: tuple[str, ...], expected) -> None:
    result = cli(library, "encounters", "--json", *options)
    assert result.exit_code == 0, result.output
    everything = ["2018-05-24", "2022-02-13", "2022-11-14", "2023-03-20", "2023-11-15"]
    assert _days(json_lines(result)) == (everything if expected is None else expected)


def test_encounters_filters_keep_what_they_promise(library: Path) -> None:
    rows = json_lines(cli(library, "encounters", "--json", "--status", "cancelled"))
    assert [(row["status"], _ids(row)) for row in rows] == [("cancelled", {"Q22686", "Q56226"})]
    [call] = json_lines(cli(library, "encounters", "--json", "--kind", "call"))
    assert (call["kind"], _ids(call)) == ("call", {BIDEN, "Q3874799"})


def test_no_match_says_so_in_text_and_prints_nothing_in_json(library: Path) -> None:
    options = ("encounters", "--since", "2030-01-01")
    assert cli(library, *options).stdout.strip() == "no encounters found"
    assert cli(library, *options, "--json").stdout == ""


@pytest.mark.parametrize(
    ("option", "value"),
    [("--since", "yesterday"), ("--until", "15/11/2023"), ("--since", "2023-02-30")],
)
def test_bad_date_is_a_clear_error(library: Path, option: str, value: str) -> None:
    result = cli(library, "encounters", option, value)
    assert result.exit_code == 2
    assert option in result.stderr
    assert repr(value) in result.stderr
    assert "YYYY-MM-DD" in result.stderr


def test_bad_status_lists_the_valid_ones(library: Path) -> None:
    result = cli(library, "encounters", "--status", "canceled")
    assert result.exit_code == 2
    assert "'canceled'" in result.stderr
    assert "cancelled" in result.stderr.split("'canceled'")[1]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (("--speaker", "putin"), ["We are working on many things together,"]),
        (
            ("--speaker", "biden", "--about", "conflict"),
            ["We have to ensure that competition does not veer into conflict,"],
        ),
        (
            ("--speaker", "Joe Biden", "--about", "xi"),
            ["We have to ensure that competition does not veer into conflict,"],
        ),
        (("--speaker", "putin", "--about", "conflict"), []),
        (("--about", "working on"), ["We are working on many things together,"]),
    ],
)
def test_quotes_by_speaker_and_subject(library: Path, options, expected: list[str]) -> None:
    rows = json_lines(cli(library, "quotes", "--json", *options))
    assert [row["text"] for row in rows] == expected


def test_quotes_text_names_speaker_and_source(library: Path) -> None:
    result = cli(library, "quotes", "--speaker", "putin")
    assert result.stdout.startswith("Vladimir Putin: “We are working on many things together,”")
    assert "c-moscow.md" in result.stdout
    assert cli(library, "quotes", "--speaker", "putin", "--about", "conflict").stdout == (
        "no quotes found\n"
    )


def test_place_filter_finds_a_venue_by_its_city(library: Path) -> None:
    rows = json_lines(cli(library, "encounters", "--json", "--place", "Moscow"))
    assert _days(rows) == ["2023-03-20"]


def test_remerge_says_how_many_records_the_store_holds_after(library: Path) -> None:
    before = json_lines(cli(library, "encounters", "--merged", "--json"))
    out = cli(library, "remerge")
    assert out.stdout.strip() == f"{len(before)} merged encounters"
    assert json_lines(cli(library, "encounters", "--merged", "--json")) == before
