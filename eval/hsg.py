"""Check the merged store against the US Office of the Historian's record of 2021-2024.

Run over a store that holds the whole White House corpus (`benchmarks/corpus.py` builds one):
- trips: every counterpart a presidential trip abroad names ("Met with Prime Minister Boris
  Johnson and Queen Elizabeth II") who resolves to a known leader;
- visits: every foreign leader's visit to the United States whose visitor resolves;
for each, whether the store holds a merged encounter between the president of the day and
that leader dated within the trip or visit, ±1 day. Also how many merged encounters stand
for each such real one (a measure of merging that is too timid), and how many per day of it (a
visit of three days may hold an encounter each day; two records of one day are one encounter
told twice).

With `--corpus`, the same share among the encounters the corpus can tell at all: those whose
counterpart some document published within the window (±2 days) names. Most of the
leaders at the 2022 U.S.-Africa Leaders Summit, for instance, are named in no document.

Run: .venv/bin/python eval/hsg.py --db corpus.db [--data DIR] [--corpus FILE] [--misses]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from parley.resolve.kb import SURNAME_FIRST, KnowledgeBase, Leader, fold
from parley.store import Store, open_store

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared/corpus/whitehouse-2021-2026.jsonl.gz"
REACH = timedelta(days=2)  # how far from a visit a document that names the visitor may be
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


def matches(store: Store, kb: KnowledgeBase, check: Check) -> list[date]:
    """The days of the merged encounters of the president and the counterpart in the window,
    one entry per record."""
    president = kb.holder("US", "president", check.start)
    if president is None or president.id == check.counterpart:
        return []
    found = store.merged(
        actor_ids=[president.id, check.counterpart],
        since=check.start - timedelta(days=1),
        until=check.end + timedelta(days=1),
        statuses=["held"],
    )
    return [m.time.start for m in found if m.time is not None and m.time.precision == "day"]


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # "Surangel Whipps Jr." is no "Jr"


def name_pattern(leader: Leader) -> re.Pattern[str]:
    """The leader's names and family name as whole words of folded text."""
    forms = {fold(form) for form in (leader.name, *leader.aliases)}
    words = [w for w in fold(leader.name).split() if w not in _SUFFIXES]
    asian = any(t.country_code in SURNAME_FIRST for t in leader.terms)
    forms.add(words[0] if asian else words[-1])
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True) if f)
    return re.compile(rf"\b(?:{alternatives})\b")


def named_in_corpus(corpus: Path, found: list[Check], kb: KnowledgeBase) -> set[int]:
    """Indices of the checks whose counterpart a document of their window names."""
    by_day: dict[date, list[int]] = defaultdict(list)
    for index, check in enumerate(found):
        day = check.start - REACH
        while day <= check.end + REACH:
            by_day[day].append(index)
            day += timedelta(days=1)
    patterns = {
        c.counterpart: name_pattern(leader)
        for c in found
        if (leader := kb.leader(c.counterpart)) is not None
    }
    named: set[int] = set()
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            waiting = [i for i in by_day.get(date.fromisoformat(record["published"][:10]), ())]
            waiting = [i for i in waiting if i not in named]
            if not waiting:
                continue
            text = fold(record.get("title", "") + " " + record["text"])
            named.update(i for i in waiting if patterns[found[i].counterpart].search(text))
    return named


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", required=True, help="a store holding the whole corpus")
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--misses", action="store_true", help="list the checks that fail")
    parser.add_argument(
        "--corpus", type=Path, help=f"also score the checks the corpus names (e.g. {CORPUS})"
    )
    args = parser.parse_args()
    if not (args.data / "hsg_president_travels_2009_2025.jsonl").exists():
        print(f"{args.data}: Office of the Historian files not found", file=sys.stderr)
        return 2
    kb = KnowledgeBase.default()
    store = open_store(args.db)
    found = list(checks(args.data, kb))
    days = [matches(store, kb, check) for check in found]
    hits = [len(d) for d in days]
    store.close()
    named = named_in_corpus(args.corpus, found, kb) if args.corpus is not None else set()
    for i, (check, count) in enumerate(zip(found, hits, strict=True)):
        if args.misses and not count:
            mark = " (named in the corpus)" if i in named else ""
            print(f"MISS {check.source} {check.start} {check.label}{mark}")
    for source in ("trip", "visit"):
        mine = [count for check, count in zip(found, hits, strict=True) if check.source == source]
        print(f"{source}s: {_share(mine)} have a merged encounter within ±1 day")
    print(f"all: {_share(hits)}")
    matched = [count for count in hits if count]
    print(f"merged encounters per real one: {sum(matched) / max(len(matched), 1):.3f}")
    # a visit of several days may hold an encounter each day; more records than days are
    # one encounter told as two
    per_day = [len(d) / len(set(d)) for d in days if d]
    print(f"merged encounters per day of a real one: {sum(per_day) / max(len(per_day), 1):.3f}")
    if args.corpus is not None:
        print(f"named in a document within ±{REACH.days} days: {len(named)}/{len(found)}")
        print(f"of those, found: {_share([hits[i] for i in sorted(named)])}")
    return 0


def _share(counts: list[int]) -> str:
    hit = sum(1 for count in counts if count)
    return f"{hit}/{len(counts)} = {hit / max(len(counts), 1):.3f}"


if __name__ == "__main__":
    raise SystemExit(main())
