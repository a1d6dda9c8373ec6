"""Round 17 (sets 27-28): what a plan must contain discharged by the plan, quán triệt chains, "Phần một" parts,
task tables as the organisation, results named as a criterion of other scoring."""

from __future__ import annotations

from plan_parser.compare.checks.sections import criteria_in_text
from plan_parser.compare.discharge import undischarged_text
from plan_parser.compare.sides import load_side, task_table_line
from plan_parser.parse.outline import classify

TITLES = ["Kế hoạch thực hiện Chương trình chăm sóc người cao tuổi"]


def test_plan_act_with_targets_to_fix_is_discharged_by_the_plan():
    # I28-A (every child): fixing the plan's own targets is done by writing the plan.
    duty = ("Xây dựng kế hoạch thực hiện giai đoạn 2026 - 2030 và hằng năm của địa phương, xác định chỉ tiêu cụ thể "
            "phù hợp với điều kiện thực tế; hoàn thành trước ngày 31/3/2026.")
    assert undischarged_text(duty, TITLES) is None
    assert undischarged_text(duty) is None
    family = "Xây dựng kế hoạch thực hiện, xác định cụ thể mục tiêu, nhiệm vụ, giải pháp, lộ trình phù hợp với thực tế."
    assert undischarged_text(family, TITLES) is None
    assert undischarged_text("Ban hành kế hoạch của xã, đề ra các chỉ tiêu sát thực tế.", TITLES) is None


def test_fixing_targets_without_a_plan_act_stays_a_duty():
    duty = "Xác định chỉ tiêu cụ thể phù hợp với điều kiện thực tế của từng thôn."
    assert undischarged_text(duty, TITLES) == duty
    # another plan's targets: still a duty
    assert undischarged_text("Xây dựng kế hoạch bảo tồn di sản, xác định chỉ tiêu cụ thể.", TITLES) is not None


def test_quan_triet_chain_passing_the_plan_down_is_procedural():
    # I27-A04 tasks/0
    duty = ("Xây dựng kế hoạch thực hiện trên địa bàn; tổ chức quán triệt, triển khai đến các thôn, bản, tổ dân phố, "
            "ban quản lý chợ và hộ kinh doanh.")
    assert undischarged_text(duty, TITLES) is None
    # a bare "triển khai đến <whom> <what>" has its own object
    own = "Triển khai đến người dân các biện pháp phòng cháy tại nhà ở."
    assert undischarged_text(own, TITLES) == own


def test_parts_numbered_by_cardinal_words_phan_mot():
    # I27-B04: "Phần một" ... "Phần bốn", the part's name on the next line (joined into one block)
    assert classify("Phần một")[:2] == ("section", "I")
    assert classify("Phần bốn")[:2] == ("section", "IV")
    assert classify("Phần một MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU")[:2] == ("section", "I")
    assert classify("Phần thứ hai")[:2] == ("section", "II")
    assert classify("PHẦN MỘT: MỤC ĐÍCH")[:2] == ("section", "I")
    # sentences that open with "Phần": not parts
    assert classify("Phần năm 2026 xã tổ chức tuyên truyền") is None
    assert classify("Phần lớn các hộ kinh doanh đã ký cam kết") is None


def test_phan_mot_plan_has_its_tasks_and_organisation():
    text = "\n".join([
        "ỦY BAN NHÂN DÂN", "XÃ ĐÔ LƯƠNG", "Số: 61/KH-UBND", "KẾ HOẠCH", "Phát triển thương mại điện tử",
        "Phần một", "MỤC ĐÍCH, YÊU CẦU", "I. Mục đích, yêu cầu", "Ứng dụng thương mại điện tử.",
        "Phần hai", "NHIỆM VỤ, GIẢI PHÁP", "1. Tuyên truyền về lợi ích của thương mại điện tử.", "2. Tập huấn kỹ năng bán hàng.",
        "Phần ba", "TỔ CHỨC THỰC HIỆN", "1. Phòng Kinh tế: rà soát, lập danh sách hợp tác xã.",
        "2. Phòng Văn hóa - Xã hội: tuyên truyền trên loa truyền thanh.",
    ])
    plan = load_side(text).plan
    roles = [n.role for n in plan.outline]
    assert "contents" in roles and "assignments" in roles
    assert len(plan.assignments) == 2


def test_task_table_with_body_column_is_the_organisation():
    # I27-A02: tasks in a pipe table "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |", no "Tổ chức thực hiện" part
    text = "\n".join([
        "ỦY BAN NHÂN DÂN", "PHƯỜNG CHIỀNG AN", "KẾ HOẠCH", "Phòng cháy, chữa cháy năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao trách nhiệm.", "II. NỘI DUNG THỰC HIỆN",
        "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |",
        "| 1 | Tuyên truyền kiến thức PCCC | Phòng Văn hóa - Xã hội | Công an phường | Cả năm |",
    ])
    side = load_side(text)
    assert task_table_line(side) is not None
    from plan_parser.compare.checks.sections import check
    from plan_parser.compare.core import CheckContext, CompareOptions

    parent = load_side("\n".join([
        "ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "KẾ HOẠCH", "Phòng cháy, chữa cháy năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao trách nhiệm.", "II. NỘI DUNG", "1. Tuyên truyền kiến thức PCCC.",
        "III. TỔ CHỨC THỰC HIỆN", "1. Ủy ban nhân dân các xã, phường", "Tổ chức tuyên truyền kiến thức PCCC.",
    ]))
    findings = check(parent, side, CheckContext(alignment=[], options=CompareOptions()))
    assert not any("Tổ chức thực hiện" in f.message for f in findings)
    no_table = load_side(text.replace("| Chủ trì | Phối hợp |", "| Ghi chú | Phối hợp |"))
    assert task_table_line(no_table) is None
    findings = check(parent, no_table, CheckContext(alignment=[], options=CompareOptions()))
    assert any("Tổ chức thực hiện" in f.message for f in findings)


def test_results_named_as_a_criterion_of_other_scoring_state_no_criterion():
    # I27-A12: the child's only "tiêu chí" is "Kết quả thực hiện là tiêu chí đánh giá thi đua ..."
    results = load_side("KẾ HOẠCH\nKết quả thực hiện là tiêu chí đánh giá thi đua năm 2026 của các tổ dân phố.")
    assert not criteria_in_text(results)
    own = load_side("KẾ HOẠCH\nTiêu chí đánh giá thi đua: có nội quy, biển báo; không để xảy ra cháy.")
    assert criteria_in_text(own)


def test_targets_on_a_topic_of_their_own_stay_a_duty():
    # tune B-15 (planted unassigned): the targets name a subject ("về cải cách thủ tục hành chính"): content to assign
    duty = ("Ban hành kế hoạch triển khai Phong trào thi đua, xác định chỉ tiêu cụ thể về cải cách thủ tục hành chính "
            "của địa phương.")
    assert undischarged_text(duty, TITLES) == "xác định chỉ tiêu cụ thể về cải cách thủ tục hành chính"
