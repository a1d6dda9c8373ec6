"""Deadlines: dated obligations such as "gửi báo cáo ... về Phòng Văn hóa - Xã hội trước ngày 15/12"
(every year when the sentence says hằng năm), with what is due and to whom."""

from __future__ import annotations

import re

from ..model import Deadline
from .citations import expand_abbreviations, iso_date
from .deadline_kinds import REPORT_ABBREVIATION
from .number_words import dates_in_digits
from .text import fold, norm_space

# On folded text (same offsets as the original); cue words may carry a damaged letter
# ("trudée ngày 15/12", "chậm nhât"), so "tr..." counts as trước only right before "ngày <date>".
_NGAY = r"ng[a-z]{1,3}y?"
_DAY_MONTH = r"(?P<d>\d{1,2})\s*(?:[/.\-]|\s+th[a-z]{2,3}g\s+)\s*(?P<m>\d{1,2})(?:\s*(?:[/.\-]|\s+n[a-z]{1,2}m\s+)\s*(?P<y>(?:19|20)\d{2}))?"
# "trước 10 giờ ngày 08/02/2027", "trước 16h00 ngày 10/02": the hour of a quick report (round 29, I99-A: not read)
_HOUR = r"(?:\d{1,2}\s*(?:gio|h)(?:\s*\d{2}(?:\s*phut)?)?\s+)?"
# ("Trúc 15/12/2026": English-model OCR's "Truc" restored to a word, before a date that has no "ngày"; round 58, I235-A05)
_DEADLINE = re.compile(
    rf"(?:\btr(?!ong\b)[a-z]{{2,5}}\s+{_NGAY}\s+|(?:\btruoc|\btruc(?=\s+\d{{1,2}}\s*/)|ch[a-z]m nh[a-z]t(?:\s+la)?|han (?:chot|cuoi)|khong muon hon|hoan thanh truoc|xong truoc)\s+{_HOUR}(?:{_NGAY}\s+)?){_DAY_MONTH}"
    rf"|(?:\btruoc|ch[a-z]m nh[a-z]t(?:\s+la)?)\s+{_NGAY}\s+(?P<md>\d{{1,2}})\s+hang\s+thang"
    # "trước ngày 20 của tháng cuối quý": a day of each quarter's last month (---DD, recurring quarterly).
    rf"|(?:\btruoc|ch[a-z]m nh[a-z]t(?:\s+la)?)\s+{_NGAY}\s+(?P<qd>\d{{1,2}})\s+(?:cua\s+)?thang\s+cuoi\s+(?:cua\s+)?(?:moi\s+)?quy\b"
    rf"|(?:\btruoc|\btrong|ch[a-z]m nh[a-z]t(?:\s+la)?)\s+thang\s+(?P<mo>\d{{1,2}})\s*(?:/|\s+nam\s+)\s*(?P<yo>(?:19|20)\d{{2}})",
)
_YEARLY = re.compile(r"\b(hang|moi)\s+nam\b|dinh ky\s+hang\s+nam")
_QUARTERLY = re.compile(r"\b(hang|moi)\s+quy\b")
_MONTHLY = re.compile(r"\b(hang|moi)\s+thang\b")
# A bracketed aside is part of the office: "Sở Nông nghiệp và Môi trường (qua Chi cục Trồng trọt ...)" does not end at
# "Trồng" (folded "trong", a cue of the date). A table's cell border ends it ("về Sở ... | Phòng Văn hóa - Xã hội |").
_TO = re.compile(r"\b(?:gui\s+)?(?:ve|den|cho)\s+(?P<to>(?:uy ban|ubnd|phong|ban|so|van phong|hoi dong|trung tam|bo|cuc|thuong truc|chu tich|xa|phuong|cong an)\b(?:\([^()]*\)|[^;.(|])*?)\s*(?=,?\s*(?:\b(?:truoc|cham nhat|de|trong|hang|dinh ky)\b|:|\||$))")
_WHAT = re.compile(r"\b(bao cao|gui|hoan thanh|tong hop|nop|dang ky|xay dung|ban hanh)\b(?P<rest>.*)$")


# "trước ngày 15/6 và 15/12": further dates of one deadline phrase, each a deadline of its own.
_MORE_DATES = re.compile(rf"\s*(?:,|va|hoac)\s*(?:(?:truoc\s+)?{_NGAY}\s+)?{_DAY_MONTH}")
# Words that make a day-and-month date recur every year ("định kỳ 6 tháng", "hằng năm").
_RECURRING_YEARLY = re.compile(r"\b(?:hang|moi)\s+nam\b|\bdinh ky\b|\b0?6 thang\b|\bsau thang\b|\bnua nam\b")


