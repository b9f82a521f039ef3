"""Reports on the store: exports to JSON, CSV, GeoJSON, iCalendar and PLOVER-style JSON."""

from __future__ import annotations

from parley.report.common import ExportSummary, record_json
from parley.report.exports import (
    FORMATS,
    export,
    write_csv,
    write_geojson,
    write_json,
)
from parley.report.ics import write_ics
from parley.report.plover import plover_event, write_plover

__all__ = [
    "FORMATS",
    "ExportSummary",
    "export",
    "plover_event",
    "record_json",
    "write_csv",
    "write_geojson",
    "write_ics",
    "write_json",
    "write_plover",
]
