"""Month-level periods of the timeline: "từ tháng 01 đến hết tháng 3/2026", "tháng 5/2026 - tháng 02/2027",
"tháng 02 - 4/2026", "tháng 12 năm 2026", "quý I/2027", and phases labelled by them ("Giai đoạn 2 (...)",
"Giai đoạn tổ chức thực hiện (...)", "Học kỳ I: ...").

All patterns run on accent-folded text; a period gives (start year, start month, end year, end month).
"""

from __future__ import annotations

import re

_YEAR = r"(?:19|20)\d{2}"
_NAM = r"n[a-z]{1,2}m"
_QUARTER = r"(?P<{q}>iv|i{{1,3}}|[1-4])"
# One point in time: "tháng 3/2026", "tháng 3 năm 2026", "3/2026", "tháng 3" (its year comes from the end),
# "quý I/2027" (three months).
_POINT = (
    # a day, read as its month: "ngày 01/6/2026", "ngày 15 tháng 7 năm 2026", "ngày 01/6" (its year from the end) (round
    # 22, I50-A: a campaign's phases "từ ngày 01/6/2026 đến ngày 14/7/2026" were not read at all)
    r"(?:ngay\s+(?:0?[1-9]|[12]\d|3[01])\s*(?:/\s*|\s+thang\s+)(?P<{dm}>0?[1-9]|1[0-2])(?![\d])"
    r"(?:\s*/\s*(?P<{dy}>{year})|\s+{nam}\s+(?P<{dy2}>{year}))?(?![\d/]))"
    # a day written bare with its year: "từ 01/11/2026 đến 15/12/2026" (round 29, I95-A05: shifted phases not read)
    r"|(?:(?<![\d/])(?:0?[1-9]|[12]\d|3[01])\s*/\s*(?P<{bm}>0?[1-9]|1[0-2])\s*/\s*(?P<{by}>{year})(?![\d/]))"
    r"|(?:(?:cuoi\s+|dau\s+)?quy\s+" + _QUARTER + r"\s*(?:/\s*|\s+{nam}\s+|\s+)(?P<{qy}>{year})"
    r"|(?:(?:cuoi\s+|dau\s+|het\s+)?thang\s+)?(?<![\d/])(?P<{m}>0?[1-9]|1[0-2])(?:\s*/\s*(?P<{y}>{year})|\s+{nam}\s+(?P<{y2}>{year}))?(?![\d/]))"
)


def _point(tag: str) -> str:
    return _POINT.format(q=f"q{tag}", qy=f"qy{tag}", m=f"m{tag}", y=f"y{tag}", y2=f"yy{tag}", dm=f"dm{tag}", dy=f"dy{tag}",
                         dy2=f"dyy{tag}", bm=f"bm{tag}", by=f"by{tag}", nam=_NAM, year=_YEAR)


# ... and "và" between the two months a phase runs over ("Giai đoạn 3 (tháng 11/2026 và tháng 12/2026)", round 22, I48-B:
# read as November only)
_RANGE_SEP = r"\s*(?:[-–—]|d[a-z]n(?:\s+h[a-z]t)?|toi|va(?=\s))\s*"
_PERIOD = re.compile(rf"(?:t[a-z]{{1,2}}\s+)?(?:{_point('a')})(?:{_RANGE_SEP}(?:{_point('b')}))?")
_QUARTER_MONTHS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

# "Giai đoạn 2 (", "Giai đoạn tổ chức thực hiện (", "Học kỳ I:" then the period.
_LABEL = re.compile(
    r"^(?P<label>g[a-z]{1,3}\s*d[a-z]{1,3}n(?:\s+(?P<n>\d{1,2}|[ivx]+|mot|hai|ba|bon)\b)?(?:\s+[a-z]+){0,6}?"
    r"|h[a-z]c\s+k[a-z]\s+(?P<hk>ii|i|[12])\b)"
    r"\s*(?:\(\s*|:\s*|[-–]\s*)"
)


# "Giai đoạn 2 - cao điểm (từ ngày 16/01/2027 ...)": a numbered phase with its name after a dash (round 29, I99-A).
_LABEL_DASHED = re.compile(
    # ... its name may list two works ("Giai đoạn 3 - khắc phục, tổng kết (từ ngày ...)", round 40, 131-B: dropped)
    r"^(?P<label>g[a-z]{1,3}\s*d[a-z]{1,3}n(?:\s+(?P<n>\d{1,2}|[ivx]+|mot|hai|ba|bon)\b)?\s*[-–]\s*[a-z]+(?:,?\s+[a-z]+){0,4}?)"
    r"(?P<hk>(?!))?\s*(?:\(\s*|:\s*)"
)


def _read_point(m: re.Match, tag: str) -> tuple[int | None, int, int] | None:
    """(year or None, first month, last month) of one point."""
    if m.group(f"q{tag}"):
        q = m.group(f"q{tag}")
        n = int(q) if q.isdigit() else _QUARTER_MONTHS[q]
        return int(m.group(f"qy{tag}")), 3 * n - 2, 3 * n
    if m.group(f"dm{tag}"):
        year = m.group(f"dy{tag}") or m.group(f"dyy{tag}")
        month = int(m.group(f"dm{tag}"))
        return (int(year) if year else None), month, month
    if m.group(f"bm{tag}"):
        month = int(m.group(f"bm{tag}"))
        return int(m.group(f"by{tag}")), month, month
    if m.group(f"m{tag}"):
        year = m.group(f"y{tag}") or m.group(f"yy{tag}")
        month = int(m.group(f"m{tag}"))
        return (int(year) if year else None), month, month
    return None


