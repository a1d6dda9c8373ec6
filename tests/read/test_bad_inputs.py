"""The catalogue of bad inputs: each gives one numbered error (and a non-zero exit in the CLI)."""

from __future__ import annotations

import struct
import subprocess
import sys
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from read_fixtures import make_docx, make_text_pdf

from plan_parser.errors import (
    CorruptFile, EmptyInput, EncryptedPdf, InputNotFound, InputTooLarge, PlanParserError, UnsupportedFormat,
)  # fmt: skip
from plan_parser.read import ReadOptions, read, read_bytes

NEVER = ReadOptions(restore="never")


def _png_header_only(path, width, height):
    """A PNG that claims a huge size: the decompression-bomb shape, without the memory."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))
    return path


def _many_page_pdf(path, pages):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    pdf.save(str(path))
    return path


CASES = {
    "missing": (lambda tmp: tmp / "nope.pdf", InputNotFound),
    "zero_bytes": (lambda tmp: (tmp / "empty.pdf").write_bytes(b"") and None or tmp / "empty.pdf", EmptyInput),
    "blank_text": (lambda tmp: (tmp / "blank.txt").write_text(" \n\n\t\n") and tmp / "blank.txt", EmptyInput),
    "corrupt_pdf": (lambda tmp: (tmp / "bad.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8) and tmp / "bad.pdf", CorruptFile),
    "binary_as_txt": (lambda tmp: (tmp / "bin.txt").write_bytes(bytes(range(256)) * 40) and tmp / "bin.txt", UnsupportedFormat),
    "old_word_doc": (lambda tmp: (tmp / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600) and tmp / "old.doc", UnsupportedFormat),
    "zip_not_docx": (lambda tmp: _zip(tmp / "a.docx"), UnsupportedFormat),
    "bomb_png": (lambda tmp: _png_header_only(tmp / "bomb.png", 30_000, 30_000), InputTooLarge),
    "corrupt_png": (lambda tmp: (tmp / "c.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"junk" * 50) and tmp / "c.png", CorruptFile),
    "truncated_docx": (lambda tmp: _truncate(make_docx(tmp / "t.docx"), 0.5), (CorruptFile, UnsupportedFormat)),
}


def _zip(path):
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    return path


def _truncate(path, share):
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * share)])
    return path


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_gives_a_numbered_error(tmp_path, case):
    make, error = CASES[case]
    with pytest.raises(error) as info:
        read(make(tmp_path), options=NEVER)
    assert info.value.code.startswith("E") and info.value.message


def test_truncated_pdf_is_corrupt_or_read_in_part(tmp_path):
    pdf = _truncate(make_text_pdf(tmp_path / "plan.pdf", pages=2), 0.6)
    try:
        document = read(pdf, options=NEVER)
    except PlanParserError as exc:
        assert isinstance(exc, (CorruptFile, EmptyInput))
    else:  # PDFium repairs some truncations; then what it read must be real text
        assert "KẾ HOẠCH" in document.text or document.text.strip()


def test_encrypted_pdf_needs_its_password(tmp_path):
    pdf = make_text_pdf(tmp_path / "secret.pdf", password="mat-khau")
    with pytest.raises(EncryptedPdf, match="encrypted"):
        read(pdf, options=NEVER)
    with pytest.raises(EncryptedPdf, match="wrong"):
        read(pdf, options=ReadOptions(restore="never", password="sai"))
    document = read(pdf, options=ReadOptions(restore="never", password="mat-khau"))
    assert "KẾ HOẠCH" in document.text


def test_too_many_pages_is_refused_before_parsing(tmp_path):
    pdf = _many_page_pdf(tmp_path / "big.pdf", 2000)
    with pytest.raises(InputTooLarge, match="2000 pages"):
        read(pdf, options=NEVER)  # default limit 500; a full parse of 2,000 pages would take minutes


def test_pixel_limit_is_an_option(tmp_path):
    from PIL import Image

    path = tmp_path / "page.png"
    Image.new("L", (1000, 1000), 255).save(path)
    with pytest.raises(InputTooLarge, match="pixels"):
        read(path, options=ReadOptions(restore="never", max_pixels=500_000))


@pytest.mark.parametrize("case", ["missing", "zero_bytes", "binary_as_txt", "bomb_png"])
def test_cli_exits_non_zero_with_one_line(tmp_path, case):
    make, error = CASES[case]
    path = make(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "plan_parser.cli", "read", str(path)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and f"error {error.code}" in proc.stderr


def test_cli_password_and_max_pages_flags(tmp_path):
    pdf = make_text_pdf(tmp_path / "secret.pdf", password="mk")
    run = [sys.executable, "-m", "plan_parser.cli", "read", str(pdf), "--restore", "never"]
    assert subprocess.run(run, capture_output=True, text=True).returncode == 2
    ok = subprocess.run(run + ["--password", "mk"], capture_output=True, text=True)
    assert ok.returncode == 0 and "KẾ HOẠCH" in ok.stdout
    many = subprocess.run(run[:4] + [str(_many_page_pdf(tmp_path / "m.pdf", 5)), "--max-pages", "3"], capture_output=True, text=True)
    assert many.returncode == 2 and "E104" in many.stderr


MAGIC = [b"", b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"PK\x03\x04", b"GIF89a"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(MAGIC), body=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".pdf", ".png", ".docx"]))
def test_fuzz_random_bytes_never_raise_anything_but_plan_parser_errors(prefix, body, suffix):
    try:
        read_bytes(prefix + body, f"fuzz{suffix}", options=ReadOptions(restore="never", ocr_timeout=20))
    except PlanParserError:
        pass
