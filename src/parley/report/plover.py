"""Encounters as PLOVER-style CONSULT events, for political scientists' event-data tools.

The field names follow the PLOVER gold-standard records (event, mode, source, target, date,
eventLoc); Parley's own facts that PLOVER has no field for are added under `parley_*` names.
docs/plover-mapping.md describes the mapping field by field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from functools import cache
from importlib import resources
from typing import Any, TextIO

from parley.model import Actor, Encounter, Participant, Place
from parley.report.common import ExportSummary, write_json_array
from parley.store import EncounterRecord

EVENT = "CONSULT"
IGO = "IGO"  # PLOVER's code for an intergovernmental organisation (EU, NATO, UN)
KB_PREFIX = "Q"  # knowledge-base leaders carry Wikidata ids; others are "person:<name>"


@cache
def _iso3() -> dict[str, str]:
    """ISO alpha-2 (Parley) to alpha-3 (PLOVER actor codes); "" marks an organisation."""
    text = resources.files("parley").joinpath("data", "countries.json").read_text("utf-8")
    return {c["code"]: c["iso3"] for c in json.loads(text)}


def actor_code(country_code: str | None) -> str | None:
    """The PLOVER actor code for an alpha-2 country: "US" → "USA", "EU" → "IGO"."""
    if not country_code:
        return None
    iso3 = _iso3().get(country_code.upper())
    if iso3 is None:
        return None
    return iso3 or IGO


def _actor(actor: Actor, role: str | None) -> dict[str, Any]:
    data: dict[str, Any] = {"actorText": actor.name, "code": actor_code(actor.country_code)}
    if actor.id.startswith(KB_PREFIX):  # a head of state or government from the knowledge base
        data["sector"] = "GOV"
    data.update(parley_id=actor.id, country_code=actor.country_code, parley_role=role)
    return data


def _place_actor(place: Place) -> dict[str, Any]:
    """A visited place as target, as PLOVER codes "arrived in Amman" (target: Jordan)."""
    return {"actorText": place.name, "code": actor_code(place.country_code)}


def _hosts_by_place(encounter: Encounter) -> list[Participant]:
    """The participants at home where the encounter took place, if exactly one is."""
    where = encounter.place.country_code if encounter.place else None
    if not where:
        return []
    home = [p for p in encounter.participants if p.actor.country_code == where]
    return home if len(home) == 1 else []


def _third_party(encounter: Encounter) -> bool:
    """Every participant's country is known and none is where they met."""
    where = encounter.place.country_code if encounter.place else None
    countries = [p.actor.country_code for p in encounter.participants]
    return bool(where) and all(countries) and where not in countries


def mode_and_sides(
    encounter: Encounter,
) -> tuple[str | None, list[Participant], list[Participant]]:
    """PLOVER's CONSULT mode, and which participants are source and which target.

    Roles the text states (host, guest, initiator) come first; then the place: a participant
    meeting at home hosts, a meeting where nobody is at home is third-party. Without either,
    the mode stays empty, as PLOVER leaves it when a report says too little.
    """
    people = list(encounter.participants)

    def split(role: str) -> tuple[list[Participant], list[Participant]]:
        return [p for p in people if p.role == role], [p for p in people if p.role != role]

    if encounter.kind == "call":
        sources, targets = split("initiator")
        return ("phone", sources, targets) if sources else ("phone", people[:1], people[1:])
    if encounter.kind != "visit" and any(p.role == "host" for p in people):
        return ("host", *split("host"))
    if encounter.kind == "visit" or any(p.role == "guest" for p in people):
        sources, targets = split("guest")
        return ("visit", sources, targets) if sources else ("visit", people[:1], people[1:])
    if len(people) > 2:
        return "multilateral", people, []
    hosts = _hosts_by_place(encounter)
    if hosts:
        return "host", hosts, [p for p in people if p not in hosts]
    if _third_party(encounter):
        return "third-party", people, []
    return None, people[:1], people[1:]


def _sides(parts: Sequence[Participant]) -> list[dict[str, Any]]:
    return [_actor(p.actor, p.role) for p in parts]


def plover_event(record: EncounterRecord, coded: date | None = None) -> dict[str, Any]:
    """One encounter as a PLOVER-style CONSULT record."""
    enc = record.encounter
    mode, sources, targets = mode_and_sides(enc)
    target = _sides(targets)
    if not target and enc.kind == "visit" and enc.place is not None:
        target = [_place_actor(enc.place)]
    event: dict[str, Any] = {
        "id": f"parley-{record.article_id}-{enc.id}",
        "date": enc.time.start.isoformat() if enc.time else None,
        "source": _sides(sources),
        "target": target,
        "event": EVENT,
        "mode": mode,
        "context": "diplomatic",
        "text": enc.evidence[0].text if enc.evidence else None,
        "language": "en",
        "publication": record.article_title,
        "coder": "Parley",
        "dateCoded": (coded or datetime.now(UTC).date()).isoformat(),
        "eventLoc": _event_loc(enc.place),
        "parley_status": enc.status,
        "parley_kind": enc.kind,
        "parley_format": enc.format,
        "parley_date_end": enc.time.end.isoformat() if enc.time else None,
        "parley_date_precision": enc.time.precision if enc.time else None,
        "parley_forum": enc.forum,
        "parley_duration_minutes": enc.duration_minutes,
        "parley_company": enc.company,
        "parley_article_id": record.article_id,
        "parley_url": record.article_url,
    }
    return event


def _event_loc(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "country code": place.country_code,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
    }


def write_plover(
    records: Iterable[EncounterRecord], out: TextIO, *, coded: date | None = None
) -> ExportSummary:
    """A JSON array of PLOVER-style records, written one record a line as they come."""
    return ExportSummary(write_json_array((plover_event(r, coded) for r in records), out))
