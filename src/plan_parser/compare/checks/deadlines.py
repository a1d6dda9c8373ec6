"""deadline_conflict: a reporting deadline of the child falls after the one the parent sets.

Deadlines are paired by what they are, not by the nearest date: the parser gives each a kind (a
report, the issuing of the plan, anything else) and a period (a six-monthly report, a yearly one, a
one-off date; plan_parser.parse.deadline_kinds), and a child deadline is only held against the parent deadlines of the same kind and period
("báo cáo 06 tháng trước 20/6" against the parent's "06 tháng ... 15/6", the yearly report against
the yearly report, never the yearly report against "ban hành kế hoạch trong tháng 9/2025"). The
child is in conflict when its date is later than the earliest such parent date (the ward must
collect and report up before the province's date, so none of its own dates may pass it).
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from ...model import Deadline, Finding
from ...parse.deadline_kinds import kind, month_day, period, periods
from ..sides import is_lower_level
from ..text import fold, nfc
from .timeline import dated_review, review_in_month

__all__ = ["check", "internal", "kind", "period", "same_task", "task_pairs", "vn"]


def _ordinal(deadline: Deadline, yearly: bool) -> int | None:
    """A sortable day number; yearly comparisons drop the year, monthly ones keep only the day."""
    year, month, day = month_day(deadline.date)
    if month is None and day is not None:
        return day
    if month is None:
        return None
    day = day or 28  # "by the end of the month" when only the month is given
    if yearly or year is None:
        return date(2001, month, min(day, 28 if month == 2 else day)).timetuple().tm_yday
    return date(year, month, min(day, 28 if month == 2 else day)).toordinal()


def _classified(deadlines: list[Deadline]) -> list[tuple[str, str]]:
    """(kind, period) of each deadline: the parser's extra keys, derived here for plans made elsewhere
    (a JSON file from an older version, a hand-built Plan)."""
    if all(d.kind and d.period for d in deadlines):
        return [(d.kind, d.period) for d in deadlines]
    return [(kind(d), every) for d, every in zip(deadlines, periods(deadlines))]


def vn(deadline: Deadline) -> str:
    year, month, day = month_day(deadline.date)
    if month is None and day is not None:
        return f"ngày {day} hằng tháng"
    text = f"ngày {day:02d}/{month:02d}" if day else f"tháng {month:02d}"
    if year:
        text += f"/{year}"
    if deadline.recurring == "yearly" or year is None:
        text += " hằng năm"
    return text


# How many times a year a deadline of each period falls due: a recurring child date is held against
# the parent dates of its own cycle (within half a cycle of it), not the whole year's.
_PER_YEAR = {"yearly": 1, "half-year": 2, "quarterly": 4}


def _gap(mine: Deadline, theirs: Deadline, my_period: str) -> int | None:
    """Days the child's date falls after the parent's (negative: before); None when not the same cycle.
    Recurring dates are compared around the calendar ("05/01" is after a yearly "15/12")."""
    my_month, their_month = month_day(mine.date)[1], month_day(theirs.date)[1]
    if my_month is None or their_month is None:
        # A day of every month or of each quarter's last month ("ngày 20 của tháng cuối quý"): days compare
        # with days, and with a dated quarter-end ("15/3, 15/6 ...") only in a quarterly cycle.
        other = their_month if my_month is None else my_month
        if other is not None and not (my_period == "quarterly" and other in (3, 6, 9, 12)):
            return None
        a, b = month_day(mine.date)[2], month_day(theirs.date)[2]
        return None if a is None or b is None else a - b
    if my_period == "once":
        a, b = _ordinal(mine, False), _ordinal(theirs, False)
        return None if a is None or b is None else a - b
    a, b = _ordinal(mine, True), _ordinal(theirs, True)
    if a is None or b is None:
        return None
    if my_period == "yearly":
        # Within the calendar year, except a January date for a December one (the next year's report).
        return a - b + 365 if a - b < -300 else a - b
    length = 30 if my_period == "monthly" else 365
    gap = (a - b) % length
    if gap > length // 2:
        gap -= length
    cycle = length if my_period == "monthly" else 365 / _PER_YEAR.get(my_period, 1)
    return gap if abs(gap) < cycle / 2 else None


# "Thôn báo cáo Ủy ban nhân dân xã trước ngày 30/11": a date the child sets for its own units, reporting to
# the child's own people's committee. The parent's date binds what the xã sends up, not this.
# (Also "báo cáo xã", "báo cáo Ban CHQS phường": the commune itself, its military command, its police; round 23, I57.)
_TO_OWN_LEVEL = re.compile(r"^(?:gui |ve |len )?(?:(?:uy ban nhan dan|ubnd|ban chqs|ban chi huy quan su|cong an) )?"
                           r"(?:xa|phuong|thi tran|dac khu)\b(?! gui)")


# ... or to one of its organisations: "Tổ trưởng tổ dân phố ... báo cáo kết quả về Hội Chữ thập đỏ phường trước 03/6"
# (round 42, I147-A: held against the province's quick report due 15/5, eight false alarms)
_SENT_TO_OWN_LEVEL = re.compile(
    r"\b(?:ve|gui|len) (?:uy ban nhan dan|ubnd|hoi(?: [a-z]+){1,4}?|doan thanh nien(?: [a-z]+){0,3}?|ban chi huy quan su"
    r"|ban chqs|cong an|tram y te|(?:uy ban )?mat tran to quoc(?: viet nam)?|ubmttq(?: viet nam)?) (?:xa|phuong|thi tran|dac khu)\b(?! gui| hoi)"
)


# The ward's own Party committee and council ("gửi Đảng ủy xã, Thường trực HĐND xã trước ngày 30/5"): a report to
# them is the ward's internal business; the parent's date binds the copy that goes up ("gửi Sở Y tế trước 05/6").
_OWN_BODY = re.compile(
    r"^(?:thuong truc |ban thuong vu |ban chap hanh |chu tich )?(?:uy ban nhan dan|ubnd|dang uy|hoi dong nhan dan|hdnd)"
    r" (?:xa|phuong|thi tran|dac khu)\b(?! gui)"
    # ... and its offices ("về Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND phường"): the province's are "Sở" (round
    # 23, I56-A: a tổ dân phố's report to the ward's office was held against the province's date)
    # ("phòng, chống ..." is no office: "báo cáo phòng, chống dịch" is a report on prevention)
    r"|^(?:phong(?!,? (?:chong|ngua|tranh)\b)|van phong (?:hdnd|hoi dong nhan dan))\b(?![^;]*\b(?:tinh|thanh pho)\b)"
)
_ABOVE = re.compile(r"\b(?:so|bo) [a-z]|\b(?:tinh|thanh pho)\b")
_RECIPIENT_SEP = re.compile(r"\s*(?:[,;]|\bva\b)\s*")
_SENT_TO = re.compile(r"\bgui (?!bao cao\b)(?!ve\b)")


def _sent_to_in_what(deadline: Deadline) -> list[str]:
    """The bodies named after the last "gửi" of the deadline's own words ("Báo cáo kết quả 6 tháng gửi Sở Nội vụ")."""
    what = re.sub(r"\([^()]*\)", " ", fold(deadline.what or ""))
    sent = list(_SENT_TO.finditer(what))
    if not sent:
        return []
    return [part for part in _RECIPIENT_SEP.split(what[sent[-1].end() :]) if part.strip()]


