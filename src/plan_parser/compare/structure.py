"""A child whose structure the parser did not read: the findings that rest on structure are not alarms.

When a ward plan has headings and bodies on the page but the parser found no section and no assignment
(a heading style it does not know: "Mục đích, yêu cầu" alone on a line, numbering lost in a DOCX export),
"missing section" and "unassigned duty" would be reported for every part of the plan — alarms about the
parser, not the plan. They are kept as "info" notes, and one finding says plainly that the structure was
not read, so a person checks those parts by hand. Content coverage (read off the lines) and the
citation, deadline, timeline and locality checks (read off the text) are unaffected.
"""

from __future__ import annotations

import re

from ..model import Finding
from .bodies import duties_given_inline
from .checks.sections import present_roles
from .sides import task_table_line
from .text import fold

STRUCTURAL_TYPES = {"missing_section", "unassigned_task"}
# Short lines that look like the headings of a plan's parts, and lines that name a body of the ward.
_PART_HEADING = re.compile(r"^(?:muc dich|yeu cau|noi dung|nhiem vu|tieu chi|khen thuong|hinh thuc khen|thoi gian|"
                           r"to chuc thuc hien|phan cong|trach nhiem|kinh phi|lo trinh|tien do)")  # fmt: skip
_MIN_LINES = 20


def structure_unread(side) -> bool:
    """The side's text shows parts (at least two heading-like lines) but the parser found no part of it: no
    section, no outline heading with a role ("1. MỤC ĐÍCH" in a plan numbered 1., 2.) and no assignment."""
    if side.document is None or side.plan.sections or side.plan.assignments or _has_role(side.plan.outline):
        return False
    if task_table_line(side) is not None or (duties_given_inline(side) and _organisation_heading(side)):
        # The comparer reads what the parser did not: duties from a table that gives each task its body, or from
        # bodies opening their lines under an organisation heading of the text ("Phân công:" over "- Công an xã: ..."),
        # and the parts from their labels ("1. Mục đích, yêu cầu: ..."). Round 26, I77-A10 and I77-B10: plans with
        # no awards part were excused as unread.
        return False
    lines = [ln.text.strip() for ln in side.document.lines if ln.text.strip()]
    if len(lines) < _MIN_LINES:
        return False
    headings = [t for t in lines if len(t.split()) <= 12 and _PART_HEADING.match(fold(t).lstrip("*#0123456789ivx.-) "))]
    return len(headings) >= 2


def _organisation_heading(side) -> bool:
    return "organisation" in present_roles(side, by_content=True)


def _has_role(nodes, depth: int = 0) -> bool:
    return any(n.role or (depth < 2 and _has_role(n.children, depth + 1)) for n in nodes)


def guard_unread_structure(child, findings: list[Finding]) -> list[Finding]:
    """Findings with structural alarms downgraded to "info" and one plain notice, when the child's structure
    was not read; the findings as they are otherwise."""
    if not structure_unread(child):
        return findings
    out = [f.model_copy(update={"severity": "info", "message": f"(Chưa đọc được cấu trúc văn bản) {f.message}"})
           if f.type.value in STRUCTURAL_TYPES and f.severity != "info" else f for f in findings]  # fmt: skip
    out.append(
        Finding(
            type="missing_section",
            severity="info",
            message=("Không nhận ra được các phần (đề mục) và phần phân công nhiệm vụ của kế hoạch: việc kiểm tra "
                     "đề mục và giao nhiệm vụ cần xem xét trực tiếp trên văn bản."),  # fmt: skip
            parent_evidence=None,
            child_evidence=None,
        )
    )
    return out
