"""Whole jobs over many sources: read, extract, store, and say what happened.

A batch never dies halfway: a source that cannot be read is reported and skipped, an article
that breaks a stage is reported and skipped, and each article is stored in one transaction.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice

from tqdm import tqdm

from parley.errors import ParleyError, PipelineError
from parley.ingest import IngestProblem, read_sources
from parley.model import Article, ArticleResult
from parley.pipeline import Pipeline
from parley.store import Store

Report = Callable[[str], None]


@dataclass
class IngestSummary:
    """Counts a user sees after `parley ingest`."""

    read: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)
    encounters: int = 0
    quotes: int = 0

    def lines(self) -> list[str]:
        stored = self.outcomes["stored"] + self.outcomes["replaced"]
        return [
            f"articles read: {self.read}",
            f"stored: {stored} (new {self.outcomes['stored']},"
            f" replaced {self.outcomes['replaced']},"
            f" unchanged {self.outcomes['unchanged']})",
            f"skipped: {len(self.skipped)}",
            f"encounters: {self.encounters}",
            f"quotes: {self.quotes}",
        ]


def _stderr(line: str) -> None:
    print(line, file=sys.stderr)


def extract_results(
    pipeline: Pipeline,
    items: Iterable[Article | IngestProblem],
    report: Report = _stderr,
    batch_size: int = 32,
    on_problem: Callable[[str], None] | None = None,
) -> Iterator[ArticleResult]:
    """Results for every readable article; unreadable sources and failing articles reported."""
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        articles = []
        for item in batch:
            if isinstance(item, IngestProblem):
                report(str(item))
                if on_problem:
                    on_problem(str(item))
            else:
                articles.append(item)
        try:
            yield from pipeline.run_batches(articles, batch_size=batch_size)
        except PipelineError:
            for article in articles:  # find the article that breaks the stage; keep the others
                try:
                    yield pipeline.run(article)
                except PipelineError as error:
                    message = f"{article.source or article.id}: {error}"
                    report(message)
                    if on_problem:
                        on_problem(message)


def ingest(
    paths: Iterable[str],
    store: Store,
    pipeline: Pipeline,
    *,
    published: date | None = None,
    max_bytes: int = 20_000_000,
    progress: bool = True,
    report: Report = _stderr,
) -> IngestSummary:
    """Read, extract and store every article under `paths`; returns what happened."""
    summary = IngestSummary()
    items = read_sources(paths, published=published, max_bytes=max_bytes)
    bar = tqdm(desc="articles", unit=" art", disable=not progress, file=sys.stderr)
    for result in extract_results(pipeline, items, report, on_problem=summary.skipped.append):
        summary.read += 1
        try:
            summary.outcomes[store.save(result)] += 1
        except (ParleyError, ValueError) as error:  # nothing of this article was written
            message = f"{result.article.source or result.article.id}: not stored: {error}"
            report(message)
            summary.skipped.append(message)
            continue
        summary.encounters += len(result.encounters)
        summary.quotes += len(result.quotes)
        bar.update(1)
    bar.close()
    summary.read += len(summary.skipped)
    return summary
