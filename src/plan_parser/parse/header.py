"""The header block (Nghị định 30/2020/NĐ-CP): issuer and the body above it, number, place and date,
document type and title (trích yếu), and the issuer's level.

OCR merges the two header columns onto one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
"PHƯỜNG TÂN LẬP Độc lập - Tự do - Hạnh phúc"), so the national motto is cut out of each line
before the issuer is read from what is left.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .citations import expand_abbreviations, iso_date
from .fuzzy import loose, words_match
from .text import LOCALITY_WORDS, CasingDictionary, fold, is_upper_text, norm_space, title_name

DOC_TYPE_NAMES = {
    "ke hoach": "Kế hoạch", "quyet dinh": "Quyết định", "nghi quyet": "Nghị quyết", "chi thi": "Chỉ thị",
    "thong bao": "Thông báo", "bao cao": "Báo cáo", "huong dan": "Hướng dẫn", "chuong trinh": "Chương trình",
    "to trinh": "Tờ trình", "cong van": "Công văn", "de an": "Đề án", "phuong an": "Phương án",
    "quy che": "Quy chế", "quy dinh": "Quy định", "thong tu": "Thông tư", "nghi dinh": "Nghị định",
    "chuong trinh hanh dong": "Chương trình hành động", "ke hoach lien tich": "Kế hoạch liên tịch",
    "ke hoach phoi hop": "Kế hoạch phối hợp", "cong dien": "Công điện", "thong tri": "Thông tri",
}  # fmt: skip

_MOTTO = [
    re.compile(r"cong\s*hoa\s*xa\s*h\w{0,2}i\s*chu\s*ngh\w{0,2}a\s*viet\s*nam"),
    re.compile(r"d\w{1,2}c\s*[l1|i]\w{1,2}p\s*[-–—]*\s*t\w\s*do\s*[-–—]*\s*h\w{2,3}h\s*ph\w{1,3}c"),
    re.compile(r"^cong\s*hoa(\s*xa\s*hoi)?$"),
    re.compile(r"^(xa\s*hoi\s*)?chu\s*nghia\s*viet\s*nam$"),
]
_NUMBER_LINE = re.compile(r"(?:^|\s)s[oố6ô0d]{1,2}\s*[:.]?\s*(?P<digits>[0-9OoIl]*)\s*(?P<symbol>/\s*[\wĐđ][\w\-/.Đđ]*)", re.IGNORECASE)
_DATE_TAIL = re.compile(r"ngay\s+(?P<day>\d{1,2}|[.…_ ]*)\s*thang\s+(?P<month>\d{1,2}|[.…_ ]*)\s*nam\s+(?P<year>\d{4})")
_LOCALITY_RE = re.compile(r"\b(thanh pho|thi tran|thi xa|dac khu|tinh|huyen|quan|xa|phuong)\b")
# A capitalised locality word is a syllable of a place's name after another of its syllables ("An Tịnh") or after the
# locality word that the name follows ("xã Tịnh Khê").
_CAPITALISED_BEFORE = re.compile(r"\b[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s+$")
_LOCALITY_BEFORE = re.compile(_LOCALITY_RE.pattern + r"\s+$")
CENTRAL_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}
_BODY_NAMES = {
    "uy ban nhan dan": "Ủy ban nhân dân", "ubnd": "Ủy ban nhân dân", "hoi dong nhan dan": "Hội đồng nhân dân",
    "hdnd": "Hội đồng nhân dân",
}  # fmt: skip


@dataclass
class Header:
    doc_type: str | None = None
    doc_type_line: int | None = None  # 1-based
    number: str | None = None
    number_line: int | None = None
    place: str | None = None
    date: str | None = None
    date_line: int | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    issuer_lines: list[int] = field(default_factory=list)
    title: str | None = None
    title_lines: list[int] = field(default_factory=list)
    body_start: int = 1  # first line after the title


_DOC_TYPE_WORDS = sorted(((k.split(), v) for k, v in DOC_TYPE_NAMES.items()), key=lambda kv: -len(kv[0]))


def find_doc_type_line(cleaned: list[str], limit: int = 150) -> tuple[int, str] | None:
    """The line that holds only the document type in capitals ("KẾ HOẠCH", damaged "KE HOACII" too)."""
    for i, text in enumerate(cleaned[:limit], start=1):
        stripped = text.strip(" *#_\t")
        key = norm_space(fold(stripped))
        if key in DOC_TYPE_NAMES and is_upper_text(stripped, 0.9):
            return i, DOC_TYPE_NAMES[key]
        if not stripped or len(stripped) > 40 or not is_upper_text(stripped, 0.9):
            continue
        words = loose(stripped).split()
        for type_words, name in _DOC_TYPE_WORDS:
            if len(" ".join(type_words)) >= 7 and words_match(words, type_words):
                return i, name
    return None


def _cut_motto(text: str) -> str:
    folded = fold(text)
    cut = False
    for pattern in _MOTTO:
        for m in reversed(list(pattern.finditer(folded))):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
            folded = folded[: m.start()] + " " * (m.end() - m.start()) + folded[m.end() :]
            cut = True
    if cut:
        # The marks that set the motto apart on a one-line header go with it ("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ |
        # CỘNG HÒA ... - Độc lập ..."): the issuer kept its "|" and no citation matched it (I255-B, blind).
        text = re.sub(r"(?:\s*[|\-–—])+\s*$", lambda m: " " * len(m.group()), text)
    return text


_AGENCY_HEAD = re.compile(r"^(Sở|Bộ|Phòng|Cục|Tổng cục|Vụ|Ban|Trung tâm|Chi cục|Văn phòng|Viện|Thanh tra)\s+(\S)")
_AGENCY_JOIN = re.compile(r"(\s(?:và|-|–)\s+|,\s+)(\w)")


def _agency_case(name: str) -> str:
    """'Sở khoa học và công nghệ' -> 'Sở Khoa học và Công nghệ': the field after an agency word, and each
    field joined by "và", "," or "-", starts with a capital (the usual spelling of agency names)."""
    m = _AGENCY_HEAD.match(name)
    if not m:
        return name
    name = name[: m.start(2)] + m.group(2).upper() + name[m.end(2) :]
    return _AGENCY_JOIN.sub(lambda j: j.group(1) + j.group(2).upper(), name)


def body_name(upper: str, casing: CasingDictionary) -> str:
    """'ỦY BAN NHÂN DÂN PHƯỜNG TÂN LẬP' -> 'Ủy ban nhân dân phường Tân Lập'."""
    text = norm_space(upper)
    folded = fold(text)
    m = _LOCALITY_RE.search(folded)
    head, place_word, name = text, "", ""
    if m and m.start() > 0 or (m and m.start() == 0 and len(folded.split()) > 1):
        head = text[: m.start()].strip()
        place_word = text[m.start() : m.end()].lower()
        name = text[m.end() :].strip()
    key = fold(head).strip()
    if key in _BODY_NAMES:
        head = _BODY_NAMES[key]
    elif head:
        if head.isupper():
            head = _agency_case(casing.sentence_case(head.lower()))
        head = expand_abbreviations(head)
    if name:
        name = title_name(name) if name.isupper() else name
    return norm_space(" ".join(p for p in (head, place_word, name) if p))


def _in_a_name(issuer: str, folded: str, at: int) -> bool:
    """The locality word at `at` (same offsets in the issuer and its folded form) is a syllable of a place's name."""
    return issuer[at].isupper() and bool(_CAPITALISED_BEFORE.search(issuer[:at]) or _LOCALITY_BEFORE.search(folded[:at]))