# "trước ngày 10/6 (báo cáo 6 tháng) và trước ngày 10/12 (báo cáo năm)": a short note in brackets right after
# a date says what that date is for; it belongs to the date before it, not to the next one.
_DATE_NOTE = re.compile(r"\s*\((?P<note>[^()]{2,40})\)")
_NOTE_CUE = re.compile(r"\bbao cao\b|\bthang\b|\bnam\b|\bquy\b|\bso ket\b|\btong ket\b")


def _chain_dates(chain: list[re.Match]) -> list[tuple[str | None, str | None]]:
    """(ISO date, recurring) of each date of one phrase. "Trước 20/4 và 20/5/2026": the year written once, on the last
    date, is every date's (round 42, I144-A04: the 20/4 report read as yearly and the 20/5 one held against 20/4)."""
    dates = [_date_of(m) for m in chain]
    last, _ = dates[-1]
    if len(dates) < 2 or last is None or last.startswith("-") or len(last) != 10:
        return dates
    year, month = int(last[:4]), int(last[5:7])
    out = []
    for date, recurring in dates:
        if date is not None and recurring is None and re.fullmatch(r"--\d{2}-\d{2}", date):
            # a month after the last date's is the year before ("trước 20/12 và 15/01/2027")
            date = f"{year - (int(date[2:4]) > month)}{date[1:]}"
        out.append((date, recurring))
    return out


def _date_of(m: re.Match) -> tuple[str | None, str | None]:
    """(ISO date, recurring) of one date match; recurring "monthly" for "ngày 20 hằng tháng"."""
    groups = m.groupdict()
    if groups.get("md"):
        return f"---{int(m.group('md')):02d}", "monthly"
    if groups.get("qd"):
        return f"---{int(m.group('qd')):02d}", "quarterly"
    if groups.get("mo"):
        return iso_date(m.group("yo"), m.group("mo")), None
    if m.group("y"):
        return iso_date(m.group("y"), m.group("m"), m.group("d")), None
    d, mo = int(m.group("d")), int(m.group("m"))
    return (f"--{mo:02d}-{d:02d}" if 1 <= d <= 31 and 1 <= mo <= 12 else None), None


# The period named right before the report: "Định kỳ 6 tháng báo cáo kết quả ..." (round 23, I56-B: without it the
# six-monthly report read as yearly, and every ward's annual report was held against its date).
_PERIOD_LEAD = re.compile(r"(?:\bdinh ky\s+)?(?:\b0?6 thang|\bsau thang|\bnua nam|\bhang (?:quy|thang|nam))\s*,?\s*$")


# After the date: the report is gathered to be sent on ("để tổng hợp, báo cáo Sở ...", "để tổng hợp báo cáo UBND tỉnh").
_ONWARD = re.compile(r"\s*(?:hang (?:nam|quy|thang)\s*)?,?\s*(?P<onward>de (?:tong hop,? )?(?:va )?bao cao "
                     r"(?:(?:bo|so)\b|[^;.]*?\b(?:tinh|thanh pho)\b)[^;.]*)")


_AWARD_CONDITION = re.compile(r"\bkhen thuong\b[^;]*\b(?:hoan thanh|dat)\b[^;]*$|\bphan dau\b[^;,]{0,40}$")
_SUBMITS = re.compile(r"\b(?:gui|nop|trinh|bao cao)\b")


def _what_of(part: str) -> str | None:
    """What is due, from the words before a date: from "báo cáo" (else another act) on, with a period named just before."""
    folded = fold(part)
    reports = [m for m in (re.search(r"\bbao cao\b", folded), REPORT_ABBREVIATION.search(part)) if m]
    wm = min(reports, key=lambda m: m.start()) if reports else _WHAT.search(folded)
    if not wm:
        return None
    lead = _PERIOD_LEAD.search(folded, 0, wm.start())
    start = lead.start() if lead else wm.start()
    return REPORT_ABBREVIATION.sub("báo cáo", norm_space(part[start:]).strip(" ,:(")) or None


_WORD = re.compile(r"[^\W\d_]{2}")


