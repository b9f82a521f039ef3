"""A local process pool that maps the pipeline over batches of articles, in order.

Each worker loads its own pipeline once; the parent streams batches in and results out with
at most a few batches in flight, so memory stays flat however large the corpus is. The
parent alone writes to the store (one write path).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from parley.model import Article, ArticleResult
from parley.pipeline import Pipeline
from parley.settings import Settings

T = TypeVar("T")
_worker_pipeline: Pipeline | None = None  # one per worker process, loaded by _start


def _start(settings: Settings) -> None:
    global _worker_pipeline
    from parley.pipeline import Resources

    _worker_pipeline = Pipeline(Resources(settings))


def run_in_worker(batch: list[Article]) -> list[ArticleResult | str]:
    """The pipeline over one batch, in a worker process (failing articles as messages)."""
    from parley.jobs import run_isolated

    assert _worker_pipeline is not None, "worker started without its pipeline"
    return run_isolated(_worker_pipeline, batch)


def map_batches(
    batches: Iterable[list[Article]],
    workers: int,
    run: Callable[[list[Article]], list[T]],
    settings: Settings | None = None,
) -> Iterator[list[T]]:
    """`run` over each batch, results in input order, computed by `workers` processes."""
    window = workers * 2
    pending: deque[Future[list[T]]] = deque()
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_start, initargs=(settings or Settings.from_env(),)
    ) as pool:
        for batch in batches:
            pending.append(pool.submit(run, batch))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
