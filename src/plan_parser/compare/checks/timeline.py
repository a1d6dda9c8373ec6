"""timeline_mismatch: phases or milestone years of the child contradict the parent's.

Entries are keyed by what they are (launch, sơ kết, tổng kết, "Giai đoạn N"); the same key with
other years is a contradiction. The period in the titles ("giai đoạn 2025 – 2030") is checked too.
"""

from __future__ import annotations

import re
from datetime import date

from ...model import Deadline, Finding, TimelineEntry
from ...parse.deadline_kinds import month_day
from ..text import fold
from .timeline_days import DAY_TOLERANCE, moved_periods, when

_PERIOD = re.compile(r"giai doan\s*(\d{4})\s*[-–—]\s*(\d{4})")
_PHASE_NUMBER = re.compile(r"giai doan\s*(\d{1,2}|i{1,3}|iv)\b")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}


def is_phase(entry: TimelineEntry) -> bool:
    """A phase: labelled "Giai đoạn ..." or spanning several years ("Năm 2027 - 2030: ...")."""
    if fold(entry.label or "").startswith(("giai doan", "hoc ky")):
        return True
    return bool(entry.start and entry.end and entry.start != entry.end)


def phase_number(entry: TimelineEntry) -> str | None:
    match = _PHASE_NUMBER.match(fold(entry.label or ""))
    return _ROMAN.get(match.group(1), match.group(1)) if match else None


def entry_key(entry: TimelineEntry) -> str | None:
    """What a milestone is: launch, sơ kết, tổng kết (phases are matched separately, by their years)."""
    if is_phase(entry):
        return "phase"
    text = fold(" ".join(filter(None, [entry.label, entry.what])))
    if "so ket" in text:
        return "interim review"
    if "tong ket" in text:
        return "final review"
    if re.search(r"ban hanh|phat dong|xay dung ke hoach|trien khai", text):
        return "launch"
    return None


_KEY_VN = {
    "interim review": "sơ kết",
    "final review": "tổng kết",
    "launch": "ban hành, triển khai kế hoạch",
}


def _years(entry: TimelineEntry) -> str:
    if entry.start_month and entry.end_month:  # "tháng 9/2026–3/2027", "tháng 7/2026"
        first, last = f"{entry.start_month}/{entry.start or entry.end}", f"{entry.end_month}/{entry.end or entry.start}"
        return f"tháng {first}" if first == last else f"tháng {first}–{last}"
    if entry.start and entry.end and entry.start != entry.end:
        return f"{entry.start}–{entry.end}"
    return str(entry.start or entry.end)


def _when(entry: TimelineEntry) -> str:
    years = _years(entry)
    return years if years.startswith("tháng") else f"năm {years}"


def _span(entry: TimelineEntry) -> tuple[int, int]:
    return (entry.start or entry.end, entry.end or entry.start)


def title_period(title: str | None) -> tuple[int, int] | None:
    match = _PERIOD.search(fold(title or ""))
    return (int(match.group(1)), int(match.group(2))) if match else None


def _counterpart(entry: TimelineEntry, phases: list[tuple[int, TimelineEntry]]) -> tuple[int, TimelineEntry] | None:
    """The parent phase a child phase stands for: the same number, else the one its years overlap most."""
    number = phase_number(entry)
    if number:
        same = [(i, p) for i, p in phases if phase_number(p) == number]
        if same:
            return same[0]
    start, end = _span(entry)
    overlaps = [(min(end, _span(p)[1]) - max(start, _span(p)[0]), -i, i, p) for i, p in phases]
    best = max(overlaps, default=None)
    return (best[2], best[3]) if best and best[0] >= 0 else None


def _finding(parent, child, name: str, pi: int, theirs: TimelineEntry, ci: int, mine: TimelineEntry) -> Finding:
    return Finding(
        type="timeline_mismatch",
        severity="medium",
        message=(
            f"Mốc thời gian {name} của kế hoạch ({_when(mine)}) không thống nhất với kế hoạch "
            f"cấp trên ({_when(theirs)})."
        ),
        parent_evidence=parent.evidence(f"/timeline/{pi}", theirs.what or ""),
        child_evidence=child.evidence(f"/timeline/{ci}", mine.what or ""),
    )


# A month-level slip the check lets pass: "cuối tháng 6" and "đầu tháng 7" are one time; a ward may also
# hold its review a month after the province's without contradicting it. Two months later is a real slip.
MONTH_TOLERANCE = 1


