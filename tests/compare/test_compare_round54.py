"""Round 54 (open cases of sets 2-208). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import CORPUS, findings_of, set_alarms

from plan_parser.compare.checks.citation import same_issuer
from plan_parser.compare.checks.coverage import _label_parts
from plan_parser.compare.discharge import undischarged_text


def test_an_item_merged_under_a_label_that_names_it_is_no_alarm():
    # I207-A07 (faithful, terse): "2. Bãi đẻ, cứu hộ: canh giữ tổ trứng, báo Vườn quốc gia Côn Đảo di dời, ấp, thả rùa
    # con; cứu hộ rùa mắc lưới; ..." merges "Bảo vệ bãi đẻ, ấp trứng và thả rùa con: ..." with "Cứu hộ rùa biển mắc
    # lưới, dạt vào bờ: ..."; the merged line scored 0.19 on the first and it was reported missing ("high")
    assert set_alarms("independent207", "A", "A07-binh-chau.txt", "missing_content") == []
    folder = CORPUS / "independent207" / "A"
    (merged,) = [f for f in findings_of(folder / "parent.txt", folder / "A07-binh-chau.txt", "missing_content")
                 if "bãi đẻ" in f.parent_evidence.quote]  # fmt: skip
    assert merged.severity == "info" and "gộp chung" in merged.message


def test_a_label_lists_its_topics_and_a_sentence_is_no_label():
    assert _label_parts("2. Bãi đẻ, cứu hộ: canh giữ tổ trứng") == ["bãi đẻ", "cứu hộ"]
    assert _label_parts("d) Giáo dục thường xuyên, trung cấp, sơ cấp: giới thiệu") == ["giáo dục thường xuyên", "trung cấp", "sơ cấp"]
    # a clause ended by a colon far into a long sentence is no label
    assert _label_parts("Phòng Văn hóa - Xã hội chủ trì, phối hợp các đơn vị liên quan tổ chức tuyên truyền rộng rãi: loa") == []


# Sets 209-214, scored blind at 2b97ea9, tuning since.


def test_a_date_in_a_table_row_is_for_the_act_its_own_cell_names():
    # I213-B06 (faithful): "| 2 | Tổ chức lớp truyền nghề ...; tôn vinh nghệ nhân truyền dạy | Phòng Văn hóa - Xã hội |
    # Cơ sở đúc đồng | Khai giảng trước ngày 30/4/2026 |" opens the classes on the parent's 30/4; "nghệ nhân" of the task
    # cell paired the date with the parent's survey of craftsmen due 15/3, and it was reported late
    assert set_alarms("independent213", "B", "B06-vy-da.txt", "deadline_conflict") == []


def test_a_thing_made_to_standard_names_no_criteria():
    # I214-B07 (planted): the ward dropped "III. TIÊU CHÍ VƯỜN DẺ THÂM CANH" and kept "II. CHỈ TIÊU"; its "sản xuất cây
    # giống ghép đạt tiêu chuẩn, cung ứng đủ giống" was read as naming criteria, so the targets stood for them
    (finding,) = set_alarms("independent214", "B", "B07-kham-thanh.txt", "missing_section")
    assert "TIÊU CHÍ VƯỜN DẺ" in finding.parent_evidence.quote


def test_directing_the_villages_to_implement_is_the_plan_itself():
    # sets 212-A and 212-B: "Xây dựng, ban hành kế hoạch thực hiện trên địa bàn; chỉ đạo các thôn, tổ dân phố triển khai
    # thực hiện" was left with its second clause, given to no body (rules alone: I212-A04, I212-B08)
    assert undischarged_text("Xây dựng, ban hành kế hoạch thực hiện trên địa bàn; chỉ đạo các thôn, tổ dân phố triển khai thực hiện.", ["x"]) is None
    # ... not a directive with work of its own
    assert undischarged_text("Chỉ đạo các thôn rà soát, lập danh sách hộ trồng cam", ["x"])
    findings = findings_of(CORPUS / "independent212" / "A" / "parent.txt", CORPUS / "independent212" / "A" / "A04-phu-luu.txt",
                           "unassigned_task")  # fmt: skip
    assert [f.parent_evidence.pointer for f in findings if f.severity != "info"] == ["/assignments/7/tasks/3"]


def test_an_issuer_line_garbled_by_ocr_still_names_its_province():
    # English-model OCR of set 212-A: the parent's "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG" came back "ỦY BAN NHÂN DANTiINH
    # TUYÊN QUANG", and all twelve children's correct citations were reported as citing the wrong issuer
    assert same_issuer("Ủy ban nhân dân tỉnh Tuyên Quang", "ỦY BAN NHÂN DANTiINH TUYÊN QUANG")
    # ... while another province, or another body of the same province, is still another issuer
    assert not same_issuer("Ủy ban nhân dân tỉnh Lạng Sơn", "ỦY BAN NHÂN DANTiINH TUYÊN QUANG")
    assert not same_issuer("Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang", "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG")


# Sets 215-220, scored blind at a7a2874, tuning since.


def test_targets_alone_do_not_answer_criteria_listed_beside_them():
    # I215-B08, I218-B09 (planted; I207-B08 before them): the parent's "II. CHỈ TIÊU VÀ TIÊU CHÍ" holds "1. Chỉ tiêu ..."
    # and "2. Tiêu chí vùng trồng na đạt chuẩn" with criteria of its own; the ward kept only "CHỈ TIÊU NĂM 2026", which was
    # read as its criteria part
    (finding,) = set_alarms("independent215", "B", "B08-tuan-son.txt", "missing_section")
    assert "TIÊU CHÍ" in finding.parent_evidence.quote
    assert set_alarms("independent218", "B", "B09-hoa-khanh.txt", "missing_section")
    # ... while a ward that restates a criterion under its targets is no alarm (set 121-A, whose annotator accepted it)
    assert set_alarms("independent121", "A", "A03-gia-dinh.txt", "missing_section") == []


def test_an_aside_before_the_province_possessive_belongs_to_the_noun():
    # I218-B05 (faithful): "tham gia sơ kết giai đoạn 1 (tháng 7/2026) và tổng kết (tháng 12/2026) của thành phố": the
    # parenthesis cut the clause before "của thành phố" down to nothing, and the city's review read as the ward's scope
    assert set_alarms("independent218", "B", "B05-son-tra.txt", "locality_residue") == []


def test_a_review_held_in_a_month_after_the_parents_day_is_late():
    # I216-A06 (planted): "Tháng 8/2026: tổng kết, đánh giá công tác phục vụ Lễ hội trên địa bàn xã" against the parent's
    # "Trước ngày 30/6/2026: tổng kết, đánh giá công tác tổ chức Lễ hội": the child's review is a timeline entry, the
    # parent's a dated task, and neither check compared them
    (finding,) = set_alarms("independent216", "A", "A06-vinh-gia.txt", "timeline_mismatch")
    assert "8/2026" in finding.message and "30/06/2026" in finding.message
