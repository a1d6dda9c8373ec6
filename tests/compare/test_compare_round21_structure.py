"""Round 21 (sets 44-46, tuning since): a review held early in the next year, tasks that name their bodies where they
are listed (no "Tổ chức thực hiện" part), contents under "CÁC NHÓM GIẢI PHÁP"; each test can fail on the bug it names."""

from __future__ import annotations

from pathlib import Path

from plan_parser.compare import compare
from plan_parser.compare.bodies import opening_body
from plan_parser.parse.roles import heading_roles
from plan_parser.parse.timeline import timeline_entry

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "compare"


def _findings(parent_dir: Path, child: str, kind: str) -> list:
    report = compare((parent_dir / "parent.txt").read_text(), (parent_dir / child).read_text())
    return [f for f in report.findings if f.type.value == kind and f.severity != "info"]


def test_review_of_a_year_held_in_the_next_january_is_dated_when_held():
    # I46-A: "tổng kết công tác năm 2026 vào tháng 01 năm 2027" was read as a tổng kết in 2026, and every ward that held
    # it in January 2027 got a timeline_mismatch (8 false alarms).
    entries = timeline_entry("Giai đoạn 2 (từ tháng 7 đến hết tháng 12 năm 2026): tổ chức Hành trình Đỏ; tổng kết "
                             "công tác năm 2026 vào tháng 01 năm 2027.")  # fmt: skip
    review = [e for e in entries if e.what and e.what.startswith("tổng kết")]
    assert [(e.start, e.start_month) for e in review] == [(2027, 1)]
    # without a "vào ..." the year stays the review's own
    assert [(e.start, e.end_month) for e in timeline_entry("Tổng kết công tác năm 2026.")] == [(2026, None)]
    a46 = CORPUS / "independent46" / "A"
    assert _findings(a46, "A03-vinh-yen.txt", "timeline_mismatch") == []


def test_tasks_that_name_their_bodies_are_the_organisation():
    # I45-A04 "a) Chủ tịch UBND xã tiếp công dân ...", I45-B11 "- Phòng Văn hóa - Xã hội tuyên truyền ...", I46-B03 body
    # headings over "-" duties: no "Tổ chức thực hiện" heading, and "missing organisation" was raised on each.
    assert opening_body("b) Văn phòng HĐND và UBND xã tiếp nhận, xử lý đơn") is not None
    assert opening_body("- Phòng Kinh tế lấy ý kiến Nhân dân về dự thảo kế hoạch") is not None
    assert opening_body("1. Tiếp công dân: Chủ tịch UBND xã tiếp công dân định kỳ") is not None
    assert opening_body("- Tổ chức hội nghị sơ kết 6 tháng") is None
    assert opening_body("Phòng Văn hóa - Xã hội tuyên truyền") is None  # not a list item
    assert _findings(CORPUS / "independent45" / "A", "A04-cam-xuyen.txt", "missing_section") == []
    assert _findings(CORPUS / "independent46" / "B", "B03-khe-sanh.txt", "missing_section") == []
    # a planted missing organisation (the whole part dropped, I46-B09) is still found
    missing = _findings(CORPUS / "independent46" / "B", "B09-dong-hoi.txt", "missing_section")
    assert any("Tổ chức thực hiện" in f.message for f in missing)


def test_groups_of_solutions_are_contents_but_a_plans_supporting_solutions_are_not():
    # I44-B09 "C. CÁC NHÓM GIẢI PHÁP", I44-A12 "B. CÁC NHÓM CÔNG VIỆC": "missing Nội dung" on both. Seed 002 keeps
    # "IV. GIẢI PHÁP THỰC HIỆN" apart from its contents; "giải pháp" alone fuzzy-matches "giảm phát" (set 16 A).
    assert heading_roles("C. CÁC NHÓM GIẢI PHÁP") == ["contents"]
    assert heading_roles("B. CÁC NHÓM CÔNG VIỆC") == ["contents"]
    assert "contents" not in heading_roles("IV. GIẢI PHÁP THỰC HIỆN")
    assert heading_roles("Áp dụng quy trình kỹ thuật canh tác tiên tiến, giảm phát thải") == []
    assert _findings(CORPUS / "independent44" / "B", "B09-phieng-pan.txt", "missing_section")[0].message.find("khen") > 0