def issuer_level(issuer: str | None, parent: str | None = None) -> str | None:
    if not issuer:
        return None
    f = fold(issuer)
    if re.search(r"\b(chinh phu|thu tuong|quoc hoi|chu tich nuoc|ban chap hanh trung uong|bo chinh tri)\b", f) and not _LOCALITY_RE.search(f):
        return "national"
    if f.startswith("bo ") or f.startswith("co quan ngang bo"):
        return "ministry"
    m = None
    for found in _LOCALITY_RE.finditer(f):
        # ... not the last syllable of a place's name: "phường An Tịnh" folds to "an tinh" (round 48, I174-B12: the ward
        # read as a province, so no residue of the province's scope was looked for)
        if not _in_a_name(issuer, f, found.start()):
            m = found
    if m is None:
        return issuer_level(parent) if parent else None
    word = m.group(1)
    if word in ("xa", "phuong", "thi tran", "dac khu"):
        return "commune"
    if word in ("huyen", "quan", "thi xa"):
        return "district"
    if word == "tinh":
        return "province"
    name = f[m.end() :].strip()
    if name in CENTRAL_CITIES or not parent:
        return "province" if name in CENTRAL_CITIES else ("district" if parent else "province")
    return "district"


_BODY_CONTINUES = re.compile(r"(?:\bva|\bcua|[-&,–])\s*$")  # "BỘ KHOA HỌC VÀ" / "CÔNG NGHỆ"
_BODY_CONTINUED = re.compile(r"^(?:va|cua|[-&,–])\s")  # "BỘ NÔNG NGHIỆP" / "VÀ MÔI TRƯỜNG"
# Words a body's name starts with: a header line that starts otherwise continues the line above
# ("BỘ VĂN HÓA, THỂ" / "THAO VÀ DU LỊCH"; "CHÍNH" / "PHỦ").
_BODY_HEAD = re.compile(
    r"^(uy ban|ubnd|hoi dong|hdnd|so|bo|phong|ban|cuc|tong cuc|vu|vien|trung tam|van phong|thanh tra|chi cuc|"
    r"benh vien|truong|cong an|dang uy|dang bo|tinh uy|thanh uy|huyen uy|quan uy|thi uy|doan|hoi|mat tran|"
    r"lien doan|lien minh|kho bac|ngan hang|bao hiem|toa an|chinh phu|thu tuong|quoc hoi|chu tich|cong ty|"
    r"tap doan|tong cong ty|dai|hoc vien|dai hoc|bo chi huy|ban chi huy|quan khu|chi nhanh|ttg)\b"
)


