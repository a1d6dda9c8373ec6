"""Round 62 (sets 263-268, scored blind at a9042c6, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

import pytest
from set_cases import set_alarms


@pytest.mark.parametrize(
    "set_name, side, child",
    [
        # the parent's "MỤC TIÊU NĂM 2026" beside its "TIÊU CHÍ CÔNG NHẬN ..." part: the ward's "CHỈ TIÊU" are its targets,
        # and its only "tiêu chí" points to the province's ("bình xét vườn mai vàng kiểu mẫu theo tiêu chí của tỉnh")
        ("independent265", "B", "B04-an-nhon-bac.txt"),
        # "Đánh giá, phân hạng sản phẩm" (the OCOP ranking) and "công bố tiêu chuẩn cơ sở" (a product's standard) were read
        # as the ward's criteria
        ("independent264", "A", "A05-viet-hung.txt"),
    ],
)
def test_a_child_without_criteria_of_its_own_misses_the_criteria_part(set_name, side, child):
    (missing,) = set_alarms(set_name, side, child, "missing_section")
    assert "Tiêu chí" in missing.message


@pytest.mark.parametrize(
    "set_name, side, child, late, due",
    [
        # "| 10 | ...; lập cơ sở dữ liệu gửi Sở Công Thương | Phòng Kinh tế, Hạ tầng và Đô thị | Trưởng các khu phố | Trước
        # 15/4/2026 |": the bodies' cells were read as where it goes, so it answered no date of the parent
        ("independent263", "B", "B01-dong-nguyen.txt", "15/04/2026", "31/03/2026"),
        # "| Trước 05/12/2026 | Gửi BC tổng kết năm 2026 về Sở NN&MT |" in a lộ trình table: "BC" read as no report
        ("independent267", "A", "A09-tra-bong.txt", "05/12/2026", "30/11/2026"),
        # an annex row that sends a plan up: "| 6 | Xây dựng phương án tổ chức chợ hoa Xuân ...; gửi Sở Công Thương | ... |
        # Trước 10/12/2026 |" (only rows sending a report were read there)
        ("independent265", "B", "B09-tuy-phuoc-bac.txt", "10/12/2026", "30/11/2026"),
    ],
)
def test_dates_in_table_rows_are_held_against_the_parents(set_name, side, child, late, due):
    (conflict,) = set_alarms(set_name, side, child, "deadline_conflict")
    assert late in conflict.message and due in conflict.message


@pytest.mark.parametrize("child", ["A03-thien-truong.txt", "A04-nam-dong.txt", "A10-thanh-nam.txt"])
def test_the_provinces_procedures_and_requirements_are_no_residue(child):
    # 266-A: "áp dụng quy trình nấu phở chuẩn hóa của tỉnh", "báo cáo đúng yêu cầu của tỉnh"
    assert set_alarms("independent266", "A", child, "locality_residue") == []


def test_a_village_charter_duty_no_line_names_is_unassigned():
    # I263-A02: "Chỉ đạo các ấp, khóm đưa nội dung bảo vệ sếu ... vào hương ước, quy ước" partly covered (0.39) by the ward's
    # propaganda on cranes, while it writes "hương ước" and "quy ước" nowhere
    (unassigned,) = set_alarms("independent263", "A", "A02-tam-nong.txt", "unassigned_task")
    assert "hương ước, quy ước" in unassigned.message
    assert set_alarms("independent263", "A", "A01-tram-chim.txt", "unassigned_task") == []


def test_a_leader_and_an_official_as_focal_points_that_no_one_names_is_unassigned():
    # I266-A01: "Phân công 01 lãnh đạo Ủy ban nhân dân và 01 công chức văn hóa - xã hội làm đầu mối ..." (the officer rule
    # knew only "01 công chức / cán bộ" first)
    (unassigned,) = set_alarms("independent266", "A", "A01-nam-dinh.txt", "unassigned_task")
    assert "công chức" in unassigned.message
