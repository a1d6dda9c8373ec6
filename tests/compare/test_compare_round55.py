"""Round 55 (sets 221-226, scored blind at 44e9e24, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import CORPUS, findings_of, set_alarms


def test_a_half_year_review_report_need_not_say_six_months():
    # I225-B01, I225-B03: the ward's "báo cáo sơ kết trước ngày 15/7/2026" (no "6 tháng") was read as a one-off report
    # and held against the parent's vaccination report due 10/5, not its "Báo cáo sơ kết 6 tháng trước ngày 20/7/2026"
    assert set_alarms("independent225", "B", "B01-thap-muoi.txt", "deadline_conflict") == []
    assert set_alarms("independent225", "B", "B03-tan-hong.txt", "deadline_conflict") == []


def test_the_provinces_own_festival_is_not_the_wards_deadline():
    # I221-A09: the ward's "liên hoan cấp xã" in November was held to "tổ chức Liên hoan hát Chầu văn tỉnh" in October,
    # the province's own festival, not to "tổ chức liên hoan ở cơ sở trong tháng 8"
    (finding,) = set_alarms("independent221", "A", "A09-hai-hau.txt", "deadline_conflict")
    assert "ở cơ sở" in finding.parent_evidence.quote and "tháng 08/2026" in finding.message


def test_months_with_no_phase_label_are_compared():
    # I221-B04: the parent's "Từ tháng 4 đến tháng 10 năm 2026: ..." and "Tháng 11 và tháng 12 năm 2026: ... tổng kết"
    # were not read, so a ward running to tháng 3/2027 and closing in quý II/2027 contradicted nothing
    findings = set_alarms("independent221", "B", "B04-mu-cang-chai.txt", "timeline_mismatch")
    assert any("tổng kết" in f.message and "2027" in f.message for f in findings)


def test_a_team_the_child_never_names_is_not_set_up():
    # I225-B05: "Thành lập Tổ kiểm soát chạy đồng gồm công an, thú y viên và trưởng ấp ..." was partly covered (0.33) by
    # the ward's "xây dựng lịch chạy đồng ...; kiểm soát việc di chuyển đàn vịt" and left at info
    (finding,) = set_alarms("independent225", "B", "B05-thanh-binh.txt", "unassigned_task")
    assert finding.severity == "medium" and "Tổ kiểm soát" in finding.message
    # ... a child that names the team has set it up
    folder = CORPUS / "independent225" / "B"
    named = (folder / "B05-thanh-binh.txt").read_text(encoding="utf-8") + (
        "\nBốn là, thành lập Tổ kiểm soát chạy đồng của xã gồm công an, thú y viên và trưởng ấp.\n")  # fmt: skip
    team = [f for f in findings_of(folder / "parent.txt", named, "unassigned_task") if "Tổ kiểm soát" in f.message]
    assert team == []
