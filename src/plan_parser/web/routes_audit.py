"""Audit pages: the upload form, the progress page, the report and its downloads."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from ..errors import JobNotFound, ParentNotFound, UploadRejected
from .audit import AuditResult, run_audit
from .exports import print_pdf, report_csv, report_json
from .pages import draw_box
from .uploads import ACCEPT_ATTRIBUTE, JobFolder
from .views import (
    ITEM_KIND_LABEL,
    VERDICT_LABEL,
    finding_views,
    grouped_by_severity,
    line_views,
    lines_box,
    span_link,
)

router = APIRouter()
STATIC = Path(__file__).parent / "static"


def _file(form, name: str) -> UploadFile | None:
    value = form.get(name)
    # A file input left empty arrives as an UploadFile with no name and no bytes.
    return value if isinstance(value, UploadFile) and value.filename else None


async def read_form(request: Request, max_files: int):
    settings = request.app.state.settings
    try:
        return await request.form(max_files=max_files, max_fields=20, max_part_size=settings.max_upload_bytes)
    except Exception as exc:  # starlette raises MultiPartException / HTTPException for malformed forms
        raise UploadRejected(f"the form could not be read: {getattr(exc, 'detail', exc)}",
                             hint="gửi lại biểu mẫu; tối đa số tệp và dung lượng cho phép") from exc  # fmt: skip


@router.get("/", response_class=HTMLResponse)
def audit_form(request: Request):
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "audit_form.html", {"accept": ACCEPT_ATTRIBUTE, "page": "audit"})


@router.post("/audit")
async def start_audit(request: Request):
    settings = request.app.state.settings
    form = await read_form(request, max_files=2)
    child, parent = _file(form, "child"), _file(form, "parent")
    parent_id = (form.get("parent_id") or "").strip() if isinstance(form.get("parent_id"), str) else ""
    if child is None:
        raise UploadRejected("no child plan was uploaded", hint="hãy chọn tệp kế hoạch cần kiểm tra")
    archive = request.app.state.archive
    if parent is None and not parent_id and archive is None:
        raise ParentNotFound("no parent plan given", hint="hãy tải lên kế hoạch cấp trên")
    folder = JobFolder()
    try:
        child_upload = await run_in_threadpool(folder.store, "child", child.filename, child.file, settings.max_upload_bytes)
        if parent is not None:
            parent_source = await run_in_threadpool(
                folder.store, "parent", parent.filename, parent.file, settings.max_upload_bytes
            )
        else:
            from .routes_search import parent_from_archive

            parent_source = parent_from_archive(archive, parent_id or None)
    except BaseException:
        folder.remove()
        raise
    job = request.app.state.jobs.submit("audit", folder, lambda job: run_audit(child_upload, parent_source, settings, job))
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str):
    job = request.app.state.jobs.get(job_id)
    target = f"/reports/{job.id}/0" if job.kind == "audit" else f"/batch/{job.id}"
    if job.status == "done":
        return RedirectResponse(target, status_code=303)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "job.html", {"job": job.as_dict(), "target": target})


@router.get("/api/jobs/{job_id}")
def job_status(request: Request, job_id: str):
    return JSONResponse(request.app.state.jobs.get(job_id).as_dict())


def audit_result(request: Request, job_id: str, row: int) -> AuditResult:
    """The finished audit of a job (row 0), or of one child of a batch job."""
    job = request.app.state.jobs.get(job_id)
    if job.status != "done":
        raise JobNotFound(f"job {job_id} has not finished", hint="hãy đợi kiểm tra xong")
    if job.kind == "audit" and row == 0:
        return job.result
    rows = job.result.rows if job.kind == "batch" else []
    if 0 <= row < len(rows) and rows[row].result is not None:
        return rows[row].result
    raise JobNotFound(f"no report {row} in job {job_id}")


def report_context(request: Request, job_id: str, row: int, standalone: bool) -> dict:
    result = audit_result(request, job_id, row)
    base = f"/reports/{job_id}/{row}"
    findings = finding_views(base, result)
    return {
        "page": "audit",
        "base": base,
        "standalone": standalone,
        "result": result,
        "report": result.report,
        "groups": grouped_by_severity(findings),
        "verdict_label": VERDICT_LABEL,
        "kind_label": ITEM_KIND_LABEL,
        "child_lines": line_views(result.child.document),
        "parent_lines": line_views(result.parent.document),
        "link": lambda side, span: span_link(base, side, span, result.child if side == "child" else result.parent),
    }


def render_standalone(request: Request, job_id: str, row: int) -> str:
    templates = request.app.state.templates
    context = report_context(request, job_id, row, standalone=True)
    # The stylesheet is inlined: a downloaded report travels alone, by email.
    context["inline_css"] = (STATIC / "app.css").read_text(encoding="utf-8")
    return templates.get_template("report_standalone.html").render(context)


@router.get("/reports/{job_id}/{row}", response_class=HTMLResponse)
def report_page(request: Request, job_id: str, row: int):
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "report.html", report_context(request, job_id, row, standalone=False))


@router.get("/reports/{job_id}/{row}/{side}/lines/{line_start}-{line_end}.png")
def scan_lines_image(request: Request, job_id: str, row: int, side: str, line_start: int, line_end: int):
    """The scanned page holding these lines, with the lines boxed in red."""
    result = audit_result(request, job_id, row)
    if side not in ("parent", "child"):
        raise JobNotFound(f"no side {side[:20]!r}")
    read = result.parent if side == "parent" else result.child
    page, box = lines_box(read.document, line_start, line_end)
    if page not in read.images:
        raise JobNotFound(f"page {page} of the {side} plan is not a scan")
    return Response(draw_box(read.images, page, box), media_type="image/png")


@router.get("/reports/{job_id}/{row}/download.{fmt}")
def download(request: Request, job_id: str, row: int, fmt: str):
    result = audit_result(request, job_id, row)
    settings = request.app.state.settings
    if fmt == "json":
        body, media = report_json(result).encode(), "application/json"
    elif fmt == "csv":
        body, media = report_csv(result).encode(), "text/csv; charset=utf-8"
    elif fmt == "html":
        body, media = render_standalone(request, job_id, row).encode(), "text/html; charset=utf-8"
    elif fmt == "pdf":
        html = render_standalone(request, job_id, row)
        body, media = print_pdf(html, settings.chromium, settings.pdf_timeout_s), "application/pdf"
    else:
        raise JobNotFound(f"no download format {fmt!r}", hint="chọn HTML, PDF, JSON hoặc CSV")
    headers = {"Content-Disposition": f'attachment; filename="bao-cao-kiem-tra.{fmt}"'}
    return Response(body, media_type=media, headers=headers)
