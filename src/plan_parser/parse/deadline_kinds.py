"""What a deadline is for (`kind`) and how often it falls due (`period`), from its own words.

SCHEMA.md's `recurring` knows yearly, quarterly and monthly but not the six-monthly report most plans ask
for ("báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/12"), so the parser adds two extra keys.
The comparer pairs deadlines by them: a six-monthly report with a six-monthly one, the yearly report with
the yearly one, never a report with "ban hành kế hoạch trong tháng 9/2025".
"""

from __future__ import annotations

import re

from ..model import Deadline
from .text import fold, norm_space

_REPORT = re.compile(r"\bbao cao\b")
_ISSUE = re.compile(r"\b(?:ban hanh|xay dung|trien khai)\s+(?:\w+\s+){0,2}?ke hoach\b|\b(?<!chuan bi )phat dong\b")
# "báo cáo 06 tháng trước ngày 15/6 và báo cáo năm trước ngày 05/12": the words after the last
# earlier date say what the later date is for.
_EARLIER_DATE = re.compile(r"\b(?:truoc|den|vao)?\s*ngay\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?")
_HALF_YEAR = re.compile(r"\b0?6 thang\b|\bsau thang\b|\bnua nam\b|\bso ket 6\b")
# "quý" folds to "quy" as "quy định" does: a quarterly cycle only with a word that makes it recur ("hằng quý",
# "theo quý", "báo cáo quý"); "Quý II: ... diễn tập trước ngày 30/6/2026" names one quarter, not a cycle.
# The accent tells them apart where the text has it ("theo quý" / "theo quy định").
_QUARTER = re.compile(r"\b(?:hang|moi|theo|tung|cuoi|dau|cac|bao cao|ket qua)\s+(?P<q>quy)\b(?!\s+(?:[iv]+|[1-4])\b)")
_NUMBERED_QUARTER = re.compile(r"\bquy (?:i{1,3}|iv|[1-4])\b")
# A later member of a list of quarterly dates: its own words are the quarter's name alone (", quý II").
_QUARTER_LIST_ITEM = re.compile(r"[\s,;:]*(?:va\s+)?quy (?:i{1,3}|iv|[1-4])[\s,;:]*")
_MONTH = re.compile(r"\bhang thang\b")
# "báo cáo theo quý và báo cáo tổng kết năm trước ngày 15/12": the year's report, named last, nearest the date.
_YEAR_REPORT = re.compile(r"\b(?:bao cao|tong ket|ket qua)(?: thuc hien)? nam\b(?!\s*\d)|\b(?:hang|ca) nam\b")


