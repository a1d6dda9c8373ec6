"""Round 35 (sets 119-124, scored blind at 4e0c135, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms

from plan_parser.parse.citations import find_citations
from plan_parser.parse.header import locality_context


def test_the_provinces_index_of_its_wards_is_no_residue():
    # I122-A: "Kết quả là căn cứ chấm điểm theo Bộ tiêu chí xác định Chỉ số cải cách hành chính năm 2026 của (Ủy ban
    # nhân dân) các xã, phường" names the province's index; it was read as "các xã, phường" copied (3 faithful children).
    for child in ("A02-dong-dang.txt", "A07-ky-lua.txt", "A11-dong-kinh.txt"):
        assert set_alarms("independent122", "A", child, "locality_residue") == [], child
    # ... while the set's planted residue is still found
    assert set_alarms("independent120", "A", "A09-hoa-khanh.txt", "locality_residue")


def test_da_nang_is_a_name_not_the_word_da():
    # I120-A09: "của Ủy ban nhân dân thành phố Đà Nẵng về ..." lost "Đà Nẵng" ("da" = "đã" ended the name), and the city
    # named in the document, read across a line break ("Đà Nẵng\nCăn"), filled it in: a false citation alarm.
    [cited] = find_citations("Căn cứ Kế hoạch số 214/KH-UBND ngày 28/7/2026 của Ủy ban nhân dân thành phố Đà Nẵng về công "
                             "tác y tế trường học;", city="Đà Nẵng")  # fmt: skip
    assert cited.issuer == "Ủy ban nhân dân thành phố Đà Nẵng"
    [cited] = find_citations("Căn cứ Thông tư số 08/2024/TT-BTNMT ngày 31/7/2024 của Bộ trưởng Bộ Tài nguyên và Môi "
                             "trường quy định ...;")  # fmt: skip
    assert cited.issuer == "Bộ trưởng Bộ Tài nguyên và Môi trường"
    assert locality_context("trên địa bàn thành phố Đà Nẵng\nCăn cứ Luật ...") == (None, "Đà Nẵng")
    assert set_alarms("independent120", "A", "A09-hoa-khanh.txt", "citation_mismatch") == []
