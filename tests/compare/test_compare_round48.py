"""Round 48 (sets 173-178, scored blind at 793d22b, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms

from plan_parser.compare.checks.timeline import entry_key
from plan_parser.parse.header import issuer_level
from plan_parser.parse.timeline import timeline_entry


def test_a_quarters_entry_ends_before_a_review_sentence():
    # I176-B09, I176-B12 (faithful on timeline): "quý IV/2026: hoàn thiện, ..., đánh giá kết quả. Sơ kết 6 tháng: tháng
    # 6/2026; tổng kết năm: tháng 11/2026" was read as a sơ kết held in quý IV, against the parent's in July
    entries = timeline_entry("Quý IV/2026: hoàn thiện, đưa vào khai thác, đánh giá kết quả. Sơ kết 6 tháng: tháng 6/2026; "
                             "tổng kết năm: tháng 11/2026.")
    assert [(e.start_month, e.end_month) for e in entries][:2] == [(10, 12), (6, 6)]
    assert "sơ kết" not in (entries[0].what or "").lower()
    assert entry_key(entries[1]) == "interim review"
    assert set_alarms("independent176", "B", "B09-thap-muoi.txt", "timeline_mismatch") == []
    assert set_alarms("independent176", "B", "B12-thanh-binh.txt", "timeline_mismatch") == []


def test_every_criterion_restated_is_a_criteria_part():
    # I178-B05: the four criteria of an export-grade durian area restated in a paragraph of the aims ("Vùng trồng đạt
    # chuẩn xuất khẩu phải đáp ứng đồng thời: ...") with no heading of their own
    assert set_alarms("independent178", "B", "B05-ea-hleo.txt", "missing_section") == []


def test_a_named_phase_is_held_on_the_parents_days():
    # I176-A07: the ward's "Giai đoạn cao điểm mùa du lịch: từ ngày 01/6/2026 đến ngày 31/8/2026" shortens the
    # province's (01/5 - 30/9); a period within the parent's had passed as a ward's own week in the province's month
    # (since round 66 the first moved phase cited may be its preparation, "từ ngày ban hành Kế hoạch đến ngày 31/5/2026"
    # against the province's 01/4 - 30/4, which the annotator planted too)
    alarms = set_alarms("independent176", "A", "A07-nam-cam-ranh.txt", "timeline_mismatch")
    assert alarms and ("01/06/2026" in alarms[0].message or "31/05/2026" in alarms[0].message)
    # ... its siblings that keep the phases' days are not held to account
    assert set_alarms("independent176", "A", "A01-nha-trang.txt", "timeline_mismatch") == []


def test_a_phase_past_the_parents_last_review_without_parent_phases():
    # I176-B08: the parent names no phase, only "Sơ kết 6 tháng: trong tháng 7/2026; tổng kết năm: trong tháng 12/2026";
    # the ward's "Giai đoạn 2 (từ quý III/2026 đến hết quý II/2027)" runs half a year past it
    alarms = set_alarms("independent176", "B", "B08-lap-vo.txt", "timeline_mismatch")
    assert alarms and "6/2027" in alarms[0].message


def test_a_partner_named_in_a_duty_gives_no_body_the_duty():
    # I176-B01: "Bố trí quỹ đất, phối hợp bồi thường, giải phóng mặt bằng cho các dự án chợ đầu mối, ..." met "phối hợp"
    # and "chợ đầu mối" in the farmers' union's line and passed as given
    alarms = set_alarms("independent176", "B", "B01-cai-be.txt", "unassigned_task")
    assert [f.parent_evidence.pointer for f in alarms] == ["/assignments/6/tasks/1"]


def test_scoring_titles_in_a_task_is_no_awards_part():
    # I175-A10: the task heading "7. Gắn với bình xét danh hiệu văn hóa" was read as the child's awards part
    alarms = set_alarms("independent175", "A", "A10-thach-an.txt", "missing_section")
    assert ["KHEN THƯỞNG" in f.parent_evidence.quote for f in alarms] == [True]


def test_a_ward_named_like_a_province_is_a_ward():
    # I174-B12: "Ủy ban nhân dân phường An Tịnh" folds to "... an tinh" and was read as a province, so the child's "trên
    # địa bàn tỉnh" was never looked for; "xã Định Quán" was read as a district the same way
    assert issuer_level("Ủy ban nhân dân phường An Tịnh") == "commune"
    assert issuer_level("Ủy ban nhân dân xã Tịnh Khê") == "commune"
    assert issuer_level("Ủy ban nhân dân xã Định Quán") == "commune"
    assert issuer_level("Ủy ban nhân dân Tỉnh Gia Lai") == "province"
    assert issuer_level("Ủy ban nhân dân tỉnh Hà Tĩnh") == "province"
    alarms = set_alarms("independent174", "B", "B12-an-tinh.txt", "locality_residue")
    assert any("trên địa bàn tỉnh" in f.message for f in alarms)


def test_the_provinces_anchorages_are_no_residue():
    # I175-B09: "neo đậu ... tại các khu neo đậu của tỉnh" is where the ward's boats shelter, not the province's scope
    assert set_alarms("independent175", "B", "B09-long-phung.txt", "locality_residue") == []


def test_a_task_tables_who_cells_name_no_work():
    # I176-B03: a dropped trade-fair item met "chợ đầu mối" in a row's lead body ("Ban Quản lý chợ đầu mối trái cây Vĩnh
    # Kim") and "tổ chức" in its partner ("tổ chức tín dụng"); the table has no rule under its header row
    alarms = set_alarms("independent176", "B", "B03-vinh-kim.txt", "missing_content")
    assert [f.parent_evidence.pointer for f in alarms] == ["/contents/0"]
