"""Round 7, missing_section: each test names the plan format or parser bug behind a false alarm on the
tuning sets independent6-10 (a section the ward has, reported missing). Synthetic texts, parsed for real."""

from __future__ import annotations

from plan_parser.compare import compare, load_side
from plan_parser.compare.checks.sections import asks_ward_to_fund, funding_required, present_roles

HEAD = """ỦY BAN NHÂN DÂN
{issuer}
Số: {number}/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 10 tháng 2 năm 2026
KẾ HOẠCH
Phòng, chống sạt lở bờ sông năm 2026
"""
TAIL = """Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""
CONTENTS = ["Tuyên truyền, phổ biến kiến thức phòng, chống sạt lở cho người dân.",
            "Rà soát, cắm biển cảnh báo các điểm sạt lở nguy hiểm.",
            "Di dời các hộ dân ở khu vực nguy hiểm đến nơi an toàn."]  # fmt: skip


def province(targets: bool = True, criteria: bool = True, funding: str = "Kinh phí từ ngân sách tỉnh, ngân sách cấp xã theo phân cấp.") -> str:
    parts = ["I. MỤC ĐÍCH, YÊU CẦU", "Chủ động phòng ngừa, ứng phó với sạt lở, bảo đảm an toàn tính mạng của người dân."]
    if targets:
        parts += ["II. CHỈ TIÊU CỤ THỂ", "1. 100% điểm sạt lở nguy hiểm được cắm biển cảnh báo.",
                  "2. 100% hộ dân trong vùng nguy hiểm được di dời đến nơi an toàn."]  # fmt: skip
    parts += ["III. NHIỆM VỤ, GIẢI PHÁP", *(f"{i}. {c}" for i, c in enumerate(CONTENTS, 1))]
    if criteria:
        parts += ["IV. TIÊU CHÍ ĐÁNH GIÁ ĐỐI VỚI CẤP XÃ", "1. Tỷ lệ điểm sạt lở được cắm biển cảnh báo.",
                  "2. Tỷ lệ hộ dân được di dời đến nơi an toàn."]  # fmt: skip
    parts += ["V. KHEN THƯỞNG", "Hằng năm, Ủy ban nhân dân tỉnh xem xét khen thưởng tập thể, cá nhân tiêu biểu.",
              "VI. KINH PHÍ", funding,
              "VII. TỔ CHỨC THỰC HIỆN", "1. Ủy ban nhân dân các xã, phường",
              "a) Tổ chức rà soát, cắm biển cảnh báo các điểm sạt lở nguy hiểm.",
              "b) Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 10/12 hằng năm."]  # fmt: skip
    return HEAD.format(issuer="TỈNH CÀ MAU", number="27", place="Cà Mau") + "\n".join(parts) + "\n" + TAIL


def ward(*sections: str) -> str:
    return HEAD.format(issuer="XÃ ĐẤT MŨI", number="15", place="Đất Mũi") + "\n".join(sections) + "\n" + TAIL


CHILD_CONTENTS = "\n".join(f"{i}. {c}" for i, c in enumerate(CONTENTS, 1))
ORGANISATION = ("TỔ CHỨC THỰC HIỆN\n1. Công an xã: rà soát, cắm biển cảnh báo các điểm sạt lở nguy hiểm.\n"
                "2. Văn phòng Ủy ban nhân dân xã: báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 05/12 hằng năm.")  # fmt: skip


def section_alarms(parent_text: str, child_text: str) -> list[str]:
    report = compare(load_side(parent_text), load_side(child_text))
    return [f.message for f in report.alarms("missing_section")]


def test_capitals_heading_followed_by_a_percentage_target_is_a_section():
    # independent6-10 parents: "II. CHỈ TIÊU CỤ THỂ" then "1. 100% ..." were glued to the previous item (a label
    # before a figure was not an item, and the heading ran into the figure's paragraph).
    plan = load_side(province()).plan
    assert [s.heading for s in plan.sections][:3] == ["MỤC ĐÍCH, YÊU CẦU", "CHỈ TIÊU CỤ THỂ", "NHIỆM VỤ, GIẢI PHÁP"]
    assert plan.outline[1].children[0].text.startswith("100% điểm sạt lở")


def test_targets_section_with_criteria_merged_satisfies_the_criteria_section():
    # I6-A02/A05/A06/A11: "II. CHỈ TIÊU" (or "CHỈ TIÊU, TIÊU CHÍ") holds the ward's measurable part.
    child = ward("I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm an toàn cho người dân.", "II. CHỈ TIÊU, TIÊU CHÍ",
                 "1. 100% điểm sạt lở được cắm biển.", "III. NHIỆM VỤ", CHILD_CONTENTS, "IV. KHEN THƯỞNG",
                 "Ủy ban nhân dân xã khen thưởng theo thẩm quyền.", "V. " + ORGANISATION)  # fmt: skip
    assert section_alarms(province(), child) == []


def test_criteria_and_awards_merged_in_one_capitals_heading_after_a_bullet_line():
    # I8-A06: "III. TIÊU CHÍ VÀ KHEN THƯỞNG" then "* Tiêu chí: ..." — the heading was lost in its first paragraph.
    child = ward("I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm an toàn cho người dân.", "II. NHIỆM VỤ", CHILD_CONTENTS,
                 "III. TIÊU CHÍ VÀ KHEN THƯỞNG", "* Tiêu chí: tỷ lệ điểm sạt lở được cắm biển; tỷ lệ hộ được di dời.",
                 "* Khen thưởng: Chủ tịch Ủy ban nhân dân xã khen thưởng cá nhân tiêu biểu.", "IV. " + ORGANISATION)  # fmt: skip
    side = load_side(child)
    assert "TIÊU CHÍ VÀ KHEN THƯỞNG" in [s.heading for s in side.plan.sections]
    assert section_alarms(province(), child) == []


def test_conditions_for_awards_are_the_wards_criteria():
    # I9-A06/A11/B06: "III. ĐIỀU KIỆN XÉT KHEN THƯỞNG" states who qualifies: the criteria under another name.
    child = ward("I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm an toàn cho người dân.", "II. NHIỆM VỤ", CHILD_CONTENTS,
                 "III. ĐIỀU KIỆN XÉT KHEN THƯỞNG", "1. Điều kiện: hoàn thành cắm biển, di dời đúng tiến độ.",
                 "2. Hình thức: Giấy khen của Chủ tịch Ủy ban nhân dân xã.", "IV. " + ORGANISATION)  # fmt: skip
    assert section_alarms(province(), child) == []


def test_hurried_plan_with_run_in_labels_and_sentences_has_its_parts():
    # I7-A04 / I10-A02 / I10-B02: "1. Chỉ tiêu: ...", "2. Nội dung: ...", "Tiêu chí chấm điểm các ấp: ...",
    # "Cuối năm UBND xã khen thưởng ..." — every part is there, none under a heading of its own.
    child = ward("Thực hiện Kế hoạch số 27/KH-UBND của UBND tỉnh, UBND xã Đất Mũi xây dựng Kế hoạch như sau:",
                 "1. Chỉ tiêu: cắm biển 100% điểm sạt lở nguy hiểm; di dời 35 hộ.",
                 "2. Nội dung: tuyên truyền cho người dân; rà soát, cắm biển cảnh báo; di dời các hộ dân.",
                 "Tiêu chí chấm điểm các ấp: tỷ lệ điểm sạt lở được cắm biển; số hộ được di dời.",
                 "Cuối năm UBND xã khen thưởng theo thẩm quyền tổ xung kích, cá nhân tiêu biểu.",
                 "3. Phân công:", "- Công an xã: rà soát, cắm biển cảnh báo các điểm sạt lở nguy hiểm.")  # fmt: skip
    have = present_roles(load_side(child), by_content=True)
    assert {"criteria", "awards", "contents", "organisation"} <= set(have)


def test_part_named_on_the_line_after_phan_thu():
    # I7-A12: "Phần thứ ba" alone, "TỔ CHỨC THỰC HIỆN" on the next line — the organisation was reported missing.
    child = ward("Phần thứ nhất", "MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU", "1. Mục đích: bảo đảm an toàn cho người dân.",
                 "2. Chỉ tiêu: cắm biển 100% điểm sạt lở.", "Phần thứ hai", "NỘI DUNG, KHEN THƯỞNG",
                 "1. Nội dung: tuyên truyền; rà soát, cắm biển; di dời các hộ dân.",
                 "2. Khen thưởng: Ủy ban nhân dân xã khen thưởng theo thẩm quyền.", "Phần thứ ba", ORGANISATION)  # fmt: skip
    assert set(present_roles(load_side(child), by_content=True)) >= {"criteria", "awards", "contents", "organisation"}


def test_ward_without_targets_or_criteria_is_still_reported():
    # Recall: I6-A10 / I8-A09 / I10-A10 drop the whole chỉ tiêu / tiêu chí part; I7-A09 drops every award.
    child = ward("I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm an toàn cho người dân.", "II. NHIỆM VỤ", CHILD_CONTENTS,
                 "III. " + ORGANISATION)  # fmt: skip
    alarms = section_alarms(province(), child)
    assert any("“Tiêu chí" in m for m in alarms) and any("Hình thức khen thưởng" in m for m in alarms)


def test_targets_only_parent_asks_for_targets_and_figures_in_the_text_degrade_to_info():
    # I7-B10 (no targets at all: reported) against I10-B02 (targets written as figures in its aims: a note).
    parent = province(criteria=False)
    bare = ward("I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm an toàn cho người dân.", "II. NHIỆM VỤ", CHILD_CONTENTS,
                "III. KHEN THƯỞNG", "Ủy ban nhân dân xã khen thưởng theo thẩm quyền.", "IV. " + ORGANISATION)  # fmt: skip
    assert section_alarms(parent, bare) == ["Kế hoạch thiếu phần “Chỉ tiêu” mà kế hoạch cấp trên yêu cầu."]
    figures = bare.replace("Bảo đảm an toàn cho người dân.", "Năm 2026: cắm biển 100% điểm sạt lở nguy hiểm; di dời 35 hộ.")
    assert section_alarms(parent, figures) == []
    report = compare(load_side(parent), load_side(figures))
    assert any(f.type.value == "missing_section" and f.severity == "info" and "Chỉ tiêu" in f.message for f in report.findings)


def test_funding_sources_listing_the_commune_budget_ask_nothing_of_the_ward():
    # I7-A / I10-B: "ngân sách tỉnh, ngân sách cấp xã theo phân cấp" is a source, not a duty of the ward.
    assert not asks_ward_to_fund("nguon von ngan sach trung uong, ngan sach cap xa theo phan cap")
    assert not asks_ward_to_fund("kinh phi duoc bo tri trong du toan hang nam cua cac co quan, don vi, dia phuong")
    assert asks_ward_to_fund("uy ban nhan dan cac xa, phuong bo tri kinh phi trong du toan hang nam")
    assert funding_required(load_side(province())) is None
    asked = province(funding="Ủy ban nhân dân các xã, phường chủ động bố trí kinh phí thực hiện trong dự toán hằng năm.")
    assert funding_required(load_side(asked)) is not None
