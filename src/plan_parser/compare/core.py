"""compare(parent, child): align a lower-level plan to the plan it implements and run the checks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from ..model import SEVERITY_ORDER, AlignedItem, AlignmentReport, Finding, ItemRef, Severity
from .align import AlignOptions, align, assignment_lines, coverage, line_windows
from .bodies import duties_given_inline, names_body, paragraph_body
from .calibration import PlanTexts, load_calibrator
from .checks import PARENT_CHILD_CHECKS
from .dated_items import DatedItems
from .discharge import (
    committee_with_plan,
    discharged_item,
    funding_only,
    issuer_own_act,
    names_own_budget,
    reports_cut,
    undischarged_text,
    without_addressee,
    without_choice,
)
from .siblings import compare_siblings as _compare_siblings
from .sides import ORGANISATION_HEADING, ORGANISATION_LINE, Side, load_side, task_table_line
from .structure import guard_unread_structure
from .text import fold, folded_terms, nfc


class CompareOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    align: AlignOptions = Field(default_factory=AlignOptions)
    min_severity: Severity = Field("info", description="drop findings below this severity (info, low, medium, high)")
    calibrate: bool = Field(True, description="let the learned calibrator lower weakly evidenced alarms to info "
                                              "(models/compare_calibrator.json); False: the rules' severities")


@dataclass
class CheckContext:
    alignment: list[AlignedItem]
    options: CompareOptions
    # Item kinds whose findings a missing_section finding already stands for.
    suppressed_kinds: set[str] = field(default_factory=set)
    # Each lower-level duty's (and uncovered item's) best containment anywhere in the child (by pointer):
    # an unassigned duty with a trace elsewhere in the plan is "medium", one with none "high".
    duty_traces: dict[str, float] = field(default_factory=dict)
    # Each unassigned duty the child writes among its own tasks (before its organisation part), with the lines:
    # the ward's People's Committee took it on, no body is named for it (info, not an alarm).
    own_tasks: dict[str, tuple[float, ItemRef]] = field(default_factory=dict)


def parent_items(parent: Side):
    """What the child must implement: the parent's contents, criteria and duties for the lower level."""
    items = [it for it in parent.items() if it.kind in ("content", "criterion")]
    return items + parent.lower_level_duties()


# A ward that merges the schedule into it: "IV. THỜI GIAN VÀ TỔ CHỨC THỰC HIỆN", "4. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN".
_MERGED_ORGANISATION = r"^(?:thoi gian|kinh phi|tien do)[^.;:]{0,40}?\bva (?:to chuc thuc hien|trach nhiem|phan cong)"

# The heading on a line of its own under "Phần thứ ba" (the part's number on the line before).
# Also the title of an appendix that assigns the tasks ("PHỤ LỤC" / "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH", "NHIỆM VỤ VÀ
# PHÂN CÔNG THỰC HIỆN"): a ward may keep its body short and give each task its body there.
# ("PHỤ LỤC PHÂN CÔNG" over a table of bodies and the numbers of the tasks they get, round 22, I52-A10.)
_BARE_ORGANISATION = re.compile(r"^\s*(?:phu luc(?: [ivx\d]+)?[.:]?\s*)?"
                                r"(?:to chuc thuc hien|trach nhiem thuc hien|phan cong(?: (?:nhiem vu|thuc hien))?|"
                                r"nhiem vu[^.;:]{0,40}\bva phan cong)\b[^.;:]{0,60}$")  # fmt: skip


# A ward that gives each task its body where it lists the tasks: "II. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG", "3. Nhiệm vụ,
# giải pháp và phân công thực hiện", "III. NỘI DUNG, PHÂN CÔNG THỰC HIỆN" (often a table: task | chủ trì | phối hợp |
# thời gian). Its organisation part is that section.
_MERGED_TASKS_ORGANISATION = (r"^(?:nhiem vu|noi dung|giai phap)[^.;:]{0,60}?(?:\bva |,\s*)"
                              r"(?:phan cong|to chuc thuc hien|trach nhiem)")  # fmt: skip


