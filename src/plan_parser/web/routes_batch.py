"""Batch pages: many children against one parent, a sortable table, and its XLSX export."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from ..errors import JobNotFound, ParentNotFound, UploadRejected
from .audit import run_batch
from .exports import batch_xlsx
from .routes_audit import read_form
from .uploads import ACCEPT_ATTRIBUTE, JobFolder
from .views import FINDING_LABEL, count_by_type

router = APIRouter()


@router.get("/batch", response_class=HTMLResponse)
def batch_form(request: Request):
    settings = request.app.state.settings
    context = {"accept": ACCEPT_ATTRIBUTE, "page": "batch", "max_files": settings.max_batch_files}
    return request.app.state.templates.TemplateResponse(request, "batch_form.html", context)


@router.post("/batch")
async def start_batch(request: Request):
    settings = request.app.state.settings
    form = await read_form(request, max_files=settings.max_batch_files + 1)
    children = [f for f in form.getlist("children") if isinstance(f, UploadFile) and f.filename]
    parent = form.get("parent")
    parent = parent if isinstance(parent, UploadFile) and parent.filename else None
    parent_id = form.get("parent_id") if isinstance(form.get("parent_id"), str) else ""
    if not children:
        raise UploadRejected("no child plans were uploaded", hint="hãy chọn các tệp kế hoạch cần kiểm tra")
    if parent is None and not parent_id:
        raise ParentNotFound("no parent plan given", hint="hãy tải lên hoặc chọn kế hoạch cấp trên")
    folder = JobFolder()
    try:
        stored = [
            await run_in_threadpool(folder.store, f"child-{i:03d}", f.filename, f.file, settings.max_upload_bytes)
            for i, f in enumerate(children)
        ]
        if parent is not None:
            parent_source = await run_in_threadpool(
                folder.store, "parent", parent.filename, parent.file, settings.max_upload_bytes
            )
        else:
            from .routes_search import parent_from_archive

            parent_source = parent_from_archive(request.app.state.archive, parent_id.strip())
    except BaseException:
        folder.remove()
        raise
    job = request.app.state.jobs.submit("batch", folder, lambda job: run_batch(stored, parent_source, settings, job))
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


def batch_result(request: Request, job_id: str):
    job = request.app.state.jobs.get(job_id)
    if job.kind != "batch" or job.status != "done":
        raise JobNotFound(f"no finished batch {job_id}", hint="hãy đợi kiểm tra xong")
    return job.result


@router.get("/batch/{job_id}", response_class=HTMLResponse)
def batch_page(request: Request, job_id: str):
    batch = batch_result(request, job_id)
    rows = []
    for i, row in enumerate(batch.rows):
        report = row.result.report if row.result else None
        rows.append({
            "index": i, "name": row.name, "error": row.error, "report": report,
            "counts": count_by_type(report) if report else {},
        })  # fmt: skip
    context = {"page": "batch", "job_id": job_id, "batch": batch, "rows": rows, "finding_label": FINDING_LABEL}
    return request.app.state.templates.TemplateResponse(request, "batch_report.html", context)


@router.get("/batch/{job_id}/download.xlsx")
def batch_download(request: Request, job_id: str):
    body = batch_xlsx(batch_result(request, job_id))
    headers = {"Content-Disposition": 'attachment; filename="kiem-tra-hang-loat.xlsx"'}
    media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(body, media_type=media, headers=headers)
