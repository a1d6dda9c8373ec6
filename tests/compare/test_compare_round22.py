"""Round 22 (sets 47-52, tuning since): the plan's own making and assigning, duties written among the ward's own
tasks, the province's gifts, awards as a task, "Chủ trì:" lines, appendix and pipe tables of assignments, reports told
apart by their office, "Mục N." parts, schedule tables and day-dated phases. Each test can fail on the bug it names."""

from __future__ import annotations

from pathlib import Path

from plan_parser.compare import compare
from plan_parser.compare.bodies import opening_body
from plan_parser.compare.discharge import undischarged_text
from plan_parser.parse.timeline import timeline_entry

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "compare"


def _report(set_name: str, side: str, child: str):
    parent_dir = CORPUS / set_name / side
    return compare((parent_dir / "parent.txt").read_text(), (parent_dir / child).read_text())


def _alarms(set_name: str, side: str, child: str, kind: str) -> list:
    return [f for f in _report(set_name, side, child).findings if f.type.value == kind and f.severity != "info"]


def test_making_the_plan_with_its_targets_and_handing_out_its_tasks_is_the_plan_itself():
    # I49-A "Xây dựng kế hoạch ..., phân công nhiệm vụ cụ thể cho các bộ phận chuyên môn và thôn, buôn, tổ dân phố" (8 of 12
    # children), I50-B "Xây dựng kế hoạch thực hiện của địa phương với chỉ tiêu cụ thể theo từng năm" (11 of 12).
    titles = ["Kế hoạch phát triển cà phê bền vững"]
    assert undischarged_text("Xây dựng kế hoạch thực hiện trên địa bàn, phân công nhiệm vụ cụ thể cho các bộ phận "
                             "chuyên môn và thôn, buôn, tổ dân phố.", titles) is None  # fmt: skip
    assert undischarged_text("Xây dựng kế hoạch thực hiện của địa phương với chỉ tiêu cụ thể theo từng năm.", titles) is None
    # a named object is work of its own, and so is an act after the bodies
    assert undischarged_text("Xây dựng kế hoạch, phân công từng tiêu chí cho thôn.", titles) == "phân công từng tiêu chí cho thôn"
    rest = undischarged_text("Xây dựng kế hoạch, phân công nhiệm vụ cụ thể cho các thôn, tổ chức tập huấn cho cán bộ "
                             "thôn về quy trình cấp mã số vùng trồng.", titles)  # fmt: skip
    assert rest is not None and rest.startswith("tổ chức tập huấn")
    # another plan with targets is still a duty
    assert undischarged_text("Xây dựng kế hoạch bảo tồn di sản với chỉ tiêu cụ thể.", titles) is not None


def test_a_duty_written_among_the_wards_own_tasks_is_info_not_an_alarm():
    # I48-B02 is organised by the five criteria, each with its tasks, and names no body for the province's duties to the
    # wards ("Rà soát, kiện toàn tổ hòa giải ...", "Niêm yết ..."): its People's Committee took them on; four alarms.
    report = _report("independent48", "B", "B02-dien-chau.txt")
    duties = {f.parent_evidence.pointer: f for f in report.findings if f.type.value == "unassigned_task" and f.parent_evidence}
    for pointer in ("/assignments/5/tasks/2", "/assignments/5/tasks/3", "/assignments/5/tasks/4"):
        assert duties[pointer].severity == "info" and "đã được nêu trong nội dung" in duties[pointer].message
        assert duties[pointer].child_evidence is not None  # the lines where the ward wrote it
    # a planted duty, written nowhere, is still an alarm (I52-B11: households' environmental commitments)
    planted = _alarms("independent52", "B", "B11-binh-lieu.txt", "unassigned_task")
    assert "/assignments/4/tasks/4" in {f.parent_evidence.pointer for f in planted}


def test_the_provinces_gift_is_no_residue_but_its_scope_still_is():
    # I50-A: "trao quà của Chủ tịch nước, quà của tỉnh và quà của phường" on 11 of 12 children
    assert _alarms("independent50", "A", "A01-nam-nha-trang.txt", "locality_residue") == []
    assert _alarms("independent52", "B", "B12-ha-tu.txt", "locality_residue")  # "các đảo trên địa bàn tỉnh", planted