def _task_cell(text: str, cue_start: int, date_end: int, what: str) -> str | None:
    """What is due in a table row whose date stands in a cell of its own: the task's cell, not the bodies' cells between
    it and the date ("| 10 | ...; lập cơ sở dữ liệu gửi Sở Công Thương | Phòng Kinh tế, Hạ tầng và Đô thị | Trưởng các khu
    phố | Trước 15/4/2026 |", round 62, I263-B01: its office was lost among them); the first cell with words (a row number
    before it, "| 3 | Gửi báo cáo sơ kết ...", is no task), unless the date's own cell names its act ("| trước 30/11/2026:
    xong 120 nhà, bàn giao |", a schedule row, I16-B04). `what` unchanged when the date shares its cell with words."""
    cell_start = text.rfind("|", 0, cue_start)
    if cell_start < 0 or re.search(r"[^\W\d_]", text[cell_start + 1 : cue_start]):
        return what
    cell_end = text.find("|", date_end)
    own = text[date_end : cell_end if cell_end >= 0 else len(text)].strip(" :;,.")
    if _WORD.search(own):
        return own
    return next((c.strip() for c in what.split("|") if _WORD.search(c)), None)


# Nothing before a date but the label of its list entry ("4. Trước ngày ...", "- Trước ngày ...").
_BARE_LABEL = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-–+•*])?\s*$")


_REVIEW = re.compile(r"\b(?:so ket|tong ket)\b")


# A sentence that only closes the one before: "Hoàn thành trước ngày 25/8/2026."
_BARE_COMPLETION = {"", "hoan thanh", "xong", "thuc hien", "thoi han hoan thanh", "thoi gian", "thoi gian hoan thanh"}
# A later report of a list named by its object alone: "...; kết quả đợt 2 trước ngày 20/6" (folded; the comparer's
# discharge reads such a clause as a report too).
ELLIPTICAL_REPORT = r"(?:ket qua|tinh hinh|so lieu)\b"
_ELLIPTICAL_REPORT = re.compile(ELLIPTICAL_REPORT)


def _listed_report(local: str, before: str) -> str | None:
    """A review named next in a list of reports ("báo cáo ... trước ngày 08/5, sơ kết 6 tháng ... trước ngày 12/6"): the
    report of that review."""
    review = _REVIEW.search(fold(local))
    if not review or not re.search(r"\bbao cao\b", fold(before)):
        return None
    return "báo cáo " + norm_space(local[review.start() :]).strip(" ,:(")


# A schedule table that leads each row with its day: "| Thời hạn | Công việc | Đơn vị chủ trì |" over "| 10/7/2026 | Ủy ban
# nhân dân xã gửi báo cáo kết quả 6 tháng về Sở Nông nghiệp và Môi trường | ... |" (round 59, I247-A12: no "trước", so
# the ward's late report was never read).
_TIME_TITLE = re.compile(r"(?:moc )?(?:thoi han|thoi gian|ngay)\b")
_ROW_DATE = re.compile(r"\|?\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d{2})\s*\|")


# ... or due before it: "| Trước 25/5/2026 | Phiếu kiểm kê, danh sách nghệ nhân | ... | Sở Văn hóa, Thể thao và Du lịch |"
_ROW_DUE = re.compile(r"\|?\s*(?:trước|chậm nhất)\s+(?:ngày\s+)?(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d{2})\s*\|",
                      re.IGNORECASE)
_ABOVE_OFFICE = re.compile(r"^(?:so|bo|cuc|(?:uy ban nhan dan|ubnd|van phong ubnd) (?:tinh|thanh pho))\b")


def _date_led_row(text: str, table_header: str | None) -> tuple[Deadline, int, int] | None:
    """The report a date-led row of such a table sends, with the date's offsets; None for any other row. In a table with
    a column for where each item goes ("| Thời hạn | Văn bản | Đơn vị thực hiện | Nơi nhận |"), any item sent up is one
    too (round 64, I273-B01: a late list of artisans, sent to the city's department, was read without its words)."""
    if not table_header or text == table_header:
        return None
    titles = _cells(table_header)
    if not titles or not _TIME_TITLE.fullmatch(fold(titles[0])):
        return None
    row = _cells(text)
    task = row[1] if len(row) > 1 else ""
    m = _ROW_DATE.match(text.strip())
    if not re.search(r"\bbao cao\b", fold(task)) and not REPORT_ABBREVIATION.search(task):
        m = _ROW_DUE.match(text.strip())
        to = _recipient_cell(table_header, text)
        date = iso_date(m.group("y"), m.group("m"), m.group("d")) if m else None
        if (date is None or to is None or not _ABOVE_OFFICE.match(fold(to)) or not _WORD.search(task)
                or _headed_report_row(table_header, text.strip()) is not None):  # (a table of reports: they are read so)
            return None
        lead = len(text) - len(text.lstrip())
        # (its product a report: "| Trước 20/11/2026 | Kết quả thực hiện Kế hoạch năm 2026 | Báo cáo năm | Sở ... |" is the
        # year's report, I266-A01)
        product = next((c for c in row[2:] if re.match(r"bao cao\b", fold(c))), None)
        what = f"{norm_space(product)}: {norm_space(task)}" if product else norm_space(task)
        return Deadline(date=date, what=what, to=to), lead + m.start("d"), lead + m.end("y")
    if not m:
        return None
    tm = _TO.search(fold(task) + " ")
    to = expand_abbreviations(norm_space(task[tm.start("to") : tm.end("to")])) if tm else None
    date = iso_date(m.group("y"), m.group("m"), m.group("d"))
    if date is None:
        return None
    lead = len(text) - len(text.lstrip())
    return Deadline(date=date, what=norm_space(task), to=to), lead + m.start("d"), lead + m.end("y")


