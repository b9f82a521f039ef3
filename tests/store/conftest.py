"""Stores for the tests: empty, or holding both hand-built articles."""

from __future__ import annotations

import pytest
from store_samples import geneva_result, woodside_result

from parley.store import SQLiteStore


@pytest.fixture
def store():
    with SQLiteStore() as s:
        yield s


@pytest.fixture
def filled(store):
    """A store holding both hand-built articles."""
    store.save(geneva_result())
    store.save(woodside_result())
    return store
