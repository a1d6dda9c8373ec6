"""Round 12, unassigned_task (duty part): false alarms on sets 19-20 (a closing formula run on to the last duty, a body's
heading line run on into its duty)."""

from __future__ import annotations

from pathlib import Path

from plan_parser.compare import compare
from plan_parser.compare.sides import load_side
from plan_parser.parse.assignments import body_run_in

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "compare"
SET19_B, SET20_B = CORPUS / "independent19" / "B", CORPUS / "independent20" / "B"


def _unassigned_above_info(folder: Path, child: str) -> set[str]:
    report = compare(folder / "parent.txt", folder / child)
    return {f.parent_evidence.pointer for f in report.findings
            if f.type.value == "unassigned_task" and f.severity != "info" and f.parent_evidence}  # fmt: skip


def test_regression_closing_formula_is_not_part_of_the_last_duty():
    # "... báo cáo tổng kết trước ngày 15/10/2030. Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường tổ chức
    # triển khai thực hiện nghiêm túc Kế hoạch này. Trong quá trình thực hiện, nếu có vướng mắc, ..." was one duty.
    duties = load_side(SET19_B / "parent.txt").lower_level_duties()
    last = next(d for d in duties if d.pointer == "/assignments/5/tasks/5")
    assert last.text.endswith("15/10/2030.") and "Yêu cầu" not in last.text
    assert all("vướng mắc" not in d.text for d in duties)
    assert "/assignments/5/tasks/5" not in _unassigned_above_info(SET19_B, "B06-gia-vien.txt")


def test_regression_body_heading_run_on_into_its_duty():
    # "8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội" + next line "Lồng ghép ..."
    # came as one paragraph, too long for a run-in name, so the Front's duty was appended to the wards' list.
    run_in = body_run_in("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội Lồng ghép "
                         "tuyên truyền trong các cuộc vận động; giám sát việc thực hiện Kế hoạch.")  # fmt: skip
    assert run_in is not None and run_in.body.endswith("chính trị - xã hội") and run_in.task.startswith("Lồng ghép")
    # Capitalised words inside a name stay the name.
    assert body_run_in("Ban Quản lý dự án xã chủ trì; lập hồ sơ công trình.").body == "Ban Quản lý dự án xã"
    side = load_side(SET20_B / "parent.txt")
    assert all("Lồng ghép tuyên truyền" not in d.text for d in side.lower_level_duties())
    assert _unassigned_above_info(SET20_B, "B02-dong-van.txt") == set()


def test_regression_run_in_section_label_ending_with_full_stop():
    # I19-B12: "2. Nội dung. Tập trung ...", "3. Tiêu chuẩn và khen thưởng. Bình xét ...", "5. Tổ chức thực hiện. Văn
    # phòng ...": five run-in paragraphs, each part named by a label closed with a full stop; three parts were "missing".
    report = compare(SET19_B / "parent.txt", SET19_B / "B12-dong-a.txt")
    assert [f for f in report.findings if f.type.value == "missing_section"] == []
