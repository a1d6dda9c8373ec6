"""Round 65 (sets 275-280, scored blind at e3b76ba, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

import pytest
from set_cases import set_alarms


@pytest.mark.parametrize("child", ["A03-son-tien.txt", "A08-son-kim-1.txt"])
def test_a_duty_whose_dated_report_a_body_restates_is_given(child):
    # 278-A (faithful): "Giao Phòng Kinh tế chủ trì tham mưu; ...; báo cáo kết quả tiêm phòng đợt 1 về Sở ... (qua Chi cục
    # Chăn nuôi và Thú y) trước ngày 15/6/2026; ..." restates the duty's dated clause; the duty was unassigned, high
    assert set_alarms("independent278", "A", child, "unassigned_task") == []


def test_the_citys_mother_trees_are_no_residue():
    # I279-A04 (faithful): "hướng dẫn các hộ sử dụng cây giống nhân từ vườn cây đầu dòng của Thành phố"
    assert set_alarms("independent279", "A", "A04-xuan-dinh.txt", "locality_residue") == []


def test_a_bare_report_after_its_review_in_a_list_of_clauses_is_the_reviews_report():
    # I280-A10 (faithful): "| Giai đoạn 2 | ... | ...; sơ kết 6 tháng trong tháng 6/2026, gửi báo cáo về Sở Công Thương
    # trước 25/6/2026; ... |" was read as a one-off report and held against the parent's survey results due 20/3
    assert set_alarms("independent280", "A", "A10-bat-trang.txt", "deadline_conflict") == []


def test_a_tables_short_month_and_day_ranges_are_read():
    # I276-B05: "| Giai đoạn 1 | 01/4 - 31/7/2026 | ... |", "| Giai đoạn 2 | T8 - T11/2026 | ... |" were not read, so the
    # ward's phases, two months later than the province's, went unchecked
    mismatches = set_alarms("independent276", "B", "B05-tan-huong.txt", "timeline_mismatch")
    assert any("giai đoạn 1" in m.message for m in mismatches)
