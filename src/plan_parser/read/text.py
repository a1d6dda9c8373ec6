"""Text files: UTF-8, UTF-16, other detected encodings and legacy Vietnamese font encodings."""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import EmptyInput, TextDecodeError, UnsupportedFormat
from ..model import Document, Page
from .assemble import RawLine, RawPage, build_document
from .legacy import detect_legacy, legacy_to_unicode
from .options import ReadOptions

# Control characters other than tab, newline, carriage return and form feed mark binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Share of control characters above which decoded "text" is treated as binary.
_MAX_CONTROL_SHARE = 0.01


def decode_bytes(data: bytes, name: str, options: ReadOptions) -> tuple[str, str]:
    """Decode `data` to text and name the encoding; legacy Vietnamese encodings become Unicode."""
    if options.encoding:
        try:
            return data.decode(options.encoding), options.encoding
        except (LookupError, UnicodeDecodeError) as exc:
            raise TextDecodeError(f"{name} cannot be decoded as {options.encoding}: {exc}") from exc
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise TextDecodeError(f"{name} starts with a {encoding} mark but does not decode: {exc}") from exc
    if b"\x00" in data[:4096]:
        raise UnsupportedFormat(f"{name} is a binary file, not text")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _guess(data, name)
    legacy = detect_legacy(text)
    if legacy:
        text, encoding = legacy_to_unicode(text, legacy), f"{legacy} (via {encoding})"
    return text, encoding


def _guess(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    # Legacy Vietnamese files are 8-bit Windows text; try cp1252 first so the legacy detector sees
    # the bytes as the old fonts displayed them.
    try:
        text = data.decode("cp1252")
        if detect_legacy(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    # Windows-1258 (Vietnamese Word on Windows) writes tones as combining marks; charset detectors
    # rarely pick it, so accept it whenever the result reads as Vietnamese.
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
        if looks_vietnamese(text) and accent_share(text) > 0.15:
            return text, "cp1258"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise UnsupportedFormat(f"{name} is a binary file, not text")
    return str(best), best.encoding


def check_text(text: str, name: str) -> None:
    if not text.strip():
        raise EmptyInput(f"{name} holds no text")
    sample = text[:200_000]
    if len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise UnsupportedFormat(f"{name} is a binary file, not text")


def read_text_bytes(data: bytes, name: str, options: ReadOptions, sha256: str | None = None) -> Document:
    text, encoding = decode_bytes(data, name, options)
    check_text(text, name)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    warnings: list[str] = []
    if not encoding.startswith("utf"):
        warnings.append(f"decoded as {encoding}")
    pages = _split_pages(text)
    return build_document(name, "text", pages, sha256=sha256, encoding=encoding, warnings=warnings)


def _split_pages(text: str) -> list[RawPage]:
    """Form feeds (pdftotext, old OCR dumps) separate pages; they do not stay in the text."""
    pages = []
    chunks = text.split("\f")
    for number, chunk in enumerate(chunks, start=1):
        lines = chunk.split("\n")
        if number > 1 and lines and lines[0] == "" and len(lines) > 1:
            lines = lines[1:]  # the newline that usually follows a form feed
        if number < len(chunks) and len(lines) > 1 and lines[-1] == "":
            # ... and the one before it ends the page's last line: no empty line, which would end a paragraph that
            # runs on to the next page (channel eng-ocr, I285-B02: "gửi kết quả kiểm kê về" / "Sở ... trước ngày 30
            # tháng 4" lost its task, and the ward's later date went unreported)
            lines = lines[:-1]
        pages.append(RawPage(Page(number=number, source="text"), [RawLine(line) for line in lines]))
    if len(pages) > 1 and not any(line.text.strip() for line in pages[-1].lines):
        pages.pop()  # a trailing form feed ends the last page, it does not start one
    return pages


def looks_vietnamese(text: str) -> bool:
    """Vietnamese with or without its accents (the English OCR model drops them)."""
    folded = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    words = re.findall(r"[a-z]+", folded[:50_000])
    if not words:
        return False
    hits = sum(1 for w in words if w in _COMMON_SYLLABLES)
    return hits / len(words) > 0.12


def accent_share(text: str) -> float:
    """Share of letters that carry a Vietnamese diacritic (≈0.25–0.35 in clean text, ≈0.05 in English OCR)."""
    letters = [c for c in text[:50_000] if c.isalpha()]
    if not letters:
        return 0.0
    marked = sum(1 for c in letters if c in "đĐ" or unicodedata.decomposition(c))
    return marked / len(letters)


# The most frequent syllables of administrative Vietnamese, accents removed.
_COMMON_SYLLABLES = frozenset(
    """va cua cac nhung trong duoc theo thuc hien nhan dan tinh xa phuong ke hoach so ngay nam thang cong tac
    voi co la de cho tren dia ban quan ly chinh phu uy ve viec nhiem vu to chuc can cu nghi dinh quyet bo
    trien khai don vi nguoi phat dong thi dua tham muu dung phan khen thuong muc yeu cau noi dung thoi gian
    thanh pho huyen khoa hoc chuyen doi giai doan dam bao tang cuong nang cao tuyen truyen ket qua bao cao""".split()
)