def _recipients(deadline: Deadline) -> list[str]:
    """The bodies a report goes to: its `to`, else the words after "gửi" in its own clause; each folded."""
    text = fold(deadline.to or "")
    if not text:
        return _sent_to_in_what(deadline)
    text = re.sub(r"\([^()]*\)", " ", text)
    return [part for part in _RECIPIENT_SEP.split(text) if part.strip()]


# The report names a recipient above the ward in its own words ("Báo cáo sơ kết 6 tháng về Bộ CHQS thành phố"): however
# its row names the ward's office that drafts it ("Ban CHQS phường tham mưu ..."), it goes up (round 23, I57-B07).
# So does a report compiled on that date to be sent up ("... về Phòng Văn hóa - Xã hội trước ngày 08/12 để tổng hợp, báo
# cáo Sở Nông nghiệp và Môi trường": the ward's report cannot leave before it).
_GOES_UP = re.compile(r"\b(?:ve|gui|len)\s+(?:bo|so|(?:uy ban nhan dan|ubnd|chu tich ubnd) (?:tinh|thanh pho))\b"
                      r"|\bde (?:tong hop,? )?(?:va )?bao cao (?:(?:bo|so)\b|[^;.()]*?\b(?:tinh|thanh pho)\b)")


def _goes_up(deadline: Deadline) -> bool:
    """The deadline's words send it above the ward ("gửi Sở ...", "để tổng hợp, báo cáo UBND tỉnh"); a route in brackets
    ("(qua ...)") does not count."""
    return bool(_GOES_UP.search(re.sub(r"\(qua [^()]*\)", " ", fold(deadline.what or ""))))


def internal(deadline: Deadline) -> bool:
    if _goes_up(deadline):
        return False
    # A reporting table "Báo cáo kết quả 6 tháng gửi Sở Nội vụ | Ủy ban nhân dân xã (Phòng VH-XH tham mưu) |
    # Trước ngày 20/6": the ward is the body that sends it; the report itself names where it goes, and that wins.
    sent = _sent_to_in_what(deadline)
    if sent and not all(_OWN_BODY.match(part.strip()) for part in sent):
        return False
    if deadline.to and _TO_OWN_LEVEL.match(fold(deadline.to)):
        return True
    # One office whose name has commas ("Phòng Kinh tế, Hạ tầng và Đô thị"): split, its tail named no body of the ward
    # (round 41, I142-A07: the khóm's report to it answered the province's date, so the ward's own late one was not read)
    if deadline.to and _OWN_BODY.match(fold(deadline.to)) and not _ABOVE.search(fold(deadline.to)):
        return True
    recipients = _recipients(deadline)
    if recipients and all(_OWN_BODY.match(part.strip()) for part in recipients):
        return True
    what = fold(deadline.what or "")
    report = what.find("bao cao")
    # ... or one of its bodies the report's object: "Các trường báo cáo Phòng Văn hóa - Xã hội trước ngày 20/5/2027"
    # (round 44, I158-B06: held against the province's date for the ward's report)
    addressee = what[report + len("bao cao") :].strip()
    if report >= 0 and (_TO_OWN_LEVEL.match(addressee) or _OWN_BODY.match(addressee)):
        return True
    # "báo cáo kết quả về UBND phường" (round 24, I61-A06): sent to the ward, wherever in the words
    return report >= 0 and bool(_SENT_TO_OWN_LEVEL.search(what[report:]))


# Words any dated task may say ("hoàn thành ... trước", "gửi báo cáo kết quả thực hiện kế hoạch năm"): they
# do not tell one task from another, so two "other" deadlines sharing only these are not the same obligation.
# fmt: off
_GENERIC = frozenset(
    {
        "bao", "cao", "ke", "hoach", "thuc", "hien", "hoan", "thanh", "ket", "qua", "gui", "ve", "cho",
        "cua", "va", "cac", "cong", "tac", "to", "chuc", "trien", "khai", "nam", "thang", "ngay", "quy",
        "truoc", "trong", "theo", "tren", "dia", "ban", "uy", "nhan", "dan", "xa", "phuong", "tinh", "pho",
        "so", "phong", "nganh", "don", "vi", "co", "quan", "de", "duoc", "voi", "tai", "la", "nhu", "tu",
        "den", "het", "dau", "cuoi", "moi", "hang", "dinh", "ky", "lua", "chon", "tham", "muu", "cap",
        "thoi", "gian",  # "Thời gian: ...", the label of a schedule line (round 23, I54-A)
    }
)
# fmt: on


def _pairs(text: str) -> set[str]:
    """Adjacent word pairs of folded text that are not both generic ("tổng kết", "diễn tập", "nạo vét")."""
    words = re.findall(r"[a-z]+", text)
    return {f"{a} {b}" for a, b in pairwise(words) if not (a in _GENERIC and b in _GENERIC)}


# The office a report goes to ("báo cáo Sở Nông nghiệp và Môi trường: kết quả năm", "về Ủy ban nhân dân tỉnh (qua Sở
# ...)"): every report of the plan names it, so its words tell no report from another; "Môi trường" in the office's name
# paired a ward's annual report with the province's report on World Environment Day (round 22, I52-B02, B04).
# "hồ sơ gửi Bộ Chỉ huy Quân sự tỉnh trước ngày 20/10/2026" (the award dossier) is not the drill documents sent there for
# appraisal (round 43, I151-A: on three children).
# Folded, "sơ" reads as "Sở": "báo cáo kết quả sơ tuyển sức khỏe" is no office (round 42, I143-B: its words were lost).
_RECIPIENT = re.compile(r"\b(?:bao cao|gui|nop)(?: (?:ket qua|ve|len|cho|toi))* (?:uy ban nhan dan|ubnd|"
                        r"so(?! (?:ket|tuyen|bo|luong|lieu|cuu|do|ho)\b)|ban chi dao|ban chi huy|bo chi huy|phong|van phong)\b"
                        r"[^:;,.()]*|\(qua [^()]*\)")


