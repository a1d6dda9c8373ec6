"""Round 16, structure and duties on sets 25-26: plans written as articles ("Điều 1. Mục đích ... Điều 5. Tổ chức thực
hiện"), a task table with a body column that the organisation part refers to ("thực hiện nhiệm vụ được giao tại Mục
III"), officers given duties by post ("Công chức Văn hóa - Xã hội: ..."), and "Chỉ đạo điều tra, ..." read as the act
of surveying, not as directing a body named "điều tra"."""

from __future__ import annotations

from set_cases import CORPUS
from set_cases import alarms_in as _found

from plan_parser.compare.core import task_table_line
from plan_parser.compare.discharge import without_addressee
from plan_parser.compare.sides import load_side
from plan_parser.parse.outline import classify

SET25_B = CORPUS / "independent25" / "B"
SET26_A, SET26_B = (CORPUS / "independent26" / x for x in "AB")


_ARTICLES_PLAN = """ỦY BAN NHÂN DÂN
XÃ AN PHÚ
Số: 12/KH-UBND
An Phú, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống dịch bệnh trên địa bàn xã An Phú năm 2026
ĐIỀU 1: MỤC ĐÍCH, YÊU CẦU
Chủ động phòng, chống dịch bệnh, không để dịch lây lan trong cộng đồng.
Điều 2 - Nội dung thực hiện
1. Tuyên truyền các biện pháp phòng bệnh đến từng hộ gia đình.
2. Giám sát ca bệnh tại cộng đồng, xử lý ổ dịch kịp thời.
Điều 3. Tổ chức thực hiện
1. Trạm Y tế xã: chủ trì giám sát ca bệnh, xử lý ổ dịch.
2. Công chức Văn hóa - Xã hội: tuyên truyền đến từng hộ gia đình.
"""


def test_regression_articles_are_read_as_the_plans_parts():
    # I26-B06, I26-A11: "Điều 1 ... Điều 5/6" plans; their contents, organisation and awards were "missing".
    assert classify("Điều 2. Nhiệm vụ, giải pháp")[:2] == ("section", "II")
    assert classify("ĐIỀU 5: TỔ CHỨC THỰC HIỆN")[:2] == ("section", "V")
    assert classify("Điều 3 - Tiêu chí đánh giá, khen thưởng")[:2] == ("section", "III")
    plan = load_side(_ARTICLES_PLAN).plan
    assert [s.heading for s in plan.sections] == ["MỤC ĐÍCH, YÊU CẦU", "Nội dung thực hiện", "Tổ chức thực hiện"]
    assert len(plan.contents) == 2 and len(plan.assignments) == 2


def test_regression_article_citation_in_a_sentence_is_not_a_part():
    # A sentence that cites an article of a law is body text, not a heading.
    assert classify("Điều 5 Luật Đất đai năm 2024 quy định rõ trách nhiệm của Ủy ban nhân dân cấp xã.") is None
    assert classify("Điều 12. Theo quy định tại khoản 2, các xã thực hiện rà soát; báo cáo kết quả.") is None


def test_regression_article_plan_end_to_end():
    assert _found(SET26_B, "B06-go-vap.txt", "missing_section") == []
    assert [f.parent_evidence.pointer for f in _found(SET26_B, "B06-go-vap.txt", "missing_content")] == ["/contents/5"]
    assert _found(SET26_A, "A11-muong-lay.txt", "missing_section") == []


def test_regression_task_table_with_body_column_assigns_the_tasks():
    side = load_side("KẾ HOẠCH\nIII. NHIỆM VỤ\n| STT | Nội dung công việc | Đơn vị chủ trì | Thời gian |\n"
                     "| 1 | Rà soát hộ nghèo | Công chức Lao động | Quý I |\nIV. TỔ CHỨC THỰC HIỆN\nCác đơn vị thực hiện nhiệm vụ tại Mục III.\n")
    assert task_table_line(side) == 3
    no_body = load_side("KẾ HOẠCH\n| STT | Chỉ tiêu | Năm 2025 | Năm 2026 |\n| 1 | Hộ nghèo | 5% | 4% |\n")
    assert task_table_line(no_body) is None
    # I25-B05: "Nhiệm vụ trọng tâm" table with "Bộ phận thực hiện"; 4 duties were "given to no one".
    assert _found(SET25_B, "B05-cai-doi-vam.txt", "unassigned_task") == []


def test_regression_officer_by_post_is_a_body():
    plan = load_side(_ARTICLES_PLAN).plan
    assert [a.body for a in plan.assignments] == ["Trạm Y tế xã", "Công chức Văn hóa - Xã hội"]


def test_regression_directing_a_survey_is_the_survey():
    text = "Chỉ đạo điều tra, rà soát số liệu phổ cập giáo dục đến từng thôn, bản; lập danh sách người mù chữ."
    assert without_addressee(text) == text
    # a body named after "chỉ đạo" is still taken off
    assert without_addressee("Chỉ đạo trưởng thôn điều tra, lập danh sách người mù chữ để vận động ra lớp.").startswith("điều tra") is False
    assert without_addressee("Chỉ đạo trưởng thôn điều tra, lập danh sách người mù chữ để vận động ra lớp.").startswith("Điều tra")


def test_regression_compact_plan_survey_duty_is_assigned():
    # I26-A07: "Chỉ đạo điều tra, rà soát ..." lost its act "điều tra" and was unassigned (tasks/1).
    pointers = {f.parent_evidence.pointer for f in _found(SET26_A, "A07-sin-thau.txt", "unassigned_task")}
    assert "/assignments/5/tasks/1" not in pointers
