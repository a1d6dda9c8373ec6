"""The batch job: walk an archive folder, process what is new or changed, store every result.

Resumable and idempotent by content hash: a file whose bytes are already indexed is skipped
(or only linked, if the same bytes sit under a new name). Results are written by this process
one transaction per document as they arrive, so a killed run keeps all finished work and
never leaves half a record; the next run simply does the rest.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from ..errors import InputNotFound, ProcessingFailed
from .records import DEFAULT_PROCESSOR, load_processor, sha256_file
from .runners import Task, make_runner
from .store import Store, open_store

# What the readers take; anything else in the folder is counted as ignored.
SUPPORTED_SUFFIXES = frozenset(
    {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp", ".docx", ".txt", ".text", ".md"}
)


class IndexOptions(BaseModel):
    """How to run the batch job."""

    model_config = ConfigDict(extra="forbid")

    workers: int = Field(default=1, ge=0, description="worker processes; 0 processes in this process")
    cluster: str | None = Field(default=None, description="'local' or dask://HOST:PORT to run on Dask")
    processor: str = Field(default=DEFAULT_PROCESSOR, description="module:function turning a path into a Processed")
    retry_errors: bool = Field(default=False, description="process again files that failed last time")
    progress: bool = Field(default=True, description="show a progress bar on standard error")


class FileError(BaseModel):
    path: str
    code: str | None
    message: str | None


class IndexSummary(BaseModel):
    """What a run did."""

    files: int = Field(description="supported files found")
    ignored: int = Field(description="files of other kinds, not read")
    ignored_kinds: dict[str, int] = Field(
        default_factory=dict, description="ignored files by extension ('.doc': 3), so none goes unnoticed"
    )
    unchanged: int = Field(description="already indexed with the same content")
    linked: int = Field(description="same content as an indexed file under another name")
    processed: int
    ok: int
    errors: int
    seconds: float
    errors_seen: list[FileError] = Field(default_factory=list, description="the files that failed in this run")

    @property
    def rate(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def lines(self) -> list[str]:
        out = [
            f"{self.files} files: {self.processed} processed ({self.ok} ok, {self.errors} errors), "
            f"{self.unchanged} unchanged, {self.linked} duplicates linked, {self.ignored} ignored",
            f"{self.seconds:.1f} s, {self.rate:.1f} files/s",
        ]
        if self.ignored_kinds:
            kinds = ", ".join(f"{suffix or '(no extension)'} {n}" for suffix, n in sorted(self.ignored_kinds.items()))
            hint = " (old Word .doc: save as DOCX or PDF to index it)" if ".doc" in self.ignored_kinds else ""
            out.append(f"  not read: {kinds}{hint}")
        out += [f"  {e.code}: {e.path}: {e.message}" for e in self.errors_seen[:20]]
        if len(self.errors_seen) > 20:
            out.append(f"  ... and {len(self.errors_seen) - 20} more errors (see the index)")
        return out


def walk(source_dir: Path) -> tuple[list[Path], dict[str, int]]:
    """Supported files under `source_dir` in a stable order, and the others counted by extension."""
    found: list[Path] = []
    ignored: dict[str, int] = {}
    for path in sorted(source_dir.rglob("*")):
        if not path.is_file() or any(part.startswith(".") for part in path.relative_to(source_dir).parts):
            continue
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            found.append(path)
        else:
            ignored[path.suffix.lower()] = ignored.get(path.suffix.lower(), 0) + 1
    return found, ignored


def index_archive(source_dir: str | Path, db: str | Store, options: IndexOptions | None = None) -> IndexSummary:
    """Index every supported file under `source_dir` into `db` (a path, postgresql:// URL or Store)."""
    options = options or IndexOptions()
    source = Path(source_dir)
    if not source.is_dir():
        raise InputNotFound(f"no such folder: {source}", hint="give the folder that holds the archive")
    try:
        # Fail once, here, rather than record every file as failed when the pipeline cannot load.
        load_processor(options.processor)
    except Exception as exc:  # noqa: BLE001 - import errors of any kind
        raise ProcessingFailed(
            f"cannot load the processor {options.processor}: {type(exc).__name__}: {exc}",
            hint="install the read and parse stages (pip install -e .) or fix --processor",
        ) from exc
    started = time.perf_counter()
    store = open_store(db) if isinstance(db, str) else db
    try:
        files, ignored = walk(source)
        known, links = store.known(), store.file_links()
        todo: list[Task] = []
        later_links: list[Task] = []  # same bytes as a file processed in this run
        unchanged = linked = 0
        queued: set[str] = set()
        for path in files:
            name = str(path.resolve())
            sha = sha256_file(path)
            status = known.get(sha)
            done = status == "ok" or (status == "error" and not options.retry_errors)
            if done and links.get(name) == sha:
                unchanged += 1
            elif done:
                store.link(name, sha)
                linked += 1
            elif sha in queued:
                later_links.append(Task(name, sha))
            else:
                queued.add(sha)
                todo.append(Task(name, sha))
        summary = IndexSummary(
            files=len(files), ignored=sum(ignored.values()), ignored_kinds=ignored, unchanged=unchanged, linked=linked,
            processed=0, ok=0, errors=0, seconds=0.0,
        )  # fmt: skip
        if todo:
            _process(todo, store, options, summary)
        for task in later_links:
            store.link(task.path, task.sha256)
            summary.linked += 1
        summary.seconds = round(time.perf_counter() - started, 3)
        return summary
    finally:
        if isinstance(db, str):
            store.close()


def _process(todo: list[Task], store: Store, options: IndexOptions, summary: IndexSummary) -> None:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.progress import TimeRemainingColumn

    progress = Progress(
        TextColumn("indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("ok {task.fields[ok]} · errors {task.fields[errors]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        disable=not options.progress,
        transient=False,
    )
    with progress, make_runner(options.workers, options.cluster) as runner:
        bar = progress.add_task("indexing", total=len(todo), ok=0, errors=0)
        for task, record in runner.run(todo, options.processor):
            store.put(record)
            summary.processed += 1
            if record.status == "ok":
                summary.ok += 1
            else:
                summary.errors += 1
                error = record.error or {}
                summary.errors_seen.append(FileError(path=task.path, code=error.get("code"), message=error.get("message")))
            progress.update(bar, advance=1, ok=summary.ok, errors=summary.errors)
