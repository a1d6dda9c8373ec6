"""Round 43 (sets 149-154, scored blind at 824fce6, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import CORPUS, set_alarms, set_verdict

from plan_parser.compare.bodies import opening_body
from plan_parser.compare.checks.coverage import task_names
from plan_parser.compare.checks.timeline_days import dated_periods, moved_periods
from plan_parser.compare.discharge import undischarged_text
from plan_parser.compare.sides import load_side


def test_answering_for_the_whole_field_is_no_task():
    # I154-A: "Xây dựng, ban hành Kế hoạch ... của địa phương; chịu trách nhiệm toàn diện về công tác phòng, chống dịch
    # bệnh động vật trên địa bàn" was reported given to no body on every child
    duty = ("Xây dựng, ban hành Kế hoạch phòng, chống dịch bệnh và tiêm phòng năm 2026 của địa phương; chịu trách nhiệm "
            "toàn diện về công tác phòng, chống dịch bệnh động vật trên địa bàn.")
    titles = ["Phòng, chống dịch bệnh và tiêm phòng vắc xin cho đàn vật nuôi năm 2026"]
    assert undischarged_text(duty, titles) is None
    for child in ("A01-hoa-lu.txt", "A04-tam-diep.txt", "A12-giao-thuy.txt"):
        assert set_alarms("independent154", "A", child, "unassigned_task") == [], child
    # the planted duty given to nobody (the commune budget for vaccination) is still found
    assert set_alarms("independent154", "A", "A06-hai-hau.txt", "unassigned_task")


def test_results_that_feed_the_wards_awards_are_its_awards_part():
    # I153-B: "Kết quả thực hiện Kế hoạch là căn cứ ... bình xét thi đua, khen thưởng hằng năm của Ủy ban nhân dân xã"
    # (11 of 12 children were told they lack an awards part)
    for child in ("B01-buon-ma-thuot.txt", "B05-buon-ho.txt", "B11-hoa-phu.txt"):
        assert set_alarms("independent153", "B", child, "missing_section") == [], child
    # a child that drops the awards part is still told so
    assert set_alarms("independent154", "A", "A09-yen-mo.txt", "missing_section")


def test_a_prose_part_named_after_its_number_is_a_heading():
    # I153-A10: "Phần thứ ba: Tiêu chí, công nhận và khen thưởng" was read as the label "Phần thứ ba"
    assert set_alarms("independent153", "A", "A10-hiep-hoa.txt", "missing_section") == []


def test_merging_one_criterion_into_another_scoring_states_no_criteria():
    # I153-A09 (planted: no criteria part): "lồng ghép tiêu chí “Gia đình học tập” vào bình xét “Gia đình văn hóa”"
    assert set_alarms("independent153", "A", "A09-da-mai.txt", "missing_section")


def test_results_required_are_the_criteria_of_a_memo_plan():
    # I151-A05: "Yêu cầu đạt được" over "văn kiện được thẩm định đạt yêu cầu; quân số tham gia từ 95% trở lên"
    assert set_alarms("independent151", "A", "A05-sop-cop.txt", "missing_section") == []


def test_the_provinces_inspections_and_rankings_are_not_residue():
    # I149-B06, I152-B10: "phối hợp các đoàn thanh tra, kiểm tra của tỉnh"; I152-A02: "thuộc nhóm dẫn đầu các xã, phường
    # trong tỉnh"
    assert set_alarms("independent149", "B", "B06-ba-che.txt", "locality_residue") == []
    assert set_alarms("independent152", "B", "B10-duc-pho.txt", "locality_residue") == []
    assert set_alarms("independent152", "A", "A02-dong-hoi.txt", "locality_residue") == []
    assert set_alarms("independent153", "B", "B08-song-cau.txt", "locality_residue")


def test_a_dossier_sent_to_the_same_office_is_not_the_documents_sent_there():
    # I151-A: "hồ sơ (khen thưởng) gửi Bộ Chỉ huy Quân sự tỉnh trước ngày 20/10/2026" was held against "gửi Bộ Chỉ huy
    # Quân sự tỉnh thẩm định trước ngày 31/5/2026" (the drill documents): five false alarms
    for child in ("A02-muong-bu.txt", "A09-yen-chau.txt", "A12-chieng-mai.txt"):
        assert set_alarms("independent151", "A", child, "deadline_conflict") == [], child


def test_a_campaign_moved_inside_another_period_is_a_move():
    # I151-B06: "Chiến dịch tình nguyện Mùa hè xanh trên địa bàn phường: lễ ra quân ngày 05/7/2026, thực hiện từ 05/7 đến
    # 30/8/2026" - the bare "thực hiện" named the period, and the summer's activities (01/6-31/8) held it
    assert set_alarms("independent151", "B", "B06-vung-tau.txt", "timeline_mismatch")
    assert set_alarms("independent151", "B", "B01-sai-gon.txt", "timeline_mismatch") == []


def test_a_drill_held_on_one_day_outside_the_parents_window_is_a_move():
    # I151-A06: "Quý IV/2026: tổ chức diễn tập thực hành ngày 06/10/2026" against "từ ngày 01/8/2026 đến ngày 30/9/2026"
    moved = moved_periods(load_side(CORPUS / "independent151/A/parent.txt"),
                          load_side(CORPUS / "independent151/A/A06-chieng-coi.txt"))  # fmt: skip
    assert [(str(child.first), str(child.last)) for _, child in moved] == [("2026-10-06", "2026-10-06")]
    # a citation's date or the plan's own is no event
    days = dated_periods(load_side(CORPUS / "independent150/A/A07-ngu-hanh-son.txt"), event_days=True)
    assert all(p.first.month >= 9 for p in days)


def test_a_schedule_rows_activity_names_its_period():
    # I150-A07: "Từ 10/10/2026 đến 31/10/2026 | Các tổ dân phố tổ chức Ngày hội (phần lễ, ...)" against "Từ ngày 01/11/2026
    # đến ngày 18/11/2026: Tổ chức Ngày hội tại 100% thôn, tổ dân phố"
    assert set_alarms("independent150", "A", "A07-ngu-hanh-son.txt", "timeline_mismatch")
    for child in ("A01-hai-chau.txt", "A02-thanh-khe.txt"):
        assert set_alarms("independent150", "A", child, "timeline_mismatch") == [], child


def test_tasks_labelled_by_number_name_their_bodies():
    # I151-B07: "Nhiệm vụ 2. Vui chơi, văn hóa, thể thao: Phòng Văn hóa - Xã hội bố trí ..." - no body was read, so no
    # duty could be found missing
    assert opening_body("Nhiệm vụ 2. Vui chơi, văn hóa, thể thao: Phòng Văn hóa - Xã hội bố trí điểm sinh hoạt hè.")
    assert set_alarms("independent151", "B", "B07-go-vap.txt", "unassigned_task")


def test_activities_given_by_number_are_assigned():
    # I149-A10: "Công chức Văn hóa - Xã hội chủ trì các Hoạt động 1, 2, 3, 4" over "Hoạt động 3. Phát triển câu lạc bộ"
    assert set_verdict("independent149", "A", "A10-ha-trung.txt", "/assignments/6/tasks/3") != "not_covered"


def test_digital_transformation_is_not_job_rotation():
    # I149-B07 (planted drop of "Đẩy mạnh cải cách hành chính, chuyển đổi số ..."): read as named by "Chuyển đổi vị trí
    # công tác định kỳ ..."
    assert "chuyển đổi số" in task_names("Đẩy mạnh cải cách hành chính, chuyển đổi số và thanh toán không dùng tiền mặt")
    assert set_alarms("independent149", "B", "B07-quang-yen.txt", "missing_content")


def test_no_footer_line_is_shown_as_where_a_duty_is():
    # I151-B07: the duty given to nobody was shown beside "Nơi nhận:"
    findings = set_alarms("independent151", "B", "B07-go-vap.txt", "unassigned_task")
    assert findings and all("Nơi nhận" not in (f.child_evidence.quote if f.child_evidence else "") for f in findings)