def _month_index(year: int, month: int) -> int:
    """A month as one number (year * 12 + month - 1), so that months can be subtracted across years."""
    return year * 12 + month - 1


def _last_month(entry: TimelineEntry) -> int | None:
    """The last month an entry covers (`_month_index`); None when it states no month."""
    year = entry.end or entry.start
    return _month_index(year, entry.end_month) if year and entry.end_month else None


def _first_month(entry: TimelineEntry) -> int | None:
    year = entry.start or entry.end
    month = entry.start_month or entry.end_month
    return _month_index(year, month) if year and month else None


def _later_by_months(mine: TimelineEntry, theirs: list[TimelineEntry], *, start: bool) -> bool:
    """The child's entry falls clearly later (past the tolerance) than the latest of the parent's, all stated
    by month. `start`: the child's milestone as a whole must begin after; a phase is judged by its end."""
    child = _first_month(mine) if start else _last_month(mine)
    parents = [_last_month(e) for e in theirs]
    if child is None or not parents or None in parents:
        return False
    return child - max(parents) > MONTH_TOLERANCE


def _month_findings(parent, child, parent_entries, child_entries, reported: set[str]) -> list[Finding]:
    """Month-level slips: a sơ kết / tổng kết held clearly later than the parent's, or a phase that ends
    clearly after the parent's whole timeline (a sub-phase inside a parent phase, or an earlier finish, passes)."""
    findings = []
    keyed: dict[str, list[tuple[int, TimelineEntry]]] = {}
    for i, entry in parent_entries:
        keyed.setdefault(entry_key(entry) or "", []).append((i, entry))
    for ci, entry in child_entries:
        key = entry_key(entry)
        if key not in ("interim review", "final review") or key in reported or key not in keyed:
            continue
        if _later_by_months(entry, [e for _, e in keyed[key]], start=True):
            reported.add(key)
            pi, theirs = max(keyed[key], key=lambda p: _last_month(p[1]) or 0)
            findings.append(_finding(parent, child, _KEY_VN[key], pi, theirs, ci, entry))
    parent_phases = keyed.get("phase", [])
    # The parent's whole timeline: an entry stated by year only may run to the end of that year.
    parent_end = [
        e if e.end_month else e.model_copy(update={"end_month": 12, "end": e.end or e.start}) for _, e in parent_entries
    ]
    # (a parent that names no phase still ends its timeline: "Sơ kết 6 tháng: trong tháng 7/2026; tổng kết năm: trong
    # tháng 12/2026" against a ward's "Giai đoạn 2 (từ quý III/2026 đến hết quý II/2027)", round 48, I176-B08)
    if "phase" not in reported and parent_entries:
        for ci, entry in child_entries:
            if entry_key(entry) == "phase" and _later_by_months(entry, parent_end, start=False):
                reported.add("phase")
                pi, theirs = max(parent_phases or parent_entries, key=lambda p: _last_month(p[1]) or 0)
                number = phase_number(entry)
                findings.append(
                    _finding(parent, child, f"giai đoạn {number}" if number else "giai đoạn", pi, theirs, ci, entry)
                )
                break
    if "phase" not in reported:
        findings += _phase_overruns(parent, child, parent_phases, child_entries)
    return findings


def _numbered_month_phases(entries) -> dict[str, tuple[int, TimelineEntry]]:
    """The phases numbered and dated by month ("Giai đoạn 2 (từ tháng 5 đến tháng 9/2026)"), by number."""
    return {number: (i, e) for i, e in entries
            if entry_key(e) == "phase" and (number := phase_number(e)) and e.start_month and e.end_month}  # fmt: skip


def _phase_overruns(parent, child, parent_phases, child_entries) -> list[Finding]:
    """A numbered phase of the child that ends clearly after the parent's phase of that number, both dated by month, the
    child keeping the parent's phases one for one ("giai đoạn 2 (từ tháng 6 đến hết tháng 10 năm 2026)" against "Giai
    đoạn 2 (tháng 6 - 8/2026)": its planting runs into the parent's harvest; round 60, I252-A07, I252-B07, I255-A09).
    A ward may finish a phase earlier; only the first overrun is reported."""
    theirs_by_number = _numbered_month_phases(parent_phases)
    mine_by_number = _numbered_month_phases(child_entries)
    if len(theirs_by_number) < 2 or theirs_by_number.keys() != mine_by_number.keys():
        return []
    for number in sorted(mine_by_number, key=lambda n: mine_by_number[n][0]):
        (ci, mine), (pi, theirs) = mine_by_number[number], theirs_by_number[number]
        mine_end, their_end = _last_month(mine), _last_month(theirs)
        if mine_end is not None and their_end is not None and mine_end - their_end > MONTH_TOLERANCE:
            return [_finding(parent, child, f"giai đoạn {number}", pi, theirs, ci, mine)]
    return []


