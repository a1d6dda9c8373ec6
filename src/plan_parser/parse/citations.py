"""Citations of other documents: "Kế hoạch số 150/KH-UBND ngày 16/6/2025 của UBND thành phố ...".

Reusable by the comparer and the archive:

    >>> from plan_parser.parse.citations import find_citations, normalise_number
    >>> find_citations("Thực hiện Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ")[0].number
    '923/QĐ-TTg'
    >>> normalise_number("O03 / KH–UBND") == normalise_number("3/KH-UBND")
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Citation
from .text import fold, norm_space

DOC_TYPES = (
    "Thông tư liên tịch", "Nghị quyết liên tịch", "Nghị quyết", "Quyết định", "Kế hoạch", "Chỉ thị", "Công văn",
    "Hướng dẫn", "Thông tư", "Nghị định", "Luật", "Bộ luật", "Pháp lệnh", "Thông báo", "Chương trình hành động",
    "Chương trình", "Kết luận", "Văn bản", "Công điện", "Quy định", "Đề án", "Báo cáo", "Tờ trình", "Thông tri",
)  # fmt: skip
_TYPE_ALT = "|".join(re.escape(t) for t in DOC_TYPES)
_NUMBER = r"\d[\w.\-]*\s?/\s?[\w\-/.]*[\w]|\d+-[\w]+/[\w\-]*\w"
_DATE_NUM = r"(?P<d1>\d{1,2})\s*[/.\-]\s*(?P<m1>\d{1,2})\s*[/.\-]\s*(?P<y1>\d{4})"
_DATE_WORDS = r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s*(?:,\s*)?năm\s+(?P<y2>\d{4})"
DATE_RE = re.compile(rf"ngày\s+(?:{_DATE_NUM}|{_DATE_WORDS})", re.IGNORECASE)

_CITATION = re.compile(
    rf"(?P<type>{_TYPE_ALT})\s+(?:số\s*:?\s*)?(?P<number>{_NUMBER})"
    rf"(?:\s*,?\s*(?:được\s+)?(?:ban hành\s+)?(?P<date>ngày\s+(?:{_DATE_NUM}|{_DATE_WORDS})))?"
    r"(?:\s*,?\s*(?:của|do)\s+(?P<issuer>[^,;:“”\"()]{2,120}))?",
    re.IGNORECASE,
)
_LAW = re.compile(
    rf"(?P<type>Bộ luật|Luật|Pháp lệnh|Hiến pháp)\s+(?P<name>[A-ZĐ][^;:“”\"]{{2,120}}?)\s*,?\s*(?P<date>ngày\s+(?:{_DATE_NUM}|{_DATE_WORDS}))"
)
# Where an issuer's name ends: the subject of the cited document, or the next clause.
_ISSUER_END = re.compile(
    r"\s+(?:về|v/v|ban hành|phê duyệt|quy định|hướng dẫn|triển khai|thực hiện|tại|trên|giai đoạn|"
    r"sửa đổi|đã|đến|nhằm|và\s+(?:Kế hoạch|Quyết định|Nghị quyết|Chỉ thị|Công văn|Hướng dẫn)|ngày)\b.*$",
    re.IGNORECASE | re.DOTALL,
)

ABBREVIATIONS = [
    (re.compile(r"\bUBND\b"), "Ủy ban nhân dân"),
    (re.compile(r"\bHĐND\b"), "Hội đồng nhân dân"),
    (re.compile(r"\bUBMTTQ\s?VN\b|\bUBMTTQ\b"), "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (re.compile(r"\bMTTQ\s?VN\b|\bMTTQ\b"), "Mặt trận Tổ quốc Việt Nam"),
    (re.compile(r"\bBCH\b"), "Ban Chấp hành"),
    (re.compile(r"\bTW\b"), "Trung ương"),
    (re.compile(r"\bUỷ\b"), "Ủy"),
    (re.compile(r"\bủy ban nhân dân\b"), "Ủy ban nhân dân"),
]
# Issuers implied by a number's suffix when the text names none.
_SUFFIX_ISSUER = {"TTG": "Thủ tướng Chính phủ", "CP": "Chính phủ", "QH": "Quốc hội"}


@dataclass
class CitationMatch:
    """A citation with where it stands in the text it was found in."""

    citation: Citation
    start: int
    end: int
    text: str


def parse_date(text: str | None) -> str | None:
    """ISO date from "ngày 16/6/2025" or "ngày 16 tháng 6 năm 2025"; None if absent or impossible."""
    if not text:
        return None
    m = DATE_RE.search(text)
    if not m:
        return None
    d, mo, y = (m.group("d1"), m.group("m1"), m.group("y1")) if m.group("y1") else (m.group("d2"), m.group("m2"), m.group("y2"))
    return iso_date(y, mo, d)


def iso_date(year: str | int, month: str | int | None, day: str | int | None = None) -> str | None:
    try:
        y = int(year)
        mo = int(month) if month not in (None, "") else None
        d = int(day) if day not in (None, "") else None
    except (TypeError, ValueError):
        return None
    if not 1900 <= y <= 2100 or (mo is not None and not 1 <= mo <= 12) or (d is not None and not 1 <= d <= 31):
        return None
    if mo is None:
        return f"{y:04d}"
    return f"{y:04d}-{mo:02d}" if d is None else f"{y:04d}-{mo:02d}-{d:02d}"


def expand_abbreviations(text: str) -> str:
    for pattern, full in ABBREVIATIONS:
        text = pattern.sub(full, text)
    return text


def clean_number(raw: str) -> str:
    return re.sub(r"\s+", "", raw).rstrip(".-/")


def normalise_number(number: str | None) -> str:
    """A comparison key for document numbers, tolerant of OCR and typing variants.

    Folds accents and case, drops spaces, unifies dashes, reads O/o as 0 and l/I as 1 in the
    numeric part, and drops leading zeros: "003/KH-UBND", "3 / KH–UBND" and "O03/KH-UBND" agree.
    """
    if not number:
        return ""
    text = fold(number).upper()
    text = re.sub(r"[–—−‐]", "-", text)
    text = re.sub(r"\s+", "", text)
    m = re.match(r"^([0-9OIL]+)(.*)$", text)
    if m:
        digits = m.group(1).translate(str.maketrans("OIL", "011")).lstrip("0") or "0"
        text = digits + m.group(2)
    return text.rstrip(".")


def _clean_issuer(raw: str | None, *, province: str | None, city: str | None) -> str | None:
    if not raw:
        return None
    issuer = _ISSUER_END.sub("", raw)
    issuer = norm_space(issuer).strip(" .,-")
    words = issuer.split()
    if len(words) > 14 or not words:
        return None
    issuer = expand_abbreviations(issuer)
    return resolve_locality(issuer, province=province, city=city)


def resolve_locality(issuer: str, *, province: str | None, city: str | None) -> str:
    """'Ủy ban nhân dân tỉnh' -> 'Ủy ban nhân dân tỉnh Đắk Lắk' when the document names its province."""
    m = re.search(r"\b(tỉnh|thành phố|Tỉnh|Thành phố)$", issuer)
    if m:
        name = province if m.group(1).lower() == "tỉnh" else (city or province)
        if name:
            return f"{issuer[: m.start()]}{m.group(1).lower()} {name}"
    return issuer


def iter_citation_matches(text: str, *, province: str | None = None, city: str | None = None) -> list[CitationMatch]:
    """Every citation in `text`, in order, with offsets into `text`."""
    found: list[CitationMatch] = []
    taken: list[tuple[int, int]] = []
    for m in _CITATION.finditer(text):
        number = clean_number(m.group("number"))
        if "/" not in number and "-" not in number:
            continue
        doc_type = m.group("type")
        doc_type = doc_type[:1].upper() + doc_type[1:].lower()
        issuer = _clean_issuer(m.group("issuer"), province=province, city=city)
        if issuer is None:
            suffix = fold(number.rsplit("-", 1)[-1]).upper() if "-" in number else ""
            issuer = _SUFFIX_ISSUER.get(suffix)
        end = m.end("issuer") if m.group("issuer") else m.end()
        citation = Citation(doc_type=doc_type, number=number, date=parse_date(m.group("date")), issuer=issuer)
        found.append(CitationMatch(citation=citation, start=m.start(), end=end, text=text[m.start() : end]))
        taken.append((m.start(), end))
    for m in _LAW.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        doc_type = m.group("type")
        citation = Citation(doc_type=doc_type, number=None, date=parse_date(m.group("date")), issuer=None)
        found.append(CitationMatch(citation=citation, start=m.start(), end=m.end(), text=m.group(0)))
    found.sort(key=lambda c: c.start)
    return found


def find_citations(text: str, *, province: str | None = None, city: str | None = None) -> list[Citation]:
    """The documents cited in `text` (type, number as printed, ISO date, expanded issuer)."""
    return [m.citation for m in iter_citation_matches(text, province=province, city=city)]
