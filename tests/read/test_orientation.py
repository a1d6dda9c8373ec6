"""Pages scanned sideways or upside down are turned upright (Tesseract OSD) before OCR."""

from __future__ import annotations

import shutil

import pytest
from PIL import Image
from read_fixtures import PLAN_TEXT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.ocr,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs Tesseract"),
]


@pytest.mark.parametrize(
    ("turn", "rotate"),
    [(Image.Transpose.ROTATE_90, 90), (Image.Transpose.ROTATE_180, 180)],
    ids=["sideways", "upside-down"],
)
def test_turned_page_is_read_upright(tmp_path, turn, rotate):
    from plan_parser.read import ReadOptions, read
    from plan_parser.read.metrics import character_error_rate
    from plan_parser.read.ocr import _languages
    from plan_parser.render import render_document

    if "osd" not in _languages():
        pytest.skip("needs Tesseract's OSD data (Debian tesseract-ocr-osd)")
    rendering = render_document(PLAN_TEXT, degradation="mild", seed=5)
    path = tmp_path / "turned.png"
    rendering.pages[0].transpose(turn).save(path, dpi=(300, 300))
    document = read(path, options=ReadOptions(restore="never", workers=1))
    assert character_error_rate(rendering.page_texts[0], document.text) < 0.02
    assert any(f"turned {rotate}° clockwise" in warning for warning in document.warnings)
    assert document.pages[0].width < document.pages[0].height  # boxes are those of the upright page
    assert document.pages[0].rotation == rotate  # the web app turns the page image the same way
