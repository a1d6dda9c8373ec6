"""Round 68 (sets 293-298, scored blind at c9d910f, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import CORPUS, set_alarms

from plan_parser.compare.sides import load_side


def test_a_bodys_lead_in_to_its_list_is_no_task():
    # 296-A: "9. Ủy ban nhân dân các xã, phường" over "Ủy ban nhân dân các xã, phường, nhất là các xã, phường có đồng bào
    # Chăm sinh sống ..., thực hiện các nhiệm vụ sau:" was the wards' first duty, given to no body by three children
    duty = next(a for a in load_side(CORPUS / "independent296" / "A" / "parent.txt").plan.assignments
                if a.body == "Ủy ban nhân dân các xã, phường")  # fmt: skip
    assert duty.tasks[0].startswith("Căn cứ Kế hoạch này xây dựng")
    for child in ("A06-phuoc-hau.txt", "A09-nha-trang.txt"):
        assert set_alarms("independent296", "A", child, "unassigned_task") == []


def test_a_self_scoring_duty_restated_with_its_dated_report_is_given():
    # 296-B: "| 6 | Tự chấm điểm; báo cáo kết quả 6 tháng gửi Sở ... trước ngày 19/6/2026 | Văn phòng HĐND và UBND | ... |"
    # (a table after the signature) and "Ba là, tự chấm điểm; báo cáo kết quả 6 tháng ... trước ngày 20/6/2026" (the
    # ward's own work by quarters) for "Tự đánh giá, chấm điểm theo tiêu chí tại Mục III; báo cáo ...": five children
    for child in ("B05-my-an-hung.txt", "B06-thanh-binh.txt", "B07-cai-lay.txt", "B11-my-tra.txt"):
        pointers = [f.parent_evidence.pointer for f in set_alarms("independent296", "B", child, "unassigned_task")]
        assert "/assignments/7/tasks/6" not in pointers, child


def test_a_report_when_something_happens_is_kept_among_a_bodys_tasks():
    # 298-A: "Phòng Kinh tế: ...; BC ngay Sở NN&MT trong 24 giờ khi có ong chết hàng loạt, dịch bệnh; BC sơ kết ..." was
    # cut as reporting, and the parent's one-clause duty "Báo cáo ngay trong vòng 24 giờ ... khi phát hiện ong chết hàng
    # loạt ..." was given to no body
    for child in ("A02-lung-cu.txt", "A07-yen-minh.txt", "A10-pai-lung.txt"):
        assert set_alarms("independent298", "A", child, "unassigned_task") == [], child


def test_officials_in_charge_of_each_group_are_named_with_the_groups():
    # I295-A05: "Phân công lãnh đạo ... và công chức chuyên môn phụ trách, theo dõi từng tổ dân phố" was partly given by
    # "Giao Phó Chủ tịch ... phụ trách kinh tế và công chức tài chính - kế toán bố trí kinh phí ... hỗ trợ tổ dân phố"
    [finding] = set_alarms("independent295", "A", "A05-son-tra.txt", "unassigned_task")
    assert finding.parent_evidence.pointer == "/assignments/8/tasks/1"
    # ... while a ward that names them per group passes: "phân công lãnh đạo, công chức phụ trách, theo dõi từng tổ dân phố"
    assert set_alarms("independent295", "A", "A02-hoa-cuong.txt", "unassigned_task") == []


def test_a_watch_round_the_clock_is_named_when_it_is_kept():
    # I298-B08: "Tổ chức trực ban phòng, chống thiên tai 24/24 giờ ..." partly given (0.51) by the economic office's line on
    # the season's landslides, which keeps no watch
    [finding] = set_alarms("independent298", "B", "B08-phu-tan.txt", "unassigned_task")
    assert finding.parent_evidence.pointer == "/assignments/7/tasks/2"


def test_a_network_of_volunteers_is_named_when_it_is_kept():
    # I297-B03: "Kiện toàn mạng lưới cộng tác viên bảo vệ trẻ em tại ấp ..." partly given (0.19) by "kiện toàn Ban Bảo vệ
    # trẻ em" alone
    [finding] = set_alarms("independent297", "B", "B03-thoi-lai.txt", "unassigned_task")
    assert finding.parent_evidence.pointer == "/assignments/6/tasks/1"


def test_putting_officials_in_charge_is_a_content_item_not_the_organisation():
    # I295-A12: "2. Kiện toàn tổ dân phố, phân công phụ trách" (under "IV. NỘI DUNG THỰC HIỆN") stood for the "Tổ chức
    # thực hiện" part the ward dropped
    [finding] = set_alarms("independent295", "A", "A12-tam-ky.txt", "missing_section")
    assert "Tổ chức thực hiện" in finding.message


def test_a_self_assessment_by_the_provinces_criteria_is_no_criteria_part():
    # I297-B11: "tổ chức tự đánh giá theo bộ tiêu chí xã, phường an toàn cho trẻ em của thành phố" (a duty) stood for the
    # criteria part the ward dropped
    [finding] = set_alarms("independent297", "B", "B11-phung-hiep.txt", "missing_section")
    assert "Tiêu chí" in finding.message


def test_the_citys_code_of_conduct_and_the_provinces_craft_village_are_no_residue():
    # I295-A04 (faithful): "phổ biến Quy tắc ứng xử nơi công cộng của thành phố"; I296-A01: "thôn Mỹ Nghiệp - làng nghề gốc
    # của tỉnh"
    assert set_alarms("independent295", "A", "A04-an-khe.txt", "locality_residue") == []
    assert set_alarms("independent296", "A", "A01-ninh-phuoc.txt", "locality_residue") == []


# The edges of round 68's rules, each found by the sweep of sets 2-292


def test_the_criteria_a_ward_scores_itself_by_are_its_criteria_part():
    # I122-A02 (faithful): "Kết quả là căn cứ tự chấm điểm theo Bộ tiêu chí xác định Chỉ số cải cách hành chính ..." is
    # the part; only a self-assessment the ward organises ("tổ chức tự đánh giá theo ...") is a task
    assert set_alarms("independent122", "A", "A02-dong-dang.txt", "missing_section") == []


def test_volunteers_called_on_beside_others_are_no_network():
    # I49-B10 (faithful): "Huy động nhân viên y tế thôn, bản, tổ dân phố và cộng tác viên tham gia sàng lọc ..." given in
    # the ward's words without "cộng tác viên"
    assert set_alarms("independent49", "B", "B10-nhu-thanh.txt", "unassigned_task") == []
