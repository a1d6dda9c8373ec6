"""Regression tests for round 7, unassigned_task (corpus/compare/independent6-10, tuning sets since): the
plan-making duty whose topic runs over commas ("Xây dựng kế hoạch phòng, chống ngập úng năm 2026 và giai đoạn
2026 - 2030 của địa phương, hoàn thành trước ...") was matched on its topic and reported on nearly every ward;
an object-less "chỉ đạo thực hiện hiệu quả" and "tổ chức quán triệt đến cán bộ ..." after it too; a ward's
merged "THỜI GIAN VÀ TỔ CHỨC THỰC HIỆN" section was not read as its organisation section, so no duty was
looked for there."""

from __future__ import annotations

from pathlib import Path

from plan_parser.compare import compare
from plan_parser.compare.core import organisation_line
from plan_parser.compare.discharge import undischarged_text
from plan_parser.compare.sides import load_side

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "compare"


def _unassigned(report):
    return {f.parent_evidence.pointer for f in report.findings
            if f.type.value == "unassigned_task" and f.severity in ("medium", "high")}  # fmt: skip


def test_plan_making_duty_whose_topic_runs_over_commas_is_discharged():
    title = "Phòng, chống ngập úng và nâng cao hiệu quả thoát nước đô thị năm 2026 và giai đoạn 2026 - 2030"
    duty = "Xây dựng kế hoạch phòng, chống ngập úng năm 2026 và giai đoạn 2026 - 2030 của địa phương, hoàn thành trước ngày 28/02/2026."
    assert undischarged_text(duty, [title]) is None
    title = "Phát triển kinh tế tập thể, hợp tác xã nông nghiệp giai đoạn 2026 - 2030"
    duty = "Xây dựng kế hoạch phát triển kinh tế tập thể, hợp tác xã giai đoạn 2026 - 2030 và hằng năm phù hợp với thực tế địa phương."
    assert undischarged_text(duty, [title]) is None


def test_further_act_after_the_plan_topic_is_still_a_duty():
    title = "Phòng, chống ngập úng năm 2026"
    duty = "Xây dựng kế hoạch phòng, chống ngập úng của địa phương, lập danh sách điểm ngập và cắm biển cảnh báo."
    rest = undischarged_text(duty, [title])
    assert rest is not None and "danh sách điểm ngập" in rest
    # Another plan (its topic is not the title's) stays a duty.
    assert undischarged_text("Xây dựng kế hoạch bảo tồn di sản văn hóa phi vật thể của địa phương.", [title]) is not None


def test_object_less_direction_and_passing_the_plan_down_are_procedural():
    title = "Phát triển sản phẩm OCOP gắn với du lịch nông thôn giai đoạn 2026 - 2030"
    duty = "Xây dựng và ban hành kế hoạch thực hiện giai đoạn 2026 - 2030 của địa phương, chỉ đạo thực hiện hiệu quả."
    assert undischarged_text(duty, [title]) is None
    duty = "Xây dựng kế hoạch triển khai thực hiện trên địa bàn; tổ chức quán triệt đến cán bộ, công chức, tổ dân phố, thôn."
    assert undischarged_text(duty, ["Xây dựng đô thị văn minh"]) is None
    # A direction with an object of its own is a duty.
    rest = undischarged_text("Chỉ đạo Trạm Y tế giám sát chặt chẽ tình hình dịch bệnh, phát hiện sớm ca bệnh.", [title])
    assert rest is not None and "Trạm Y tế" in rest


def test_merged_time_and_organisation_section_is_the_organisation_section():
    text = "\n".join([
        "ỦY BAN NHÂN DÂN PHƯỜNG A", "KẾ HOẠCH", "Lập lại trật tự đô thị năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích: lập lại trật tự đô thị.",
        "II. NỘI DUNG", "1. Ra quân xử lý lấn chiếm vỉa hè.",
        "III. THỜI GIAN VÀ TỔ CHỨC THỰC HIỆN", "1. Thời gian: năm 2026.",
        "2. Phân công", "* Công an phường: chủ trì ra quân lập lại trật tự vỉa hè, lòng đường.",
    ])  # fmt: skip
    side = load_side(text)
    line = organisation_line(side)
    assert line is not None and "TỔ CHỨC THỰC HIỆN" in side.document.lines[line - 1].text


def test_ward_with_merged_organisation_section_reports_only_the_planted_duty():
    # I8-A06: "IV. THỜI GIAN VÀ TỔ CHỨC THỰC HIỆN" with "*" bullets; the planted defect is the Tổ công tác
    # duty (tasks/1); the plan-making duty (tasks/0) and the ra quân duty (tasks/2) are discharged or given.
    report = compare(CORPUS / "independent8/A/parent.txt", CORPUS / "independent8/A/A06-hai-an.txt")
    assert _unassigned(report) == {"/assignments/5/tasks/1"}


