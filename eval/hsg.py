"""Check the merged store against the US Office of the Historian's record of 2021-2024.

Run over a store that holds the whole White House corpus (`benchmarks/corpus.py` builds one):
- trips: every counterpart a presidential trip abroad names ("Met with Prime Minister Boris
  Johnson and Queen Elizabeth II") who resolves to a known leader;
- visits: every foreign leader's visit to the United States whose visitor resolves;
for each, whether the store holds a merged encounter between the president of the day and
that leader dated within the trip or visit, ±1 day. Also how many merged encounters stand
for each such real one (a measure of merging that is too timid).

Run: .venv/bin/python eval/hsg.py --db corpus.db [--data DIR] [--misses]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from parley.resolve.kb import KnowledgeBase
from parley.store import Store, open_store

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data"
FIRST, LAST = date(2021, 1, 20), date(2024, 12, 31)


@dataclass(frozen=True)
class Check:
    source: str  # "trip" or "visit"
    start: date
    end: date
    counterpart: str  # knowledge-base id
    label: str


def _names_in(remarks: str) -> Iterator[str]:
    """People a trip's remarks say the president met: "Met with A, B, and C."."""
    for clause in re.findall(r"(?:Met|met|meeting) with ([^.;]+)", remarks):
        for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", clause):
            part = re.sub(r"^(?:the\s+)?(?:leaders? of\s+)", "", part.strip())
            if part:
                yield part


def _in_window(path: Path) -> Iterator[tuple[dict, date, date]]:
    """The records of a JSON Lines file, with their dates, that start within FIRST..LAST."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            start = date.fromisoformat(record["start_date"])
            end = date.fromisoformat(record["end_date"])
            if FIRST <= start <= LAST:
                yield record, start, end


def checks(data: Path, kb: KnowledgeBase) -> Iterator[Check]:
    """The trips' and visits' named counterparts that resolve to a known leader."""
    for trip, start, end in _in_window(data / "hsg_president_travels_2009_2025.jsonl"):
        for name in _names_in(trip.get("remarks") or ""):
            leader = kb.find(name, start)
            if leader is not None:
                yield Check("trip", start, end, leader.id, name)
    for visit, start, end in _in_window(data / "hsg_foreign_leader_visits_2009_2025.jsonl"):
        leader = kb.find(visit["visitor"], start)
        if leader is not None:
            yield Check("visit", start, end, leader.id, visit["visitor"])


def matches(store: Store, kb: KnowledgeBase, check: Check) -> int:
    """How many merged encounters of the president and the counterpart fall in the window."""
    president = kb.holder("US", "president", check.start)
    if president is None or president.id == check.counterpart:
        return 0
    found = store.merged(
        actor_ids=[president.id, check.counterpart],
        since=check.start - timedelta(days=1),
        until=check.end + timedelta(days=1),
        statuses=["held"],
    )
    return sum(1 for m in found if m.time is not None and m.time.precision == "day")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True, help="a store holding the whole corpus")
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--misses", action="store_true", help="list the checks that fail")
    args = parser.parse_args()
    if not (args.data / "hsg_president_travels_2009_2025.jsonl").exists():
        print(f"{args.data}: Office of the Historian files not found", file=sys.stderr)
        return 2
    kb = KnowledgeBase.default()
    store = open_store(args.db)
    totals: dict[str, list[int]] = {"trip": [0, 0], "visit": [0, 0]}
    per_real: list[int] = []
    for check in checks(args.data, kb):
        count = matches(store, kb, check)
        totals[check.source][0] += 1
        if count:
            totals[check.source][1] += 1
            per_real.append(count)
        elif args.misses:
            print(f"MISS {check.source} {check.start} {check.label}")
    store.close()
    checked = sum(t[0] for t in totals.values())
    hits = sum(t[1] for t in totals.values())
    for source, (n, hit) in totals.items():
        print(f"{source}s: {hit}/{n} = {hit / max(n, 1):.3f} have a merged encounter within ±1 day")
    print(f"all: {hits}/{checked} = {hits / max(checked, 1):.3f}")
    print(f"merged encounters per real one: {sum(per_real) / max(len(per_real), 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
