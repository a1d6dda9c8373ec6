"""Round 25 (sets 65-76, tuning since): which child date answers a parent's dated task, the province's own meetings,
reporting tables read by their header, phases and reviews stated outside a timeline part, prose plans that give work
body by body, appendices after the signature, "a/" points, "Đơn vị thực hiện:" lines, and legitimate mentions of the
province. Each test can fail on the bug it names."""

from __future__ import annotations

from pathlib import Path

from set_cases import set_alarms

from plan_parser.compare.bodies import paragraph_body, role_line_body
from plan_parser.compare.sides import load_side
from plan_parser.parse.outline import classify

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "compare"


def test_a_list_sent_on_time_answers_the_parents_list_not_the_clean_up_that_shares_its_words():
    # I67-B: "gửi danh mục điểm tồn đọng về Sở ... trước 28/02" was held against the ward's "thu dọn dứt điểm các điểm
    # tồn đọng trước 30/6" (shared "điểm tồn đọng"); the ward's own "gửi danh mục về Sở ... 27/02" answers it.
    for child in ("B02-xa-gia-binh.txt", "B11-phuong-que-vo.txt"):
        assert set_alarms("independent67", "B", child, "deadline_conflict") == [], child


def test_the_provinces_own_meeting_binds_no_ward():
    # I75-A: "sơ kết công tác chuẩn bị tại phiên họp Ban Chỉ đạo thi tỉnh trước ngày 05/6" was held against every ward's
    # "công tác chuẩn bị hoàn thành trước ngày 09/6" (the end of the province's own preparation phase).
    for child in ("A07-ninh-chu.txt", "A10-dong-hai.txt"):
        assert set_alarms("independent75", "A", child, "deadline_conflict") == [], child


def test_a_task_restated_on_the_parents_date_answers_it():
    # I75-A02: the target "điểm thi được kiểm tra đủ điều kiện cơ sở vật chất, phòng cháy, chữa cháy trước 01/6" answers
    # the province's 01/6; a table row on water supply "trước 05/6" was held against it through "điểm thi".
    assert set_alarms("independent75", "A", "A02-tay-nha-trang.txt", "deadline_conflict") == []


def test_a_report_table_with_report_names_in_its_header_gives_reports():
    # I71-B11: "| Báo cáo | Đơn vị | Gửi đến | Thời hạn |" over "| 6 tháng | ... | Sở Nông nghiệp và Môi trường | Trước
    # 20/6 hằng năm |": read as a task with no kind, the late six-monthly report went unreported.
    side = load_side(CORPUS / "independent71" / "B" / "B11-hoi-hoan.txt")
    late = [d for d in side.plan.deadlines if d.date == "--06-20"]
    assert late and late[0].kind == "report" and late[0].period == "half-year"
    assert late[0].to == "Sở Nông nghiệp và Môi trường"
    assert len(set_alarms("independent71", "B", "B11-hoi-hoan.txt", "deadline_conflict")) == 1


def test_a_group_label_cell_does_not_hide_which_report_the_row_is():
    # I67-B12: "Báo cáo | Báo cáo sơ kết 6 tháng gửi Sở Xây dựng | ... | Trước 30/6/2026" was read as a one-off "Báo cáo".
    assert len(set_alarms("independent67", "B", "B12-phuong-da-mai.txt", "deadline_conflict")) == 1


def test_phases_and_reviews_written_where_the_work_is_listed_are_the_timeline():
    # I68-A06: "Giai đoạn 1 (từ tháng 02 đến tháng 6 năm 2026)" over its tasks and "- Sơ kết 6 tháng trong tháng 10 năm
    # 2026", with no timeline part: no timeline was read, and the contradiction went unreported.
    side = load_side(CORPUS / "independent68" / "A" / "A06-duc-tho.txt")
    assert [(t.label, t.start_month, t.end_month) for t in side.plan.timeline][:3] == [
        ("Giai đoạn 1", 2, 6), ("Giai đoạn 2", 7, 12), (None, 10, 10)]
    assert set_alarms("independent68", "A", "A06-duc-tho.txt", "timeline_mismatch")


def test_a_table_row_is_no_review_of_the_timeline():
    # I65-B03 (found while adding the reader above): a reporting-calendar row "... sơ kết 6 tháng trước 15/8/2026" joined
    # with the next row "Tổng kết | Tháng 12/2026 | ..." gave a review in December.
    assert set_alarms("independent65", "B", "B03-DiLinh.txt", "timeline_mismatch") == []


def test_a_narrative_lead_before_the_body_still_gives_the_work_to_it():
    assert paragraph_body("Một là, Phòng Văn hóa - Xã hội chủ trì rà soát, đánh giá thực trạng cơ sở vật chất.").startswith("phong van hoa")
    assert paragraph_body("Về giống, Phòng Kinh tế hướng dẫn hộ dân chỉ sử dụng giống từ cây trội.").startswith("phong kinh te")
    # I71-B03, I72-B08: prose plans reported as having no organisation part
    assert set_alarms("independent71", "B", "B03-that-khe.txt", "missing_section") == []


def test_an_assignment_appendix_after_the_signature_is_the_organisation():
    # I75-B10: "PHỤ LỤC PHÂN CÔNG NHIỆM VỤ" on one line after the signature
    assert set_alarms("independent75", "B", "B10-khao-mang.txt", "missing_section") == []


def test_slash_lettered_points_are_points():
    assert classify("a/ Trạm Y tế xã: thường trực; cung ứng phương tiện tránh thai.")[:2] == ("point", "a")
    # I76-A12: "7/ Tổ chức thực hiện" over "a/ Trạm Y tế xã: ..." read no assignment at all
    side = load_side(CORPUS / "independent76" / "A" / "A12-xa-ia-hrung.txt")
    assert len(side.plan.assignments) >= 5


def test_a_unit_line_under_a_task_card_names_its_body():
    line = "Đơn vị thực hiện: Công an phường chủ trì, tổ dân phố phối hợp; gửi danh sách về Công an thành phố."
    assert role_line_body(line).startswith("cong an phuong")
    assert role_line_body("Thời gian thực hiện: quý II/2026.") is None


def test_an_act_of_its_own_on_the_plans_topic_is_a_duty():
    # I76-B05: "Tổ chức ký cam kết an toàn phòng cháy, chữa cháy với 100% chủ nhà trọ" was discharged as doing the plan's
    # own topic (its title: an toàn phòng cháy, chữa cháy ... nhà trọ); the planted omission went unreported.
    alarms = set_alarms("independent76", "B", "B05-phuong-kien-an.txt", "unassigned_task")
    assert any(f.parent_evidence and "ký cam kết" in f.parent_evidence.quote for f in alarms)


def test_the_province_named_as_a_road_a_calendar_or_a_shared_system_is_no_residue():
    # "trên Tỉnh lộ 2" (I75-A05), "báo cáo đúng lịch của tỉnh" (I65-B11), "phần mềm ... thống nhất toàn tỉnh" (I74-B10)
    assert set_alarms("independent65", "B", "B11-DonDuong.txt", "locality_residue") == []
    assert set_alarms("independent74", "B", "B10-tra-vinh.txt", "locality_residue") == []
    residue = set_alarms("independent75", "A", "A05-khanh-vinh.txt", "locality_residue")
    assert not any("Tỉnh" in f.message for f in residue)
