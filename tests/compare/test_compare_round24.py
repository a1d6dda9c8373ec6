"""Round 24 (sets 59-64, tuning since): "PHẦN THỨ NHẤT" over its heading in capitals, a purposes part that also holds
the targets, award conditions and aims that are no deadlines, the act nearest a date, reports to the ward, prose plans
and their criteria. Each test can fail on the bug it names."""

from __future__ import annotations

import sys
from pathlib import Path

from set_cases import set_alarms

from plan_parser.compare import compare
from plan_parser.compare.sides import load_side
from plan_parser.parse.deadline_kinds import classify
from plan_parser.parse.deadlines import find_deadlines

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "compare"
sys.path.insert(0, str(ROOT / "benchmarks"))
import compare_independent  # noqa: E402

PLAN = """ỦY BAN NHÂN DÂN
XÃ AN LÃO
Số: 19/KH-UBND
KẾ HOẠCH
Phát triển rừng trồng gỗ lớn năm 2026
PHẦN THỨ NHẤT
MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU
1. Phát triển rừng trồng gỗ lớn, nâng cao thu nhập cho người trồng rừng.
2. Chỉ tiêu đến năm 2030: rừng trồng gỗ lớn đạt 1.700 ha.
PHẦN THỨ HAI
NHIỆM VỤ, GIẢI PHÁP
1. Rà soát diện tích đất có khả năng trồng rừng gỗ lớn.
2. Tuyên truyền, tập huấn, xây dựng mô hình trình diễn.
PHẦN THỨ BA
TỔ CHỨC THỰC HIỆN
Phòng Kinh tế chủ trì, tham mưu thực hiện Kế hoạch.
"""


def test_parts_numbered_phan_thu_over_capitals_are_read():
    # I59-B09, I7-A05, I52-A04, I54-A08: "PHẦN THỨ NHẤT" on its line and the part's name in capitals on the next were
    # joined into one block that no label rule read: no part, no task, no organisation (and "MỤC ĐÍCH, YÊU CẦU VÀ CHỈ
    # TIÊU", a purposes part that holds the targets too, then crashed the parser with KeyError 'criteria').
    plan = load_side(PLAN).plan
    assert [s.label for s in plan.sections] == ["I", "II", "III"]
    assert [s.heading for s in plan.sections][1] == "NHIỆM VỤ, GIẢI PHÁP"
    assert len(plan.contents) == 2
    # the planted missing organisation of I59-B09 is found now that its parts are read
    assert set_alarms("independent59", "B", "B09-AnLao.txt", "missing_section")


def test_an_award_condition_or_an_aim_is_no_deadline():
    # I63-B parent: "khen thưởng các xã, phường hoàn thành số hóa ... trước ngày 31/10/2026" was held against every ward's
    # own 30/11 (10 alarms); a ward's "phấn đấu hoàn thành trước 31/10/2026" likewise.
    assert find_deadlines("Ủy ban nhân dân tỉnh khen thưởng các xã, phường hoàn thành số hóa và đồng bộ dữ liệu trước "
                          "ngày 31/10/2026 với chất lượng bảo đảm.") == []  # fmt: skip
    assert find_deadlines("Phấn đấu hoàn thành trước 31/10/2026 để đề nghị khen thưởng.") == []
    # submitting the award files by a date is a deadline
    assert find_deadlines("Gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ trước ngày 10/8/2026.")
    assert set_alarms("independent63", "B", "B06-my-hao.txt", "deadline_conflict") == []


def test_a_date_belongs_to_the_act_nearest_it():
    # I63-B12 "Tháng 01 - 02/2026 ban hành Kế hoạch, thành lập Tổ công tác, kiểm đếm, phân loại sổ (xong trước
    # 28/02/2026)": the 28/02 is the count's, not the plan's issue (against the province's 10/02).
    assert set_alarms("independent63", "B", "B12-tran-hung-dao.txt", "deadline_conflict") == []
    found = [d for d, _, _ in find_deadlines("Ban hành kế hoạch thực hiện trước ngày 10/02/2026.")]
    classify(found)
    assert found[0].kind == "issue"  # the plan's own issue date still is one


def test_a_report_key_names_the_report_of_that_day():
    # I61-A: the plan issued by 20/9 and a list reported by 20/9; the annotator's key "deadline:--09-20" is the report
    plan = load_side((CORPUS / "independent61" / "A" / "parent.txt").read_text()).plan
    pointers = compare_independent.key_pointers("deadline:--09-20", plan)
    assert pointers and all(plan.deadlines[int(p.rsplit("/", 1)[1])].kind == "report" for p in pointers)


def test_prose_plans_name_their_bodies_and_criteria():
    # I61-A05 "Về phân công: Văn phòng HĐND và UBND xã tham mưu ..." and "Xóm được xét là tiêu biểu khi ..."; I61-B06
    # gives work sentence by sentence ("... Phòng Kinh tế, Hạ tầng và Đô thị chủ trì rà soát ...") and "Vùng được chọn hỗ
    # trợ phải có quy mô tối thiểu 05 ha": "missing organisation" and "missing criteria" on both.
    assert set_alarms("independent61", "A", "A05-nguyenbinh.txt", "missing_section") == []
    assert set_alarms("independent61", "B", "B06-longkhanh.txt", "missing_section") == []


def test_prevention_and_movements_are_no_offices_and_upward_proposals_no_awards_part():
    # Review after 65-76: "phòng, chống thiên tai" on a wrapped line and "Phong trào thi đua ..." were taken for the office
    # "Phòng ...", so the English-OCR child planted with no organisation part (D-26) passed; a generated child with no
    # awards part that only proposes awards upward ("đề nghị cấp trên khen thưởng", tune A-25) passed too.
    from plan_parser.compare.bodies import opening_body, paragraph_body

    assert paragraph_body("phòng, chống thiên tai và thích ứng với biến đổi khí hậu giai đoạn 2025 - 2030;") is None
    assert opening_body("a) Phong trào thi đua phải được triển khai sâu rộng, đồng bộ đến tất cả các cấp") is None
    assert opening_body("1. Phòng Kinh tế: thường trực; thực hiện Nhiệm vụ 1, 3, 6; tổng hợp báo cáo.") == "phong kinh te"
    ocr = CORPUS / "ocr"
    report = compare((ocr / "heldout_D_parent.txt").read_text(), (ocr / "heldout_D_D-26-section-organisation.txt").read_text())
    assert any(f.type.value == "missing_section" and f.severity != "info" for f in report.findings)
    tune = CORPUS / "tune" / "A"
    report = compare((tune / "parent.txt").read_text(), (tune / "A-25-section-awards.txt").read_text())
    assert any(f.type.value == "missing_section" and "khen thưởng" in f.message and f.severity != "info" for f in report.findings)