def find_deadlines(text: str, table_header: str | None = None) -> list[tuple[Deadline, int, int]]:
    """Deadlines stated in one paragraph, with their offsets (start, end) in it."""
    led = _date_led_row(text, table_header)
    if led is not None:
        return [led]
    out = []
    notes: list[tuple[int, int]] = []  # offsets of the bracketed notes already given to a date
    series: list[list[int]] = []  # indices into out of dates written "trước 15/5/2028 / trước 15/9/2030"
    last_end = -1
    folded = dates_in_digits(fold(text))
    chained_to = -1  # end of the last chain: "trước ngày 5/6 và trước ngày 25/11" is read once, not twice
    for m in _DEADLINE.finditer(folded):
        if m.start() < chained_to:
            continue
        if last_end >= 0 and text[last_end : m.start()].strip() == "/" and series:
            series[-1].append(len(out))
        else:
            series.append([len(out)])
        last_end = -1
        sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start())) + 2
        sentence_start = 0 if sentence_start == 1 else sentence_start
        chain = [m]
        while True:
            more = _MORE_DATES.match(folded, chain[-1].end())
            if not more:
                break
            chain.append(more)
        chained_to = chain[-1].end()
        ends = [i for i in (text.find(". ", chain[-1].end()), text.find("; ", chain[-1].end())) if i >= 0]
        sentence_end = min(ends) if ends else len(text)
        row = _report_row(text, m.start(), table_header)
        if row is not None:
            # A row of a reporting table: its cells say what is due and to whom; a "; " between recipients
            # ("Đảng ủy phường; Thường trực HĐND phường") does not end a sentence there.
            what, to = row
            for date_match, (date, recurring) in zip(chain, _chain_dates(chain)):
                if date is not None:
                    deadline = Deadline(date=date, recurring=recurring, what=what, to=to)
                    out.append((deadline, m.start(), date_match.end()))
            if len(chain) == 1:
                last_end = chain[-1].end()  # "Trước 15/5/2028 / trước 15/9/2030": paired by _pair_slashed
            continue
        sentence = text[sentence_start:sentence_end]
        before = text[sentence_start : m.start()]
        if _AWARD_CONDITION.search(fold(before)) and not _SUBMITS.search(fold(before)):
            # "khen thưởng các xã hoàn thành số hóa trước ngày 31/10/2026", "phấn đấu hoàn thành trước 31/10/2026": a
            # condition of an award or an aim, no obligation (round 24, I63-B: held against every ward's own 30/11)
            continue
        to = to_end = None  # to_end: where an office named before the date ends, for a period written after it
        tm = _TO.search(fold(before) + " ")
        if tm:
            to = expand_abbreviations(norm_space(before[tm.start("to") : tm.end("to")]))
            to_end = sentence_start + tm.end("to")
        # What is due: the words nearest the date ("...: báo cáo 6 tháng trước ngày 25/6, báo cáo năm
        # trước ngày 10/12": after the colon or the previous date), else the whole sentence before it,
        # else the words after it ("Định kỳ 6 tháng (trước ngày 15/6 và 15/12) báo cáo kết quả ...").
        local_start = max(sentence_start, text.rfind(":", sentence_start, m.start()) + 1)
        previous = [end for _, _, end in out if sentence_start <= end <= m.start()]
        local_start = max([local_start] + previous)
        before_what = before[: tm.start()] if tm else before
        for note_start, note_stop in notes:
            # "báo cáo Sở ... trước ngày 05/6 (báo cáo 6 tháng) và trước ngày 05/12": the earlier date's note.
            if sentence_start <= note_start and note_stop <= m.start():
                a, b = note_start - sentence_start, note_stop - sentence_start
                before_what = before_what[:a] + before_what[b:]
        if to is None:
            # the office after the dates: "báo cáo ... trước ngày 01/7/2026 về Phòng Văn hóa - Xã hội" (round 23, I56-A:
            # a report to the ward's own office was held against the province's date)
            after = text[chain[-1].end() : sentence_end]
            tm_after = _TO.match(fold(after).lstrip(" ,").rstrip(" .;") + " ")
            if tm_after:
                lead = len(after) - len(after.lstrip(" ,"))
                to = expand_abbreviations(norm_space(after[lead + tm_after.start("to") : lead + tm_after.end("to")]))
        local_end = sentence_start + tm.start() if tm and sentence_start + tm.start() >= local_start else m.start()
        local_to = _TO.search(fold(text[local_start : m.start()]) + " ") if local_start > sentence_start else None
        if local_to and local_start + local_to.start() >= local_start:
            # the next report of a list names its own office: "báo cáo kết quả ... về Sở Giáo dục trước ngày 08/5, sơ
            # kết 6 tháng về Sở Văn hóa ... trước ngày 12/6" (round 26, I81-B08: both read as the first report)
            to = expand_abbreviations(norm_space(text[local_start + local_to.start("to") : local_start + local_to.end("to")]))
            to_end = local_start + local_to.end("to")
            local_end = local_start + local_to.start()
        local = _without_asides(text[local_start:local_end])
        what = _what_of(local) or _listed_report(local, before) or _what_of(_without_asides(before_what))
        what = _with_report_label(text, m.start(), what)
        what = _with_review(text, m.start(), what)
        if what and to_end is not None:
            # the period after the office: "Báo cáo kết quả thực hiện về Sở ... định kỳ 6 tháng trước ngày 15/6/2026" (round
            # 31, I108-A: typed a one-off report, and every ward's internal year-end report was held against it)
            gap = norm_space(text[to_end : m.start()]).strip(" ,")
            if re.match(r"(?:dinh ky|hang)\b", fold(gap)) and len(gap.split()) <= 5 and fold(gap) not in fold(what):
                what = f"{what} {gap}"
        if what is None:
            after = text[chain[-1].end() : sentence_end]
            after = re.split(r"\s(?:để|nhằm)\s", after, maxsplit=1)[0]
            own_cell = text[text.rfind("|", 0, m.start()) + 1 : m.start()] if "|" in text[: m.start()] else ""
            if len(re.findall(r"[^\W\d_]{2,}", own_cell)) >= 2:
                # a date inside a cell of words ("| ...; tổ chức tổng kết năm trong tháng 01/2027 | Trạm Y tế phường |
                # Báo cáo tổng kết, quyết định công nhận |") is that cell's: the product column after it is not its act
                # (round 66, I286-B10: the review month was read as a report due after the province's)
                after = after.split("|")[0]
            am = _WHAT.search(fold(after))
            lead = norm_space(before).strip(" -–+•(:,")
            later = _DEADLINE.search(folded, chain[-1].end(), sentence_end)
            if am and lead and later and chain[-1].end() + am.start() < later.start():
                # Words before the date name it; the act after it leads to the next date of the sentence: "tổng kết năm
                # trong tháng 12/2026, báo cáo tổng kết gửi Sở trước ngày 20/11/2026" (round 53, I206-B01: the month was
                # read as the report, late against the parent's 25/11). Not an act after both dates: "Định kỳ 6 tháng
                # (trước ngày 10/6) và hằng năm (trước ngày 10/12) báo cáo kết quả ..." is due on each (I12-B10).
                what = lead
            elif am:
                tail = after[am.start() :]
                if to is None:
                    tm2 = _TO.search(fold(tail) + " ")
                    if tm2:
                        to = expand_abbreviations(norm_space(tail[tm2.start("to") : tm2.end("to")]))
                        tail = tail[: tm2.start()]
                what = norm_space((lead + " " if lead and len(lead.split()) <= 6 else "") + tail).strip(" ,.") or None
            elif _BARE_LABEL.match(before_what) and after.lstrip().startswith(":"):
                # "4. Trước ngày 05/3/2027: sơ kết công tác quản lý lễ hội ...": a dated step, its act after the colon
                # (round 38, I126-A: read as due "4")
                what = norm_space(after).strip(" :;,.") or None
            else:
                what = _with_list_lead(text, sentence_start, norm_space(before_what).strip(" -–+•(:,") or None)
        if fold(what or "").strip(" .") in _BARE_COMPLETION and text[sentence_start - 2 : sentence_start] == ". ":
            # "Rà soát, lập danh sách trẻ em ... làm căn cứ thăm, tặng quà. Hoàn thành trước ngày 25/8/2026.": the
            # sentence before says what is to be done (round 29, I97-A: read with no task at all). Not after "; ": the
            # clauses before it list several acts (I48-A01: "Kiện toàn Tổ công tác ..., Ban quản lý chợ; hoàn thành trước")
            previous = text.rfind(". ", 0, max(sentence_start - 2, 0))
            if fold(what or "").startswith("thoi gian"):
                # "... Thời gian: hoàn thành trước ngày 30/11/2026." closes its whole paragraph (round 38, I54-A: read as
                # due "Thời gian"); its last sentence may be one body's part (I48-A02: "Tổ trưởng ... cung cấp thông tin")
                previous = -1
            task = norm_space(text[previous + 2 if previous >= 0 else 0 : max(sentence_start - 2, 0)]).strip(" .;")
            what = task or what
        if what and out and _ELLIPTICAL_REPORT.match(fold(what)) and re.search(r"\bbao cao\b", fold(out[-1][0].what or "")):
            # "Báo cáo kết quả đợt 1 về Sở ... trước ngày 15/4/2026; kết quả đợt 2 trước ngày 20/6/2026": the second
            # report is named without its verb (round 29, I98-B: read as a task, every ward's 20/6 report was held to 15/4)
            what, to = f"báo cáo {what}", to or out[-1][0].to
        onward = _ONWARD.match(fold(text[chain[-1].end() : sentence_end]))
        if onward and what:
            # "... trước ngày 08/12 hằng năm để tổng hợp, báo cáo Sở ...": the report is compiled for the level above
            tail = text[chain[-1].end() : sentence_end][onward.start("onward") : onward.end("onward")]
            what = f"{what} ({norm_space(tail).strip(' ,.')})"
        if what and "|" in what:
            what = _task_cell(text, m.start(), chain[-1].end(), what)
        note = _DATE_NOTE.match(text, chain[-1].end())
        note_end = None
        if note and _NOTE_CUE.search(fold(note.group("note"))):
            what = f"{what} ({norm_space(note.group('note'))})" if what else norm_space(note.group("note"))
            note_end = note.end()
            notes.append((note.start(), note.end()))
        for date_match, (date, recurring) in zip(chain, _chain_dates(chain)):
            if date is None:
                continue
            if recurring is None and date.startswith("--"):
                if _QUARTERLY.search(fold(sentence)):
                    recurring = "quarterly"
                elif _YEARLY.search(fold(sentence)) or _RECURRING_YEARLY.search(fold(sentence)):
                    recurring = "yearly"
            end = note_end if note_end is not None and date_match is chain[-1] else date_match.end()
            out.append((Deadline(date=date, recurring=recurring, what=what, to=to), sentence_start, end))
            if recurring in ("quarterly", "monthly"):
                # "trước ngày 20 của tháng cuối quý (ngày 20/3, 20/6, 20/9 và 20/12/2026)": the dates it names.
                for spelled in _spelled_out(folded, date_match.end()):
                    out.append((Deadline(date=spelled, what=what, to=to), sentence_start, date_match.end()))
        if len(chain) == 1 and out and out[-1][0].what == what:
            last_end = chain[-1].end()
    for indices in series:
        _pair_slashed(out, indices)
    return out


