"""The whole corpus into one store: ingest time, store size, and timeline query time.

Run: .venv/bin/python benchmarks/corpus.py --db corpus.db [--corpus PATH] [--workers 2]
Ingests with the same job as `parley ingest` (progress bar off), then times
`merged_timeline` for a few leader pairs (the median of 20 runs each, store already open).
Absolute times depend on the machine; they are printed for the README, not asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from parley import query
from parley.jobs import ingest
from parley.pipeline import Pipeline
from parley.store import open_store

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/corpus/whitehouse-2021-2026.jsonl.gz"
PAIRS = [
    ("Joe Biden", "Xi Jinping"),
    ("Joe Biden", "Volodymyr Zelenskyy"),
    ("Joe Biden", "Fumio Kishida"),
]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--skip-ingest", action="store_true", help="time queries on an existing store"
    )
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: not found (the corpus lives in ../shared/corpus)", file=sys.stderr)
        return 2
    if not args.skip_ingest:
        store = open_store(str(args.db))
        pipeline = Pipeline() if args.workers == 1 else None
        start = time.perf_counter()
        summary = ingest(
            [str(args.corpus)],
            store,
            pipeline,
            progress=False,
            workers=args.workers,
            report=lambda line: None,
        )
        elapsed = time.perf_counter() - start
        store.close()
        print(
            f"ingested {summary.read} documents in {elapsed / 60:.1f} min "
            f"({summary.read / elapsed:.1f} documents/s, {args.workers} workers)"
        )
        print(f"encounters: {summary.encounters}, quotes: {summary.quotes}")
    size = sum(p.stat().st_size for p in args.db.parent.glob(args.db.name + "*"))
    print(f"store size: {size / 1e6:.0f} MB")
    store = open_store(str(args.db))
    print(f"counts: {store.counts()}")
    for first, second in PAIRS:
        runs = []
        for _ in range(20):
            start = time.perf_counter()
            records = query.merged_timeline(store, first, second)
            runs.append(time.perf_counter() - start)
        print(
            f"timeline {first} / {second}: {len(records)} merged encounters, "
            f"median {statistics.median(runs) * 1000:.1f} ms"
        )
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
