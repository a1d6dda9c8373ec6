"""Fixtures for the comparer (imported by the test modules; not a conftest, so that `from conftest import` elsewhere stays unambiguous): the development set in corpus/compare and its scoring helpers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

LABS = Path(__file__).resolve().parents[2] / "labs" / "compare"
sys.path.insert(0, str(LABS))

import devset  # noqa: E402


@pytest.fixture(scope="session")
def dev():
    return devset


@pytest.fixture(scope="session")
def heldout_reports():
    """(case, report) for every held-out child, read as text and parsed (the real pipeline)."""
    from plan_parser.compare import CompareOptions, compare

    parents, out = {}, []
    for case in devset.load_cases("heldout"):
        parent = parents.setdefault(case["parent"], devset.side(case["parent"], "text"))
        # the rules alone (session-scoped: conftest's per-test switch comes too late here)
        out.append((case, compare(parent, devset.side(case["child"], "text"), CompareOptions(calibrate=False))))
    return out
