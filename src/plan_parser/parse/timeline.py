"""The timeline: phases with start and end years ("Giai đoạn 1 (từ 2025 - 2027): ..."), years
("Năm 2027: tổ chức sơ kết ...") and milestones inside a phase ("sơ kết ... vào năm 2027").

The patterns run on accent-folded text (same offsets), with room for a damaged letter in the cue
words ("Gìai đoạn", "nắm 2027", "tổng kêt"); the values are cut from the original text.
"""

from __future__ import annotations

import re

from ..model import TimelineEntry
from .text import PROSE_ORDINAL, fold, norm_space
from .timeline_months import month_phase, month_range, months_before

_YEAR = r"(?:19|20)\d{2}"
# "giai đoạn" folded, a letter or two of OCR damage allowed ("giai doan", "giai đoan", "giaidoan")
PHASE_WORD = r"g[a-z]{1,3}\s*d[a-z]{1,3}n"
_NAM = r"n[a-z]{1,2}m"  # năm, nắm, nam, nim
# "từ tháng 8/2025", "từ tháng 7 năm 2025 đến hết năm 2027": the month does not change the years.
_MONTH = r"(?:thang\s+\d{1,2}\s*/\s*|thang\s+\d{1,2}\s+(?=n[a-z]{1,2}m\s))?"
_RANGE = (
    rf"\(?\s*(?:t[a-z]{{1,2}}\s+)?{_MONTH}(?:{_NAM}\s+)?(?P<start>{_YEAR})\s*(?:[-–—]|d[a-z]n|toi)\s*(?:het\s+)?"
    rf"{_MONTH}(?:{_NAM}\s+)?(?P<end>{_YEAR})\s*\)?"
)
_PHASE = re.compile(
    rf"^(?P<label>g[a-z]{{1,3}}\s*d[a-z]{{1,3}}n(?:\s+(?P<n>\d{{1,2}}|[ivx]+|mot|hai|ba|bon)\b)?)\s*[:(\-–]?\s*"
    # "Giai đoạn 1 (năm 2026): ..." a phase of one year (round 29, I99-B: dropped)
    rf"(?:{_RANGE}|\(?\s*(?:{_NAM}\s+)?(?P<single>{_YEAR})\s*\))?\s*[:.\-–]?\s*(?P<what>.*)$"
)
# "Năm 2025 - 2027: ..." and "Năm 2025 - 2027 triển khai, ..." (no colon: the years, then the work).
# ... and "Năm 2029 - 2030 (giai đoạn 2): ..." names its phase after the years (round 40, I133-B12: dropped).
_SPAN = re.compile(
    rf"^(?:tu\s+)?(?:{_NAM}\s+)?(?P<start>{_YEAR})\s*(?:[-–—]|den|toi)\s*(?:{_NAM}\s+)?(?P<end>{_YEAR})"
    rf"(?:\s*\(\s*g[a-z]{{1,3}}\s*d[a-z]{{1,3}}n\s+(?P<n>\d{{1,2}}|[ivx]+)\s*\))?"
    rf"(?:\s*[:.\-–]|\s+(?=[a-z]))\s*(?P<what>.*)$"
)
_SINGLE = re.compile(
    rf"^(?:trong\s+)?(?:{_NAM}|cuoi {_NAM}|dau {_NAM}|quy\s+[iv1-4]+\s*/?\s*(?:{_NAM})?|thang\s+\d{{1,2}}\s*/?\s*(?:{_NAM})?)\s*"
    # "|": the cell border of a schedule table row ("Quý I/2027 | Tổng kết").
    rf"(?P<year>{_YEAR})\s*[:.\-–|](?!\s*(?:{_NAM}\s+)?{_YEAR})\s*(?P<what>.*)$"  # "năm 2025 - 2027" is a span
)
# The two reviews, folded ("sơ kết", "tổng kết"; an OCR'd tone may be any letter).
_REVIEW = r"(?:s[a-z] k[a-z]t|t[a-z]ng k[a-z]t)"
# Where a year's entry ends: "; " ("Năm 2028: sơ kết ...; năm 2030: tổng kết ..."), or a full stop before the next year's
# label ("Năm 2026: ban hành Kế hoạch, .... Năm 2027: ..., sơ kết ...", round 45, I162-A11: 2027's sơ kết read as 2026's).
# ... or a full stop before a review of its own ("quý IV/2026: hoàn thiện, ..., đánh giá kết quả. Sơ kết 6 tháng: tháng
# 6/2026; tổng kết năm: tháng 11/2026", round 48, I176-B09: the sơ kết read as held in quý IV).
_YEAR_CLAUSE_END = re.compile(rf"; |\.\s+(?={_NAM}\s+{_YEAR}\s*:|{_REVIEW}\b)")
# The next period of a list of them in one sentence: "...; tháng 6 - 9/2026: tuyển sinh".
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])")
_NEXT_PERIOD = re.compile(r";\s+(?=(?:t[a-z]{1,2}\s+)?(?:(?:cuoi\s+|dau\s+)?quy|thang|ngay)\s)")
_MILESTONE_AFTER_YEAR = re.compile(rf"\b{_NAM}\s+(?P<year>{_YEAR})\s*:?\s+(?P<what>{_REVIEW})\b")
_MILESTONE = re.compile(
    rf"\b(?P<what>{_REVIEW}(?:[^.;]{{0,60}}?))\s+(?:vao\s+)?(?:cuoi\s+|dau\s+)?"
    rf"(?:(?:quy\s+[iv1-4]+|thang\s+\d{{1,2}})\s*/?\s*)?(?:{_NAM}\s+)?(?<!\d)(?P<year>{_YEAR})\b"
    # "sơ kết giai đoạn 2026 - 2027": the years of the period reviewed, held at its end, not its first year.
    rf"(?!\s*(?:[-–—]|den|toi)\s*(?:{_NAM}\s+)?{_YEAR})"
)
# "tổng kết công tác năm 2026 vào tháng 01 năm 2027": the first year names the work reviewed; the time the
# review is held follows ("vào ...").
_HELD_AT = re.compile(
    rf"\s*,?\s*(?:vao|trong)\s+(?:cuoi\s+|dau\s+)?(?:(?:quy\s+[iv1-4]+|thang\s+\d{{1,2}})\s*/?\s*)?(?:{_NAM}\s+)?"
    rf"(?P<year>{_YEAR})\b"
)
_NEXT_PLAN_YEAR = re.compile(rf"\b(?:de xuat|xay dung)\s+(?:nhiem vu|ke hoach|phuong huong)\s+(?:{_NAM}\s+)?$")
_PHASE_NUMBERS = {"mot": "1", "hai": "2", "ba": "3", "bon": "4"}


