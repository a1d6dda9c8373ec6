"""Round 59 (sets 245-250, scored blind at a808e49, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms


def test_a_late_report_in_a_date_led_schedule_table_is_found():
    # I247-A12: "| Thời hạn | Công việc | Đơn vị chủ trì |" over "| 10/7/2026 | Ủy ban nhân dân xã gửi báo cáo kết quả 6
    # tháng về Sở Nông nghiệp và Môi trường | ... |": a date with no "trước" was never read, so the report late against the
    # parent's 5/7 was not found
    (late,) = set_alarms("independent247", "A", "A12-hoa-hoi.txt", "deadline_conflict")
    assert "10/07/2026" in late.message and "05/07/2026" in late.message


def test_criteria_the_ward_judges_by_are_a_criteria_part():
    # I248-A06 (missing citation only): "Cơ sở được xã công nhận điển hình khi có giấy chứng nhận ..." restates the
    # parent's "TIÊU CHÍ CƠ SỞ CHẾ BIẾN KHÔ HẢI SẢN ĐIỂN HÌNH"; the child was told it had no criteria part
    assert set_alarms("independent248", "A", "A06-thanh-an.txt", "missing_section") == []


def test_targets_do_not_stand_for_criteria_printed_under_their_own_sub_heading():
    # I249-B09: the parent's "II. CHỈ TIÊU VÀ TIÊU CHÍ" holds "1. Chỉ tiêu năm 2026" and "2. Tiêu chí vùng trồng thạch đen
    # tập trung"; the ward kept "CHỈ TIÊU NĂM 2026" and dropped the criteria, and its targets were taken for them
    (missing,) = set_alarms("independent249", "B", "B09-trung-khanh.txt", "missing_section")
    assert "Tiêu chí" in missing.message
    # ... the same fix finds I227-B04 (left open since round 56), and a bare "2. Tiêu chí" that points to a decree is no
    # part of its own (I79-B12 keeps no criteria and is not reported)
    assert set_alarms("independent227", "B", "B04-nam-cam-ranh.txt", "missing_section")
    assert set_alarms("independent79", "B", "B12-y-yen.txt", "missing_section") == []
    # ... and a ward's criteria in prose still count ("Vùng na được xã đề nghị công nhận đạt chuẩn phải có ...", I215-B05)
    assert set_alarms("independent215", "B", "B05-bang-mac.txt", "missing_section") == []


def test_the_wards_own_plan_named_with_the_provinces_scope_is_residue():
    # I250-B06: "Ủy ban nhân dân xã Cái Chiên ban hành Kế hoạch bảo vệ và phát triển nguồn lợi sá sùng trên địa bàn tỉnh
    # năm 2026 như sau:" was excused as a quotation of the parent's title, which it is not
    # (its closing "Yêu cầu các sở, ngành, Ủy ban nhân dân các xã, phường ... báo cáo về Sở ..." is residue too since
    # round 63)
    residues = set_alarms("independent250", "B", "B06-cai-chien.txt", "locality_residue")
    assert [r.child_evidence.line for r in residues if "trên địa bàn tỉnh" in r.message] == [10]
