"""Regression tests for round 9 (corpus/compare/independent13-14, tuning sets): a child's one-off date is held
against a parent task only through the words of the task the date is set for (the task cell of a table row,
the words after an earlier date in the same phrase, the clause nearest the date); "cấp xã" is a level, not a
task; one-off milestones of the same kind (the preparation report and the final report of a season) are told
apart by their words before the earliest is taken."""

from __future__ import annotations

from pathlib import Path

from set_cases import deadline_findings as _deadline_findings

from plan_parser.compare.checks.deadlines import same_task, task_pairs
from plan_parser.model import Deadline

ROOT = Path(__file__).resolve().parents[2]
SET14 = ROOT / "corpus" / "compare" / "independent14"


def test_final_review_of_phase_two_is_not_held_against_the_phase_one_review():
    # I14-A07 (faithful): "Giai đoạn 2: 2029 - 2030, tổng kết ... trước 30/9/2030" shared "giai đoạn" with the
    # parent's "sơ kết giai đoạn 1 ở cấp xã trước 30/9/2028" (and "cấp xã" made I14-A01 etc. pair the same way).
    assert _deadline_findings(SET14 / "A" / "parent.txt", SET14 / "A" / "A07-thanhkhe.txt") == []
    review = Deadline(date="2030-09-30", what="Giai đoạn 2: 2029 - 2030, tổng kết")
    assert not same_task(review, Deadline(date="2028-09-30", what="tổ chức sơ kết giai đoạn 1 ở cấp xã"))
    assert same_task(review, Deadline(date="2030-09-30", what="tổ chức tổng kết ở cấp xã"))


def test_level_phrase_cap_xa_is_no_evidence_of_one_task():
    assert not same_task(
        Deadline(date="2027-01", what="diễn tập chữa cháy rừng cấp xã"),
        Deadline(date="2026-11-15", what="kiện toàn Ban Chỉ huy, phê duyệt phương án PCCCR cấp xã"),
    )


def test_task_table_row_bodies_are_not_the_task():
    # I14-B06: "8 | Rà soát, bảo dưỡng máy thổi gió ... | Các chủ rừng | Phòng Kinh tế | Trước 31/01/2027" paired
    # with the parent's "phê duyệt phương án PCCCR cấp xã và của chủ rừng trước 15/11/2026" by the body "chủ rừng".
    row = Deadline(date="2027-01-31", what="8 | Rà soát, bảo dưỡng máy thổi gió, máy bơm | Các chủ rừng | Phòng Kinh tế |")
    assert "chu rung" not in task_pairs(row)
    assert _deadline_findings(SET14 / "B" / "parent.txt", SET14 / "B" / "B06-dakdoa.txt") == []


def test_date_in_a_list_of_tasks_belongs_to_the_nearest_task():
    # I14-B10: "kiện toàn Ban Chỉ huy, phương án PCCCR, diễn tập 01 lần trong tháng 01/2027" is the drill's
    # date; "làm đường băng cản lửa xong trước 31/12/2026, đốt trước có kiểm soát" (second date) the burning's.
    drill = Deadline(date="2027-01", what="Lực lượng, canh gác: kiện toàn Ban Chỉ huy, phương án PCCCR, diễn tập 01 lần")
    assert task_pairs(drill) == {"dien tap", "tap lan"}
    burn = Deadline(date="2027-01-31", what="làm đường băng cản lửa xong trước 31/12/2026, đốt trước có kiểm soát")
    assert "duong bang" not in task_pairs(burn) and "kiem soat" in task_pairs(burn)
    assert _deadline_findings(SET14 / "B" / "parent.txt", SET14 / "B" / "B10-vinhthanh.txt") == []


def test_one_off_reports_are_paired_with_the_milestone_their_words_name():
    # I14-B04: "báo cáo tổng kết ... mùa khô trước 20/6/2027" is late against the final report (10/6/2027), not
    # against the preparation report (05/12/2026); I14-B11's late preparation report is still found.
    findings = _deadline_findings(SET14 / "B" / "parent.txt", SET14 / "B" / "B04-ankhe.txt")
    assert [f.parent_evidence.pointer for f in findings] == ["/deadlines/9"]
    findings = _deadline_findings(SET14 / "B" / "parent.txt", SET14 / "B" / "B11-sonlang.txt")
    assert [f.parent_evidence.pointer for f in findings] == ["/deadlines/7"]


def test_late_task_joined_by_va_keeps_its_date():
    # I14-B07: "hoàn thành đốt trước có kiểm soát và diễn tập chữa cháy trước ngày 28/02/2027" binds both tasks;
    # the parent's burning is due 31/01/2027.
    findings = _deadline_findings(SET14 / "B" / "parent.txt", SET14 / "B" / "B07-mangyang.txt")
    assert [f.parent_evidence.pointer for f in findings] in (["/deadlines/1"], ["/deadlines/4"])