def _what(text: str, m: re.Match) -> str | None:
    return text[m.start("what") : m.end("what")].strip().lstrip(",;: ").strip() or None


# "...; giai đoạn 2028 - 2030 (...)": a second phase in the same paragraph starts after a semicolon.
_NEXT_PHASE = re.compile(
    rf";\s+(?=g[a-z]{{1,3}}\s*d[a-z]{{1,3}}n(?:\s+(?:\d{{1,2}}|[ivx]+|mot|hai|ba|bon)\b)?\s*[:(\-–]?\s*{_RANGE}"
    rf"|(?:tu\s+)?{_NAM}\s+{_YEAR}\s*(?:[-–—]|den|toi)\s*(?:{_NAM}\s+)?{_YEAR}\b)"  # "...; năm 2028 - 2030 ..."
    # ... and a numbered phase by its days or months: "Giai đoạn 1: từ ngày ban hành ... đến ngày 15/11/2026; giai đoạn 2:
    # từ ngày 16/11/2026 đến ngày 31/12/2026. Giai đoạn 3: ..." (round 41, 85-A: read as one phase)
    rf"|[;.]\s+(?={PHASE_WORD}\s+(?:\d{{1,2}}|[ivx]+|mot|hai|ba|bon)\b\s*[:(\-–]\s*(?:\(\s*)?(?:tu\s+)?(?:ngay|thang|quy)\b)"
)


