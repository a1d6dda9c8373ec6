"""Text inputs: encodings (detected, legacy TCVN3/VNI), NFC, pages, offsets."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plan_parser.read import ReadOptions, read
from plan_parser.read.legacy import legacy_to_unicode, unicode_to_legacy

NEVER = ReadOptions(restore="never")
VIETNAMESE = (
    "Kế hoạch số 150/KH-UBND của Ủy ban nhân dân tỉnh Đắk Lắk về việc triển khai thực hiện phong trào thi đua.\n"
    "Người đứng đầu cơ quan, đơn vị chủ động xây dựng chương trình, kế hoạch, báo cáo kết quả thực hiện."
)


def test_utf8_text_keeps_lines_and_offsets(tmp_path, seed_text):
    text = seed_text("003")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    document = read(path, options=NEVER)
    assert document.format == "text" and document.encoding == "utf-8"
    assert document.text == text
    assert len(document.lines) == text.count("\n") + 1
    for line in document.lines:
        assert document.text[line.char_start : line.char_end] == line.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1258"])
def test_other_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / "plan.txt"
    path.write_bytes(_cp1258_bytes(VIETNAMESE * 3) if encoding == "cp1258" else (VIETNAMESE * 3).encode(encoding))
    document = read(path, options=NEVER)
    assert document.text == VIETNAMESE * 3


@pytest.mark.parametrize("legacy", ["tcvn3", "vni"])
def test_legacy_vietnamese_encodings_become_unicode(tmp_path, legacy):
    # Regression: old archives hold TCVN3 (.VnTime) and VNI files that read as "KÕ ho¹ch" / "Keá hoaïch".
    path = tmp_path / "old.txt"
    path.write_bytes(unicode_to_legacy(VIETNAMESE.lower(), legacy).encode("cp1252"))
    document = read(path, options=NEVER)
    assert document.text == VIETNAMESE.lower()
    assert document.encoding.startswith(legacy)


def test_legacy_tables_cover_every_vietnamese_letter():
    letters = "aăâeêioôơuưyđ"
    tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
    every = [unicodedata.normalize("NFC", v + t) for v in letters for t in (tones if v != "đ" else [""])]
    text = " ".join(every)
    assert legacy_to_unicode(unicode_to_legacy(text, "tcvn3"), "tcvn3") == text
    assert legacy_to_unicode(unicode_to_legacy(text, "vni"), "vni") == text
    upper = text.upper()
    assert legacy_to_unicode(unicode_to_legacy(upper, "vni"), "vni") == upper


def test_mixed_nfd_and_nfc_become_nfc(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text(VIETNAMESE + "\n" + unicodedata.normalize("NFD", VIETNAMESE), encoding="utf-8")
    document = read(path, options=NEVER)
    assert document.text == VIETNAMESE + "\n" + VIETNAMESE
    assert unicodedata.is_normalized("NFC", document.text)


def test_form_feeds_start_new_pages(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text("Trang một\nvẫn trang một\fTrang hai\n\fTrang ba\n", encoding="utf-8")
    document = read(path, options=NEVER)
    assert [p.number for p in document.pages] == [1, 2, 3]
    assert [(line.text, line.page, line.page_line) for line in document.lines if line.text] == [
        ("Trang một", 1, 1), ("vẫn trang một", 1, 2), ("Trang hai", 2, 1), ("Trang ba", 3, 1),
    ]  # fmt: skip
    assert "\f" not in document.text


def test_the_line_end_before_a_form_feed_is_no_empty_line(tmp_path):
    # An OCR dump ends each page's last line, then the form feed: that is no blank line (which would end a paragraph
    # that runs on to the next page, channel eng-ocr I285-B02). A blank line written before it stays.
    path = tmp_path / "dump.txt"
    path.write_text("gửi kết quả về\n\fSở Văn hóa trước ngày 30/4.\n\n\fTrang ba\n", encoding="utf-8")
    document = read(path, options=NEVER)
    assert [(line.text, line.page) for line in document.lines] == [
        ("gửi kết quả về", 1), ("Sở Văn hóa trước ngày 30/4.", 2), ("", 2), ("Trang ba", 3), ("", 3),
    ]  # fmt: skip


def test_extremely_long_line_is_read_whole(tmp_path):
    path = tmp_path / "long.txt"
    line = ("phát triển kinh tế - xã hội " * 40_000).strip()  # ~1.1 M characters, no newline
    path.write_text(line, encoding="utf-8")
    document = read(path, options=NEVER)
    assert len(document.lines) == 1 and document.lines[0].char_end == len(line)


def test_non_vietnamese_text_gives_a_warning_not_an_error(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("The quick brown fox jumps over the lazy dog.\n" * 20, encoding="utf-8")
    document = read(path)
    assert any("does not look Vietnamese" in w for w in document.warnings)
    assert not document.restored


def test_clean_vietnamese_is_not_restored_on_auto(tmp_path, monkeypatch):
    calls = _fake_restorer(monkeypatch)
    path = tmp_path / "clean.txt"
    path.write_text(VIETNAMESE, encoding="utf-8")
    assert not read(path).restored
    assert calls == []


def test_english_ocr_text_is_restored_with_originals_and_new_offsets(tmp_path, monkeypatch, seed_text):
    calls = _fake_restorer(monkeypatch)
    path = tmp_path / "ocr.txt"
    text = seed_text("000")
    path.write_text(text, encoding="utf-8")
    document = read(path)
    assert calls and document.restored
    changed = [line for line in document.lines if line.original is not None]
    assert changed and all(line.text == line.original.upper() for line in changed)
    for line in document.lines:
        assert document.text[line.char_start : line.char_end] == line.text


def test_missing_restorer_model_is_a_warning(tmp_path, monkeypatch, seed_text):
    from plan_parser.errors import ModelMissing

    def broken(text, *, options=None):
        raise ModelMissing("no model file")

    _fake_restorer(monkeypatch, broken)
    path = tmp_path / "ocr.txt"
    path.write_text(seed_text("000"), encoding="utf-8")
    document = read(path)
    assert not document.restored and any("restorer model missing" in w for w in document.warnings)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r\f\x0b\x1c\x1d\x1e\x85\u2028\u2029"), max_size=30), min_size=1, max_size=12))
def test_offsets_always_point_at_the_line_text(lines):
    from plan_parser.read.assemble import RawLine, RawPage, build_document
    from plan_parser.model import Page

    document = build_document("x", "text", [RawPage(Page(number=1, source="text"), [RawLine(t) for t in lines])])
    assert len(document.lines) == len(lines)
    for line in document.lines:
        assert document.text[line.char_start : line.char_end] == line.text


def _cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Vietnamese Word wrote it: precomposed vowels, tones as combining marks."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            tones = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
            out += (base + tones).encode("cp1258")
    return bytes(out)


def _fake_restorer(monkeypatch, function=None):
    """Stand in for plan_parser.restore (built in parallel): upper-cases every line, records calls."""
    import sys
    import types

    from plan_parser.model import RestoredText

    calls: list[str] = []

    def restore(text, *, options=None):
        calls.append(text)
        lines = text.upper().split("\n")
        return RestoredText(text="\n".join(lines), kind="english-ocr", lines=lines, tokens=[], engine="fake")

    module = types.ModuleType("plan_parser.restore")
    module.restore = function or restore
    monkeypatch.setitem(sys.modules, "plan_parser.restore", module)
    return calls
