"""The catalogue of bad inputs (docs/bad_inputs.md), made on the fly: name -> (file maker, expected outcome).

Each maker writes one file into a folder and returns its path. `ERROR` holds the numbered error each
bad input must give when read and parsed (`plan-parser parse`); `READ_OK` the inputs that are not
errors but must be read correctly (legacy encodings, mixed normalisation, a wrong extension).
"""

from __future__ import annotations

import struct
import sys
import unicodedata
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "read"))
from read_fixtures import make_docx, make_text_pdf  # noqa: E402

from plan_parser.read.legacy import unicode_to_legacy  # noqa: E402

PASSWORD = "mat-khau"
PLAN = """ỦY BAN NHÂN DÂN
XÃ TÂN LẬP
Số: 12/KH-UBND
Tân Lập, ngày 3 tháng 9 năm 2025
KẾ HOẠCH
Triển khai thực hiện chuyển đổi số năm 2025
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ, công chức và nhân dân về chuyển đổi số.
II. NỘI DUNG
1. Tổ chức tuyên truyền trên hệ thống truyền thanh cơ sở; hoàn thành trước ngày 30/9/2025.
"""


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a huge size: the decompression-bomb shape, without the memory."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def _many_page_pdf(path: Path, pages: int) -> Path:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    pdf.save(str(path))
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _truncated_pdf(folder: Path) -> Path:
    path = make_text_pdf(folder / "truncated.pdf", pages=2)
    data = path.read_bytes()
    return _write(path, data[: len(data) // 3])  # cut inside the first page's content stream


def _zip_not_docx(folder: Path) -> Path:
    import zipfile

    path = folder / "spreadsheet.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return path


def _truncated_docx(folder: Path) -> Path:
    path = make_docx(folder / "truncated.docx")
    data = path.read_bytes()
    return _write(path, data[: len(data) // 2])


def _blank_scan(folder: Path) -> Path:
    from PIL import Image

    path = folder / "blank-scan.png"
    Image.new("L", (400, 300), 255).save(path)
    return path


def _nfd_mixed() -> str:
    lines = PLAN.splitlines()
    return "\n".join(unicodedata.normalize("NFD" if i % 2 else "NFC", line) for i, line in enumerate(lines)) + "\n"


# name -> (maker, expected error code from `read`+`parse`)
ERROR = {
    "zero-byte": (lambda d: _write(d / "empty.pdf", b""), "E103"),
    "blank-text": (lambda d: _write(d / "blank.txt", b" \n\n\t\n"), "E103"),
    "blank-scan": (_blank_scan, "E103"),
    "truncated-pdf": (_truncated_pdf, "E201"),
    "corrupt-pdf": (lambda d: _write(d / "corrupt.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8), "E201"),
    "encrypted-pdf": (lambda d: make_text_pdf(d / "encrypted.pdf", password=PASSWORD), "E202"),
    "pdf-2000-pages": (lambda d: _many_page_pdf(d / "pages-2000.pdf", 2000), "E104"),
    "bomb-png": (lambda d: _write(d / "bomb.png", _png_header_only(40_000, 40_000)), "E104"),
    "corrupt-png": (lambda d: _write(d / "corrupt.png", b"\x89PNG\r\n\x1a\n" + b"junk" * 50), "E201"),
    "binary-as-txt": (lambda d: _write(d / "binary.txt", bytes(range(256)) * 40), "E102"),
    "old-doc-as-docx": (lambda d: _write(d / "old-word.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), "E102"),
    "zip-not-docx": (_zip_not_docx, "E102"),
    "truncated-docx": (_truncated_docx, "E102"),
    "non-vietnamese-text": (
        lambda d: _write(d / "english.txt", b"Minutes of the meeting held on 3 May 2024.\nThe budget was approved.\n" * 20),
        "E401",
    ),
}

# name -> (maker, a phrase the Unicode text must contain) for inputs that must be read, not refused.
READ_OK = {
    "tcvn3-text": (lambda d: _write(d / "tcvn3.txt", unicode_to_legacy(PLAN, "tcvn3").encode("cp1252", "replace")), "KẾ HOẠCH"),
    "vni-text": (lambda d: _write(d / "vni.txt", unicode_to_legacy(PLAN, "vni").encode("cp1252", "replace")), "Triển khai thực hiện"),
    "mixed-nfc-nfd": (lambda d: _write(d / "mixed.txt", _nfd_mixed().encode("utf-8")), "Nâng cao nhận thức"),
    "long-lines": (lambda d: _write(d / "long.txt", (PLAN + "Nội dung " * 22_000 + "\n").encode("utf-8")), "chuyển đổi số"),
    "pdf-named-docx": (lambda d: make_text_pdf(d / "really-a-pdf.docx"), "KẾ HOẠCH"),
}


def make_all(folder: Path) -> dict[str, Path]:
    """Every catalogued input (errors and read-ok) in one folder, keyed by catalogue name."""
    folder.mkdir(parents=True, exist_ok=True)
    return {name: make(folder) for name, (make, _) in {**ERROR, **READ_OK}.items()}
