"""Shared fixtures: one pipeline per test session (loading spaCy takes a second)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from parley.model import ArticleResult
    from parley.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    from parley.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def extract(pipeline: Pipeline):
    """Run the whole pipeline on a text, as `parley extract` would."""
    from parley.model import Article

    def run(
        text: str, published: date = date(2023, 11, 20), title: str | None = None
    ) -> ArticleResult:
        return pipeline.run(Article(id="test", text=text, title=title, published=published))

    return run
