"""missing_content and unassigned_task, read off the alignment.

A parent content item that no child item covers is missing_content; a duty the parent gives the
lower level that no child body receives is unassigned_task. Partly covered items are reported
as "info" (worth a look, not a defect); criteria are advisory because a province lists criteria
for groups a ward does not have. Items of a whole missing section are reported once, by
the sections check.
"""

from __future__ import annotations

from ...model import Finding
from ..labels import ITEM_KIND


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


# How close under a threshold an uncovered item may score and still be a near miss.
NEAR_MISS_MARGIN = 0.05


def _near_miss(item, ctx) -> bool:
    """An uncovered item whose score or containment falls just under the partial thresholds: the
    evidence that it is missing is weak (a paraphrase or a merge may hold it), so it is not "high"."""
    options = ctx.options.align
    trace = ctx.duty_traces.get(item.parent.pointer or "", 0.0)
    return (item.score >= options.partial_threshold - NEAR_MISS_MARGIN
            or trace >= options.contain_partial - NEAR_MISS_MARGIN)  # fmt: skip


def _tasks_unread(child, item, ctx) -> bool:
    """The child has no content item at all (its tasks written as one paragraph, or a section the parser did
    not read as tasks) while the item leaves a trace in it (its best containment anywhere at least half of
    `contain_partial`: 0.21-0.24 on such children, where a dropped task leaves 0.10): the item may well be there
    in words no item-by-item comparison can tell, so the evidence is too weak for an alarm. An item with no
    trace even then (a dropped task) is still reported."""
    if any(it.kind == "content" for it in child.items()):
        return False
    trace = ctx.duty_traces.get(item.parent.pointer or "", 0.0)
    return trace >= ctx.options.align.contain_partial / 2


# Fewest duties left to assign for "none of them was found" to tell an unread part from a dropped duty.
_UNREAD_DUTIES = 3
_UNREAD_SCORE = 0.05


def _assignments_unread(ctx) -> bool:
    """Every duty the child must give a body (those its existence does not discharge), at least three, scores ~0:
    no word of any of them in the part read as the organisation section. A ward drops a duty or two, not all
    of them while it keeps the tasks: its assignment part was not read (a layout the reader does not know), so
    one notice stands for the duties instead of an alarm each."""
    duties = [a for a in ctx.alignment if a.parent.kind == "duty"
              and not (a.verdict == "covered" and a.matches and a.matches[0].child.pointer == "/title")]  # fmt: skip
    return len(duties) >= _UNREAD_DUTIES and all(a.verdict == "not_covered" and a.score < _UNREAD_SCORE for a in duties)


def check(parent, child, ctx) -> list[Finding]:
    findings: list[Finding] = []
    unread = "duty" not in ctx.suppressed_kinds and _assignments_unread(ctx)
    if unread:
        findings.append(Finding(
            type="unassigned_task", severity="info", parent_evidence=None, child_evidence=None,
            message=("Không đọc được phần phân công nhiệm vụ của kế hoạch: không nhiệm vụ nào kế hoạch cấp trên giao cho "
                     "cấp xã được tìm thấy ở đó; đề nghị kiểm tra việc giao nhiệm vụ trực tiếp trên văn bản."),
        ))  # fmt: skip
    for item in ctx.alignment:
        kind = item.parent.kind
        if kind in ctx.suppressed_kinds or item.verdict == "covered":
            continue
        partial = item.verdict == "partly_covered"
        if kind == "duty":
            ftype = "unassigned_task"
            # Written somewhere in the plan (a content item, a goal) but given to no body: medium; no trace: high.
            traced = ctx.duty_traces.get(item.parent.pointer or "", 0.0) >= ctx.options.align.contain_partial
            severity = "info" if partial or unread else "medium" if traced or _near_miss(item, ctx) else "high"
            message = (
                f"Nhiệm vụ kế hoạch cấp trên giao cho cấp xã chưa được giao cụ thể cho cơ quan, đơn vị nào "
                f"(điểm tương đồng {item.score:.2f}): “{_short(item.parent.text)}”."
            )
            if partial:
                message = f"Nhiệm vụ giao cho cấp xã mới được giao một phần (điểm {item.score:.2f}), đề nghị rà soát: “{_short(item.parent.text)}”."
        else:
            ftype = "missing_content"
            severity = "info" if partial or kind == "criterion" else "medium" if _near_miss(item, ctx) else "high"
            label = ITEM_KIND.get(kind, "Nội dung")
            message = f"{label} của kế hoạch cấp trên chưa được cụ thể hóa trong kế hoạch (điểm tương đồng {item.score:.2f}): “{_short(item.parent.text)}”."
            if partial:
                message = f"{label} của kế hoạch cấp trên mới được thể hiện một phần (điểm {item.score:.2f}), đề nghị rà soát: “{_short(item.parent.text)}”."
            elif kind == "content" and _tasks_unread(child, item, ctx):
                severity = "info"
                message = (f"{label} của kế hoạch cấp trên chưa tìm thấy rõ trong kế hoạch (điểm {item.score:.2f}); phần "
                           f"nhiệm vụ của kế hoạch không đọc được thành từng mục, đề nghị rà soát: “{_short(item.parent.text)}”.")
        best = item.matches[0].child if item.matches else None
        findings.append(
            Finding(
                type=ftype,
                severity=severity,
                message=message,
                parent_evidence=parent.evidence(item.parent.pointer, item.parent.text, item.parent.span),
                child_evidence=child.evidence(best.pointer, best.text, best.span) if best else None,
            )
        )
    return findings
