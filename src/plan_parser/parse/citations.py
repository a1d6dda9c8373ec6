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
from .fuzzy import words_match
from .text import fold, norm_space

DOC_TYPES = (
    "Thông tư liên tịch", "Nghị quyết liên tịch", "Nghị quyết", "Quyết định", "Kế hoạch", "Chỉ thị", "Công văn",
    "Hướng dẫn", "Thông tư", "Nghị định", "Luật", "Bộ luật", "Pháp lệnh", "Thông báo", "Chương trình hành động",
    "Chương trình", "Kết luận", "Văn bản", "Công điện", "Quy định", "Đề án", "Báo cáo", "Tờ trình", "Thông tri",
)  # fmt: skip
# Folded type words, longest first: "chuong trinh hanh dong" before "chuong trinh".
_TYPE_WORDS = sorted(((fold(t).split(), t) for t in DOC_TYPES), key=lambda tw: -len(tw[0]))
_DATE_NUM = r"(?P<d1>\d{1,2})\s*[/.\-]\s*(?P<m1>\d{1,2})\s*[/.\-]\s*(?P<y1>\d{4})"
_DATE_WORDS = r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s*(?:,\s*)?năm\s+(?P<y2>\d{4})"
DATE_RE = re.compile(rf"ngày\s+(?:{_DATE_NUM}|{_DATE_WORDS})", re.IGNORECASE)

# Matched on folded text (same offsets as the original), tolerant of damaged small words:
# "ngay/ngiy", "thang/thing", "nam/nim", "so/sé6", "cua/cta/caa".
_F_DATE_NUM = r"(?P<d1>\d{1,2})\s*[/.\-]\s*(?P<m1>\d{1,2})\s*[/.\-]\s*(?P<y1>\d{4})"
_F_DATE_WORDS = r"(?P<d2>\d{1,2})\s+th[a-z]{2,3}g\s+(?P<m2>\d{1,2})\s*(?:,\s*)?n[a-z]{1,2}m?\s+(?P<y2>\d{4})"
_F_NUMBER = re.compile(r"(?<![\w/])(?P<number>\d[\w.\-]*\s?/\s?[\w\-/.]*\w|\d+-[\w]+/[\w\-]*\w)")
_F_SO = re.compile(r"(?:^|\s)s[a-z0-9]{0,2}\s*:?\s*$")
_F_TAIL = re.compile(
    rf"(?:\s*,?\s*(?:duoc\s+)?(?:ban hanh\s+)?(?P<date>ng[a-z]{{1,3}}y?\s+(?:{_F_DATE_NUM}|{_F_DATE_WORDS})))?"
    r"(?:\s*,?\s*(?:c[a-z]{1,2}a|do)\s+(?P<issuer>[^,;:“”\"()]{2,120}))?"
)
_LAW = re.compile(
    rf"(?P<type>Bộ luật|Luật|Pháp lệnh|Hiến pháp)\s+(?P<name>[A-ZĐ][^;:“”\"]{{2,120}}?)\s*,?\s*(?P<date>ngày\s+(?:{_DATE_NUM}|{_DATE_WORDS}))"
)
# Where an issuer's name ends (folded): the subject of the cited document, or the next clause.
_ISSUER_END = re.compile(
    r"\s+(?:ve|v/v|ban hanh|phe duyet|quy dinh|huong dan|trien khai|thuc hien|tai|tren|giai doan|"
    r"sua doi|da|den|nham|va\s+(?:ke hoach|quyet dinh|nghi quyet|chi thi|cong van|huong dan)|ngay|"
    # the cited plan's subject written without "về": "... của UBND tỉnh X phát động Phong trào ..."
    r"phat dong|tang cuong|day manh|bao dam|dam bao|nang cao)\b"
)

