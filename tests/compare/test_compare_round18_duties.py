"""Round 18 (sets 29-32), unassigned_task: four parent duties flagged on nearly every child - the plan act listed with a
companion document ("xây dựng kế hoạch, phương án ..."), a basis before the act ("Căn cứ chỉ tiêu được giao, xây dựng
kế hoạch ..."), the ward's own steering committee ("...; kiện toàn Ban Chỉ đạo ... cấp xã") and a duty to choose
something in order to act on it ("Lựa chọn ít nhất 01 mô hình ... để tập trung xây dựng và nhân rộng")."""

from __future__ import annotations

from pathlib import Path

from plan_parser.compare import compare
from plan_parser.compare.discharge import issuer_own_act, undischarged_text, without_choice

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "compare"
TITLES = ["Phòng, chống hạn hán, thiếu nước và xâm nhập mặn mùa khô năm 2026 trên địa bàn tỉnh Khánh Hòa"]


def _unassigned(parent_dir: Path, child: str) -> set[str]:
    report = compare((parent_dir / "parent.txt").read_text(), (parent_dir / child).read_text())
    return {f.parent_evidence.pointer for f in report.findings
            if f.type.value == "unassigned_task" and f.severity in ("medium", "high")}  # fmt: skip


def test_plan_act_listed_with_a_companion_document_is_this_plan():
    duty = ("Xây dựng kế hoạch, phương án phòng, chống hạn hán, thiếu nước và xâm nhập mặn mùa khô năm 2026 của địa "
            "phương, hoàn thành trước ngày 31/01/2026.")  # fmt: skip
    assert undischarged_text(duty, TITLES) is None
    assert undischarged_text("Xây dựng kế hoạch và chương trình hành động phòng, chống hạn hán năm 2026.", TITLES) is None
    # another scheme's topic stays a duty
    other = "Xây dựng kế hoạch, phương án sơ tán dân khỏi vùng sạt lở đất."
    assert undischarged_text(other, TITLES) is not None


def test_basis_before_the_plan_act_asks_nothing():
    titles = ["Giải quyết việc làm, đưa người lao động đi làm việc ở nước ngoài theo hợp đồng giai đoạn 2026 - 2030"]
    duty = ("Căn cứ chỉ tiêu được giao, xây dựng kế hoạch giải quyết việc làm, đưa người lao động đi làm việc ở nước "
            "ngoài giai đoạn 2026 - 2030 và hằng năm của địa phương.")  # fmt: skip
    assert undischarged_text(duty, titles) is None
    # a basis before a substantive act leaves the act (and the duty) whole
    own = "Căn cứ kết quả rà soát, hỗ trợ vay vốn cho người lao động thuộc hộ nghèo."
    assert undischarged_text(own, titles) == own


def test_wards_own_steering_committee_needs_no_body():
    assert issuer_own_act("kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh")
    assert issuer_own_act("Kiện toàn Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ")  # I26-A tasks/0
    # a further act after it is work for a body (heldout D's planted duty)
    assert not issuer_own_act("Kiện toàn Ban Chỉ huy phòng, chống thiên tai cấp xã, phân công thành viên phụ trách "
                              "từng thôn, bản")  # fmt: skip
    assert not issuer_own_act("Kiện toàn đội xung kích phòng, chống thiên tai")


def test_choose_in_order_to_act_is_matched_as_the_act():
    duty = ("Lựa chọn ít nhất 01 mô hình kinh tế tuần hoàn điểm theo thế mạnh của địa phương (dừa, lúa hoặc thủy sản) "
            "để tập trung xây dựng và nhân rộng.")  # fmt: skip
    assert without_choice(duty) == "Xây dựng và nhân rộng mô hình kinh tế tuần hoàn điểm"
    plain = "Lựa chọn, đề nghị khen thưởng các tập thể có thành tích xuất sắc."
    assert without_choice(plain) == plain


def test_the_four_parent_duties_on_faithful_children():
    a30, a31 = CORPUS / "independent30" / "A", CORPUS / "independent31" / "A"
    b31, b32 = CORPUS / "independent31" / "B", CORPUS / "independent32" / "B"
    # (30-A's wards are its seventh body since round 41 read "Công ty TNHH ... Khai thác công trình thủy lợi" as one)
    assert "/assignments/6/tasks/0" not in _unassigned(a30, "A03-cam-lam.txt")
    assert "/assignments/5/tasks/0" not in _unassigned(a31, "A04-ha-hoa.txt")
    assert "/assignments/5/tasks/0" not in _unassigned(b31, "B02-tuy-hoa.txt")
    assert "/assignments/4/tasks/1" not in _unassigned(b32, "B01-mo-cay.txt")
    # the planted ones of the same parents are still reported
    assert _unassigned(a30, "A05-thuan-nam.txt") == {"/assignments/6/tasks/3"}
    assert _unassigned(a31, "A08-lam-thao.txt") == {"/assignments/5/tasks/5"}


def test_unread_assignment_part_not_hidden_by_the_wards_own_act():
    # I19-B12: all duties in one paragraph, none read; the committee found among the tasks must not hide that.
    assert _unassigned(CORPUS / "independent19" / "B", "B12-dong-a.txt") == set()
