"""Deadlines: dated obligations such as "gửi báo cáo ... về Phòng Văn hóa - Xã hội trước ngày 15/12"
(every year when the sentence says hằng năm), with what is due and to whom."""

from __future__ import annotations

import re

from ..model import Deadline
from .citations import expand_abbreviations, iso_date
from .text import fold, norm_space

# On folded text (same offsets as the original); cue words may carry a damaged letter
# ("trudée ngày 15/12", "chậm nhât"), so "tr..." counts as trước only right before "ngày <date>".
_NGAY = r"ng[a-z]{1,3}y?"
_DAY_MONTH = r"(?P<d>\d{1,2})\s*(?:[/.\-]|\s+th[a-z]{2,3}g\s+)\s*(?P<m>\d{1,2})(?:\s*(?:[/.\-]|\s+n[a-z]{1,2}m\s+)\s*(?P<y>(?:19|20)\d{2}))?"
_DEADLINE = re.compile(
    rf"(?:\btr(?!ong\b)[a-z]{{2,5}}\s+{_NGAY}\s+|(?:\btruoc|ch[a-z]m nh[a-z]t(?:\s+la)?|han chot|khong muon hon|hoan thanh truoc|xong truoc)\s+(?:{_NGAY}\s+)?){_DAY_MONTH}"
    rf"|(?:\btruoc|ch[a-z]m nh[a-z]t(?:\s+la)?)\s+{_NGAY}\s+(?P<md>\d{{1,2}})\s+hang\s+thang"
    rf"|(?:\btruoc|\btrong|ch[a-z]m nh[a-z]t(?:\s+la)?)\s+thang\s+(?P<mo>\d{{1,2}})\s*(?:/|\s+nam\s+)\s*(?P<yo>(?:19|20)\d{{2}})",
)
_YEARLY = re.compile(r"\b(hang|moi)\s+nam\b|dinh ky\s+hang\s+nam")
_QUARTERLY = re.compile(r"\b(hang|moi)\s+quy\b")
_MONTHLY = re.compile(r"\b(hang|moi)\s+thang\b")
_TO = re.compile(r"\b(?:gui\s+)?(?:ve|den|cho)\s+(?P<to>(?:uy ban|ubnd|phong|ban|so|van phong|hoi dong|trung tam|bo|cuc|thuong truc|chu tich)\b[^;.]*?)\s*(?=,?\s*(?:truoc|cham nhat|de|trong|hang|dinh ky|$))")
_WHAT = re.compile(r"\b(bao cao|gui|hoan thanh|tong hop|nop|dang ky|xay dung|ban hanh)\b(?P<rest>.*)$")


def find_deadlines(text: str) -> list[tuple[Deadline, int, int]]:
    """Deadlines stated in one paragraph, with their offsets (start, end) in it."""
    out = []
    folded = fold(text)
    for m in _DEADLINE.finditer(folded):
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
            if _QUARTERLY.search(fold(sentence)):
                recurring = "quarterly"
            elif _YEARLY.search(fold(sentence)):
                recurring = "yearly"
        if date is None:
            continue
        before = text[sentence_start : m.start()]
        to = None
        tm = _TO.search(fold(before) + " ")
        if tm:
            to = expand_abbreviations(norm_space(before[tm.start("to") : tm.end("to")]))
            before_what = before[: tm.start()]
        else:
            before_what = before
        what = None
        wm = None
        for wm in re.finditer(r"\bbao cao\b", fold(before_what)):
            break
        if wm:
            what = before_what[wm.start() :]
        else:
            wm = _WHAT.search(fold(before_what))
            what = before_what[wm.start() :] if wm else before_what
        what = norm_space(what).strip(" ,") or None
        out.append((Deadline(date=date, recurring=recurring, what=what, to=to), sentence_start, m.end()))
    return out
