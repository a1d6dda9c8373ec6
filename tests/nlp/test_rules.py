"""Rule-based entities on real header and duty lines; regression tests name the bug they pin."""

from __future__ import annotations

import pytest

from plan_parser.nlp import load

NLP = load(parse=False)


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in NLP(text).ents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Căn cứ Kế hoạch số 150/KH-UBND, ngày 16/06/2025 của Ủy ban nhân dân thành phố Hải Phòng về việc",
         [("150/KH-UBND", "DOC"), ("ngày 16/06/2025", "DATE"), ("Ủy ban nhân dân thành phố Hải Phòng", "ORG")]),
        ("1. Phòng Văn hóa - Xã hội xã\nChủ trì, phối hợp",
         [("Phòng Văn hóa - Xã hội xã", "ORG")]),
        ("2. Đề nghị Ban Xây dựng Đảng\nChủ trì, định hướng", [("Ban Xây dựng Đảng", "ORG")]),
        ("2.2. Phòng Kinh tế, Hạ tầng và Đô thị\nPhối hợp với", [("Phòng Kinh tế, Hạ tầng và Đô thị", "ORG")]),
        ("gửi về Phòng Văn hóa-Xã hội trước ngày 15/12 để tổng hợp",
         [("Phòng Văn hóa-Xã hội", "ORG"), ("trước ngày 15/12", "DATE")]),
        ("trên địa bàn xã Tứ Kỳ.", [("Tứ Kỳ", "LOC")]),
    ],
)  # fmt: skip
def test_entities_on_plan_sentences(text, expected):
    assert ents(text) == expected


def test_place_of_issue_in_the_date_line():
    assert ("Phường Lê Đại Hành", "LOC") in ents("Số: /KH-UBND\n\nPhường Lê Đại Hành, ngày tháng 8 năm 2025")


def test_regression_national_motto_is_not_a_body():
    # Bug: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" gave ORG "HỘI CHỦ NGHĨA VIỆT NAM" (head "Hội").
    found = ents("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG TÂN LẬP Độc lập - Tự do - Hạnh phúc")
    assert ("ỦY BAN NHÂN DÂN", "ORG") in found
    assert all("HỘI" not in text for text, _ in found)


def test_regression_hai_phong_is_a_place_not_a_department():
    # Bug: "Phòng" (department) inside "Hải Phòng" cut the body to "Ủy ban nhân dân thành phố Hải".
    assert ents("của Ủy ban nhân dân thành phố Hải Phòng.") == [("Ủy ban nhân dân thành phố Hải Phòng", "ORG")]


def test_regression_duty_verb_is_not_part_of_a_body():
    # Bug risk: a lowercase syllable may follow a capital inside names ("Văn hóa"), but not a duty verb.
    assert ents("Ban Xây dựng Đảng chủ trì tuyên truyền") == [("Ban Xây dựng Đảng", "ORG")]


def test_lowercase_phong_is_not_a_body():
    assert ents("bảo đảm quốc phòng, an ninh") == []
