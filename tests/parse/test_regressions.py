"""Regression tests, each named after the bug it pins down."""

import pytest

from plan_parser.parse import ParseOptions, find_citations, normalise_number, parse
from plan_parser.parse.outline import read_roman
from plan_parser.read import read

NO_RESTORE = ParseOptions(restore="never")
HEADER = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG TÂN LẬP Độc lập - Tự do - Hạnh phúc
Số: {number} Tân Lập, ngày {day} tháng 8 năm 2025
KẾ HOẠCH
Triển khai Phong trào thi đua trên địa bàn phường Tân Lập

Thực hiện Kế hoạch số 003/KH-UBND, ngày 18/7/2025 của UBND tỉnh về triển khai trên địa bàn tỉnh Đắk Lắk.
"""


def test_blank_number_is_null_not_an_error():
    plan = parse(HEADER.format(number="/KH-UBND", day="14"), options=NO_RESTORE)
    assert plan.number is None
    assert plan.date == "2025-08-14"


def test_blank_day_gives_year_and_month():
    plan = parse(HEADER.format(number="18 /KH-UBND", day=""), options=NO_RESTORE)
    assert plan.date == "2025-08"
    assert plan.number == "18/KH-UBND"


def test_merged_header_columns_give_issuer_and_place():
    plan = parse(HEADER.format(number="18 /KH-UBND", day="14"), options=NO_RESTORE)
    assert plan.issuer == "Ủy ban nhân dân phường Tân Lập"
    assert plan.issuer_level == "commune"
    assert plan.place == "Tân Lập"


def test_ubnd_tinh_in_bases_resolves_to_the_province_named_in_the_text():
    plan = parse(HEADER.format(number="18 /KH-UBND", day="14"), options=NO_RESTORE)
    assert plan.bases[0].issuer == "Ủy ban nhân dân tỉnh Đắk Lắk"


@pytest.mark.parametrize("label,value", [("II1", 3), ("I1", 2), ("VIL", 7), ("IV", 4), ("l", None), ("12", None)])
def test_ocr_damaged_roman_numerals(label, value):
    assert read_roman(label) == value


def test_II1_section_reads_as_III_and_repeated_II_becomes_III():
    text = "KẾ HOẠCH\nThử\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Một.\nII. NỘI DUNG\n1. Làm.\nII1. TỔ CHỨC THỰC HIỆN\n"
    assert [s.label for s in parse(text, options=NO_RESTORE).sections] == ["I", "II", "III"]
    text = text.replace("II1.", "II.")
    assert [s.label for s in parse(text, options=NO_RESTORE).sections] == ["I", "II", "III"]


def test_lost_point_letter_takes_the_next_letter():
    text = "KẾ HOẠCH\nThử\n\nI. MỤC ĐÍCH\n1. Mục đích\na) Một việc.\nb) Hai việc.\n) Ba việc.\n"
    plan = parse(text, options=NO_RESTORE)
    points = plan.outline[0].children[0].children
    assert [p.label for p in points] == ["a", "b", "c"]
    assert plan.purposes == ["Một việc.", "Hai việc.", "Ba việc."]


def test_hyphen_continuing_a_body_name_is_not_a_dash_item():
    text = ("KẾ HOẠCH\nThử\n\nI. TỔ CHỨC THỰC HIỆN\n1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị\n"
            "- xã hội phường\n\na) Vận động đoàn viên.\n")
    plan = parse(text, options=NO_RESTORE)
    assert plan.assignments[0].body == "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội phường"


def test_title_starting_with_trien_khai_is_not_taken_for_a_bases_paragraph():
    text = "KẾ HOẠCH\n\nTriển khai Phong trào thi đua\ntrên địa bàn phường\n\nThực hiện Kế hoạch số 1/KH-UBND.\n"
    plan = parse(text, options=NO_RESTORE)
    assert plan.title == "Triển khai Phong trào thi đua trên địa bàn phường"
    assert [b.number for b in plan.bases] == ["1/KH-UBND"]


def test_all_caps_title_becomes_sentence_case_with_the_bodys_own_casing():
    text = ("KẾ HOẠCH\n\nTRIỂN KHAI CHỈ THỊ SỐ 32/CT-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ TRÊN ĐỊA BÀN TỈNH NGHỆ AN\n\n"
            "Thực hiện Chỉ thị số 32/CT-TTg của Thủ tướng Chính phủ, UBND tỉnh Nghệ An ban hành kế hoạch.\n")
    plan = parse(text, options=NO_RESTORE)
    assert plan.title == "Triển khai Chỉ thị số 32/CT-TTg của Thủ tướng Chính phủ trên địa bàn tỉnh Nghệ An"


def test_yearly_deadline_with_recipient():
    text = ("KẾ HOẠCH\nThử\n\nI. TỔ CHỨC THỰC HIỆN\nĐịnh kỳ hàng năm các cơ quan gửi báo cáo kết quả về Phòng Văn hóa"
            " - Xã hội trước ngày 15/12 để tổng hợp.\n")
    deadline = parse(text, options=NO_RESTORE).deadlines[0]
    assert (deadline.date, deadline.recurring, deadline.what, deadline.to) == (
        "--12-15", "yearly", "báo cáo kết quả", "Phòng Văn hóa - Xã hội")


@pytest.mark.parametrize(
    "text,number,date,issuer",
    [
        ("Căn cứ Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ", "923/QĐ-TTg", "2025-05-14", "Thủ tướng Chính phủ"),
        ("Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về", "57-NQ/TW", "2024-12-22", "Bộ Chính trị"),
        ("Kế hoạch số 01-KH/ĐU ngày 04/7/2025 của Đảng ủy xã Tứ Kỳ về", "01-KH/ĐU", "2025-07-04", "Đảng ủy xã Tứ Kỳ"),
        ("Nghị quyết số 71/NQ-CP ngày 01/4/2025 sửa đổi", "71/NQ-CP", "2025-04-01", "Chính phủ"),
        # Independent compare set E03: no "về" before the subject, the issuer swallowed "phát động Phong trào".
        ("Kế hoạch số 214/KH-UBND ngày 12 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh Thanh Hóa phát động Phong trào thi đua",
         "214/KH-UBND", "2025-08-12", "Ủy ban nhân dân tỉnh Thanh Hóa"),
        ("Kế hoạch số 305/KH-UBND ngày 25/7/2025 của Ủy ban nhân dân thành phố Cần Thơ bảo đảm trật tự, an toàn giao thông",
         "305/KH-UBND", "2025-07-25", "Ủy ban nhân dân thành phố Cần Thơ"),
    ],
)
def test_citations(text, number, date, issuer):
    c = find_citations(text)[0]
    assert (c.number, c.date, c.issuer) == (number, date, issuer)


def test_normalise_number_tolerates_ocr_variants():
    assert normalise_number("003/KH-UBND") == normalise_number("3 / KH–UBND") == normalise_number("O03/KH-UBND")
    assert normalise_number("923/QĐ-TTg") == normalise_number("923/QD-TTG")
    assert normalise_number("150/KH-UBND") != normalise_number("151/KH-UBND")


# --------------------------------------------------------------------------- restorer damage (raw seeds end to end)


def test_damaged_opening_cue_still_gives_bases():
    # The restorer turned "Căn cứ" into "Cần ctv" and "Thực hiện" into "Thue hién": bases were lost.
    for opening in ("Cần ctv Quyết định", "Thue hién Ké hoach"):
        text = HEADER.format(number="18 /KH-UBND", day="14").replace("Thực hiện Kế hoạch", opening)
        plan = parse(text, options=NO_RESTORE)
        assert [b.number for b in plan.bases] == ["003/KH-UBND"], opening


def test_damaged_small_words_in_a_citation():
    c = find_citations("Thue hién Ké hoach sé 150/KH-UBND ngay 16/6/2025 caa Uy ban nhan dan thanh pho Hai Phong vé phat dong")[0]
    assert (c.doc_type, c.number, c.date) == ("Kế hoạch", "150/KH-UBND", "2025-06-16")
    assert c.issuer.startswith("Ủy ban nhân dân")


@pytest.mark.parametrize("label", ["ii.", "II,", "II", "v."])
def test_lower_case_or_unpunctuated_roman_label_is_a_section(label):
    text = HEADER.format(number="18 /KH-UBND", day="14") + f"\nI. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức.\n\n{label} TO CHUC THUC HIEN\n1. Phòng Văn hóa - Xã hội\n- Chủ trì tổ chức thực hiện Kế hoạch.\n"
    plan = parse(text, options=NO_RESTORE)
    # "v." straight after I keeps its printed value (a plan may skip), the others read as II.
    assert [s.label for s in plan.sections] == ["I", "V" if label == "v." else "II"]
    assert plan.assignments and plan.assignments[0].body == "Phòng Văn hóa - Xã hội"


def test_section_one_read_as_item_one_is_promoted():
    text = HEADER.format(number="18 /KH-UBND", day="14") + "\n1. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức.\n\nII. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội chủ trì.\n"
    plan = parse(text, options=NO_RESTORE)
    assert [s.label for s in plan.sections] == ["I", "II"]
    assert plan.purposes == ["Nâng cao nhận thức."]


def test_paren_label_with_a_stray_letter():
    from plan_parser.parse.outline import classify

    assert classify("(5s) Tổ chức tuyên truyền")[:2] == ("paren", "5")


def test_damaged_deadline_cue_trudee():
    from plan_parser.parse.deadlines import find_deadlines

    found = find_deadlines("Định kỳ hằng năm gửi báo cáo kết quả về UBND xã (qua Phòng Văn hóa - Xã hội) trudée ngày 15/12 hằng năm.")
    assert [(d.date, d.recurring) for d, _, _ in found] == [("--12-15", "yearly")]
    assert find_deadlines("tổ chức lễ phát động trong ngày 15/12.") == []


def test_award_with_a_wrong_mark_co_for_co_thi_dua():
    text = HEADER.format(number="18 /KH-UBND", day="14") + (
        "\nI. HÌNH THỨC KHEN THƯỞNG\n+ Huân chương Lao động;\n+ Có Thi đua của Chính phủ;\n+ Gidy khen.\n"
    )
    plan = parse(text, options=NO_RESTORE)
    assert len(plan.awards) == 3


def test_phase_with_damaged_tu_and_year_words():
    from plan_parser.parse.timeline import timeline_entry

    (phase,) = timeline_entry("Giai doan 1 (tir 2025 - 2027): Xay dung ke hoach")
    assert (phase.label, phase.start, phase.end) == ("Giai đoạn 1", 2025, 2027)
    entries = timeline_entry("Gìai đoạn 2 (từ 2027 - 2030): tổng kêt vào nắm 2030.")
    assert [(e.start, e.end) for e in entries] == [(2027, 2030), (2030, 2030)]


def test_phase_starting_at_a_month_and_phase_named_by_years_only():
    # Independent compare set: "Giai đoạn 1 (từ tháng 8/2025 đến hết năm 2027)" was dropped (the month
    # before the year) and "Giai đoạn 2025 - 2026: ..." read "2025" as the phase number: empty timeline.
    from plan_parser.parse.timeline import timeline_entry

    first = timeline_entry("Giai đoạn 1 (từ tháng 8/2025 đến hết năm 2027): phát động; sơ kết giai đoạn 1 trong quý IV năm 2027.")
    assert [(e.label, e.start, e.end) for e in first] == [("Giai đoạn 1", 2025, 2027), (None, 2027, 2027)]
    (dash,) = timeline_entry("Giai đoạn 1 (tháng 8/2025 - hết năm 2027): phát động trong tháng 9/2025.")
    assert (dash.start, dash.end) == (2025, 2027)
    by_years = timeline_entry("Giai đoạn 2027 - 2030: duy trì; sơ kết vào năm 2027 và tổng kết vào năm 2030.")
    assert [(e.label, e.start, e.end) for e in by_years] == [("Giai đoạn", 2027, 2030), (None, 2027, 2027), (None, 2030, 2030)]


def test_milestone_year_written_before_the_word():
    # Independent compare set F02: "năm 2027 sơ kết, năm 2030 tổng kết" read sơ kết as 2030 (the next year).
    from plan_parser.parse.timeline import timeline_entry

    entries = timeline_entry("Năm 2027 - 2030: duy trì, nâng cao hiệu quả; năm 2027 sơ kết, năm 2030 tổng kết.")
    assert [(e.start, e.what) for e in entries[1:]] == [(2027, "sơ kết"), (2030, "tổng kết")]
    entries = timeline_entry("Giai đoạn 2 (2027 - 2030): sơ kết vào năm 2027 và tổng kết vào năm 2030.")
    assert [(e.start, e.what) for e in entries[1:]] == [(2027, "sơ kết"), (2030, "tổng kết")]
    entries = timeline_entry("Giai đoạn 2027 - 2030: duy trì; sơ kết năm 2027, tổng kết năm 2030.")
    assert [(e.start, e.what) for e in entries[1:]] == [(2027, "sơ kết"), (2030, "tổng kết")]


def test_recipient_debris_from_merged_columns_is_cut():
    from plan_parser.parse.footer import _clean_recipient

    assert _clean_recipient("Sở Khoa học và Công nghệ thành phố; ; 0 [’") == "Sở Khoa học và Công nghệ thành phố"
    assert _clean_recipient("BỘ Nội vụ; ' N )") == "BỘ Nội vụ"
    assert _clean_recipient("Sở KH&CN (b/c)") == "Sở KH&CN (b/c)"


def test_second_authority_mark_signs_tm_then_kt():
    # Seed 004: "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH"; the position was taken from the KT. line.
    text = HEADER.format(number="18 /KH-UBND", day="14") + "\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n- UBND tỉnh; KT. CHỦ TỊCH\n- Lưu: VT.\n"
    plan = parse(text, options=NO_RESTORE)
    assert plan.signer.authority == "KT. CHỦ TỊCH"
    assert plan.signer.position is None
    assert plan.recipients == ["UBND tỉnh", "Lưu: VT"]


def test_signer_name_on_the_last_line_below_the_recipients():
    # Seed 001: the name stands after the whole Nơi nhận list.
    lines = "\n".join(f"- Đơn vị {i};" for i in range(12))
    text = HEADER.format(number="18 /KH-UBND", day="14") + f"\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n{lines}\n- Lưu: VT.\n\nTrần Sỹ Thanh\n"
    assert parse(text, options=NO_RESTORE).signer.name == "Trần Sỹ Thanh"


def test_issuer_from_the_opening_when_the_header_lacks_it():
    # Seed 004: the OCR began at "Số:"; the opening says "UBND phương Uống Bị xây dựng Kế hoạch" (damaged).
    text = (
        "Số: 53/KH-UBND Uông Bí, ngày 14 tháng 8 năm 2025\nKẾ HOẠCH\nPhát động thi đua trên địa bàn phường Uông Bí\n\n"
        "Thực hiện Kế hoạch số 153/KH-UBND ngày 06/6/2025 của UBND tỉnh Quảng Ninh, UBND phương\n"
        "Uống Bị xây dựng Kế hoạch phát động trên địa bàn phường Uông Bí, cụ thể như sau:\n\nI. MỤC ĐÍCH\n- Một.\n"
    )
    plan = parse(text, options=NO_RESTORE)
    assert plan.issuer == "Ủy ban nhân dân phường Uông Bí"
    assert plan.issuer_level == "commune"


def test_place_with_a_wrong_mark_on_the_locality_word():
    text = HEADER.format(number="18 /KH-UBND", day="14").replace("Tân Lập, ngày", "Phượng Tân Lập, ngày")
    assert parse(text, options=NO_RESTORE).place == "Phường Tân Lập"


def test_impossible_day_keeps_year_and_month():
    # Seed 001: "ngày 78 tháng 7 năm 2025" (OCR for 28): the month is still known.
    plan = parse(HEADER.format(number="18 /KH-UBND", day="78"), options=NO_RESTORE)
    assert plan.date == "2025-08"


# --------------------------------------------------------------------------- decision headers (corpus review)


def test_body_name_split_over_two_header_lines():
    text = "BỘ KHOA HỌC VÀ\nCÔNG NGHỆ\n\nSố: 4001/QĐ-BKHCN\nHà Nội, ngày 02 tháng 12 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ\n"
    plan = parse(text, options=NO_RESTORE)
    assert plan.issuer == "Bộ Khoa học và Công nghệ"
    assert plan.parent_issuer is None
    assert plan.issuer_level == "ministry"


def test_number_on_the_line_after_so():
    text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nSố:\n38/2025/QĐ-UBND\n\nCần Thơ, ngày 20\ntháng 11 năm 2025\n\nQUYẾT ĐỊNH\nVỀ VIỆC PHÂN CẤP\n"
    plan = parse(text, options=NO_RESTORE)
    assert plan.number == "38/2025/QĐ-UBND"
    assert plan.issuer == "Ủy ban nhân dân thành phố Cần Thơ"
    assert plan.date == "2025-11-20"


def test_date_broken_after_thang_is_not_item_16():
    # "Căn cứ Luật ... ngày" / "16 tháng 6 năm 2025;" read as item 16 ended the opening: no bases.
    text = HEADER.format(number="18 /KH-UBND", day="14").replace(
        "Thực hiện Kế hoạch số 003/KH-UBND, ngày 18/7/2025", "Căn cứ Quyết định số 3740/QĐ-BTC ngày 05 tháng\n11 năm 2025 của Bộ Tài chính;\nThực hiện Kế hoạch số 003/KH-UBND, ngày 18/7/2025"
    )
    plan = parse(text, options=NO_RESTORE)
    assert [b.number for b in plan.bases] == ["3740/QĐ-BTC", "003/KH-UBND"]


# ---------------------------------------------------------------- second independent comparison set

CLOSING_PLAN = HEADER.format(number="12/KH-UBND", day="14") + """
I. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch
- Theo dõi, tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 25/12 hằng năm.
2. Ủy ban nhân dân các xã, phường, đặc khu
- Thành lập Ban quản lý điểm du lịch cộng đồng tại thôn, buôn.
- Định kỳ 6 tháng (trước ngày 15/6 và 15/12) báo cáo kết quả thực hiện về Sở Văn hóa, Thể thao và Du lịch để tổng hợp.
Yêu cầu các sở, ngành, Ủy ban nhân dân các xã, phường, đặc khu triển khai thực hiện nghiêm túc Kế hoạch này. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo về Sở Văn hóa, Thể thao và Du lịch./.
"""


def test_regression_closing_instruction_to_everyone_is_not_a_duty_of_the_last_body():
    # independent2 parent B: "Yêu cầu các sở, ngành, Ủy ban nhân dân các xã ..." was the communes' last task.
    plan = parse(CLOSING_PLAN, options=NO_RESTORE)
    communes = plan.assignments[-1]
    assert communes.body.startswith("Ủy ban nhân dân các xã")
    assert len(communes.tasks) == 2 and not any(t.startswith("Yêu cầu") for t in communes.tasks)


def test_regression_a_deadline_with_two_dates_gives_both():
    # independent2 parent B: "Định kỳ 6 tháng (trước ngày 15/6 và 15/12)" gave only --06-15, what "- Định kỳ 6 tháng (".
    plan = parse(CLOSING_PLAN, options=NO_RESTORE)
    half = [d for d in plan.deadlines if d.date in ("--06-15", "--12-15")]
    assert [d.date for d in half] == ["--06-15", "--12-15"]
    assert all(d.recurring == "yearly" and d.what.startswith("Định kỳ 6 tháng báo cáo") for d in half)
    assert half[0].to == "Sở Văn hóa, Thể thao và Du lịch"
    assert all(f"/deadlines/{i}" in plan.provenance for i in range(len(plan.deadlines)))


def test_regression_each_date_of_a_listing_gets_its_own_words():
    # independent2 B12: both dates had what "báo cáo kết quả" and to "Sở ...: báo cáo 6 t" ("tháng" read as "hằng").
    from plan_parser.parse.deadlines import find_deadlines

    text = "Tổng hợp, báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch: báo cáo 6 tháng trước ngày 25/6, báo cáo năm trước ngày 10/12 hằng năm."
    found = [d for d, _, _ in find_deadlines(text)]
    assert [(d.date, d.what) for d in found] == [("--06-25", "báo cáo 6 tháng"), ("--12-10", "báo cáo năm")]
    assert {d.to for d in found} == {"Sở Văn hóa, Thể thao và Du lịch"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sơ kết giai đoạn 1 vào quý IV năm 2026; tổng kết Phong trào vào năm 2030.", [(2026, "Sơ kết giai đoạn 1"), (2030, "tổng kết Phong trào")]),
        ("Năm 2029 sơ kết; năm 2030 tổng kết thực hiện Kế hoạch.", [(2029, "sơ kết"), (2030, "tổng kết")]),
        ("Năm 2028: sơ kết thực hiện Kế hoạch; năm 2030: tổng kết thực hiện Kế hoạch.", [(2028, "sơ kết thực hiện Kế hoạch"), (2030, "tổng kết thực hiện Kế hoạch.")]),
        ("Sơ kết vào quý IV năm 2026, tổng kết vào năm 2030.", [(2026, "Sơ kết"), (2030, "tổng kết")]),
    ],
)
def test_regression_milestones_without_a_phase_or_a_leading_year_are_read(text, expected):
    # independent2: parent A's "Sơ kết giai đoạn 1 vào quý IV năm 2026; ..." and B10's "Năm 2029 sơ kết; ..."
    # gave no timeline entry; parent B's "Năm 2028: sơ kết ...; năm 2030: tổng kết ..." lost the 2030.
    from plan_parser.parse.timeline import timeline_entry

    assert [(e.start, e.what) for e in timeline_entry(text)] == expected


# --- Held-out tuning round (corpus/gold/parse/heldout): one test per error class, on made-up plans.


def test_run_in_assignment_without_a_colon_names_the_body_before_its_first_verb():
    # "1. Công an xã chủ trì; ..." and "2. Phòng Văn hóa - Xã hội bố trí ..." gave no assignment at all.
    text = HEADER.format(number="18 /KH-UBND", day="14") + (
        "\nI. TỔ CHỨC THỰC HIỆN\n"
        "1. Công an phường chủ trì; tham mưu kiện toàn Ban Chỉ đạo phòng, chống tội phạm phường.\n"
        "2. Phòng Văn hóa - Xã hội bố trí cán bộ theo dõi các điểm sinh hoạt cộng đồng.\n"
        "3. Đề nghị Ủy ban MTTQ Việt Nam phường, Đoàn Thanh niên phường vận động đoàn viên tham gia.\n"
        "4. Các tổ dân phố báo cáo kết quả về Công an phường trước ngày 05/6 hằng năm.\n"
        "5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng\n- Phối hợp bố trí mặt bằng.\n"
    )
    got = [(a.body, a.role, a.tasks) for a in parse(text, options=NO_RESTORE).assignments]
    assert got == [
        ("Công an phường", "chủ trì", ["tham mưu kiện toàn Ban Chỉ đạo phòng, chống tội phạm phường."]),
        ("Phòng Văn hóa - Xã hội", "thực hiện", ["bố trí cán bộ theo dõi các điểm sinh hoạt cộng đồng."]),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam phường, Đoàn Thanh niên phường", "thực hiện", ["vận động đoàn viên tham gia."]),
        ("Các tổ dân phố", "thực hiện", ["báo cáo kết quả về Công an phường trước ngày 05/6 hằng năm."]),
        # a heading over its own list keeps its whole name, though "xây dựng" is also a verb
        ("Các chủ đầu tư xây dựng và kinh doanh hạ tầng", "phối hợp", ["Phối hợp bố trí mặt bằng."]),
    ]


def test_run_in_body_does_not_cut_at_a_verb_used_as_a_noun_or_at_a_leading_verb():
    from plan_parser.parse.assignments import body_run_in

    assert body_run_in("Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội vận động hội viên.").body == (
        "Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội")
    assert body_run_in("Ban chỉ đạo phường chỉ đạo các tổ dân phố.").body == "Ban chỉ đạo phường"
    assert body_run_in("Tổ chức tập huấn, hướng dẫn nghiệp vụ cho công chức.") is None  # a duty, not a body
    assert body_run_in("Phòng Kinh tế: tham mưu ...") is None  # a colon names the body: the heading rule reads it


def test_run_in_section_heading_with_a_colon_is_split_from_its_body():
    # "III. THỜI GIAN: giai đoạn ..." was not a section (mixed case), so the timeline and section list lost it.
    text = HEADER.format(number="18 /KH-UBND", day="14") + (
        "\nI. NHIỆM VỤ\n1. Tuyên truyền.\n"
        "II. THỜI GIAN: giai đoạn 2025 - 2027 (sơ kết tháng 12/2027); giai đoạn 2028 - 2030 (tổng kết tháng 12/2030).\n"
        "III. KINH PHÍ: ngân sách phường theo phân cấp.\n"
    )
    plan = parse(text, options=NO_RESTORE)
    assert [(s.label, s.heading) for s in plan.sections] == [("I", "NHIỆM VỤ"), ("II", "THỜI GIAN"), ("III", "KINH PHÍ")]
    assert [(e.start, e.end) for e in plan.timeline] == [(2025, 2027), (2027, 2027), (2028, 2030), (2030, 2030)]
    span = plan.provenance["/sections/1"]
    assert text[span.char_start : span.char_end] == "II. THỜI GIAN"


def test_undivided_purpose_and_requirement_paragraph_is_split_at_the_first_requirement_cue():
    # Section I "MỤC ĐÍCH, YÊU CẦU" as one paragraph went whole into both purposes and requirements.
    text = HEADER.format(number="18 /KH-UBND", day="14") + (
        "\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức của Nhân dân về phòng cháy; giảm số vụ cháy. "
        "Xác định đây là nhiệm vụ thường xuyên; phân công rõ trách nhiệm.\nII. NỘI DUNG\n1. Tuyên truyền.\n"
    )
    plan = parse(text, options=NO_RESTORE)
    assert plan.purposes == ["Nâng cao nhận thức của Nhân dân về phòng cháy; giảm số vụ cháy."]
    assert plan.requirements == ["Xác định đây là nhiệm vụ thường xuyên; phân công rõ trách nhiệm."]
    span = plan.provenance["/requirements/0"]
    assert text[span.char_start : span.char_end].startswith("Xác định đây là")
    no_cue = text.replace("Xác định đây là", "Đây là")
    plan = parse(no_cue, options=NO_RESTORE)
    assert len(plan.purposes) == 1 and plan.requirements == []


def test_numbered_content_item_with_plus_sub_items_is_one_entry():
    # "1. Tuyên truyền và tập huấn:" with "+" lines was split into its sub-items (the schema counts numbered items).
    text = HEADER.format(number="18 /KH-UBND", day="14") + (
        "\nI. NHIỆM VỤ, GIẢI PHÁP\n1. Tuyên truyền và tập huấn:\n+ Tuyên truyền trong trường học;\n+ Tập huấn cho giáo viên.\n"
        "2. Quản lý người nghiện: rà soát, thống kê.\n"
    )
    plan = parse(text, options=NO_RESTORE)
    assert plan.contents == [
        "Tuyên truyền và tập huấn: Tuyên truyền trong trường học; Tập huấn cho giáo viên.",
        "Quản lý người nghiện: rà soát, thống kê.",
    ]


def test_phase_range_with_month_and_year_words():
    # "Giai đoạn 1 (từ tháng 7 năm 2025 đến hết năm 2027)" gave no phase, only its sơ kết year.
    from plan_parser.parse.timeline import timeline_entry

    entries = timeline_entry("Giai đoạn 1 (từ tháng 7 năm 2025 đến hết năm 2027): phát động; sơ kết vào quý IV năm 2027.")
    assert [(e.label, e.start, e.end) for e in entries] == [("Giai đoạn 1", 2025, 2027), (None, 2027, 2027)]


def test_awards_written_as_sentences_give_the_award_forms():
    # "- Giấy khen của Chủ tịch ... tặng hằng năm ...", "- Đề nghị ... tặng Bằng khen, Cờ thi đua cho ..." gave one
    # whole-sentence award; "tặng Bằng khen" beside a listed "Bằng khen của ..." is the same form.
    text = HEADER.format(number="18 /KH-UBND", day="14") + (
        "\nI. HÌNH THỨC KHEN THƯỞNG\n"
        "1. Khen thưởng hằng năm: Chủ tịch Ủy ban nhân dân phường tặng Giấy khen cho cá nhân tiêu biểu.\n"
        "2. Khen thưởng tổng kết:\n"
        "- Giấy khen của Chủ tịch Ủy ban nhân dân phường tặng khi tổng kết;\n"
        "- Đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen, Cờ thi đua cho tập thể xuất sắc;\n"
        "- Công trình phúc lợi trị giá 500 triệu đồng cho tổ dân phố dẫn đầu.\n"
    )
    plan = parse(text, options=NO_RESTORE)
    assert plan.awards == ["Giấy khen của Chủ tịch Ủy ban nhân dân phường", "Bằng khen", "Cờ thi đua",
                           "Công trình phúc lợi trị giá 500 triệu đồng"]  # fmt: skip
    span = plan.provenance["/awards/2"]
    assert text[span.char_start : span.char_end] == "Cờ thi đua"


def test_a_rule_line_above_the_date_line_is_not_part_of_the_place():
    # Regression (held-out gold independent4-A05): the "-----" rule under the header was glued to the
    # place, giving "--------------- Diễn Châu".
    from plan_parser.parse import parse

    text = (
        "ỦY BAN NHÂN DÂN\nXÃ DIỄN CHÂU\nSố: 176/KH-UBND\n---------------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
        "Diễn Châu, ngày 19 tháng 8 năm 2025\nKẾ HOẠCH\nTriển khai thực hiện Phong trào thi đua\n"
    )
    plan = parse(text)
    assert plan.place == "Diễn Châu"
    assert plan.date == "2025-08-19"


@pytest.mark.parametrize("line, label", [
    ("Phần I. MỤC ĐÍCH, YÊU CẦU", "I"),
    ("PHẦN II.", "II"),  # the heading on the next line
    ("Mục III - NỘI DUNG THỰC HIỆN", "III"),
    ("Chương IV: TỔ CHỨC THỰC HIỆN", "IV"),
])  # fmt: skip
def test_named_roman_headings_are_sections(line, label):
    # Regression (independent5 B02/B04/B06/B08): "Phần I. ..." headings were body text, so the plan lost
    # its contents and assignments.
    from plan_parser.parse.outline import classify

    assert classify(line)[:2] == ("section", label)


@pytest.mark.parametrize("line", ["Mục tiêu chung là nâng cao nhận thức.", "Phần việc còn lại do thôn đảm nhận."])
def test_words_that_open_named_headings_stay_text(line):
    from plan_parser.parse.outline import classify

    assert classify(line) is None


def test_plan_with_phan_headings_keeps_contents_and_assignments():
    text = HEADER.format(number="31/KH-UBND", day="14") + (
        "\nPhần I. MỤC ĐÍCH, YÊU CẦU\nBảo vệ diện tích rừng hiện có của xã.\n"
        "PHẦN II.\nNHIỆM VỤ TRỌNG TÂM\n1. Tuyên truyền Luật Lâm nghiệp đến từng hộ.\n2. Tuần tra, kiểm tra rừng thường xuyên.\n"
        "Phần III. PHÂN CÔNG THỰC HIỆN\n1. Phòng Kinh tế: tham mưu kiện toàn Ban chỉ huy.\n"
    )
    plan = parse(text, options=NO_RESTORE)
    assert [s.heading for s in plan.sections] == ["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ TRỌNG TÂM", "PHÂN CÔNG THỰC HIỆN"]
    assert len(plan.contents) == 2 and plan.assignments and plan.assignments[0].body.startswith("Phòng Kinh tế")


def test_targets_heading_is_not_criteria():
    # Regression (independent5 parent B): "CHỈ TIÊU CHỦ YẾU" (targets) fuzzily matched "tiêu chí", so the
    # targets became criteria and every child was asked for a "Tiêu chí thi đua" section.
    from plan_parser.parse.roles import heading_roles

    assert "criteria" not in heading_roles("CHỈ TIÊU CHỦ YẾU")
    assert heading_roles("TIÊU CHÍ ĐÁNH GIÁ VÀ KHEN THƯỞNG") == ["criteria", "awards"]


def test_bracketed_note_after_a_date_belongs_to_that_date():
    # Regression (independent5 parent B): in "trước ngày 10/6 (báo cáo 6 tháng) và trước ngày 10/12 (báo cáo
    # năm)" the note "(báo cáo 6 tháng)" went to the 10/12 deadline, making the yearly date six-monthly.
    from plan_parser.parse.deadlines import find_deadlines

    found = find_deadlines("Báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày 10/6 (báo cáo 6 tháng) "
                           "và trước ngày 10/12 (báo cáo năm) hằng năm.")  # fmt: skip
    assert [(d.date, d.what) for d, _, _ in found] == [
        ("--06-10", "Báo cáo kết quả thực hiện (báo cáo 6 tháng)"),
        ("--12-10", "Báo cáo kết quả thực hiện (báo cáo năm)"),
    ]


def test_an_issuer_name_the_restorer_left_unreadable_takes_the_nearest_readable_spelling():
    # Regression (demo of seed 000): the restorer left "Tt Kỳ" (OCR "Tt Ky") in the sentence that names
    # the issuer, and the issuer came out as "Ủy ban nhân dân xã Tt Kỳ" although "Tứ Kỳ" is in the text.
    from plan_parser.parse.fuzzy import SpellingVote

    text = "của Đảng ủy xã Tứ Kỳ về triển khai\nỦy ban nhân dân xã Tt Kỳ xây dựng Kế hoạch\ntrên địa bàn xã Tư Kỳ"
    vote = SpellingVote(text)
    assert vote.best("Tt Kỳ") == "Tứ Kỳ"  # equal counts: the spelling with more marks
    assert vote.best("Tứ Kỳ") == "Tứ Kỳ"  # readable names are left to the majority vote


def test_six_monthly_report_gets_its_own_period_key_not_in_schema_dict():
    """SCHEMA.md's `recurring` has no six-monthly value, so the comparer used to re-derive it from `what`
    on every comparison; the parser now states `period` and `kind` (extra keys, left out of schema_dict)."""
    from plan_parser.parse import parse

    plan = parse(
        "KẾ HOẠCH\nThực hiện phong trào\nI. TỔ CHỨC THỰC HIỆN\n"
        "1. Ủy ban nhân dân các xã, phường: báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/12 "
        "hằng năm; ban hành kế hoạch trước ngày 30/9/2025.\n"
    )
    got = [(d.date, d.period, d.kind) for d in plan.deadlines]
    assert got == [("--06-15", "half-year", "report"), ("--12-15", "yearly", "report"), ("2025-09-30", "once", "issue")]
    assert all(set(d) == {"date", "recurring", "what", "to"} for d in plan.schema_dict()["deadlines"])


# ---------------------------------------------------------------- round 6: formats of real plans and exports
# (labs/compare/perturb.py, benchmarks/compare_metamorphic.py; real KẾ HOẠCH of the shared corpus)


def _format_plan(body: str):
    return parse(HEADER.format(number="31/KH-UBND", day="14") + "\n" + body, options=NO_RESTORE)


def test_roman_label_alone_on_its_line_takes_the_next_line_as_heading():
    # A real Đắk Lắk plan (PDF export): "I." on one line, "ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI" on the next, and
    # "IV.\nPHÂN CÔNG NHIỆM VỤ": its sections and all its assignments were lost.
    plan = _format_plan("I.\nMỤC ĐÍCH, YÊU CẦU\nBảo vệ rừng.\n\nII.\n\nTỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế: tham mưu kiện toàn Ban chỉ huy.\n")
    assert [s.heading for s in plan.sections] == ["MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN"]
    assert plan.assignments and plan.assignments[0].body == "Phòng Kinh tế"


def test_letter_labelled_top_level_sections():
    plan = _format_plan("A. MỤC ĐÍCH, YÊU CẦU\nBảo vệ rừng.\nB. NỘI DUNG\n1. Tuyên truyền Luật Lâm nghiệp.\n2. Tuần tra rừng.\n"
                        "C. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế: tham mưu kiện toàn Ban chỉ huy.\n")  # fmt: skip
    assert [s.label for s in plan.sections] == ["A", "B", "C"]
    assert len(plan.contents) == 2 and plan.assignments


def test_sentence_case_roman_headings_and_run_in_heading():
    plan = _format_plan("I. Mục đích, yêu cầu\nBảo vệ rừng.\nII. Nội dung\n1. Tuyên truyền Luật Lâm nghiệp.\n"
                        "III. Thời gian thực hiện: từ năm 2025 đến năm 2030, sơ kết năm 2027.\n"
                        "IV. Tổ chức thực hiện\n1. Phòng Kinh tế: tham mưu kiện toàn Ban chỉ huy.\n")  # fmt: skip
    assert [s.heading for s in plan.sections] == ["Mục đích, yêu cầu", "Nội dung", "Thời gian thực hiện", "Tổ chức thực hiện"]
    assert plan.contents == ["Tuyên truyền Luật Lâm nghiệp."] and plan.assignments
    assert (2027, "sơ kết") in [(t.start, t.what) for t in plan.timeline]


@pytest.mark.parametrize("line", ["II. Ủy ban nhân dân các xã thực hiện tốt việc này.", "B. Tăng cường", "IV. hello"])
def test_sentences_after_a_roman_or_letter_label_are_not_headings(line):
    from plan_parser.parse.outline import classify

    assert classify(line) is None


def test_section_heading_followed_by_its_text_without_blank_line():
    # I4-A02: "IV. THỜI GIAN" then "Năm 2025 - 2027 triển khai, ..." on the next line was one paragraph (the
    # heading was lost, and the timeline with it); "Năm 2025 - 2027" was then read as year 2025.
    plan = _format_plan("I. MỤC ĐÍCH\nBảo vệ rừng.\nIV. THỜI GIAN\n"
                        "Năm 2025 - 2027 triển khai, sơ kết vào quý IV/2027; năm 2028 - 2030 nhân rộng, tổng kết vào quý IV/2030.\n")  # fmt: skip
    assert [s.heading for s in plan.sections] == ["MỤC ĐÍCH", "THỜI GIAN"]
    got = [(t.start, t.end) for t in plan.timeline]
    assert (2025, 2027) in got and (2028, 2030) in got and (2025, 2025) not in got


def test_item_label_alone_and_line_ending_in_va_continue_on_the_next_line():
    # Real PDF exports: "1.\nSở Công Thương:" and "5. Giao Sở Nông nghiệp và\nMôi trường chủ trì ...".
    plan = _format_plan("I. TỔ CHỨC THỰC HIỆN\n1.\nSở Công Thương:\n- Chủ trì điều phối nguồn hàng.\n"
                        "2. Sở Nông nghiệp và\nMôi trường chủ trì hướng dẫn dọn dẹp vệ sinh môi trường.\n")  # fmt: skip
    assert [a.body for a in plan.assignments] == ["Sở Công Thương", "Sở Nông nghiệp và Môi trường"]


def test_page_numbers_and_running_headers_are_not_text():
    body = ("I. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân các xã, phường\n- Tuyên truyền Luật Lâm nghiệp.\n\f2\n"
            "Kế hoạch số 31/KH-UBND\n- Tuần tra, kiểm tra rừng\nthường xuyên.\n")  # fmt: skip
    plan = _format_plan(body)
    assert plan.assignments[0].tasks == ["Tuyên truyền Luật Lâm nghiệp.", "Tuần tra, kiểm tra rừng thường xuyên."]


def test_separator_and_province_closing_instruction_are_not_duties():
    # Real plans (Hà Tĩnh 624, Thanh Hóa 235): "Ủy ban nhân dân tỉnh giao Giám đốc các sở ... triển khai thực hiện
    # đảm bảo ...", then "* *" before "Nơi nhận:" — both were tasks of the last body (an unassigned "* *", high).
    plan = _format_plan("I. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân các xã, phường\n- Tuyên truyền Luật Lâm nghiệp.\n\n"
                        "Ủy ban nhân dân tỉnh giao Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã, phường triển khai "
                        "thực hiện Kế hoạch này./.\n\n* *\n\nNơi nhận:\n- Như trên;\n")  # fmt: skip
    assert plan.assignments[0].tasks == ["Tuyên truyền Luật Lâm nghiệp."]


def test_bo_tri_opens_a_duty_not_a_ministry():
    from plan_parser.parse.assignments import body_of_heading, body_run_in

    text = "Bố trí kinh phí từ ngân sách cấp xã và huy động các nguồn lực hợp pháp khác"
    assert body_run_in(text) is None and body_of_heading(text) is None


def test_han_cuoi_ngay_is_a_deadline_like_truoc_ngay():
    # The deadline_han_cuoi transform: "hạn cuối ngày 10/12" lost every deadline it worded.
    from plan_parser.parse.deadlines import find_deadlines

    found = find_deadlines("Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh hạn cuối ngày 10/12 hằng năm.")
    assert [d.date for d, _, _ in found] == ["--12-10"]


def test_target_item_opening_with_a_percentage_is_an_item_and_ends_the_capitals_heading():
    # independent6-10 parents: "II. CHỈ TIÊU CỤ THỂ" / "1. 100% dữ liệu ..." — "1. 100%" was no item, the heading
    # ran into it, and the whole section was glued to the last item of section I.
    plan = _format_plan("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nBảo vệ rừng.\n2. Yêu cầu\nRõ người, rõ việc.\n"
                        "II. CHỈ TIÊU CỤ THỂ\n1. 100% diện tích rừng được tuần tra.\n2. 95% hộ ký cam kết.\n"
                        "III. NHIỆM VỤ, GIẢI PHÁP\n1. Tuyên truyền Luật Lâm nghiệp.\n")  # fmt: skip
    assert [s.heading for s in plan.sections] == ["MỤC ĐÍCH, YÊU CẦU", "CHỈ TIÊU CỤ THỂ", "NHIỆM VỤ, GIẢI PHÁP"]
    assert [c.text for c in plan.outline[1].children] == ["100% diện tích rừng được tuần tra.", "95% hộ ký cam kết."]
    assert plan.requirements and not any("CHỈ TIÊU" in r or "100%" in r for r in plan.requirements)


def test_capitals_heading_then_a_bulleted_line_keeps_its_heading():
    # I8-A06: "III. TIÊU CHÍ VÀ KHEN THƯỞNG" then "* Tiêu chí: ..." — the section vanished into its own text.
    plan = _format_plan("I. MỤC ĐÍCH\nBảo vệ rừng.\nII. TIÊU CHÍ VÀ KHEN THƯỞNG\n* Tiêu chí: tỷ lệ che phủ rừng.\n"
                        "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế: tham mưu kiện toàn Ban chỉ huy.\n")  # fmt: skip
    assert [s.heading for s in plan.sections] == ["MỤC ĐÍCH", "TIÊU CHÍ VÀ KHEN THƯỞNG", "TỔ CHỨC THỰC HIỆN"]


def test_long_capitals_heading_keeps_its_role():
    # I6-B: "IV. TIÊU CHÍ ĐÁNH GIÁ XÃ, PHƯỜNG THỰC HIỆN TỐT CÔNG TÁC AN TOÀN THỰC PHẨM" (15 words) had no role, so
    # criteria was empty; a sentence-case line that long is still no heading.
    from plan_parser.parse.roles import heading_roles

    assert heading_roles("TIÊU CHÍ ĐÁNH GIÁ XÃ, PHƯỜNG THỰC HIỆN TỐT CÔNG TÁC AN TOÀN THỰC PHẨM") == ["criteria"]
    assert heading_roles("Tiêu chí đánh giá xã, phường thực hiện tốt công tác an toàn thực phẩm trên địa bàn các xã phường") == []


def test_citation_with_abbreviated_type_and_city_is_read():
    # I8-A07: "KH số" (Kế hoạch) and "UBND TP Hải Phòng" (thành phố); a bare "CT" (Chủ tịch) is no type.
    from plan_parser.parse.citations import find_citations

    [kh] = find_citations("Căn cứ KH số 412/KH-UBND ngày 18/12/2025 của UBND TP Hải Phòng về xây dựng đô thị văn minh;")
    assert (kh.doc_type, kh.number, kh.date, kh.issuer) == (
        "Kế hoạch", "412/KH-UBND", "2025-12-18", "Ủy ban nhân dân thành phố Hải Phòng")  # fmt: skip
    [qd] = find_citations("Thực hiện QĐ số 12/QĐ-UBND ngày 01/02/2025 của UBND TP. Hồ Chí Minh;")
    assert qd.doc_type == "Quyết định" and qd.issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert find_citations("Đ/c Lê Minh Tuấn, CT 05/2025") == []


def test_roman_labels_restarting_inside_a_capitals_section_are_its_items():
    # I10-A03 / I10-B04: "III. NỘI DUNG THỰC HIỆN" then "I. Tuyên truyền: ..." ... "V. ...", then "IV. TIẾN ĐỘ" —
    # the inner run was read as sections IV-X (the tasks lost, later parts renumbered). A line whose heading is
    # too long to read as one ("III. Học tập của người lao động, người cao tuổi: ...") still counts in the run.
    plan = _format_plan("I. MỤC ĐÍCH, YÊU CẦU\nNâng cao kỹ năng cho người dân.\nII. CHỈ TIÊU\nĐạt 99% biết chữ.\n"
                        "III. NỘI DUNG THỰC HIỆN\nI. Tuyên truyền: phát thanh hằng tuần trên Đài truyền thanh phường.\n"
                        "II. Trung tâm học tập cộng đồng: kiện toàn Ban Giám đốc; mở lớp theo nhu cầu.\n"
                        "III. Học tập của người lao động, người cao tuổi: đào tạo nghề ngắn hạn cho ngư dân chuyển đổi nghề.\n"
                        "IV. Kiểm tra, đánh giá: kiểm tra định kỳ.\n"
                        "IV. TIẾN ĐỘ\nTháng 01/2026: kiện toàn Ban Giám đốc.\n"
                        "V. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội: chủ trì tham mưu.\n")  # fmt: skip
    assert [s.label for s in plan.sections] == ["I", "II", "III", "IV", "V"]
    assert [s.heading for s in plan.sections][3:] == ["TIẾN ĐỘ", "TỔ CHỨC THỰC HIỆN"]
    inner = plan.outline[2].children
    assert [(n.kind, n.label) for n in inner] == [("item", "I"), ("item", "II"), ("item", "III"), ("item", "IV")]
    assert inner[2].text.startswith("Học tập của người lao động")


def test_roman_sections_that_follow_each_other_stay_sections():
    # The rule above must not touch ordinary plans: sections I-VI in sentence case after capitals ones, or a
    # restart at I that the outer numbering does not continue after, stay as read.
    plan = _format_plan("I. MỤC ĐÍCH, YÊU CẦU\nNâng cao kỹ năng.\nII. NỘI DUNG\nTuyên truyền.\n"
                        "III. Kinh phí thực hiện\nNgân sách phường.\nIV. Tổ chức thực hiện\n1. Phòng Văn hóa: chủ trì.\n")  # fmt: skip
    assert [s.label for s in plan.sections] == ["I", "II", "III", "IV"]
    restart = _format_plan("I. MỤC ĐÍCH\nNâng cao kỹ năng.\nII. NỘI DUNG\nI. Tuyên truyền: phát thanh.\n"
                           "II. Kiểm tra: định kỳ.\nVI. KINH PHÍ\nNgân sách phường.\n")  # fmt: skip
    assert [s.label for s in restart.sections][:3] == ["I", "II", "III"]


def test_front_with_a_long_name_after_de_nghi_is_its_own_body():
    # Set 42 B: "8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường ..."
    # has 21 words before its verb, over the name limit with "Đề nghị" counted: the Front's duty was read as the
    # wards' last task, and every ward was told it had not given it to a body.
    from plan_parser.parse.assignments import body_run_in

    run_in = body_run_in("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường "
                         "vận động hội viên tham gia phòng, chống HIV/AIDS; giám sát việc thực hiện Kế hoạch.")
    assert run_in is not None
    assert run_in.body == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"
    assert run_in.task.startswith("tăng cường vận động hội viên")


# ---------------------------------------------------------------- round 28: what the blind annotators of sets 89-94 found


def test_an_item_opening_with_nam_is_not_a_date_running_on():
    # I91-A: "2. Nắm chắc tình hình ..." folds to "nam chac": read as "... năm" continuing a date, it was glued to item 1,
    # and every later content item moved up one pointer.
    plan = _format_plan("I. NHIỆM VỤ\n1. Đẩy mạnh tuyên truyền tại các thôn, bản.\n2. Nắm chắc tình hình địa bàn trọng "
                        "điểm.\n3. Tăng cường kiểm tra hàng hóa.\n")  # fmt: skip
    assert [c.split()[0] for c in plan.contents] == ["Đẩy", "Nắm", "Tăng"]
    # ... while a date cut at its number still runs on: "ngày 08 tháng" / "6 năm 2010 của ..."
    run_on = _format_plan("I. CĂN CỨ\nThực hiện Luật ban hành ngày 08 tháng\n6 năm 2010 của Quốc hội.\n")
    assert not any(n.kind == "item" for n in run_on.outline[0].children)


def test_an_awards_part_in_prose_names_its_forms():
    # I93-A: "IV. KHEN THƯỞNG" then one paragraph, "... được ưu tiên xét tặng Bằng khen của Chủ tịch Ủy ban nhân dân
    # tỉnh": awards came back empty because only list entries were read.
    plan = _format_plan("I. NỘI DUNG\n1. Tuyên truyền.\nII. KHEN THƯỞNG\nCuối năm, Ủy ban nhân dân tỉnh xem xét khen "
                        "thưởng; các xã hoàn thành vượt chỉ tiêu được ưu tiên xét tặng Bằng khen của Chủ tịch Ủy ban "
                        "nhân dân tỉnh.\n")  # fmt: skip
    assert plan.awards == ["Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"]
    span = plan.provenance["/awards/0"]
    assert span.line_start == span.line_end and span.char_end - span.char_start == len(plan.awards[0])


def test_a_targets_part_is_read_into_targets():
    # Five of six annotators of sets 89-94: "III. CHỈ TIÊU" with its "- 100% ..." lines was found nowhere in the parse.
    plan = _format_plan("I. MỤC ĐÍCH\nBảo đảm an toàn.\nII. CHỈ TIÊU NĂM 2026\n- 100% cơ sở lưu trú được kiểm tra.\n"
                        "- Không để xảy ra tai nạn nghiêm trọng.\nIII. TIÊU CHÍ VÀ CHỈ TIÊU\n- Tiêu chí 1.\n")  # fmt: skip
    assert plan.targets == ["100% cơ sở lưu trú được kiểm tra.", "Không để xảy ra tai nạn nghiêm trọng."]
    assert plan.provenance["/targets/1"].line_start == plan.provenance["/targets/0"].line_start + 1
    # a part that is also criteria holds targets only under a sub-heading of its own
    assert plan.criteria == ["Tiêu chí 1."]
    # aims and targets under one heading: the measurable items are both (SCHEMA.md keeps them as purposes)
    both = _format_plan("I. MỤC TIÊU, CHỈ TIÊU ĐẾN NĂM 2030\n1. Diện tích đạt 12.500 ha.\n2. Có 25 chuỗi liên kết.\n")
    assert both.targets == ["Diện tích đạt 12.500 ha.", "Có 25 chuỗi liên kết."]


# ---------------------------------------------------------------- round 29 (sets 95-100 and their annotators' notes)


def test_an_elliptical_second_report_is_a_report_to_the_same_office():
    # I98-B: "Báo cáo kết quả đợt 1 về Sở ... (qua Chi cục Trồng trọt ...) trước ngày 15/4/2026; kết quả đợt 2 trước ngày
    # 20/6/2026": the second was typed "other", so every ward's 20/6 report was held to 15/4. The office also stopped at
    # "Trồng" (folded "trong", a cue of the date).
    from plan_parser.parse.deadlines import find_deadlines

    found = [d for d, _, _ in find_deadlines(
        "Báo cáo kết quả đợt 1 về Sở Nông nghiệp và Môi trường (qua Chi cục Trồng trọt và Bảo vệ thực vật) trước ngày "
        "15/4/2026; kết quả đợt 2 trước ngày 20/6/2026.")]  # fmt: skip
    assert [d.what for d in found] == ["Báo cáo kết quả đợt 1", "báo cáo kết quả đợt 2"]
    assert found[1].to == found[0].to == "Sở Nông nghiệp và Môi trường (qua Chi cục Trồng trọt và Bảo vệ thực vật)"


def test_a_deadline_with_its_hour_is_read():
    # I99-A: "trước 10 giờ ngày 08/02/2027" (the quick report on New Year's Eve) was not a deadline at all.
    from plan_parser.parse.deadlines import find_deadlines

    found = [d for d, _, _ in find_deadlines("Báo cáo nhanh tình hình đêm Giao thừa về Công an tỉnh trước 10 giờ ngày "
                                             "08/02/2027; báo cáo tổng kết trước ngày 05/3/2027.")]  # fmt: skip
    assert [d.date for d in found] == ["2027-02-08", "2027-03-05"]
    assert found[0].to == "Công an tỉnh"


def test_a_bare_completion_sentence_takes_the_task_before_it():
    # I97-A: "Rà soát, lập danh sách trẻ em ... làm căn cứ thăm, tặng quà. Hoàn thành trước ngày 25/8/2026." had no task.
    from plan_parser.parse.deadlines import find_deadlines

    found = [d for d, _, _ in find_deadlines("Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt. Hoàn thành trước "
                                             "ngày 25/8/2026.")]  # fmt: skip
    assert found[0].what == "Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt"


def test_phases_named_after_a_dash_or_by_one_year_are_read():
    # I99-A: "Giai đoạn 2 - cao điểm (từ ngày 16/01/2027 ...)"; I99-B: "Giai đoạn 1 (năm 2026): ..."; I95-A: "Giai đoạn
    # khắc phục và tổng kết (từ ngày 16/3/2027 ...)" (five words of name); I95-A05: "từ 01/11/2026 đến 15/12/2026".
    from plan_parser.parse.timeline import timeline_entry

    peak = timeline_entry("Giai đoạn 2 - cao điểm (từ ngày 16/01/2027 đến ngày 22/02/2027): tuần tra, kiểm soát.")
    assert [(e.label, e.start_month, e.end_month) for e in peak] == [("Giai đoạn 2", 1, 2)]
    one_year = timeline_entry("Giai đoạn 1 (năm 2026): rà soát, thống kê.")
    assert [(e.label, e.start, e.end) for e in one_year] == [("Giai đoạn 1", 2026, 2026)]
    named = timeline_entry("Giai đoạn khắc phục và tổng kết (từ ngày 16/3/2027 đến ngày 15/4/2027): thống kê.")
    assert (named[0].label, named[0].start_month, named[0].end_month) == ("Giai đoạn", 3, 4)
    bare = timeline_entry("Giai đoạn chuẩn bị: từ 01/11/2026 đến 15/12/2026.")
    assert [(e.start, e.start_month, e.end_month) for e in bare] == [(2026, 11, 12)]


def test_reviews_in_a_plan_written_as_prose_are_its_timeline():
    # I98-A06, I98-B04: "Ủy ban nhân dân phường tổ chức sơ kết ... vào tháng 9/2026 và tổng kết năm vào tháng 01/2027",
    # "Do lịch thu hoạch ... kéo dài, xã tổ chức sơ kết đợt 1 vào tháng 7/2026": moved reviews the timeline never saw.
    plan = _format_plan("Về tiến độ, từ tháng 3 đến tháng 11/2026 tổ chức thực hiện. Ủy ban nhân dân phường tổ chức sơ "
                        "kết vào tháng 9/2026 và tổng kết năm vào tháng 01/2027.\n")  # fmt: skip
    assert [(e.start, e.start_month) for e in plan.timeline] == [(2026, 9), (2027, 1)]


def test_deadlines_in_an_appendix_after_the_signature_are_read():
    # I99-B08: "PHỤ LỤC / PHÂN CÔNG THỰC HIỆN KẾ HOẠCH / ... 6. Chế độ báo cáo: ... báo cáo năm trước ngày 20/12": the
    # late annual report stood only there. A task table there is not read (I47-A04: its bodies stand between task and date).
    plan = _format_plan("I. NHIỆM VỤ\n1. Tuyên truyền.\nNơi nhận:\n- Như trên;\nCHỦ TỊCH\nNguyễn Văn A\nPHỤ LỤC\n"
                        "1. Phòng Kinh tế: báo cáo năm trước ngày 20/12 hằng năm.\nTT\tNội dung\tChủ trì\tThời gian\n"
                        "1\tTổng kết\tBan Chỉ đạo xã\tTrước 12/9/2026\n")  # fmt: skip
    assert [d.date for d in plan.deadlines] == ["--12-20"]
    assert plan.provenance["/deadlines/0"].line_start > plan.provenance["/signer"].line_end


def test_an_issuer_ends_where_its_place_name_ends():
    # I101-A03, I106-A03: "... của Ủy ban nhân dân tỉnh Lạng Sơn xây dựng phong trào ...", the cited plan's title with no
    # "về" and no known verb, was read into the issuer, and two faithful wards were told they cited the wrong body.
    [lang_son] = find_citations("Căn cứ Kế hoạch số 28/KH-UBND ngày 16/01/2026 của Ủy ban nhân dân tỉnh Lạng Sơn xây dựng "
                                "phong trào Toàn dân bảo vệ an ninh Tổ quốc;")  # fmt: skip
    assert lang_son.issuer == "Ủy ban nhân dân tỉnh Lạng Sơn"
    [bac_ninh] = find_citations("Căn cứ Kế hoạch số 268/KH-UBND ngày 18/9/2026 của UBND tỉnh Bắc Ninh tổ chức hưởng ứng")
    assert bac_ninh.issuer == "Ủy ban nhân dân tỉnh Bắc Ninh"
    # a place of several words, joined by a dash, stays whole; with no capitalised place the level alone is the issuer
    [vung_tau] = find_citations("Căn cứ Kế hoạch số 1/KH-UBND ngày 18/9/2026 của UBND tỉnh Bà Rịa - Vũng Tàu về việc")
    assert vung_tau.issuer == "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"
    [level] = find_citations("theo Kế hoạch số 214/KH-UBND của Ủy ban nhân dân tỉnh trong báo cáo năm.")
    assert level.issuer == "Ủy ban nhân dân tỉnh"


def test_an_issuer_stops_at_the_end_of_its_sentence_and_may_be_long():
    # "... của Ủy ban nhân dân tỉnh. 2. Chỉ tiêu ..." ran into the next part (sets 44, 69, 80, 85, 101); I111-B03: "Ban đại
    # diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh Ninh Bình" (16 words) was dropped as too long, and the
    # wrong issuer passed.
    [run_on] = find_citations("Thực hiện Kế hoạch số 28/KH-UBND của Ủy ban nhân dân tỉnh. 2. Chỉ tiêu phấn đấu")
    assert run_on.issuer == "Ủy ban nhân dân tỉnh"
    [bank] = find_citations("Thực hiện Kế hoạch số 52/KH-UBND ngày 12/02/2026 của Ban đại diện Hội đồng quản trị Ngân hàng "
                            "Chính sách xã hội tỉnh Ninh Bình về nâng cao chất lượng tín dụng")  # fmt: skip
    assert bank.issuer == "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh Ninh Bình"
    [city] = find_citations("Căn cứ Kế hoạch số 36/KH-UBND ngày 14/01/2026 của UBND TP. Huế về du lịch")
    assert city.issuer == "Ủy ban nhân dân thành phố Huế"


def test_phases_by_years_in_a_run_in_time_paragraph_are_the_plans():
    # I101-B04: "3. Thời gian: Giai đoạn 2026 - 2027: ..., sơ kết vào quý IV năm 2027. Giai đoạn 2028 - 2030: ..." in a
    # short plan with no timeline section: only the final review was read, and the moved phases passed.
    plan = _format_plan("1. Mục đích: chuyển đổi cây trồng.\n3. Thời gian: Giai đoạn 2026 - 2027: rà soát, sơ kết vào quý "
                        "IV năm 2027. Giai đoạn 2028 - 2030: mở rộng, tổng kết vào quý IV năm 2030.\n")  # fmt: skip
    phases = [(e.start, e.end) for e in plan.timeline if e.label]
    assert phases == [(2026, 2027), (2028, 2030)]
    assert [(e.what, e.start) for e in plan.timeline if not e.label] == [("sơ kết", 2027), ("tổng kết", 2030)]


def test_two_reviews_take_their_two_months_in_order():
    # I102-A04: "Sơ kết, tổng kết theo hướng dẫn của tỉnh (tháng 8/2026 và tháng 11/2026)" was one review in November,
    # which contradicted the province's sơ kết in August.
    from plan_parser.parse.timeline import milestones

    both = milestones("Sơ kết, tổng kết theo hướng dẫn của tỉnh (tháng 8/2026 và tháng 11/2026).")
    assert [(e.what, e.start, e.start_month) for e in both] == [("Sơ kết", 2026, 8), ("tổng kết", 2026, 11)]


def test_a_period_named_after_the_office_is_the_reports():
    # I108-A: "Báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường định kỳ 6 tháng trước ngày 15/6/2026" was a one-off
    # report (the period stood after the office, outside `what`), and a ward's internal year-end report was held to it.
    plan = _format_plan("IV. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân các xã, phường\nBáo cáo kết quả thực hiện về Sở Nông "
                        "nghiệp và Môi trường định kỳ 6 tháng trước ngày 15/6/2026 và báo cáo năm trước ngày 10/12/2026.\n")  # fmt: skip
    first = plan.deadlines[0]
    assert (first.date, first.period, first.to) == ("2026-06-15", "half-year", "Sở Nông nghiệp và Môi trường")


def test_a_sanction_heading_is_no_organisation_part():
    # I112-A, I65-B02: "KHEN THƯỞNG VÀ XỬ LÝ TRÁCH NHIỆM" took the role of the organisation ("trách nhiệm"): its award
    # items became bodies' duties, and a ward plan's real bodies further down ("1. Phòng Kinh tế: ...") were never read.
    from plan_parser.parse.roles import heading_roles

    assert heading_roles("IV. KHEN THƯỞNG VÀ XỬ LÝ TRÁCH NHIỆM") == ["awards"]
    assert heading_roles("5. Khen thưởng, xử lý trách nhiệm") == ["awards"]
    assert heading_roles("VI. TRÁCH NHIỆM THỰC HIỆN") == ["assignments"]


def test_a_table_row_ending_in_a_date_word_is_no_broken_date():
    # I114-B03 (and 113 other corpus files): a row ending "| Hằng năm" took the next row "4 | Vận động nông dân ..." as a
    # date broken by the layout ("năm" / "4 ..."), so rows 3 to 7 of the task table became one content item.
    plan = parse("III. NHIỆM VỤ\n"
                 "TT | Nội dung | Chủ trì | Thời gian\n"
                 "1 | Rà soát vùng sản xuất rau tập trung | Phòng Kinh tế | Hằng năm\n"
                 "2 | Vận động nông dân tham gia tổ hợp tác, hợp tác xã | Hội Nông dân xã | Hằng năm\n"
                 "3 | Tập huấn kỹ thuật cho nông dân | Trung tâm Dịch vụ nông nghiệp | Cả năm\n")  # fmt: skip
    assert [c.split("|")[1].strip() for c in plan.contents] == [
        "Rà soát vùng sản xuất rau tập trung", "Vận động nông dân tham gia tổ hợp tác, hợp tác xã",
        "Tập huấn kỹ thuật cho nông dân"]  # fmt: skip
    # ... while a date broken by the layout still continues its sentence
    plan = parse("III. NHIỆM VỤ\n1. Triển khai Kế hoạch số 12/KH-UBND ngày 08 tháng\n"
                 "6 năm 2026 của Ủy ban nhân dân tỉnh.\n2. Tuyên truyền trên loa truyền thanh.\n")  # fmt: skip
    assert len(plan.contents) == 2 and "tháng 6 năm 2026" in plan.contents[0]


def test_a_borderless_table_row_is_a_paragraph_of_its_own():
    # I117-B11: "2026 - 2028 | Giai đoạn 1: ...; sơ kết ... (báo cáo sơ kết gửi Sở ... trước 12/9/2028)" over "2029 -
    # 2030 | Giai đoạn 2: ..." (no outer "|") ran together, and "sơ kết ... 2029 - 2030" was read as a review in 2030.
    plan = parse("IV. TIẾN ĐỘ THỰC HIỆN\nMốc | Nội dung\n"
                 "2026 - 2028 | Giai đoạn 1: triển khai; sơ kết trong quý IV/2028 (báo cáo sơ kết gửi Sở trước 12/9/2028)\n"
                 "2029 - 2030 | Giai đoạn 2: tiếp tục thực hiện; tổng kết trong quý IV/2030\n")  # fmt: skip
    reviews = [(t.start, t.what.split()[0].lower()) for t in plan.timeline if t.label is None and t.start == t.end]
    assert reviews == [(2028, "sơ"), (2030, "tổng")]


def test_a_typed_plan_of_short_and_long_lines_has_a_task_a_line():
    # I116-B: unbulleted duty lines, each a sentence; the typical line (142 characters) looked printed, so "Rà soát ...
    # chuyên môn." (184) and "Vận động nông dân ..." were read as one duty, and the duty the blind set dropped was glued
    # to one it kept. One line in ten wider than a printed line shows the plan was never wrapped.
    duties = [
        "Rà soát, thống kê diện tích trồng mì, diện tích nhiễm bệnh khảm lá; chỉ đạo nhổ bỏ, tiêu hủy cây bệnh theo "
        "hướng dẫn của ngành chuyên môn và báo cáo kết quả về cơ quan chuyên môn cấp tỉnh.",
        "Vận động nông dân sử dụng hom giống sạch bệnh, giống kháng bệnh; không sử dụng hom giống từ ruộng bị bệnh.",
        "Kiểm tra, kiểm soát việc vận chuyển, mua bán hom giống mì trên địa bàn; ngăn chặn hom giống không rõ nguồn gốc.",
        "Hỗ trợ, khuyến khích thành lập tổ hợp tác, hợp tác xã trồng mì; kết nối nông dân với doanh nghiệp chế biến.",
        "Tuyên truyền, hướng dẫn nông dân áp dụng quy trình canh tác bền vững, bón phân cân đối, luân canh cây trồng.",
        "Bố trí kinh phí từ ngân sách xã, lồng ghép các chương trình, dự án để hỗ trợ nông dân thay thế giống mì.",
        "Chỉ đạo trưởng thôn, ấp theo dõi, phát hiện sớm ruộng mì nhiễm bệnh và báo cáo kịp thời về Ủy ban nhân dân.",
        "Phối hợp với các doanh nghiệp chế biến tinh bột mì tổ chức liên kết sản xuất, bao tiêu sản phẩm cho nông dân.",
    ]
    assert len(duties[0]) > 150 and all(len(d) < 120 for d in duties[1:])
    plan = parse("V. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\nTham mưu cân đối, bố trí kinh phí thực hiện Kế hoạch.\n"
                 "2. Ủy ban nhân dân các xã, phường\n" + "\n".join(duties) + "\n")  # fmt: skip
    wards = plan.assignments[-1]
    assert wards.body == "Ủy ban nhân dân các xã, phường" and wards.tasks == duties


def test_a_schedule_tables_phase_column_names_its_phases():
    # Round 49, I182-A07: rows under "| Giai đoạn | Thời gian | Nội dung chính |" name their phase in the first cell
    # ("| Triển khai | Tháng 5/2026 - tháng 3/2027 | ... |"); read as the phase's label, not lost
    from plan_parser.parse.timeline import named_phase, phases_headed, timeline_entry

    assert phases_headed("| Giai đoạn | Thời gian | Nội dung chính |") is True
    assert phases_headed("| TT | Nội dung | Thời gian |") is False
    assert phases_headed("|---|---|---|") is None
    row = "| Triển khai | Tháng 5/2026 - tháng 3/2027 | Tổ chức khám định kỳ |"
    (phase,) = timeline_entry(named_phase(row))
    assert (phase.start, phase.start_month, phase.end, phase.end_month) == (2026, 5, 2027, 3)
    # a review's row or a numbered phase keeps its own words
    assert named_phase("| Sơ kết, tổng kết | Tháng 6/2026 | ... |") == "| Sơ kết, tổng kết | Tháng 6/2026 | ... |"
    assert named_phase("| Giai đoạn 1 | Tháng 01/2026 |") == "| Giai đoạn 1 | Tháng 01/2026 |"


def test_a_dates_own_words_stop_where_the_next_dated_act_begins():
    # Round 53, I206-B01: "tổng kết năm trong tháng 12/2026, báo cáo tổng kết gửi Sở trước ngày 20/11/2026": the month's
    # task is "tổng kết năm"; it was read as "tổng kết năm báo cáo tổng kết gửi Sở ...", a report due in December
    from plan_parser.parse.deadlines import find_deadlines

    text = ("Sơ kết 6 tháng trong tháng 6/2026, báo cáo gửi Sở Nông nghiệp và Môi trường trước ngày 12/6/2026; tổng kết "
            "năm trong tháng 12/2026, báo cáo tổng kết gửi Sở trước ngày 20/11/2026.")  # fmt: skip
    whats = {d.date: d.what for d, _, _ in find_deadlines(text)}
    assert whats["2026-12"] == "tổng kết năm" and whats["2026-06"] == "Sơ kết 6 tháng"
    assert whats["2026-11-20"].startswith("báo cáo tổng kết")
    # ... but an act after both dates is due on each (I12-B10)
    both = "e) Định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12) báo cáo kết quả thực hiện về UBND tỉnh."
    assert all("báo cáo kết quả" in d.what for d, _, _ in find_deadlines(both))


def test_a_table_row_wrapped_by_ocr_is_one_row():
    # Round 55, channel eng-ocr, I210-B06: OCR wraps a printed table row over lines ("| 14 | Báo cáo sơ kết ... | Văn
    # phòng" / "HĐND và UBND | Phòng Kinh tế | Trước ngày 30/6/2026 |"); each line read as a row of its own gave the date
    # to "HĐND và UBND | Phòng Kinh tế |", so the ward's late report was never compared
    plan = parse(
        "V. TIẾN ĐỘ THỰC HIỆN\n"
        "| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n"
        "| 13 | Vận động không sử dụng thuốc bảo vệ thực vật ngoài danh mục; thu gom\n"
        "bao gói thuốc sau sử dụng | Phòng Văn hóa - Xã hội\n"
        "| Trưởng các thôn | Thường xuyên |\n"
        "\n"
        "| 14 | Báo cáo sơ kết 6 tháng gửi Sở Nông nghiệp và Môi trường | Văn phòng\n"
        "HĐND và UBND | Phòng Kinh tế | Trước ngày 30/6/2026 |\n"
    )
    (deadline,) = plan.deadlines
    assert deadline.date == "2026-06-30" and deadline.what.startswith("Báo cáo sơ kết 6 tháng")
    # rows printed whole, one a line, are never joined (no typed table of the hand-written sets has an open row)
    whole = parse("V. TIẾN ĐỘ\n| TT | Nội dung | Thời gian |\n| 1 | Báo cáo sơ kết | Trước ngày 30/6/2026 |\n"
                  "| 2 | Báo cáo tổng kết | Trước ngày 05/12/2026 |\n")  # fmt: skip
    assert [d.date for d in whole.deadlines] == ["2026-06-30", "2026-12-05"]


def test_a_timeline_entry_opened_by_its_months_alone_is_read():
    # Round 55, I221-B04: "2. Từ tháng 4 đến tháng 10 năm 2026: ..." and "4. Tháng 11 và tháng 12 năm 2026: đánh giá, tổng
    # kết ..." carry no phase label and were skipped, so a ward's stretched months had nothing to be compared with
    from plan_parser.parse.timeline import timeline_entry

    (run,) = timeline_entry("2. Từ tháng 4 đến tháng 10 năm 2026: triển khai các nội dung chuyển giao kỹ thuật.")
    assert (run.start, run.start_month, run.end, run.end_month) == (2026, 4, 2026, 10)
    assert run.what.startswith("triển khai")
    (review,) = timeline_entry("4. Tháng 11 và tháng 12 năm 2026: đánh giá, tổng kết thực hiện Kế hoạch.")
    assert (review.start_month, review.end_month) == (11, 12)
    (across,) = timeline_entry("Hai là, từ tháng 7 năm 2026 đến hết tháng 3 năm 2027: tập huấn, phòng chống dịch bệnh.")
    assert (across.start, across.start_month, across.end, across.end_month) == (2026, 7, 2027, 3)
    # a single month stays the year-level reader's, with its review
    (single,) = timeline_entry("3. Tháng 6 năm 2026: sơ kết 6 tháng.")
    assert (single.start_month, single.what) == (6, "sơ kết 6 tháng.")


def test_a_reporting_tables_recipient_is_the_cell_under_its_recipient_column():
    # Round 57, I235-A05, I235-B01: "| Báo cáo sơ kết 6 tháng | UBND phường | Sở Nông nghiệp và Môi trường | Trước 20/6 |"
    # under "| Loại báo cáo | Đơn vị thực hiện | Nơi nhận | Thời hạn |" was sent to "UBND phường; Sở ...": a report to the
    # ward's own committee, so two late reports to the department were never compared with the parent's
    plan = parse(
        "7. Chế độ báo cáo\n"
        "| Loại báo cáo | Đơn vị thực hiện | Nơi nhận | Thời hạn |\n"
        "|---|---|---|---|\n"
        "| Báo cáo của tổ dân phố | Tổ trưởng tổ dân phố | UBND phường (qua Phòng Kinh tế) | Trước 10/6/2026 |\n"
        "| Báo cáo sơ kết 6 tháng | UBND phường | Sở Nông nghiệp và Môi trường | Trước 20/6/2026 |\n",
        options=NO_RESTORE,
    )
    assert [(d.date, d.to) for d in plan.deadlines] == [
        ("2026-06-10", "Ủy ban nhân dân phường (qua Phòng Kinh tế)"),
        ("2026-06-20", "Sở Nông nghiệp và Môi trường"),
    ]


def test_a_schedule_table_under_an_item_is_read_row_by_row():
    # Round 57, I236-A02: "2. Lịch thực hiện:" over "| 4 | Tháng 7/2026 | Sơ kết 6 tháng | UBND xã |" and "| 5 | Tháng 11
    # - tháng 12/2026 | Thu hoạch ... |" was read as one text: the review took the next row's December, and the numbered
    # rows' own months were never read
    plan = parse(
        "C. THỜI GIAN THỰC HIỆN\n"
        "1. Khen thưởng: Ủy ban nhân dân xã khen thưởng tập thể, cá nhân tiêu biểu khi tổng kết.\n"
        "2. Lịch thực hiện:\n"
        "| TT | Mốc thời gian | Nội dung công việc | Đơn vị thực hiện |\n"
        "| 1 | Tháng 4 - tháng 10/2026 | Trồng mới, chăm sóc | Phòng Kinh tế |\n"
        "| 2 | Tháng 7/2026 | Sơ kết 6 tháng | Ủy ban nhân dân xã |\n"
        "| 3 | Tháng 11 - tháng 12/2026 | Thu hoạch, tiêu thụ | Các thôn |\n",
        options=NO_RESTORE,
    )
    assert [(t.start_month, t.end_month) for t in plan.timeline] == [(4, 10), (7, 7), (11, 12)]
    assert plan.timeline[1].what.startswith("Sơ kết 6 tháng")


def test_a_reporting_row_of_an_annex_after_the_signature_is_read():
    # Round 58, I242-B11: the annex "PHỤ LỤC / PHÂN CÔNG NHIỆM VỤ" after the signature holds the ward's reports only as
    # table rows; its tables were skipped whole, so the late half-year report was never read
    plan = parse(
        "ỦY BAN NHÂN DÂN XÃ NA HANG\nSố: 25/KH-UBND\nKẾ HOẠCH\nPhát triển chăn nuôi lợn đen năm 2026\n"
        "I. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế chủ trì tham mưu thực hiện Kế hoạch.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n"
        "PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n"
        "| TT | Nhiệm vụ | Cơ quan thực hiện | Thời hạn |\n"
        "| 1 | Lập danh sách hộ tham gia mô hình | Trưởng các thôn | Trước 20/3/2026 |\n"
        "| 2 | Báo cáo kết quả 6 tháng gửi Sở Nông nghiệp và Môi trường | Phòng Kinh tế | Trước 25/6/2026 |\n",
        options=NO_RESTORE,
    )
    assert [(d.date, d.what) for d in plan.deadlines] == [
        ("2026-06-25", "Báo cáo kết quả 6 tháng gửi Sở Nông nghiệp và Môi trường")
    ]


def test_a_phase_named_for_its_review_holds_the_review():
    # Round 58, I243-B07: "Giai đoạn tổng kết (tháng 01/2027): ..." was read as a phase alone, so the ward's closing
    # review, moved into the next year, had nothing to be compared with
    from plan_parser.parse.timeline import timeline_entry

    phase, review = timeline_entry("Giai đoạn tổng kết (tháng 01/2027): tổng kết, đánh giá, khen thưởng.")
    assert (phase.label, phase.start, phase.start_month) == ("Giai đoạn", 2027, 1)
    assert (review.what, review.start, review.start_month) == ("tổng kết", 2027, 1)
    # a phase named for its work holds no review ("Giai đoạn chuẩn bị (từ tháng 4 đến hết tháng 10 năm 2026)")
    assert len(timeline_entry("Giai đoạn chuẩn bị (từ tháng 4 đến hết tháng 10 năm 2026): rà soát.")) == 1


def test_an_ocr_read_reporting_table_keeps_its_rows_header_and_dates():
    # Round 58, channel eng-ocr, I235-A05 and I235-B01: the OCR read the table's "|---|" rule as a scrap ("Jf}") and
    # wrapped a row after a cell border ("| ... | Sở Nông nghiệp và Môi trường |" / "Trước 20/6/2026 |"); the scrap cut
    # the rows from their header, so the writer's cell was read as a recipient; the wrapped row was read as a whole
    # row, its date as a phrase of its own; and "Truc 15/12/2026", restored as the word "Trúc", was no date
    plan = parse(
        "7.7. Chế độ báo cáo\n\n"
        "| Loại báo cáo | Đơn vị thực hiện | Nơi nhận | Thời hạn |\n\n"
        "Jf}\n\n"
        "| Báo cáo của tổ dân phố | Tổ trưởng tổ dân phố, các phòng, đơn vị\n"
        "| UBND phường (qua Phòng Kinh tế) | Trước 10/6/2026 |\n\n"
        "| Báo cáo sơ kết 6 tháng | UBND phường | Sở Nông nghiệp và Môi trường |\n"
        "Trước 20/6/2026 |\n\n"
        "| Báo cáo kết quả thực hiện năm 2026 | UBND phường | Sở Nông nghiệp và\n"
        "Môi trường | Trúc 15/12/2026 |\n",
        options=NO_RESTORE,
    )
    assert [(d.date, d.what, d.to) for d in plan.deadlines] == [
        ("2026-06-10", "Báo cáo của tổ dân phố", "Ủy ban nhân dân phường (qua Phòng Kinh tế)"),
        ("2026-06-20", "Báo cáo sơ kết 6 tháng", "Sở Nông nghiệp và Môi trường"),
        ("2026-12-15", "Báo cáo kết quả thực hiện năm 2026", "Sở Nông nghiệp và Môi trường"),
    ]
    # a prose line after a table's closed short row is no part of the row
    after = parse("V. BÁO CÁO\n| TT | Nội dung | Đơn vị | Thời hạn |\n| 1 | Báo cáo năm | Phòng Kinh tế |\n"
                  "Các thôn báo cáo về UBND xã trước ngày 30/11/2026.\n", options=NO_RESTORE)  # fmt: skip
    ((deadline, span),) = [(d, after.provenance[f"/deadlines/{i}"]) for i, d in enumerate(after.deadlines)]
    assert (deadline.date, deadline.to, span.line_start) == ("2026-11-30", "Ủy ban nhân dân xã", 4)


def test_a_report_in_a_date_led_schedule_table_is_a_deadline():
    # Round 59, I247-A12: "| Thời hạn | Công việc | Đơn vị chủ trì |" over rows that open with their day; no "trước",
    # so the ward's half-year report to the department on 10/7 was never read
    plan = parse(
        "V. TIẾN ĐỘ THỰC HIỆN\n"
        "| Thời hạn | Công việc | Đơn vị chủ trì |\n"
        "| 31/5/2026 | Hoàn thành gieo trồng | Phòng Kinh tế |\n"
        "| 30/6/2026 | Các đơn vị báo cáo kết quả 6 tháng về Ủy ban nhân dân xã | Các phòng, đơn vị |\n"
        "| 10/7/2026 | Ủy ban nhân dân xã gửi báo cáo kết quả 6 tháng về Sở Nông nghiệp và Môi trường | Văn phòng |\n",
        options=NO_RESTORE,
    )
    assert [(d.date, d.to) for d in plan.deadlines] == [
        ("2026-06-30", "Ủy ban nhân dân xã"),
        ("2026-07-10", "Sở Nông nghiệp và Môi trường"),
    ]


@pytest.mark.parametrize("label", ["S6:", "S06:", "S60:", "Sd:"])
def test_regression_the_number_label_as_the_english_ocr_prints_it(label):
    # Channel eng-ocr, I250-B02: "S06: 112/KH-UBND Quang Ninh, ngay 09 ..." kept no number (the label allowed one
    # letter after "S"), so a child's wrong citation date was shown against the parent's title, not its number line
    plan = parse(
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"{label} 112/KH-UBND Quảng Ninh, ngày 09 tháng 02 năm 2026\nKẾ HOẠCH\nBảo vệ nguồn lợi sá sùng năm 2026\n",
        options=NO_RESTORE,
    )
    assert (plan.number, plan.date, plan.place, plan.provenance["/number"].line_start) == (
        "112/KH-UBND", "2026-02-09", "Quảng Ninh", 2
    )


def test_regression_a_one_line_header_loses_the_bar_between_issuer_and_motto():
    # Blind 251-256, I255-B: "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ | CỘNG HÒA ... - Độc lập - Tự do - Hạnh phúc" kept "|" in
    # the issuer, so every child citing "Ủy ban nhân dân thành phố Cần Thơ" was told it named the wrong issuer
    plan = parse(
        "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND\nCần Thơ, ngày 08 tháng 01 năm 2026\nKẾ HOẠCH\nMở rộng vùng lúa thơm năm 2026\n",
        options=NO_RESTORE,
    )
    assert (plan.issuer, plan.number, plan.place) == ("Ủy ban nhân dân thành phố Cần Thơ", "12/KH-UBND", "Cần Thơ")


def test_regression_a_report_abbreviated_bc_is_a_report():
    # Blind 251-256, I251-A01: "Tham mưu BC sơ kết 6 tháng gửi Sở VHTTDL trước ngày 10/7/2026" was read as the task "6
    # tháng gửi Sở VHTTDL", so the late half-year report was never held against the parent's 30/6
    plan = parse(
        "VIII. TỔ CHỨC THỰC HIỆN\n"
        "1. Phòng Văn hóa - Xã hội\n"
        "- Tham mưu BC sơ kết 6 tháng gửi Sở VHTTDL trước ngày 10/7/2026.\n"
        "- BCH Quân sự xã gửi danh sách trước ngày 15/4/2026.\n",
        options=NO_RESTORE,
    )
    assert [(d.date, d.kind, d.period, d.what) for d in plan.deadlines] == [
        ("2026-07-10", "report", "half-year", "báo cáo sơ kết 6 tháng gửi Sở VHTTDL"),
        ("2026-04-15", "other", "once", "gửi danh sách"),
    ]


def test_regression_a_phase_after_a_prose_ordinal_is_read():
    # Blind 251-256, I252-A07: "Thứ hai, giai đoạn 2 (từ tháng 6 đến hết tháng 10 năm 2026): ..." was not read, so the
    # ward's planting phase running into the province's harvest went unchecked
    plan = parse(
        "VI. THỜI GIAN, LỘ TRÌNH\n"
        "Thứ nhất, giai đoạn 1 (từ tháng 02 đến hết tháng 5 năm 2026): rà soát, lập bản đồ, ký cam kết, chuẩn bị "
        "giống, tập huấn đợt 1.\n"
        "Thứ hai, giai đoạn 2 (từ tháng 6 đến hết tháng 10 năm 2026): trồng mới, trồng dặm, phục hồi, chăm sóc, phòng "
        "trừ sâu bệnh; sơ kết 6 tháng trước ngày 03/7/2026.\n",
        options=NO_RESTORE,
    )
    assert [(e.label, e.start_month, e.end_month, e.start) for e in plan.timeline] == [
        ("Giai đoạn 1", 2, 5, 2026),
        ("Giai đoạn 2", 6, 10, 2026),
    ]


def test_regression_a_blank_line_the_ocr_put_inside_a_name_or_a_date_breaks_no_paragraph():
    # Channel eng-ocr, round 63: Tesseract's blank lines inside "gửi Sở" / "Nông nghiệp và Môi trường trước ngày 30/5/2026"
    # (I265-B) and inside "trước ngày 15 tháng 9 năm" / "2026." (I266-A) cut the deadline from its office or its year;
    # and the damaged closing order "có khó khăn, vwéng mắc" (268-B) was read as the wards' last duty
    plan = parse(
        "VIII. TỔ CHỨC THỰC HIỆN\n"
        "1. Ủy ban nhân dân các xã, phường:\n"
        "a) Rà soát diện tích, số hộ trồng mai, đề xuất vùng trồng tập trung, gửi Sở\n\n"
        "Nông nghiệp và Môi trường trước ngày 30/5/2026.\n\n"
        "b) Lập hồ sơ đề nghị công nhận, gửi Sở Nông nghiệp và Môi trường trước ngày 15 tháng 9 năm\n\n"
        "2026.\n\n"
        "Trong quá trình triển khai, có khó khăn, vwéng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nông nghiệp "
        "và Môi trường để tổng hợp.\n",
        options=NO_RESTORE,
    )
    assert [(d.date, d.what) for d in plan.deadlines] == [
        ("2026-05-30", "gửi Sở Nông nghiệp và Môi trường"),
        ("2026-09-15", "gửi Sở Nông nghiệp và Môi trường"),
    ]
    (wards,) = plan.assignments
    assert [task.split(",")[0] for task in wards.tasks] == ["Rà soát diện tích", "Lập hồ sơ đề nghị công nhận"]


def test_regression_a_date_led_row_sent_up_keeps_its_words_and_its_product():
    # Round 64, I273-B01: "| Trước 25/5/2026 | Phiếu kiểm kê, danh sách nghệ nhân ... | ... | Sở Văn hóa ... |" under a
    # "Nơi nhận" column was read without its words; and I266-A01 (English OCR): "| Trước 20/11/2026 | Kết quả thực hiện Kế
    # hoạch năm 2026 | Báo cáo năm | Sở ... |" is the year's report, not a one-off sending held against the parent's April list
    plan = parse(
        "IX. CHẾ ĐỘ BÁO CÁO\n"
        "| Thời hạn | Nội dung | Sản phẩm | Nơi nhận |\n"
        "| Trước 25/5/2026 | Phiếu kiểm kê, danh sách nghệ nhân, đội bơi chải | Phiếu, danh sách | Sở Văn hóa, Thể thao và Du lịch |\n"
        "| Trước 20/11/2026 | Kết quả thực hiện Kế hoạch năm 2026 | Báo cáo năm | Sở Văn hóa, Thể thao và Du lịch |\n",
        options=NO_RESTORE,
    )
    assert [(d.date, d.kind, d.what, d.to) for d in plan.deadlines] == [
        ("2026-05-25", "other", "Phiếu kiểm kê, danh sách nghệ nhân, đội bơi chải", "Sở Văn hóa, Thể thao và Du lịch"),
        ("2026-11-20", "report", "Báo cáo năm: Kết quả thực hiện Kế hoạch năm 2026", "Sở Văn hóa, Thể thao và Du lịch"),
    ]


def test_regression_a_criteria_tables_header_row_is_no_criterion():
    # Round 66 (281-B, 283-B, 284-B parents): "| TT | Tiêu chí | Điểm tối đa |" was read as the first criterion
    plan = parse(
        "III. TIÊU CHÍ CÔNG NHẬN VƯỜN MẪU\n"
        "| TT | Tiêu chí | Điểm tối đa |\n"
        "| 1 | Diện tích vườn liền khoảnh từ 0,5 ha trở lên | 20 |\n"
        "| 2 | Áp dụng quy trình VietGAP, ghi chép nhật ký sản xuất | 20 |\n",
        options=NO_RESTORE,
    )
    assert [c.split("|")[2].strip() for c in plan.criteria] == [
        "Diện tích vườn liền khoảnh từ 0,5 ha trở lên", "Áp dụng quy trình VietGAP, ghi chép nhật ký sản xuất"]


def test_regression_a_capitals_heading_ending_on_tu_is_still_a_heading():
    # Round 66 (278-B parent): "IV. TIÊU CHÍ ... SỔ SỨC KHỎE ĐIỆN TỬ" (folded "tu", read as the open "từ") was joined to the
    # sentence under it, so the criteria part went into the content item before it
    plan = parse(
        "III. NHIỆM VỤ\n"
        "1. Tuyên truyền, hướng dẫn người dân sử dụng sổ sức khỏe điện tử trên ứng dụng VNeID.\n"
        "IV. TIÊU CHÍ ĐÁNH GIÁ XÃ, PHƯỜNG HOÀN THÀNH TRIỂN KHAI SỔ SỨC KHỎE ĐIỆN TỬ\n"
        "Việc đánh giá thực hiện theo thang điểm 100; xã, phường đạt từ 80 điểm trở lên được công nhận.\n",
        options=NO_RESTORE,
    )
    assert [s.label for s in plan.sections] == ["III", "IV"]


def test_regression_a_phase_shortened_to_gd_in_a_schedule_table():
    # Round 66, I281-A09: "| GĐ1 | Tháng 01 - hết tháng 6/2026 | ... |" was not read as phase 1
    plan = parse(
        "V. THỜI GIAN THỰC HIỆN\n"
        "| Giai đoạn | Thời gian | Nội dung chính |\n"
        "| GĐ1 | Tháng 01 - hết tháng 6/2026 | Rà soát, khoanh vùng |\n"
        "| GĐ2 | Tháng 7 - hết tháng 10/2026 | Thu hoạch, tiêu thụ |\n",
        options=NO_RESTORE,
    )
    assert [(t.label, t.start_month, t.end_month) for t in plan.timeline] == [("Giai đoạn 1", 1, 6), ("Giai đoạn 2", 7, 10)]


def test_a_sentence_that_runs_on_to_the_next_page_keeps_its_task(tmp_path):
    # Channel eng-ocr, I285-B02: OCR dumps end each page with a line end before the form feed; it was read as an empty
    # line, which ended the paragraph, so "... gửi kết quả kiểm kê về" / "Sở ... trước ngày 30 tháng 4 năm 2026" gave
    # the deadline no task and the ward's later date went unreported.
    body = ("I. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân các xã, phường\n- Tổ chức kiểm kê các cơ sở; gửi kết quả kiểm kê về\n"
            "\fSở Văn hóa, Thể thao và Du lịch trước ngày 30 tháng 4 năm 2026.\n")  # fmt: skip
    dump = tmp_path / "ocr-dump.txt"
    dump.write_text(HEADER.format(number="31/KH-UBND", day="14") + "\n" + body, encoding="utf-8")
    plan = parse(read(dump), options=NO_RESTORE)
    assert [d.what for d in plan.deadlines] == ["gửi kết quả kiểm kê"]
    assert plan.assignments[0].tasks == ["Tổ chức kiểm kê các cơ sở; gửi kết quả kiểm kê về Sở Văn hóa, Thể thao và Du "
                                         "lịch trước ngày 30 tháng 4 năm 2026."]


def test_a_line_wrapped_before_a_count_is_no_item():
    # Channel eng-ocr, 286-B: "... mỗi đợt" / "1 trong tháng 3/2026, đợt 2 ..." and "hướng dẫn ít nhất" / "02 lần/tháng
    # trong mùa mưa." were read as items labelled 1 and 02, and the contents after item 4.3 were lost.
    body = ("I. NỘI DUNG HOẠT ĐỘNG\n1. Chiến dịch diệt lăng quăng: Tổ chức 03 đợt chiến dịch trên toàn tỉnh: đợt\n"
            "1 trong tháng 3/2026, đợt 2 trong tháng 6/2026; mỗi đợt kiểm tra từng hộ gia đình\n"
            "02 lần/tháng trong mùa mưa.\n\n2. Giám sát dịch tễ: Giám sát chặt chẽ ca bệnh.\n\n"
            "3. Xử lý ổ dịch: Khoanh vùng, xử lý ổ dịch trong vòng 48 giờ.\n")  # fmt: skip
    plan = _format_plan(body)
    assert [c.split(":")[0] for c in plan.contents] == ["Chiến dịch diệt lăng quăng", "Giám sát dịch tễ", "Xử lý ổ dịch"]


def test_an_item_heading_in_capitals_ends_where_its_sentence_begins():
    # Channel eng-ocr, 286-B: at the foot of a page "3. TIÊU CHÍ CÔNG NHẬN ẤP, KHU PHỐ" ran on into "Ấp, khu phố được
    # công nhận khi đạt đủ 03 tiêu chí sau:" at the top of the next, and the criteria were lost.
    body = ("1. MỤC ĐÍCH, YÊU CẦU\nChủ động phòng, chống sốt xuất huyết.\n\n"
            "2. TIÊU CHÍ CÔNG NHẬN ẤP, KHU PHỐ KHÔNG LĂNG QUĂNG\nẤp, khu phố được công nhận khi đạt đủ 03 tiêu chí sau:\n\n"
            "2.1. Chỉ số nhà có lăng quăng dưới 10%.\n\n2.2. Không có ổ dịch kéo dài quá 14 ngày.\n\n"
            "2.3. Không có trường hợp tử vong do sốt xuất huyết.\n\n3. TỔ CHỨC THỰC HIỆN\n"
            "3.1. Ủy ban nhân dân các xã, phường: tổ chức chiến dịch diệt lăng quăng.\n")  # fmt: skip
    plan = _format_plan(body)
    assert plan.criteria == ["Chỉ số nhà có lăng quăng dưới 10%.", "Không có ổ dịch kéo dài quá 14 ngày.",
                             "Không có trường hợp tử vong do sốt xuất huyết."]
