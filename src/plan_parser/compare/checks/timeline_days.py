"""Dated periods: "Tháng hành động được tổ chức từ ngày 15/11/2026 đến ngày 15/12/2026", "Giai đoạn chuẩn bị: từ
ngày 02/3/2026 đến ngày 13/3/2026". A province fixes such periods to the day; a ward that holds the same period on
other days (a campaign moved a week, a month of action started a fortnight early) contradicts it, even when the
months agree and the month-level timeline sees nothing (round 26: I66-B11, I70-B06, I78-B07, I79-A06, I80-B07).

Periods are read off the text, wherever they stand (a timeline part, a run-in "Thời gian:" line, an appendix after
the signature), and paired by the words that name them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from ...parse.timeline import phase_spelled
from ..text import fold

_DAY = r"(?P<{d}>0?[1-9]|[12]\d|3[01])\s*(?:/|\s+thang\s+)\s*(?P<{m}>0?[1-9]|1[0-2])(?:\s*(?:/|\s+nam\s+)\s*(?P<{y}>(?:19|20)\d{{2}}))?"
_PERIOD = re.compile(
    # "từ 01/11/2026 đến 15/12/2026": the word "ngày" may be left out (round 29, I95-A05)
    # ... or a table's cell that is only the period: "| 27/4 - 30/6/2026 |" (round 66, I281-B08)
    # ... or in brackets after a numbered phase: "GĐ2 (01/3 - 31/5/2026)" (round 67, I292-B09; not after any name: "ĐỢT 2:
    # CHIẾN DỊCH LÀM CHO THẾ GIỚI SẠCH HƠN (10/9 - 25/9/2026)" was held against the campaign's peak days, I52-B10)
    r"(?:\btu\s+(?:ngay\s+)?|(?<=\|)\s*|(?<=giai doan \d \()|(?<=giai doan \d\())" + _DAY.format(d="d1", m="m1", y="y1")
    + r"\s*(?:den|toi|[-–])\s*(?:het\s+)?(?:ngay\s+)?" + _DAY.format(d="d2", m="m2", y="y2") + r"(?![\d/])"
)
# Words that say a period is one, not which: dropped before periods are paired by their names.
# ... and the places, which differ between a province's plan and a ward's by design ("trên địa bàn xã").
# ... so are the units below it that hold the event and their share ("tại 100% thôn, tổ dân phố", "Các tổ dân phố tổ chức
# Ngày hội": round 43, I150-A07).
_FILLER = re.compile(r"\b(?:giai doan|thoi gian|duoc|to chuc|dien ra|se|trong|tai|cac|va|cua|la|ke hoach|"
                     r"tren dia ban|toan|xa|phuong|tinh|thanh pho|dac khu|thon|to dan pho|khu dan cu|khu pho)\b"
                     r"|\b\d+(?:[.,]\d+)?\s*%")
_LIST_MARK = re.compile(r"^\s*(?:[-–+•*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))\s*")
_BARE_ACT = re.compile(r"(?:duoc )?(?:thuc hien|trien khai|dien ra|keo dai|bat dau|to chuc)")
# A period two days off is one period written loosely ("đến hết ngày 15/11" against "đến ngày 16/11").
DAY_TOLERANCE = 2
_NUMBERED_PHASE = re.compile(r"\bgiai doan\s+(\d{1,2})\b[^a-z0-9]*(?:tu\s+(?:ngay\s+)?)?$")


@dataclass(frozen=True)
class DatedPeriod:
    line: int
    words: frozenset[str]
    first: date
    last: date
    # "từ ngày 15/11 đến ngày 15/12 hằng năm": the same days every year, whatever year each plan is dated
    yearly: bool = False
    # the name's syllables in order, and whether this is one day an event is held on (`_EVENT_DAY`)
    phrase: tuple[str, ...] = ()
    event: bool = False
    # a named phase of the timeline: "Giai đoạn cao điểm mùa du lịch: từ ngày 01/5/2026 đến ngày 30/9/2026"
    phase: bool = False
    # from the plan's own date ("từ ngày ban hành Kế hoạch đến ngày 30/4/2026"): each plan starts it on its own day
    from_issue: bool = False
    # the number of the phase it dates: "Giai đoạn 2 (01/02/2026 - 31/5/2026)" is "2"
    number: str | None = None


def _name_words(before: str, after: str) -> tuple[str, ...]:
    """The syllables that name a period: the clause before "từ ngày", else the words after its dates."""
    if "|" in before:
        # a schedule table's row: the last cell before the dates that has words, not the row's number ("| 3 | Từ ngày
        # 01/7/2026 đến ngày 30/9/2026 | Tổ chức các lớp dạy bơi ... |" is named after its dates; round 52, I195-B08)
        cells = [cell for cell in before.split("|") if re.search(r"[a-z]{2}", cell)]
        before = cells[-1] if cells else ""
    # the nearest clause: "Chiến dịch tiêm bổ sung vắc xin sởi: đợt 1 từ ngày ..." is named "đợt 1", and its numbers count
    # ("đợt 1" is not "đợt 2")
    clause = re.split(r"[.;:]", before.rstrip(" :(-–"))[-1]
    if _BARE_ACT.fullmatch(clause.split(",")[-1].strip()) and ":" in before:
        # "2.2. Chiến dịch tình nguyện Mùa hè xanh trên địa bàn phường: lễ ra quân ngày 05/7/2026, thực hiện từ 05/7 đến
        # 30/8/2026": a bare act names nothing; the line's run-in label names the period (round 43, I151-B06: unpaired)
        clause = before.split(":")[0]
    clause = _LIST_MARK.sub("", clause.strip(" (-–"))
    words = re.findall(r"[a-z0-9]+", _FILLER.sub(" ", clause))
    if not words:
        # (a schedule table's row: "Từ 10/10/2026 đến 31/10/2026 | Các tổ dân phố tổ chức Ngày hội (phần lễ, ...) | ...")
        words = re.findall(r"[a-z0-9]+", _FILLER.sub(" ", re.split(r"[.;,(|]", after.lstrip(" ):-–|"))[0]))[:8]
    return tuple(words)


def _year(value: str | None) -> int | None:
    return int(value) if value else None


# One day an event is held on, in a ward's plan: "4.4. Quý IV/2026: tổ chức diễn tập thực hành ngày 06/10/2026" (not a
# deadline: "trước ngày 15/10/2026", nor a period's end: "đến ngày ...").
_EVENT_DAY = re.compile(
    r"(?<!truoc )(?<!cham nhat )(?<!han )(?<!den )(?<!toi )(?<!sau )(?<!het )(?<!tu )(?<!la )\b(?:vao )?ngay\s+"
    + _DAY.format(d="d", m="m", y="y") + r"(?![\d/])(?!\s*(?:den|toi|[-–]))"
)


# The label of a phase named by its work, not its number, before its days (its list mark dropped): "Giai đoạn cao điểm
# mùa du lịch: ".
_NAMED_PHASE = re.compile(r"\s*giai doan\s+(?!(?:\d|[ivx]+\b|mot\b|hai\b|ba\b|bon\b))[a-z]+(?:\s+[a-z]+){0,7}\s*[:(]\s*")


_FROM_ISSUE = re.compile(r"\btu (?:ngay |khi )(?:ky )?ban hanh(?: ke hoach)?(?: nay)?")


def _dated_from_issue(folded: str, issued: re.Match | None) -> tuple[str, set[int]]:
    """`folded` with each "từ ngày ban hành Kế hoạch" written as the plan's own day ("tu ngay 18/3/2026", from `issued`,
    its ISO date matched), and where each now starts. "từ ngày ban hành Kế hoạch đến ngày 30/4/2026" runs from the plan's
    own date (round 66, I279-B06: the ward's preparation, stretched to 31/5, went unread); only its end is compared."""
    if issued is None:
        return folded, set()
    issue = f"tu ngay {int(issued[3])}/{int(issued[2])}/{issued[1]}"
    parts, starts, pos = [], set(), 0
    for m in _FROM_ISSUE.finditer(folded):
        parts.append(folded[pos : m.start()])
        starts.add(sum(map(len, parts)))
        parts.append(issue)
        pos = m.end()
    parts.append(folded[pos:])
    return "".join(parts), starts


_DATED_NAME = re.compile(r"\b\d+[/-][a-z0-9-]*[a-z][a-z0-9-]*\s*(?:\([^()]*\)\s*)?$")
_NOT_AN_EVENT = re.compile(r"^\s*(?:can cu|[^,;:]{2,40},\s*ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}\s*$)"
                           r"|\b(?:luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|cong van|ke hoach so)\b")


def dated_periods(side, *, event_days: bool = False) -> list[DatedPeriod]:
    """The side's dated periods; with event_days, also the single days its events are held on (a ward's drill held on
    one day the province's period does not include, round 43, I151-A06)."""
    if side.document is None:
        return []
    plan_year = _year((side.plan.date or "")[:4] if (side.plan.date or "")[:4].isdigit() else None)
    issued = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", side.plan.date or "")
    out = []
    lines = side.document.lines
    # ("GĐ1 (từ ngày ban hành đến 28/02/2026)" names "Giai đoạn 1", as the parser reads it: round 67, I292-B09)
    read = [fold(phase_spelled(line.text)) for line in lines]
    for i, line in enumerate(lines):
        folded = _dated_from_issue(read[i], issued)[0]
        # A period may run on to the next line, as printed or scanned pages wrap it ("... từ ngày ban" / "hành Kế hoạch đến
        # hết ngày 31/5/2026", round 66, channel eng-ocr, I279-B06): read with it, from where it starts on this line
        # (`folded`'s length is that line's end in `joined` too: the text before it is written alike in both).
        joined, starts = _dated_from_issue(f"{read[i]} {read[i + 1]}" if i + 1 < len(read) else read[i], issued)
        for m in _PERIOD.finditer(joined):
            if m.start() >= len(folded):
                break  # the next line's own
            # (its name's words after it: on its own line, or on the next one when it runs on there)
            after = joined[m.end() : len(folded) if m.end() <= len(folded) else len(joined)]
            last_year = _year(m.group("y2")) or _year(m.group("y1")) or plan_year
            if last_year is None:
                continue
            d1, m1, d2, m2 = (int(m.group(g)) for g in ("d1", "m1", "d2", "m2"))
            first_year = _year(m.group("y1")) or (last_year - 1 if (m1, d1) > (m2, d2) else last_year)
            try:
                first, last = date(first_year, m1, d1), date(last_year, m2, d2)
            except ValueError:
                continue
            phrase = _name_words(joined[: m.start()], after)
            yearly = not (m.group("y1") or m.group("y2")) and bool(_EVERY_YEAR.match(after))
            if phrase and first <= last:
                phase = bool(_NAMED_PHASE.fullmatch(_LIST_MARK.sub("", joined[: m.start()])))
                numbered = _NUMBERED_PHASE.search(joined[: m.start()])
                out.append(DatedPeriod(line.number, frozenset(phrase[-_NAME_WORDS:]), first, last, yearly, phrase,
                                       phase=phase, from_issue=m.start() in starts,
                                       number=numbered.group(1) if numbered and phrase == (numbered.group(1),) else None))
        if not event_days or _NOT_AN_EVENT.search(folded):
            continue  # a document's date ("Căn cứ Luật ... ngày 20 tháng 6 năm 2012"), the plan's own ("Hòa Vang, ngày ...")
        for m in _EVENT_DAY.finditer(folded):
            year = _year(m.group("y")) or plan_year
            try:
                day = date(year, int(m.group("m")), int(m.group("d")))
            except (TypeError, ValueError):
                continue
            before = folded[: m.start()]
            if _DATED_NAME.search(before) or (plan_year and abs(day.year - plan_year) > 1):
                continue  # "Kế hoạch số 214/KH-UBND ngày 26/8/2026"
            # (in a schedule table's row the event is named in the cell after its day: "| Ngày 16/8/2026 | Tổ chức giải
            # đua thuyền truyền thống cấp xã |")
            phrase = _name_words(before, folded[m.end() :] if "|" in before else "")
            if phrase:
                out.append(DatedPeriod(line.number, frozenset(phrase[-_NAME_WORDS:]), day, day, False, phrase, True))
    return out


def _pairs(phrase: tuple[str, ...]) -> frozenset[str]:
    return frozenset(f"{a} {b}" for a, b in pairwise(phrase))


def _affinity(a: frozenset[str], b: frozenset[str]) -> float:
    """How surely two names mean one period: the share of the shorter name found in the other, when they share
    at least two syllables (or the whole of a one-word name)."""
    if not a or not b:
        return 0.0  # (a one-word name has no word pair)
    shared = len(a & b)
    if shared < min(2, len(a), len(b)):
        return 0.0
    return shared / min(len(a), len(b))


_SAME_PERIOD = 0.75
_NAME_WORDS = 10  # the last syllables of a long clause name its period
_EXACT_NAME_WORDS = 4


def moved_periods(parent, child) -> list[tuple[DatedPeriod, DatedPeriod]]:
    """(parent period, child period) pairs where the child holds a period the parent fixes on other days: outside
    the parent's dates by more than the tolerance. A period inside the parent's (a ward's own week within the
    province's month) agrees with it."""
    theirs = dated_periods(parent)
    moved = []
    opening = min((p.first for p in theirs if p.phase), default=None)
    mine_all = dated_periods(child, event_days=True)
    # Numbered phases kept one for one ("GĐ1 (từ ngày ban hành đến 28/02/2026)", "GĐ2 (01/3 - 31/5/2026)" against the
    # province's "Giai đoạn 1 | Từ ngày ban hành đến 31/01/2026", "Giai đoạn 2 | 01/02/2026 - 31/5/2026"): each is held
    # on its own phase's days, not on any period's it falls in (round 67, I292-B09).
    their_numbers = {p.number: p for p in theirs if p.number}
    numbered = len(their_numbers) >= 2 and their_numbers.keys() == {p.number for p in mine_all if p.number}
    for mine in mine_all:
        if numbered and mine.number:
            if not _within(mine, their_numbers[mine.number]):
                moved.append((their_numbers[mine.number], mine))
            continue
        # A named phase the parent sets is held on its days, not within them: a ward's "Giai đoạn cao điểm mùa du lịch"
        # from 01/6 to 31/8 shortens the province's from 01/5 to 30/9 (round 48, I176-A07).
        same_phase = [p for p in theirs if mine.phase and p.phase and p.phrase == mine.phrase]
        if same_phase:
            if not any(_held_on_its_days(mine, p, opening) for p in same_phase):
                moved.append((same_phase[0], mine))
            continue
        # one day is paired by word pairs: its clause's syllables are many ("lễ phát động ... kết hợp ra quân tổng vệ sinh"
        # held "tổng" and "kết" of a "Giai đoạn tổng kết")
        my_pairs = _pairs(mine.phrase)
        scored = [(_affinity(my_pairs, _pairs(p.phrase)) if mine.event else _affinity(mine.words, p.words), p) for p in theirs]
        best = max((score for score, _ in scored), default=0.0)
        # On days the parent sets for some period: a name paired wrongly must not make it a move (I47-A); unless the name
        # is exactly one period's, of several words, and the days are another's (the campaign "Chiến dịch tình nguyện Mùa
        # hè xanh" moved inside the summer's activities, round 43, I151-B06).
        # (one day: the whole of its name's word pairs, three at least, in one period's: "Lễ ra quân cấp xã tổ chức ngày
        # 28/6/2026" against "... các xã, phường tổ chức lễ ra quân từ ngày 31/5/2026 đến ngày 05/6/2026", I135-A10)
        named = [p for p in theirs if p.phrase == mine.phrase and len(mine.words) >= _EXACT_NAME_WORDS
                 or mine.event and len(my_pairs) >= 3 and my_pairs <= _pairs(p.phrase)]  # fmt: skip
        if any(_within(mine, p) and (not named or score >= _SAME_PERIOD) for score, p in scored):
            continue
        if best < _SAME_PERIOD:
            continue
        candidates = [p for score, p in scored if score >= best - 0.01]
        if any(_within(mine, p) for p in candidates):
            continue
        moved.append((candidates[0], mine))
    return moved


# A named phase may be a few days shorter than the parent's: the ward's own launch inside it ("Giai đoạn cao điểm: từ
# ngày 01/6" against the province's 29/5, the day of its own launch, I56-A11).
PHASE_DAY_TOLERANCE = 7


def _held_on_its_days(mine: DatedPeriod, theirs: DatedPeriod, opening: date | None) -> bool:
    """The child's named phase within the parent's days and no more than PHASE_DAY_TOLERANCE shorter at either end; the
    opening phase may start later (from the ward's own plan) and the wrap-up end earlier (the ward reports up before the
    province sums up: "Giai đoạn tổng kết: từ ngày 01/7 đến ngày 05/7" against 01/7 - 20/7, I56-A11)."""
    late_start, early_end = (mine.first - theirs.first).days, (theirs.last - mine.last).days
    start_ok = late_start <= PHASE_DAY_TOLERANCE or theirs.first == opening
    end_ok = early_end <= PHASE_DAY_TOLERANCE or "tong ket" in " ".join(theirs.phrase)
    return _within(mine, theirs) and start_ok and end_ok


def _within(mine: DatedPeriod, theirs: DatedPeriod) -> bool:
    if mine.yearly or theirs.yearly:
        # a yearly period is held in the other's year (round 38, I125-B01: the province's "Tháng hành động ... từ ngày
        # 15/11 đến ngày 15/12 hằng năm", dated 2025, against the ward's, dated 2026, read as a year's move)
        shift = theirs.first.year - mine.first.year
        try:
            mine = DatedPeriod(mine.line, mine.words, mine.first.replace(year=mine.first.year + shift),
                               mine.last.replace(year=mine.last.year + shift))  # fmt: skip
        except ValueError:  # 29/02
            return False
    starts_in = mine.from_issue or theirs.from_issue or (theirs.first - mine.first).days <= DAY_TOLERANCE
    return starts_in and (mine.last - theirs.last).days <= DAY_TOLERANCE


_EVERY_YEAR = re.compile(r"\s*\)?\s*,?\s*(?:hang|moi)\s+nam\b")


def when(period: DatedPeriod) -> str:
    if period.first == period.last:
        return f"ngày {period.first:%d/%m/%Y}"
    if period.from_issue:
        return f"từ ngày ban hành kế hoạch ({period.first:%d/%m/%Y}) đến ngày {period.last:%d/%m/%Y}"
    return f"từ ngày {period.first:%d/%m/%Y} đến ngày {period.last:%d/%m/%Y}"
