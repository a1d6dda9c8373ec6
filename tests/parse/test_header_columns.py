"""The header as the reader emits it for PDFs, scans and DOCX: the left column (issuer, "Số:") first,
then the right column (national name, motto, place and date), with Line.column set."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_parser.model import Document
from plan_parser.parse import ParseOptions, parse

NO_RESTORE = ParseOptions(restore="never")
LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 12/KH-SKHCN"]
RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đắk Lắk, ngày 5 tháng 8 năm 2025"]
BODY = [
    "KẾ HOẠCH",
    "Triển khai chuyển đổi số trên địa bàn tỉnh Đắk Lắk năm 2025",
    "",
    "Căn cứ Kế hoạch số 003/KH-UBND ngày 18/7/2025 của UBND tỉnh về chuyển đổi số;",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Nâng cao nhận thức về chuyển đổi số.",
]


def _column_document(columns: bool) -> Document:
    doc = Document.from_text("\n".join(LEFT + RIGHT + BODY))
    if columns:
        for line in doc.lines[: len(LEFT)]:
            line.column = "left"
        for line in doc.lines[len(LEFT) : len(LEFT) + len(RIGHT)]:
            line.column = "right"
    return doc


def _assert_header(plan) -> None:
    assert plan.doc_type == "Kế hoạch"
    assert plan.number == "12/KH-SKHCN"
    assert plan.issuer == "Sở Khoa học và Công nghệ"
    assert plan.parent_issuer == "Ủy ban nhân dân tỉnh Đắk Lắk"
    assert plan.issuer_level == "province"
    assert plan.place == "Đắk Lắk"
    assert plan.date == "2025-08-05"
    assert plan.title == "Triển khai chuyển đổi số trên địa bàn tỉnh Đắk Lắk năm 2025"
    assert [b.number for b in plan.bases] == ["003/KH-UBND"]
    assert plan.provenance["/number"].line_start == 4


@pytest.mark.parametrize("columns", [True, False], ids=["with-Line.column", "column-order-text"])
def test_column_ordered_header(columns):
    _assert_header(parse(_column_document(columns), options=NO_RESTORE))


def test_right_column_line_never_becomes_the_issuer():
    # An upper-case right-column line that is not the motto ("BẢN SAO") must stay out of the issuer.
    doc = Document.from_text("\n".join(LEFT + ["BẢN SAO"] + RIGHT + BODY))
    for line in doc.lines[: len(LEFT)]:
        line.column = "left"
    for line in doc.lines[len(LEFT) : len(LEFT) + len(RIGHT) + 1]:
        line.column = "right"
    plan = parse(doc, options=NO_RESTORE)
    assert plan.issuer == "Sở Khoa học và Công nghệ"


def test_docx_with_a_two_column_header_table(tmp_path: Path):
    docx = pytest.importorskip("docx")
    from plan_parser.read import ReadOptions, read

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = LEFT[0]
    for text in LEFT[1:]:
        left.add_paragraph(text)
    right.text = RIGHT[0]
    for text in RIGHT[1:]:
        right.add_paragraph(text)
    for text in BODY:
        document.add_paragraph(text)
    path = tmp_path / "plan.docx"
    document.save(str(path))

    doc = read(path, options=ReadOptions(restore="never"))
    assert [ln.column for ln in doc.lines[:2]] == ["left", "left"]
    plan = parse(doc, options=NO_RESTORE)
    _assert_header(plan)
