"""The audit the web app runs: read -> restore -> parse the child and the parent, then compare.

Thin over the library (`plan_parser.read`, `plan_parser.parse`, `plan_parser.compare`); what it
adds is progress reporting and keeping what the report page needs after the uploads are deleted
(the documents, plans, and page images of scanned pages that carry evidence).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable

from ..model import AlignmentReport, Document, Plan
from .jobs import Job
from .pages import PageImages, page_images_for
from .settings import WebSettings
from .uploads import StoredUpload


@dataclass
class ReadPlan:
    """One input as the report shows it."""

    name: str
    kind: str
    document: Document
    plan: Plan
    images: PageImages = field(default_factory=PageImages)
    proposed: bool = False  # taken from the archive because the child cites it


@dataclass
class AuditResult:
    child: ReadPlan
    parent: ReadPlan
    report: AlignmentReport
    seconds: float


@dataclass
class BatchRow:
    name: str
    result: AuditResult | None = None
    error: dict | None = None


@dataclass
class BatchResult:
    parent: ReadPlan | None
    rows: list[BatchRow]
    seconds: float


def read_options(settings: WebSettings):
    from ..read.options import ReadOptions

    # One OCR process per audit: the pool already runs `settings.workers` audits side by side.
    return ReadOptions(max_pages=settings.max_pages, max_bytes=settings.max_upload_bytes, workers=1)


# Auditors send the same parent with every child: keep the last few reads, keyed by content hash.
_READ_CACHE: OrderedDict[str, tuple[Document, Plan, PageImages]] = OrderedDict()
_READ_CACHE_SIZE = 16
_READ_CACHE_LOCK = threading.Lock()


def _sha256(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_plan(upload: StoredUpload, settings: WebSettings, job: Job, label: str, step: int, total: int) -> ReadPlan:
    """Read (restoring when needed) and parse one upload, reporting the stages to `job`."""
    from ..parse import parse
    from ..read import read

    key = _sha256(upload.path)
    with _READ_CACHE_LOCK:
        cached = _READ_CACHE.get(key)
        if cached:
            _READ_CACHE.move_to_end(key)
    if cached:
        job.progress("phân tích", f"{label}: {upload.name} (đã đọc trước đó)", step + 1, total)
        document, plan, images = cached
        return ReadPlan(name=upload.name, kind=upload.kind, document=document, plan=plan, images=images)
    job.progress("đọc", f"{label}: {upload.name}", step, total)
    document = read(upload.path, options=read_options(settings), on_progress=read_progress(job, label, upload.name, step, total))
    job.progress("phân tích", f"{label}: {upload.name}", step + 1, total)
    plan = parse(document)
    images = page_images_for(upload.path, document)
    with _READ_CACHE_LOCK:
        _READ_CACHE[key] = (document, plan, images)
        while len(_READ_CACHE) > _READ_CACHE_SIZE:
            _READ_CACHE.popitem(last=False)
    return ReadPlan(name=upload.name, kind=upload.kind, document=document, plan=plan, images=images)


# Where each reader stage (which always come in this order) fills one read step's bar: reading text
# layers is quick, OCR is most of the time, restoration the rest.
_STAGE_SPANS = {"read": (0.0, 0.1), "ocr": (0.1, 0.8), "restore": (0.8, 1.0)}


def read_progress(job: Job, label: str, name: str, step: int, total: int) -> Callable[[str, int, int], None]:
    """The reader's page-by-page progress, moving the job's bar within this read's step."""

    def on_progress(stage: str, done: int, pages: int) -> None:
        start, end = _STAGE_SPANS.get(stage, (0.0, 0.0))
        at = step + start + (end - start) * done / max(pages, 1)
        if stage == "restore":
            detail = "khôi phục dấu tiếng Việt" if done < pages else "đã khôi phục dấu tiếng Việt"
            job.progress("khôi phục", f"{label}: {detail}", at, total)
            return
        what = "nhận dạng chữ (OCR) trang" if stage == "ocr" else "đọc trang"
        job.progress("đọc", f"{label}: {name} — {what} {done}/{pages}", at, total)

    return on_progress


ParentSource = StoredUpload | ReadPlan | Callable[[ReadPlan], ReadPlan]


def compare_read(parent: ReadPlan, child: ReadPlan) -> AlignmentReport:
    """compare() with both documents, so evidence quotes the lines and carries page, line and box."""
    from ..compare import compare
    from ..pipeline import Processed

    report = compare(Processed(parent.document, parent.plan), Processed(child.document, child.plan))
    # The report names the files as the auditor called them, not the private upload paths.
    report.parent.source, report.child.source = parent.name, child.name
    return report


def run_audit(child: StoredUpload, parent: ParentSource, settings: WebSettings, job: Job) -> AuditResult:
    """Audit one child plan against its parent: an upload, a plan from the archive, or a function
    that proposes the parent once the child is read (from the child's bases)."""
    started = time.perf_counter()
    total = 5 if isinstance(parent, StoredUpload) else 3
    child_read = read_plan(child, settings, job, "kế hoạch cấp dưới", 0, total)
    if isinstance(parent, StoredUpload):
        parent_read = read_plan(parent, settings, job, "kế hoạch cấp trên", 2, total)
    elif isinstance(parent, ReadPlan):
        parent_read = parent
    else:
        job.progress("so sánh", "tìm kế hoạch cấp trên trong kho theo phần căn cứ", total - 1, total)
        parent_read = parent(child_read)
    job.progress("so sánh", "đối chiếu từng nội dung", total - 1, total)
    report = compare_read(parent_read, child_read)
    job.progress("so sánh", "xong", total, total)
    return AuditResult(child_read, parent_read, report, time.perf_counter() - started)


def run_batch(children: list[StoredUpload], parent: StoredUpload | ReadPlan, settings: WebSettings, job: Job) -> BatchResult:
    """Audit many children against one parent; a child that fails is a row with its error."""
    from ..errors import PlanParserError

    started = time.perf_counter()
    total = 2 * len(children) + 2
    parent_read = (
        read_plan(parent, settings, job, "kế hoạch cấp trên", 0, total) if isinstance(parent, StoredUpload) else parent
    )
    rows: list[BatchRow] = []
    for i, child in enumerate(children):
        step = 2 + 2 * i
        one_started = time.perf_counter()
        try:
            child_read = read_plan(child, settings, job, f"tệp {i + 1}/{len(children)}", step, total)
            job.progress("so sánh", f"tệp {i + 1}/{len(children)}: {child.name}", step + 1, total)
            report = compare_read(parent_read, child_read)
            result = AuditResult(child_read, parent_read, report, time.perf_counter() - one_started)
            rows.append(BatchRow(name=child.name, result=result))
        except PlanParserError as exc:
            rows.append(BatchRow(name=child.name, error=exc.to_dict()))
    job.progress("so sánh", "xong", total, total)
    return BatchResult(parent=parent_read, rows=rows, seconds=time.perf_counter() - started)

