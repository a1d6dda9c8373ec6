"""Regression tests for the misses the independent set exposed (corpus/compare/independent), on hand-built plans.

Each test names the case that showed the bug: deadlines paired by date instead of by kind and period
(E03, F01), phases named by years only (F07), a duty the ward plan discharges by existing (E01-E12),
a content item rewritten in few words (F02, F06).
"""

from __future__ import annotations

from plan_parser.compare import compare
from plan_parser.compare.checks.deadlines import kind, period
from plan_parser.compare.discharge import undischarged_text
from plan_parser.model import Assignment, Deadline, Plan

TRAFFIC = [
    "Đẩy mạnh tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông trong khu dân cư.",
    "Tăng cường giáo dục an toàn giao thông trong trường học; vận động phụ huynh không giao xe cho học sinh chưa đủ tuổi.",
    "Phát triển vận tải hành khách công cộng, hạn chế ùn tắc ở khu vực trung tâm; tổ chức phân luồng, điều tiết giao thông vào giờ cao điểm, dịp lễ, Tết.",
    "Nâng cao năng lực cứu hộ, cứu nạn, sơ cứu, cấp cứu người bị tai nạn giao thông.",
]  # fmt: skip


def city(**extra) -> Plan:
    base = dict(doc_type="Kế hoạch", number="305/KH-UBND", date="2025-07-25", issuer="Ủy ban nhân dân thành phố Cần Thơ",
                issuer_level="province", contents=TRAFFIC,
                deadlines=[Deadline(date="2025-08-30", what="ban hành kế hoạch thực hiện"),
                           Deadline(date="--06-15", recurring="yearly", what="Báo cáo kết quả thực hiện 06 tháng"),
                           Deadline(date="--12-05", recurring="yearly",
                                    what="Báo cáo kết quả thực hiện 06 tháng trước ngày 15/6 và báo cáo năm")],
                assignments=[Assignment(body="Ủy ban nhân dân các xã, phường", role="thực hiện", tasks=[
                    "Xây dựng kế hoạch, phát động Phong trào thi đua tại địa phương, hoàn thành trong tháng 9/2025.",
                    "Quản lý chặt chẽ bến khách ngang sông; yêu cầu chủ bến trang bị đủ áo phao."])])  # fmt: skip
    base.update(extra)
    return Plan(**base)


def ward(**extra) -> Plan:
    base = dict(doc_type="Kế hoạch", number="20/KH-UBND", issuer="Ủy ban nhân dân phường Ninh Kiều", issuer_level="commune",
                bases=[{"doc_type": "Kế hoạch", "number": "305/KH-UBND", "date": "2025-07-25",
                        "issuer": "Ủy ban nhân dân thành phố Cần Thơ"}],
                contents=[c.replace("khu vực trung tâm", "trung tâm phường") for c in TRAFFIC],
                deadlines=[Deadline(date="2025-08", what="ban hành kế hoạch"),
                           Deadline(date="--06-15", recurring="yearly", what="báo cáo kết quả 06 tháng"),
                           Deadline(date="--12-05", recurring="yearly", what="báo cáo kết quả 06 tháng trước ngày 15/6 và kết quả năm")],
                assignments=[Assignment(body="Công an phường", role="chủ trì", tasks=[
                    "Quản lý chặt chẽ bến khách ngang sông trên địa bàn phường; yêu cầu chủ bến trang bị đủ áo phao."])])  # fmt: skip
    base.update(extra)
    return Plan(**base)


def above_info(report) -> list[tuple[str, str | None]]:
    return sorted((f.type.value, f.parent_evidence.pointer if f.parent_evidence else None)
                  for f in report.findings if f.severity != "info")  # fmt: skip


def test_faithful_ward_of_the_city_plan_has_no_alarm():
    assert above_info(compare(city(), ward())) == []


def test_deadline_kind_and_period_come_from_the_words_after_the_earlier_date():
    yearly = Deadline(date="--12-05", recurring="yearly", what="Báo cáo 06 tháng trước ngày 15/6 và báo cáo năm")
    assert (kind(yearly), period(yearly)) == ("report", "yearly")
    assert period(Deadline(date="--06-15", recurring="yearly", what="báo cáo kết quả 06 tháng")) == "half-year"
    assert (kind(Deadline(date="2025-09", what="ban hành kế hoạch và phát động Phong trào thi đua"))) == "issue"


