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
