"""The data model every stage reads and writes.

read -> Document, restore -> RestoredText, parse -> Plan, compare -> AlignmentReport.
Provenance is a `Span`: 1-based page and line numbers plus character offsets into
`Document.text`. The JSON schema published by `plan-parser schema` is generated from here.
"""

from __future__ import annotations

from enum import Enum
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    # Unknown keys are an error: a typo in a field name must not pass silently.
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- provenance


class BBox(_Model):
    """A box on a page, in the page's own unit (pixels for images, points for PDFs)."""

    x0: float
    y0: float
    x1: float
    y1: float


class Span(_Model):
    """Where a value came from: pages, lines (1-based, document-wide) and character offsets."""

    page: int = Field(ge=1, description="page of the first line, 1-based")
    line_start: int = Field(ge=1, description="first line, 1-based, counted over the whole document")
    line_end: int = Field(ge=1, description="last line (inclusive)")
    char_start: int = Field(ge=0, description="offset of the first character in Document.text")
    char_end: int = Field(ge=0, description="offset one past the last character in Document.text")
    bbox: BBox | None = Field(default=None, description="union of the line boxes on the first page, if known")


# --------------------------------------------------------------------------- read


SourceFormat = Literal["pdf", "image", "docx", "text"]
PageSource = Literal["text-layer", "ocr", "docx", "text"]


class Word(_Model):
    text: str
    bbox: BBox | None = None
    confidence: float | None = Field(default=None, ge=0, le=1)


class Line(_Model):
    """One line of text as it stood on the page."""

    text: str
    page: int = Field(ge=1)
    number: int = Field(ge=1, description="line number over the whole document, 1-based")
    page_line: int = Field(ge=1, description="line number within its page, 1-based")
    char_start: int = Field(ge=0, description="offset of the line in Document.text")
    char_end: int = Field(ge=0)
    bbox: BBox | None = None
    confidence: float | None = Field(default=None, ge=0, le=1, description="mean OCR word confidence")
    original: str | None = Field(default=None, description="the line before restoration, when the restorer changed it")
    column: Literal["left", "right"] | None = Field(
        default=None, description="for the two-column header block: which column the line belongs to"
    )
    words: list[Word] = Field(default_factory=list)


class Page(_Model):
    number: int = Field(ge=1)
    width: float | None = None
    height: float | None = None
    unit: Literal["px", "pt"] | None = None
    source: PageSource
    dpi: int | None = None
    rotation: Literal[0, 90, 180, 270] = Field(
        default=0, description="degrees the source page was turned clockwise before OCR; boxes refer to the turned page"
    )


class Document(_Model):
    """A file as read: its text, split into pages and lines, with positions."""

    schema_version: str = SCHEMA_VERSION
    source: str = Field(description="path or name of the input")
    format: SourceFormat
    sha256: str | None = None
    encoding: str | None = Field(default=None, description="detected encoding of text inputs")
    text: str = Field(description="all lines joined with '\\n'; offsets point into this")
    pages: list[Page]
    lines: list[Line]
    restored: bool = Field(default=False, description="whether the text went through the restorer")
    restoration_confidence: float | None = Field(
        default=None, ge=0, le=1, description="mean restorer confidence over tokens, when restored"
    )
    warnings: list[str] = Field(default_factory=list)

    def span(self, line_start: int, line_end: int | None = None) -> Span:
        """The span of lines `line_start..line_end` (1-based, inclusive)."""
        first = self.lines[line_start - 1]
        last = self.lines[(line_end or line_start) - 1]
        return Span(
            page=first.page,
            line_start=first.number,
            line_end=last.number,
            char_start=first.char_start,
            char_end=last.char_end,
        )

    @classmethod
    def from_text(cls, text: str, source: str = "<text>", **extra) -> "Document":
        """A single-page document whose lines are the lines of `text` (form feeds start new pages)."""
        lines: list[Line] = []
        pages: list[Page] = []
        offset = 0
        page_no = 1
        page_line = 0
        pages.append(Page(number=1, source="text"))
        raw_lines = text.split("\n")
        for i, raw in enumerate(raw_lines, start=1):
            if "\f" in raw:
                # A form feed marks a page break (pdftotext, old OCR dumps); it stays in the text.
                page_no += raw.count("\f")
                while len(pages) < page_no:
                    pages.append(Page(number=len(pages) + 1, source="text"))
                page_line = 0
            page_line += 1
            lines.append(
                Line(
                    text=raw,
                    page=page_no,
                    number=i,
                    page_line=page_line,
                    char_start=offset,
                    char_end=offset + len(raw),
                )
            )
            offset += len(raw) + 1
        return cls(source=source, format="text", text=text, pages=pages, lines=lines, **extra)


# --------------------------------------------------------------------------- restore


InputKind = Literal["english-ocr", "accentless", "clean"]
# Below this restorer (or OCR) confidence a word is shown to the user as doubtful.
DOUBTFUL_CONFIDENCE = 0.8


