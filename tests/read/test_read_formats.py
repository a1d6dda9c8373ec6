"""Born-digital PDFs and DOCX: the exact text in reading order, header columns kept apart."""

from __future__ import annotations

import shutil

from read_fixtures import BODY, EXPECTED_TEXT, HEADER_LEFT, HEADER_RIGHT, make_docx, make_text_pdf

from plan_parser.read import ReadOptions, read
from plan_parser.read.metrics import character_error_rate, normalise_for_cer

NEVER = ReadOptions(restore="never")


def test_text_layer_pdf_gives_the_exact_text_in_reading_order(tmp_path):
    document = read(make_text_pdf(tmp_path / "plan.pdf", pages=2), options=NEVER)
    expected = EXPECTED_TEXT + "\n" + "\n".join(BODY[3:])
    assert normalise_for_cer(document.text) == normalise_for_cer(expected)
    assert character_error_rate(expected, document.text) == 0.0
    assert document.format == "pdf" and [p.source for p in document.pages] == ["text-layer", "text-layer"]


def test_pdf_header_columns_are_not_mixed(tmp_path):
    # Regression: reading the header row by row gave "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    document = read(make_text_pdf(tmp_path / "plan.pdf"), options=NEVER)
    head = document.lines[:6]
    assert [line.text for line in head] == HEADER_LEFT + HEADER_RIGHT
    assert [line.column for line in head] == ["left"] * 3 + ["right"] * 3
    assert document.lines[6].column is None and document.lines[6].text == "KẾ HOẠCH"


def test_pdf_lines_keep_page_box_and_offsets(tmp_path):
    document = read(make_text_pdf(tmp_path / "plan.pdf", pages=2), options=NEVER)
    assert {line.page for line in document.lines} == {1, 2}
    for line in document.lines:
        assert line.bbox is not None and 0 <= line.bbox.x0 < line.bbox.x1 <= document.pages[0].width
        assert document.text[line.char_start : line.char_end] == line.text
    second = [line for line in document.lines if line.page == 2]
    assert second[0].page_line == 1 and second[0].text.startswith("1. Tiếp tục")


def test_docx_gives_header_table_paragraphs_and_tables_in_order(tmp_path):
    document = read(make_docx(tmp_path / "plan.docx"), options=NEVER)
    assert document.format == "docx"
    expected = EXPECTED_TEXT + "\nSở Nội vụ\nQuý IV/2025"
    assert [line.text for line in document.lines if line.text] == expected.split("\n")
    assert [line.column for line in document.lines[:6]] == ["left"] * 3 + ["right"] * 3


def test_format_comes_from_the_bytes_not_the_extension(tmp_path):
    pdf = make_text_pdf(tmp_path / "plan.pdf")
    disguised = tmp_path / "plan.txt"
    shutil.copy(pdf, disguised)
    document = read(disguised, options=NEVER)
    assert document.format == "pdf"
    assert any("despite its extension" in w for w in document.warnings)
    docx = make_docx(tmp_path / "plan.docx")
    shutil.copy(docx, tmp_path / "plan.pdf.bin")
    assert read(tmp_path / "plan.pdf.bin", options=NEVER).format == "docx"
