"""What the report templates show, built from an AuditResult: labels in Vietnamese, links to evidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..compare.labels import FINDING_TYPE, ITEM_KIND, SEVERITY, VERDICT
from ..errors import JobNotFound
from ..model import DOUBTFUL_CONFIDENCE, SEVERITY_ORDER, AlignmentReport, BBox, Document, Evidence, FindingType, Span
from .audit import AuditResult, ReadPlan

# The same words as the CLI and audit reports (compare/labels.py).
SEVERITY_LABEL, FINDING_LABEL, VERDICT_LABEL, ITEM_KIND_LABEL = SEVERITY, FINDING_TYPE, VERDICT, ITEM_KIND


@dataclass
class EvidenceView:
    side: str  # "parent" or "child"
    quote: str
    where: str  # "trang 2, dòng 14"
    href: str | None  # page image with the box, or the line in the text view
    is_image: bool = False


@dataclass
class FindingView:
    index: int
    type_label: str
    type: str
    severity: str
    message: str
    evidence: list[EvidenceView] = field(default_factory=list)


@dataclass
class Segment:
    text: str
    doubtful: bool = False
    note: str = ""


@dataclass
class LineView:
    number: int
    page: int
    segments: list[Segment]
    restored_from: str | None = None


def _where(evidence: Evidence) -> str:
    page = evidence.page or (evidence.span.page if evidence.span else None)
    line = evidence.line or (evidence.span.line_start if evidence.span else None)
    parts = [f"trang {page}" if page else "", f"dòng {line}" if line else ""]
    return ", ".join(p for p in parts if p) or "không rõ vị trí"


def span_link(base: str, side: str, span: Span | None, read: ReadPlan) -> tuple[str | None, bool]:
    """(href, is_image): the scanned page with the span's lines boxed, else the line in the text view."""
    if span is None:
        return None, False
    if span.page in read.images:
        return f"{base}/{side}/lines/{span.line_start}-{span.line_end}.png", True
    return f"#{side}-l{span.line_start}", False


def evidence_view(base: str, side: str, evidence: Evidence, read: ReadPlan) -> EvidenceView:
    span = evidence.span
    if span is None and evidence.line and 1 <= evidence.line <= len(read.document.lines):
        span = read.document.span(evidence.line)
    href, is_image = span_link(base, side, span, read)
    return EvidenceView(side=side, quote=evidence.quote, where=_where(evidence), href=href, is_image=is_image)


def finding_views(base: str, result: AuditResult) -> list[FindingView]:
    views = []
    for i, finding in enumerate(result.report.findings):
        view = FindingView(
            index=i,
            type_label=FINDING_LABEL.get(finding.type, finding.type.value),
            type=finding.type.value,
            severity=finding.severity,
            message=finding.message,
        )
        if finding.parent_evidence:
            view.evidence.append(evidence_view(base, "parent", finding.parent_evidence, result.parent))
        if finding.child_evidence:
            view.evidence.append(evidence_view(base, "child", finding.child_evidence, result.child))
        views.append(view)
    return views


def grouped_by_severity(findings: list[FindingView]) -> list[tuple[str, str, list[FindingView]]]:
    """(severity, label, findings) from the most to the least severe, empty groups left out."""
    order = sorted(SEVERITY_ORDER, key=SEVERITY_ORDER.get, reverse=True)
    groups = [(s, SEVERITY_LABEL[s], [f for f in findings if f.severity == s]) for s in order]
    return [g for g in groups if g[2]]


def count_by_type(report: AlignmentReport) -> dict[str, int]:
    counts = {t.value: 0 for t in FindingType}
    for finding in report.findings:
        counts[finding.type.value] += 1
    return counts


def lines_box(document: Document, line_start: int, line_end: int) -> tuple[int, BBox | None]:
    """(page, union of the line boxes on the first line's page) of a span of lines."""
    if not 1 <= line_start <= line_end <= len(document.lines):
        raise JobNotFound(f"no lines {line_start}-{line_end}")
    first = document.lines[line_start - 1]
    boxes = [ln.bbox for ln in document.lines[line_start - 1 : line_end] if ln.page == first.page and ln.bbox]
    if not boxes:
        return first.page, None
    return first.page, BBox(
        x0=min(b.x0 for b in boxes), y0=min(b.y0 for b in boxes), x1=max(b.x1 for b in boxes), y1=max(b.y1 for b in boxes)
    )


def line_views(document: Document) -> list[LineView]:
    """The text line by line, doubtful words marked (OCR/restorer confidence below DOUBTFUL_CONFIDENCE)."""
    views = []
    for line in document.lines:
        restored_from = line.original if line.original and line.original != line.text else None
        segments = _segments(line)
        views.append(LineView(number=line.number, page=line.page, segments=segments, restored_from=restored_from))
    return views


def _segments(line) -> list[Segment]:
    """Split the line text at its words; a word with low confidence becomes a doubtful segment."""
    doubtful = [w for w in line.words if w.confidence is not None and w.confidence < DOUBTFUL_CONFIDENCE and w.text]
    if not doubtful:
        return [Segment(line.text)]
    segments: list[Segment] = []
    cursor = 0
    for word in doubtful:
        at = line.text.find(word.text, cursor)
        if at < 0:
            continue  # the word was rewritten by the restorer; its line still shows `restored_from`
        if at > cursor:
            segments.append(Segment(line.text[cursor:at]))
        note = f"độ tin cậy {word.confidence:.0%}"
        segments.append(Segment(word.text, doubtful=True, note=note))
        cursor = at + len(word.text)
    if cursor < len(line.text):
        segments.append(Segment(line.text[cursor:]))
    return segments
