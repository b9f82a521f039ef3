"""Reports on the store: the brief (Markdown/HTML); exports to JSON, CSV, GeoJSON, iCalendar
and PLOVER-style JSON.
"""

from __future__ import annotations

from parley.report.brief import Brief, brief_for, build_brief, render_markdown, write_brief
from parley.report.brief_html import render_html
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
    "Brief",
    "ExportSummary",
    "brief_for",
    "build_brief",
    "export",
    "plover_event",
    "record_json",
    "render_html",
    "render_markdown",
    "write_brief",
    "write_csv",
    "write_geojson",
    "write_ics",
    "write_json",
    "write_plover",
]