def test_regression_yearly_report_is_not_held_against_the_plan_issuing_date():
    # E03/F01: "08/12 hằng năm" was compared with "trong tháng 9/2025" and "30/8/2025" (issuing the plan).
    late_issue_parent = city(deadlines=[Deadline(date="2025-09", what="ban hành kế hoạch"),
                                        Deadline(date="--12-10", recurring="yearly", what="báo cáo kết quả")])  # fmt: skip
    child = ward(deadlines=[Deadline(date="--12-08", recurring="yearly", what="báo cáo kết quả")])
    assert above_info(compare(late_issue_parent, child)) == []
    child = ward(deadlines=[Deadline(date="--12-15", recurring="yearly", what="báo cáo kết quả")])
    assert above_info(compare(late_issue_parent, child)) == [("deadline_conflict", "/deadlines/1")]


def test_regression_six_monthly_report_is_paired_with_the_six_monthly_one():
    # F06: a late six-monthly report (20/6) is a conflict with the parent's 15/6, the yearly 05/12 is not.
    child = ward(deadlines=[Deadline(date="--06-20", recurring="yearly", what="báo cáo kết quả 06 tháng"),
                            Deadline(date="--12-05", recurring="yearly", what="báo cáo 06 tháng trước ngày 20/6 và kết quả năm")])  # fmt: skip
    assert above_info(compare(city(), child)) == [("deadline_conflict", "/deadlines/1")]


def test_regression_phases_named_by_years_are_compared_by_years():
    # F07: the parent's "Giai đoạn 2025 - 2026: ..." phases were not parsed; phases are matched by years.
    phases = [{"label": "Giai đoạn", "start": 2025, "end": 2026}, {"label": "Giai đoạn", "start": 2027, "end": 2030},
              {"start": 2027, "end": 2027, "what": "sơ kết"}]  # fmt: skip
    same = [{"start": 2025, "end": 2026, "what": "ban hành"}, {"label": "Giai đoạn", "start": 2027, "end": 2030},
            {"start": 2027, "end": 2027, "what": "sơ kết"}]  # fmt: skip
    assert above_info(compare(city(timeline=phases), ward(timeline=same))) == []
    shifted = [{"label": "Giai đoạn 1", "start": 2025, "end": 2027}, {"label": "Giai đoạn 2", "start": 2028, "end": 2030},
               {"start": 2028, "end": 2028, "what": "sơ kết"}]  # fmt: skip
    report = compare(city(timeline=phases), ward(timeline=shifted))
    assert {t for t, _ in above_info(report)} == {"timeline_mismatch"}
    assert any("sơ kết" in f.message and "2028" in f.message for f in report.findings)


def test_regression_the_duty_to_issue_this_plan_is_discharged_by_the_plan():
    # E01-E12: "Xây dựng kế hoạch, phát động Phong trào thi đua tại địa phương" was unassigned in every ward plan.
    assert undischarged_text("Xây dựng kế hoạch, phát động Phong trào thi đua tại địa phương, hoàn thành trong tháng 9/2025.") is None
    rest = undischarged_text("Xây dựng kế hoạch thực hiện tại địa phương; kiện toàn Ban An toàn giao thông cấp xã.")
    assert rest == "kiện toàn Ban An toàn giao thông"
    report = compare(city(), ward())
    item = next(a for a in report.alignment if a.parent.pointer == "/assignments/0/tasks/0")
    assert item.verdict == "covered" and item.matches[0].child.pointer == "/title"


def test_regression_an_item_rewritten_in_few_words_is_partly_covered_not_missing():
    # F06: "Phân luồng giao thông dịp lễ, Tết; vận động người dân đi xe buýt" for the public-transport item (0.19).
    short = TRAFFIC[:2] + ["Phân luồng giao thông dịp lễ, Tết; vận động người dân đi xe buýt."] + TRAFFIC[3:]
    report = compare(city(), ward(contents=short))
    assert above_info(report) == []
    item = next(a for a in report.alignment if a.parent.pointer == "/contents/2")
    assert item.verdict == "partly_covered"
    dropped = TRAFFIC[:2] + TRAFFIC[3:]
    assert above_info(compare(city(), ward(contents=dropped))) == [("missing_content", "/contents/2")]


