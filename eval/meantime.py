"""Score `parley.extract.timex` on the MEANTIME English TIMEX3 gold (Wikinews, CC BY 4.0).

Main figure: the share of gold DATE expressions whose calendar value Parley gives on an
overlapping mention, compared at the gold value's granularity ("2008" against the year of our
range, "2008-03" against its month, "2008-W47" against its ISO week). Gold values that name no
calendar period (PRESENT_REF, XXXX-XX-XX, P1D, FY2007, ...) are counted and left out.

    .venv/bin/python eval/meantime.py [--data PATH] [--errors]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from parley.extract.timex import TimeMention, find_times, parse_time
from parley.extract.timex_calendar import season_containing
from parley.model import TimeRef

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "meantime_en_timex3.jsonl"

_SEASON_CODE = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
_CALENDAR = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d|XX))?|W(?P<w>\d\d)(?P<we>-WE)?|"
    r"Q(?P<q>[1-4])|(?P<s>SP|SU|FA|AU|WI)))?(?:T\w+)?$|^(?P<dec>\d{3})$"
)


@dataclass(frozen=True)
class Gold:
    doc: str
    start: int
    end: int
    text: str
    value: str
    kind: str


def render(value: str, ref: TimeRef) -> str | None:
    """Our range written at the gold value's granularity, or None if it spans more than one."""
    m = _CALENDAR.match(value)
    if m is None:
        return None
    a, b = ref.start, ref.end
    if m["dec"]:
        return f"{a.year // 10:03d}" if a.year // 10 == b.year // 10 else None
    if a.year != b.year and not (m["s"] == "WI" or m["w"]):
        return None
    if m["d"] and m["d"] != "XX":
        return a.isoformat() if a == b else None
    if m["m"]:
        return f"{a.year}-{a.month:02d}" + ("-XX" if m["d"] else "") if a.month == b.month else None
    if m["w"]:
        week = a.isocalendar()
        if week[:2] != b.isocalendar()[:2]:
            return None
        weekend = a.weekday() == 5 and b.weekday() == 6
        return f"{week[0]}-W{week[1]:02d}" + ("-WE" if weekend and m["we"] else "")
    if m["q"]:
        q = (a.month - 1) // 3 + 1
        return f"{a.year}-Q{q}" if (b.month - 1) // 3 + 1 == q else None
    if m["s"]:
        season, last = season_containing(a), season_containing(b)
        return f"{season[0]}-{_SEASON_CODE[season[1]]}" if season == last else None
    return str(a.year)


def calendar_value(value: str) -> str | None:
    """The gold value cut to what can be compared, or None for a non-calendar value."""
    m = _CALENDAR.match(value)
    if m is None:
        return None
    return value.split("T")[0].replace("-AU", "-FA")


def reference_date(doc: dict) -> date | None:
    """The creation date; a few documents lack it or write it day-first, so fall back to the
    creation-time annotation, then to the dateline (the second line of every Wikinews text)."""
    candidates = [doc.get("dct") or ""]
    candidates += [t["value"] for t in doc["timex3"] if t.get("function") == "CREATION_TIME"]
    for value in candidates:
        try:
            return date.fromisoformat(value)
        except ValueError:
            continue
    lines = doc["text"].split("\n")
    found = parse_time(lines[1], date(2008, 1, 1)) if len(lines) > 1 else None
    return found.start if found is not None else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="list the DATE values missed")
    args = parser.parse_args(argv)
    docs = [json.loads(line) for line in args.data.open(encoding="utf-8")]

    golds: list[Gold] = []
    ours: list[tuple[str, TimeMention]] = []
    no_offsets = 0
    for doc in docs:
        ref = reference_date(doc)
        if ref is None:
            print(f"skipped {doc['doc_id']}: no creation date", file=sys.stderr)
            continue
        for t in doc["timex3"]:
            if t["start"] is None:
                no_offsets += 1
                continue
            golds.append(
                Gold(doc["doc_id"], t["start"], t["end"], t["text"], t["value"], t["type"])
            )
        ours += [(doc["doc_id"], m) for m in find_times(doc["text"], ref)]

    by_doc: dict[str, list[TimeMention]] = {}
    for doc_id, mention in ours:
        by_doc.setdefault(doc_id, []).append(mention)

    def overlapping(g: Gold) -> list[TimeMention]:
        return [m for m in by_doc.get(g.doc, []) if m.start < g.end and g.start < m.end]

    dates = [g for g in golds if g.kind == "DATE"]
    calendar = [g for g in dates if calendar_value(g.value) is not None]
    other = len(dates) - len(calendar)
    matched, errors = 0, []
    for g in calendar:
        got = [render(g.value, m.value) for m in overlapping(g) if m.value is not None]
        if calendar_value(g.value) in got:
            matched += 1
        else:
            errors.append((g, [m for m in overlapping(g)]))

    found_dates = sum(1 for g in dates if overlapping(g))
    correct = sum(
        1
        for doc_id, m in ours
        if any(g.doc == doc_id and m.start < g.end and g.start < m.end for g in golds)
    )
    print(f"documents: {len(docs)}; gold TIMEX3 with offsets: {len(golds)} ({no_offsets} without)")
    print(
        f"DATE values, calendar: total {len(calendar)}, matched {matched}, "
        f"share {matched / max(1, len(calendar)):.3f}"
    )
    print(f"DATE values, non-calendar (PRESENT_REF, XXXX, P1D, FY...): {other}, left out")
    no_dct = [g for g in calendar if not re.match(r"\w+ \d\d? , \d{4}$", g.text)]
    hit_no_dct = len(no_dct) - sum(1 for g, _ in errors if g in no_dct)
    print(
        f"  without datelines: total {len(no_dct)}, matched {hit_no_dct}, "
        f"share {hit_no_dct / max(1, len(no_dct)):.3f}"
    )
    print(
        f"mention recall, DATE (any overlap): {found_dates}/{len(dates)} "
        f"= {found_dates / max(1, len(dates)):.3f}"
    )
    print(
        f"mention precision, against all TIMEX3: {correct}/{len(ours)} "
        f"= {correct / max(1, len(ours)):.3f}"
    )
    # The gold marks only the opening stretch of most articles; judge precision there too.
    last_end: dict[str, int] = {}
    for g in golds:
        last_end[g.doc] = max(last_end.get(g.doc, 0), g.end)
    inside = [(d, m) for d, m in ours if m.start < last_end.get(d, 0)]
    correct_inside = sum(
        1
        for d, m in inside
        if any(g.doc == d and m.start < g.end and g.start < m.end for g in golds)
    )
    print(
        f"mention precision, up to each article's last gold TIMEX3: {correct_inside}/"
        f"{len(inside)} = {correct_inside / max(1, len(inside)):.3f}"
    )
    if args.errors:
        print("\nmissed DATE values (gold text, gold value: our mentions):")
        for g, got in errors:
            shown = ", ".join(
                f"{m.text!r}={m.value.start}..{m.value.end}/{m.value.precision}"
                if m.value
                else f"{m.text!r}=None"
                for m in got
            )
            print(f"  {g.doc} {g.text!r} {g.value}: {shown or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
