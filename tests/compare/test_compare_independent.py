"""Regression guard on the independent evaluation set (corpus/compare/independent).

Two province parents and 24 ward/commune children written by hand by someone who did not read the
comparer's checks or its generator (see each case's "note"). The floors are what was measured when
the set was written minus 0.05, so the test fails when the comparer gets worse on plans it was not
tuned on; raise them when it gets better. Scoring: benchmarks/compare_independent.py (deadline
conflicts count only against the parent deadline they really break).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from plan_parser.model import SEVERITY_ORDER

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import compare_independent  # noqa: E402

# Floors: measured minus 0.05 (never lowered). First version of the set: missing_content P 0.56,
# citation 0.83, deadline P 0.03 R 0.25, timeline R 0.50, unassigned P 0.27, 15 faithful alarms.
# Since then the set has been the comparer's TUNING set (labs/compare/README.md): the fixes for its
# misses (deadline kinds and periods, phases by years, duties the plan discharges, distinctive word
# pairs, issuer cut at "phát động") were made looking at it, so these floors guard against
# regressions; the held-out measurement is corpus/compare/independent2.
FLOORS = {  # type: (precision floor, recall floor, measured tp)
    "missing_content": (0.95, 0.95, 5),
    "citation_mismatch": (0.95, 0.95, 5),
    "deadline_conflict": (0.95, 0.95, 4),
    "timeline_mismatch": (0.95, 0.95, 4),
    "unassigned_task": (0.95, 0.95, 4),
    "locality_residue": (0.95, 0.95, 4),
    "missing_section": (0.95, 0.95, 3),
}
FAITHFUL_FINDINGS_ABOVE_INFO = 0  # measured; the target is 0


@pytest.fixture(scope="module")
def evaluated():
    return compare_independent.evaluate()


@pytest.mark.parametrize("finding_type", compare_independent.TYPES)
def test_independent_set_precision_and_recall_do_not_regress(finding_type, evaluated):
    _, summary = evaluated
    precision_floor, recall_floor, measured_tp = FLOORS[finding_type]
    got = summary[finding_type]
    assert got["tp"] >= measured_tp - 1, got
    assert got["precision"] >= precision_floor, got
    assert got["recall"] >= recall_floor, got


def test_independent_set_faithful_children_do_not_get_more_alarms(evaluated):
    results, _ = evaluated
    faithful = [report for case, report, _ in results if case["faithful"]]
    assert len(faithful) == 6
    above = sum(1 for r in faithful for f in r.findings if SEVERITY_ORDER[f.severity] > SEVERITY_ORDER["info"])
    assert above <= FAITHFUL_FINDINGS_ABOVE_INFO
