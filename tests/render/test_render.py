"""The scan generator: A4 pages, the two-column header, degradation levels, image-only PDFs."""

from __future__ import annotations

import numpy as np
import pytest

from plan_parser.render import render_document, render_text_pages, write_image_pdf

HEADER_TEXT = (
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 1026/KH-UBND\n\nNghệ An, ngày 26\ntháng 11 năm 2025\n\nKẾ HOẠCH\n\nTriển khai công tác bảo vệ bí mật nhà nước\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\n" + "1. Tiếp tục đẩy mạnh công tác tuyên truyền, phổ biến pháp luật. " * 6
)


def test_pages_are_a4_at_the_requested_resolution():
    pages = render_text_pages("Kế hoạch", dpi=150)
    assert len(pages) == 1 and pages[0].size == (1240, 1754) and pages[0].mode == "L"


def test_header_block_has_issuer_left_and_motto_right_in_reading_order():
    rendering = render_document(HEADER_TEXT)
    lines = rendering.lines[0]
    left = [ln for ln in lines if ln.column == "left"]
    right = [ln for ln in lines if ln.column == "right"]
    assert [ln.text for ln in left] == ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 1026/KH-UBND"]
    assert [ln.text for ln in right] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nghệ An, ngày 26 tháng 11 năm 2025",
    ]  # fmt: skip
    assert max(ln.x1 for ln in left) < min(ln.x0 for ln in right)  # side by side, not stacked
    assert abs(left[0].y0 - right[0].y0) < 5
    assert lines[:6] == left + right and lines[6].text == "KẾ HOẠCH"


def test_long_text_flows_onto_more_pages_inside_the_margins():
    rendering = render_document("Nội dung kế hoạch chi tiết. " * 1500, dpi=100)
    assert len(rendering.pages) >= 3
    width, height = rendering.pages[0].size
    for page in rendering.lines:
        for line in page:
            assert 0 < line.x0 and line.x1 <= width and line.y1 < height


@pytest.mark.parametrize("level", ["mild", "heavy"])
def test_degradation_is_deterministic_per_seed_and_differs_from_clean(level):
    clean = np.asarray(render_text_pages(HEADER_TEXT, dpi=150)[0])
    first = render_text_pages(HEADER_TEXT, dpi=150, degradation=level, seed=3)[0]
    again = render_text_pages(HEADER_TEXT, dpi=150, degradation=level, seed=3)[0]
    other = render_text_pages(HEADER_TEXT, dpi=150, degradation=level, seed=4)[0]
    assert np.array_equal(np.asarray(first), np.asarray(again))
    assert not np.array_equal(np.asarray(first), np.asarray(other))
    if level == "mild":
        assert np.asarray(first).shape == clean.shape and not np.array_equal(np.asarray(first), clean)


def test_heavy_scans_drop_to_200_dpi():
    rendering = render_document("Kế hoạch", degradation="heavy")
    width, height = rendering.pages[0].size
    assert rendering.dpi == 200 and abs(width - 1654) <= 1 and abs(height - 2339) <= 1


def test_image_only_pdf_has_the_pages_and_no_text_layer(tmp_path):
    import pdfplumber

    pages = render_text_pages(HEADER_TEXT + " nữa." * 2000, dpi=100)
    path = write_image_pdf(pages, tmp_path / "scan.pdf", dpi=100)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == len(pages) >= 2
        assert all(not page.extract_words() and page.images for page in pdf.pages)
        assert abs(float(pdf.pages[0].width) - 595) < 2  # A4 in points


def test_unknown_font_or_level_is_refused():
    with pytest.raises(ValueError):
        render_text_pages("x", font="Comic Sans")
    with pytest.raises(ValueError):
        render_text_pages("x", degradation="awful")
