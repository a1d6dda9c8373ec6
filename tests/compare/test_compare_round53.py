"""Round 53 (open cases of sets 155-196). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms


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
