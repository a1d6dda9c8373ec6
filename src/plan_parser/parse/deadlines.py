"""Deadlines: dated obligations such as "gửi báo cáo ... về Phòng Văn hóa - Xã hội trước ngày 15/12"
(every year when the sentence says hằng năm), with what is due and to whom."""

from __future__ import annotations

import re

from ..model import Deadline
from .citations import expand_abbreviations, iso_date
from .text import norm_space

_DAY_MONTH = r"(?P<d>\d{1,2})\s*(?:[/.\-]|\s+tháng\s+)\s*(?P<m>\d{1,2})(?:\s*(?:[/.\-]|\s+năm\s+)\s*(?P<y>(?:19|20)\d{2}))?"
_DEADLINE = re.compile(
    rf"(?:trước|chậm nhất(?:\s+là)?|hạn chót|không muộn hơn|hoàn thành trước|xong trước)\s+(?:ngày\s+)?{_DAY_MONTH}"
    rf"|(?:trước|chậm nhất(?:\s+là)?)\s+ngày\s+(?P<md>\d{{1,2}})\s+(?:hàng|hằng)\s+tháng"
    rf"|(?:trước|trong|chậm nhất(?:\s+là)?)\s+tháng\s+(?P<mo>\d{{1,2}})\s*(?:/|\s+năm\s+)\s*(?P<yo>(?:19|20)\d{{2}})",
    re.IGNORECASE,
)
_YEARLY = re.compile(r"\b(hằng|hàng|mỗi)\s+năm\b|định kỳ\s+(hằng|hàng)\s+năm", re.IGNORECASE)
_QUARTERLY = re.compile(r"\b(hằng|hàng|mỗi)\s+quý\b", re.IGNORECASE)
_MONTHLY = re.compile(r"\b(hằng|hàng|mỗi)\s+tháng\b", re.IGNORECASE)
_TO = re.compile(r"\b(?:gửi\s+)?(?:về|đến|cho)\s+(?P<to>(?:Ủy ban|UBND|Phòng|Ban|Sở|Văn phòng|Hội đồng|Trung tâm|Bộ|Cục|Thường trực|Chủ tịch)[^;.]*?)\s*(?=,?\s*(?:trước|chậm nhất|để|trong|hằng|hàng|định kỳ|$))", re.IGNORECASE)
_WHAT = re.compile(r"\b(báo cáo|gửi|hoàn thành|tổng hợp|nộp|đăng ký|xây dựng|ban hành)\b(?P<rest>.*)$", re.IGNORECASE)


def find_deadlines(text: str) -> list[tuple[Deadline, int, int]]:
    """Deadlines stated in one paragraph, with their offsets (start, end) in it."""
    out = []
    for m in _DEADLINE.finditer(text):
        sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start())) + 2
        sentence_start = 0 if sentence_start == 1 else sentence_start
        ends = [i for i in (text.find(". ", m.end()), text.find("; ", m.end())) if i >= 0]
        sentence = text[sentence_start : min(ends) if ends else len(text)]
        recurring = None
        if m.group("md"):
            date, recurring = f"---{int(m.group('md')):02d}", "monthly"
        elif m.group("mo"):
            date = iso_date(m.group("yo"), m.group("mo"))
        else:
            if m.group("y"):
                date = iso_date(m.group("y"), m.group("m"), m.group("d"))
            else:
                d, mo = int(m.group("d")), int(m.group("m"))
                date = f"--{mo:02d}-{d:02d}" if 1 <= d <= 31 and 1 <= mo <= 12 else None
            if _QUARTERLY.search(sentence):
                recurring = "quarterly"
            elif _YEARLY.search(sentence):
                recurring = "yearly"
        if date is None:
            continue
        before = text[sentence_start : m.start()]
        to = None
        tm = _TO.search(before + " ")
        if tm:
            to = expand_abbreviations(norm_space(tm.group("to")))
            before_what = before[: tm.start()]
        else:
            before_what = before
        what = None
        wm = None
        for wm in re.finditer(r"\bbáo cáo\b", before_what, re.IGNORECASE):
            break
        if wm:
            what = before_what[wm.start() :]
        else:
            wm = _WHAT.search(before_what)
            what = wm.group(0) if wm else before_what
        what = norm_space(what).strip(" ,") or None
        out.append((Deadline(date=date, recurring=recurring, what=what, to=to), sentence_start, m.end()))
    return out
