"""Round 14, unassigned_task and missing_section on sets 20-22: duties given by the number of the ward's own content
item, a duty's reporting half taken for the whole duty, a closing formula ending on "triển khai thực hiện.", and a
ward's targets ("CHỈ TIÊU") taken for the criteria the parent keeps apart."""

from __future__ import annotations

from set_cases import CORPUS
from set_cases import alarms_in as _found

from plan_parser.compare.align import duties_by_number
from plan_parser.compare.discharge import reports_cut
from plan_parser.compare.sides import load_side
from plan_parser.model import Document

SET20_A, SET21_A, SET22_A = (CORPUS / f"independent{n}" / "A" for n in (20, 21, 22))


def test_regression_organisation_paragraph_assigns_contents_by_number():
    # I20-A11: "Phòng Văn hóa - Xã hội chủ trì nội dung 1, 2, 4 và nội dung 5 ...; Phòng Kinh tế ... chủ trì nội dung
    # 3 và 7. ... Trạm Y tế phường thực hiện nội dung 6.": three parent duties were "given to no one".
    assert _found(SET20_A, "A11-long-tuyen.txt", "unassigned_task") == []


def test_duties_by_number_reads_lists_ranges_and_whole_part():
    text = ("II. NỘI DUNG\n1. Tuyên truyền pháp luật.\n2. Kiểm tra cơ sở.\n3. Thống kê tai nạn.\n4. Khám sức khỏe.\n"
            "III. TỔ CHỨC THỰC HIỆN\nPhòng Kinh tế chủ trì nhiệm vụ số 2 và 3. Trạm Y tế thực hiện nội dung 4. "
            "Công an xã thực hiện theo Nghị định số 12/2022/NĐ-CP.\nCác đoàn thể phối hợp các nội dung tại Mục II.\n")
    side = load_side(text)
    first = next(ln.number for ln in side.document.lines if ln.text.startswith("III."))
    duties = duties_by_number(side.items(), side.document, first)
    given = {(d.body, d.pointer) for d in duties}
    assert ("Phòng Kinh tế chủ trì", "/contents/1") in given and ("Phòng Kinh tế chủ trì", "/contents/2") in given
    assert ("Trạm Y tế thực hiện", "/contents/3") in given
    assert {p for b, p in given if b and b.startswith("Các đoàn thể")} == {f"/contents/{i}" for i in range(4)}
    # a decree's number and an item number past the list are not items
    assert not any(b and b.startswith("Công an") for b, _ in given)
    # a part other than the contents' is not its items
    other = text.replace("các nội dung tại Mục II", "các nội dung tại Mục III")
    side = load_side(other)
    assert not any((d.body or "").startswith("Các đoàn thể") for d in duties_by_number(side.items(), side.document, first))
    assert duties_by_number([], Document.from_text("x"), 1) == []


def test_regression_reporting_half_does_not_cover_the_duty():
    # I22-A06: "Tổ chức đánh giá, công nhận khu dân cư đạt tiêu chí tại Mục IV; báo cáo kết quả 6 tháng về Sở ... trước
    # ngày 15/6/2026 ..." - the ward kept only the reports (a tổ dân phố's report line scored 0.67: "covered").
    assert reports_cut("Tổ chức đánh giá, công nhận khu dân cư; báo cáo kết quả 6 tháng về Sở Nội vụ trước ngày 15/6/2026.")
    assert not reports_cut("Báo cáo kết quả 6 tháng về Sở Nội vụ trước ngày 15/6/2026.")  # nothing else left
    assert not reports_cut("Tổ chức đánh giá, công nhận khu dân cư đạt tiêu chí.")
    pointers = {f.parent_evidence.pointer for f in _found(SET22_A, "A06-hoankiem.txt", "unassigned_task")}
    assert "/assignments/7/tasks/5" in pointers


def test_regression_closing_formula_ending_on_the_act():
    # Set 22 A: "... trước ngày 05/12/2026. Yêu cầu các sở, ban, ngành Thành phố và Ủy ban nhân dân các xã, phường
    # nghiêm túc triển khai thực hiện." (no "Kế hoạch này") stayed in the wards' last duty.
    duties = load_side(SET22_A / "parent.txt").lower_level_duties()
    assert duties[-1].text.endswith("05/12/2026.") and all("Yêu cầu" not in d.text for d in duties)


def test_regression_targets_part_is_not_the_criteria_part():
    # I21-A09 (parent: "II. MỤC TIÊU" with "2. Chỉ tiêu cụ thể", "IV. TIÊU CHÍ HỢP TÁC XÃ KIỂU MỚI") and I22-A09 (parent:
    # "III. CHỈ TIÊU", "IV. TIÊU CHÍ ĐÁNH GIÁ KHU DÂN CƯ"; the child only points at "tiêu chí theo Kế hoạch số 18/KH-UBND"):
    # the child's "CHỈ TIÊU" part was read as the criteria.
    assert len(_found(SET21_A, "A09-xa-vinh-kim.txt", "missing_section")) == 1
    assert len(_found(SET22_A, "A09-socson.txt", "missing_section")) == 1
    # a child that states its own criteria beside its targets is not reported (I22-A12: "- Tiêu chí thôn ...")
    assert _found(SET22_A, "A12-phuctho.txt", "missing_section") == []