def test_awards_given_as_a_task_and_chu_tri_lines_count_as_their_parts():
    # I50-B06 "12. Khen thưởng hằng năm theo thẩm quyền, đề nghị cấp trên khen thưởng", I50-B08 "- Tham mưu khen thưởng ..."
    # in the office's duties; I47-A11 "Chủ trì: Phòng Kinh tế." under each task, no "Tổ chức thực hiện" heading.
    assert _alarms("independent50", "B", "B08-khun-ha.txt", "missing_section") == []
    assert _alarms("independent47", "A", "A11-xa-lai-vung.txt", "missing_section") == []
    assert opening_body("Chủ trì: Phòng Kinh tế. Thời hạn: trước ngày 14/11/2025.") == "phong kinh te"
    assert opening_body("Chủ trì, phối hợp chặt chẽ với các ngành") is None
    # the planted missing awards (I50-A10) is still found
    assert any("khen thưởng" in f.message for f in _alarms("independent50", "A", "A10-do-vinh.txt", "missing_section"))


def test_assignment_tables_without_outer_pipes_or_in_an_appendix_are_the_organisation():
    # I52-B03 "TT | Hoạt động | Thời gian | Chủ trì | Phối hợp"; I52-A10 "PHỤ LỤC PHÂN CÔNG" over "Phòng Kinh tế | 1, 4, 6"
    assert _alarms("independent52", "B", "B03-tien-yen.txt", "missing_section") == []
    assert _alarms("independent52", "A", "A10-khanh-binh.txt", "missing_section") == []


def test_an_annual_report_is_not_paired_with_a_campaign_report_through_the_offices_name():
    # I52-B02 "báo cáo Sở Nông nghiệp và Môi trường: ... kết quả năm trước ngày 08/12/2026" was held against the province's
    # report on World Environment Day (05/7), sharing only "Môi trường".
    assert _alarms("independent52", "B", "B02-hong-gai.txt", "deadline_conflict") == []
    # the planted late report (10/10 against 05/10) is still found
    late = _alarms("independent52", "B", "B04-cam-pha.txt", "deadline_conflict")
    assert [f.parent_evidence.pointer for f in late] == ["/deadlines/1"]


def test_parts_numbered_muc_n_and_a_schedule_table_are_read():
    # I51-B07: "Mục 5. TIẾN ĐỘ THỰC HIỆN" over "| Giai đoạn 1 | Tháng 02 - tháng 9/2026 | ... |": no part was read, the
    # heading was joined to the table's first row, and the phases (planted wrong) were not compared.
    entries = timeline_entry("| Giai đoạn 2 | Tháng 10/2026 - tháng 6/2027 | Nhân rộng; tổng kết trong tháng 6/2027 |")
    assert (entries[0].label, entries[0].start_month, entries[0].end, entries[0].end_month) == ("Giai đoạn 2", 10, 2027, 6)
    assert _alarms("independent51", "B", "B07-cu-chi.txt", "timeline_mismatch")
    assert _alarms("independent51", "B", "B07-cu-chi.txt", "deadline_conflict") == []  # the phase end is no deadline


def test_phases_dated_by_day_are_read_by_month():
    # I50-A: "Giai đoạn 1 (chuẩn bị, tuyên truyền): từ ngày 01/6/2026 đến ngày 14/7/2026" was not read, so a ward that
    # moved the tổng kết to July 2027 (I50-A06) was not reported.
    entry = timeline_entry("Giai đoạn 1 (chuẩn bị, tuyên truyền): từ ngày 01/6/2026 đến ngày 14/7/2026.")[0]
    assert (entry.label, entry.start, entry.start_month, entry.end_month) == ("Giai đoạn 1", 2026, 6, 7)
    entry = timeline_entry("Giai đoạn 1: từ ngày 01/6 đến ngày 30/6/2026")[0]
    assert (entry.start, entry.start_month, entry.end_month) == (2026, 6, 6)
    assert _alarms("independent50", "A", "A06-bac-nha-trang.txt", "timeline_mismatch")
    assert _alarms("independent50", "A", "A01-nam-nha-trang.txt", "timeline_mismatch") == []