def _without_recipient(text: str) -> str:
    return _RECIPIENT.sub(lambda m: " bao cao " if m.group(0).startswith(("bao", "gui", "nop")) else " ", text)


def _content_pairs(deadline: Deadline) -> set[str]:
    return _pairs(_without_recipient(fold(deadline.what or "")))


# A row of a task table ("7 | Đốt trước ...; diễn tập ... | Các chủ rừng | Phòng Kinh tế | Trước 31/01/2027"):
# its other cells name the bodies in charge, not the task.
_CELL = re.compile(r"\s*\|\s*")
# An earlier date inside `what` ("làm đường băng xong trước 31/12/2026, đốt trước có kiểm soát"): the words
# after it are this date's.
_DATE_IN_WHAT = re.compile(r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?|\bthang\s+\d{1,2}(?:\s*/\s*\d{4})?")
_CLAUSE = re.compile(r"[,;:]")
_LABEL_OF_EARLIER = re.compile(r"\s*\([^()]*\)\s*(?:,|;|\bva\b|\bhoac\b)\s*(.*)$")


def task_pairs(deadline: Deadline) -> set[str]:
    """The word pairs of the task a child's date is set for: the task cell of a table row, the words after any
    earlier date, and of those the clause nearest the date that says something ("kiện toàn Ban Chỉ huy, phương
    án PCCCR, diễn tập 01 lần trong tháng 01/2027": the date is the drill's, not the command's)."""
    text = _without_recipient(fold(deadline.what or ""))
    if "|" in text:
        cells = _CELL.split(text)
        # ... unless the date's own cell names its act ("| Tổ chức lớp truyền nghề ...; tôn vinh nghệ nhân | Phòng Văn
        # hóa - Xã hội | Cơ sở đúc đồng | Khai giảng trước ngày 30/4/2026 |": the date is the opening's; round 54,
        # I213-B06: "nghệ nhân" of the task cell paired it with the province's survey of craftsmen due 15/3)
        if len(cells) >= 3 and (own := _pairs(cells[-1])):
            return own
        cells = [c for c in cells if re.search(r"[a-z]{2}", c)]
        text = cells[0] if cells else text
    dates = list(_DATE_IN_WHAT.finditer(text))
    if dates and (label := _LABEL_OF_EARLIER.match(text[dates[-1].end() :])):
        # "báo cáo Sở Y tế trước ngày 18/02/2027 (đợt cao điểm Tết) và [trước ngày 18/03/2027] (tổng kết)": the
        # words before are the earlier date's; this one has only its own label, if any (round 25, I72-A02)
        return _pairs(label.group(1))
    if dates and text[dates[-1].end() :].strip(" ,.;:()"):
        text = text[dates[-1].end() :]
    for clause in reversed(_CLAUSE.split(text)):
        pairs = _pairs(clause)
        if pairs:
            return pairs
    return _pairs(text)


def same_task(mine: Deadline, theirs: Deadline) -> bool:
    """Positive evidence that two deadlines of kind "other" are one obligation: a distinctive word pair of the
    child's task (task_pairs) in the parent's words; the parent's date binds every task it lists before it.
    A ward's "tổng kết năm trong tháng 12/2026" is not the province's "tổ chức diễn tập trước 30/6/2026"."""
    return bool(task_pairs(mine) & _content_pairs(theirs))


# Two or more capitalised words in a row: a named object ("cao tốc Dầu Giây - Tân Phú", "Thành phố Hồ Chí Minh").
_NAME_RUN = re.compile(r"(?:[A-ZĐÀ-Ỹ][^\W\d_]*\s+)+[A-ZĐÀ-Ỹ][^\W\d_]*")


def _name_pairs(text: str) -> set[str]:
    """Folded pairs of adjacent capitalised words in `text`: the names of what it is about."""
    return {pair for run in _NAME_RUN.findall(nfc(text)) for pair in _pairs(fold(run))}


def _about_another(names: set[str], others: set[str], mine: Deadline, child_title: str) -> bool:
    """The parent dates one act per named object ("bàn giao mặt bằng ... cao tốc Dầu Giây - Tân Phú trước 30/6", "...
    Vành đai 3 Thành phố Hồ Chí Minh ... trước 30/9") and the ward, naming none in its date's words, names another
    object than this one in its title: its date is that object's (round 49, I179-A09)."""
    if not names or _name_pairs(mine.what or "") & (names | others):
        return False
    in_title = _name_pairs(child_title)
    return bool(in_title & others) and not in_title & names


def _best_answers(parent_deadlines, child_deadlines: list[Deadline], child_classes,
                  child_title: str = "", lines: tuple[dict[int, str], dict[int, str]] | None = None) -> dict[int, set[int]]:  # fmt: skip
    """For each dated parent task of kind "other", the child deadlines that answer it best: those sharing the most
    word pairs with it (`lines`: the child's and the parent's `_line_of` each deadline). A ward's "diễn tập ứng phó lũ, sơ tán dân trong tháng 7" shares "sơ tán dân" with the
    province's "phê duyệt phương án sơ tán dân trước 30/6", but the ward's own "trình phê duyệt phương án ... sơ tán
    dân trước ngày 30/6" shares far more: that one answers the province's date, the drill does not."""
    answers: dict[int, set[int]] = {}
    # (parent index, deadline, its word pairs, the child deadlines of its class, those restating it)
    tasks: list[tuple[int, Deadline, set[str], list[int], set[int]]] = []
    for pi, theirs, their_kind, their_period in parent_deadlines:
        if their_kind != "other":
            continue
        candidates = [ci for ci, mine in enumerate(child_deadlines)
                      if mine.date and child_classes[ci] == (their_kind, their_period)]  # fmt: skip
        # The ward restating the task on the parent's own date ("Điểm thi được kiểm tra đủ điều kiện cơ sở vật chất,
        # phòng cháy, chữa cháy trước 01/6" for "100% điểm thi được kiểm tra, bảo đảm đủ điều kiện về cơ sở vật chất
        # ... trước 01/6") answers it, whatever its last clause says (round 25, I75-A02).
        theirs_pairs = _content_pairs(theirs)
        restating = {ci for ci in candidates if child_deadlines[ci].date == theirs.date
                     and len(_content_pairs(child_deadlines[ci]) & theirs_pairs) >= 2}  # fmt: skip
        tasks.append((pi, theirs, theirs_pairs, candidates, restating))
    # ... and only it: the province dates one task per object ("Dự án CT.08: bàn giao mặt bằng trước 31/3", "Dự án
    # Vành đai 5: ... trước 30/4"), the ward whose object is the second restates the second date (round 28, I94-A11).
    restated = set().union(*(task[4] for task in tasks))
    names_of = {pi: _name_pairs(theirs.what or "") for pi, theirs, *_ in tasks}
    for pi, theirs, theirs_pairs, candidates, restating in tasks:
        if restating:
            answers[pi] = restating
            continue
        candidates = [ci for ci in candidates if ci not in restated]
        names = names_of[pi]
        others = set().union(*(n for other, n in names_of.items() if other != pi)) - names
        candidates = [ci for ci in candidates if not _about_another(names, others, child_deadlines[ci], child_title)]
        shared = {ci: len(task_pairs(child_deadlines[ci]) & theirs_pairs) for ci in candidates}
        best = max(shared.values(), default=0)
        tied = {ci for ci, n in shared.items() if n == best and n > 0}
        # Of equally worded answers, the one sent where the parent's goes: "gửi danh mục về Sở Nông nghiệp và Môi
        # trường trước 27/02" answers the province's list, not "thu dọn dứt điểm các điểm tồn đọng trước 30/6"
        # (round 25, I67-B).
        same_office = {ci for ci in tied if _same_recipient(child_deadlines[ci], theirs)}
        tied = same_office or tied
        # ... else the one nearest the parent's date: the ward's "tổng kết hoạt động hưởng ứng Festival trước
        # 10/7" answers the province's "tổng kết Festival 15/7", its "tổng kết năm" in December does not (I66-B09).
        gaps = {ci: abs(g) for ci in tied if (g := _gap(child_deadlines[ci], theirs, "once")) is not None}
        if len(gaps) > 1:
            tied = {ci for ci in tied if ci not in gaps or gaps[ci] == min(gaps.values())}
        if not tied and _recipients(theirs):
            # A ward that dates only where its item goes ("...; lập danh sách, tham mưu Ủy ban nhân dân xã gửi Sở Công
            # Thương trước ngày 10/4/2026") answers the one task of the parent sent there (round 47, I171-B07, I167-A12:
            # a list sent up late was paired with nothing).
            sent_there = [t for t in tasks if _same_recipient(t[1], theirs)]
            act = _sending_act(theirs)
            if len(sent_there) > 1:
                # Several tasks go to that office; the ward's date that repeats this one's act ("tổng hợp và gửi kết quả
                # điều tra, thống kê về Sở ..." for "...; gửi kết quả về Sở ...") answers it (round 60, I254-A01: paired
                # with nothing, a late sending of the survey's results was not read).
                tied = {ci for ci in candidates if act and _same_recipient(child_deadlines[ci], theirs)
                        and re.search(rf"\b{re.escape(act)}\b", fold(child_deadlines[ci].what or ""))}  # fmt: skip
                if not tied:
                    # ... or whose line names what this one's line does, more than any other's: "Danh sách hộ, cơ sở sản
                    # xuất, nghệ nhân, thợ giỏi gửi Sở Công Thương trước ngày 10/4/2026" for "Tổ chức rà soát, lập danh
                    # sách hộ, cơ sở sản xuất, nghệ nhân, thợ giỏi ...; gửi kết quả về Sở Công Thương trước ngày 31/3"
                    # (round 64, I270-A03: a late list was paired with nothing)
                    tied = {ci for ci in candidates if _same_recipient(child_deadlines[ci], theirs)
                            and _names_its_line(lines, ci, pi, [t[0] for t in sent_there])}  # fmt: skip
            elif len(sent_there) == 1:
                there = {ci for ci in candidates if _same_recipient(child_deadlines[ci], theirs)}
                tied = {ci for ci in there if _only_sent(child_deadlines[ci])}
                if not tied and _only_sent(theirs):
                    # ... and, when the parent too dates only where its item goes ("..., lập danh sách xe quá hạn kiểm
                    # định, gửi Sở Xây dựng và Công an tỉnh trước ngày 31/3"), whatever the ward sends there: its "gửi
                    # danh sách" names what the parent's words leave out (round 49, I180-A03). The nearest, if several.
                    gaps = {ci: abs(g) for ci in there if (g := _gap(child_deadlines[ci], theirs, "once")) is not None}
                    tied = {ci for ci, g in gaps.items() if g == min(gaps.values())}
        answers[pi] = tied
    return answers


def _names_its_line(lines: tuple[dict[int, str], dict[int, str]] | None, ci: int, pi: int, others: list[int]) -> bool:
    """The child's line of deadline `ci` shares at least _NAMES_WHAT_IS_SENT word pairs with the parent's line of `pi`, and
    more than with the line of any other parent deadline in `others`."""
    child_lines, parent_lines = lines or ({}, {})
    if ci not in child_lines or pi not in parent_lines:
        return False
    mine = _pairs(_without_recipient(child_lines[ci]))
    shared = {other: len(mine & _pairs(_without_recipient(parent_lines[other]))) for other in others if other in parent_lines}
    return shared.get(pi, 0) >= _NAMES_WHAT_IS_SENT and all(n < shared[pi] for other, n in shared.items() if other != pi)


def _line_of(side, index: int) -> str | None:
    """The folded words of a side's deadline from the start of its line (a paragraph), or the end of the date before it
    there, to the date ("...; gửi Sở ... chậm nhất ngày 31/3/2026; tổng hợp nhu cầu cây giống ... chậm nhất ngày 15/4/2026"
    holds two sendings, I270-B04)."""
    provenance = side.plan.provenance
    span = provenance.get(f"/deadlines/{index}")
    if span is None or side.document is None:
        return None
    line = side.document.lines[span.line_start - 1]
    start = line.char_start
    for other in range(len(side.plan.deadlines)):
        earlier = provenance.get(f"/deadlines/{other}")
        if other != index and earlier is not None and start < earlier.char_end <= span.char_start:
            start = earlier.char_end
    words = fold(side.document.text[start : span.char_end])
    if line.text.lstrip().startswith("|") and len(re.findall(r"[a-z]{2,}", words)) < 3:
        # a row led by its date ("| Trước 10/4/2026 | Kết quả kiểm kê nghệ nhân, đội xòe, điệu xòe | Sở ... |"): what is
        # sent is in the cells after it (round 66, I286-A07: a late inventory was paired with nothing)
        return fold(line.text)
    return words


def _sending_act(deadline: Deadline) -> str | None:
    """The folded words of a deadline that only sends something ("gửi kết quả" of "gửi kết quả về Sở ..."), when they
    are more than the verb."""
    words = " ".join(_without_recipient(fold(deadline.what or "")).replace(" bao cao ", " ").split()).strip(" ,.;:")
    return words if len(words.split()) >= 2 and re.match(r"(?:gui|nop)\b", words) else None


def _named_by(deadline: Deadline, phrase: str) -> set[str]:
    """The word pairs that name what is due: its own words, or its sentence's when they only say where it goes (less the
    office's name, which a ward's every report to it shares: "Sở Văn hóa, Thể thao và Du lịch", I193-B03)."""
    if not _only_sent(deadline):
        return _content_pairs(deadline)
    return _pairs(_without_recipient(phrase)) - _pairs(fold(deadline.to or ""))


def _only_sent(deadline: Deadline) -> bool:
    """The deadline's words say only where it goes ("gửi Sở Khoa học và Công nghệ"): what goes is in the clauses before."""
    return bool(_recipients(deadline)) and not _content_pairs(deadline)


def _same_recipient(mine: Deadline, theirs: Deadline) -> bool:
    theirs_to, mine_to = _recipients(theirs), _recipients(mine)
    if not theirs_to or not mine_to:
        return False
    return bool(set(theirs_to) & set(mine_to)) or _office_initials(theirs_to) == _office_initials(mine_to)


def _office_initials(parts: list[str]) -> str:
    """The office a deadline goes to, its name after the first word in initials: "sở nn&mt" and "sở nông nghiệp và môi
    trường" are both "so:nnmt" (round 66, I276-B02: a list sent to "Sở NN&MT" late was paired with nothing). A folded
    word without a vowel is itself initials."""
    words = [w for w in re.split(r"[\s,&/-]+", " ".join(parts)) if w and w != "va"]
    if len(words) < 2:
        return " ".join(words)
    return words[0] + ":" + "".join(w if not re.search(r"[aeiouy]", w) else w[0] for w in words[1:])


def _month_only(deadline: Deadline) -> bool:
    _, month, day = month_day(deadline.date)
    return month is not None and day is None


def _timeline_dates(side) -> set[tuple[int, int, int]]:
    """(line, year, month) of every phase start or end and milestone of the plan's timeline stated by month."""
    out = set()
    for i, entry in enumerate(side.plan.timeline):
        span = side.plan.provenance.get(f"/timeline/{i}")
        if span is None:
            continue
        for year, month in ((entry.start, entry.start_month), (entry.end, entry.end_month)):
            if year and month:
                out.update((line, year, month) for line in range(span.line_start, span.line_end + 1))
    return out


def _in_timeline(side, index: int, deadline: Deadline, timeline_dates: set) -> bool:
    """A dated task that is a phase boundary or a review of the plan's timeline ("Giai đoạn 2 (tháng 10/2026 - hết
    tháng 3/2027): ...; tổng kết trong tháng 3/2027"): the timeline check judges it against the parent's phases; held
    here against a dated task of the parent as well, one wrong phase would be reported twice. Only a month is a
    phase's bound: a day ("Tháng 4/2026: gửi danh sách ... về Sở trước ngày 10/4/2026") is a deadline."""
    span = side.plan.provenance.get(f"/deadlines/{index}")
    year, month, day = month_day(deadline.date)
    if span is None or not (year and month) or day is not None:
        return False
    return any((line, year, month) in timeline_dates for line in range(span.line_start, span.line_end + 1))


# A date the province sets for its own act: "Tỉnh tổ chức tập huấn cho cán bộ cấp xã trước ngày 15/9", "Ủy ban nhân dân
# tỉnh phê duyệt ... trong tháng 12" (round 23, I54-A: a ward's own training on 25/9 was held against it).
_PROVINCE_OWN = re.compile(r"^(?:tinh|so [a-z]|(?:uy ban nhan dan|ubnd|ban chi dao) (?:tinh|thanh pho))\b[^;,]{0,12}?"
                           r"\b(?:to chuc|phe duyet|cong bo|tong hop|kiem tra|huong dan)\b")


# ... and one set for its own meeting: "sơ kết công tác chuẩn bị tại phiên họp Ban Chỉ đạo thi tỉnh trước 05/6"
# (round 25, I75-A: the wards' own "hoàn thành chuẩn bị trước 09/6", the end of the province's phase, was held to it).
_PROVINCE_MEETING = re.compile(r"\btai (?:phien hop|hoi nghi|cuoc hop)\b[^;,]*\b(?:tinh|thanh pho)\s*$")


# ... and one it meets for the lower level: "Cung cấp danh sách hộ kinh doanh ... cho Ủy ban nhân dân xã, phường, đặc khu
# trước ngày 31/01/2026" (the tax office's, round 38, I48-A02: a ward's "Thời gian: hoàn thành trước 30/6" held to it).
_FOR_LOWER_LEVEL = re.compile(r"^(?:cac )?(?:uy ban nhan dan|ubnd) (?:cac )?(?:xa|cap xa|phuong)\b")


# ... and the event it holds at its own level: "tổ chức Liên hoan hát Chầu văn tỉnh trong tháng 10", beside "tổ chức liên
# hoan ở cơ sở trong tháng 8" (round 55, I221-A09: the ward's "liên hoan cấp xã" in November was held to the province's).
_PROVINCE_EVENT = re.compile(r"^to chuc (?:cac )?(?:lien hoan|hoi thi|hoi thao|hoi dien|hoi cho|ngay hoi|giai)\b"
                             r"(?:(?!\btren dia ban\b)[^;,]){0,50}\b(?:cap )?(?:tinh|thanh pho)$")


# A child's date for the province's review, which its own report serves: "báo cáo trước ngày 20/6/2026 phục vụ sơ kết
# của tỉnh trong tháng 7/2026" (round 57, I235-A01: the province's July review held against the ward's report due 20/6).
_PROVINCE_REVIEW = re.compile(r"\b(?:so ket|tong ket)\b[^;,]{0,40}\bcua (?:(?:uy ban nhan dan|ubnd) )?(?:tinh|thanh pho)$")


def _review_named(deadline: Deadline) -> str | None:
    """ "so ket" or "tong ket" when the words nearest the date name exactly one of the two reviews (not a sibling's
    before it: "báo cáo ... sơ kết 6 tháng trước ngày 15/6/2026, kết quả năm", I73-A03)."""
    words = fold(deadline.what or "")
    dates = list(re.finditer(r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?", words))
    named = set(re.findall(r"\b(so ket|tong ket)\b", words[dates[-1].end() :] if dates else words))
    return named.pop() if len(named) == 1 else None


def _province_own(deadline: Deadline) -> bool:
    what = fold(deadline.what or "").rstrip(" .")
    return bool(_PROVINCE_OWN.match(what) or _PROVINCE_MEETING.search(what) or _PROVINCE_EVENT.match(what)
                or _FOR_LOWER_LEVEL.match(fold(deadline.to or "")))


_ISSUE_NEAR = re.compile(r"\b(?:ke hoach|phat dong|ban hanh)\b")


def _nearest_clause(deadline: Deadline) -> str:
    """The folded words of the act nearest the date: the last comma- or semicolon-separated part of `what`."""
    parts = [p for p in re.split(r"[,;:]", fold(deadline.what or "")) if re.search(r"[a-z]{2}", p)]
    return parts[-1] if parts else ""


def _closes_with_review(mine: Deadline, parent_deadlines: list[Deadline]) -> bool:
    """A ward's closing report with its review ("báo cáo và tổng kết đợt rà soát trước 31/12/2026") when the parent
    holds its own review then or later: it answers the review, not the earlier reports (round 23, I54-A). Not when the
    parent dates a review report of its own ("báo cáo tổng kết năm trước 10/11"): that one binds it (I57-B)."""
    if "tong ket" not in fold(mine.what or ""):
        return False
    if any(d.kind == "report" and "tong ket" in fold(d.what or "") for d in parent_deadlines):
        return False
    return any("tong ket" in fold(d.what or "") and d.date and (gap := _gap(mine, d, "once")) is not None and gap <= 0
               for d in parent_deadlines)  # fmt: skip


# The wards named as the ones who act: "Ủy ban nhân dân cấp xã gửi danh sách về Sở trước ngày 30/4".
_LOWER_LEVEL_ACTS = re.compile(r"\b(?:uy ban nhan dan|ubnd) (?:cac )?(?:cap )?(?:xa|phuong)\b|^(?:cac )?(?:xa|phuong)\b")


def _other_bodies_lines(parent) -> set[int]:
    """The lines of the tasks the parent gives to a body other than the lower level (a department, the police ...)."""
    return {line for it in parent.items() if it.kind == "duty" and it.span is not None and not is_lower_level(it.body)
            for line in range(it.span.line_start, it.span.line_end + 1)}  # fmt: skip


def _in_another_bodys_task(parent, index: int, deadline: Deadline, other_lines: set[int]) -> bool:
    """A date inside a department's own task ("Sở Nội vụ: ... tổ chức tập huấn nghiệp vụ ... cho công chức cấp xã
    trong tháng 02/2026") is the department's, not the wards' (round 41, I140-A: held against the wards' own list
    dates, four false alarms). Not when the task names the wards as the ones who act or report."""
    span = parent.plan.provenance.get(f"/deadlines/{index}")
    if span is None or not other_lines.issuperset(range(span.line_start, span.line_end + 1)):
        return False
    return not _LOWER_LEVEL_ACTS.search(fold(deadline.what or ""))


_BELOW_WARD_BODY = re.compile(r"^(?:to truong|truong|bi thu chi bo|ban cong tac mat tran)(?: cac)? (?:thon|ap|ban|khom|khu pho|to dan pho|"
                              r"khu dan cu|to)\b")


def _below_ward_indices(child) -> set[int]:
    """The child's dates set for its own units, in the task of a hamlet or residential group ("6. Trưởng ấp: ... báo
    cáo kết quả sơ tuyển của ấp trước ngày 12/11/2026"): reports to the ward, not answers to the parent's dates
    (round 42, I143-B08: that one met the province's 15/11, so the ward's own late 20/11 report was not read)."""
    # Only where the unit is named on the task's first line: a paragraph after its item ("Phòng Kinh tế tham mưu UBND
    # xã báo cáo UBND tỉnh ...") may be read as one more of its tasks (I10-B06).
    document = child.document
    if document is None:
        return set()
    named = [it for it in child.items() if it.kind == "duty" and it.span is not None and it.body
             and _BELOW_WARD_BODY.match(fold(it.body)) and fold(it.body) in fold(document.lines[it.span.line_start - 1].text)]  # fmt: skip
    out = set()
    for ci, deadline in enumerate(child.plan.deadlines):
        span = child.plan.provenance.get(f"/deadlines/{ci}")
        if span is None or _goes_up(deadline):
            continue
        for it in named:
            if not it.span.line_start <= span.line_start <= span.line_end <= it.span.line_end:
                continue
            # ... and no clause between the unit's name and the date opens with another body ("4. Trưởng các ấp báo cáo
            # về Phòng Kinh tế trước ngày 10 ... . Ủy ban nhân dân xã báo cáo Sở ...", I123-A06)
            between = document.text[document.lines[it.span.line_start - 1].char_start : span.char_start + 1]
            if not any(_OTHER_SUBJECT.match(fold(part)) for part in re.split(r"[.;]\s+", between)[1:]):
                out.add(ci)
    return out


_OTHER_SUBJECT = re.compile(r"\s*(?:de nghi )?(?:uy ban nhan dan|ubnd|phong|van phong|cong an|tram y te|ban chi huy|ban chqs|"
                            r"hoi|doan|chu tich|cong chuc|truong tram|mat tran|ubmttq)\b")


def check(parent, child, ctx) -> list[Finding]:
    parent_classes, child_classes = _classified(parent.plan.deadlines), _classified(child.plan.deadlines)
    other_lines = _other_bodies_lines(parent)
    parent_deadlines = [(i, d, *parent_classes[i]) for i, d in enumerate(parent.plan.deadlines)
                        if d.date and not _province_own(d) and not _in_another_bodys_task(parent, i, d, other_lines)]  # fmt: skip
    lines = ({ci: text for ci in range(len(child.plan.deadlines)) if (text := _line_of(child, ci))},
             {pi: text for pi, *_ in parent_deadlines if (text := _line_of(parent, pi))})
    answers = _best_answers(parent_deadlines, child.plan.deadlines, child_classes, child.plan.title or "", lines)
    phrases = {pi: _phrase(parent, pi) for pi, *_ in parent_deadlines}  # (once per parent date, not per pair)
    timeline_dates = _timeline_dates(child)
    own_units = {ci for ci, d in enumerate(child.plan.deadlines) if internal(d)} | _below_ward_indices(child)
    # The plan's topic, in both titles ("phòng, chống rét"), names every report: it tells none from another (round 29,
    # I95-A04: "báo cáo kết quả kiểm tra công tác chuẩn bị phòng, chống rét" was paired with the closing report "tổng
    # kết công tác phòng, chống rét", not the inspection report it is).
    topic = _pairs(fold(parent.plan.title or "")) | _pairs(fold(child.plan.title or ""))
    # One finding per phrase of the child: (its line, the month and day of both dates) -> the finding.
    reported: dict[tuple, Finding] = {}
    for ci, mine in enumerate(child.plan.deadlines):
        if not mine.date or ci in own_units or _PROVINCE_REVIEW.search(fold(mine.what or "").rstrip(" .")):
            continue
        my_kind, my_period = child_classes[ci]
        if my_kind == "report" and _closes_with_review(mine, parent.plan.deadlines):
            continue
        if my_kind == "issue" and not _ISSUE_NEAR.search(_nearest_clause(mine)):
            # "Tháng 01 - 02/2026 ban hành Kế hoạch, thành lập Tổ công tác, kiểm đếm, phân loại sổ (xong trước 28/02)":
            # the date is the last act's, not the plan's issue (round 24, I63-B05, I63-B12)
            my_kind = "other"
        if my_kind == "other" and (_in_timeline(child, ci, mine, timeline_dates) or dated_review(mine)):
            continue  # (a review fixed to a day is a step of the timeline: judged there, round 38)
        if my_kind == "other" and review_in_month(mine):
            continue  # (and so is one held in a month: round 44, I159-A08)
        # The lower level must meet the earliest parent date of the same kind, period and cycle (later
        # ones are for the parent's own offices, which compile the reports).
        window = []
        for pi, theirs, their_kind, their_period in parent_deadlines:
            cycle = my_period
            if _last_quarter_too(mine, my_kind, my_period, theirs, their_kind, their_period):
                cycle = "quarterly"
            elif (their_period != my_period and not _one_review(mine, my_period, theirs, their_period)) or (
                their_kind != my_kind and not _results_sent_there(mine, my_kind, theirs, their_kind, phrases[pi])
            ):
                continue
            # Reports and the issuing of the plan are one obligation per period; anything else only when
            # the words show it is the same task.
            # (or the child's words restate two of the parent's: "Kết quả kiểm kê nghệ nhân, đội xòe, điệu xòe" for "gửi
            # kết quả kiểm kê", whose last clause alone shares none; round 66, I286-A07)
            if my_kind == "other" and (not (same_task(mine, theirs) or _only_sent(mine) or _only_sent(theirs)
                                            or len(_content_pairs(mine) & _content_pairs(theirs)) >= 2)
                                       or ci not in answers.get(pi, ())):
                continue
            gap = _gap(mine, theirs, cycle)
            # "trong tháng 12/2026" against "trước ngày 15/12/2026": the ward may well finish by the 15th;
            # only a later month is a conflict. The date it meets stays a milestone it answers: dropped, it left a
            # ward's "tổng kết năm ... tháng 12/2026" held against the inspection report due 20/5 (round 28, I83-A09).
            if gap is not None and gap > 0 and _month_only(mine) != _month_only(theirs):
                same_month = month_day(mine.date)[:2] == month_day(theirs.date)[:2] or (
                    my_period != "once" and month_day(mine.date)[1] == month_day(theirs.date)[1]
                )
                if same_month:
                    gap = 0
            if gap is not None:
                window.append((gap, pi, theirs))
        if not window:
            continue
        if my_period != "once" and len(window) > 1:
            window = _named_period(window, mine, my_period)
        # Two yearly reports of the parent on two days ("kết quả ra quân nạo vét trước ngày 10/9 hằng năm và ... kết quả
        # thực hiện Kế hoạch trước ngày 15/12 hằng năm") are told apart as one-off milestones are, below: a ward's year
        # report answers the one its words or its date come nearest, not the earliest (round 33, I115-B: eleven
        # children held to 10/9).
        yearly_pair = my_period == "yearly" and len({month_day(w[2].date) for w in window}) > 1
        if (my_period == "once" or yearly_pair) and len(window) > 1:
            # One-off dates are milestones of their own ("báo cáo kết quả chuẩn bị trước 05/12/2026", "báo cáo
            # tổng kết mùa khô trước 10/6/2027"): held against the parent milestones whose words the child's
            # task shares most. With no word to tell them apart: a report is days or weeks late, not months, so a
            # parent milestone passed more than _LATE_AT_MOST days before the child's date belongs to an earlier
            # report (a school year's end-of-year report in May is not the mid-year one due in January); the
            # child then answers the next milestone, and is late only against one it missed by weeks.
            # One phrase's dates share their words ("Báo cáo nhanh kết quả lễ ra quân và báo cáo kết quả chiến dịch ...
            # trước 20/4 và 20/5/2026"): a milestone one sibling date meets more nearly is that one's (round 42,
            # I144-A04: the 20/5 report was held against the quick report due 20/4, which its sibling meets).
            # (only a milestone it is late for: one it meets stays its own, I122-B10)
            siblings = [cj for cj, other in enumerate(child.plan.deadlines) if cj != ci and other.what == mine.what]
            kept = _not_answered_nearer(window, ci, child.plan.deadlines, child_classes, own_units, siblings)
            window = [w for w in window if w[0] <= 0 or w in kept] or window
            # A report that names its review ("Báo cáo tổng kết gửi Sở ...") answers the parent's report of that review,
            # however many words it shares with the other's (round 58, I232-A11, I237-B10: held to the sơ kết report)
            review = _review_named(mine)
            if review and any(_review_named(w[2]) == review for w in window):
                window = [w for w in window if _review_named(w[2]) == review]
            # (a parent date that only says where it goes is named by its sentence: "lập danh sách vùng trồng đề nghị cấp mã
            # số gửi Sở ... trước ngày 31 tháng 3" for the ward's "Danh sách vùng trồng đề nghị cấp mã số | Trước 05/4/2026",
            # which shared more with the year report's "hồ sơ đề nghị công nhận vùng trồng"; round 67, I291-A11)
            shared = {pi: len((task_pairs(mine) & _named_by(theirs, phrases[pi])) - topic) for _, pi, theirs in window}
            best = max(shared.values())
            window = [w for w in window if shared[w[1]] == best]
            if len(window) > 1:
                # Every milestone met more nearly by another date of the ward: this one repeats one of them ("báo
                # cáo kết quả thực hiện trước 18/6" beside "sau thi, báo cáo kết quả trước 20/6"): the nearest it is
                # (round 25, I75-A01: held against the 29/5 report on preparations, which the ward's 27/5 meets).
                window = (_not_answered_nearer(window, ci, child.plan.deadlines, child_classes, own_units)
                          or [min(window, key=lambda w: abs(w[0]))])  # fmt: skip
                missed = [w for w in window if 0 < w[0] <= _LATE_AT_MOST]
                upcoming = [w for w in window if w[0] <= 0]
                if missed:
                    window = missed
                elif upcoming:
                    window = [max(upcoming, key=lambda w: w[0])]
                else:
                    window = [min(window, key=lambda w: w[0])]
        # Equally late against "ngày 15 của tháng cuối quý" and "quý II trước ngày 15/6": cite the dated one.
        gap, pi, theirs = max(window, key=lambda w: (w[0], month_day(w[2].date)[1] is not None))
        if gap <= 0:
            continue
        child_evidence = child.evidence(f"/deadlines/{ci}", mine.what or vn(mine))
        # One date said for this year and every year ("trước ngày 10/12/2026 (các năm tiếp theo trước ngày 10/12 hằng
        # năm)") against the parent's likewise is one conflict, stated for every year (round 47, I168-A01: two findings).
        # (A deadline not found on a line is a phrase of its own.)
        line = child_evidence.line if child_evidence.line is not None else f"/deadlines/{ci}"
        phrase = (line, month_day(mine.date)[1:], month_day(theirs.date)[1:])
        if phrase in reported and my_period != "yearly":
            continue
        reported[phrase] = Finding(
            type="deadline_conflict",
            severity="high",
            message=(
                f"Thời hạn {_KIND_VN[my_kind]} của kế hoạch ({vn(mine)}) muộn hơn thời hạn kế hoạch cấp trên yêu cầu "
                f"({vn(theirs)}); đề nghị điều chỉnh để bảo đảm đúng hạn."
            ),
            parent_evidence=parent.evidence(f"/deadlines/{pi}", theirs.what or vn(theirs)),
            child_evidence=child_evidence,
        )
    return list(reported.values())


_REVIEWED = re.compile(r"\bso ket\b")


def _one_review(mine: Deadline, my_period: str, theirs: Deadline, their_period: str) -> bool:
    """The ward's "báo cáo sơ kết trước ngày 15/7/2026" is the parent's "Báo cáo sơ kết 6 tháng trước ngày 20/7/2026":
    it need not repeat "6 tháng" (round 55, I225-B01: held against the vaccination report due 10/5 instead)."""
    return ({my_period, their_period} == {"once", "half-year"}
            and all(_REVIEWED.search(fold(d.what or "")) for d in (mine, theirs)))  # fmt: skip


# Word pairs a ward's report shares with the parent's sentence for it to name what that sentence sends.
_NAMES_WHAT_IS_SENT = 3


def _phrase(side, index: int) -> str:
    """The folded words of a side's deadline as its text says them, from its sentence's start to the date."""
    deadline = side.plan.deadlines[index]
    span = side.plan.provenance.get(f"/deadlines/{index}")
    if span is None or side.document is None:
        return fold(deadline.what or "")
    return fold(side.document.text[span.char_start : span.char_end])


def _results_sent_there(mine: Deadline, my_kind: str, theirs: Deadline, their_kind: str, their_phrase: str = "") -> bool:
    """The parent dates only the sending of a task's results to an office ("Rà soát hiện trạng ..., gửi kết quả về Sở
    Nông nghiệp và Môi trường trước ngày 30/6/2026"): the ward's report to that office ("Tổng hợp kết quả rà soát ...,
    báo cáo Sở Nông nghiệp và Môi trường trước 15/7") is that sending (round 53, I193-A04: never paired, a kind apart)."""
    if my_kind != "report" or their_kind != "other" or not _only_sent(theirs):
        return False
    # (results, not a dossier: "hồ sơ ... gửi Sở Tư pháp trước 15/11" is not the year's report sent there, I48-B) ...
    # or what the ward's report names, as the parent's sentence does ("lập danh sách vùng trồng tập trung đề nghị cấp mã
    # số, gửi Sở ... trước ngày 30 tháng 4" for "Báo cáo Danh sách vùng trồng tập trung đề nghị cấp mã số"; round 60,
    # I253-A02: a late list was paired with nothing)
    named = len(_content_pairs(mine) & _pairs(_without_recipient(their_phrase))) >= _NAMES_WHAT_IS_SENT
    if not re.search(r"\bket qua\b", fold(theirs.what or "")) and not named:
        return False
    # (a report's office is often only in its words, without "gửi": "báo cáo Sở Nông nghiệp và Môi trường")
    mine_words = fold(mine.what or "")
    offices = [office.strip() for office in _recipients(theirs) if _ABOVE.search(office)]
    return _same_recipient(mine, theirs) or any(
        re.search(rf"\b(?:bao cao|gui|ve) {re.escape(office)}\b", mine_words) for office in offices
    )


def _named_period(window: list, mine: Deadline, my_period: str) -> list:
    """A child report that names its period ("báo cáo 6 tháng trước ngày 15/6") is held against the parent reports that
    name it too, not those six months apart only by their dates ("báo cáo kết quả tiêm phòng sau mỗi đợt trước ngày
    15/5 và ngày 15/11"): two obligations of one period, told apart by their words (round 29, I100-B)."""
    if period(mine) != my_period:
        return window
    named = [w for w in window if period(w[2]) == my_period]
    return named or window


_NAMES_QUARTER = re.compile(r"\bquy (?:i{1,3}|iv|[1-4])\b")


def _last_quarter_too(
    mine: Deadline, my_kind: str, my_period: str, theirs: Deadline, their_kind: str, their_period: str
) -> bool:
    """ "báo cáo quý IV và kết quả cả năm trước ngày 25/12/2026": one report that is the year's and a quarter's, so
    also held against the parent's dated quarterly reports ("20/3, 20/6, 20/9 và 20/12/2026"); never against a day
    of every quarter ("ngày 20 của tháng cuối quý") nor for a report that names no quarter. So is a half-year's that
    names its quarter ("báo cáo quý II kèm sơ kết 6 tháng trước ngày 20/6/2026", round 41, I141-A10)."""
    return (
        my_kind == their_kind == "report"
        and my_period in ("once", "yearly", "half-year")
        and their_period == "quarterly"
        and month_day(theirs.date)[1] is not None
        and bool(_NAMES_QUARTER.search(fold(mine.what or "")))
    )


def _not_answered_nearer(
    window: list, ci: int, child_deadlines: list[Deadline], child_classes, own_units: set[int],
    among: list[int] | None = None,
) -> list:
    """The parent milestones of `window` that no other child date (of `among`, if given) of the same kind and period
    meets more nearly.
    A ward reporting "đợt 2 trước ngày 10/11/2026" and "báo cáo năm trước ngày 10/12/2026" against the province's
    10/11 and 10/12: the 10/11 report answers the 10/11 milestone, so the 10/12 one is not late against it."""
    kept = []
    for entry in window:
        gap, _, theirs = entry
        nearer = False
        for cj, other in enumerate(child_deadlines):
            if among is not None and cj not in among:
                continue
            # a date the ward sets for its own units ("thôn báo cáo UBND xã trước 10/12") answers no parent date
            if cj == ci or not other.date or child_classes[cj] != child_classes[ci] or cj in own_units:
                continue
            other_gap = _gap(other, theirs, "once")
            if other_gap is not None and abs(other_gap) < abs(gap):
                nearer = True
                break
        if not nearer:
            kept.append(entry)
    return kept


_LATE_AT_MOST = 45  # days: beyond this a later one-off date answers a later milestone of the parent

_KIND_VN = {"report": "báo cáo", "issue": "ban hành, triển khai kế hoạch", "other": "thực hiện"}
