"""Typed settings of the auditors' web app (limits, paths, workers)."""

from __future__ import annotations

import shutil
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


def _find_chromium() -> str | None:
    # Debian names the binary "chromium"; other distributions "chromium-browser".
    return shutil.which("chromium") or shutil.which("chromium-browser")


class WebSettings(BaseModel):
    """What the app may accept and where it keeps its work."""

    model_config = ConfigDict(extra="forbid")

    db: Path | None = Field(default=None, description="archive database for parent lookup and search")
    max_upload_bytes: int = Field(default=25 * 1024 * 1024, ge=1, description="per file; a 10-page scan fits")
    max_batch_files: int = Field(default=50, ge=1, description="children in one batch")
    max_pages: int = Field(default=40, ge=1, description="pages read from one upload")
    workers: int = Field(default=2, ge=1, description="audits run at the same time (the host has 2 cores)")
    max_jobs_kept: int = Field(default=200, ge=1, description="finished jobs kept in memory, oldest dropped")
    job_ttl_s: int = Field(default=3600, ge=1, description="a finished report is served this long")
    max_request_bytes: int = Field(default=100 * 1024 * 1024, ge=1, description="one request, all files together")
    chromium: str | None = Field(default_factory=_find_chromium, description="browser used to print reports to PDF")
    pdf_timeout_s: int = Field(default=60, ge=1)
    warm_up: bool = Field(default=False, description="load the restorer model at start, not in the first audit")
