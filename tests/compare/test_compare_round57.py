"""Round 57 (sets 233-238, scored blind at 27271ae, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms


def test_a_late_report_in_a_reporting_table_is_found():
    # I235-A05, I235-B01: the reporting table's "Đơn vị thực hiện" column ("UBND phường") was read as a recipient, so the
    # ward's report to the department (15/12 against 10/12; 25/6 against 15/6) counted as its own and was never compared
    (late,) = set_alarms("independent235", "A", "A05-my-hao.txt", "deadline_conflict")
    assert "15/12/2026" in late.message and "10/12/2026" in late.message
    (late,) = set_alarms("independent235", "B", "B01-cua-tung.txt", "deadline_conflict")
    assert "25/06/2026" in late.message


def test_the_provinces_review_a_report_serves_is_no_deadline_of_the_ward():
    # I235-A01 (faithful deadlines): "báo cáo trước ngày 20/6/2026 phục vụ sơ kết của tỉnh trong tháng 7/2026" was held
    # against the parent's half-year report due 20/6, as a July report
    assert set_alarms("independent235", "A", "A01-pho-hien.txt", "deadline_conflict") == []


def test_a_milestone_table_under_an_item_keeps_each_rows_months():
    # I236-A02 (faithful): the sơ kết of July in a milestone table read with the next row's December; I236-B03: a
    # schedule table's moved reviews (September, March 2027) were never read
    assert set_alarms("independent236", "A", "A02-cat-ngan.txt", "timeline_mismatch") == []
    moved = " ".join(f.message for f in set_alarms("independent236", "B", "B03-tu-ky.txt", "timeline_mismatch"))
    assert "tháng 9/2026" in moved and "tháng 3/2027" in moved


def test_criteria_for_support_in_a_prose_sentence_are_a_criteria_part():
    # I236-B01: "Cơ sở nuôi được xem xét hỗ trợ khi có quy mô từ 10 lồng ..." restates the parent's "TIÊU CHÍ CƠ SỞ NUÔI
    # ĐƯỢC XEM XÉT HỖ TRỢ"; the child was told it had no criteria part
    assert set_alarms("independent236", "B", "B01-chi-linh.txt", "missing_section") == []
    # ... but results "được xem xét khi bình xét thi đua" are no criteria (I62-B10 dropped them)
    assert set_alarms("independent62", "B", "B10-an-duong.txt", "missing_section")


def test_a_duty_to_designate_an_official_is_dropped_when_no_official_is_designated():
    # I235-A04: "Phân công 01 công chức theo dõi, cập nhật cơ sở dữ liệu hộ làm hương định kỳ hằng quý" partly covered
    # (0.31) by the ward's "xây dựng cơ sở dữ liệu hộ làm hương" and held at info; the ward designates no one
    (dropped,) = set_alarms("independent235", "A", "A04-tien-lu.txt", "unassigned_task")
    assert dropped.severity == "medium" and "công chức" in dropped.message
    # ... a ward naming its official ("Đồng chí ..., công chức Phòng Kinh tế: là đầu mối theo dõi ...") is faithful
    assert set_alarms("independent27", "B", "B01-nam-dan.txt", "unassigned_task") == []
