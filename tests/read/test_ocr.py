"""Scans: preprocessing, header columns from word boxes, and one generated scan OCR'd end to end."""

from __future__ import annotations

import shutil

import pytest
from read_fixtures import PLAN_TEXT

from plan_parser.model import BBox, Word
from plan_parser.read.columns import line_from_words, order_header_columns
from plan_parser.read.preprocess import estimate_skew, otsu_threshold


def _words(spec):
    """[(text, x0, y0)] -> Words 40 px high, 20 px per character."""
    return [Word(text=t, bbox=BBox(x0=x, y0=y, x1=x + 20 * len(t), y1=y + 40), confidence=0.9) for t, x, y in spec]


def test_header_row_read_across_both_columns_is_split():
    # Tesseract often returns "ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI ..." as one line.
    rows = [
        _words([("ỦY", 300, 100), ("BAN", 370, 100), ("CỘNG", 1300, 100), ("HÒA", 1420, 100)]),
        _words([("TỈNH", 320, 160), ("Độc", 1350, 160), ("lập", 1440, 160)]),
        _words([("Số:", 330, 240), ("12/KH", 400, 240), ("Hà", 1300, 240), ("Nội,", 1360, 240)]),
        _words([("KẾ", 1000, 400), ("HOẠCH", 1070, 400)]),
        _words([("Căn", 300, 480), ("cứ", 380, 480), ("Nghị", 1000, 480), ("định", 1500, 480), ("số", 2000, 480)]),
    ]
    lines = order_header_columns([line_from_words(r) for r in rows], 2480, 3508)
    assert [line.text for line in lines] == [
        "ỦY BAN", "TỈNH", "Số: 12/KH", "CỘNG HÒA", "Độc lập", "Hà Nội,", "KẾ HOẠCH", "Căn cứ Nghị định số",
    ]  # fmt: skip
    assert [line.column for line in lines] == ["left"] * 3 + ["right"] * 3 + [None, None]


def test_body_page_without_header_keeps_its_order():
    rows = [_words([("Một", 300, 100 + 60 * i), ("dòng", 400, 100 + 60 * i), ("nữa", 520, 100 + 60 * i)]) for i in range(5)]
    lines = order_header_columns([line_from_words(r) for r in rows], 2480, 3508)
    assert [line.bbox.y0 for line in lines] == [100 + 60 * i for i in range(5)]
    assert all(line.column is None for line in lines)


@pytest.mark.parametrize("angle", [-1.2, 0.0, 0.7])
def test_deskew_finds_the_rotation_of_a_rendered_page(angle):
    from PIL import Image

    from plan_parser.render import render_text_pages

    page = render_text_pages(PLAN_TEXT, dpi=100)[0]
    tilted = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    assert abs(estimate_skew(tilted) + angle) <= 0.15


def test_otsu_splits_ink_from_paper():
    import numpy as np

    pixels = np.array([10] * 100 + [240] * 900, dtype=np.uint8)
    assert 10 <= otsu_threshold(pixels) < 240


@pytest.mark.slow
@pytest.mark.ocr
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs Tesseract")
def test_generated_scan_is_read_end_to_end(tmp_path):
    from plan_parser.read import ReadOptions, read
    from plan_parser.read.metrics import character_error_rate
    from plan_parser.render import render_document, write_image_pdf

    rendering = render_document(PLAN_TEXT, degradation="mild", seed=2)
    pdf = write_image_pdf(rendering.pages, tmp_path / "scan.pdf")
    document = read(pdf, options=ReadOptions(restore="never", workers=2))
    assert [p.source for p in document.pages] == ["ocr"] * len(rendering.pages)
    assert character_error_rate(rendering.text, document.text) < 0.02
    assert document.lines[0].column == "left" and "ỦY BAN" in document.lines[0].text
    assert any(line.column == "right" and "CỘNG HÒA" in line.text for line in document.lines[:8])
    for line in document.lines:
        assert line.bbox is not None and line.confidence is not None and line.words
        assert document.text[line.char_start : line.char_end] == line.text
