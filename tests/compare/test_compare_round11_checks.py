"""Regression tests for round 11 (corpus/compare/independent17-18, tuning sets since): locality_residue and
missing_section on new annotators' formats - a store the province keeps for all ("kho học liệu số dùng chung của
tỉnh") and work done for the province's ("phục vụ số hóa của tỉnh") are not residue; informal parts ("Những việc
cần làm", "Phân công" unlabelled, "Giao việc", "NHIỆM VỤ VÀ ĐƠN VỊ THỰC HIỆN") and criteria stated as the
condition a unit passes ("được đánh giá đạt khi ...") are read."""

from __future__ import annotations

from set_cases import CORPUS
from set_cases import alarms_in as _found

A17, B17 = CORPUS / "independent17" / "A", CORPUS / "independent17" / "B"
A18 = CORPUS / "independent18" / "A"


def _phrases(findings) -> set[str]:
    return {f.message.split("“")[1].split("”")[0] for f in findings}


def test_province_shared_store_and_work_for_the_province_are_not_residue():
    # "khai thác kho học liệu số dùng chung của tỉnh" (A01, A04, A10), "kho học liệu số của tỉnh" (A02)
    for child in ("A01-tan-ninh.txt", "A02-hoa-thanh.txt", "A04-long-an.txt", "A10-duong-minh-chau.txt"):
        assert _found(A17, child, "locality_residue") == [], child
    # "ghi hình làn điệu Xoan ..., phục vụ số hóa của tỉnh"
    assert _found(B17, "B03-lam-thao.txt", "locality_residue") == []
    # the planted scope phrases are still reported
    assert _phrases(_found(A17, "A06-tan-an.txt", "locality_residue")) >= {"trên địa bàn tỉnh", "toàn tỉnh"}
    assert "trên địa bàn tỉnh" in _phrases(_found(B17, "B04-vinh-yen.txt", "locality_residue"))


def test_unlabelled_plain_headings_name_the_parts():
    # "Những việc cần làm" and "Phân công" alone on their lines, no number or capitals
    assert _found(A17, "A11-tan-bien.txt", "missing_section") == []


def test_informal_part_names_and_pass_condition_criteria():
    # "2. Những việc xã sẽ làm", "5. Giao việc", "... được đánh giá đạt khi có quyết định thành lập ..."
    assert _found(B17, "B11-phu-ninh.txt", "missing_section") == []
    # "II. NHIỆM VỤ VÀ ĐƠN VỊ THỰC HIỆN": tasks with their bodies in parentheses are the organisation part
    assert _found(A18, "A08-nam-hong-linh.txt", "missing_section") == []


def test_planted_missing_parts_still_reported():
    # (the parent's "IV. TIÊU CHÍ ĐÁNH GIÁ" scores results, not emulation: the part is named "Tiêu chí")
    assert [f.message for f in _found(A17, "A10-duong-minh-chau.txt", "missing_section")] == [
        "Kế hoạch thiếu phần “Tiêu chí” mà kế hoạch cấp trên yêu cầu."
    ]
    assert [f.message for f in _found(B17, "B09-tam-nong.txt", "missing_section")] == [
        "Kế hoạch thiếu phần “Hình thức khen thưởng” mà kế hoạch cấp trên yêu cầu."
    ]


B17, B18 = CORPUS / "independent17" / "B", CORPUS / "independent18" / "B"


def test_slashed_table_cell_pairs_each_report_with_its_date():
    from plan_parser.parse.deadlines import find_deadlines

    row = "8 | Báo cáo sơ kết giai đoạn 1 / báo cáo tổng kết | Phòng Văn hóa - Xã hội | Các đơn vị | Trước 15/5/2028 / trước 15/9/2030"
    assert [(d.date, d.what) for d, _, _ in find_deadlines(row)] == [
        ("2028-05-15", "Báo cáo sơ kết giai đoạn 1"),
        ("2030-09-15", "báo cáo tổng kết"),
    ]
    # faithful pipe-table child: its tổng kết date is not held against the parent's sơ kết date
    assert _found(B17, "B05-hoa-binh.txt", "deadline_conflict") == []


def test_numbered_quarter_in_a_report_list_is_a_quarterly_report():
    from plan_parser.parse.deadline_kinds import period
    from plan_parser.parse.deadlines import find_deadlines

    text = ("d) Tổng hợp báo cáo gửi Sở Nông nghiệp và Môi trường: quý I trước ngày 13/3/2026; quý II trước ngày "
            "22/6/2026; báo cáo năm trước ngày 03/12/2026.")  # fmt: skip
    found = [d for d, _, _ in find_deadlines(text)]
    assert found[1].what == "báo cáo gửi Sở Nông nghiệp và Môi trường: quý II"
    assert [period(d) for d in found] == ["quarterly", "quarterly", "once"]
    # a quarter that names a task, not a report, stays a one-off date
    assert period(find_deadlines("Quý II: tổ chức diễn tập trước ngày 30/6/2026.")[0][0]) == "once"
    # the planted late quý II report (22/6 after the parent's quarterly 15/6) is reported
    found = _found(B18, "B11-thong-nong.txt", "deadline_conflict")
    assert len(found) == 1 and "22/06/2026" in found[0].message