def read_header(cleaned: list[str], casing: CasingDictionary, columns: list[str | None] | None = None) -> Header:
    """Read the header block above the document type.

    Works on the corpus order (the two columns merged line by line) and on the reader's column
    order (the left column's issuer lines and "Số:" first, then the right column), where
    `columns` ("left"/"right"/None per line) keeps the right column out of the issuer.
    """
    header = Header()
    found = find_doc_type_line(cleaned)
    limit = found[0] - 1 if found else min(len(cleaned), 12)
    if found:
        header.doc_type_line, header.doc_type = found

    fragments: list[tuple[int, str]] = []
    cleaned_next_used = 0
    for number in range(1, limit + 1):
        text = _cut_motto(cleaned[number - 1])
        if re.search(r"(?:^|\s)s[oố6ô]\s*[:.]?\s*$", fold(text).rstrip(" *")) and number < limit:
            # "Số:" alone, the number on the next line: read them as one.
            following = cleaned[number].strip()
            if re.match(r"^[0-9OoIl]*\s*/", following):
                text = f"{text.rstrip()} {following}"
                cleaned_next_used = number + 1
        nm = _NUMBER_LINE.search(text)
        if nm and header.number_line is None:
            digits = nm.group("digits").translate(str.maketrans("OoIl", "0011"))
            symbol = re.sub(r"\s+", "", nm.group("symbol")).rstrip(".,")
            header.number = f"{digits}{symbol}" if digits else None
            header.number_line = number
            text = text[: nm.start()] + " " * (nm.end() - nm.start()) + text[nm.end() :]
        folded = fold(text)
        dm = re.search(r"\bngay\b", folded)
        if dm and header.date_line is None:
            following = cleaned[number] if number < len(cleaned) else ""
            fm = _DATE_TAIL.match(fold(text[dm.start() :] + " " + following))
            if fm:
                day, month = fm.group("day").strip(), fm.group("month").strip()
                month = month if month.isdigit() else None
                header.date = iso_date(fm.group("year"), month, day if day.isdigit() else None)
                if header.date is None and month:
                    header.date = iso_date(fm.group("year"), month)  # an impossible day ("ngày 78"): keep the month
                header.date_line = number
                place = re.split(r"\s{2,}", text[: dm.start()].strip(" ,\t"))[-1].strip(" ,.*")
                # a rule line ("-----") under the header is layout, not the first half of the place
                prev = cleaned[number - 2].strip(" *\t-–—_=") if number >= 2 else ""
                if place and re.search(r"[^\W\d_]", prev) and not is_upper_text(prev, 0.7) and not _NUMBER_LINE.search(prev) and len(prev.split()) <= 5:
                    place = f"{prev} {place}"  # "Thành phố Hồ Chí / Minh, ngày ..." broken by the layout
                header.place = place or None
                text = ""
        text = text.strip(" *#_-–—\t")
        if columns and number - 1 < len(columns) and columns[number - 1] == "right":
            continue  # the national name, motto and date line: never the issuer
        if number == cleaned_next_used:
            continue  # the number already read with its "Số:" line
        if re.match(r"^[0-9OIl]+\s*[/-]", text):
            continue  # a bare document number ("97/2025/QĐ-UBND" from a website's metadata): not a body
        if sum(c.isalpha() for c in text) >= 2 and is_upper_text(text, 0.7):
            fragments.append((number, text))

    bodies: list[tuple[list[int], str]] = []
    for number, text in fragments:
        folded = fold(norm_space(text))
        joins = bodies and (
            (_LOCALITY_RE.match(folded) and not _LOCALITY_RE.search(fold(bodies[-1][1])))
            or (number == bodies[-1][0][-1] + 1 and (
                _BODY_CONTINUES.search(fold(bodies[-1][1])) or _BODY_CONTINUED.match(folded) or not _BODY_HEAD.match(folded)))
        )
        if joins:
            lines, prev = bodies[-1]
            bodies[-1] = (lines + [number], f"{prev} {text}")
        else:
            bodies.append(([number], text))
    if bodies:
        names = [body_name(t, casing) for _, t in bodies]
        header.issuer = names[-1]
        header.issuer_lines = bodies[-1][0]
        # The body one level up stands right above the issuer; text further up is not part of the header.
        near = len(names) > 1 and header.issuer_lines[0] - bodies[-2][0][-1] <= 2
        header.parent_issuer = names[-2] if near else None

    _read_title(cleaned, header, casing)
    return header


