"""The learned severity calibrator (plan_parser.compare.calibration, models/compare_calibrator.json)."""

from __future__ import annotations

import json

import pytest
from set_cases import CORPUS

from plan_parser.compare import CompareOptions, compare
from plan_parser.compare.calibration import ITEM_FEATURES, MODEL_PATH, Calibrator, PlanTexts, load_calibrator
from plan_parser.model import AlignedItem, AlignmentReport, Evidence, Finding, ItemRef, PlanRef

pytestmark = pytest.mark.calibrated


def test_shipped_model_reads_the_features_the_code_computes():
    # A feature added, removed or reordered without retraining would silently misweigh every alarm.
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["groups"]["item"]["features"] == list(ITEM_FEATURES)
    assert len(data["groups"]["item"]["coef"]) == len(ITEM_FEATURES)
    assert 0 < data["groups"]["item"]["threshold"] < 1
    assert load_calibrator() is not None


def _report(parent_item: str, child_text: str) -> tuple[AlignmentReport, PlanTexts]:
    item = ItemRef(kind="content", text=parent_item, index=0, pointer="/contents/0")
    finding = Finding(type="missing_content", severity="high", message="Nội dung chưa được cụ thể hóa",
                      parent_evidence=Evidence(quote=parent_item, pointer="/contents/0"))  # fmt: skip
    citation = Finding(type="citation_mismatch", severity="high", message="Không trích dẫn kế hoạch cấp trên")
    report = AlignmentReport(parent=PlanRef(), child=PlanRef(), coverage=0.0,
                             alignment=[AlignedItem(parent=item, score=0.1, verdict="not_covered")],
                             findings=[finding, citation])  # fmt: skip
    return report, PlanTexts(parent=parent_item, child=child_text)


def _calibrator(weight_on_trace: float) -> Calibrator:
    """A one-feature model: the confidence falls as the item's word pairs are found in the child."""
    names = list(ITEM_FEATURES)
    coef = [weight_on_trace if n == "bigram_trace" else 0.0 for n in names]
    return Calibrator.from_dict({"groups": {"item": {"features": names, "mean": [0.0] * len(names),
                                                     "scale": [1.0] * len(names), "coef": coef, "intercept": 2.0,
                                                     "threshold": 0.5}}})  # fmt: skip


def test_alarm_whose_words_are_all_in_the_child_becomes_info_with_its_confidence():
    report, texts = _report("Tuyên truyền phân loại rác tại nguồn", "Tổ dân phố tuyên truyền phân loại rác tại nguồn.")
    judged = _calibrator(-6.0).judge(report, texts)
    missing = next(f for f in judged.findings if f.type.value == "missing_content")
    assert missing.severity == "info" and missing.confidence == pytest.approx(0.018, abs=0.001)
    assert "độ tin cậy thấp" in missing.message
    # nothing lost, and a type the calibrator does not judge keeps its severity and has no confidence
    assert len(judged.findings) == 2
    citation = next(f for f in judged.findings if f.type.value == "citation_mismatch")
    assert citation.severity == "high" and citation.confidence is None
    assert judged.findings[0] is citation  # alarms first


def test_alarm_with_no_trace_in_the_child_stays_with_its_severity():
    report, texts = _report("Tuyên truyền phân loại rác tại nguồn", "Phường tổ chức tổng vệ sinh môi trường.")
    judged = _calibrator(-6.0).judge(report, texts)
    missing = next(f for f in judged.findings if f.type.value == "missing_content")
    assert missing.severity == "high" and missing.confidence == pytest.approx(0.881, abs=0.001)


# Blind set 43 (scored once before any tuning): the rules flagged the wards' first duty (build and carry out the
# plan, with its topic) on faithful children; the calibrator lowers it. The planted unassigned duty stays.
A43 = CORPUS / "independent43" / "A"


def test_false_unassigned_alarm_on_a_faithful_child_becomes_info():
    rules = compare(A43 / "parent.txt", A43 / "A01-my-thoi.txt", CompareOptions(calibrate=False))
    assert [f.parent_evidence.pointer for f in rules.alarms("unassigned_task")] == ["/assignments/5/tasks/0"]
    judged = compare(A43 / "parent.txt", A43 / "A01-my-thoi.txt")
    assert judged.alarms("unassigned_task") == []
    lowered = [
        f
        for f in judged.findings
        if f.type.value == "unassigned_task" and f.parent_evidence.pointer == "/assignments/5/tasks/0"
    ]
    assert lowered and lowered[0].severity == "info" and lowered[0].confidence < 0.35


def test_planted_unassigned_duty_stays_an_alarm():
    judged = compare(A43 / "parent.txt", A43 / "A06-thoai-son.txt")
    kept = judged.alarms("unassigned_task")
    assert [f.parent_evidence.pointer for f in kept] == ["/assignments/5/tasks/3"]
    assert kept[0].confidence > 0.9


def test_rules_alone_on_request():
    report = compare(A43 / "parent.txt", A43 / "A01-my-thoi.txt", CompareOptions(calibrate=False))
    assert all(f.confidence is None for f in report.findings)
