"""Shared fixtures: corpus location, stores on SQLite and PostgreSQL, small generated PDFs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from plantrace.pipeline.store import Store, metadata

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "ofsted"
SAMPLES = REPO / "samples"


def corpus_or_skip() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(
            f"Ofsted corpus not present at {CORPUS} (it lives in ../shared, absent on user machines)"
        )
    return CORPUS


@pytest.fixture
def corpus() -> Path:
    return corpus_or_skip()


def _pg_url() -> str | None:
    return os.environ.get("PLANTRACE_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same store tests against the embedded SQLite file and a real PostgreSQL."""
    if request.param == "sqlite":
        s = Store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    else:
        url = _pg_url()
        if not url:
            if os.environ.get("CI"):
                pytest.fail("CI must provide PostgreSQL (PLANTRACE_TEST_PG_URL)")
            pytest.skip("PostgreSQL not configured (set PLANTRACE_TEST_PG_URL; .ci/run does)")
        s = Store(url)
        metadata.drop_all(s.engine)
        metadata.create_all(s.engine)
    yield s
    s.close()


@pytest.fixture
def store_url(store: Store) -> str:
    return store.url
