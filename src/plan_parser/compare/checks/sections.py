"""missing_section: a section the parent requires (contents, criteria, awards, organisation) is absent.

A section counts as present when the child has its heading (a Roman-numeral section or a numbered
sub-heading) or the parser found its items; both must be missing before we report it.
"""

from __future__ import annotations

import re

from ...model import Finding
from ..text import fold

# role -> (heading pattern on folded text, plan field whose items stand for the section, Vietnamese name, severity)
SECTION_ROLES = {
    "contents": (r"noi dung|nhiem vu", "contents", "Nội dung thi đua / nhiệm vụ", "high"),
    "criteria": (r"tieu chi", "criteria", "Tiêu chí thi đua", "medium"),
    "awards": (r"khen thuong|danh hieu", "awards", "Hình thức khen thưởng", "medium"),
    "organisation": (r"to chuc thuc hien|trach nhiem thuc hien|phan cong", "assignments", "Tổ chức thực hiện", "high"),
}

_HEADING = re.compile(r"^\s*(?:\*\*)?(?:[IVX]+\.|\d+\.|[a-zđ]\))\s*(.{3,120})$", re.IGNORECASE)


def headings(side) -> list[tuple[str, int | None]]:
    """(folded heading, line) of the plan's sections and of heading-like lines of its document."""
    out = [(fold(s.heading), None) for s in side.plan.sections]

    def walk(nodes):
        for node in nodes:
            if node.heading:
                out.append((fold(node.heading), node.span.line_start if node.span else None))
            walk(node.children)

    walk(side.plan.outline)
    if side.document is not None:
        for line in side.document.lines:
            match = _HEADING.match(line.text)
            if match and len(match.group(1)) <= 90:
                out.append((fold(match.group(1)), line.number))
    return out


def present_roles(side) -> dict[str, int | None]:
    found: dict[str, int | None] = {}
    heads = headings(side)
    for role, (pattern, field, _, _) in SECTION_ROLES.items():
        if getattr(side.plan, field):
            found[role] = None
            continue
        for text, line in heads:
            if re.search(pattern, text):
                found[role] = line
                break
    return found


def check(parent, child, ctx) -> list[Finding]:
    required = present_roles(parent)
    have = present_roles(child)
    findings: list[Finding] = []
    for role, (pattern, field, name, severity) in SECTION_ROLES.items():
        if role not in required or role in have:
            continue
        ctx.suppressed_kinds.update({"contents": {"content"}, "criteria": {"criterion"}, "organisation": {"duty"}}.get(role, set()))
        parent_line = required[role]
        section = next((s for s in parent.plan.sections if re.search(pattern, fold(s.heading))), None)
        if parent_line and parent.document is not None:
            parent_ev = parent.line_evidence(parent_line)
        else:
            parent_ev = parent.evidence(None, section.heading if section else name)
        findings.append(
            Finding(
                type="missing_section",
                severity=severity,
                message=f"Kế hoạch thiếu phần “{name}” mà kế hoạch cấp trên yêu cầu.",
                parent_evidence=parent_ev,
                child_evidence=None,
            )
        )
    return findings
