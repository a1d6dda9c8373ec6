"""Round 10, unassigned_task (duty part): false alarms on set 15's traffic-safety plan (parent B)."""

from __future__ import annotations

from pathlib import Path

from plan_parser.compare import compare
from plan_parser.compare.discharge import undischarged_text

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "compare"
SET15_B = CORPUS / "independent15" / "B"
TITLES = ["Kế hoạch bảo đảm trật tự, an toàn giao thông giai đoạn 2026 - 2030"]


def _unassigned_above_info(child: str) -> set[str]:
    report = compare(SET15_B / "parent.txt", SET15_B / child)
    return {f.parent_evidence.pointer for f in report.findings
            if f.type.value == "unassigned_task" and f.severity != "info" and f.parent_evidence}  # fmt: skip


def test_regression_closing_instruction_run_on_into_the_last_duty_is_discharged():
    # The parent's closing paragraph "Yêu cầu các sở, ngành, ... nghiêm túc triển khai thực hiện Kế hoạch; trong quá
    # trình thực hiện, nếu có khó khăn, vướng mắc, ..." follows the last dash duty (the reports) without a break and was
    # read as part of it: the reports were discharged, the closing words were left to assign (0.31 on 4 faithful children).
    duty = ("Báo cáo kết quả thực hiện 6 tháng trước ngày 10 tháng 6 và báo cáo kết quả thực hiện năm trước ngày 05 tháng "
            "12 hằng năm về Công an tỉnh (qua Phòng Cảnh sát giao thông) để tổng hợp. Yêu cầu các sở, ngành, Ủy ban nhân "
            "dân các xã, phường nghiêm túc triển khai thực hiện Kế hoạch; trong quá trình thực hiện, nếu có khó khăn, "
            "vướng mắc, kịp thời phản ánh về Công an tỉnh để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.")  # fmt: skip
    assert undischarged_text(duty, TITLES) is None
    # An instruction to named bodies that is not about the plan stays a duty.
    strict = "Yêu cầu các cơ sở kinh doanh nghiêm túc chấp hành quy định về phòng cháy, chữa cháy."
    assert undischarged_text(strict, TITLES) == strict
    assert "/assignments/7/tasks/6" not in _unassigned_above_info("B04-bac-son.txt")


def test_regression_plan_for_the_period_and_yearly_plans_suited_to_the_ground_is_this_plan():
    # "Xây dựng kế hoạch thực hiện giai đoạn 2026 - 2030 và kế hoạch hằng năm phù hợp với đặc điểm địa bàn": the
    # yearly plans and "đặc điểm địa bàn" were read as another plan's topic (0.28-0.31 on 7 children of set 15 B).
    duty = "Xây dựng kế hoạch thực hiện giai đoạn 2026 - 2030 và kế hoạch hằng năm phù hợp với đặc điểm địa bàn."
    assert undischarged_text(duty, TITLES) is None
    # Another plan's topic is still a duty; so is a further act after the plan.
    assert undischarged_text("Xây dựng kế hoạch bảo tồn di sản văn hóa trên địa bàn.", TITLES) == "bảo tồn di sản văn hóa"
    assert undischarged_text("Xây dựng kế hoạch hằng năm, bố trí kinh phí theo phân cấp.", TITLES) == \
        "bố trí kinh phí theo phân cấp"  # fmt: skip
    assert _unassigned_above_info("B03-cao-loc.txt") == set()
    # The planted duty of B12 (road maintenance given to nobody) is still reported.
    assert "/assignments/7/tasks/3" in _unassigned_above_info("B12-na-sam.txt")