def check(parent, child, ctx) -> list[Finding]:
    findings: list[Finding] = []
    p_period, c_period = title_period(parent.plan.title), title_period(child.plan.title)
    # A ward plan issued after the province's may start later ("năm 2025 và giai đoạn 2026 - 2030" under
    # 2025 - 2030); it must not start earlier or end elsewhere.
    later_start = bool(p_period and c_period and p_period[0] <= c_period[0] < c_period[1] == p_period[1])
    if p_period and c_period and p_period != c_period and not later_start:
        findings.append(
            Finding(
                type="timeline_mismatch",
                severity="medium",
                message=(
                    f"Giai đoạn thực hiện của kế hoạch ({c_period[0]}–{c_period[1]}) không thống nhất với "
                    f"kế hoạch cấp trên ({p_period[0]}–{p_period[1]})."
                ),
                parent_evidence=parent.evidence("/title", parent.plan.title),
                child_evidence=child.evidence("/title", child.plan.title),
            )
        )
    dated = lambda plan: [(i, e) for i, e in enumerate(plan.timeline) if e.start or e.end]
    parent_entries, child_entries = dated(parent.plan), dated(child.plan)
    # Phases: a child phase must have the years of one of the parent's phases (or of the whole plan).
    parent_phases = [(i, e) for i, e in parent_entries if entry_key(e) == "phase"]
    allowed = {_span(e) for _, e in parent_phases} | ({p_period} if p_period else set())
    reported_phases: set[int] = set()
    year_phase_reported = False
    roadmap = _roadmap_steps(child_entries)
    for ci, entry in child_entries:
        if entry_key(entry) != "phase" or _span(entry) in allowed:
            continue
        if ci in roadmap and any(_span(p)[0] <= _span(entry)[0] and _span(entry)[1] <= _span(p)[1] for _, p in parent_phases):
            continue
        match = _counterpart(entry, parent_phases)
        if match is None or match[0] in reported_phases:
            continue
        reported_phases.add(match[0])
        year_phase_reported = True
        number = phase_number(entry) or phase_number(match[1])
        findings.append(
            _finding(parent, child, f"giai đoạn {number}" if number else "giai đoạn", match[0], match[1], ci, entry)
        )
    # Milestones: every sơ kết / tổng kết year of the child must be one the parent sets; the launch may
    # come earlier than the parent asks, never later.
    parent_keys: dict[str, list[tuple[int, TimelineEntry]]] = {}
    for i, entry in parent_entries:
        key = entry_key(entry)
        if key and key != "phase":
            parent_keys.setdefault(key, []).append((i, entry))
    reported: set[str] = set()
    for ci, entry in child_entries:
        key = entry_key(entry)
        if not key or key == "phase" or key not in parent_keys or key in reported:
            continue
        theirs_all = parent_keys[key]
        if key == "launch":
            latest = max((e.end or e.start or 0) for _, e in theirs_all)
            if (entry.start or entry.end or 0) <= latest:
                continue
        elif _span(entry) in {_span(e) for _, e in theirs_all}:
            continue
        reported.add(key)
        pi, theirs = theirs_all[0]
        findings.append(_finding(parent, child, _KEY_VN[key], pi, theirs, ci, entry))
    if year_phase_reported:
        reported.add("phase")
    findings += _month_findings(parent, child, parent_entries, child_entries, reported)
    if not findings:
        findings += _moved_rounds(parent, child, parent_entries, child_entries)
    if not findings:
        findings += _day_findings(parent, child)
    if not findings:
        findings += _review_date_findings(parent, child)
    return findings


# A numbered round of work that a schedule dates: "Tiêm phòng đợt 2", "Ra quân lần 1".
_NUMBERED_ROUND = re.compile(r"\b(?:dot|lan)\s+(?:\d{1,2}|[ivx]{1,3})\b")


