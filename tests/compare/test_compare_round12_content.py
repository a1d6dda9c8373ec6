"""Regression tests for round 12 (corpus/compare/independent19-20, tuning sets since): missing_content and
timeline_mismatch on new annotators' formats - an item that opens with the task's name and then gives only local
detail ("Tuyên truyền trên Đài truyền thanh xã, tại các buổi họp ấp ...") names the parent's task; "tổng kết, khen
thưởng, đề xuất nhiệm vụ năm 2027" reviews in the plan's year, 2027 is the next plan's."""

from __future__ import annotations

from set_cases import CORPUS
from set_cases import alarms_in as _found

from plan_parser.parse.timeline import timeline_entry

A19, A20 = CORPUS / "independent19" / "A", CORPUS / "independent20" / "A"


def test_item_opening_with_the_task_name_then_local_detail_covers_it():
    for child in ("A03-phong-dien.txt", "A09-thoi-lai.txt", "A12-co-do.txt"):
        missing = _found(A20, child, "missing_content")
        assert not any("Tuyên truyền, phổ biến" in f.message for f in missing), child


def test_next_plan_year_after_the_final_review_is_not_its_year():
    # The row is December 2026's (a table row's date before "|"), never 2027's.
    assert [e.start for e in timeline_entry("Tháng 12/2026 | Tổng kết, khen thưởng, đề xuất nhiệm vụ năm 2027")] in ([], [2026])
    assert [e.start for e in timeline_entry("Tổng kết, đánh giá vào năm 2030")] == [2030]
    for child in ("A01-xuan-huong.txt", "A09-lac-duong.txt"):
        assert _found(A19, child, "timeline_mismatch") == [], child
