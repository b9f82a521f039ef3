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


def _article_batches(
    items: Iterable[Article | IngestProblem], size: int, problem: Report
) -> Iterator[list[Article]]:
    """Readable articles in batches; each unreadable source reported as it is met."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        articles = []
        for item in chunk:
            if isinstance(item, IngestProblem):
                problem(str(item))
            else:
                articles.append(item)
        if articles:
            yield articles


def run_isolated(pipeline: Pipeline, articles: list[Article]) -> list[ArticleResult | str]:
    """A batch's results; if a stage breaks, each article alone, the failing one as a message."""
    try:
        return list(pipeline.run_batches(articles, batch_size=len(articles)))
    except PipelineError:
        out: list[ArticleResult | str] = []
        for article in articles:
            try:
                out.append(pipeline.run(article))
            except PipelineError as error:
                out.append(f"{article.source or article.id}: {error}")
        return out


def extract_results(
    pipeline: Pipeline | None,
    items: Iterable[Article | IngestProblem],
    report: Report = _stderr,
    batch_size: int = 32,
    on_problem: Callable[[str], None] | None = None,
    workers: int = 1,
) -> Iterator[ArticleResult]:
    """Results for every readable article; unreadable sources and failing articles reported.

    With `workers` > 1 the pipeline runs in that many processes (each loads its own), and
    `pipeline` may be None.
    """

    def problem(message: str) -> None:
        report(message)
        if on_problem:
            on_problem(message)

    batches = _article_batches(items, batch_size, problem)
    if workers > 1:
        from parley.scale.local import map_batches, run_in_worker

        outputs: Iterable[list[ArticleResult | str]] = map_batches(batches, workers, run_in_worker)
    else:
        assert pipeline is not None, "one process needs a pipeline"
        outputs = (run_isolated(pipeline, batch) for batch in batches)
    for output in outputs:
        for item in output:
            if isinstance(item, str):
                problem(item)
            else:
                yield item


def ingest(
    paths: Iterable[str],
    store: Store,
    pipeline: Pipeline | None,
    *,
    published: date | None = None,
    max_bytes: int = 20_000_000,
    progress: bool = True,
    report: Report = _stderr,
    workers: int = 1,
) -> IngestSummary:
    """Read, extract and store every article under `paths`; returns what happened."""
    summary = IngestSummary()
    items = read_sources(paths, published=published, max_bytes=max_bytes)
    bar = tqdm(desc="articles", unit=" art", disable=not progress, file=sys.stderr)
    results = extract_results(
        pipeline, items, report, on_problem=summary.skipped.append, workers=workers
    )
    for result in results:
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