def _rounds(entry: TimelineEntry) -> dict[str, str]:
    """The numbered rounds a dated period names as its work, each a whole clause: folded ("tiem phong dot 2") -> printed."""
    clauses = (c.strip(" .,") for c in re.split(r"[;:]", entry.what or ""))
    return {fold(c): c for c in clauses if _NUMBERED_ROUND.search(fold(c)) and len(c.split()) <= 8}


def _moved_rounds(parent, child, parent_entries, child_entries) -> list[Finding]:
    """A numbered round of the parent's schedule ("| Tháng 9 - tháng 10/2026 | Tiêm phòng đợt 2 |") that the child
    schedules in months that do not meet the parent's ("| Tháng 11 - 12/2026 | Tiêm phòng đợt 2; ... |"): the round is
    moved, whatever the child calls its periods (round 67, I290-B06). Only periods dated by month, each round a clause
    of its own on both sides; months that do not meet, and a start a month off ("tháng 6" for "tháng 5") passes."""
    mine_dated = [(ci, mine, _first_month(mine), _last_month(mine), _rounds(mine)) for ci, mine in child_entries]
    mine_dated = [m for m in mine_dated if m[2] is not None and m[3] is not None and m[4]]
    for pi, theirs in parent_entries:
        their_first, their_last = _first_month(theirs), _last_month(theirs)
        if their_first is None or their_last is None:
            continue
        for name, clause in _rounds(theirs).items():
            for ci, mine, mine_first, mine_last, rounds in mine_dated:
                apart = mine_first > their_last or their_first > mine_last
                if name in rounds and apart and abs(mine_first - their_first) > MONTH_TOLERANCE:
                    return [_finding(parent, child, f"“{clause}”", pi, theirs, ci, mine)]
    return []


def _roadmap_steps(entries: list[tuple[int, TimelineEntry]]) -> set[int]:
    """The unlabelled years of a year-by-year roadmap ("Năm 2026: ra quân ...", "Năm 2027 - 2028: xây dựng mô hình ...";
    two or more of them): a step inside one of the parent's phases keeps to it (round 40, I133-B12: "2027 - 2028" read
    as a contradicted phase 2026 - 2028)."""
    steps = {i for i, e in entries if e.label is None and entry_key(e) in ("phase", None)}
    return steps if len(steps) >= 2 else set()


# ... also with the ward as its subject: "Ủy ban nhân dân phường tổng kết chiến dịch trước ngày 10/6/2026" (round 42,
# I144-A06: held as a late task against the province's "Tổng kết chiến dịch: trước ngày 31/5/2026")
_DATED_REVIEW = re.compile(r"^(?:(?:uy ban nhan dan|ubnd) (?:xa|phuong|thi tran|dac khu)\s+)?(?:to chuc\s+)?(so ket|tong ket)\b")


def dated_review(deadline: Deadline) -> str | None:
    """ "so ket" or "tong ket" for a review fixed to a day ("Trước ngày 05/3/2027: sơ kết công tác ..."); a report on a
    review is a deadline (deadline_conflict), not a step of the timeline."""
    m = _DATED_REVIEW.match(fold(deadline.what or "").strip())
    fixed_day = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", deadline.date or ""))  # not "2026-12" (a month)
    return m.group(1) if m and deadline.kind != "report" and deadline.period == "once" and fixed_day else None


def review_in_month(deadline: Deadline) -> str | None:
    """ "so ket" or "tong ket" for a review held in a month ("Sơ kết việc thực hiện Kế hoạch trong tháng 10/2026; tổng kết
    trong tháng 3/2027" under the plan's phases): the timeline's words where the parser read no entry of them (round 44,
    I159-A08: a moved review reported as a late task besides the moved phases). Not held against the parent's reviews
    here: a month's sơ kết may be the half-year's or the summer's."""
    m = _DATED_REVIEW.match(fold(deadline.what or "").strip())
    return m.group(1) if m and re.fullmatch(r"\d{4}-\d{2}", deadline.date or "") else None


def _dated_reviews(plan) -> dict[str, list[tuple[int, Deadline]]]:
    out: dict[str, list[tuple[int, Deadline]]] = {}
    for i, deadline in enumerate(plan.deadlines):
        if kind := dated_review(deadline):
            out.setdefault(kind, []).append((i, deadline))
    return out


