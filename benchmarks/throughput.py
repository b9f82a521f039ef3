"""Throughput: Parley end to end against the bare spaCy pipeline, on the same documents.

Both run in this process on the same 500 White House documents (every 27th of the corpus, so
the sample spans all years and kinds): first `nlp.pipe` over the full texts (the baseline),
then Parley's extraction, then extraction plus storing into a fresh SQLite file. Prints
articles per second of each and the ratio to the baseline; no absolute targets.

Run: .venv/bin/python benchmarks/throughput.py [--corpus PATH] [--n 500]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from parley.model import Article
from parley.pipeline import Pipeline
from parley.store import open_store

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/corpus/whitehouse-2021-2026.jsonl.gz"


def sample(path: Path, n: int, step: int = 27) -> Iterator[Article]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        taken = 0
        for index, line in enumerate(lines):
            if index % step:
                continue
            row = json.loads(line)
            published = date.fromisoformat(row["published"])
            yield Article(row["id"], row["text"], row.get("title"), published, url=row.get("url"))
            taken += 1
            if taken == n:
                return


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--n", type=int, default=500)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: not found (the corpus lives in ../shared/corpus)", file=sys.stderr)
        return 2
    articles = list(sample(args.corpus, args.n))
    pipeline = Pipeline()
    nlp = pipeline.resources.nlp
    list(pipeline.run_batches(articles[:5]))  # warm caches and lazy indexes outside the clock

    start = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=64):
        pass
    baseline = time.perf_counter() - start

    start = time.perf_counter()
    encounters = sum(len(r.encounters) for r in pipeline.run_batches(articles))
    extract = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(str(Path(folder) / "bench.db"))
        start = time.perf_counter()
        for result in pipeline.run_batches(articles):
            store.save(result)
        end_to_end = time.perf_counter() - start
        store.close()

    n = len(articles)
    chars = sum(len(a.text) for a in articles)
    print(f"documents: {n} ({chars:,} characters), encounters found: {encounters}")
    print(f"bare spaCy nlp.pipe:        {n / baseline:8.1f} articles/s  (ratio 1.00)")
    ratio = baseline / extract
    print(f"parley extract:             {n / extract:8.1f} articles/s  (ratio {ratio:.2f})")
    ratio = baseline / end_to_end
    print(f"parley extract + store:     {n / end_to_end:8.1f} articles/s  (ratio {ratio:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
