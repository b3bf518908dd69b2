"""Regression guard on the public PLOVER GSR (skips when the benchmarks are absent)."""
from __future__ import annotations

import pytest

from brinkwatch.actors import evaluate


@pytest.mark.skipif(not evaluate.GSR.exists(), reason="benchmarks absent")
def test_gsr_country_and_sector_accuracy():
    result = evaluate.gsr()
    assert result["actors"] > 500
    assert result["country_acc"] >= 0.75
    assert result["sector_acc"] >= 0.75


def test_reference_keys_ignore_case_dots_and_hyphens():
    assert evaluate._key("Kim Jong-un") == evaluate._key("kim jong un")
    assert evaluate._key("U.S.") == "us"
    assert evaluate._key(None) == ""
