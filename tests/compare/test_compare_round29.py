"""Round 29 (sets 95-100, tuning since): two obligations of one period, elliptical and hourly reports, moved phases in
prose, and duties the ward's plan discharges. Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms

from plan_parser.compare.discharge import undischarged_text


def test_a_report_naming_its_period_is_held_to_the_parents_report_of_that_name():
    # I100-B: the province asks for vaccination results "trước ngày 15/5 và ngày 15/11" (six months apart by their
    # dates) and the six-monthly report "trước ngày 15/6": every ward's "báo cáo 6 tháng trước 15/6" was held to 15/5.
    assert set_alarms("independent100", "B", "B11-muong-thanh.txt", "deadline_conflict") == []
    # ... while a late six-monthly report is still late (B12: 25/6 against 15/6)
    late = set_alarms("independent100", "B", "B12-muong-cha.txt", "deadline_conflict")
    assert [f.parent_evidence.pointer for f in late] == ["/deadlines/4"]


def test_an_elliptical_second_report_is_not_held_to_the_first():
    # I98-B01: "kết quả đợt 2 trước ngày 20/6/2026" in the parent was typed "other"; the ward's 20/6 report met 15/4.
    assert set_alarms("independent98", "B", "B01-cao-lanh.txt", "deadline_conflict") == []


def test_a_report_is_paired_by_its_own_words_not_the_plans_topic():
    # I95-A04 (planted: readiness-check results 05/12 against 30/11): "phòng, chống rét", the topic in both titles, paired
    # it with the closing report of 25/3/2027, and the late report passed.
    late = set_alarms("independent95", "A", "A04-yen-dinh.txt", "deadline_conflict")
    assert [f.parent_evidence.pointer for f in late] == ["/deadlines/9"]


def test_a_late_quick_report_with_its_hour_is_found():
    # I99-A08 (planted): "trước 16 giờ ngày 10/02/2027" against the province's "trước 10 giờ ngày 08/02/2027".
    assert len(set_alarms("independent99", "A", "A08-mai-son.txt", "deadline_conflict")) == 1


def test_moved_reviews_and_phases_are_found():
    # I98-A06, I98-B04: reviews moved in a plan written as prose; I95-A05: phases "từ 01/11/2026 đến 15/12/2026".
    for set_name, side, child in (("independent98", "A", "A06-ninh-hoa.txt"), ("independent98", "B", "B04-cai-be.txt"),
                                  ("independent95", "A", "A05-thach-thanh.txt")):  # fmt: skip
        assert set_alarms(set_name, side, child, "timeline_mismatch"), child


def test_setting_the_plans_own_targets_is_done_by_the_plan():
    # I97-B: "Xây dựng kế hoạch ..., xác định chỉ tiêu cụ thể của địa phương phù hợp với chỉ tiêu tỉnh giao" was reported
    # unassigned on 10 of 12 children; the report listed after the first by its object alone is a report (I98-B).
    assert undischarged_text("Xây dựng kế hoạch thực hiện giai đoạn 2026 - 2030, xác định chỉ tiêu cụ thể của địa phương "
                             "phù hợp với chỉ tiêu tỉnh giao.") is None  # fmt: skip
    assert undischarged_text("Báo cáo kết quả đợt 1 về Sở trước ngày 15/4/2026; kết quả đợt 2 trước ngày 20/6/2026.") is None
    assert set_alarms("independent97", "B", "B04-na-hang.txt", "unassigned_task") == []
    # a target on a topic of its own is still work for a body
    assert undischarged_text("Xây dựng kế hoạch, xác định chỉ tiêu cụ thể về cải cách thủ tục hành chính.") is not None


def test_the_provinces_rules_forces_and_job_fairs_are_not_residue():
    # "quy chế phối hợp quản lý cụm công nghiệp của tỉnh" (I95-B02), "phiên giao dịch việc làm của tỉnh" (I93-A05)
    assert set_alarms("independent95", "B", "B02-nhu-quynh.txt", "locality_residue") == []
    assert set_alarms("independent93", "A", "A05-xa-can-giuoc.txt", "locality_residue") == []
