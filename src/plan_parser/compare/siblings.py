"""Sibling comparison: two plans implementing the same (unavailable) parent.

Each side's contents and duties are aligned to the other's; what one has and the other lacks, and
where they cite the parent, date their milestones or set deadlines differently, becomes a
sibling_difference finding. Neither side is "right": the auditor decides.
"""

from __future__ import annotations

from ..model import AlignmentReport, Finding
from .align import AlignOptions, align, coverage
from .checks.citation import same_date, same_number
from .checks.deadlines import vn as vn_deadline
from .checks.sections import SECTION_ROLES, present_roles
from .checks.timeline import entry_key, title_period
from .sides import Side


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _items(side: Side):
    # Duties are compared as contents: two wards give the same work to differently named bodies.
    return [it.model_copy(update={"kind": "content"}) if it.kind == "duty" else it
            for it in side.items() if it.kind in ("content", "duty")]  # fmt: skip


def compare_siblings(a: Side, b: Side, options: AlignOptions | None = None) -> AlignmentReport:
    options = options or AlignOptions()
    forward = align(_items(a), _items(b), options)
    backward = align(_items(b), _items(a), options)
    findings: list[Finding] = []
    for item, here, there in [(x, a, b) for x in forward] + [(x, b, a) for x in backward]:
        if item.verdict != "not_covered":
            continue
        best = item.matches[0].child if item.matches else None
        findings.append(
            Finding(
                type="sibling_difference",
                severity="low",
                message=f"Nội dung có trong kế hoạch của {here.plan.issuer or here.source} nhưng không có trong kế hoạch của {there.plan.issuer or there.source}: “{_short(item.parent.text)}”.",
                parent_evidence=here.evidence(item.parent.pointer, item.parent.text, item.parent.span),
                child_evidence=there.evidence(best.pointer, best.text, best.span) if best else None,
            )
        )
    findings += _section_differences(a, b) + _citation_differences(a, b) + _timeline_differences(a, b)
    findings += _deadline_differences(a, b)
    return AlignmentReport(
        parent=a.ref(), child=b.ref(), mode="siblings", coverage=coverage(forward), alignment=forward, findings=findings
    )


def _section_differences(a: Side, b: Side) -> list[Finding]:
    """A section (criteria, awards, organisation...) one plan has and the other lacks."""
    out = []
    roles_a, roles_b = present_roles(a), present_roles(b)
    for role, (_, _, name, _) in SECTION_ROLES.items():
        if (role in roles_a) == (role in roles_b):
            continue
        here, there = (a, b) if role in roles_a else (b, a)
        line = (roles_a if role in roles_a else roles_b)[role]
        evidence = here.line_evidence(line) if line and here.document is not None else None
        out.append(Finding(type="sibling_difference", severity="medium",
                           message=f"Kế hoạch của {here.plan.issuer or here.source} có phần “{name}”, kế hoạch của "
                                   f"{there.plan.issuer or there.source} không có.",
                           parent_evidence=evidence if here is a else None,
                           child_evidence=evidence if here is b else None))  # fmt: skip
    return out


def _citation_differences(a: Side, b: Side) -> list[Finding]:
    out = []
    for i, x in enumerate(a.plan.bases):
        for j, y in enumerate(b.plan.bases):
            if same_number(x.number, y.number) and same_date(x.date, y.date) is False:
                message = f"Hai kế hoạch trích dẫn văn bản số {x.number} với ngày ban hành khác nhau."
            elif same_date(x.date, y.date) and x.doc_type == y.doc_type and same_number(x.number, y.number) is False and x.issuer == y.issuer:
                message = f"Hai kế hoạch trích dẫn văn bản cấp trên cùng ngày nhưng số hiệu khác nhau ({x.number} và {y.number})."
            else:
                continue
            out.append(Finding(type="sibling_difference", severity="medium", message=message,
                               parent_evidence=a.evidence(f"/bases/{i}", x.number or ""),
                               child_evidence=b.evidence(f"/bases/{j}", y.number or "")))  # fmt: skip
    return out


def _timeline_differences(a: Side, b: Side) -> list[Finding]:
    out = []
    pa, pb = title_period(a.plan.title), title_period(b.plan.title)
    if pa and pb and pa != pb:
        out.append(Finding(type="sibling_difference", severity="medium",
                           message=f"Hai kế hoạch có giai đoạn thực hiện khác nhau ({pa[0]}–{pa[1]} và {pb[0]}–{pb[1]}).",
                           parent_evidence=a.evidence("/title", a.plan.title or ""),
                           child_evidence=b.evidence("/title", b.plan.title or "")))  # fmt: skip
    keyed_b = {entry_key(e): (j, e) for j, e in enumerate(b.plan.timeline) if entry_key(e)}
    for i, e in enumerate(a.plan.timeline):
        key = entry_key(e)
        if key in keyed_b:
            j, f = keyed_b[key]
            if (e.start, e.end) != (f.start, f.end):
                out.append(Finding(type="sibling_difference", severity="medium",
                                   message=f"Hai kế hoạch đặt mốc thời gian khác nhau ({e.start} và {f.start}): “{_short(e.what or '')}”.",
                                   parent_evidence=a.evidence(f"/timeline/{i}", e.what or ""),
                                   child_evidence=b.evidence(f"/timeline/{j}", f.what or "")))  # fmt: skip
    return out


def _deadline_differences(a: Side, b: Side) -> list[Finding]:
    out = []
    da = [(i, d) for i, d in enumerate(a.plan.deadlines) if d.date]
    db = [(j, d) for j, d in enumerate(b.plan.deadlines) if d.date]
    if da and db and {d.date for _, d in da} != {d.date for _, d in db}:
        (i, x), (j, y) = da[0], db[0]
        out.append(Finding(type="sibling_difference", severity="info",
                           message=f"Hai kế hoạch đặt thời hạn báo cáo khác nhau ({vn_deadline(x)} và {vn_deadline(y)}).",
                           parent_evidence=a.evidence(f"/deadlines/{i}", x.what or ""),
                           child_evidence=b.evidence(f"/deadlines/{j}", y.what or "")))  # fmt: skip
    return out