ABBREVIATIONS = [
    (re.compile(r"\bUBND\b"), "Ủy ban nhân dân"),
    (re.compile(r"\bHĐND\b"), "Hội đồng nhân dân"),
    (re.compile(r"\bUBMTTQ\s?VN\b|\bUBMTTQ\b"), "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (re.compile(r"\bMTTQ\s?VN\b|\bMTTQ\b"), "Mặt trận Tổ quốc Việt Nam"),
    (re.compile(r"\bBCH\b"), "Ban Chấp hành"),
    (re.compile(r"\bTW\b"), "Trung ương"),
    (re.compile(r"\bUỷ\b"), "Ủy"),
    # "UBND TP Hải Phòng": TP is "thành phố" only before a name.
    (re.compile(r"\bTP\.?(?=\s+[A-ZĐÂĂÊÔƠƯ])"), "thành phố"),
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
    # (a capitalised "Đà", "Tài" is a word of a name, not the clause's "đã", "tại": "Đà Nẵng", "Bộ Tài nguyên và Môi
    # trường", round 35, I120-A09)
    folded = fold(raw)
    cut = next((m for m in _ISSUER_END.finditer(folded)
                if not (folded[m.start() :].split()[0] in ("da", "tai") and raw[m.start() :].lstrip()[:1].isupper())), None)  # fmt: skip
    issuer = raw[: cut.start()] if cut else raw
    # a name never runs past the end of its sentence ("... của Ủy ban nhân dân tỉnh. PHẦN THỨ HAI ..."; "TP. Huế" is one)
    issuer = re.split(r"(?<!\bTP)\.\s", norm_space(issuer))[0].strip(" .,-")
    words = issuer.split()
    # a body's full name may be long: "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh Ninh Bình" (16
    # words, round 31, I111-B03: the wrong issuer was dropped, and the mis-citation passed)
    if len(words) > 20 or not words:
        return None
    issuer = _cut_after_place(canonical_bodies(expand_abbreviations(issuer)))
    return resolve_locality(issuer, province=province, city=city)


# A People's Committee or Council names its place in capitalised words ("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"); the
# cited plan's subject may follow with no "về" and no verb we know ("... của UBND tỉnh Lạng Sơn xây dựng phong trào
# ...", "... của UBND tỉnh Bắc Ninh tổ chức hưởng ứng ...", round 30, I101-A03, I106-A03): it opens in lower case.
_COUNCIL_PLACE = re.compile(r"^((?:Ủy ban nhân dân|Hội đồng nhân dân)\s+(?:tỉnh|thành phố|xã|phường|huyện|thị xã|thị trấn|"
                            r"đặc khu|quận)\s+)(\S.*)$", re.IGNORECASE)


def _cut_after_place(issuer: str) -> str:
    match = _COUNCIL_PLACE.match(issuer)
    if not match:
        return issuer
    place = []
    for word in match.group(2).split():
        if not (word[0].isupper() or word[0].isdigit() or word in ("-", "–")):
            break
        place.append(word)
    if place and place[-1] in ("-", "–"):
        return issuer
    # no capitalised place: the level alone ("của Ủy ban nhân dân tỉnh trong báo cáo năm"), which matches any issuer of
    # that level (a place the OCR lower-cased is lost with it: a wrong place then passes, a right one is never doubted)
    return (match.group(1) + " ".join(place)).strip()


# Body and locality words the restorer may leave with a wrong mark ("Ủy bán nhân dân", "phương").
_CANONICAL = [
    ("uy ban nhan dan", "Ủy ban nhân dân"), ("hoi dong nhan dan", "Hội đồng nhân dân"), ("bo chinh tri", "Bộ Chính trị"),
    ("thu tuong chinh phu", "Thủ tướng Chính phủ"), ("chinh phu", "Chính phủ"), ("ban chap hanh trung uong", "Ban Chấp hành Trung ương"),
    ("thanh pho", "thành phố"), ("phuong", "phường"), ("tinh", "tỉnh"), ("huyen", "huyện"), ("thi xa", "thị xã"),
    ("thi tran", "thị trấn"), ("dac khu", "đặc khu"), ("xa", "xã"), ("quan", "quận"),
]  # fmt: skip
_CANONICAL_RE = re.compile(r"\b(" + "|".join(k for k, _ in _CANONICAL) + r")\b")
_CANONICAL_MAP = dict(_CANONICAL)


def canonical_bodies(text: str) -> str:
    """Body names and locality words in their standard spelling, whatever marks they came with.

    Only words in the position of a body name are rewritten: the known body names anywhere, and a
    locality word when it precedes a capitalised name ("phương Uông Bí" -> "phường Uông Bí").
    """
    folded = fold(text)
    out = []
    last = 0
    for m in _CANONICAL_RE.finditer(folded):
        key = m.group(1)
        target = _CANONICAL_MAP[key]
        original = text[m.start() : m.end()]
        if key in ("thanh pho", "phuong", "tinh", "huyen", "thi xa", "thi tran", "dac khu", "xa", "quan"):
            after = text[m.end() : m.end() + 3].lstrip()
            if not after[:1].isupper():
                continue
            if original[:1].isupper():
                target = target[:1].upper() + target[1:]
        elif original[:1].islower():
            continue  # "chính phủ số": not the body
        out.append(text[last : m.start()])
        out.append(target)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def resolve_locality(issuer: str, *, province: str | None, city: str | None) -> str:
    """'Ủy ban nhân dân tỉnh' -> 'Ủy ban nhân dân tỉnh Đắk Lắk' when the document names its province."""
    m = re.search(r"\b(tỉnh|thành phố|Tỉnh|Thành phố)$", issuer)
    if m:
        name = province if m.group(1).lower() == "tỉnh" else (city or province)
        if name:
            return f"{issuer[: m.start()]}{m.group(1).lower()} {name}"
    return issuer


# Document types as offices abbreviate them (folded), read only in front of "số".
_TYPE_ABBREVIATIONS = {"kh": "Kế hoạch", "qd": "Quyết định", "nq": "Nghị quyết", "ct": "Chỉ thị", "cv": "Công văn",
                       "tb": "Thông báo", "hd": "Hướng dẫn", "kl": "Kết luận"}  # fmt: skip


def _type_before(folded: str, end: int) -> tuple[int, str] | None:
    """The document type whose words end just before `end` ("ke hoach so" / "ke hoacb"), with its start."""
    head = folded[max(0, end - 60) : end]
    so = _F_SO.search(head)
    if so:
        head = head[: so.start()]
    words = list(re.finditer(r"[a-z]+", head))
    if not words or head[words[-1].end() :].strip(" :"):
        return None
    if so and words and words[-1].group(0) in _TYPE_ABBREVIATIONS:
        # "KH số 412/KH-UBND", "QĐ số ...": the short form is read only before "số" ("CT" alone may be "Chủ tịch").
        return max(0, end - 60) + words[-1].start(), _TYPE_ABBREVIATIONS[words[-1].group(0)]
    for type_words, name in _TYPE_WORDS:
        n = len(type_words)
        if len(words) < n:
            continue
        got = [w.group(0) for w in words[-n:]]
        if words_match(got, type_words):
            return max(0, end - 60) + words[-n].start(), name
    return None


def iter_citation_matches(text: str, *, province: str | None = None, city: str | None = None) -> list[CitationMatch]:
    """Every citation in `text`, in order, with offsets into `text` (damaged type words tolerated)."""
    found: list[CitationMatch] = []
    taken: list[tuple[int, int]] = []
    folded = fold(text)
    for nm in _F_NUMBER.finditer(folded):
        number = clean_number(text[nm.start("number") : nm.end("number")])
        if "/" not in number and "-" not in number:
            continue
        typed = _type_before(folded, nm.start())
        if typed is None:
            continue
        start, doc_type = typed
        tail = _F_TAIL.match(folded, nm.end())
        date = issuer = None
        end = nm.end()
        if tail:
            if tail.group("date"):
                date = _date_of(tail)
                end = tail.end("date")
            if tail.group("issuer"):
                # (a name wrapped over two lines of a scan keeps one space, not the line break)
                issuer = _clean_issuer(" ".join(text[tail.start("issuer") : tail.end("issuer")].split()),
                                       province=province, city=city)  # fmt: skip
                end = tail.end("issuer")
        if issuer is None:
            suffix = fold(number.rsplit("-", 1)[-1]).upper() if "-" in number else ""
            issuer = _SUFFIX_ISSUER.get(suffix)
        citation = Citation(doc_type=doc_type, number=number, date=date, issuer=issuer)
        found.append(CitationMatch(citation=citation, start=start, end=end, text=text[start:end]))
        taken.append((start, end))
    for m in _LAW.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        doc_type = m.group("type")
        citation = Citation(doc_type=doc_type, number=None, date=parse_date(m.group("date")), issuer=None)
        found.append(CitationMatch(citation=citation, start=m.start(), end=m.end(), text=m.group(0)))
    found.sort(key=lambda c: c.start)
    return found


def _date_of(m: re.Match) -> str | None:
    if m.group("y1"):
        return iso_date(m.group("y1"), m.group("m1"), m.group("d1"))
    return iso_date(m.group("y2"), m.group("m2"), m.group("d2"))


def find_citations(text: str, *, province: str | None = None, city: str | None = None) -> list[Citation]:
    """The documents cited in `text` (type, number as printed, ISO date, expanded issuer)."""
    return [m.citation for m in iter_citation_matches(text, province=province, city=city)]
