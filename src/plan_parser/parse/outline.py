"""The outline: lines -> paragraphs -> a tree of sections, items, points, dashes, plus and (1) entries.

Labels are recognised at the start of a line and are robust to OCR damage: "I1." and "II1." read
as Roman numerals, a lost point letter (") Phấn đấu") takes the next letter of its list, and a
Roman numeral that repeats or goes backwards takes the next number in sequence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Document, OutlineNode
from .text import ORDINAL_NUMBERS, SENTENCE_END, fold, Block, first_alpha_is_lower, is_upper_text, join_lines, merge_spans

_ROMAN = re.compile(r"^(?P<label>[IVXLl1|]{1,6}|[ivx]{1,4})\s*[.:)\-,]\s*(?P<rest>\S.*)$")
# A Roman label whose full stop was lost: "V TỔ CHỨC THỰC HIỆN" (upper-case label, upper-case heading).
_ROMAN_BARE = re.compile(r"^(?P<label>[IVX][IVXLl1]{0,5})\s+(?P<rest>[^\W\d_]{2,}\s+\S.*)$")
# "1." "1.2." "1)" "1 " — and "1," where OCR took the full stop for a comma before a capital.
# "Phần I. MỤC ĐÍCH", "PHẦN II." (heading on the next line), "Mục III -", "Chương IV:": a word that names
# a top-level part, then a Roman numeral. The numeral must be upper-case, so "Mục tiêu" never matches.
_NAMED_ROMAN = re.compile(
    r"^(?:Phần|PHẦN|Mục|MỤC|Chương|CHƯƠNG)\s+(?P<label>[IVX]{1,6})(?:\s*[.:\-–]\s*|\s*$|\s+(?=\S))(?P<rest>.*)$"
)
# "Phần thứ nhất. MỤC ĐÍCH, YÊU CẦU", "PHẦN THỨ TƯ: TỔ CHỨC THỰC HIỆN", "Phần thứ hai" (heading on the next line): a
# part numbered by an ordinal word, read as the Roman numeral of its number. "Phần một" ... "Phần bốn" (the cardinal
# word, no "thứ"; round 17, I27-B04) too: the word must end the line or be followed by ".", ":", a dash or (the part's
# name in capitals on the next line, joined into one block) a capital. Not yet for "Phần thứ nhất" + capitals: read so,
# I7-A05's tasks (a compact list, detailed in an appendix after the signature) lost two content matches.
_ORDINALS = {fold(word): n for word, n in ORDINAL_NUMBERS.items()}
_NAMED_ORDINAL = re.compile(
    r"^(?:Phần|PHẦN)\s+(?P<thu>(?:thứ|THỨ)\s+)?(?P<word>[^\W\d_]+)(?:\s*[.:\-–]\s*|\s*$|(?(thu)(?!)|\s+(?=[A-ZĐ])))(?P<rest>.*)$"
)
# "I/ MỤC ĐÍCH, YÊU CẦU", "1/ Mục đích, yêu cầu": a label closed by a slash, as some plans print it (never a date:
# the slash is followed by a space and a letter, "15/11" has a digit).
# "Điều 1. Mục đích, yêu cầu" ... "Điều 5. Tổ chức thực hiện": a plan written like a decision, its parts as numbered
# articles. Read as top-level parts (Roman label of the article's number) when the rest is a short title.
# "Mục 1. CĂN CỨ, MỤC ĐÍCH ..." ... "Mục 7. TỔ CHỨC THỰC HIỆN" (parts numbered in Arabic after "Mục") likewise (round 22,
# I51-B07: no part of such a plan was read).
_ARTICLE = re.compile(r"^(?:Điều|ĐIỀU|Mục|MỤC)\s+(?P<number>\d{1,2})\s*[.:\-–]\s*(?P<rest>\S.*)$")
_SLASH_ROMAN = re.compile(r"^(?P<label>[IVX]{1,6})/\s+(?P<rest>[^\W\d_].*)$")
_SLASH_ITEM = re.compile(r"^(?P<label>\d{1,2})/\s+(?P<rest>[^\W\d_].*)$")
_SLASH_POINT = re.compile(r"^(?P<label>[a-zđ])/\s+(?P<rest>\S.*)$")  # "a/ Tiêu chí: ...", under "4/ ..." (round 25, I76-A12)
# "A. MỤC ĐÍCH, YÊU CẦU": a capital letter (not a Roman numeral) labels the top level in some plans; only
# with a capitals heading, so a sentence never opens a section.
_LETTER_SECTION = re.compile(r"^(?P<label>[A-HĐ])\s*[.:)]\s*(?P<rest>\S.*)$")
# "I." alone on its line, its heading on the next (a PDF export that put the label in its own cell).
_ROMAN_ALONE = re.compile(r"^(?P<label>[IVX]{1,5})\.\s*$")
# "I. Mục đích, yêu cầu" (sentence case; bold lost in the export): a strict Roman label, a short phrase with
# no full stop, its first letter a capital.
# "1." or "a)" alone on its line, the entry's text on the next (a PDF export that put the label in its own cell).
_LABEL_ALONE = re.compile(r"^(?:(?P<item>\d{1,2}(?:\.\d{1,2}){0,3})\.|(?P<point>[a-zđ])\))$")
# A line that cannot end a paragraph: it stops on a word that joins what follows ("Sở Nông nghiệp và").
_OPEN_END = re.compile(r"\b(?:va|cua|cac|voi|cho|ve|trong|tai|de|hoac|nhung|theo|tu|den|duoc|thuoc|giua|tren)$")
_ROMAN_TITLE = re.compile(r"^(?P<label>[IVX]{1,5})\.\s+(?P<rest>\S.*)$")
_ITEM = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){0,3})(?:\.|\)|,(?=\s*[A-ZĐÀ-Ỹ])|(?<=\d)(?=\s))\s*(?P<rest>[^\d\s/].*)$")
# "1. 100% dữ liệu dân cư ...": a target that opens with a percentage (the usual form of a plan's chỉ tiêu).
_PERCENT_ITEM = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){0,3})[.)]\s+(?P<rest>\d{1,3}(?:[.,]\d{1,2})?\s?%\s*\S.*)$")
_POINT = re.compile(r"^(?P<label>[a-zđ]?)\s?\)\s*(?P<rest>\S.*)$")
# "(1)" "(a)", and "(5s)" where OCR added a letter to the number.
_PAREN = re.compile(r"^\((?P<label>\d{1,2}|[a-zđ])[a-z]?\)\s*(?P<rest>\S.*)$")
_DASH = re.compile(r"^(?P<label>[-–—•·▪●◦])\s*(?P<rest>\S.*)$")
_PLUS = re.compile(r"^(?P<label>\+)\s*(?P<rest>\S.*)$")

# "16 tháng 6 năm 2025;" at the start of a line is the end of a date broken by the layout, not item 16.
_DATE_TAIL = re.compile(r"(thang|nam)\b")
# A line ending in one of these words continues on the next, whatever the next starts with.
_CONTINUES = re.compile(r"\b(ngay|thang|nam|so|tai|khoan|dieu|muc|diem)$")
# "9. Giám sát ...": a label closed by its mark, then a sentence.
_LABELLED_SENTENCE = re.compile(r"^\d{1,2}[.)]\s+[A-ZĐÀ-Ỹ]")
# "02 lần/tháng": a number, a space, no mark of a label.
_BARE_NUMBER = re.compile(r"^\d{1,3}\s")

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"


def roman_value(label: str) -> int | None:
    total = 0
    prev = 0
    for ch in reversed(label):
        v = _ROMAN_VALUES.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total if 0 < total < 40 else None


def to_roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


def read_roman(label: str) -> int | None:
    """The value of a Roman numeral as OCR left it: 1, l, | and L stand for I ("II1" -> 3, "VIL" -> 7)."""
    if not any(c in "IVXivx" for c in label):
        return None
    return roman_value(re.sub(r"[1l|L]", "I", label.upper() if label.islower() else label))


@dataclass
class Para:
    """One paragraph of the body: a block, and its label if it starts with one."""

    block: Block
    kind: str | None = None  # section, item, point, dash, plus, paren; None for plain text
    label: str | None = None
    rest_start: int = 0

    @property
    def rest(self) -> str:
        return self.block.text[self.rest_start :].strip()


# "III. THỜI GIAN: giai đoạn 2025 - 2027 ...": a capitals heading, a colon, then body text on the same line.
_RUN_IN_HEAD = re.compile(r"^(?P<head>[^:;.]{2,80}?)\s*:\s*(?=\S)")


def run_in_heading(rest: str) -> int | None:
    """Where the body starts in a section line that runs its heading into the text, or None."""
    m = _RUN_IN_HEAD.match(rest)
    if not m or len(m.group("head").split()) > 10 or not is_upper_text(m.group("head"), 0.9):
        return None
    return m.end()


def title_heading(rest: str) -> bool:
    """A sentence-case heading ("Mục đích, yêu cầu", "Tổ chức thực hiện"), or one that runs into its text
    ("Thời gian thực hiện: từ năm 2025 ..."): a capital, a few words before any colon, no sentence of its own."""
    head, colon, _ = rest.partition(":")
    head = head.strip()
    if not head[:1].isupper() or re.search(r"[.;!?]", head) or head[-1:] in ",-–":
        return False
    return 1 <= len(head.split()) <= (8 if colon else 16)


def run_in_title(rest: str) -> int | None:
    """Where the body starts in "Thời gian thực hiện: từ năm 2025 ..." (a sentence-case heading run in)."""
    m = _RUN_IN_HEAD.match(rest)
    return m.end() if m and title_heading(rest) else None


_WORDS = re.compile(r"[^\W\d_]+")


def _last_word(text: str) -> str:
    words = _WORDS.findall(text[-40:])
    return words[-1] if words else ""


def _first_word(text: str) -> str:
    m = _WORDS.match(text)
    return m.group(0) if m else ""


_OTHER_PARTS = re.compile(r"^(?:kinh phi|che do bao cao|to chuc thuc hien|danh gia|khen thuong|tien do|lo trinh)")


def _unnumbered_heading(text: str, seen: bool) -> bool:
    """A capitals line that heads a part of a plan with no numerals: the first must name a part
    ("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN" ...) in a few words (a title in capitals is longer)."""
    from .roles import heading_roles  # roles imports this module

    words = text.split()
    if not 1 <= len(words) <= 16 or text[-1:] in ".;," or text[:1].isdigit():
        return False
    named = bool(heading_roles(text)) or bool(_OTHER_PARTS.match(fold(text)))
    if not is_upper_text(text, 0.9):
        # Sentence case ("Tổ chức thực hiện" alone): only a line that names a part, in a few words.
        return named and len(words) <= 12 and title_heading(text) and ":" not in text
    return named and len(words) <= 8 if not seen else named or len(words) <= 12


_PERIOD_LABEL = re.compile(r"^(?P<head>[^:.;]{3,60})\.\s+(?=[A-ZĐÀ-Ỹ\d])")


def run_in_part(text: str) -> int | None:
    """Where the body starts in an unnumbered paragraph run in after a part's name and a full stop ("Chỉ tiêu, tiêu
    chí. 100% bãi tắm ...", "Tổ chức thực hiện. Công chức ..."): a plan written as such paragraphs (round 42, I144-A12:
    none of its parts was read)."""
    from .roles import heading_roles  # roles imports this module

    m = _PERIOD_LABEL.match(text)
    head = m.group("head") if m else ""
    # (not a numbered item's label: "Nhiệm vụ 2. Khoanh vùng ...")
    if not head[:1].isupper() or len(head.split()) > 8 or re.search(r"\d", head):
        return None
    return m.end() if heading_roles(head) or _OTHER_PARTS.match(fold(head)) or _TARGET_PARTS.match(fold(head)) else None


_TARGET_PARTS = re.compile(r"(?:chi tieu|tieu chi|tieu chuan|muc tieu)\b")


def _bare_label(text: str) -> bool:
    if _LABEL_ALONE.match(text):
        return True
    m = _ROMAN_ALONE.match(text) or _NAMED_ROMAN.match(text) or _ordinal_part(text)
    return bool(m) and not (m.groupdict().get("rest") or "").strip()


_ORDINAL_OVER_CAPITALS = re.compile(r"^(?:Phần|PHẦN)\s+(?:thứ|THỨ)\s+(?P<word>[^\W\d_]+)\s+(?P<rest>\S.{3,})$")


def _ordinal_part(text: str) -> re.Match | None:
    m = _NAMED_ORDINAL.match(text)
    return m if m and fold(m.group("word")) in _ORDINALS else None


def classify(text: str) -> tuple[str, str, int] | None:
    """(kind, label, offset of the text after the label) for a line that starts with a label."""
    m = _ordinal_part(text)
    if m and (not m.group("rest") or is_upper_text(m.group("rest"), 0.6) or run_in_heading(m.group("rest"))):
        return "section", to_roman(_ORDINALS[fold(m.group("word"))]), m.start("rest")
    m = _ORDINAL_OVER_CAPITALS.match(text)
    if m and fold(m.group("word")) in _ORDINALS and is_upper_text(m.group("rest"), 0.9):
        # "PHẦN THỨ NHẤT" over "MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU", joined into one block (round 24, I59-B09: no part read)
        return "section", to_roman(_ORDINALS[fold(m.group("word"))]), m.start("rest")
    m = _ARTICLE.match(text)
    if m and 1 <= int(m.group("number")) <= 20 and (is_upper_text(m.group("rest"), 0.6) or title_heading(m.group("rest"))):
        return "section", to_roman(int(m.group("number"))), m.start("rest")
    m = _SLASH_ROMAN.match(text)
    if m and read_roman(m.group("label")) and (is_upper_text(m.group("rest"), 0.6) or title_heading(m.group("rest"))):
        return "section", m.group("label"), m.start("rest")
    m = _SLASH_ITEM.match(text)
    if m:
        return "item", m.group("label"), m.start("rest")
    m = _NAMED_ROMAN.match(text)
    if m and read_roman(m.group("label")) and (
        not m.group("rest") or is_upper_text(m.group("rest"), 0.6) or run_in_heading(m.group("rest"))
        # "Phần I. Mục đích, yêu cầu và chỉ tiêu" (sentence case, round 36, I121-B04: no part of the plan was read)
        # ... never with a colon: "Phần II. NHIỆM VỤ, GIẢI PHÁP" glued to its "* Tuyên truyền: ..." lines is no heading
        or (text[m.end("label"):m.start("rest")].strip() and ":" not in m.group("rest") and title_heading(m.group("rest")))
    ):
        return "section", m.group("label"), m.start("rest")
    m = _ROMAN.match(text)
    if m and read_roman(m.group("label")) and (is_upper_text(m.group("rest"), 0.6) or run_in_heading(m.group("rest"))):
        return "section", m.group("label"), m.start("rest")
    m = _ROMAN_BARE.match(text)
    if m and read_roman(m.group("label")) and is_upper_text(m.group("rest"), 0.9) and len(m.group("rest").split()) <= 16:
        return "section", m.group("label"), m.start("rest")
    m = _ROMAN_ALONE.match(text)
    if m and read_roman(m.group("label")):
        return "section", m.group("label"), len(text)
    m = _ROMAN_TITLE.match(text)
    if m and read_roman(m.group("label")) and title_heading(m.group("rest")):
        return "section", m.group("label"), m.start("rest")
    m = _LETTER_SECTION.match(text)
    # (in capitals, or nearly, every word opening in one: "C. TIÊU Chí" from English OCR restored, round 64, I269-A03)
    if m and len(m.group("rest").split()) <= 16 and (is_upper_text(m.group("rest"), 0.9) or (
            is_upper_text(m.group("rest"), 0.6) and all(w[:1].isupper() for w in m.group("rest").split() if w[:1].isalpha()))):
        return "section", m.group("label"), m.start("rest")
    m = _LABEL_ALONE.match(text)
    if m:
        return ("item", m.group("item"), len(text)) if m.group("item") else ("point", m.group("point"), len(text))
    m = _ITEM.match(text) or _PERCENT_ITEM.match(text)
    # "6 năm 2010 ..." continues a date; "2. Nắm chắc tình hình ..." (folded "nam") is an item (blind set 91 A).
    if m and not (_DATE_TAIL.match(fold(m.group("rest"))) and m.group("rest")[:1].islower()):
        return "item", m.group("label"), m.start("rest")
    m = _PAREN.match(text)
    if m:
        return "paren", m.group("label"), m.start("rest")
    m = _SLASH_POINT.match(text)
    if m and not first_alpha_is_lower(m.group("rest")[:1] or "x"):
        return "point", m.group("label"), m.start("rest")
    m = _POINT.match(text)
    if m and not first_alpha_is_lower(m.group("rest")[:1] or "x"):
        return "point", m.group("label"), m.start("rest")
    m = _DASH.match(text)
    if m:
        return "dash", m.group("label"), m.start("rest")
    m = _PLUS.match(text)
    if m:
        return "plus", "+", m.start("rest")
    return None


# Characters a printed A4 line holds at most (about 100 in Times 13): wider typical lines were never wrapped.
_UNWRAPPED_WIDTH = 150


def _typical_width(texts: list[str]) -> int:
    lengths = sorted(len(t) for t in texts if len(t) > 20)
    if not lengths:
        return 80
    return lengths[int(len(lengths) * 0.8)]


def _never_wrapped(texts: list[str], width: int) -> bool:
    """A typed plan (DOCX, a text layer) has a paragraph a line: its typical line is wider than a printed one, or
    one line in ten is (a plan of short task lines among long ones: I116-B's "Rà soát ... chuyên môn." (184
    characters) and "Vận động nông dân ..." were read as one task, its typical line being 142)."""
    lengths = [len(t) for t in texts if len(t) > 20]
    return width > _UNWRAPPED_WIDTH or sum(n > _UNWRAPPED_WIDTH for n in lengths) >= 0.1 * max(1, len(lengths))


def _table_rows(prev_text: str, text: str) -> bool:
    """Two lines that are both rows of a table: a row never continues the row above it."""
    return "|" in prev_text and "|" in text


_NUMBERED_ROW = re.compile(r"^\|\s*\d+\s*\|")


def _row_goes_on(row: list[str], text: str, row_pipes: int) -> bool:
    """`text` continues the table row `row` (its lines so far): OCR wraps a row printed over several lines ("| 14 |
    Báo cáo sơ kết ... | Văn phòng" / "HĐND và UBND | Phòng Kinh tế | Trước ngày 30/6/2026 |"), and each line read as
    a row of its own lost the row's date to its task (channel eng-ocr, I210-B06). The row goes on while it holds
    fewer cell borders than a whole row of the table (`row_pipes`) and the line does not start the next numbered row.
    Typed tables keep a row a line, so this never joins their rows."""
    held = sum(line.count("|") for line in row)
    # (a row whose line closes with a border goes on only with another border: "| Báo cáo sơ kết 6 tháng | UBND phường |
    # Sở Nông nghiệp và Môi trường |" / "Trước 20/6/2026 |", I235-A05; not into the prose after a table's short last row)
    return (bool(row) and row[0].startswith("|") and 0 < held < row_pipes
            and held + text.count("|") <= row_pipes and not _NUMBERED_ROW.match(text)
            and ("|" in text or not row[-1].endswith("|")))  # fmt: skip


def paragraphs(doc: Document, cleaned: list[str], first: int, last: int, skip: frozenset[int] = frozenset()) -> list[Para]:
    """Group lines first..last (1-based, inclusive) into paragraphs; lines in `skip` (page furniture) are
    passed over as if absent (no paragraph break: a sentence may run on across the page)."""
    texts = [cleaned[n - 1].strip() for n in range(first, last + 1) if n not in skip]
    width = _typical_width(texts)
    unwrapped = _never_wrapped(texts, width)
    # Adjacent word pairs printed inside one line (case kept): a line break between two such words is a
    # break inside a name ("Mặt trận | Tổ quốc"), not the end of a heading ("Xã hội | Chủ trì ...").
    pairs = {pair for t in texts for pair in zip(_WORDS.findall(t), _WORDS.findall(t)[1:])}
    # Headings with no numeral at all ("MỤC ĐÍCH, YÊU CẦU" alone: Word's automatic numbering is lost when a
    # DOCX is saved as text) are read only in a plan that labels none of its parts.
    unnumbered = not any((found := classify(t)) and found[0] == "section" for t in texts)
    seen_heading = False
    current_unnumbered = False
    paras: list[Para] = []
    current: list[int] = []
    current_kind: str | None = None
    gap = False
    prev_text = ""
    row_pipes = 0  # cell borders of the last whole table row ("| ... |"): how many a row of that table holds

    def flush():
        nonlocal current, current_kind, current_unnumbered
        if current:
            block = join_lines(doc, current, cleaned)
            para = Para(block=block)
            found = classify(block.text)
            if current_unnumbered:
                para.kind, para.label, para.rest_start = "section", None, 0
            elif current_kind and found:
                para.kind, para.label, para.rest_start = found
            body_at, separator = None, ":"
            if para.kind == "section" and not is_upper_text(para.rest, 0.6):
                body_at = run_in_heading(para.rest)
                if body_at is None and _ROMAN_TITLE.match(block.text):
                    body_at = run_in_title(para.rest)
                if body_at is None and current_unnumbered:
                    body_at, separator = run_in_part(para.rest), "."
            if body_at is not None:
                # The heading is the section's; the text after its colon is the section's first paragraph.
                lead = len(block.text) - len(block.text[para.rest_start :].lstrip())
                cut = lead + body_at
                colon = block.text.rindex(separator, 0, cut)
                para.block = block.slice(0, colon)
                paras.append(para)
                para = Para(block=block.slice(cut))
            paras.append(para)
        current = []
        current_kind = None
        current_unnumbered = False

    for number in range(first, last + 1):
        if number in skip:
            continue
        text = cleaned[number - 1].strip()
        if not text:
            gap = gap or bool(current)
            continue
        found = classify(text)
        # (only inside a table: most lines are prose, and their paragraph's lines need not be gathered)
        row_goes_on = (not gap and row_pipes > 0 and bool(current)
                       and _row_goes_on([cleaned[n - 1].strip() for n in current], text, row_pipes))  # fmt: skip
        if row_goes_on:
            found = None
        elif text.startswith("|") and text.endswith("|") and len(text) > 1:
            # A row of the table, OCR-wrapped after a border, has fewer borders than the table's rows: the table's
            # width stays (round 58, channel eng-ocr, I235-A05)
            row_pipes = max(row_pipes, text.count("|")) if "|" in prev_text else text.count("|")
        if (found and found[0] == "item" and current and not gap and _CONTINUES.search(fold(prev_text))
                and prev_text.split()[-1].islower() and not _table_rows(prev_text, text)
                # "III. Thường xuyên cả năm" over "9. Giám sát ...", "III. ... chuyển đổi số" over "1. Vận động ...": a
                # heading ends there, and a year or a number is no label's (round 38, I52-A10, I104-A06)
                and not (_LABELLED_SENTENCE.match(text)
                         and (re.search(r"\b(?:nam|so)$", fold(prev_text)) or _ROMAN_TITLE.match(prev_text)))):
            # "... ngày 08 tháng" / "6 năm 2010 ...": the number continues the sentence. A table row never continues
            # the row above it ("... | Hằng năm" over "4 | Vận động ...": I114-B03 glued rows 3-7 into one item).
            found = None
        if (found and found[0] == "item" and current and not gap and _BARE_NUMBER.match(text)
                and first_alpha_is_lower(text[found[2] :]) and prev_text[-1:] not in SENTENCE_END + ":"
                and not _table_rows(prev_text, text)):
            # A number with no mark of a label, then a word in lower case, under a sentence that has not ended: the
            # sentence wrapped before a count ("... mỗi đợt" / "1 trong tháng 3/2026, đợt 2 ...", "hướng dẫn ít nhất" /
            # "02 lần/tháng"). Channel eng-ocr, 286-B: three such lines cut the contents after item 4.3.
            found = None
        if found and found[0] in ("dash", "plus") and current and not gap:
            # "- xã hội phường": a hyphen that continues the previous line, not a new entry.
            if first_alpha_is_lower(text[found[2] :]) and prev_text[-1:] not in SENTENCE_END + ":":
                found = None
        heading_here = False
        if (not found and unnumbered and (gap or not current or prev_text[-1:] in SENTENCE_END + ":")
                and (_unnumbered_heading(text, seen_heading) or run_in_part(text) is not None
                     # ... and such a part's name alone, closed by a full stop ("Nhiệm vụ, giải pháp.")
                     or (text.endswith(".") and not text.endswith("..") and seen_heading
                         and _unnumbered_heading(text[:-1], seen_heading) and not is_upper_text(text)))):
            found, heading_here, seen_heading = ("section", None, 0), True, True
        if found:
            flush()
            current, current_kind, current_unnumbered = [number], found[0], heading_here
        elif not current:
            current = [number]
        else:
            ended = prev_text[-1:] in SENTENCE_END + ":"
            if row_goes_on:
                new = False
            elif text.startswith("|") or prev_text.endswith("|") or _table_rows(prev_text, text):
                # a table row ("| Giai đoạn 1 | Tháng 02 - tháng 9/2026 | ... |") is a paragraph of its own: joined, it
                # took the heading above it ("Mục 5. TIẾN ĐỘ THỰC HIỆN") into a row (round 22, I51-B07); a row with no
                # outer border ("2029 - 2030 | Giai đoạn 2: ...") after another gave its years to the review before it
                # (round 34, I117-B11: "sơ kết ... trước 12/9/2028) 2029" read as a review in 2030)
                new = True
            elif current_kind == "section" and len(current) == 1 and _bare_label(prev_text):
                # "I." / "PHẦN II" alone: the heading is the next line, even after a blank line.
                new = not (is_upper_text(text) or title_heading(text))
            elif current_kind and len(current) == 1 and _LABEL_ALONE.match(prev_text):
                new = False  # "1." alone: its text is the next line
            elif (current_kind in ("section", "item") and len(current) == 1 and is_upper_text(prev_text, 0.9)
                  and not is_upper_text(text) and text.lstrip("“\"'(")[:1].isupper()):
                # A heading in capitals ends where a sentence begins, even on a word that folds like an open end:
                # "... SỔ SỨC KHỎE ĐIỆN TỬ" (folded "tu", as "từ") over "Việc đánh giá ..." (round 66, I278-B); so does
                # one labelled as an item, at the foot of a page: "3. TIÊU CHÍ CÔNG NHẬN ẤP, KHU PHỐ ..." over "Ấp,
                # khu phố được công nhận khi ..." on the next (channel eng-ocr, 286-B lost its criteria)
                new = True
            elif not gap and _OPEN_END.search(fold(prev_text)):
                new = False  # "... Sở Nông nghiệp và" / "Môi trường chủ trì ...": cut inside a phrase
            elif not gap and prev_text[-1:].isalpha() and (_last_word(prev_text), _first_word(text)) in pairs:
                new = False  # "Ủy ban Mặt trận" / "Tổ quốc Việt Nam": words the document prints side by side
            elif gap:
                # (a blank line OCR put inside a name or a date is no break: "..., gửi Sở" / "" / "Nông nghiệp và Môi
                # trường trước ngày 30/5/2026." lost the deadline's office, "... trước ngày 15 tháng 9 năm" / "" / "2026."
                # made a task of the year; channel eng-ocr, round 63, I265-B, I266-A)
                # (only a line that ran to the margin: "1. Thời gian thực hiện" / "" / "Phong trào thi đua ..." is a
                # heading and its text, seed 002)
                inside = not ended and prev_text[-1:].isalpha() and len(prev_text) >= 0.6 * width and (
                    (_last_word(prev_text), _first_word(text)) in pairs
                    or (text[:1].isdigit() and _CONTINUES.search(fold(prev_text))))
                new = (ended or not first_alpha_is_lower(text)) and not inside
            elif current_kind == "section" and is_upper_text(text):
                new = False
            elif current_kind == "section" and len(current) == 1 and is_upper_text(prev_text, 0.9):
                # "II. CHỈ TIÊU CỤ THỂ" then "1. 100% ..." or "* Tiêu chí: ...": a heading in capitals ends
                # where the text in ordinary case begins (else the heading is lost in its first paragraph).
                new = True
            elif (current_kind and current_kind != "section" and len(current) == 1 and len(prev_text.split()) <= 3
                  and prev_text[-1:] not in SENTENCE_END + ":"):
                # "1. Sở" / "Khoa học và Công nghệ": a label line cut short by the layout. Not a section: "IV. THỜI
                # GIAN" / "Năm 2025 - 2027 ..." is a heading and its text (a heading cut short continues in capitals).
                new = False
            else:
                # Without a blank line, a paragraph ends where its last line stops short of the width. Text that was
                # never wrapped (a DOCX or a typed plan: lines far wider than a printed page's) has a paragraph a line,
                # so a finished sentence ends it (round 22, I52-A: six duty lines read as four tasks).
                short = len(prev_text) < (0.85 if ended else 0.6) * width or (ended and unwrapped)
                new = short and text.lstrip("“\"'(")[:1].isupper() and prev_text[-1:] not in ",-–"
            if new:
                flush()
                current = [number]
            else:
                current.append(number)
        gap = False
        prev_text = text
    flush()
    _repair_labels(paras)
    return paras


def _promote_lost_romans(paras: list[Para]) -> None:
    """ "1. MỤC ĐÍCH, YÊU CẦU" before "II. ..." is section I read by OCR as an item: an all-caps item whose
    label reads as the next Roman numeral (1 -> I, 11 -> II) when the next section continues from it."""
    last_section = 0
    for i, p in enumerate(paras):
        if p.kind == "section":
            last_section = read_roman(p.label or "") or last_section
            continue
        if p.kind != "item" or not p.label or set(p.label) - set("1l|") or not is_upper_text(p.rest, 0.9):
            continue
        value = len(p.label)
        if value != last_section + 1:
            continue
        following = next((q for q in paras[i + 1 :] if q.kind == "section"), None)
        if following is not None and read_roman(following.label or "") == value + 1:
            p.kind, p.label = "section", to_roman(value)
            last_section = value


_INNER_ROMAN = re.compile(r"^(?P<label>[IVX]{1,5})\.\s+(?=[A-ZĐÀ-Ỹ])")


def _split_inner_roman(para: Para, value: int) -> list[Para] | None:
    """The paragraph cut where a line opens with Roman label `value` ("VI. Học tập của người lao động, ...: ...",
    too long a heading to be read as one, so run on into the paragraph before), that line an item; else None."""
    for at in [0] + [bpos for bpos, _, _ in para.block.segs[1:]]:
        m = _INNER_ROMAN.match(para.block.text[at:])
        if m and read_roman(m.group("label")) == value:
            item = Para(block=para.block.slice(at), kind="item", label=m.group("label"), rest_start=m.end())
            return [Para(block=para.block.slice(0, at)), item] if at else [item]
    return None


def _is_letter_part(para: Para) -> bool:
    """A part labelled with a capital letter ("B. NHIỆM VỤ"), not a Roman numeral."""
    return para.kind == "section" and bool(para.label) and para.label in _PART_LETTERS


_PART_LETTERS = "ABCDĐEGH"


def _names_a_part(rest: str) -> bool:
    """The heading of an entry (before any colon) names a part of a plan ("Nội dung", "Tiêu chí", "Tổ chức thực hiện")."""
    from .roles import heading_roles  # roles imports this module

    heading = rest.split(":", 1)[0]
    return len(heading.split()) <= 12 and bool(heading_roles(heading) or _OTHER_PARTS.match(fold(heading)))


def _demote_inner_roman_runs(paras: list[Para]) -> None:
    """ "III. NỘI DUNG THỰC HIỆN" then "I. Tuyên truyền: ...", "II. ...", ... "VIII. ...", then "IV. TIẾN ĐỘ": some
    plans label the tasks of one part with Roman numerals that start again at I. Such a run is the part's items,
    not new top-level sections: it restarts at I under a part numbered II or more whose heading is in capitals,
    its entries are in ordinary case and count on one by one, and the part after the run continues the outer
    numbering (or none follows). Anything less certain stays as read.
    Under a lettered part ("B. NHIỆM VỤ, GIẢI PHÁP" then "I. Lãnh đạo, chỉ đạo: ...", round 38, I125-A11: the plan
    had no content read) the run may start under any letter, and the part after it is the next letter."""
    last_value = 0
    outer: Para | None = None
    i = 0
    while i < len(paras):
        p = paras[i]
        if p.kind != "section":
            i += 1
            continue
        value = read_roman(p.label or "") or 0
        lettered = outer is not None and _is_letter_part(outer)
        if (value == 1 and p.label == "I" and (last_value >= 2 or lettered) and outer is not None
                and is_upper_text(outer.rest, 0.9) and not is_upper_text(p.rest, 0.6)):
            run = [Para(block=p.block, kind="item", label=p.label, rest_start=p.rest_start)]
            count, j = 1, i + 1
            while j < len(paras):
                q = paras[j]
                if q.kind == "section":
                    if read_roman(q.label or "") != count + 1 or is_upper_text(q.rest, 0.6):
                        break
                    run.append(Para(block=q.block, kind="item", label=q.label, rest_start=q.rest_start))
                    count += 1
                elif q.kind is None and (cut := _split_inner_roman(q, count + 1)):
                    run.extend(cut)
                    count += 1
                else:
                    run.append(q)
                j += 1
            following = paras[j] if j < len(paras) else None
            # Under a letter, "I. Nội dung" and "II. Chỉ tiêu" name parts of their own (I95-B05, I97-A12): kept.
            named = lettered and any(_names_a_part(q.rest) for q in run if q.kind == "item")
            if count >= 2 and not named and (following is None or read_roman(following.label or "") == last_value + 1
                                             or (lettered and _is_letter_part(following))):
                paras[i:j] = run
                i += len(run)
                continue
        last_value, outer = value or last_value, p
        i += 1


def _repair_labels(paras: list[Para]) -> None:
    """Give Roman sections and lettered points the label their sequence calls for."""
    _promote_lost_romans(paras)
    _demote_inner_roman_runs(paras)
    last_section = 0
    for p in paras:
        if p.kind != "section":
            continue
        value = read_roman(p.label or "") or 0
        if value != last_section + 1 and last_section and value <= last_section + 1:
            value = last_section + 1  # "II." again after II is III with a lost I
        elif value > last_section + 1 and last_section == 0 and value != 1:
            value = value  # a document may start anywhere; keep what is printed
        p.label = to_roman(value) if value else p.label
        last_section = value
    prev_letter: str | None = None
    for p in paras:
        if p.kind in ("section", "item"):
            prev_letter = None
        if p.kind != "point":
            continue
        if not p.label:
            nxt = POINT_LETTERS.index(prev_letter) + 1 if prev_letter and prev_letter in POINT_LETTERS else 0
            p.label = POINT_LETTERS[min(nxt, len(POINT_LETTERS) - 1)]
        prev_letter = p.label


# --------------------------------------------------------------------------- tree


@dataclass
class Node:
    kind: str  # root, section, item, point, dash, plus, paren
    para: Para | None = None
    entries: list["Node | Para"] = field(default_factory=list)  # children and plain paragraphs, in order
    parent: "Node | None" = None

    @property
    def label(self) -> str | None:
        return self.para.label if self.para else None

    @property
    def own_text(self) -> str:
        return self.para.rest if self.para else ""

    @property
    def children(self) -> list["Node"]:
        return [e for e in self.entries if isinstance(e, Node)]

    @property
    def plain(self) -> list[Para]:
        return [e for e in self.entries if isinstance(e, Para)]

    @property
    def heading_like(self) -> bool:
        """A short line without a full stop: a heading for what follows, not an entry of its own."""
        text = self.own_text.rstrip()
        if not text or self.kind == "root":
            return False
        if self.kind == "section":
            return True
        return text[-1] not in SENTENCE_END and len(text.split()) <= 30

    def key(self) -> tuple:
        if self.kind == "item":
            # a Roman item (a run of Roman sub-parts read as items) heads the numbered items after it
            return ("item", 0.5 if read_roman(self.label or "") else (self.label or "").count(".") + 1)
        return (self.kind,)

    def full_text(self) -> str:
        parts = [self.own_text] if self.own_text else []
        for e in self.entries:
            parts.append(e.full_text() if isinstance(e, Node) else e.block.text)
        return " ".join(p for p in parts if p).strip()

    def blocks(self) -> list[Block]:
        out = [self.para.block] if self.para else []
        for e in self.entries:
            out.extend(e.blocks() if isinstance(e, Node) else [e.block])
        return out

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


def build_tree(paras: list[Para]) -> Node:
    root = Node(kind="root")
    stack: list[Node] = [root]
    for p in paras:
        if p.kind is None:
            top = stack[-1]
            # A paragraph after a finished list entry belongs to the entry's parent.
            while top.kind in ("dash", "plus", "paren", "point") and not top.heading_like and len(stack) > 1:
                stack.pop()
                top = stack[-1]
            top.entries.append(p)
            continue
        node = Node(kind=p.kind, para=p)
        if node.kind == "section":
            stack = [root]
        elif node.kind == "item":
            depth = node.key()[1]
            # Numbered items outrank every list mark: close lists and deeper (or equal) numbers.
            while len(stack) > 1 and not (
                stack[-1].kind == "section" or (stack[-1].kind == "item" and stack[-1].key()[1] < depth)
            ):
                stack.pop()
        else:
            key = node.key()
            for i in range(len(stack) - 1, 0, -1):
                if stack[i].key() == key:
                    stack = stack[:i]
                    break
        node.parent = stack[-1]
        stack[-1].entries.append(node)
        stack.append(node)
    return root


def to_outline(node: Node, doc: Document, roles: dict[int, str]) -> list[OutlineNode]:
    out = []
    for child in node.children:
        blocks = child.blocks()
        span = merge_spans([blocks[0].span(doc), blocks[-1].span(doc)])
        out.append(
            OutlineNode(
                kind=child.kind,
                label=child.label,
                heading=child.own_text if child.heading_like else None,
                text=child.full_text(),
                role=roles.get(id(child)),
                span=span,
                children=to_outline(child, doc, roles),
            )
        )
    return out
