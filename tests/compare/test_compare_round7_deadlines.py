"""Regression tests for round 7 (corpus/compare/independent6..10, tuning sets): deadline_conflict pairs two dates
only when they are the same obligation (same kind and period and, for tasks that are not reports or the issuing
of the plan, the same task by its words); a month-only date does not conflict with a day of that month; the
quarterly "ngày 20 của tháng cuối quý" and "theo quý và báo cáo tổng kết năm" are read (parser); a "sơ kết giai
đoạn 2026 - 2027" milestone is held in 2027, the end of the period it reviews (parser, timeline)."""

from __future__ import annotations

import sys
from pathlib import Path

from set_cases import deadline_findings as _deadline_findings

from plan_parser.compare import compare
from plan_parser.compare.checks.deadlines import _gap, same_task
from plan_parser.model import Deadline
from plan_parser.parse.deadline_kinds import classify
from plan_parser.parse.deadlines import find_deadlines
from plan_parser.parse.timeline import timeline_entry

ROOT = Path(__file__).resolve().parents[2]
COMPARE = ROOT / "corpus" / "compare"


def test_child_year_end_review_month_is_not_held_against_another_one_off_parent_task():
    # I10-B03: the ward's "tổng kết năm trong tháng 12/2026" against the province's "diễn tập trước 30/6/2026".
    findings = _deadline_findings(
        COMPARE / "independent10" / "B" / "parent.txt", COMPARE / "independent10" / "B" / "B03-bac-lieu.txt"
    )
    assert findings == []
    assert not same_task(
        Deadline(date="2026-12", what="tổng kết năm"), Deadline(date="2026-06-30", what="tổ chức diễn tập")
    )
    assert same_task(Deadline(date="2026-12", what="tổng kết năm"), Deadline(date="2026-12", what="tổng kết năm 2026"))


def test_month_only_child_date_does_not_conflict_with_a_day_of_the_same_month():
    # I7-A01: "tổng kết năm trong tháng 12/2026" is not later than "... trước ngày 15/12/2026".
    findings = _deadline_findings(
        COMPARE / "independent7" / "A" / "parent.txt", COMPARE / "independent7" / "A" / "A01-ea-sup.txt"
    )
    assert findings == []


def test_one_off_dates_of_different_tasks_are_not_compared_but_the_late_report_is():
    # I9-A04: "Xử lý ... trước 31/10/2026" is not the parent's "nạo vét ... trước 30/4/2026"; its yearly report
    # 10/12 after the parent's 05/12 still is a conflict.
    findings = _deadline_findings(
        COMPARE / "independent9" / "A" / "parent.txt", COMPARE / "independent9" / "A" / "A04-binh-thanh.txt"
    )
    assert [f.parent_evidence.pointer for f in findings] == ["/deadlines/5"]


def test_late_dated_year_report_is_still_found():
    # I10-B06: "báo cáo kết quả năm 2026 trước ngày 10/12/2026" after the parent's 30/11/2026.
    findings = _deadline_findings(
        COMPARE / "independent10" / "B" / "parent.txt", COMPARE / "independent10" / "B" / "B06-tan-thuan.txt"
    )
    assert len(findings) == 1 and "30/11/2026" in findings[0].message


def test_day_of_the_last_month_of_each_quarter_is_a_quarterly_deadline():
    found = find_deadlines("Báo cáo kết quả thực hiện hằng quý về Ủy ban nhân dân tỉnh trước ngày 20 của tháng cuối quý; "
                           "báo cáo kết quả thực hiện năm 2026 trước ngày 30/11/2026.")  # fmt: skip
    deadlines = [d for d, _, _ in found]
    classify(deadlines)
    assert [(d.date, d.period, d.kind) for d in deadlines] == [
        ("---20", "quarterly", "report"),
        ("2026-11-30", "once", "report"),
    ]
    late, due = Deadline(date="---25", recurring="quarterly"), Deadline(date="---20", recurring="quarterly")
    assert _gap(late, due, "quarterly") == 5
    assert _gap(late, Deadline(date="--03-20"), "quarterly") == 5  # a dated quarter-end
    assert _gap(late, Deadline(date="--04-20"), "quarterly") is None


def test_period_named_last_before_the_date_is_the_dates_period():
    # Parent 10-B: "báo cáo ... theo quý và báo cáo tổng kết năm trước ngày 15/12/2026" is the year's report.
    deadlines = [
        d
        for d, _, _ in find_deadlines(
            "Tổng hợp báo cáo Ủy ban nhân dân tỉnh theo quý và báo cáo tổng kết năm trước ngày 15/12/2026."
        )
    ]
    classify(deadlines)
    assert [d.period for d in deadlines] == ["once"]


def test_quy_dinh_and_a_named_quarter_do_not_make_a_date_quarterly():
    deadlines = [
        Deadline(date="--12-15", recurring="yearly", what="báo cáo kết quả theo quy định"),
        Deadline(date="2026-06-30", what="quý II xung kích, vật tư, diễn tập"),
    ]
    classify(deadlines)
    assert [d.period for d in deadlines] == ["yearly", "once"]


def test_review_of_a_named_period_is_held_at_its_end():
    # I10-A03: "Năm 2027: ...; sơ kết giai đoạn 2026 - 2027" is the 2027 review, not a 2026 one.
    entries = timeline_entry("Năm 2027: tiếp tục triển khai; sơ kết giai đoạn 2026 - 2027.")
    assert [(e.start, e.what) for e in entries] == [(2027, "tiếp tục triển khai"), (2027, "sơ kết giai đoạn 2026")]
    report = compare(COMPARE / "independent10" / "A" / "parent.txt", COMPARE / "independent10" / "A" / "A03-cua-lo.txt")
    assert not [f for f in report.findings if f.type.value == "timeline_mismatch"]


def test_yearless_deadline_key_resolves_to_a_dated_parent_deadline():
    # The annotators' key "deadline:--12-05" names the parent's 05/12/2026 (benchmarks/compare_independent.py).
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from compare_independent import key_pointers

    plan = type("P", (), {"deadlines": [Deadline(date="2026-06-10"), Deadline(date="2026-12-05")]})()
    assert key_pointers("deadline:--12-05", plan) == {"/deadlines/1"}
    assert key_pointers("deadline:--12-06", plan) == {"deadline:--12-06"}
