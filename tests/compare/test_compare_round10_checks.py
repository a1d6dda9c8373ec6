"""Regression tests for round 10 (corpus/compare/independent15-16, tuning sets since): locality_residue and
missing_section on new annotators' formats - the province's specialties and programmes named in a comma list
("sản phẩm OCOP, đặc sản của tỉnh", "Chương trình khuyến công, xúc tiến thương mại của tỉnh"); a part's label alone
on its line ("Đối tượng và tiêu chí nhà ở:"); a ward's targets standing for criteria the parent prints apart."""

from __future__ import annotations

from set_cases import CORPUS
from set_cases import alarms_in as _found

A15, B15 = CORPUS / "independent15" / "A", CORPUS / "independent15" / "B"
B16 = CORPUS / "independent16" / "B"


def test_province_specialty_and_programme_in_comma_list_are_not_residue():
    for child in ("A02-van-giang.txt", "A05-thai-binh.txt", "A07-an-thi.txt"):
        assert _found(A15, child, "locality_residue") == [], child
    # the planted scope "trên địa bàn tỉnh" is still reported
    phrases = {f.message.split("“")[1].split("”")[0] for f in _found(B15, "B04-bac-son.txt", "locality_residue")}
    assert "trên địa bàn tỉnh" in phrases


def test_label_alone_on_its_line_names_the_criteria_part():
    # "Đối tượng và tiêu chí nhà ở:" over dash bullets (7 words, colon ending the line)
    assert _found(B16, "B10-bung-lao.txt", "missing_section") == []


def test_targets_do_not_stand_for_criteria_the_parent_prints_apart():
    # parent: "II. CHỈ TIÊU, MỨC HỖ TRỢ" and "III. TIÊU CHÍ HỖ TRỢ VÀ CHẤT LƯỢNG NHÀ Ở"; child: targets only
    found = _found(B16, "B09-na-son.txt", "missing_section")
    # (named as the parent names it: its criteria are for housing support, not emulation)
    assert [f.message for f in found] == ["Kế hoạch thiếu phần “Tiêu chí” mà kế hoạch cấp trên yêu cầu."]
    # criteria by which the province scores the ward ("TIÊU CHÍ ĐÁNH GIÁ ... ĐỐI VỚI CẤP XÃ") are answered by targets
    assert _found(CORPUS / "independent6" / "A", "A05-dong-anh.txt", "missing_section") == []
