"""Encounters as an RFC 5545 iCalendar file, one all-day VEVENT per dated encounter.

Summaries, places and evidence come from article text nobody here controls, so every TEXT value
is escaped and stripped of control characters: a stray newline must never start a property.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import TextIO

from parley.model import Encounter, Place, TimeRef
from parley.report.common import ExportSummary
from parley.store import EncounterRecord

CRLF = "\r\n"
LINE_OCTETS = 75
STATUS = {"held": "CONFIRMED", "cancelled": "CANCELLED", "declined": "CANCELLED"}
_NEWLINES = re.compile(r"\r\n|\r|\n")


def escape_text(text: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, comma, semicolon and newline escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = _NEWLINES.sub("\\\\n", text)
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, never inside a UTF-8 character."""
    parts: list[str] = []
    current, size = "", 0
    for ch in line:
        octets = len(ch.encode("utf-8"))
        if size + octets > LINE_OCTETS:
            parts.append(current)
            current, size = " ", 1
        current += ch
        size += octets
    parts.append(current)
    return CRLF.join(parts)


def _names(encounter: Encounter) -> str:
    names = [p.actor.name for p in encounter.participants]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def summary(encounter: Encounter) -> str:
    """ "Meeting: Joe Biden and Xi Jinping (held)" — what a calendar shows at a glance."""
    names = _names(encounter)
    head = encounter.kind.capitalize() + (f": {names}" if names else "")
    return f"{head} ({encounter.status})"


def location(place: Place | None) -> str | None:
    """ "Filoli Estate, Woodside, United States": the place, its city and its country."""
    if place is None:
        return None
    parts = [place.name]
    for extra in (place.city, place.country):
        if extra and extra not in parts:
            parts.append(extra)
    return ", ".join(parts)


def description(record: EncounterRecord) -> str:
    """The evidence sentence and where it was read, so a calendar entry can be checked."""
    enc = record.encounter
    lines = [f"“{enc.evidence[0].text}”"] if enc.evidence else []
    if enc.time is not None and enc.time.precision != "day":
        lines.append(f"Date known to the {enc.time.precision}: {enc.time.text}")
    if enc.forum:
        lines.append(f"Forum: {enc.forum}")
    lines.append(f"Source: {record.article_url or record.article_title or record.article_id}")
    return "\n".join(lines)


def _event(record: EncounterRecord, time: TimeRef, stamp: str) -> list[str]:
    enc = record.encounter
    end = time.end + timedelta(days=1)  # DTEND of an all-day event is exclusive
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(f'{enc.id}-{record.article_id}@parley')}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{time.start:%Y%m%d}",
        f"DTEND;VALUE=DATE:{end:%Y%m%d}",
        f"SUMMARY:{escape_text(summary(enc))}",
    ]
    where = location(enc.place)
    if where:
        lines.append(f"LOCATION:{escape_text(where)}")
    if enc.place is not None and enc.place.lat is not None and enc.place.lon is not None:
        lines.append(f"GEO:{enc.place.lat:.6f};{enc.place.lon:.6f}")
    lines += [
        f"DESCRIPTION:{escape_text(description(record))}",
        f"STATUS:{STATUS.get(enc.status, 'TENTATIVE')}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]
    return lines


def write_ics(
    records: Iterable[EncounterRecord], out: TextIO, *, now: datetime | None = None
) -> ExportSummary:
    """A VCALENDAR of the dated encounters, CRLF-terminated; undated ones are counted."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    for line in ("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Parley//Encounters//EN"):
        out.write(line + CRLF)
    out.write("CALSCALE:GREGORIAN" + CRLF)
    written = skipped = 0
    for record in records:
        time = record.encounter.time
        if time is None:
            skipped += 1
            continue
        for line in _event(record, time, stamp):
            out.write(fold(line) + CRLF)
        written += 1
    out.write("END:VCALENDAR" + CRLF)
    return ExportSummary(written, skipped, "no date" if skipped else None)