class Alternative(_Model):
    text: str
    score: float = Field(description="posterior probability of this reading")


class RestoredToken(_Model):
    text: str = Field(description="the restored token")
    original: str = Field(description="the token as it stood in the input")
    line: int = Field(ge=1)
    char_start: int = Field(ge=0, description="offset of `text` in RestoredText.text")
    char_end: int = Field(ge=0)
    source_start: int = Field(ge=0, description="offset of `original` in the input text")
    source_end: int = Field(ge=0)
    confidence: float = Field(ge=0, le=1)
    alternatives: list[Alternative] = Field(default_factory=list, description="runner-up readings, best first")
    changed: bool = False


class RestoredText(_Model):
    """Restored text, line for line with its input, with per-token confidence."""

    text: str
    kind: InputKind = Field(description="what the input looked like")
    lines: list[str]
    tokens: list[RestoredToken]
    engine: str = Field(description="name and version of the restorer model")

    @property
    def doubtful(self) -> list[RestoredToken]:
        return [t for t in self.tokens if t.confidence < DOUBTFUL_CONFIDENCE]


# --------------------------------------------------------------------------- parse (SCHEMA.md)


IssuerLevel = Literal["national", "ministry", "province", "district", "commune"]


class Citation(_Model):
    """A document this plan cites (bases) — keys as in SCHEMA.md."""

    doc_type: str | None = None
    number: str | None = None
    date: str | None = Field(default=None, description="ISO date, or YYYY-MM")
    issuer: str | None = None


class SectionHeading(_Model):
    label: str
    heading: str


class TimelineEntry(_Model):
    label: str | None = None
    start: int | None = None
    end: int | None = None
    what: str | None = None
    # Extra keys beyond SCHEMA.md: the months of `start` and `end` (1-12) when the plan states them
    # ("từ tháng 9/2026 đến tháng 3/2027", "quý I/2027" = months 1-3), for month-level checks.
    start_month: int | None = Field(default=None, description="month of `start`, 1-12 (not in SCHEMA.md)")
    end_month: int | None = Field(default=None, description="month of `end`, 1-12 (not in SCHEMA.md)")

    EXTRA_KEYS: ClassVar[tuple[str, ...]] = ("start_month", "end_month")


class Deadline(_Model):
    date: str | None = Field(default=None, description="YYYY-MM-DD, YYYY-MM, --MM-DD (yearly) or ---DD (monthly)")
    recurring: Literal["yearly", "quarterly", "monthly"] | None = None
    what: str | None = None
    to: str | None = None
    # Extra keys beyond SCHEMA.md (whose `recurring` has no six-monthly value): how often it falls due and
    # what is due, so the comparer pairs a six-monthly report with a six-monthly one, never with the yearly.
    period: Literal["once", "monthly", "quarterly", "half-year", "yearly"] | None = Field(
        default=None, description="how often it falls due; half-year for a six-monthly report (not in SCHEMA.md)"
    )
    kind: Literal["report", "issue", "other"] | None = Field(
        default=None, description="report, issue (issue the plan / launch the movement) or other (not in SCHEMA.md)"
    )

    EXTRA_KEYS: ClassVar[tuple[str, ...]] = ("period", "kind")


class Assignment(_Model):
    body: str
    role: Literal["chủ trì", "phối hợp", "thực hiện"]
    tasks: list[str] = Field(default_factory=list)


class Signer(_Model):
    authority: str | None = None
    position: str | None = None
    name: str | None = None


class OutlineNode(_Model):
    """One node of the document outline: a section, item, point, dash or plus entry."""

    kind: Literal["section", "item", "point", "dash", "plus", "paren"]
    label: str | None = None
    heading: str | None = Field(default=None, description="heading text for sections and headed items")
    text: str = Field(default="", description="full text of the node, without its label")
    role: str | None = Field(default=None, description="purposes, requirements, contents, criteria, awards, ...")
    span: Span | None = None
    children: list["OutlineNode"] = Field(default_factory=list)


