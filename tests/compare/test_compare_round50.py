"""Round 50 (sets 185-190, scored blind at 13b86ec, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms


def test_what_a_ward_sends_up_to_the_province_is_no_residue():
    # I186-B04, I186-B09 (faithful): "giới thiệu cho tuyến (đào tạo bóng đá) trẻ của tỉnh" hands talent to the province's
    # youth team; I189-A11 (faithful): "tham gia ... mô hình liên kết sản xuất, tiêu thụ dê, cừu của tỉnh" joins its model
    assert set_alarms("independent186", "B", "B04-truong-vinh.txt", "locality_residue") == []
    assert set_alarms("independent186", "B", "B09-thai-hoa.txt", "locality_residue") == []
    assert set_alarms("independent189", "A", "A11-do-vinh.txt", "locality_residue") == []


def test_targets_do_not_answer_the_criteria_that_score_the_ward_when_a_criterion_is_missing():
    # I187-A06, I189-A12, I190-B04: the parent scores its wards by "III. TIÊU CHÍ ĐÁNH GIÁ ... CỦA CẤP XÃ" beside "II. CHỈ
    # TIÊU"; the child keeps its targets, drops the criteria part and one criterion is found nowhere
    for set_name, side, child in [("independent187", "A", "A06-dam-ha.txt"), ("independent189", "A", "A12-phuoc-hau.txt"),
                                  ("independent190", "B", "B04-an-phu.txt")]:  # fmt: skip
        assert set_alarms(set_name, side, child, "missing_section"), child
    # ... while a faithful child whose targets restate every criterion is left alone (I6-A09)
    assert set_alarms("independent6", "A", "A09-thanh-tri.txt", "missing_section") == []


def test_a_schedule_of_prose_ordinals_is_read():
    # I186-B07: "Sáu là, tháng 6/2027: tổng kết, khen thưởng." (parent: tổng kết in 12/2026); I189-B06: "Thứ ba, tháng
    # 10/2026: sơ kết ..." (parent: 7/2026); neither schedule was read at all
    # (since round 55 the stretched school-year line "Năm là, từ tháng 9/2026 đến hết tháng 5/2027: ..." is read too)
    findings = set_alarms("independent186", "B", "B07-hoang-mai.txt", "timeline_mismatch")
    assert any("tổng kết" in f.message and "6/2027" in f.message for f in findings)
    assert any("9/2026–5/2027" in f.message for f in findings)
    assert set_alarms("independent189", "B", "B06-thuy-nguyen.txt", "timeline_mismatch")


def test_tasks_given_by_their_ordinals_are_given():
    # I190-A09, I190-B08: "Công an phường chủ trì nhiệm vụ thứ hai, thứ tư, thứ sáu" over tasks listed "Thứ nhất, ..."
    assert set_alarms("independent190", "A", "A09-cam-le.txt", "unassigned_task") == []
    assert set_alarms("independent190", "B", "B08-long-phu.txt", "unassigned_task") == []


def test_a_line_that_shares_only_the_recipient_gives_no_duty():
    # I152-A04: the dropped duty "Tổ chức tự đánh giá, chấm điểm Chỉ số cải cách hành chính ..., gửi kết quả kèm tài
    # liệu kiểm chứng về Sở Nội vụ trước ngày 30/11/2026" was partly given by a line sending a report "về Sở Nội vụ"
    assert set_alarms("independent152", "A", "A04-lao-bao.txt", "unassigned_task")
