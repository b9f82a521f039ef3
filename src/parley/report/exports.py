"""`parley export`: stored encounters as JSON, CSV, GeoJSON, iCalendar or PLOVER-style JSON.

Every writer takes the records `query.encounters` returns and writes them one at a time to a
text stream, so exporting a big store never builds the whole file in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO, Unpack

from parley import query
from parley.errors import ConfigError
from parley.report.common import ExportSummary, record_json, write_json_array
from parley.report.ics import write_ics
from parley.report.plover import write_plover
from parley.store import EncounterRecord, Store
from parley.store.filters import Criteria

FORMATS: tuple[str, ...] = ("json", "csv", "geojson", "ics", "plover")

CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "article_id",
    "kind",
    "format",
    "status",
    "participants",
    "place",
    "city",
    "country_code",
    "lat",
    "lon",
    "forum",
    "time_start",
    "time_end",
    "precision",
    "duration_minutes",
    "company",
    "evidence",
    "article_title",
    "url",
    "published",
)

# A spreadsheet runs a cell that starts with one of these as a formula; article text is untrusted.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TEXT_COLUMNS = frozenset({"participants", "place", "city", "forum", "evidence", "article_title"})


def write_json(records: Iterable[EncounterRecord], out: TextIO) -> ExportSummary:
    """A JSON array of encounters, one object a line, written as the records come."""
    return ExportSummary(write_json_array((record_json(r) for r in records), out))


def csv_row(record: EncounterRecord) -> dict[str, Any]:
    """One flat row: the columns a spreadsheet user filters and sorts on."""
    enc = record.encounter
    place, time = enc.place, enc.time
    row: dict[str, Any] = {
        "id": enc.id,
        "article_id": record.article_id,
        "kind": enc.kind,
        "format": enc.format,
        "status": enc.status,
        "participants": "; ".join(f"{p.actor.name} ({p.actor.id})" for p in enc.participants),
        "place": place.name if place else None,
        "city": place.city if place else None,
        "country_code": place.country_code if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "forum": enc.forum,
        "time_start": time.start.isoformat() if time else None,
        "time_end": time.end.isoformat() if time else None,
        "precision": time.precision if time else None,
        "duration_minutes": enc.duration_minutes,
        "company": enc.company,
        "evidence": enc.evidence[0].text if enc.evidence else None,
        "article_title": record.article_title,
        "url": record.article_url,
        "published": record.published.isoformat() if record.published else None,
    }
    for column in _TEXT_COLUMNS:
        value = row[column]
        if isinstance(value, str) and value.startswith(_FORMULA_START):
            row[column] = "'" + value
    return row


def write_csv(records: Iterable[EncounterRecord], out: TextIO) -> ExportSummary:
    """CSV with a header row (RFC 4180 quoting and CRLF line ends, as the csv module writes)."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    written = 0
    for record in records:
        writer.writerow(csv_row(record))
        written += 1
    return ExportSummary(written)


def write_geojson(records: Iterable[EncounterRecord], out: TextIO) -> ExportSummary:
    """An RFC 7946 FeatureCollection of Points; encounters without coordinates are counted."""
    out.write('{"type": "FeatureCollection", "features": [')
    written = skipped = 0
    for record in records:
        place = record.encounter.place
        if place is None or place.lat is None or place.lon is None:
            skipped += 1
            continue
        feature = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
            "properties": record_json(record),
        }
        out.write(("\n" if not written else ",\n") + json.dumps(feature, ensure_ascii=False))
        written += 1
    out.write(f'\n], "parley:skipped": {skipped}}}\n')
    return ExportSummary(written, skipped, "no coordinates" if skipped else None)


Writer = Callable[[Iterable[EncounterRecord], TextIO], ExportSummary]

WRITERS: dict[str, Writer] = {
    "json": write_json,
    "csv": write_csv,
    "geojson": write_geojson,
    "ics": write_ics,
    "plover": write_plover,
}


def export(
    store: Store, fmt: str, out: TextIO, *, actors: Sequence[str] = (), **criteria: Unpack[Criteria]
) -> ExportSummary:
    """Write the encounters of all `actors` matching the other filters to `out` as `fmt`.

    PLOVER codes only events that happened, so a PLOVER export holds held encounters unless
    `statuses` asks for others.
    """
    if fmt not in WRITERS:
        raise ConfigError("unknown export format", value=fmt, options=FORMATS)
    if fmt == "plover" and not criteria.get("statuses"):
        criteria["statuses"] = ("held",)
    return WRITERS[fmt](query.encounters(store, actors=actors, **criteria), out)