_BASES_START = re.compile(r"^(can cu|thuc hien|trien khai|theo |xet |nham |de trien khai|tiep tuc)")


def _read_title(cleaned: list[str], header: Header, casing: CasingDictionary) -> None:
    if not header.doc_type_line:
        return
    lines: list[int] = []
    n = header.doc_type_line + 1
    while n <= len(cleaned):
        text = cleaned[n - 1].strip(" *#_\t")
        if not text or set(text) <= set("*-_=. "):
            if lines:
                nxt = n + 1
                while nxt <= len(cleaned) and not cleaned[nxt - 1].strip():
                    nxt += 1
                following = cleaned[nxt - 1].strip(" *#_\t") if nxt <= len(cleaned) else ""
                # An ALL-CAPS title may be broken by a blank line; a body paragraph is not in capitals.
                if not (following and is_upper_text(following) and is_upper_text(" ".join(cleaned[i - 1] for i in lines))
                        and not _BASES_START.match(fold(following))):
                    break
            n += 1
            continue
        folded = fold(text)
        if (lines and _BASES_START.match(folded)) or re.match(r"^[IVX]+\s*[.)]", text) or len(lines) >= 8:
            break
        if lines and is_upper_text(text) and not is_upper_text(" ".join(cleaned[i - 1] for i in lines)):
            break  # "CHỦ TỊCH ỦY BAN NHÂN DÂN ..." after a decision's title
        lines.append(n)
        n += 1
    header.body_start = n
    if not lines:
        return
    title = norm_space(" ".join(cleaned[i - 1].strip(" *#_\t") for i in lines))
    if is_upper_text(title, 0.85):
        title = casing.sentence_case(title)
    header.title = title
    header.title_lines = lines


def locality_context(text: str) -> tuple[str | None, str | None]:
    """The province and the city most often named in the text ('tỉnh Đắk Lắk' -> 'Đắk Lắk')."""
    provinces: Counter = Counter()
    cities: Counter = Counter()
    name = r"((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẮẰẲẴẶẤẦẨẪẬẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ][\wÀ-ỹ]*[ \t]?){1,3})"  # a name never runs onto the next line
    for m in re.finditer(r"\b[tT]ỉnh\s+" + name, text):
        provinces[m.group(1).strip()] += 1
    for m in re.finditer(r"\b[tT]hành phố\s+" + name, text):
        cities[m.group(1).strip()] += 1
    province = provinces.most_common(1)[0][0] if provinces else None
    city = cities.most_common(1)[0][0] if cities else None
    return province, city


LOCALITY_PREFIXES = LOCALITY_WORDS
