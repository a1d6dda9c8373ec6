"""Property tests across stages (hypothesis), adding what tests/restore and tests/parse do not cover:

- restore: on generated damaged Vietnamese (accents stripped, English-OCR letter swaps, NFD, CRLF, long
  tokens) it never raises, keeps the line count, and every token's offsets quote its text on both sides;
- read -> restore: the reader's Document keeps one Line per input line, each Line's offsets quote it,
  and restoration inside the reader keeps the count and the offsets;
- parse: on documents shuffled from gold plans, every provenance span quotes the value it claims.
"""

from __future__ import annotations

import unicodedata

from conftest import CORPUS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plan_parser.model import Document
from plan_parser.parse import ParseOptions, parse
from plan_parser.parse.text import norm_space
from plan_parser.read import ReadOptions
from plan_parser.read.restoration import apply_restoration
from plan_parser.read.text import read_text_bytes
from plan_parser.restore import restore

GOLD_LINES = [
    line
    for path in sorted((CORPUS / "gold" / "restore").glob("*.gold.txt"))
    for line in path.read_text(encoding="utf-8").splitlines()
]
NO_RESTORE = ParseOptions(restore="never")
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Letters English-model OCR prints for Vietnamese ones (a few, to make damaged input).
OCR_SWAPS = str.maketrans({"ế": "é", "ạ": "a", "ố": "é", "ư": "u", "ơ": "o", "đ": "d", "ộ": "6", "ả": "å"})


def _strip_accents(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in folded if not unicodedata.combining(c)))


def _damage(line: str, how: str) -> str:
    return {
        "clean": line,
        "accentless": _strip_accents(line),
        "english-ocr": line.translate(OCR_SWAPS),
        "nfd": unicodedata.normalize("NFD", line),
        "long-token": line + " " + "x" * 300,
    }[how]


DAMAGED_LINES = st.tuples(st.sampled_from(GOLD_LINES + ["", "  ", "\t- a)"]), st.sampled_from(
    ["clean", "accentless", "english-ocr", "nfd", "long-token"])).map(lambda pair: _damage(*pair))  # fmt: skip


@SETTINGS
@given(st.lists(DAMAGED_LINES, min_size=1, max_size=25), st.sampled_from(["\n", "\r\n"]))
def test_restore_keeps_lines_and_its_offsets_quote_both_texts(lines, newline):
    text = newline.join(lines)
    result = restore(text)
    assert len(result.lines) == len(text.split("\n"))
    assert result.text == "\n".join(result.lines)
    for token in result.tokens:
        assert text[token.source_start : token.source_end] == token.original
        assert result.text[token.char_start : token.char_end] == token.text
        assert result.lines[token.line - 1].count(token.text) >= 1


@SETTINGS
@given(st.lists(DAMAGED_LINES, min_size=1, max_size=25), st.booleans())
def test_reader_lines_quote_the_text_and_survive_restoration(lines, with_form_feed):
    text = "\n".join(lines)
    if with_form_feed and len(lines) > 2:
        text = "\n".join(lines[:2]) + "\f" + "\n".join(lines[2:])
    if not text.strip():
        return  # an empty file is a catalogued error (E103), tested elsewhere
    document = read_text_bytes(text.encode("utf-8"), "plan.txt", ReadOptions(restore="never"))
    _assert_lines_quote(document)
    count = len(document.lines)
    if "\f" not in text:  # a form feed ends a page and takes its newline with it (see read/text.py)
        assert count == len(text.split("\n"))
    restored = apply_restoration(document, ReadOptions(restore="always"))
    assert len(restored.lines) == count
    _assert_lines_quote(restored)


def _assert_lines_quote(document: Document) -> None:
    assert document.text == "\n".join(line.text for line in document.lines)
    for number, line in enumerate(document.lines, start=1):
        assert line.number == number
        assert document.text[line.char_start : line.char_end] == line.text


VERBATIM = ("purposes", "requirements", "contents", "criteria", "recipients")
GOLD_TEXTS = [path.read_text(encoding="utf-8") for path in sorted((CORPUS / "gold" / "restore").glob("*.gold.txt"))]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(GOLD_TEXTS), st.integers(0, 40), st.integers(0, 40), st.sampled_from(["", "\n", "x\n"]))
def test_parse_spans_quote_the_values_they_claim(text, cut_head, cut_tail, prefix):
    """Plans cut at random points (a missing first page, a lost signature) still point at the right text."""
    lines = text.splitlines()
    lines = lines[min(cut_head, 8) : len(lines) - cut_tail]
    document = Document.from_text(prefix + "\n".join(lines))
    plan = parse(document, options=NO_RESTORE)
    data = plan.schema_dict()
    for pointer, span in plan.provenance.items():
        # The characters lie inside the lines the span names (a span may quote part of a line).
        first, last = document.lines[span.line_start - 1], document.lines[span.line_end - 1]
        assert first.char_start <= span.char_start <= span.char_end <= last.char_end, pointer
    for key in ("issuer", "title", "place"):
        if data[key] and f"/{key}" in plan.provenance:
            span = plan.provenance[f"/{key}"]
            quoted = norm_space(document.text[span.char_start : span.char_end]).lower()
            assert data[key].split()[-1].lower() in quoted, (key, data[key], quoted[:120])
    for field in VERBATIM:
        for i, value in enumerate(data[field]):
            quoted = norm_space(document.text[plan.provenance[f"/{field}/{i}"].char_start : plan.provenance[f"/{field}/{i}"].char_end])
            assert " ".join(value.split()[:4]) in quoted, (field, i)
    for i, assignment in enumerate(data["assignments"]):
        for j, task in enumerate(assignment["tasks"]):
            span = plan.provenance[f"/assignments/{i}/tasks/{j}"]
            assert " ".join(task.split()[:4]) in norm_space(document.text[span.char_start : span.char_end])
    if data["number"] and "/number" in plan.provenance:
        span = plan.provenance["/number"]
        digits = data["number"].split("/")[0]
        assert digits in document.text[span.char_start : span.char_end].replace("l", "1").replace("O", "0")