def _review_months(plan, kind: str, key: str) -> set[int]:
    """The months in which the plan holds a review of the kind ("so ket" / "tong ket", timeline `key`): its timeline
    entries, and the reviews it dates to the day or to the month."""
    dated = [d for _, d in _dated_reviews(plan).get(kind, [])] + [d for d in plan.deadlines if review_in_month(d) == kind]
    return {m for e in plan.timeline if entry_key(e) == key and (m := _first_month(e)) is not None} | {
        _month_index(*month_day(d.date)[:2]) for d in dated}


def _late_review(parent, child, key: str, parent_index: int, theirs: Deadline, pointer: str, when: str,
                 quote: str | None) -> list[Finding]:  # fmt: skip
    """The finding for a child's review (`key`) held after the day the parent fixes for it."""
    return [Finding(
        type="timeline_mismatch",
        severity="medium",
        message=(f"Thời gian {_KEY_VN[key]} của kế hoạch ({when}) muộn hơn thời gian kế hoạch cấp trên ấn định "
                 f"(trước ngày {date.fromisoformat(theirs.date):%d/%m/%Y})."),
        parent_evidence=parent.evidence(f"/deadlines/{parent_index}", theirs.what or ""),
        child_evidence=child.evidence(pointer, quote or ""),
    )]  # fmt: skip


def _review_date_findings(parent, child) -> list[Finding]:
    """A review the parent fixes to a day, held by the child clearly later (round 38, I126-A06: "Sơ kết dịp Tết Nguyên
    đán và tháng Giêng: trước ngày 20/3/2027" against the city's "Trước ngày 05/3/2027: sơ kết ..."), to the day or in a
    month of its timeline. Only when the parent fixes one such review of the kind: two would leave which one the child's
    is to chance."""
    theirs_by_kind, mine_by_kind = _dated_reviews(parent.plan), _dated_reviews(child.plan)
    for kind, theirs_all in theirs_by_kind.items():
        if len(theirs_all) != 1:
            continue
        pi, theirs = theirs_all[0]
        day = date.fromisoformat(theirs.date)
        key = "interim review" if kind == "so ket" else "final review"
        for ci, mine in mine_by_kind.get(kind, []):
            if (date.fromisoformat(mine.date) - day).days > DAY_TOLERANCE:
                when = f"trước ngày {date.fromisoformat(mine.date):%d/%m/%Y}"
                return _late_review(parent, child, key, pi, theirs, f"/deadlines/{ci}", when, mine.what)
        # ... or held in a month of the child's timeline, more than a month after ("Tháng 8/2026: tổng kết, đánh giá
        # công tác phục vụ Lễ hội" against "Trước ngày 30/6/2026: tổng kết ..."; round 54, I216-A06). Not a review the
        # parent's timeline also holds then, nor when the child holds one of the kind in time: that one is another
        # review ("Tổng kết Lễ hội: trước ngày 15/4/2026; tổng kết các hoạt động quảng bá du lịch năm 2026: trong tháng
        # 12/2026", round 56, eleven children of 231-B held to 15/4 for their December review)
        due = _month_index(day.year, day.month)
        if any(m - due <= MONTH_TOLERANCE for m in _review_months(child.plan, kind, key)):
            continue
        held_by_parent = _review_months(parent.plan, kind, key)
        for ci, entry in enumerate(child.plan.timeline):
            month = _first_month(entry)
            if (entry_key(entry) == key and month is not None and month - due > MONTH_TOLERANCE
                    and not any(abs(month - m) <= MONTH_TOLERANCE for m in held_by_parent)):
                return _late_review(parent, child, key, pi, theirs, f"/timeline/{ci}", _when(entry), entry.what)
    return []


def _day_findings(parent, child) -> list[Finding]:
    """A period the parent fixes to the day, held by the child on other days (the first such, with both lines)."""
    for theirs, mine in moved_periods(parent, child):
        return [
            Finding(
                type="timeline_mismatch",
                severity="medium",
                message=(f"Thời gian thực hiện của kế hoạch ({when(mine)}) không thống nhất với thời gian kế hoạch cấp "
                         f"trên ấn định ({when(theirs)})."),
                parent_evidence=parent.line_evidence(theirs.line),
                child_evidence=child.line_evidence(mine.line),
            )
        ]
    return []
