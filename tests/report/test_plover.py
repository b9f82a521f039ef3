"""PLOVER-style export: the CONSULT records event-data researchers load next to their own."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from report_samples import (
    BALI,
    BIDEN,
    ENVOY,
    KYIV_NO_COORDS,
    MODI,
    MONTH,
    MOSCOW,
    PUTIN,
    WOODSIDE,
    XI,
    ZELENSKYY,
    article_result,
    encounter,
    record,
)

from parley.model import Participant
from parley.report import export, plover_event, write_plover
from parley.report.plover import actor_code, mode_and_sides
from parley.store import open_store

P = Participant


@pytest.mark.parametrize(
    ("kind", "participants", "place", "mode", "sources", "targets"),
    [
        # a call: the caller is the source when the text says who called
        ("call", (P(BIDEN), P(XI, "initiator")), None, "phone", ["Q15031"], ["Q6279"]),
        ("call", (P(BIDEN), P(XI)), None, "phone", ["Q6279"], ["Q15031"]),
        # a visit: the visitor is the source, the host the target
        ("visit", (P(PUTIN, "host"), P(XI, "guest")), MOSCOW, "visit", ["Q15031"], ["Q7747"]),
        ("visit", (P(MODI), P(PUTIN)), MOSCOW, "visit", ["Q1058"], ["Q7747"]),
        # "Putin hosted Xi": the host is the source
        ("meeting", (P(XI, "guest"), P(PUTIN, "host")), MOSCOW, "host", ["Q7747"], ["Q15031"]),
        ("meeting", (P(PUTIN), P(XI, "guest")), None, "visit", ["Q15031"], ["Q7747"]),
        # no roles: the participant at home hosts; nobody at home is third-party
        ("meeting", (P(XI), P(PUTIN)), MOSCOW, "host", ["Q7747"], ["Q15031"]),
        ("meeting", (P(BIDEN), P(XI)), BALI, "third-party", ["Q6279", "Q15031"], []),
        (
            "meeting",
            (P(BIDEN), P(XI), P(MODI)),
            BALI,
            "multilateral",
            ["Q6279", "Q15031", "Q1058"],
            [],
        ),
        # too little to say: PLOVER leaves mode empty
        ("meeting", (P(BIDEN), P(XI)), None, None, ["Q6279"], ["Q15031"]),
        ("meeting", (P(BIDEN), P(ENVOY)), BALI, None, ["Q6279"], ["person:jane-doe"]),
        ("meeting", (P(BIDEN), P(XI)), KYIV_NO_COORDS, "third-party", ["Q6279", "Q15031"], []),
    ],
)
def test_mode_mapping(kind, participants, place, mode, sources, targets) -> None:  # noqa: ANN001
    enc = encounter(kind=kind, participants=participants, place=place)
    got_mode, got_sources, got_targets = mode_and_sides(enc)
    assert got_mode == mode
    assert [p.actor.id for p in got_sources] == sources
    assert [p.actor.id for p in got_targets] == targets


@pytest.mark.parametrize(
    ("alpha2", "code"),
    [("US", "USA"), ("cn", "CHN"), ("XK", "XKX"), ("EU", "IGO"), ("UN", "IGO"), (None, None)],
)
def test_actor_codes_are_plover_alpha3(alpha2: str | None, code: str | None) -> None:
    assert actor_code(alpha2) == code


def test_event_fields() -> None:
    enc = encounter(place=WOODSIDE, forum="APEC", duration=240, company="interpreters only")
    event = plover_event(record(enc), coded=date(2024, 5, 1))
    assert event["event"] == "CONSULT" and event["mode"] == "host"  # Biden at home in the US
    assert event["date"] == "2023-11-15" and event["parley_date_precision"] == "day"
    assert event["source"] == [
        {
            "actorText": "Joe Biden",
            "code": "USA",
            "sector": "GOV",
            "parley_id": "Q6279",
            "country_code": "US",
            "parley_role": None,
        }
    ]
    assert event["target"][0]["code"] == "CHN"
    assert event["eventLoc"] == {
        "name": "Filoli Estate",
        "country code": "US",
        "country": "United States",
        "lat": 37.47,
        "lon": -122.31,
    }
    assert event["text"].startswith("President Joe Biden met")
    assert (event["parley_status"], event["parley_forum"], event["dateCoded"]) == (
        "held",
        "APEC",
        "2024-05-01",
    )
    assert event["id"] == "parley-a1-e1"
    assert (event["parley_duration_minutes"], event["parley_company"]) == (240, "interpreters only")


def test_month_dated_event_keeps_its_range_and_precision() -> None:
    event = plover_event(record(encounter(time=MONTH)))
    assert (event["date"], event["parley_date_end"]) == ("2024-02-01", "2024-02-29")
    assert event["parley_date_precision"] == "month"


def test_people_outside_the_knowledge_base_get_no_government_sector() -> None:
    event = plover_event(record(encounter(participants=(P(ENVOY), P(XI)), place=None)))
    envoy = event["source"][0]
    assert "sector" not in envoy and envoy["code"] is None and envoy["actorText"] == "Jane Doe"


def test_lone_visitor_targets_the_place_visited() -> None:
    enc = encounter(kind="visit", participants=(P(ZELENSKYY, "guest"),), place=MOSCOW)
    event = plover_event(record(enc))
    assert event["mode"] == "visit"
    assert event["target"] == [{"actorText": "Moscow", "code": "RUS"}]


def test_write_plover_is_a_json_array() -> None:
    out = io.StringIO()
    summary = write_plover([record(), record(article_id="a2")], out)
    events = json.loads(out.getvalue())
    assert summary.written == len(events) == 2
    assert {e["event"] for e in events} == {"CONSULT"}


def test_plover_export_holds_only_held_encounters_unless_asked(tmp_path) -> None:  # noqa: ANN001
    store = open_store(tmp_path / "parley.db")
    try:
        store.save(article_result(encounter("e1"), "held"))
        store.save(article_result(encounter("e2", status="cancelled"), "cancelled"))
        out = io.StringIO()
        export(store, "plover", out)
        assert [e["parley_status"] for e in json.loads(out.getvalue())] == ["held"]
        out = io.StringIO()
        export(store, "plover", out, statuses=["cancelled", "held"])
        assert sorted(e["parley_status"] for e in json.loads(out.getvalue())) == [
            "cancelled",
            "held",
        ]
        out = io.StringIO()
        export(store, "json", out)  # other formats keep every status
        assert len(json.loads(out.getvalue())) == 2
    finally:
        store.close()
