"""Fixtures for the CLI tests: a shared pipeline, and one ingested library per module.

Every command builds its own `Pipeline()`; here each module shares the session's pipeline
instead, so the folder pays for loading spaCy once rather than once per command.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import LIBRARY, cli, write_article

from parley.pipeline import Pipeline


@pytest.fixture(scope="module", autouse=True)
def shared_pipeline(pipeline: Pipeline) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("parley.cli.Pipeline", lambda: pipeline)
        yield


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory, shared_pipeline: None) -> Path:
    """A store holding the LIBRARY articles, ingested once per module; returns the db path."""
    folder = tmp_path_factory.mktemp("library")
    for name, (title, published, body) in LIBRARY.items():
        write_article(folder, name, title, published, body)
    db = tmp_path_factory.mktemp("store") / "parley.db"
    result = cli(db, "ingest", str(folder), "--quiet")
    assert result.exit_code == 0, result.output
    return db