# A run-in label over a timeline (folded): "3. Thời gian: Giai đoạn 2026 - 2027: ...", "Về lộ trình: giai đoạn 1 từ năm
# 2026 ..." (a memo's, round 40, I135-A10, B10); the parser reads a plan's phases in prose after it too.
TIME_LABEL = re.compile(r"(?:\d{1,2}[.)]\s*|[a-zđ]\)\s*)?(?:ve\s+)?(?:thoi gian|tien do|lo trinh)(?: thuc hien)?\s*:\s*")


# "Giai đoạn chuẩn bị trước lũ: từ ngày ban hành Kế hoạch đến ngày 15/5/2026": the phase starts on the plan's own date
# (round 41, 137-A: the phase was dropped, so every child's first phase went unchecked).
_FROM_ISSUE = re.compile(r"\b(?:kể )?(?:từ|tu) (?:ngày|ngay) (?:(?:ký|ky) )?(?:ban hành|ban hanh)(?: (?:kế hoạch|ke hoach)(?: này| nay)?)?",
                         re.IGNORECASE)


_PHASES_HEADER = re.compile(rf"^\|?\s*(?:cac\s+)?{PHASE_WORD}\s*\|")
_ROW_START = re.compile(r"^\|?\s*(?=\S)")


def phases_headed(row: str) -> bool | None:
    """A schedule table's header row: True when its first column is headed "Giai đoạn" (each row below names a phase
    there: "| Chuẩn bị | Tháng 02 - tháng 4/2026 | ... |"), False for another header; None for a row of dates."""
    folded = fold(row)
    if re.search(r"\d", folded) or not re.search(r"[a-z]", folded):  # (a row of dates, or the rule under the header)
        return None
    return bool(_PHASES_HEADER.match(folded.strip()))


# "GĐ1", "GĐ 2", "GĐ III": a phase's name shortened in a table (round 66, I281-A09: the ward's shifted phases were not read)
_PHASE_SHORT = re.compile(r"\bG[ĐD]\s*(\d{1,2}|[IVX]{1,4})\b")


def phase_spelled(text: str) -> str:
    """"GĐ1", "GD 2", "GĐ II" written out as "Giai đoạn 1" ...: how plans shorten a phase's name."""
    return _PHASE_SHORT.sub(r"Giai đoạn \1", text)


def named_phase(row: str) -> str:
    """A row under a "Giai đoạn" column, its first cell read as the phase's name ("Giai đoạn chuẩn bị: tháng 02 - ..."):
    unless that cell names a review or its phase itself (round 49, I182-A07: the ward's stretched phases were not read)."""
    row = phase_spelled(row)
    start = _ROW_START.match(row).end()
    if re.match(rf"{PHASE_WORD}|{_REVIEW}|\d", fold(row[start:])):
        return row
    return row[:start] + "Giai đoạn " + row[start:]