# ---------------------------------------------------------------- second independent set (independent2)


def test_regression_each_six_monthly_date_is_held_against_its_own_half_year():
    # B06: "trước ngày 25/6 và 25/12" against the parent's 15/6 and 15/12: two conflicts, one per date,
    # and the December date must not be held against June (nor a June date against a yearly 25/12: B01).
    parent = city(deadlines=[Deadline(date="--12-25", recurring="yearly", what="báo cáo Ủy ban nhân dân tỉnh"),
                             Deadline(date="--06-15", recurring="yearly", what="Định kỳ 6 tháng báo cáo kết quả thực hiện"),
                             Deadline(date="--12-15", recurring="yearly", what="Định kỳ 6 tháng báo cáo kết quả thực hiện")])  # fmt: skip
    late = ward(deadlines=[Deadline(date="--06-25", recurring="yearly", what="Định kỳ 6 tháng báo cáo kết quả"),
                           Deadline(date="--12-25", recurring="yearly", what="Định kỳ 6 tháng báo cáo kết quả")])  # fmt: skip
    assert above_info(compare(parent, late)) == [("deadline_conflict", "/deadlines/1"), ("deadline_conflict", "/deadlines/2")]
    # Two dates six months apart with no period word are six-monthly too (B01 "báo cáo tình hình").
    on_time = ward(deadlines=[Deadline(date="--06-05", what="báo cáo tình hình", to="Phòng Văn hóa - Xã hội"),
                              Deadline(date="--12-05", what="báo cáo tình hình", to="Phòng Văn hóa - Xã hội")])  # fmt: skip
    assert above_info(compare(parent, on_time)) == []


def test_regression_a_january_report_is_after_a_december_one():
    child = ward(deadlines=[Deadline(date="--01-05", recurring="yearly", what="báo cáo kết quả năm")])
    parent = city(deadlines=[Deadline(date="--12-15", recurring="yearly", what="báo cáo kết quả năm")])
    assert above_info(compare(parent, child)) == [("deadline_conflict", "/deadlines/0")]


def test_regression_the_plan_topic_after_xay_dung_ke_hoach_is_discharged_too():
    # B03: "Xây dựng kế hoạch phát triển du lịch cộng đồng phù hợp với điều kiện của địa phương; lựa chọn ..."
    # kept the plan's topic as a duty to assign; only the selection of pilot sites is left.
    titles = ["Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa các dân tộc trên địa bàn tỉnh Lâm Đồng"]
    duty = ("Xây dựng kế hoạch phát triển du lịch cộng đồng phù hợp với điều kiện của địa phương; "
            "lựa chọn, đề xuất điểm du lịch cộng đồng để đưa vào thí điểm.")  # fmt: skip
    assert undischarged_text(duty, titles) == "lựa chọn, đề xuất điểm du lịch cộng đồng để đưa vào thí điểm"
    # Another plan (not this one's topic) is still a duty to assign.
    assert undischarged_text("Xây dựng kế hoạch bảo tồn di sản văn hóa phi vật thể.", titles) == "bảo tồn di sản văn hóa phi vật thể"


def test_regression_cua_tinh_after_the_provinces_criteria_or_events_is_not_residue():
    # B01/B02/B05: "theo tiêu chí của tỉnh", "sự kiện xúc tiến du lịch của tỉnh", "trong và ngoài tỉnh".
    legit = TRAFFIC[:3] + ["Lựa chọn thôn đủ điều kiện làm điểm du lịch cộng đồng theo bộ tiêu chí của tỉnh; tham gia sự "
                           "kiện xúc tiến du lịch của tỉnh; đón khách trong và ngoài tỉnh."]  # fmt: skip
    province = city(issuer="Ủy ban nhân dân tỉnh Lâm Đồng")
    residue = lambda child: [f.message for f in compare(province, child).findings if f.type.value == "locality_residue"]  # noqa: E731
    assert residue(ward(contents=legit)) == []
    copied = TRAFFIC[:3] + ["Nâng cao năng lực cứu hộ, cứu nạn người bị tai nạn giao thông của tỉnh."]
    assert len(residue(ward(contents=copied))) == 1
    assert len(residue(ward(contents=TRAFFIC[:3] + ["Tổ chức sơ cứu người bị nạn trong toàn tỉnh."]))) == 1
