"""Shared test helpers: where the public benchmarks and the seed live (tests skip when absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_fd68e79a8582b43a.txt"
BENCHMARKS = SHARED / "benchmarks"


@pytest.fixture
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("the founding document is not in ../shared/seed")
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def pipeline():
    from brinkwatch import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """A real DuckDB store built once per test session from the demo corpus (plus a hostile page)."""
    from brinkwatch.api.testing import demo_store

    base = tmp_path_factory.getbasetemp() / "brinkwatch-serve"
    base.mkdir(exist_ok=True)
    return demo_store(base / "demo.duckdb")


@pytest.fixture(scope="session")
def server(demo_db):
    """A real uvicorn server over ``demo_db`` in a subprocess on a free loopback port."""
    from brinkwatch.api.testing import ServerProcess

    with ServerProcess(demo_db) as proc:
        yield proc