def timeline_entry(text: str, issued: str | None = None) -> list[TimelineEntry]:
    """The timeline entries one paragraph or list item states (a phase adds its milestones). `issued`: the plan's date
    (ISO), for a phase that runs "từ ngày ban hành Kế hoạch"."""
    text = phase_spelled(norm_space(text))
    # A table's short forms (round 65, I276-B05: the ward's shifted phases were not read): "T8 - T11/2026" is "tháng 8 -
    # tháng 11/2026"; "01/4 - 31/7/2026" gives its year to both days.
    text = re.sub(r"\bT(\d{1,2})(?=\s*(?:[-–/]|đến\b|\|))", r"tháng \1", text)
    text = re.sub(r"\b(\d{1,2}/\d{1,2})\s*([-–]|đến)\s*(\d{1,2}/\d{1,2})/((?:19|20)\d{2})\b", r"\1/\4 \2 \3/\4", text)
    if issued and re.fullmatch(r"\d{4}-\d{2}-\d{2}", issued):
        year, month, day = issued.split("-")
        text = _FROM_ISSUE.sub(f"từ ngày {int(day)}/{int(month)}/{year}", text)
    # a list label before a dated line ("5. Tháng 01/2027: tổng kết năm 2026.", round 23, I55-B09: read as a 2026 review)
    # ... or a prose ordinal ("Sáu là, tháng 6/2027: tổng kết, khen thưởng.", round 50, I186-B07: unread), also before a
    # phase ("Thứ hai, giai đoạn 2 (từ tháng 6 đến hết tháng 10 năm 2026): ...", round 60, I252-A07: unread)
    text = re.sub(rf"^(?:(?:\d{{1,2}}(?:\.\d{{1,2}})*[.)]|[a-zđ]\)|[-–+•*]|(?i:{PROSE_ORDINAL})[,:])\s+"
                  rf"(?=(?:[Tt]háng|[Qq]uý|[Nn]ăm|[Tt]ừ)\s)|(?i:{PROSE_ORDINAL}),\s+(?=[Gg]iai đoạn\s))", "", text)
    # a run-in label before the phases ("Về lộ trình: giai đoạn 1 từ năm 2026 ...", round 40, I135-B10: unread)
    label = TIME_LABEL.match(fold(text))
    if label and re.match(r"giai doan|nam\s|tu\s", fold(text)[label.end() :]):
        text = text[label.end() :]
    if text.count("|") >= 2:
        # a schedule table's row ("| Giai đoạn 1 | Tháng 02 - tháng 9/2026 | Rà soát ...; sơ kết trong tháng 10/2026 |"):
        # its cells read as a run-in line (round 22, I51-B07)
        # ... after its row number ("| 4 | Tháng 7/2026 | Sơ kết 6 tháng |", round 57, I236-A02: unread)
        text = re.sub(r"^\|?\s*\d{1,2}\s*\|(?=.*\|)", "", text.strip())
        # ... and a phase's name after its number in the first cell ("| Giai đoạn 1: Chuẩn bị | Tháng 3 đến hết tháng
        # 5/2026 | ... |", round 64, I273-A08: the ward's shifted phases were not read)
        text = re.sub(r"^(\|?\s*[Gg]iai đoạn\s+(?:\d{1,2}|[IVX]+))\s*[:(\-–]\s*[^|\d():]{1,40}?\)?\s*\|", r"\1 |", text)
        text = re.sub(r"\s*\|\s*", ": ", text.strip().strip("|").strip())
    cuts = [m.end() for m in _NEXT_PHASE.finditer(fold(text))]
    if cuts:
        bounds = [0, *cuts, len(text)]
        return [e for a, b in zip(bounds, bounds[1:]) for e in timeline_entry(text[a:b].rstrip(" ;"), issued)]
    folded = fold(text)
    by_months = month_phase(folded)
    if by_months:
        label_match, (start, start_month, end, end_month), what_start = by_months
        n, term = label_match.group("n"), label_match.group("hk")
        if term:
            label = f"Học kỳ {'I' * int(term) if term.isdigit() else term.upper()}"
        else:
            label = f"Giai đoạn {_PHASE_NUMBERS.get(n, n.upper() if n.isalpha() else n)}" if n else "Giai đoạn"
        what = text[what_start:].strip() or None
        entry = TimelineEntry(
            label=label, start=start, end=end, what=what, start_month=start_month, end_month=end_month
        )
        # A phase named for its review ("Giai đoạn 3 (tổng kết): từ ngày 01/8/2026 đến ngày 15/8/2026") holds it then.
        named = re.match(rf"(?P<what>{_REVIEW}\b[^()]{{0,40}})\)", folded[label_match.end() :])
        # ... and so is one whose name is its review ("Giai đoạn tổng kết (tháng 01/2027): ...", round 58, I243-B07: a
        # ward's closing review moved into the next year was read only as a phase)
        in_name = re.search(rf"\b{_REVIEW}\b", label_match.group("label"))
        if named and "(" in label_match.group(0):
            review_what = text[label_match.end() :][: named.end("what")].strip()
        else:
            review_what = text[in_name.start() : in_name.end()] if in_name else None
        review = [TimelineEntry(label=None, start=end, end=end, what=review_what, start_month=end_month,
                                end_month=end_month)] if review_what else []  # fmt: skip
        return [entry] + review + milestones(text[what_start:])
    m = _PHASE.match(folded)
    if m and (m.group("start") or m.group("single")):
        n = m.group("n")
        # "Giai đoạn 2025 - 2026: ..." names the phase by its years only: the label stays unnumbered.
        label = f"Giai đoạn {_PHASE_NUMBERS.get(n, n.upper() if n.isalpha() else n)}" if n else "Giai đoạn"
        start, end = int(m.group("start") or m.group("single")), int(m.group("end") or m.group("single"))
        entries = [TimelineEntry(label=label, start=start, end=end, what=_what(text, m))]
        return entries + milestones(text[m.start("what") :])
    m = _SPAN.match(folded)
    if m:
        start, end = int(m.group("start")), int(m.group("end"))
        n = m.group("n")
        label = f"Giai đoạn {n.upper() if n.isalpha() else n}" if n else None
        return [TimelineEntry(label=label, start=start, end=end, what=_what(text, m))] + milestones(
            text[m.start("what") :]
        )
    by_range = month_range(folded)
    if by_range:
        (start, start_month, end, end_month), what_start = by_range
        # Its work runs to the next period ("Tháng 02 - 5/2026: tuyên truyền ...; tháng 6 - 9/2026: tuyển sinh; ...") and
        # stops before a review dated on its own ("...; tổng kết vào tháng 01/2027"): that review is a milestone, not
        # held over these months (I67-A07, I48-B01).
        next_period = _NEXT_PERIOD.search(folded, what_start)
        head_end = next_period.start() if next_period else len(text)
        dated_review = _MILESTONE.search(folded, what_start, head_end)
        what_end = dated_review.start() if dated_review and dated_review.start() > what_start else head_end
        # ... and at the end of its sentence: "tháng 9 - 11/2026: chăm sóc, nghiệm thu. Sơ kết 6 tháng trước ngày
        # 10/7/2026, ..." does not hold the review over those months (round 67, I290-A03, faithful)
        sentence_end = _SENTENCE_END.search(text, what_start, what_end)
        what_end = sentence_end.start() if sentence_end else what_end
        what = text[what_start:what_end].strip(" ;,") or None
        entry = TimelineEntry(label=None, start=start, end=end, what=what, start_month=start_month, end_month=end_month)
        after = timeline_entry(text[next_period.end() :], issued) if next_period else []
        return [entry] + milestones(text[what_start:head_end]) + after
    m = _SINGLE.match(folded)
    if m:
        # "Năm 2028: sơ kết thực hiện Kế hoạch; năm 2030: tổng kết ...": each clause with its own year.
        year = int(m.group("year"))
        what = text[m.start("what") :]
        end = _YEAR_CLAUSE_END.search(fold(what))
        head, sep, rest = (what[: end.start()], end.group(0), what[end.end() :]) if end else (what, "", "")
        first, last = months_before(folded[: m.start("year")]) or (None, None)
        entries = [
            TimelineEntry(
                label=None, start=year, end=year, what=head.strip() or None, start_month=first, end_month=last
            )
        ]
        return entries + (timeline_entry(rest) if sep else [])
    # No phase and no year first: "Sơ kết giai đoạn 1 vào quý IV năm 2026; tổng kết Phong trào vào năm
    # 2030", "Năm 2029 sơ kết; năm 2030 tổng kết" still state the milestone years.
    return milestones(text)