def organisation_line(side: Side) -> int | None:
    """The line from which the child's duties are looked for: its organisation heading, else (a plan whose tasks name
    their bodies where they are listed) its first such task."""
    heading = organisation_heading(side)
    return heading if heading is not None else _first_task_with_body(side)


def _first_task_with_body(side: Side) -> int | None:
    """No organisation part: the tasks name their bodies where they are listed (round 21, I45-A04, I45-B11)."""
    if side.document is None or not duties_given_inline(side):
        return None
    return next((ln.number for ln in side.document.lines if names_body(ln.text) or paragraph_body(ln.text)), None)


def organisation_heading(side: Side) -> int | None:
    """The line of the child's "Tổ chức thực hiện" heading (or of the part, table or appendix that stands for it)."""
    if side.document is None:
        return None
    # The parsed outline first: it reads headings in any style ("Phần V.", "E.", "V. Tổ chức thực hiện"), and the
    # role it gives a part holds whatever the label ("VIII/ TỔ CHỨC THỰC HIỆN", "6. Tổ chức thực hiện").
    start = side.section_lines(ORGANISATION_HEADING)[0] or _assignments_role_line(side) or side.section_lines(_MERGED_ORGANISATION)[0]
    # Tasks given their bodies where they are listed come first, even when a "Tổ chức thực hiện" follows (which then
    # names only the standing office and the reports).
    merged_tasks = side.section_lines(_MERGED_TASKS_ORGANISATION)[0]
    start = min(start, merged_tasks) if start and merged_tasks else start or merged_tasks
    table = task_table_line(side)
    start = min(start, table) if start and table else start or table
    if start is None or start == table:
        # a bare heading over the table ("PHỤ LỤC" / "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH") opens the part
        # ... and so does a label line of its own ("Phân công:", in a plan of run-in labels; round 40, I136-A04)
        bare = next((ln.number for ln in side.document.lines if ORGANISATION_LINE.match(fold(ln.text))
                     or ((ln.text.strip().isupper() or ln.text.strip().endswith(":")) and len(ln.text.split()) <= 14
                         and _BARE_ORGANISATION.match(fold(ln.text.strip().rstrip(":"))))), None)  # fmt: skip
        start = min(start, bare) if start and bare else start or bare
    # A schedule whose steps each close with their body ("Ngày 02/5 - 03/5/2026: lấy mẫu kiểm tra ... Chủ trì: Phòng Kinh
    # tế.") gives the tasks where it lists them; a "Tổ chức thực hiện" after it ("triển khai đúng lịch tại Mục III")
    # only points back (round 41, I142-A10: the ward's tasks were read as given to no body).
    labelled = [ln.number for ln in side.document.lines[: (start or len(side.document.lines)) - 1]
                if _CLOSING_ROLE.search(fold(ln.text))]
    if len(labelled) >= _FEWEST_CLOSING_ROLES:
        start = min(start, labelled[0]) if start else labelled[0]
    return start


_CLOSING_ROLE = re.compile(r"[.;]\s*(?:don vi |co quan )?chu tri(?: thuc hien)?\s*:\s*\S")
_FEWEST_CLOSING_ROLES = 3


def _assignments_role_line(side: Side) -> int | None:
    """The first line of a top-level part the parser gave the role "assignments"."""
    lines = [n.span.line_start for n in side.plan.outline if n.role == "assignments" and n.span is not None]
    return min(lines, default=None)


