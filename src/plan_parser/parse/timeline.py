"""The timeline: phases with start and end years ("Giai đoạn 1 (từ 2025 - 2027): ..."), years
("Năm 2027: tổ chức sơ kết ...") and milestones inside a phase ("sơ kết ... vào năm 2027")."""

from __future__ import annotations

import re

from ..model import TimelineEntry
from .text import norm_space

_YEAR = r"(?:19|20)\d{2}"
_RANGE = rf"\(?\s*(?:từ\s+)?(?:năm\s+)?(?P<start>{_YEAR})\s*(?:[-–—]|đến(?:\s+hết)?|tới)\s*(?:năm\s+)?(?P<end>{_YEAR})\s*\)?"
_PHASE = re.compile(rf"^(?P<label>Giai đoạn\s+(?:\d+|[IVX]+|một|hai|ba|bốn|I))\s*[:(\-–]?\s*(?:{_RANGE})?\s*[:.\-–]?\s*(?P<what>.*)$", re.IGNORECASE)
_SPAN = re.compile(rf"^(?:Từ\s+)?(?:năm\s+)?(?P<start>{_YEAR})\s*(?:[-–—]|đến|tới)\s*(?:năm\s+)?(?P<end>{_YEAR})\s*[:.\-–]\s*(?P<what>.*)$", re.IGNORECASE)
_SINGLE = re.compile(rf"^(?:Trong\s+)?(?:năm|cuối năm|đầu năm|quý\s+[IV1-4]+\s*/?\s*(?:năm)?|tháng\s+\d{{1,2}}\s*/?\s*(?:năm)?)\s*(?P<year>{_YEAR})\s*[:.\-–]\s*(?P<what>.*)$", re.IGNORECASE)
_MILESTONE = re.compile(rf"\b(?P<what>(?:sơ kết|tổng kết)(?:[^.;]{{0,60}}?))\s+(?:vào\s+)?(?:cuối\s+)?năm\s+(?P<year>{_YEAR})", re.IGNORECASE)


def timeline_entry(text: str) -> list[TimelineEntry]:
    """The timeline entries one paragraph or list item states (a phase adds its milestones)."""
    text = norm_space(text)
    m = _PHASE.match(text)
    if m and m.group("start"):
        label = norm_space(m.group("label"))
        label = label[:1].upper() + label[1:]
        start, end = int(m.group("start")), int(m.group("end"))
        entries = [TimelineEntry(label=label, start=start, end=end, what=m.group("what").strip() or None)]
        return entries + milestones(m.group("what"))
    m = _SPAN.match(text)
    if m:
        start, end = int(m.group("start")), int(m.group("end"))
        return [TimelineEntry(label=None, start=start, end=end, what=m.group("what").strip() or None)] + milestones(m.group("what"))
    m = _SINGLE.match(text)
    if m:
        year = int(m.group("year"))
        return [TimelineEntry(label=None, start=year, end=year, what=m.group("what").strip() or None)]
    return []


def milestones(text: str) -> list[TimelineEntry]:
    out = []
    for m in _MILESTONE.finditer(text or ""):
        what = m.group("what").strip(" ,")
        year = int(m.group("year"))
        out.append(TimelineEntry(label=None, start=year, end=year, what=what))
    return out
