"""The channel benchmark (benchmarks/compare_channels.py) moves each finding's parent pointer to the clean parse's
item it names. Regression: a phase and the review written on its line ("Giai đoạn 2 ...; sơ kết 6 tháng trong
tháng 6/2026") were tied, and the tie went to the later pointer, so a child with the same four timeline findings
through the scanner was scored as having two (I209-B12, I211-B08, I213-A08, I214-A09)."""

from __future__ import annotations

import sys
from pathlib import Path

from plan_parser.compare import compare
from plan_parser.compare.sides import load_side

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "corpus" / "compare" / "independent209" / "B"
sys.path.insert(0, str(ROOT / "benchmarks"))
import compare_channels


def _pointers(report) -> list[str | None]:
    return [f.parent_evidence.pointer if f.parent_evidence else None for f in report.findings]


def test_a_parent_read_the_same_keeps_every_pointer_of_a_phase_and_its_review():
    parent = load_side(SET / "parent.txt")
    report = compare(parent, SET / "B12-gia-hanh.txt")
    timeline = sorted(p for p in _pointers(report) if p and p.startswith("/timeline/"))
    assert timeline == ["/timeline/1", "/timeline/2", "/timeline/3", "/timeline/4"]
    moved = compare_channels.translated(report, parent.plan, parent.plan)
    assert _pointers(moved) == _pointers(report)