def compare(parent, child, options: CompareOptions | None = None) -> AlignmentReport:
    """Compare a child plan with its parent. Each side: Plan, Document, text, path, or pipeline result.

    >>> report = compare("province.pdf", "ward.docx")
    >>> [f.type for f in report.findings]
    """
    options = options or CompareOptions()
    parent_side, child_side = load_side(parent), load_side(child)
    traces: dict[str, float] = {}
    own_tasks: dict[str, tuple[float, ItemRef]] = {}
    # A plan restored from OCR is matched on its words without diacritics: its restorer and the other plan's may read
    # one word two ways (channel eng-ocr, 290-A: "mắc ca" restored as "mặc cả"). Clean plans keep their diacritics.
    with folded_terms(_restored(parent_side) or _restored(child_side)):
        alignment = _align(parent_side, parent_items(parent_side), child_side, options, traces, own_tasks)
        ctx = CheckContext(alignment=alignment, options=options, duty_traces=traces, own_tasks=own_tasks)
        findings: list[Finding] = []
        for check in PARENT_CHILD_CHECKS:
            findings.extend(check.check(parent_side, child_side, ctx))
    findings = guard_unread_structure(child_side, findings)
    report = AlignmentReport(
        parent=parent_side.ref(),
        child=child_side.ref(),
        mode="parent-child",
        coverage=coverage(alignment),
        alignment=alignment,
        findings=findings,
    )
    calibrator = load_calibrator() if options.calibrate else None
    if calibrator is not None:
        report = calibrator.judge(report, PlanTexts(_side_text(parent_side), _side_text(child_side)))
    return report.model_copy(update={"findings": _order(report.findings, options.min_severity)})


def _restored(side: Side) -> bool:
    return side.document is not None and side.document.restored


