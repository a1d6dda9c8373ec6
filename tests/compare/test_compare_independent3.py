"""Regression guard on the third independent set (corpus/compare/independent3).

Two province parents (Ninh Bình 214 "Gia đình bình yên, không bạo lực", Cần Thơ 187 PCCC in residential
areas) and 24 ward/commune children written by a third annotator. Scored blind first (missing_content
P 0.50, citation_mismatch P 0.80, unassigned_task P 0.09 with 31 false alarms, missing_section R 0.75,
5/6 faithful children with "high" findings); round 3 made structural changes looking at it (procedural vs
substantive duties, asymmetric containment, issuer without the place name, the funding section), so it
is a TUNING set now (labs/compare/README.md) and these floors (measured minus 0.05) guard against
regressions only. missing_content is still short of the target here: three merged items score under the
containment threshold chosen on all tuning data together (see the README's table).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from plan_parser.model import SEVERITY_ORDER

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import compare_independent  # noqa: E402

CASES = Path(__file__).resolve().parents[2] / "corpus" / "compare" / "independent3" / "cases.jsonl"
FLOORS = {  # type: (precision floor, recall floor, measured tp); measured 1.00 / 1.00 except missing_content P 0.62
    "missing_content": (0.57, 0.95, 5),
    "citation_mismatch": (0.95, 0.95, 4),
    "deadline_conflict": (0.95, 0.95, 4),
    "timeline_mismatch": (0.95, 0.95, 3),
    "unassigned_task": (0.95, 0.95, 3),
    "locality_residue": (0.95, 0.95, 4),
    "missing_section": (0.95, 0.95, 4),
}
FAITHFUL_CHILDREN_ABOVE_INFO = 1  # measured (I3-A02: a merged item at containment 0.28); the target is 0


@pytest.fixture(scope="module")
def evaluated():
    return compare_independent.evaluate(CASES)


@pytest.mark.parametrize("finding_type", compare_independent.TYPES)
def test_independent3_precision_and_recall_do_not_regress(finding_type, evaluated):
    _, summary = evaluated
    precision_floor, recall_floor, measured_tp = FLOORS[finding_type]
    got = summary[finding_type]
    assert got["tp"] >= measured_tp - 1, got
    assert got["precision"] >= precision_floor, got
    assert got["recall"] >= recall_floor, got


def test_independent3_faithful_children_do_not_get_more_alarms(evaluated):
    results, _ = evaluated
    faithful = [report for case, report, _ in results if case["faithful"]]
    assert len(faithful) == 6
    alarmed = [r for r in faithful if any(SEVERITY_ORDER[f.severity] > SEVERITY_ORDER["info"] for f in r.findings)]
    assert len(alarmed) <= FAITHFUL_CHILDREN_ABOVE_INFO
    # No faithful child gets an unassigned_task or citation alarm any more (31 and 1 before round 3).
    kinds = {f.type.value for r in faithful for f in r.findings if SEVERITY_ORDER[f.severity] > SEVERITY_ORDER["info"]}
    assert kinds <= {"missing_content"}, kinds
