"""Round 27 (sets 83-88, tuning since): a closing paragraph read as the wards' last duty, a committee set up with the
plan, a report clause that runs on into the act, duties and contents a ward writes in its own short words beside their
date, and "của tỉnh" after the marks and models a province owns. Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import CORPUS, set_alarms

from plan_parser.compare.dated_items import day_months
from plan_parser.compare.discharge import committee_with_plan, undischarged_text
from plan_parser.parse.parser import parse


def test_a_closing_paragraph_after_the_wards_listed_duties_is_its_bodys_own_duty():
    # I87-B parent: "8. Ủy ban nhân dân các xã ..." a) to g), then "Công an tỉnh theo dõi, đôn đốc, tổng hợp kết quả;
    # ..." on a line of its own: read as the wards' eighth duty, unassigned on all 12 children.
    plan = parse((CORPUS / "independent87" / "B" / "parent.txt").read_text(encoding="utf-8"))
    wards = next(a for a in plan.assignments if a.body.startswith("Ủy ban nhân dân các xã"))
    assert len(wards.tasks) == 7 and not any("đôn đốc" in t for t in wards.tasks)
    police = [a for a in plan.assignments if a.body == "Công an tỉnh"]
    assert police and "đôn đốc" in police[-1].tasks[0]
    assert set_alarms("independent87", "B", "B01-long-xuyen.txt", "unassigned_task") == []


def test_a_steering_committee_set_up_with_the_plan_is_discharged_with_it():
    # I87-A: "Xây dựng kế hoạch phòng, chống bệnh dại năm 2026 tại địa phương; kiện toàn Ban Chỉ đạo ... cấp xã" was
    # alarmed on all 12 children, none of which names the committee.
    duty = ("Xây dựng kế hoạch phòng, chống bệnh dại năm 2026 tại địa phương; kiện toàn Ban Chỉ đạo phòng, chống dịch "
            "bệnh động vật cấp xã.")
    titles = ["Phòng, chống bệnh dại năm 2026"]
    assert committee_with_plan(duty, undischarged_text(duty, titles))
    assert set_alarms("independent87", "A", "A03-tra-vinh.txt", "unassigned_task") == []
    # a committee duty of its own, or with a further act, is still work to look for
    alone = "Kiện toàn Ban Chỉ đạo liên ngành về an toàn thực phẩm cấp xã; phân công thành viên phụ trách từng ấp."
    assert not committee_with_plan(alone, undischarged_text(alone, titles))
    further = "Xây dựng kế hoạch năm 2026; kiện toàn Ban Chỉ đạo cấp xã, phân công thành viên phụ trách từng ấp."
    assert not committee_with_plan(further, undischarged_text(further, titles))


def test_a_report_clause_that_runs_on_into_an_act_keeps_the_act():
    # I87-A: "Khi có ổ dịch, báo cáo ngay về Sở ..., tổ chức tiêu hủy động vật mắc bệnh và tiêm phòng bao vây" was
    # discharged whole as a report, so only "xử phạt ..." was matched (alarmed on I87-A06, which gives it all).
    rest = undischarged_text("Khi có ổ dịch, báo cáo ngay về Sở Nông nghiệp và Môi trường, tổ chức tiêu hủy động vật mắc "
                             "bệnh và tiêm phòng bao vây; xử phạt vi phạm hành chính theo thẩm quyền.")
    assert rest is not None and rest.startswith("tổ chức tiêu hủy")
    assert undischarged_text("Báo cáo kết quả về Sở Y tế trước ngày 10/12/2026, thực hiện chế độ báo cáo đột xuất.") is None
    found = set_alarms("independent87", "A", "A06-long-ho.txt", "unassigned_task")
    assert "/assignments/6/tasks/4" not in [f.parent_evidence.pointer for f in found]


def test_a_duty_given_in_short_words_beside_its_own_date_is_given():
    # I83-A: "Tổ chức kiểm tra hiện trạng đê, kè, hồ chứa, đập dâng ..., hoàn thành trước ngày 15/5/2026" given as
    # "chủ trì kiểm tra đê, kè, cống, trạm bơm, hoàn thành trước ngày 15/5/2026" (containment 0.14).
    for child in ("A01-VietTri.txt", "A02-DaBac.txt", "A03-PhuTho.txt", "A08-HoaBinh.txt"):
        assert set_alarms("independent83", "A", child, "unassigned_task") == [], child
    # the undated duty I83-A11 drops (the disaster fund) is still reported
    found = set_alarms("independent83", "A", "A11-ThanhSon.txt", "unassigned_task")
    assert any(f.parent_evidence.pointer == "/assignments/7/tasks/4" for f in found)


def test_a_content_item_written_beside_its_own_date_is_covered():
    # I85-A: "Tổ chức lễ giao nhận quân đồng loạt vào ngày 24/02/2027 ..." written as "đưa công dân đến điểm giao nhận
    # quân ngày 24/02/2027": missing_content "high" on 5 children.
    for child in ("A04-mo-duc.txt", "A06-kon-tum.txt", "A07-ba-to.txt"):
        assert set_alarms("independent85", "A", child, "missing_content") == [], child
    # the item I85-A11 drops is still reported
    found = set_alarms("independent85", "A", "A11-son-ha.txt", "missing_content")
    assert [f.parent_evidence.pointer for f in found] == ["/contents/3"]


def test_day_months_reads_every_way_a_date_is_written():
    assert day_months("xong trước 15/5/2026; ngày 24/02/2027 và ngày 3 tháng 9") == {(15, 5), (24, 2), (3, 9)}
    assert day_months("năm 2026, tỷ lệ 80/100 người, số 68/KH-UBND") == set()


def test_the_marks_and_models_a_province_owns_are_not_residue():
    # I84-B06: "nhãn hiệu chứng nhận, chỉ dẫn địa lý của tỉnh"; I86-A07: "biển ghi nhận theo mẫu của tỉnh",
    # "thiết kế mẫu của tỉnh".
    assert set_alarms("independent84", "B", "B06-phu-yen.txt", "locality_residue") == []
    assert set_alarms("independent86", "A", "A07-nguyen-binh.txt", "locality_residue") == []