# Both reviews, then both months in their order: "Sơ kết, tổng kết theo hướng dẫn của tỉnh (tháng 8/2026 và tháng
# 11/2026)" (round 30, I102-A04: read as one review in the second month).
_PAIRED = re.compile(
    rf"\b(?P<a>s[a-z] k[a-z]t)(?:,| va)\s+(?P<b>t[a-z]ng k[a-z]t)\b[^.;()]{{0,80}}?\(?\s*(?:lan luot\s+)?(?:(?:vao|trong)\s+)?"
    rf"(?:thang\s+)?(?P<m1>\d{{1,2}})\s*/\s*(?P<y1>{_YEAR})\s*(?:va|,)\s*(?:thang\s+)?(?P<m2>\d{{1,2}})\s*/\s*(?P<y2>{_YEAR})\b"
)


# Both reviews, each with its month, the year said once at the end: "sơ kết 6 tháng vào tháng 6 và tổng kết vào tháng 11
# năm 2026" (round 40, I134-A04: read as one sơ kết in November), "sơ kết tháng 6, tổng kết tháng 11/2026" (round 45,
# I164-A07: read as one sơ kết in November).
_PAIRED_ONE_YEAR = re.compile(
    rf"\b(?P<a>s[a-z] k[a-z]t)[^.;]{{0,40}}?\s(?:(?:vao|trong)\s+)?thang\s+(?P<m1>\d{{1,2}})\s*(?:,|va)\s+(?P<b>t[a-z]ng k[a-z]t)"
    rf"[^.;]{{0,40}}?\s(?:(?:vao|trong)\s+)?thang\s+(?P<m2>\d{{1,2}})\s*(?:/\s*|{_NAM}\s+)(?P<y1>{_YEAR})\b"
)


