"""deadline_conflict: a reporting deadline of the child falls after the one the parent sets.

Every deadline of the child is paired with the parent deadline of the same cycle nearest to it;
the child is in conflict when its date is later (the ward must collect and report up before the
province's date, so none of its own dates may pass it).
"""

from __future__ import annotations

from datetime import date

from ...model import Deadline, Finding


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


def _cycle(deadline: Deadline) -> str:
    if deadline.date and deadline.date.startswith("---"):
        return "monthly"
    return deadline.recurring or "once"


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


def check(parent, child, ctx) -> list[Finding]:
    parent_deadlines = [(i, d) for i, d in enumerate(parent.plan.deadlines) if d.date]
    findings: list[Finding] = []
    for ci, mine in enumerate(child.plan.deadlines):
        if not mine.date:
            continue
        cycle = _cycle(mine)
        # The lower level must meet the earliest parent date of this cycle (later ones are for the
        # parent's own offices, which compile the reports).
        window = []
        for pi, theirs in parent_deadlines:
            their_cycle = _cycle(theirs)
            if "monthly" in (cycle, their_cycle) and cycle != their_cycle:
                continue
            yearly = "yearly" in (cycle, their_cycle) or "quarterly" in (cycle, their_cycle)
            a, b = _ordinal(mine, yearly), _ordinal(theirs, yearly)
            if a is None or b is None or abs(a - b) > 120:
                continue  # another reporting cycle (e.g. a mid-year report)
            window.append((b, a - b, pi, theirs))
        if not window:
            continue
        _, gap, pi, theirs = min(window, key=lambda w: w[0])
        if gap <= 0:
            continue
        findings.append(
            Finding(
                type="deadline_conflict",
                severity="high",
                message=(
                    f"Thời hạn báo cáo của kế hoạch ({vn(mine)}) muộn hơn thời hạn kế hoạch cấp trên yêu cầu "
                    f"({vn(theirs)}); đề nghị điều chỉnh để bảo đảm báo cáo đúng hạn."
                ),
                parent_evidence=parent.evidence(f"/deadlines/{pi}", theirs.what or vn(theirs)),
                child_evidence=child.evidence(f"/deadlines/{ci}", mine.what or vn(mine)),
            )
        )
    return findings