# "(ngày 20/3, 20/6, 20/9 và 20/12/2026)" right after a recurring day: the calendar dates it stands for.
_SPELLED_LIST = re.compile(
    rf"\s*\((?:{_NGAY}\s+)?(?P<dates>\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*(?:,|va)\s*\d{{1,2}}\s*/\s*\d{{1,2}})+(?:\s*/\s*(?:19|20)\d{{2}})?)\s*\)"
)
_DAY_SLASH_MONTH = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})")


def _spelled_out(folded: str, at: int) -> list[str]:
    """ISO dates of a bracketed list of day/month dates at `at`; a year after the last one is the list's."""
    listed = _SPELLED_LIST.match(folded, at)
    if not listed:
        return []
    text = listed.group("dates")
    year = re.search(r"/\s*((?:19|20)\d{2})\s*$", text)
    dates = []
    for day, month in _DAY_SLASH_MONTH.findall(text[: year.start()] if year else text):
        if 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
            dates.append(iso_date(year.group(1), month, day) if year else f"--{int(month):02d}-{int(day):02d}")
    return dates


# "gửi Sở Y tế (để tổng hợp, báo cáo UBND tỉnh) trước ngày 05/6": a bracketed purpose is what the recipient does
# with the report, not what is due by the date.
_PURPOSE_ASIDE = re.compile(r"\((?:\s*)(?:để|nhằm|phục vụ)\b[^()]*\)", re.IGNORECASE)


