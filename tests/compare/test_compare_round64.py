"""Round 64 (sets 269-274, scored blind at 140056d, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

import pytest
from set_cases import set_alarms


@pytest.mark.parametrize(
    "set_name, side, child",
    [
        # "Cử viên chức tham gia tập huấn khám sàng lọc, trám bít, ART của tỉnh": a training of the province, however long
        # its name ("tập huấn" stood too far before "của tỉnh")
        ("independent271", "B", "B02-nong-tien.txt"),
        ("independent271", "B", "B09-ham-yen.txt"),
        # "tuyển dụng vào các doanh nghiệp tại Khu kinh tế Vũng Áng và các khu công nghiệp của tỉnh": its industrial parks
        ("independent272", "A", "A01-cam-xuyen.txt"),
        # "chia sẻ video, ấn phẩm song ngữ Việt - Anh của Thành phố": the materials it publishes
        ("independent274", "A", "A06-hoang-liet.txt"),
    ],
)
def test_the_provinces_trainings_parks_and_publications_are_no_residue(set_name, side, child):
    assert set_alarms(set_name, side, child, "locality_residue") == []


def test_a_count_the_province_states_before_its_share_is_a_copied_target():
    # I272-A09: the parent's "Toàn tỉnh đưa 12.000 người lao động ...; trong đó tối thiểu 45% ..." was passed over whole
    # for its rate, so the commune's "Đưa 12.000 người lao động ..." and "3.500 lượt ..." were not seen as copied
    (residue,) = set_alarms("independent272", "A", "A09-loc-ha.txt", "locality_residue")
    assert "12.000" in residue.message and "3.500" in residue.message


def test_a_closing_order_after_a_report_table_is_judged_alone():
    # I273-B10: "Yêu cầu các sở, ngành, địa phương triển khai ..." under the report table was joined to its rows, and
    # their reports up to the department excused it
    (residue,) = set_alarms("independent273", "B", "B10-hung-dao.txt", "locality_residue")
    assert "các sở, ngành" in residue.message


@pytest.mark.parametrize(
    "set_name, side, child, late, due",
    [
        # "Danh sách hộ, cơ sở sản xuất, nghệ nhân, thợ giỏi gửi Sở Công Thương trước ngày 10/4/2026": of the two things
        # the parent sends to that office, its line names the list's, not the dossiers'
        ("independent270", "A", "A03-viet-hoa.txt", "10/04/2026", "31/03/2026"),
        # "| 4 | Tổng hợp nhu cầu cây giống ...; gửi Sở Nông nghiệp và Môi trường | ... | Trước ngày 25/4/2026 |": the
        # parent's date words only the office ("gửi Sở ..."), so no act told the two sendings apart
        ("independent270", "B", "B03-tri-le.txt", "25/04/2026", "15/04/2026"),
        # "| Trước 25/5/2026 | Phiếu kiểm kê, danh sách nghệ nhân, đội bơi chải | ... | Sở Văn hóa, Thể thao và Du lịch |"
        # in a table with a "Nơi nhận" column: the row was read without its words
        ("independent273", "B", "B01-nam-trieu.txt", "25/05/2026", "15/05/2026"),
    ],
)
def test_late_sendings_in_lists_and_tables_are_held_against_the_parents(set_name, side, child, late, due):
    (conflict,) = set_alarms(set_name, side, child, "deadline_conflict")
    assert late in conflict.message and due in conflict.message


def test_a_bare_report_after_its_review_is_the_reviews_report():
    # I270-B10 (faithful): "| Tháng 6/2026 | Sơ kết 6 tháng; gửi báo cáo về Sở ... trước ngày 25/6/2026 |" was read as a
    # one-off report and held against the parent's list due 31/3
    assert set_alarms("independent270", "B", "B10-na-sam.txt", "deadline_conflict") == []


def test_a_phase_named_after_its_number_in_a_table_is_read():
    # I273-A08: "| Giai đoạn 1: Chuẩn bị | Tháng 3 đến hết tháng 5/2026 | ... |" was not read, so the ward's shifted phases
    # went unchecked
    mismatches = set_alarms("independent273", "A", "A08-hoa-vang.txt", "timeline_mismatch")
    assert any("giai đoạn 1" in m.message for m in mismatches)


def test_two_sendings_on_one_line_are_told_apart_by_their_own_words():
    # I270-B04: "...; rà soát, thống kê diện tích hồi ..., gửi Sở ... chậm nhất ngày 31/3/2026; tổng hợp nhu cầu cây giống
    # ... gửi Sở ... chậm nhất ngày 15/4/2026; ...": read from the line's start, the 15/4 list took the words of the 31/3
    # survey and was held against it
    assert set_alarms("independent270", "B", "B04-diem-he.txt", "deadline_conflict") == []

