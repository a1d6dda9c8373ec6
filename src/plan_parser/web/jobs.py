"""Background jobs: audits run in a worker pool; the page polls their progress by id.

Each job owns a private upload folder that is deleted as soon as the job ends, whether it
succeeded or failed; only the in-memory result (report, page images) outlives it.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
import traceback
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable

from ..errors import JobNotFound, PlanParserError
from .uploads import JobFolder

log = logging.getLogger(__name__)

# The four stages an audit goes through, as the page names them.
STAGES = ("đọc", "khôi phục", "phân tích", "so sánh")


@dataclass
class Job:
    id: str
    kind: str
    folder: JobFolder | None
    status: str = "queued"  # queued, running, done, failed
    stage: str = "chờ"
    detail: str = ""
    done_steps: float = 0  # fractional while a long stage (OCR) moves page by page
    total_steps: int = 1
    result: Any = None
    error: dict | None = None
    created: float = field(default_factory=time.time)
    finished: float | None = None

    def progress(self, stage: str, detail: str = "", step: float | None = None, total: int | None = None) -> None:
        """Called by the audit as it moves on; read by the progress endpoint."""
        self.stage = stage
        self.detail = detail
        if total is not None:
            self.total_steps = max(total, 1)
        if step is not None:
            self.done_steps = min(step, self.total_steps)

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "stage": self.stage,
            "detail": self.detail,
            "percent": round(100 * self.done_steps / self.total_steps) if self.status != "done" else 100,
            "error": self.error,
            "elapsed_s": round((self.finished or time.time()) - self.created, 1),
        }


class JobStore:
    """Runs jobs on a small pool and keeps the most recent ones for a while."""

    def __init__(self, workers: int, max_kept: int, ttl_s: int):
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="audit")
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._max_kept = max_kept
        self._ttl_s = ttl_s

    def submit(self, kind: str, folder: JobFolder | None, work: Callable[[Job], Any]) -> Job:
        job = Job(id=secrets.token_urlsafe(12), kind=kind, folder=folder)
        with self._lock:
            self._expire()
            self._jobs[job.id] = job
        self._pool.submit(self._run, job, work)
        return job

    def get(self, job_id: str) -> Job:
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None:
            raise JobNotFound(f"no job {job_id[:40]!r}")
        return job

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            for job in self._jobs.values():
                if job.folder:
                    job.folder.remove()

    def _run(self, job: Job, work: Callable[[Job], Any]) -> None:
        job.status = "running"
        status = "failed"
        try:
            job.result = work(job)
            status = "done"
        except PlanParserError as exc:
            job.error = exc.to_dict()
        except Exception as exc:  # noqa: BLE001 - one bad file must not kill the worker
            job.error = {"code": "E999", "message": f"{type(exc).__name__}: {exc}", "hint": "hãy báo lỗi kèm tệp"}
            log.error("job %s failed:\n%s", job.id, traceback.format_exc())
        finally:
            # The uploads go before the job says it has ended: a client that saw "done" found the files still on
            # disk under load (test_upload_folder_is_deleted_when_the_job_ends failed in a busy fresh clone).
            if job.folder:
                job.folder.remove()
            job.finished = time.time()
            job.status = status

    def _expire(self) -> None:
        now = time.time()
        for job_id, job in list(self._jobs.items()):
            too_many = len(self._jobs) >= self._max_kept
            if job.finished and (too_many or now - job.finished > self._ttl_s):
                del self._jobs[job_id]