def _without_asides(part: str) -> str:
    return _PURPOSE_ASIDE.sub(lambda a: " " * len(a.group(0)), part)


def _with_review(text: str, date_start: int, what: str | None) -> str | None:
    """A bare report after its review: "| Tháng 6/2026 | Sơ kết 6 tháng; gửi báo cáo về Sở ... trước ngày 25/6/2026 |" is
    the half-year report (round 64, I270-B10: read as a one-off report, held against a list due 31/3). The review is the
    clause before the report's, after "; " or, in one list of clauses, after ", " ("sơ kết 6 tháng trong tháng 6/2026,
    gửi báo cáo về Sở Công Thương trước 25/6/2026", round 65, I280-A10); not a review held on a date of its own
    ("Tổng kết tháng 12/2026; báo cáo ... trước 15/12" is a step, the report after it any report: I169-B03)."""
    if not what or fold(what).strip(" .") not in ("bao cao", "gui bao cao"):
        return what
    pieces = re.split(r"[.;,|]\s*", text[max(0, date_start - 160) : date_start])
    review = norm_space(pieces[-2] if len(pieces) > 1 else "").strip(" -–+•|")
    review = re.sub(r"\s+trong\s+tháng\s+\d{1,2}(?:/\d{4})?$", "", review)
    if re.match(r"(?:so ket|tong ket)\b", fold(review)) and len(review.split()) <= 6 and "/" not in review:
        return f"{review}; {what}"
    return what


