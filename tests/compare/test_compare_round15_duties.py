"""Round 15, unassigned_task and missing_section on sets 23-24: duties given by decimal task numbers ("nhiệm vụ 2.2,
2.6"), by numbers of tasks the parser did not read as content items, by topic names ("Công an xã: dữ liệu dân cư") or by
a few of a task's words ("tuyên truyền, tổ chức diễn tập"); a merged heading with a comma ("NỘI DUNG, PHÂN CÔNG THỰC
HIỆN"); a plan of numbered sentences with no headings; an organisation headed "GIAO NHIỆM VỤ"."""

from __future__ import annotations

from set_cases import CORPUS
from set_cases import alarms_in as _found

from plan_parser.compare import compare
from plan_parser.compare.align import duties_by_number
from plan_parser.compare.sides import load_side

SET23_A, SET23_B = (CORPUS / "independent23" / x for x in "AB")
SET24_B = CORPUS / "independent24" / "B"


def _given(text: str, organisation_heading: str) -> set[tuple[str | None, str | None]]:
    side = load_side(text)
    first = next(ln.number for ln in side.document.lines if ln.text.startswith(organisation_heading))
    return {(d.body, d.pointer) for d in duties_by_number(side.items(), side.document, first)}


def _texts(text: str, organisation_heading: str) -> list[str]:
    side = load_side(text)
    first = next(ln.number for ln in side.document.lines if ln.text.startswith(organisation_heading))
    return [d.text for d in duties_by_number(side.items(), side.document, first)]


def test_regression_decimal_task_numbers_assign_contents():
    # I23-A04 ("chủ trì nhiệm vụ 2.2, 2.6"), I23-B05 ("thực hiện nhiệm vụ 2.2, 2.3, 2.7"): 4 and 2 duties "given to no one".
    assert _found(SET23_A, "A04-cua-tung.txt", "unassigned_task") == []
    assert _found(SET23_B, "B05-cho-moi.txt", "unassigned_task") == []


def test_duties_by_number_reads_decimal_labels_and_the_body_before_the_colon():
    text = ("1. MỤC ĐÍCH\nBảo đảm an toàn cho Nhân dân.\n2. NHIỆM VỤ\n2.1. Tuyên truyền pháp luật cho người dân.\n"
            "2.2. Kiểm tra cơ sở sản xuất kinh doanh.\n2.3. Thống kê tai nạn trên địa bàn.\n3. TỔ CHỨC THỰC HIỆN\n"
            "3.1. Phòng Kinh tế: thường trực; thực hiện nhiệm vụ 2.2, 2.3.\n3.2. Trạm Y tế: nhiệm vụ 2.1.\n")
    given = _given(text, "3. TỔ CHỨC")
    assert ("Phòng Kinh tế: thực hiện", "/contents/1") in given and ("Phòng Kinh tế: thực hiện", "/contents/2") in given
    assert ("Trạm Y tế:", "/contents/0") in given
    assert len(given) == 3  # "2.2" is not read as item 2 nor as item 2 and item 2


def test_regression_numbered_tasks_under_subparts_assigned_by_number():
    # I23-A06: tasks 1-10 under "I. Trước mùa mưa bão / II. Trong và sau thiên tai" (not read as content items);
    # "Phòng Kinh tế, Hạ tầng và Đô thị: thường trực; thực hiện nhiệm vụ 1, 2, 6, 10": 5 duties "given to no one".
    assert _found(SET23_A, "A06-dong-ha.txt", "unassigned_task") == []


def test_numbered_lines_stand_for_contents_only_when_each_number_is_used_once():
    text = ("A. NHIỆM VỤ\nI. Trước mùa mưa\n1. Kiện toàn Ban Chỉ huy phòng thủ dân sự.\n2. Rà soát phương án sơ tán dân.\n"
            "II. Trong mùa mưa\n3. Trực ban theo dõi tình hình thời tiết.\n4. Tổ chức ứng phó, cứu hộ, cứu nạn.\n"
            "B. TỔ CHỨC THỰC HIỆN\nCông an xã: nhiệm vụ 3, 4.\n")
    assert _texts(text, "B. TỔ CHỨC") == ["Công an xã: Trực ban theo dõi tình hình thời tiết.",
                                          "Công an xã: Tổ chức ứng phó, cứu hộ, cứu nạn."]
    # with "1." used twice (a purpose part numbered like the tasks) number 1 names nothing
    twice = text.replace("A. NHIỆM VỤ\n", "A. MỤC ĐÍCH\n1. Chủ động phòng ngừa thiên tai trên địa bàn.\n")
    twice = twice.replace("Công an xã: nhiệm vụ 3, 4.", "Công an xã: nhiệm vụ 1, 3.")
    assert _texts(twice, "B. TỔ CHỨC") == ["Công an xã: Trực ban theo dõi tình hình thời tiết."]


