"""Round 23 (sets 53-58, tuning since): six-monthly reports named before "báo cáo", reports on a launch, reports compiled
to be sent up, the province's own dates, a closing report with its review, the ward's own offices and commands as
recipients, the campaign's launch and accountability clauses, doing the plan's own topic, long names before "của thành
phố", plans in prose or with bracket tags, "Ai làm, khi nào xong", criteria spelled out in duties, a missing funding
part as advice. Each test can fail on the bug it names."""

from __future__ import annotations

from pathlib import Path

from set_cases import set_alarms

from plan_parser.compare import compare
from plan_parser.compare.bodies import duties_given_inline, paragraph_body
from plan_parser.compare.discharge import undischarged_text
from plan_parser.compare.sides import load_side
from plan_parser.parse.deadline_kinds import classify
from plan_parser.parse.deadlines import find_deadlines

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "compare"


def _deadlines(text: str):
    found = [d for d, _, _ in find_deadlines(text)]
    classify(found)
    return found


def test_a_six_monthly_report_named_before_bao_cao_is_six_monthly():
    # I56-B parent: "Định kỳ 6 tháng báo cáo kết quả thực hiện về Sở Xây dựng trước ngày 15/6 và báo cáo năm trước ngày
    # 05/12 hằng năm" read the 15/6 report as yearly; every ward's annual report was then late against 15/6 (23 alarms).
    first, second = _deadlines("Định kỳ 6 tháng báo cáo kết quả thực hiện về Sở Xây dựng trước ngày 15/6 và báo cáo năm "
                               "trước ngày 05/12 hằng năm để tổng hợp.")  # fmt: skip
    assert (first.date, first.period) == ("--06-15", "half-year")
    assert (second.date, second.period) == ("--12-05", "yearly")
    assert set_alarms("independent56", "B", "B02-thoi-lai.txt", "deadline_conflict") == []
    assert set_alarms("independent56", "B", "B08-hoa-luu.txt", "deadline_conflict")  # the planted 25/6


def test_a_report_on_the_launch_is_a_report_and_one_compiled_for_the_province_goes_up():
    (launch,) = _deadlines("Tổ trưởng báo cáo kết quả phát động trước ngày 02/6/2026.")
    assert launch.kind == "report"  # not "issue" (I56-A07, I56-A10)
    (compiled,) = _deadlines("Các đơn vị gửi báo cáo kết quả về Phòng Văn hóa - Xã hội trước ngày 08/12 hằng năm để tổng "
                             "hợp, báo cáo Sở Nông nghiệp và Môi trường.")  # fmt: skip
    assert compiled.to == "Phòng Văn hóa - Xã hội" and "báo cáo Sở Nông nghiệp" in compiled.what
    assert set_alarms("independent56", "A", "A07-nghi-son.txt", "deadline_conflict") == []


def test_the_provinces_own_dates_and_a_closing_report_with_its_review_bind_no_ward():
    # I54-A: "Tỉnh tổ chức tập huấn cho cán bộ cấp xã trước 15/9" and "báo cáo và tổng kết ... 31/12" (the parent's own
    # review is on 31/12) were held against the ward (9 alarms); the planted late preliminary report stays.
    assert set_alarms("independent54", "A", "A06-VungAng.txt", "deadline_conflict") == []
    assert set_alarms("independent54", "A", "A04-TranPhu.txt", "deadline_conflict") == []
    late = set_alarms("independent54", "A", "A12-NghiXuan.txt", "deadline_conflict")
    assert [f.parent_evidence.pointer for f in late] == ["/deadlines/11"]
    # a report to the ward's own military command is internal (I57-B04); one "về Bộ CHQS thành phố" goes up (I57-B07)
    assert set_alarms("independent57", "B", "B04-thuan-hoa.txt", "deadline_conflict") == []
    assert set_alarms("independent57", "B", "B07-phong-dien.txt", "deadline_conflict")