def milestones(text: str) -> list[TimelineEntry]:
    """ "sơ kết vào năm 2027" and "năm 2027 sơ kết" (the year first: that word is not read again with the next year)."""
    text = text or ""
    folded = fold(text)
    found = []
    claimed: set[int] = set()
    for m in [*_PAIRED.finditer(folded), *_PAIRED_ONE_YEAR.finditer(folded)]:
        if m.start() in claimed:
            continue
        for what, month, year in (("a", "m1", "y1"), ("b", "m2", "y2" if "y2" in m.re.groupindex else "y1")):
            if 1 <= int(m.group(month)) <= 12:
                found.append((m.start(what), text[m.start(what) : m.end(what)], int(m.group(year)),
                              (int(m.group(month)), int(m.group(month)))))  # fmt: skip
        claimed.update(range(m.start(), m.end()))
    for m in _MILESTONE_AFTER_YEAR.finditer(folded):
        found.append((m.start("what"), text[m.start("what") : m.end("what")], int(m.group("year")), None))
        claimed.add(m.start("what"))
    for m in _MILESTONE.finditer(folded):
        # "tổng kết, khen thưởng, đề xuất nhiệm vụ năm 2027": the year of the next plan's tasks, not of the review.
        if _NEXT_PLAN_YEAR.search(folded[: m.start("year")]):
            continue
        if m.start("what") not in claimed:
            held = _HELD_AT.match(folded, m.end("year"))
            when = held or m
            months = months_before(folded[: when.start("year")])
            found.append(
                (m.start("what"), text[m.start("what") : m.end("what")].strip(" ,-–—"), int(when.group("year")), months)
            )
    return [
        TimelineEntry(
            label=None,
            start=year,
            end=year,
            what=what,
            start_month=months and months[0],
            end_month=months and months[1],
        )
        for _, what, year, months in sorted(found, key=lambda f: f[0])
    ]
