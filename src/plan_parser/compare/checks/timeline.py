"""timeline_mismatch: phases or milestone years of the child contradict the parent's.

Entries are keyed by what they are (launch, sơ kết, tổng kết, "Giai đoạn N"); the same key with
other years is a contradiction. The period in the titles ("giai đoạn 2025 – 2030") is checked too.
"""

from __future__ import annotations

import re

from ...model import Finding, TimelineEntry
from ..text import fold

_PERIOD = re.compile(r"giai doan\s*(\d{4})\s*[-–—]\s*(\d{4})")
_PHASE = re.compile(r"giai doan\s*(\d|i{1,3}|iv)\b")


def entry_key(entry: TimelineEntry) -> str | None:
    text = fold(" ".join(filter(None, [entry.label, entry.what])))
    phase = _PHASE.search(fold(entry.label or "")) or _PHASE.search(text)
    if phase:
        return f"phase {phase.group(1)}"
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
    if entry.start and entry.end and entry.start != entry.end:
        return f"{entry.start}–{entry.end}"
    return str(entry.start or entry.end)


def title_period(title: str | None) -> tuple[int, int] | None:
    match = _PERIOD.search(fold(title or ""))
    return (int(match.group(1)), int(match.group(2))) if match else None


def check(parent, child, ctx) -> list[Finding]:
    findings: list[Finding] = []
    p_period, c_period = title_period(parent.plan.title), title_period(child.plan.title)
    if p_period and c_period and p_period != c_period:
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
    parent_keys: dict[str, tuple[int, TimelineEntry]] = {}
    for i, entry in enumerate(parent.plan.timeline):
        key = entry_key(entry)
        if key and key not in parent_keys and (entry.start or entry.end):
            parent_keys[key] = (i, entry)
    reported: set[str] = set()
    for ci, entry in enumerate(child.plan.timeline):
        key = entry_key(entry)
        if not key or key not in parent_keys or key in reported or not (entry.start or entry.end):
            continue
        pi, theirs = parent_keys[key]
        same = (entry.start or entry.end, entry.end or entry.start) == (theirs.start or theirs.end, theirs.end or theirs.start)
        if key == "launch":
            # Launching earlier than the parent asks is fine; only a later start contradicts it.
            same = (entry.start or entry.end or 0) <= (theirs.end or theirs.start or 0)
        if same:
            continue
        reported.add(key)
        name = _KEY_VN.get(key, key.replace("phase", "giai đoạn"))
        findings.append(
            Finding(
                type="timeline_mismatch",
                severity="medium",
                message=(
                    f"Mốc thời gian {name} của kế hoạch (năm {_years(entry)}) không thống nhất với kế hoạch "
                    f"cấp trên (năm {_years(theirs)})."
                ),
                parent_evidence=parent.evidence(f"/timeline/{pi}", theirs.what or ""),
                child_evidence=child.evidence(f"/timeline/{ci}", entry.what or ""),
            )
        )
    return findings
