"""Score Parley on White House readouts of calls and meetings with foreign leaders.

Each readout body is run through the pipeline with its title hidden. The silver labels come
from the titles (`counterpart_from_title`, `mode_from_title`; see ../shared/data/README.md):
- found: an encounter between the US president and the counterpart is extracted;
- kind: that encounter's kind matches the title's mode (call vs meeting; a "virtual meeting" is
  scored as a call, a visit as a meeting);
- date: its date is the readout's date (day precision).

Run: .venv/bin/python eval/readouts.py [--data PATH] [--errors]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

from parley.model import Article, Encounter
from parley.pipeline import Pipeline
from parley.resolve.kb import KnowledgeBase

DEFAULT = (
    Path(__file__).resolve().parents[1].parent / "shared/data/wh_leader_readouts_2021_2023.jsonl"
)
_MODE = {"call": "call", "virtual_meeting": "call", "meeting": "meeting"}


def named_counterparts(label: str) -> list[str]:
    """The people a title names: "President Macron of France, Chancellor Scholz of Germany"."""
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", label) if p.strip()]
    stripped = [re.sub(r"\s+(?:of|Of)\s+(?:the\s+)?[A-Z][\w .'-]+$", "", p).strip() for p in parts]
    return parts + [p for p in stripped if p]


def counterpart_ids(kb: KnowledgeBase, label: str, on: date) -> set[str]:
    """Ids the title's counterparts resolve to ("Prime Minister Justin Trudeau of Canada")."""
    ids = set()
    for name in named_counterparts(label):
        leader = kb.find(name, on)
        if leader is not None:
            ids.add(leader.id)
    return ids


def surnames(label: str) -> set[str]:
    return {name.split()[-1].lower() for name in named_counterparts(label) if name.split()}


def _pick(
    encounters: list[Encounter], president: str, others: set[str], last: set[str]
) -> Encounter | None:
    def has_counterpart(e: Encounter) -> bool:
        return any(
            p.actor.id in others or p.actor.name.lower().split()[-1] in last for p in e.participants
        )

    pairs = [
        e
        for e in encounters
        if any(p.actor.id == president for p in e.participants) and has_counterpart(e)
    ]
    held = [e for e in pairs if e.status == "held"]
    return (held or pairs or [None])[0]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--errors", action="store_true", help="list the readouts that miss")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"{args.data}: not found (the readouts live in ../shared/data)", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    rows = [
        r for r in rows if r.get("foreign_leader_encounter") and r.get("counterpart_from_title")
    ]
    kb = KnowledgeBase.default()
    pipeline = Pipeline()
    articles = [
        Article(
            r["id"], r["text"], published=date.fromisoformat(r["date"]), url=r.get("source_url")
        )
        for r in rows
    ]
    found = kind_ok = date_ok = 0
    misses: list[str] = []
    for row, result in zip(rows, pipeline.run_batches(articles), strict=True):
        on = date.fromisoformat(row["date"])
        president = kb.holder("US", "president", on)
        assert president is not None
        chosen = _pick(
            list(result.encounters),
            president.id,
            counterpart_ids(kb, row["counterpart_from_title"], on),
            surnames(row["counterpart_from_title"]),
        )
        if chosen is None:
            misses.append(
                f"MISS  {row['id']}: {row['counterpart_from_title']} | "
                + "; ".join(
                    "+".join(p.actor.name for p in e.participants) for e in result.encounters
                )
            )
            continue
        found += 1
        kind = "meeting" if chosen.kind == "visit" else chosen.kind
        if kind == _MODE.get(row["mode_from_title"], row["mode_from_title"]):
            kind_ok += 1
        else:
            misses.append(f"KIND  {row['id']}: {chosen.kind} vs {row['mode_from_title']}")
        if chosen.time and chosen.time.start == on and chosen.time.precision == "day":
            date_ok += 1
        else:
            misses.append(f"DATE  {row['id']}: {chosen.time} vs {on}")
    total = len(rows)
    print(f"readouts scored: {total} (foreign-leader readouts with a counterpart in the title)")
    print(f"found encounter with counterpart: {found}/{total} = {found / total:.3f}")
    print(f"kind matches title (of found):    {kind_ok}/{found} = {kind_ok / max(found, 1):.3f}")
    print(f"date equals readout (of found):   {date_ok}/{found} = {date_ok / max(found, 1):.3f}")
    if args.errors:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
