"""Round 53 (open cases of sets 155-196; sets 197-202). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms

from plan_parser.compare.discharge import undischarged_text


def test_a_report_to_the_office_the_parent_sends_results_to_answers_that_sending():
    # I193-A04: the parent dates only the sending ("Rà soát hiện trạng ..., gửi kết quả về Sở Nông nghiệp và Môi trường
    # trước ngày 30/6/2026", a task of kind "other"); the ward's "Tổng hợp kết quả rà soát ..., báo cáo Sở Nông nghiệp và
    # Môi trường | Phòng Kinh tế | Trước ngày 15/7/2026" is a report, a kind apart, and was never held against it
    (finding,) = set_alarms("independent193", "A", "A04-tien-lu.txt", "deadline_conflict")
    assert "30/06/2026" in finding.message and "15/07/2026" in finding.message


def test_a_dossier_sent_to_an_office_is_not_the_report_sent_there():
    # set 48-B (eight children): "hồ sơ đề nghị công nhận ... gửi Sở Tư pháp trước ngày 15/11/2026" is no result: the
    # ward's year report to the Sở on 02/12 was held late against it
    assert set_alarms("independent48", "B", "B10-nghia-dan.txt", "deadline_conflict") == []


# Sets 197-202, scored blind at c5f17dd, tuning since.


def test_a_province_tournament_the_ward_takes_part_in_is_no_residue():
    # set 201-A (7 of 12 children): "Tham gia Giải đua ngựa truyền thống của tỉnh", "chọn ngựa, nài tham gia giải đua
    # của tỉnh", "lựa chọn đội đua tham gia giải của tỉnh"
    assert set_alarms("independent201", "A", "A02-bao-nhai.txt", "locality_residue") == []
    assert set_alarms("independent201", "A", "A04-lung-phinh.txt", "locality_residue") == []
    # ... while the copied scope of a planted child is still found (I202-A08: "trên địa bàn thành phố")
    assert set_alarms("independent202", "A", "A08-duong-no.txt", "locality_residue")


def test_naming_the_bodies_that_lead_is_what_the_plan_does_by_existing():
    # set 202-A (5 of 12 children): "Ban hành kế hoạch triển khai tại địa phương trước ngày 28/02/2026, phân công rõ cơ
    # quan, đơn vị chủ trì" is discharged by the ward's plan itself, its organisation part naming the bodies
    assert set_alarms("independent202", "A", "A02-kim-long.txt", "unassigned_task") == []
    assert undischarged_text("Xây dựng kế hoạch, phân công rõ cơ quan, đơn vị chủ trì", ["x"]) is None
    # ... not a further act given after them, nor a named officer's charge
    assert undischarged_text("Xây dựng kế hoạch, phân công cơ quan chủ trì tổ chức kiểm tra", ["x"])
    assert undischarged_text("Ban hành kế hoạch, phân công rõ cán bộ phụ trách từng thôn", ["x"])
