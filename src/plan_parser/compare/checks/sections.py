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

# A heading line of the document: a Roman or Arabic label, then a short text. Items labelled a), (1)
# or "-" are not headings: a short item such as "a) Tổ chức thực hiện thi đua…" must not pass for one.
_HEADING = re.compile(r"^\s*(?:\*\*)?(?:[IVX]+\.|\d+\.)\s*(.{3,90})$", re.IGNORECASE)
# On such a line the section's name must open the heading ("2. Tiêu chí thi đua", "IV. TỔ CHỨC THỰC HIỆN").
_HEADING_START = {
    "contents": r"^(?:noi dung|nhiem vu)",
    "criteria": r"^(?:tieu chi|tieu chuan)",
    "awards": r"^(?:hinh thuc|khen thuong|danh hieu|cong tac khen)",
    "organisation": r"^(?:to chuc thuc hien|trach nhiem|phan cong)",
}


def headings(side) -> list[tuple[str, int | None, bool]]:
    """(folded heading, line, found by the parser) of the plan's sections and outline, and heading-like lines."""
    out = [(fold(s.heading), None, True) for s in side.plan.sections]

    def walk(nodes):
        for node in nodes:
            if node.heading and node.kind in ("section", "item"):
                out.append((fold(node.heading), node.span.line_start if node.span else None, True))
            walk(node.children)

    walk(side.plan.outline)
    if side.document is not None:
        for line in side.document.lines:
            match = _HEADING.match(line.text)
            if match:
                out.append((fold(match.group(1)).strip(), line.number, False))
    return out


def present_roles(side) -> dict[str, int | None]:
    found: dict[str, int | None] = {}
    heads = headings(side)
    for role, (pattern, field, _, _) in SECTION_ROLES.items():
        if getattr(side.plan, field):
            found[role] = None
            continue
        for text, line, parsed in heads:
            if re.search(pattern, text) if parsed else re.match(_HEADING_START[role], text):
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