def test_regression_contents_assigned_by_topic_names():
    # I23-B12: "+ Thủ tục hành chính: ...", "+ Dữ liệu: ..."; "Công an xã: dữ liệu dân cư theo Đề án 06".
    assert _found(SET23_B, "B12-giong-rieng.txt", "unassigned_task") == []
    text = ("1. NỘI DUNG\n+ Thủ tục hành chính: rà soát, công khai thủ tục.\n+ Số hóa: số hóa hồ sơ, kết quả.\n"
            "+ Dữ liệu: làm sạch dữ liệu hộ tịch.\n+ Nhân lực: bồi dưỡng kỹ năng số.\n2. PHÂN CÔNG THỰC HIỆN\n"
            "+ Công an xã: dữ liệu dân cư theo Đề án 06.\n+ Văn phòng UBND xã: thủ tục hành chính, nhân lực.\n")
    given = _given(text, "2. PHÂN CÔNG")
    assert given == {("Công an xã", "/contents/2"), ("Văn phòng UBND xã", "/contents/0"), ("Văn phòng UBND xã", "/contents/3")}


def test_regression_contents_assigned_by_a_few_of_their_words():
    # I23-A09: "Phòng Văn hóa - Xã hội: tuyên truyền, tổ chức diễn tập"; "Phòng Kinh tế: ... rà soát phương án sơ tán".
    assert _found(SET23_A, "A09-trieu-phong.txt", "unassigned_task") == []
    text = ("II. NỘI DUNG\n- Rà soát phương án sơ tán dân vùng trũng.\n- Tuyên truyền, tổ chức diễn tập ứng phó lũ.\n"
            "- Tổ chức trực ban, theo dõi tình hình.\nIII. TỔ CHỨC THỰC HIỆN\n- Phòng Văn hóa: tuyên truyền, diễn tập.\n"
            "- Công an xã: tổ chức lực lượng.\n")
    # "tổ chức" stands in two tasks, "lực lượng" in none: Công an xã is given nothing by name
    assert _given(text, "III.") == {("Phòng Văn hóa", "/contents/1")}


def test_regression_merged_heading_with_comma_opens_the_duty_table():
    # I23-B09: "III. NỘI DUNG, PHÂN CÔNG THỰC HIỆN" (a table 'Nội dung | Đơn vị thực hiện | Thời gian') was not read as
    # the organisation, so the dropped duty (xin lỗi người dân ...) was lost in an "unread" notice.
    found = _found(SET23_B, "B09-ha-tien.txt", "unassigned_task")
    assert [f.parent_evidence.pointer for f in found] == ["/assignments/5/tasks/4"]


def test_regression_plan_of_numbered_sentences_has_its_parts():
    # I23-A11, I23-B02: 16-17 numbered sentences, no headings, each naming its body: "missing contents / organisation".
    assert _found(SET23_A, "A11-hai-lang.txt", "missing_section") == []
    assert _found(SET23_B, "B02-tri-ton.txt", "missing_section") == []


def test_numbered_sentences_without_bodies_still_miss_the_organisation():
    parent = CORPUS / "independent23" / "A" / "parent.txt"
    lines = [f"{i}. Thực hiện rà soát, kiểm tra công trình phòng, chống thiên tai đợt {i} trong năm 2026." for i in range(1, 11)]
    child = "ỦY BAN NHÂN DÂN\nXÃ HẢI AN\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n" + "\n".join(lines) + "\n"
    report = compare(parent, child)
    names = [f.message for f in report.findings if f.type.value == "missing_section" and f.severity != "info"]
    assert any("Tổ chức thực hiện" in m for m in names)


def test_regression_organisation_headed_giao_nhiem_vu():
    # I24-B04: "VII. GIAO NHIỆM VỤ" assigns the thôn-level duties per named thôn.
    assert _found(SET24_B, "B04-GiaBinh.txt", "missing_section") == []
    assert _found(SET24_B, "B04-GiaBinh.txt", "unassigned_task") == []