def test_ward_acronyms_of_the_parents_phrases_are_read_in_the_organisation_section():
    # I8-B10: "Phòng Kinh tế: giao 01 công chức theo dõi KTTT, HTX" gives the parent's "bố trí công chức theo dõi
    # kinh tế tập thể, hợp tác xã"; the acronyms are the parent's own phrases, read off the parent.
    from plan_parser.compare.acronyms import expand_acronyms, parent_acronyms

    spelled = parent_acronyms(["Phát triển kinh tế tập thể, hợp tác xã.", "Hỗ trợ hợp tác xã; kinh tế tập thể."])
    assert expand_acronyms("theo dõi KTTT, HTX", spelled) == "theo dõi kinh tế tập thể, hợp tác xã"
    assert expand_acronyms("Lưu: VT.", spelled) == "Lưu: VT."  # not a phrase of the parent: left as written
    report = compare(CORPUS / "independent8/B/parent.txt", CORPUS / "independent8/B/B10-phong-nha.txt")
    assert not _unassigned(report)


def test_organisation_heading_on_its_own_line_under_a_part_number():
    # I7-A12: "Phần thứ ba" / "TỔ CHỨC THỰC HIỆN" on the next line; the duties are looked for below it, so
    # only the planted duty (tasks/2) is reported.
    report = compare(CORPUS / "independent7/A/parent.txt", CORPUS / "independent7/A/A12-son-hoa.txt")
    assert _unassigned(report) == {"/assignments/8/tasks/2"}


def test_duty_given_to_a_body_in_a_few_words_of_its_own_is_not_unassigned():
    # I10-B06: "Ban Chỉ huy Quân sự xã: kiện toàn xung kích, diễn tập" gives the parent's "Kiện toàn lực lượng xung
    # kích phòng, chống thiên tai cấp xã; tổ chức diễn tập ứng phó sạt lở tại địa phương" (containment under 0.30):
    # one assignment line holds the duty's own word pairs (those no other lower-level duty uses) from every clause.
    report = compare(CORPUS / "independent10/B/parent.txt", CORPUS / "independent10/B/B06-tan-thuan.txt")
    assert not _unassigned(report)
    given = {a.parent.pointer: a for a in report.alignment}["/assignments/5/tasks/4"]
    assert given.verdict == "partly_covered" and "Ban Chỉ huy Quân sự xã" in given.matches[0].child.text
    # I10-B08 gives no body the same duty (its Ban Chỉ huy Quân sự line only patrols): still reported.
    report = compare(CORPUS / "independent10/B/parent.txt", CORPUS / "independent10/B/B08-cai-doi-vam.txt")
    assert _unassigned(report) == {"/assignments/5/tasks/4"}


def test_few_words_credit_needs_every_clause_and_ignores_procedural_clauses():
    from plan_parser.compare.align import AssignedInFewWords
    from plan_parser.model import AlignedItem, ItemRef

    duties = ["Kiện toàn lực lượng xung kích cấp xã; tổ chức diễn tập ứng phó sạt lở.",
              "Rà soát, cắm biển cảnh báo các điểm sạt lở; bố trí lực lượng tuần tra.",
              "Củng cố Ban Chỉ huy phòng, chống thiên tai cấp xã, phân công thành viên phụ trách từng thôn."]  # fmt: skip

    def verdict(duty: int, line: str) -> str:
        side = load_side("KẾ HOẠCH\nPhòng, chống sạt lở\nIII. TỔ CHỨC THỰC HIỆN\n" + line)
        item = AlignedItem(parent=ItemRef(kind="duty", text=duties[duty], index=duty), matches=[], score=0.1, verdict="not_covered")
        return AssignedInFewWords(duties, side.document, 3).partial(item, 3).verdict

    # Both clauses' own pairs (kiện toàn, xung kích / diễn tập) in one line: partly given.
    assert verdict(0, "1. Ban Chỉ huy Quân sự xã: kiện toàn xung kích, diễn tập.") == "partly_covered"
    # Only the first clause's words: the drill is given to nobody.
    assert verdict(0, "1. Ban Chỉ huy Quân sự xã: kiện toàn xung kích, tuần tra.") == "not_covered"
    # Pairs another duty uses too ("lực lượng", "sạt lở") tell nothing.
    assert verdict(0, "1. Ban Chỉ huy Quân sự xã: bố trí lực lượng tuần tra điểm sạt lở.") == "not_covered"
    # A reporting clause that names the body to set up as its recipient gives nothing (heldout D-15); the same
    # words as an act do.
    assert verdict(2, "Các ban gửi báo cáo về Văn phòng thường trực Ban Chỉ huy phòng, chống thiên tai tỉnh trước ngày 20/11.") == "not_covered"
    assert verdict(2, "1. Văn phòng: củng cố Ban Chỉ huy phòng, chống thiên tai xã.") == "partly_covered"
    # ... also when a scan breaks the reporting sentence before the recipient's name (OCR of heldout D-15).
    wrapped = "Các ban gửi báo cáo kết quả trước ngày 20/11 để tổng hợp, báo cáo\nVăn phòng thường trực Ban Chỉ huy phòng, chống thiên tai tỉnh."
    assert verdict(2, wrapped) == "not_covered"