class Plan(BaseModel):
    """A parsed plan. The keys up to `signer` are exactly those of SCHEMA.md.

    `provenance` maps a JSON Pointer into this object ("/title", "/contents/3",
    "/assignments/1/tasks/0") to the span of the source it came from.
    """

    # Extra keys are allowed so that annotation files may carry comments or later fields.
    model_config = ConfigDict(extra="allow")

    doc_type: str | None = None
    number: str | None = None
    issuer: str | None = None
    issuer_level: IssuerLevel | None = None
    parent_issuer: str | None = None
    place: str | None = None
    date: str | None = None
    title: str | None = None
    bases: list[Citation] = Field(default_factory=list)
    sections: list[SectionHeading] = Field(default_factory=list)
    purposes: list[str] = Field(default_factory=list)
    requirements: list[str] = Field(default_factory=list)
    contents: list[str] = Field(default_factory=list)
    criteria: list[str] = Field(default_factory=list)
    awards: list[str] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    assignments: list[Assignment] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    signer: Signer | None = None

    # Extras beyond SCHEMA.md
    targets: list[str] = Field(
        default_factory=list, description='each item of the targets part ("CHỈ TIÊU"), which SCHEMA.md has no key for'
    )
    provenance: dict[str, Span] = Field(default_factory=dict)
    outline: list[OutlineNode] = Field(default_factory=list)
    source: str | None = None

    SCHEMA_KEYS: ClassVar[tuple[str, ...]] = (
        "doc_type", "number", "issuer", "issuer_level", "parent_issuer", "place", "date", "title",
        "bases", "sections", "purposes", "requirements", "contents", "criteria", "awards",
        "timeline", "deadlines", "assignments", "recipients", "signer",
    )  # fmt: skip

    def schema_dict(self) -> dict:
        """Only the SCHEMA.md keys, in their order (what the gold files hold)."""
        extra = {"deadlines": Deadline.EXTRA_KEYS, "timeline": TimelineEntry.EXTRA_KEYS}
        data = self.model_dump(mode="json", exclude={k: {"__all__": set(v)} for k, v in extra.items()})
        return {k: data[k] for k in self.SCHEMA_KEYS}


# --------------------------------------------------------------------------- compare


class FindingType(str, Enum):
    missing_content = "missing_content"
    citation_mismatch = "citation_mismatch"
    deadline_conflict = "deadline_conflict"
    timeline_mismatch = "timeline_mismatch"
    unassigned_task = "unassigned_task"
    locality_residue = "locality_residue"
    missing_section = "missing_section"
    sibling_difference = "sibling_difference"


Severity = Literal["info", "low", "medium", "high"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "low": 1, "medium": 2, "high": 3}


class Evidence(_Model):
    quote: str
    source: str | None = None
    page: int | None = None
    line: int | None = None
    span: Span | None = None
    pointer: str | None = Field(default=None, description="JSON Pointer of the plan item quoted, e.g. /contents/3")


class Finding(_Model):
    type: FindingType
    severity: Severity
    message: str = Field(description="in Vietnamese, as an official would write it")
    parent_evidence: Evidence | None = None
    child_evidence: Evidence | None = None
    confidence: float | None = Field(
        default=None, ge=0, le=1,
        description="the calibrator's estimate that the finding is a real defect (models/compare_calibrator.json); "
        "null where the finding type is not calibrated",
    )


class ItemRef(_Model):
    kind: Literal["content", "criterion", "duty", "purpose", "requirement", "other"] = Field(
        description="the plan list the item is in; 'other': an outline item the parser gave no role"
    )
    text: str
    index: int = Field(ge=0, description="position in its list in the plan")
    span: Span | None = None
    pointer: str | None = Field(default=None, description="JSON Pointer of the item in its plan")
    body: str | None = Field(default=None, description="for duties: the body that receives the duty")


class Match(_Model):
    child: ItemRef
    score: float = Field(ge=0, le=1)


Verdict = Literal["covered", "partly_covered", "not_covered"]


class AlignedItem(_Model):
    parent: ItemRef
    matches: list[Match] = Field(default_factory=list, description="child items implementing it, best first")
    score: float = Field(ge=0, le=1)
    verdict: Verdict


class PlanRef(_Model):
    source: str | None = None
    number: str | None = None
    date: str | None = None
    issuer: str | None = None
    title: str | None = None


class AlignmentReport(_Model):
    schema_version: str = SCHEMA_VERSION
    parent: PlanRef
    child: PlanRef
    mode: Literal["parent-child", "siblings"] = "parent-child"
    coverage: float = Field(ge=0, le=1)
    alignment: list[AlignedItem] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)

    def alarms(self, finding_type: str | None = None) -> list[Finding]:
        """Findings above "info" (of one type, if given): what an auditor must act on. Info findings are advice;
        a faithful plan may have them, so benchmarks and tests count only these."""
        return [
            f for f in self.findings
            if SEVERITY_ORDER[f.severity] > SEVERITY_ORDER["info"] and finding_type in (None, f.type.value)
        ]  # fmt: skip


# --------------------------------------------------------------------------- schema


def json_schema() -> dict:
    """The published JSON schema: one document with every model under `$defs`.

    The top level validates a parsed plan (the gold files in corpus/gold/parse validate against it).
    """
    from pydantic.json_schema import models_json_schema

    _, defs = models_json_schema(
        [(m, "validation") for m in (Document, RestoredText, Plan, AlignmentReport)],
        ref_template="#/$defs/{model}",
    )
    plan = Plan.model_json_schema(ref_template="#/$defs/{model}")
    plan_defs = plan.pop("$defs", {})
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://plan-parser.example/schema/plan.json",
        **plan,
        "$defs": {**defs.get("$defs", {}), **plan_defs},
    }
    return schema