def month_period(folded: str) -> tuple[tuple[int, int, int, int], int] | None:
    """The period at the start of `folded`: ((start year, start month, end year, end month), where it ends),
    or None when no month is stated or a year is missing."""
    m = _PERIOD.match(folded)
    if not m:
        return None
    first = _read_point(m, "a")
    last = _read_point(m, "b") if (m.group("qb") or m.group("mb") or m.group("dmb") or m.group("bmb")) else None
    if first is None:
        return None
    if last is None and re.match(_RANGE_SEP, folded[m.end() :]):
        return None  # "từ tháng 7/2025 đến hết năm 2027": the end is a year, the year-level parser's
    if last is None:
        if first[0] is None:
            return None
        return (first[0], first[1], first[0], first[2]), m.end()
    if last[0] is None:
        return None
    start_year = first[0]
    if start_year is None:
        # "từ tháng 10 đến tháng 3/2027": the start month lies in the year before.
        start_year = last[0] if first[1] <= last[1] else last[0] - 1
    # "tháng 02 - 4/2026" is read as months; a bare number on its own is not a month ("1 - 2/2026" passes:
    # a phase label says "tháng" first, checked by the caller).
    if (start_year, first[1]) > (last[0], last[2]):
        return None
    return (start_year, first[1], last[0], last[2]), m.end()


_CLOSE = re.compile(r"\s*\)?\s*[:.;,\-–]?\s*")
_WORK_AFTER = re.compile(r"\s*[:,\-–]\s*")


def month_range(folded: str) -> tuple[tuple[int, int, int, int], int] | None:
    """A period of months that opens an entry with no phase label, then its work after a colon: "Từ tháng 4 đến tháng
    10 năm 2026: triển khai ...", "Tháng 11 và tháng 12 năm 2026: đánh giá, tổng kết ..." (round 55, I221-B04: neither
    was read, so the parent's implementation months and its review months were never compared). (period, where its
    work starts); a single month or quarter is the year-level reader's."""
    m = _PERIOD.match(folded)
    if not m or not (m.group("qb") or m.group("mb") or m.group("dmb") or m.group("bmb")):
        return None
    if not re.match(r"(?:t[a-z]{1,2}\s+)?(?:(?:cuoi\s+|dau\s+)?quy|thang|ngay)\s", folded):
        return None
    found = month_period(folded)
    if not found:
        return None
    period, length = found
    work = _WORK_AFTER.match(folded, length)
    return (period, work.end()) if work else None


def month_phase(folded: str) -> tuple[re.Match, tuple[int, int, int, int], int] | None:
    """A phase stated by months: (its label match, the period, where its work starts)."""
    label = _LABEL_DASHED.match(folded) or _LABEL.match(folded)
    if not label:
        return None
    rest = label.end()
    if folded[label.end() - 1 : label.end()] in ("(", " ") and "(" in label.group(0):
        # the phase's name in brackets before its period: "Giai đoạn 1 (chuẩn bị, tuyên truyền): từ ngày 01/6/2026 ..."
        named = re.match(r"[^()\d]{1,80}\)\s*[:.\-–]?\s*", folded[rest:])
        rest += named.end() if named else 0
    rest += len(re.match(r"(?:t[a-z]{1,2}\s+)?", folded[rest:]).group(0))
    # The period must name a month, a quarter or a day: a bare "2026 - 2027" is the year-level parser's.
    if not re.match(r"(?:(?:cuoi\s+|dau\s+)?quy\s|(?:cuoi\s+|dau\s+)?thang\s|ngay\s|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})",
                    folded[rest:]):
        return None
    found = month_period(folded[rest:])
    if not found:
        return None
    period, length = found
    end = rest + length
    close = _CLOSE.match(folded, end)
    return label, period, close.end() if close else end


# A milestone's month: "... vào tháng 10/2026", "trong tháng 7 năm 2026", "quý I/2027" right before its year.
_MONTH_BEFORE_YEAR = re.compile(
    rf"(?:quy\s+(?P<q>iv|i{{1,3}}|[1-4])|thang\s+(?P<m>0?[1-9]|1[0-2]))\s*(?:/\s*|{_NAM}\s+|\s)\s*$"
)


def months_before(folded_head: str) -> tuple[int, int] | None:
    """(first, last) month named right before a year ("tháng 10/" -> (10, 10), "quý I/" -> (1, 3))."""
    m = _MONTH_BEFORE_YEAR.search(folded_head[-24:])
    if not m:
        return None
    if m.group("q"):
        q = m.group("q")
        n = int(q) if q.isdigit() else _QUARTER_MONTHS[q]
        return 3 * n - 2, 3 * n
    return int(m.group("m")), int(m.group("m"))
