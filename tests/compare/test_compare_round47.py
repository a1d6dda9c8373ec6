"""Round 47 (sets 167-172, scored blind at 5bf6433, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import CORPUS, set_alarms

from plan_parser.compare.sides import load_side, table_headers, what_cells


def test_a_list_dated_only_by_where_it_goes_answers_the_parents_list():
    # I167-A12, I171-B07 (planted): "...; lập danh sách, tham mưu Ủy ban nhân dân xã gửi Sở Công Thương trước ngày 10/4/2026"
    # against the parent's list "gửi về Sở Công Thương trước ngày 31/3/2026": the ward's date says only where it goes,
    # and was paired with nothing
    late = set_alarms("independent171", "B", "B07-huu-lung.txt", "deadline_conflict")
    assert [f.child_evidence.line for f in late] == [21]
    assert set_alarms("independent167", "A", "A12-ham-thang.txt", "deadline_conflict")


def test_a_date_for_this_year_and_every_year_is_one_conflict():
    # I168-A01 (planted): "trước ngày 10/12/2026 (các năm tiếp theo trước ngày 10/12 hằng năm)" against the parent's
    # likewise gave two findings on one phrase; the one kept is stated for every year
    late = set_alarms("independent168", "A", "A01-long-xuyen.txt", "deadline_conflict")
    assert len(late) == 1 and "hằng năm" in late[0].message


def test_the_wards_producers_supplying_the_province_are_no_residue():
    # I170-A11 (faithful): "cơ sở sản xuất giống ... cung ứng giống cho toàn tỉnh"
    assert set_alarms("independent170", "A", "A11-yen-bai.txt", "locality_residue") == []


def test_funding_given_in_the_wards_words_gives_the_funding_duty():
    # I172-A01 (faithful): "bố trí ngân sách xã và lồng ghép các nguồn vốn" given as "Bố trí kinh phí, hướng dẫn thanh
    # quyết toán | Phòng Kinh tế, Hạ tầng và Đô thị"; I54-A08: "Công chức Tài chính - Kế toán: bố trí, quyết toán kinh phí"
    assert set_alarms("independent172", "A", "A01-phan-dinh-phung.txt", "unassigned_task") == []
    assert set_alarms("independent54", "A", "A08-BacHongLinh.txt", "unassigned_task") == []


def test_a_table_rows_partner_cell_gives_no_task():
    # I172-B11 (planted: "Tổ chức đối thoại giữa doanh nghiệp khai thác đá và người dân ...; giải quyết kiến nghị về bồi
    # thường thiệt hại do nổ mìn, bụi" given to nobody): the blasting row's partner cell "Doanh nghiệp khai thác" gave it
    row = "| 2 | Nổ mìn vi sai, thông báo giờ nổ mìn; phun sương | Phòng Kinh tế | Doanh nghiệp khai thác | Thường xuyên |"
    header = ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]
    assert what_cells(row, header) == "Nổ mìn vi sai, thông báo giờ nổ mìn; phun sương"
    # a row under no known header is kept whole
    assert what_cells(row, None) == row
    child = load_side(CORPUS / "independent172" / "B" / "B11-khe-sanh.txt")
    headers = table_headers(child.document)
    assert headers and all(h == header for h in headers.values())
    assert set_alarms("independent172", "B", "B11-khe-sanh.txt", "unassigned_task")
