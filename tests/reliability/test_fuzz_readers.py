"""Short coverage-guided fuzzing runs (atheris) of each reader: nothing but a PlanParserError may escape.

The CI budget is a few seconds per reader (about 30 s in all); the 10-minute runs per reader are made
outside the suite with `python benchmarks/fuzz_readers.py READER -max_total_time=600`. A crash leaves
its input as a crash-* file under the artifacts folder; the test prints where.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

atheris = pytest.importorskip("atheris", reason="atheris is in the dev extra")

ROOT = Path(__file__).resolve().parents[2]
HARNESS = ROOT / "benchmarks" / "fuzz_readers.py"
SECONDS = {"text": 3, "pdf": 5, "docx": 3, "image": 3, "detect": 5}  # ~20 s of fuzzing in all
RSS_BUDGET_MB = 2048  # what one reader may use on top of the process that starts it


@pytest.mark.parametrize("reader", sorted(SECONDS))
def test_reader_survives_a_short_fuzzing_run(reader, tmp_path):
    env = dict(os.environ, OMP_THREAD_LIMIT="1", PYTHONWARNINGS="ignore")
    # libFuzzer reads its peak RSS from getrusage, which a forked child inherits from this process and keeps across
    # exec: late in the whole suite pytest itself holds over 2 GB (the fresh check of 4d29269 failed every reader at
    # start-up), so the reader's 2 GB budget is counted on top of it.
    limit_mb = RSS_BUDGET_MB + resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    command = [sys.executable, str(HARNESS), reader, "--corpus", str(tmp_path / "corpus"), "--artifacts",
               str(tmp_path / "crashes"), f"-max_total_time={SECONDS[reader]}", "-timeout=30", f"-rss_limit_mb={limit_mb}",
               "-seed=1"]  # fmt: skip
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    crashes = sorted(p.name for p in (tmp_path / "crashes").glob("*"))
    assert proc.returncode == 0 and not crashes, f"{reader}: {crashes}\n{proc.stderr[-3000:]}"
    assert "Done" in proc.stderr and "Uncaught Python exception" not in proc.stderr


def test_harness_lists_every_reader():
    out = subprocess.run([sys.executable, str(HARNESS), "--list"], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["text", "pdf", "docx", "image", "detect"]