def _align(parent: Side, items: list[ItemRef], child: Side, options: CompareOptions,
           traces: dict[str, float] | None = None,
           own_tasks: dict[str, tuple[float, ItemRef]] | None = None) -> list[AlignedItem]:  # fmt: skip
    """Align the parent's items; a lower-level duty the child plan discharges by existing ("xây dựng
    kế hoạch, phát động Phong trào ...") is covered by the plan itself, or, when more is asked, also
    matched on what is left (the better of the two counts: a ward may keep only the act's words)."""
    to_match: list[ItemRef] = []
    reduced: list[ItemRef] = []
    discharged: dict[int, AlignedItem] = {}
    for i, item in enumerate(items):
        titles = [t for t in (parent.plan.title, child.plan.title) if t]
        rest = undischarged_text(item.text, titles) if item.kind == "duty" else item.text
        if rest is None or (item.kind == "duty" and (committee_with_plan(item.text, rest)
                                                     or funding_only(rest) and names_own_budget(_side_text(child)))):
            # (a bare funding act - "bố trí kinh phí thực hiện" - is answered by the child's funding part)
            discharged[i] = discharged_item(item, child.plan.title)
        else:
            if item.kind == "duty" and without_addressee(item.text) != item.text:
                # only the act of "Chỉ đạo <bodies> <act>" is matched (the bodies' names are in every ward plan)
                item = item.model_copy(update={"text": without_addressee(item.text)})
                rest = without_addressee(rest)
            if item.kind == "duty" and without_choice(item.text) != nfc(item.text).strip():
                # "Lựa chọn <object> để <act>": the plan makes the choice, a body gets "<act> <object>"
                item = item.model_copy(update={"text": without_choice(item.text)})
                rest = without_choice(rest)
            to_match.append(item)
            # What only the ward's own authority does ("đưa chỉ tiêu vào nghị quyết ...") is looked for anywhere in the
            # plan, as the plan's own task, not in the organisation section.
            update = {"text": rest, "kind": "content"} if item.kind == "duty" and issuer_own_act(rest) else {"text": rest}
            reduced.append(item if update == {"text": item.text} else item.model_copy(update=update))
    context = [it.text for it in parent.items() if it.kind in ("content", "criterion", "purpose", "requirement")]
    context += [it.text for it in items if it.kind == "duty"]  # the lower level's duties, not the departments'
    # The ward's own tasks end where an organisation part begins; a plan that names each task's body where it lists it
    # has no such part, and every line of it is one of its tasks (round 23, I50-A04).
    tasks_until = organisation_heading(child)
    duties_from = tasks_until if tasks_until is not None else _first_task_with_body(child)

    def run(parent_items: list[ItemRef]) -> list[AlignedItem]:
        found: dict[str, float] = {}
        written: dict[str, tuple[float, ItemRef]] = {}
        out = align(parent_items, child.items(), options.align, child_document=child.document,
                    duties_from_line=duties_from, parent_context=context, traces=found, own_tasks=written,
                    own_tasks_until=tasks_until, parent_title=parent.plan.title, closing_lines=child.footer_lines(),
                    # a discharged duty still names its task ("...; tổ chức lễ phát động ...", round 41, I142-A08)
                    lower_duties=[it.text for it in parent_items if it.kind == "duty"]
                    + [items[i].text for i in discharged if items[i].kind == "duty"])  # fmt: skip
        if traces is not None:
            for key, value in found.items():
                traces[key] = max(value, traces.get(key, 0.0))
        if own_tasks is not None:
            for key, value in written.items():
                if value[0] > own_tasks.get(key, (0.0, None))[0]:
                    own_tasks[key] = value
        return out

    aligned = run(to_match)
    if any(r is not it for r, it in zip(reduced, to_match)):
        # The report keeps the parent's own wording (only the matching used the reduced text).
        on_rest = [a.model_copy(update={"parent": it}) for a, it in zip(run(reduced), to_match)]
        # A duty whose whole clauses of reporting were cut ("Tổ chức đánh giá, công nhận ...; báo cáo kết quả 6 tháng
        # về Sở ... trước ngày ...") is matched on what is left only: every ward reports, so its report alone does not
        # give the act (round 14, set 22 A06).
        aligned = [b if r is not it and (b.score > a.score or reports_cut(it.text)) else a
                   for a, b, r, it in zip(aligned, on_rest, reduced, to_match)]  # fmt: skip
    matched = iter(aligned)
    out = [discharged[i] if i in discharged else next(matched) for i in range(len(items))]
    # The report keeps the parent's own wording (an addressee may have been left out of the matching).
    out = [a if a.parent is item else a.model_copy(update={"parent": item}) for a, item in zip(out, items)]
    uncovered = {a.parent.kind for a in out if a.verdict == "not_covered"}
    if options.align.dated_items and child.document is not None and uncovered & {"content", "duty"}:
        # on the items' whole wording: a duty's date goes with its act, its reduced text dropped it
        contents = (DatedItems([it.text for it in items if it.kind == "content"], child.document,
                               line_windows(child.document, 1, 2)) if "content" in uncovered else None)
        duties = (DatedItems([it.text for it in items if it.kind == "duty"], child.document,
                             assignment_lines(child.document, duties_from + 1))
                  if "duty" in uncovered and duties_from is not None else None)  # fmt: skip
        for k, a in enumerate(out):
            dated = contents if a.parent.kind == "content" else duties if a.parent.kind == "duty" else None
            if dated is not None and a.verdict == "not_covered":
                out[k] = dated.partial(a)
    return out


def _side_text(side: Side) -> str:
    """A plan's whole text: its document's lines, or its items when it was given as a parsed plan."""
    if side.document is not None:
        return "\n".join(line.text for line in side.document.lines)
    return "\n".join(it.text for it in side.items())


def compare_siblings(a, b, options: CompareOptions | None = None) -> AlignmentReport:
    """Compare two plans that implement the same parent; differences become sibling_difference findings."""
    options = options or CompareOptions()
    report = _compare_siblings(load_side(a), load_side(b), options.align)
    return report.model_copy(update={"findings": _order(report.findings, options.min_severity)})


def _order(findings: list[Finding], min_severity: str) -> list[Finding]:
    floor = SEVERITY_ORDER[min_severity]
    kept = [f for f in findings if SEVERITY_ORDER[f.severity] >= floor]
    return sorted(kept, key=lambda f: -SEVERITY_ORDER[f.severity])
