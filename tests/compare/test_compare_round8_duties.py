"""Regression tests for round 8, unassigned_task (corpus/compare/independent11-12, tuning sets since): the child's
assignment part was not found, so every lower-level duty scored 0.00 - a tasks section that also assigns them
("3. Nhiệm vụ, giải pháp và phân công thực hiện", a task | chủ trì | phối hợp table), "VIII/ TỔ CHỨC THỰC HIỆN" and
"6. Tổ chức thực hiện" read by the parser with the role "assignments" but not by the heading pattern, an appendix
"PHỤ LỤC / PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH"; acts only the ward's own authority does ("đưa chỉ tiêu ... vào nghị
quyết, kế hoạch phát triển kinh tế - xã hội", "bố trí ngân sách xã") were looked for in the organisation section only;
one word pair shared by two clauses of a duty stood for both in AssignedInFewWords."""

from __future__ import annotations

from pathlib import Path

from plan_parser.compare import compare
from plan_parser.compare.checks import coverage
from plan_parser.compare.core import CheckContext, CompareOptions, organisation_line
from plan_parser.compare.discharge import issuer_own_act
from plan_parser.compare.sides import load_side
from plan_parser.model import AlignedItem, ItemRef, Match

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "compare"
A11, B11 = CORPUS / "independent11" / "A", CORPUS / "independent11" / "B"
A12, B12 = CORPUS / "independent12" / "A", CORPUS / "independent12" / "B"


def _unassigned(parent_dir: Path, child: str) -> set[str]:
    report = compare((parent_dir / "parent.txt").read_text(), (parent_dir / child).read_text())
    return {f.parent_evidence.pointer for f in report.findings
            if f.type.value == "unassigned_task" and f.severity in ("medium", "high")}  # fmt: skip


def _organisation_line(path: Path) -> int | None:
    return organisation_line(load_side(path.read_text()))


def test_tasks_section_that_assigns_them_is_the_organisation_part():
    # "3. Nhiệm vụ, giải pháp và phân công thực hiện" followed by a tab-separated task | chủ trì | phối hợp table.
    assert _organisation_line(A11 / "A04-van-don.txt") == 18
    assert _unassigned(A11, "A04-van-don.txt") == set()
    # Merged section with the body named inline per item ("II. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG").
    assert _unassigned(A11, "A05-co-to.txt") == set()


def test_tasks_section_that_assigns_them_comes_before_a_later_organisation_section():
    # "3. Nhiệm vụ, giải pháp và phân công thực hiện" ("(Chủ trì: Phòng Kinh tế)" per task), then "7. Tổ chức thực hiện"
    # naming only the standing office and the reports.
    assert _organisation_line(B12 / "B05-thuan-chau.txt") == 17
    assert _unassigned(B12, "B05-thuan-chau.txt") == set()


def test_organisation_heading_read_by_its_role_whatever_the_label():
    assert _organisation_line(A11 / "A08-uong-bi.txt") == 32  # "VIII/ TỔ CHỨC THỰC HIỆN"
    assert _organisation_line(A12 / "A05-phong-dien.txt") == 33  # "6. Tổ chức thực hiện" in a plan numbered 1., 2.
    assert _unassigned(A11, "A08-uong-bi.txt") == set()
    assert _unassigned(A12, "A11-phu-loc.txt") == set()  # "VII/ PHÂN CÔNG NHIỆM VỤ"


def test_appendix_that_assigns_the_tasks_is_the_organisation_part():
    assert _organisation_line(A11 / "A10-dam-ha.txt") == 39  # PHỤ LỤC / PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH
    assert _organisation_line(B11 / "B09-gia-binh.txt") == 35  # PHỤ LỤC / NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN
    assert _unassigned(A11, "A10-dam-ha.txt") == set()
    assert _unassigned(B11, "B09-gia-binh.txt") == set()


