"""Regression tests, each named after the bug it pins down."""

import pytest

from plan_parser.parse import ParseOptions, find_citations, normalise_number, parse
from plan_parser.parse.outline import read_roman

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
    ],
)
def test_citations(text, number, date, issuer):
    c = find_citations(text)[0]
    assert (c.number, c.date, c.issuer) == (number, date, issuer)


def test_normalise_number_tolerates_ocr_variants():
    assert normalise_number("003/KH-UBND") == normalise_number("3 / KH–UBND") == normalise_number("O03/KH-UBND")
    assert normalise_number("923/QĐ-TTg") == normalise_number("923/QD-TTG")
    assert normalise_number("150/KH-UBND") != normalise_number("151/KH-UBND")
