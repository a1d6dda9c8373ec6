"""Round 31 (sets 107-112, tuning since): neighbouring communes, a report's period after its office, a long issuer, and
the organisation merged into the tasks' heading. Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import CORPUS, set_alarms

from plan_parser.parse.parser import parse


def test_neighbouring_communes_are_not_residue():
    # I108-A: "quy chế phối hợp với các xã, phường giáp ranh" was the province's "các xã, phường" on three children.
    for child in ("A01-mong-duong.txt", "A02-ba-che.txt", "A06-ky-thuong.txt"):
        assert set_alarms("independent108", "A", child, "locality_residue") == [], child


def test_a_six_monthly_report_named_after_its_office_is_paired_as_one():
    # I108-A: the parent's "Báo cáo ... về Sở ... định kỳ 6 tháng trước ngày 15/6/2026" was a one-off report: a khu phố's
    # year-end report to the ward (A01) was held to it, and a late six-monthly report (A05, 20/6) passed.
    assert set_alarms("independent108", "A", "A01-mong-duong.txt", "deadline_conflict") == []
    late = set_alarms("independent108", "A", "A05-mao-khe.txt", "deadline_conflict")
    assert [f.parent_evidence.pointer for f in late] == ["/deadlines/4"]


def test_a_long_wrong_issuer_is_found():
    # I111-B03 (planted): the parent cited as issued by "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh
    # Ninh Bình" (16 words: dropped as too long to be a name).
    [wrong] = set_alarms("independent111", "B", "B03-KimSon.txt", "citation_mismatch")
    assert "Ngân hàng Chính sách" in wrong.message


def test_an_organisation_merged_into_the_tasks_heading_is_present():
    # I109-B12 (faithful): "THỨ HAI - NHIỆM VỤ, GIẢI PHÁP VÀ ĐƠN VỊ THỰC HIỆN", each task followed by "Thực hiện: ...".
    assert set_alarms("independent109", "B", "B12-chu-prong.txt", "missing_section") == []


def test_the_fronts_duty_is_not_the_wards():
    # I111-A: "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội thành phố phối hợp
    # ..." (21 words of name) was read as the wards' seventh duty, unassigned on a faithful child (A03).
    parent = parse((CORPUS / "independent111" / "A" / "parent.txt").read_text(encoding="utf-8"))
    assert parent.assignments[-1].body.startswith("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố")
    assert len(parent.assignments[-2].tasks) == 6
    assert set_alarms("independent111", "A", "A03-HoaVang.txt", "unassigned_task") == []