def test_launching_being_answerable_and_doing_the_plans_own_topic_are_no_duties():
    titles = ["Rà soát hộ nghèo, hộ cận nghèo năm 2026 trên địa bàn tỉnh Hà Tĩnh", "Tháng hành động vì trẻ em năm 2026"]
    rest = undischarged_text("Tổ chức rà soát đúng quy trình, thời gian; chủ trì họp dân, niêm yết công khai, giải quyết "
                             "kịp thời khiếu nại của người dân; chịu trách nhiệm trước Ủy ban nhân dân tỉnh về kết quả rà "
                             "soát trên địa bàn.", titles)  # fmt: skip
    assert rest is not None and rest.startswith("chủ trì họp dân") and "chịu trách nhiệm" not in rest
    assert undischarged_text("Xây dựng kế hoạch của địa phương trước ngày 20/5/2026; tổ chức phát động Tháng hành động "
                             "bảo đảm thiết thực, tiết kiệm.", titles) is None  # fmt: skip
    # another act on another object stays
    assert undischarged_text("Tổ chức rà soát cơ sở lưu trú, nhà trọ", titles) is not None
    # ... and a child's own launch ceremony is still its content (I56-A02 lost its content item 0 when it was not)
    missing = set_alarms("independent56", "A", "A02-sam-son.txt", "missing_content")
    assert "/contents/0" not in {f.parent_evidence.pointer for f in missing}


def test_a_database_of_the_city_is_no_residue():
    # I56-B: "cập nhật vào cơ sở dữ liệu kết cấu hạ tầng giao thông đường bộ của thành phố" on 9 of 12 children
    assert set_alarms("independent56", "B", "B02-thoi-lai.txt", "locality_residue") == []


def test_prose_plans_and_bracket_tags_give_their_tasks_bodies():
    # I55-B11 writes its organisation as prose paragraphs; I58-B05 tags each task "(Trạm Y tế phường)"; I53-A08 heads it
    # "3. Ai làm, khi nào xong": "missing Tổ chức thực hiện" on each.
    assert paragraph_body("Văn phòng HĐND và UBND xã công khai dự toán, quyết toán ngân sách xã tại trụ sở.") is not None
    assert paragraph_body("Ủy ban nhân dân xã giao Phòng Kinh tế tham mưu sửa đổi quy chế chi tiêu nội bộ.") is not None
    assert paragraph_body("Kế hoạch nhằm sử dụng tiết kiệm, hiệu quả ngân sách, tài sản.") is None
    assert duties_given_inline(load_side((CORPUS / "independent58" / "B" / "B05-long-an.txt").read_text()))
    for set_name, side, child in (("independent55", "B", "B11-hoa-phu.txt"), ("independent58", "B", "B05-long-an.txt"),
                                  ("independent53", "A", "A08-phuong-vung-tau.txt")):  # fmt: skip
        assert set_alarms(set_name, side, child, "missing_section") == [], child
    # the planted missing awards stay (I54-A09)
    assert set_alarms("independent54", "A", "A09-KyAnh.txt", "missing_section")


def test_criteria_spelled_out_in_a_bodys_duties_and_funding_as_advice():
    # I56-B06, I56-B11: "thi công đúng tiêu chí kỹ thuật của thành phố (mặt bê tông rộng tối thiểu 2,0 m ...)"
    assert set_alarms("independent56", "B", "B06-nhon-ai.txt", "missing_section") == []
    assert set_alarms("independent56", "B", "B09-tran-de.txt", "missing_section")  # planted: no targets, no criteria
    # I55-A04 has no funding line: reported, as advice
    parent_dir = CORPUS / "independent55" / "A"
    report = compare((parent_dir / "parent.txt").read_text(), (parent_dir / "A04-me-linh.txt").read_text())
    funding = [f for f in report.findings if f.type.value == "missing_section" and "Kinh phí" in f.message]
    assert [f.severity for f in funding] == ["info"]