def _with_report_label(text: str, date_start: int, what: str | None) -> str | None:
    """ "- Báo cáo năm: gửi Đảng ủy xã ... trước ngày 30/11; gửi Sở Y tế trước ngày 15/12": a clause that names only
    where it goes belongs to the report its item's label before the colon names (on the same line)."""
    if what and re.search(r"\bbao cao\b", fold(what)):
        return what
    line_start = text.rfind("\n", 0, date_start) + 1
    colon = text.rfind(":", line_start, date_start)
    if colon < 0 or ". " in text[colon:date_start]:
        return what
    lead_start = max(text.rfind(". ", line_start, colon) + 2, line_start)
    lead = norm_space(text[lead_start:colon]).strip(" -–+•*")
    if not re.match(r"bao cao\b", fold(lead)) or len(lead.split()) > 8:
        return what
    return f"{lead}: {what}" if what else lead


# A reporting table's row: "Báo cáo 6 tháng | Đảng ủy phường; Thường trực HĐND phường | Trước ngày 05/6/2026".
_ROW_CELL = re.compile(r"\s*\|\s*")
def _cells(row: str) -> list[str]:
    """The cells of a pipe-table row, outer borders dropped."""
    return [c.strip() for c in _ROW_CELL.split(row.strip().strip("|"))]