def test_acts_of_the_wards_own_authority_need_no_body():
    assert issuer_own_act("đưa chỉ tiêu phát triển người tham gia BHXH tự nguyện, BHYT vào nghị quyết, kế hoạch phát "
                          "triển kinh tế - xã hội hằng năm")  # fmt: skip
    # The ward's budget is not one (round 3: written as a task but given to no body, it is an unassigned duty).
    assert not issuer_own_act("Bố trí ngân sách xã, phường và huy động nguồn lực xã hội hóa để thực hiện phong trào")
    # Round 18: the bare "kiện toàn Ban Chỉ đạo" is the ward's own act too (its chairman's decision); with a further act
    # after it (heldout D: "..., phân công thành viên phụ trách từng thôn") a body must do that part.
    assert not issuer_own_act("Kiện toàn Ban Chỉ đạo cấp xã, phân công thành viên phụ trách từng thôn; đưa chỉ tiêu vào "
                              "nghị quyết của địa phương")  # fmt: skip
    assert not issuer_own_act("Kiểm tra, xử lý theo thẩm quyền các cơ sở vi phạm")
    # Written as the ward's own task ("1. Lãnh đạo, chỉ đạo: đưa chỉ tiêu ... vào Nghị quyết"), given to no department.
    for child in ("A02-cam-pha.txt", "A07-bai-chay.txt", "A12-ba-che.txt"):
        assert "/assignments/6/tasks/0" not in _unassigned(A11, child), child


def test_planted_unassigned_duties_are_still_reported():
    assert _unassigned(A11, "A06-binh-lieu.txt") == {"/assignments/6/tasks/1"}
    # Budget mentioned nowhere: still a duty no one receives.
    assert _unassigned(A12, "A05-phong-dien.txt") == {"/assignments/6/tasks/4"}


def test_pair_shared_by_two_clauses_gives_only_one_of_them():
    # "cơ sở" is in both clauses of "Kiểm tra, xử lý ... các cơ sở sản xuất, kinh doanh ... vi phạm; ngăn chặn cơ sở tái
    # chế nhựa tự phát": the table row "Hướng dẫn cơ sở sản xuất đồ gỗ ..." gives the first at most.
    assert _unassigned(B11, "B02-tu-son.txt") == {"/assignments/6/tasks/4"}


def _duty(pointer: str, score: float) -> AlignedItem:
    parent = ItemRef(kind="duty", text=f"Nhiệm vụ {pointer} của cấp xã", index=0, pointer=pointer)
    verdict = "covered" if score >= 0.5 else "not_covered"
    return AlignedItem(parent=parent, matches=[], score=score, verdict=verdict)


def _findings(alignment):
    parent = child = load_side((A11 / "A01-ha-long.txt").read_text())
    return coverage.check(parent, child, CheckContext(alignment=alignment, options=CompareOptions()))


def test_every_duty_at_zero_is_one_notice_not_an_alarm_each():
    discharged = AlignedItem(parent=ItemRef(kind="duty", text="Xây dựng kế hoạch", index=0, pointer="/assignments/6/tasks/0"),
                             matches=[Match(child=ItemRef(kind="other", text="Kế hoạch", index=0, pointer="/title"), score=1.0)],
                             score=1.0, verdict="covered")  # fmt: skip
    unread = [discharged] + [_duty(f"/assignments/6/tasks/{k}", 0.0) for k in range(1, 5)]
    findings = _findings(unread)
    assert {f.severity for f in findings} == {"info"}
    assert sum(f.parent_evidence is None for f in findings) == 1  # the one notice
    # One duty found, the others at zero: those are reported as usual.
    read = [discharged, _duty("/assignments/6/tasks/1", 0.8)] + [_duty(f"/assignments/6/tasks/{k}", 0.0) for k in range(2, 5)]
    assert {f.severity for f in _findings(read)} == {"high"}
    # Two duties only: too few to tell an unread part from two dropped duties.
    assert {f.severity for f in _findings([discharged] + [_duty(f"/assignments/6/tasks/{k}", 0.0) for k in (1, 2)])} == {"high"}
