"""Regression tests that name the bugs fuzzing and the catalogue found (each raised a traceback or misread)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from plan_parser.errors import CorruptFile, EmptyInput, NotAPlan, UnsupportedFormat
from plan_parser.pipeline import process
from plan_parser.read import ReadOptions, read
from plan_parser.read.legacy import legacy_to_unicode, unicode_to_legacy
from plan_parser.read.preprocess import otsu_threshold

DATA = Path(__file__).parent / "data"
FAST = ReadOptions(restore="never", dpi=72, workers=1)


@pytest.mark.parametrize("name", ["fuzz-tiff-missing-dimensions.tif", "fuzz-tiff-missing-dimensions-2.tif"])
def test_pillow_type_error_on_a_damaged_tiff_is_a_corrupt_file(name):
    # Bug: Pillow's TIFF plugin raised TypeError("Missing dimensions"), which escaped the reader.
    with pytest.raises(CorruptFile):
        read(DATA / name, options=FAST)


def test_zip_of_an_unsupported_version_is_a_damaged_archive():
    # Bug: zipfile raised NotImplementedError("zip file version 18.4") out of the format detector.
    with pytest.raises(UnsupportedFormat, match="damaged ZIP"):
        read(DATA / "fuzz-zip-unsupported-version.docx", options=FAST)


def test_blank_scanned_page_is_empty_not_a_crash(tmp_path):
    # Bug: Otsu's threshold on a one-colour page was all-NaN; numpy raised ValueError inside OCR.
    path = tmp_path / "blank.png"
    Image.new("L", (300, 200), 255).save(path)
    with pytest.raises(EmptyInput):
        read(path, options=FAST)


def test_otsu_threshold_of_a_uniform_page():
    import numpy as np

    for grey in (0, 128, 255):  # a uniform page is all paper: every pixel lies above the threshold
        page = np.full((4, 4), grey, dtype=np.uint8)
        assert (page > otsu_threshold(page)).all()
    two_tone = np.array([[0, 255], [0, 255]], dtype=np.uint8)
    threshold = otsu_threshold(two_tone)
    assert (two_tone > threshold).sum() == 2


def test_fuzzed_pdf_with_a_blank_image_page_reads_without_a_traceback():
    with pytest.raises((EmptyInput, CorruptFile)):
        read(DATA / "fuzz-pdf-blank-image-page.pdf", options=FAST)


@pytest.mark.parametrize("name", ["fuzz-pdf-page-pdfminer-misses.pdf", "fuzz-pdf-page-pdfminer-misses-2.pdf"])
def test_pdf_pages_pdfminer_misses_are_ocred_or_refused(name):
    # Bug: PDFium counted a page pdfminer did not see; the reader hit None ('NoneType' has no attribute
    # 'lines'), and PDFium's "Failed to load page" escaped as E999. Such pages now go to OCR, or give E201.
    with pytest.raises((EmptyInput, CorruptFile)):
        read(DATA / name, options=FAST)


def test_tcvn3_capitals_come_back_as_capitals():
    # Bug: toned capitals typed with .VnTimeH share the lower-case codes, so "KẾ HOẠCH" read as "Kế HOạCH"
    # and the parser missed the document type of every TCVN3 plan.
    header = "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 12/KH-UBND\nKẾ HOẠCH\nII. NỘI DUNG\nTân Lập, ngày 3 tháng 9"
    assert legacy_to_unicode(unicode_to_legacy(header, "tcvn3"), "tcvn3") == header


def test_text_with_nothing_of_a_plan_is_not_a_plan(tmp_path):
    # Bug: an English letter was indexed as an empty plan; the batch now records E401 and skips it.
    path = tmp_path / "letter.txt"
    path.write_text("Dear colleagues,\nthe meeting moves to Friday.\nBest regards\n" * 5, encoding="utf-8")
    with pytest.raises(NotAPlan):
        process(path, read_options=ReadOptions(restore="never"))
    assert process(path, read_options=ReadOptions(restore="never"), require_plan=False).plan.number is None


@pytest.mark.parametrize("name, code", [("fuzz-pdf-blank-image-page.pdf", "E103"), ("fuzz-tiff-missing-dimensions.tif", "E201")])
def test_library_log_lines_and_warnings_do_not_reach_the_user(name, code):
    # Bug: pdfminer's log ("Data-loss while decompressing corrupted data") and Pillow's UserWarning, with
    # its source line, printed above the one-line error.
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "plan_parser.cli", "read", str(DATA / name), "--restore", "never"],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"error {code}: ") and proc.stderr.count("\n") == 1, proc.stderr