_ANY_DATE = re.compile(r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?|\b\d{1,2}\s*/\s*\d{4}\b")


def _report_row(text: str, date_start: int, table_header: str | None = None) -> tuple[str, str | None] | None:
    """(what, to) of the table row holding a date when a cell before the date's names a report: that cell is what
    is due, the cells between it and the date's are the recipients."""
    line_start = text.rfind("\n", 0, date_start) + 1
    head = text[line_start:date_start]
    if "|" not in head:
        return None
    cells = []
    # Rows may be joined into one paragraph ("... | Trước ngày 05/6/2026 Báo cáo 6 tháng | Sở Y tế | ..."): the row
    # starts after the previous row's date.
    for cell in reversed([c.strip() for c in _ROW_CELL.split(head)][:-1]):  # the last piece is the date's own cell
        dates = list(_ANY_DATE.finditer(cell))
        if dates:
            cells.insert(0, cell[dates[-1].end() :].strip())
            break
        cells.insert(0, cell)
    reports = [i for i, c in enumerate(cells) if re.match(r"bao cao\b", fold(c).lstrip(" -+*"))]
    # A group label "Báo cáo | Báo cáo sơ kết 6 tháng gửi Sở Xây dựng | ...": the cell that says which report
    # (round 25, I67-B12: read as a one-off "Báo cáo" and never held against the six-monthly 15/6).
    if len(reports) > 1 and len(fold(cells[reports[0]]).split()) <= 2:
        reports = reports[1:]
    report = reports[0] if reports else None
    if report is None:
        return _headed_report_row(table_header, text[line_start:].split("\n")[0]) if table_header else None
    to = _recipient_cell(table_header, text[line_start:].split("\n")[0]) if table_header else None
    if to is None:
        between = [c for c in cells[report + 1 :] if re.search(r"[^\W\d_]{2}", c)]
        to = expand_abbreviations(norm_space("; ".join(between))) if between else None
    return norm_space(cells[report]), to


_RECIPIENT_HEADER = re.compile(r"\b(?:gui (?:den|ve)|noi nhan|co quan nhan|gui)\b")


def _recipient_column(titles: list[str]) -> int | None:
    """Which of a header's columns is headed "Gửi đến" / "Nơi nhận"."""
    return next((i for i, t in enumerate(titles) if _RECIPIENT_HEADER.search(fold(t))), None)


def _recipient_cell(header: str, row_text: str) -> str | None:
    """The cell under the header's "Gửi đến" / "Nơi nhận" column, when the row has the header's columns. The cells
    before it may name who writes the report ("| Báo cáo sơ kết 6 tháng | UBND phường | Sở NN&MT | Trước 20/6 |"),
    not whom it goes to (round 57, I235-A05: sent to the ward's own committee, so never held against the parent)."""
    titles, row = _cells(header), _cells(row_text)
    at = _recipient_column(titles)
    if at is None or len(row) != len(titles) or not re.search(r"[^\W\d_]{2}", row[at]):
        return None
    return expand_abbreviations(norm_space(row[at]))


def _headed_report_row(header: str, row_text: str) -> tuple[str, str | None] | None:
    """A row of a table whose header names reports ("| Báo cáo | Đơn vị | Gửi đến | Thời hạn |" over "| 6 tháng |
    Ủy ban nhân dân xã | Sở Nông nghiệp và Môi trường | Trước 20/6 hằng năm |"): the row's first cell is which
    report, the cell under "Gửi đến" / "Nơi nhận" its recipient (round 25, I71-B11: read as a task, not a report)."""
    if header == row_text:
        return None
    titles, row = _cells(header), _cells(row_text)
    which = next((i for i, t in enumerate(titles) if re.match(r"(?:ky |loai |noi dung |ten )?bao cao\b", fold(t))), None)
    if which is None or which >= len(row) or not re.search(r"[^\W\d_]{2}|\d", row[which]):
        return None
    at = _recipient_column(titles)
    to = None
    if at is not None and at < len(row) and re.search(r"[^\W\d_]{2}", row[at]):
        to = expand_abbreviations(norm_space(row[at]))
    what = row[which] if fold(row[which]).startswith("bao cao") else f"Báo cáo {row[which]}"
    return norm_space(what), to


def _with_list_lead(text: str, sentence_start: int, what: str | None) -> str | None:
    """ "Tổng hợp báo cáo gửi Sở ...: quý I trước ngày 13/3/2026; quý II trước ngày 22/6/2026; ...": a later member
    of a list that names no act of its own ("quý II") is the act its lead before the colon names."""
    colon = text.rfind(":", 0, sentence_start)
    if colon < 0 or ". " in text[colon:sentence_start]:
        return what
    lead_start = max(text.rfind(". ", 0, colon), text.rfind("; ", 0, colon))
    lead = _what_of(text[lead_start + 2 if lead_start >= 0 else 0 : colon])
    return f"{lead}: {what}" if lead and what else what


_SLASH = re.compile(r"\s/\s")


def _pair_slashed(out: list, indices: list[int]) -> None:
    """A table cell "Báo cáo sơ kết giai đoạn 1 / báo cáo tổng kết" over "Trước 15/5/2028 / trước 15/9/2030":
    the dates pair with the slashed topics in order, so each report keeps its own date."""
    if len(indices) < 2 or indices[-1] >= len(out):
        return
    what = out[indices[0]][0].what or ""
    for cell in what.split("|"):
        parts = [p.strip(" ,.") for p in _SLASH.split(cell)]
        if len(parts) == len(indices) and all(parts):
            for index, part in zip(indices, parts):
                deadline, start, end = out[index]
                out[index] = (deadline.model_copy(update={"what": part}), start, end)
            return
