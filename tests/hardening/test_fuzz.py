"""A bounded coverage-guided fuzzing run of the cleaners (atheris), as CI runs it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parents[2] / "fuzz"
SECONDS = int(os.environ.get("BRINKWATCH_FUZZ_SECONDS", "60"))


def test_fuzz_cleaners(tmp_path):
    pytest.importorskip("atheris")
    corpus = tmp_path / "corpus"
    shutil.copytree(FUZZ / "corpus", corpus)
    proc = subprocess.run(
        [sys.executable, str(FUZZ / "fuzz_cleaners.py"), f"-max_total_time={SECONDS}", "-runs=20000",
         "-rss_limit_mb=4096", f"-artifact_prefix={tmp_path}/", str(corpus)],
        capture_output=True, text=True, timeout=SECONDS + 240,
    )
    tail = "\n".join(proc.stderr.splitlines()[-25:])
    assert proc.returncode == 0, f"fuzzing found a failure:\n{tail}"
    assert "Done" in proc.stderr, tail
