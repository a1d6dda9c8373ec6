"""Round 28 (sets 89-94, tuning since): plans that give every task its body in a layout the organisation check did not
know were reported without a "Tổ chức thực hiện" part ("high"). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms

from plan_parser.compare.bodies import opening_body, role_line_body


def test_task_cards_with_a_person_in_charge_line_have_an_organisation():
    # I91-A11: "Nhiệm vụ 1: ..." each followed by "Người thực hiện: Phòng Văn hóa - Xã hội, ... Thời gian: ...".
    assert role_line_body("Người thực hiện: Công an xã, trưởng thôn. Thời gian: thường xuyên.") == "cong an xa"
    assert set_alarms("independent91", "A", "A11-khang-chien.txt", "missing_section") == []


def test_numbered_paragraphs_with_a_run_in_title_name_their_bodies():
    # I92-B03: "4. Rà soát, lập danh sách. Công an xã phối hợp Phòng Văn hóa - Xã hội khai thác ..." (13 paragraphs).
    assert opening_body("4. Rà soát, lập danh sách. Công an xã phối hợp Phòng Văn hóa - Xã hội khai thác dữ liệu.") == "cong an xa"
    # a sentence after a title that opens with no body names none
    assert opening_body("10. Thời gian. Từ tháng 4 đến tháng 11/2026 triển khai các giải pháp.") is None
    assert set_alarms("independent92", "B", "B03-krong-pac.txt", "missing_section") == []


def test_a_prose_paragraph_opened_by_ve_to_chuc_thuc_hien_is_the_organisation():
    # I92-A08: "Về tổ chức thực hiện, Ban Chỉ huy quân sự phường là cơ quan thường trực, ..." in a plan of paragraphs.
    assert set_alarms("independent92", "A", "A08-quang-tri.txt", "missing_section") == []


def test_a_plan_that_drops_its_organisation_is_still_reported():
    # I84-B08 (planted: no organisation part, its duties nowhere) stays an alarm.
    assert len(set_alarms("independent84", "B", "B08-thuan-chau.txt", "missing_section")) == 1