def month_day(value: str | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of "YYYY-MM-DD", "YYYY-MM", "--MM-DD" or "---DD"; missing parts are None."""
    if not value:
        return None, None, None
    if value.startswith("---"):
        return None, None, int(value[3:5])
    if value.startswith("--"):
        return None, int(value[2:4]), int(value[5:7])
    parts = value.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    return year, month, day


def _folded(text: str | None) -> str:
    return norm_space(fold(text or ""))


def _own_words(deadline: Deadline, folded: bool = True) -> str:
    """The folded words of `what` that belong to this deadline (after any earlier date it lists); with
    folded=False the same words lower-cased with their accents (same offsets)."""
    text = _folded(deadline.what)
    cuts = list(_EARLIER_DATE.finditer(text))
    start = cuts[-1].end() if cuts else 0
    return text[start:] if folded else norm_space((deadline.what or "").lower())[start:]


def _quarters(words: str, accented: str):
    """ "hằng quý", "theo quý" ...: not "theo quy định" (an unaccented "quy" only where the text lost accents)."""
    has_accents = accented != words
    for m in _QUARTER.finditer(words):
        if not has_accents or accented[m.start("q") : m.end("q")] == "quý":
            yield m


# "Tham mưu BC sơ kết 6 tháng gửi Sở VHTTDL", "Gửi BC tổng kết năm 2026": the report abbreviated, upper case only (round
# 60, I251-A01: read as the task "6 tháng gửi Sở VHTTDL"; round 62, I267-A09).
REPORT_ABBREVIATION = re.compile(r"\bBC\b")


def kind(deadline: Deadline) -> str:
    """ "report", "issue" (issue the plan / launch the movement) or "other"; the last cue wins, unless the words open
    with the report ("báo cáo kết quả phát động": a report on the launch, round 23, I56-A)."""
    if deadline.what and REPORT_ABBREVIATION.search(deadline.what):
        deadline = deadline.model_copy(update={"what": REPORT_ABBREVIATION.sub("báo cáo", deadline.what)})
    for text in (_own_words(deadline), _folded(deadline.what)):  # "... và kết quả năm": the whole sentence
        if re.match(r"(?:(?:gui|nop|tong hop,?)\s+)?bao cao\b", text):
            return "report"
        report = [m.start() for m in _REPORT.finditer(text)]
        issue = [m.start() for m in _ISSUE.finditer(text)]
        if report or issue:
            return "report" if max(report, default=-1) > max(issue, default=-1) else "issue"
    return "other"


def period(deadline: Deadline) -> str:
    """How often it falls due, from its own words: "half-year", "quarterly", "monthly", "yearly" or "once"."""
    words = _own_words(deadline)
    year, _, _ = month_day(deadline.date)
    if deadline.recurring == "quarterly" and deadline.date and deadline.date.startswith("---"):
        return "quarterly"  # "ngày 20 của tháng cuối quý"
    monthly = deadline.recurring == "monthly" or bool(deadline.date and deadline.date.startswith("---"))
    if monthly:
        return "monthly"
    # Several periods named before one date: the one named last, nearest the date, is this date's.
    cues = [
        (m.start(), name)
        for name, pattern in (("monthly", _MONTH), ("half-year", _HALF_YEAR))
        for m in pattern.finditer(words)
    ]
    cues += [(m.start(), "quarterly") for m in _quarters(words, _own_words(deadline, folded=False))]
    if _REPORT.search(words) or (_QUARTER_LIST_ITEM.fullmatch(words) and _REPORT.search(_folded(deadline.what))):
        # "báo cáo ...: quý II trước ngày 22/6/2026": the report of a numbered quarter is one of the quarterly
        # reports (a task in "Quý II: diễn tập ..." names no report and stays a one-off date). In a list of
        # them ("báo cáo gửi Sở: quý I trước 15/3, quý II trước 25/6") "báo cáo" stands once, before the first.
        cues += [(m.start(), "quarterly") for m in _NUMBERED_QUARTER.finditer(words)]
    last_year_cue = max((m.start() for m in _YEAR_REPORT.finditer(words)), default=-1)
    if cues and max(cues)[0] > last_year_cue:
        return max(cues)[1]
    if not cues and deadline.recurring == "quarterly":
        return "quarterly"
    if deadline.recurring is None and year is not None:
        return "once"
    return "yearly"


def periods(deadlines: list[Deadline]) -> list[str]:
    """period() of each deadline; a phrase with several dates and no period word ("báo cáo tình hình
    trước ngày 05/6 và 05/12": the parser gives each date the same `what`) is six-monthly when it
    has two dates six months apart, quarterly when it has four."""
    out = [period(d) for d in deadlines]
    groups: dict[tuple, list[int]] = {}
    for i, d in enumerate(deadlines):
        if d.date and d.date.startswith("--") and not d.date.startswith("---"):
            groups.setdefault((d.what, d.to), []).append(i)
    for members in groups.values():
        if len(members) < 2 or any(out[i] != "yearly" for i in members):
            continue
        months = sorted(month_day(deadlines[i].date)[1] for i in members)
        if len(members) == 2 and months[1] - months[0] == 6:
            for i in members:
                out[i] = "half-year"
        elif len(members) == 4 and all(b - a == 3 for a, b in zip(months, months[1:])):
            for i in members:
                out[i] = "quarterly"
    return out


def classify(deadlines: list[Deadline]) -> None:
    """Set `kind` and `period` of every deadline of one plan (periods look at the plan's other dates)."""
    for deadline, every in zip(deadlines, periods(deadlines)):
        deadline.kind = kind(deadline)
        deadline.period = every
