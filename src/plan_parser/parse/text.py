"""Text helpers for the parser: accent folding, blocks of lines with provenance, casing.

A `Block` is a run of lines joined into one logical paragraph. It keeps a map from
positions in its joined text back to `Document.text`, so any substring of a block can be
turned into a `Span` (pages, lines, character offsets).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from ..model import Document, Span

# --------------------------------------------------------------------------- folding


def _build_fold_table() -> dict[int, str]:
    # One character in, one character out: folded text keeps every offset of the original.
    table: dict[int, str] = {}
    for code in range(0xC0, 0x1FFF):
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if len(base) == 1 and base != ch:
            table[code] = base.lower()
    table[ord("đ")] = "d"
    table[ord("Đ")] = "d"
    table[ord("Ð")] = "d"  # OCR often reads Đ as the Icelandic eth
    return table


_FOLD = _build_fold_table()


def fold(text: str) -> str:
    """Lowercase without diacritics, same length as the input (offsets stay valid)."""
    return text.translate(_FOLD).lower()


# The numbered words of a prose plan: its lists ("Một là, ...", "Thứ hai: ...") and parts ("Phần thứ nhất", "Phần một").
_CARDINAL_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
ORDINAL_NUMBERS = {"nhất": 1, "tư": 4, **{word: n for n, word in enumerate(_CARDINAL_WORDS, 1)}}
ORDINAL = rf"thứ\s+(?:{'|'.join(w for w in ORDINAL_NUMBERS if w != 'một')})\b"
# "Một là" / "Thứ nhất" (match case-insensitively; fold() of the pattern matches folded text)
PROSE_ORDINAL = rf"(?:(?:{'|'.join(_CARDINAL_WORDS)})\s+là|{ORDINAL})"


def norm_space(text: str) -> str:
    return " ".join(text.split())


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_VI_LETTERS = set("ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def diacritic_ratio(text: str) -> float:
    """Share of letters that carry Vietnamese marks: low for accentless or English-OCR text."""
    letters = [c for c in text.lower() if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c in _VI_LETTERS) / len(letters)


def is_upper_text(text: str, threshold: float = 0.8) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2:
        return False
    return sum(1 for c in letters if c.isupper()) / len(letters) >= threshold


def first_alpha_is_lower(text: str) -> bool:
    for c in text:
        if c.isalpha():
            return c.islower()
        if c.isdigit():
            return False
    return False


SENTENCE_END = ".;!?…"


def strip_markup(line: str) -> str:
    """Markdown emphasis and form feeds become spaces, so the length (and offsets) are kept."""
    return line.replace("**", "  ").replace("\f", " ").replace("\t", " ").replace("__", "  ")


# --------------------------------------------------------------------------- blocks


@dataclass
class Block:
    """Lines joined into one paragraph, with a map back to document offsets."""

    text: str
    lines: list[int]  # 1-based document line numbers
    segs: list[tuple[int, int, int]] = field(default_factory=list)  # (block_pos, doc_pos, length)

    @property
    def first_line(self) -> int:
        return self.lines[0]

    def doc_offset(self, pos: int) -> int:
        starts = [s[0] for s in self.segs]
        i = max(0, bisect_right(starts, pos) - 1)
        bpos, dpos, length = self.segs[i]
        return dpos + min(max(pos - bpos, 0), length)

    def slice(self, start: int, end: int | None = None) -> "Block":
        """The block of `self.text[start:end]`, still mapped to the document (a run-in heading's two halves)."""
        end = len(self.text) if end is None else end
        segs: list[tuple[int, int, int]] = []
        lines: list[int] = []
        for (bpos, dpos, length), line in zip(self.segs, self.lines):
            a, b = max(bpos, start), min(bpos + length, end)
            if a < b:
                segs.append((a - start, dpos + a - bpos, b - a))
                lines.append(line)
        return Block(text=self.text[start:end], lines=lines or self.lines[:1], segs=segs or [(0, self.doc_offset(start), 0)])

    def span(self, doc: Document, start: int = 0, end: int | None = None) -> Span:
        """The span of `self.text[start:end]` in the document."""
        end = len(self.text) if end is None else end
        end = max(end, start + 1) if self.text else start
        cs = self.doc_offset(start)
        ce = max(self.doc_offset(end), cs)
        return span_for_offsets(doc, cs, ce)


_STARTS_CACHE: dict[int, tuple[Document, list[int]]] = {}


def _line_starts(doc: Document) -> list[int]:
    # One list per document, kept for the last few documents (parse builds thousands of spans).
    hit = _STARTS_CACHE.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    if len(_STARTS_CACHE) > 8:
        _STARTS_CACHE.clear()
    starts = [ln.char_start for ln in doc.lines]
    _STARTS_CACHE[id(doc)] = (doc, starts)
    return starts


def span_for_offsets(doc: Document, char_start: int, char_end: int) -> Span:
    starts = _line_starts(doc)
    first = doc.lines[max(0, bisect_right(starts, char_start) - 1)]
    last = doc.lines[max(0, bisect_right(starts, max(char_end - 1, char_start)) - 1)]
    return Span(
        page=first.page,
        line_start=first.number,
        line_end=max(last.number, first.number),
        char_start=char_start,
        char_end=max(char_end, char_start),
    )


def merge_spans(spans: list[Span]) -> Span | None:
    spans = [s for s in spans if s is not None]
    if not spans:
        return None
    first = min(spans, key=lambda s: s.char_start)
    return Span(
        page=first.page,
        line_start=min(s.line_start for s in spans),
        line_end=max(s.line_end for s in spans),
        char_start=first.char_start,
        char_end=max(s.char_end for s in spans),
    )


_NUMBER_TAIL = re.compile(r"\d+\s*/[\w\-/Đđ]*-$")


def join_lines(doc: Document, numbers: list[int], cleaned: list[str]) -> Block:
    """Join lines (1-based numbers, with their markup-stripped texts) into a Block."""
    parts: list[str] = []
    segs: list[tuple[int, int, int]] = []
    pos = 0
    for number in numbers:
        raw = cleaned[number - 1]
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        if parts:
            # A symbol such as "08/KH-" broken at the hyphen is rejoined without a space.
            if not _NUMBER_TAIL.search(parts[-1]):
                parts.append(" ")
                pos += 1
        segs.append((pos, doc.lines[number - 1].char_start + lead, len(stripped)))
        parts.append(stripped)
        pos += len(stripped)
    return Block(text="".join(parts), lines=[n for n in numbers if cleaned[n - 1].strip()], segs=segs)


# --------------------------------------------------------------------------- casing


_WORD = re.compile(r"[^\W\d_][\w\-]*", re.UNICODE)


# Abbreviations that stay upper case in a sentence-cased title.
ABBREVIATIONS = {"UBND", "HĐND", "MTTQ", "TW", "TTg", "CP", "KH", "QĐ", "NQ", "CT", "ĐU", "BCH", "THCS", "THPT", "CNTT", "COVID"}


_SENTENCE_SPLIT = re.compile(r"(?<=[.:;!?])\s+")


class CasingDictionary:
    """How the document itself writes each word mid-sentence, to sentence-case ALL-CAPS text."""

    def __init__(self, lines: list[str]):
        counts: dict[str, dict[str, int]] = {}
        for line in lines:
            if not line.strip() or is_upper_text(line, 0.7):
                continue
            for sentence in _SENTENCE_SPLIT.split(line):
                words = _WORD.findall(sentence)
                for word in words[1:]:  # a capital at the start of a sentence says nothing
                    forms = counts.setdefault(word.lower(), {})
                    forms[word] = forms.get(word, 0) + 1
        self._best = {k: max(c.items(), key=lambda kv: kv[1])[0] for k, c in counts.items()}

    def case(self, word: str) -> str:
        return self._best.get(word.lower(), word.lower())

    def sentence_case(self, text: str) -> str:
        out = []
        last = 0
        first = True
        for m in _WORD.finditer(text):
            out.append(text[last : m.start()])
            word = m.group(0)
            if word.lower() in self._best:
                cased = self._best[word.lower()]
            elif word.isupper() and (word in ABBREVIATIONS or "-" in word):
                cased = word  # an abbreviation or symbol the body never spells out
            else:
                cased = word.lower()
            if first:
                cased = cased[:1].upper() + cased[1:]
                first = False
            out.append(cased)
            last = m.end()
        out.append(text[last:])
        return "".join(out)


LOCALITY_WORDS = ("thành phố", "thị trấn", "thị xã", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường")


def title_name(words: str) -> str:
    """'TÂN LẬP' -> 'Tân Lập' (proper names: every syllable capitalised)."""
    return " ".join(w[:1].upper() + w[1:].lower() if w not in "-–" else w for w in words.split())
