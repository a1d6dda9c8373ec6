"""missing_section: a section the parent requires (contents, criteria, awards, organisation) is absent.

A section counts as present when the child has its heading (a Roman-numeral section or a numbered
sub-heading) or the parser found its items; both must be missing before we report it.
"""

from __future__ import annotations

import re

from ...model import Finding
from ..sides import _LOWER_LEVEL
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
_HEADING = re.compile(r"^\s*(?:\*\*)?(?:(?:phần|mục|chương)\s+)?(?:[IVX]+\.|\d+\.)\s*(.{3,90})$", re.IGNORECASE)
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


# Criteria stated without a heading of their own: a merged "ĐÁNH GIÁ VÀ KHEN THƯỞNG" paragraph ("Kết quả được
# đánh giá qua tỷ lệ ...", "Đánh giá theo ...") or a sentence naming them ("... là tiêu chí bình xét thi đua").
# A criterion named for another use ("lồng ghép tiêu chí phòng, chống bạo lực gia đình vào bình xét") is not one.
_CRITERIA_TEXT = re.compile(
    r"\btieu chi (?:(?:binh xet|danh gia|xep loai),? )*(?:thi dua|danh gia|khen thuong)\b"
    r"|\bdanh gia (?:qua|theo|dua tren|can cu(?: vao)?|bang)\b"
)


def _side_texts(side) -> list[str]:
    if side.document is not None:
        return [side.document.text]
    p = side.plan
    return [*p.contents, *p.purposes, *p.requirements, *p.awards, *(s.heading for s in p.sections),
            *(t for a in p.assignments for t in a.tasks)]  # fmt: skip


def criteria_in_text(side) -> bool:
    return any(_CRITERIA_TEXT.search(fold(t)) for t in _side_texts(side))


def present_roles(side, *, by_content: bool = False) -> dict[str, int | None]:
    """Roles the side has a section for; with by_content (the child), criteria stated in its text count too:
    the parent's requirement rests on a section, the child's compliance on the content wherever it is."""
    found: dict[str, int | None] = {}
    heads = headings(side)
    for role, (pattern, field, _, _) in SECTION_ROLES.items():
        if getattr(side.plan, field):
            found[role] = None
            continue
        if role == "criteria" and by_content and criteria_in_text(side):
            found[role] = None
            continue
        for text, line, parsed in heads:
            if re.search(pattern, text) if parsed else re.match(_HEADING_START[role], text):
                found[role] = line
                break
    return found


_ROMAN_HEADING = re.compile(r"^\s*(?:\*\*)?[IVX]+\.\s")
_FUNDING = re.compile(r"\bkinh phi\b")


def funding_required(parent) -> int | None:
    """The line of the parent's "KINH PHÍ" section when that section tells the lower level to fund its part
    ("Ủy ban nhân dân các xã, phường bố trí kinh phí ..."): the child's plan must then say how it is funded.
    A funding section about the province's own budget only asks nothing of a ward."""
    if parent.document is None:
        return None
    lines = parent.document.lines
    start, end = parent.section_lines(r"^kinh phi")
    if start is not None:
        body = " ".join(fold(ln.text) for ln in lines[start : end or len(lines)])
        return start if _LOWER_LEVEL.search(body) else None
    for i, line in enumerate(lines):
        if _ROMAN_HEADING.match(line.text) and re.search(r"^\s*(?:\*\*)?[ivx]+\.\s*kinh phi", fold(line.text)):
            body = []
            for following in lines[i + 1 :]:
                if _ROMAN_HEADING.match(following.text):
                    break
                body.append(fold(following.text))
            return line.number if _LOWER_LEVEL.search(" ".join(body)) else None
    return None


def funding_present(child) -> bool:
    """Funding is addressed when the child says "kinh phí" anywhere (a section, a duty, a sentence)."""
    if child.document is not None:
        return bool(_FUNDING.search(fold(child.document.text)))
    p = child.plan
    texts = [*p.contents, *p.purposes, *p.requirements, *(t for a in p.assignments for t in a.tasks)]
    return any(_FUNDING.search(fold(t)) for t in texts)


def check(parent, child, ctx) -> list[Finding]:
    required = present_roles(parent)
    have = present_roles(child, by_content=True)
    findings = _missing_roles(parent, child, ctx, required, have)
    funding_line = funding_required(parent)
    if funding_line is not None and not funding_present(child):
        findings.append(
            Finding(
                type="missing_section",
                severity="medium",
                message="Kế hoạch thiếu phần “Kinh phí thực hiện” mà kế hoạch cấp trên yêu cầu cấp xã bố trí.",
                parent_evidence=parent.line_evidence(funding_line),
                child_evidence=None,
            )
        )
    return findings


def _missing_roles(parent, child, ctx, required, have) -> list[Finding]:
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
