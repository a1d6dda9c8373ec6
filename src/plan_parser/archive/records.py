"""One file -> one `IndexRecord`: run the pipeline in a worker and keep what the index needs.

This is what travels to a worker (a local process or a Dask worker): a path, its hash and the
name of the processor. Every failure becomes a record carrying its numbered error, so one bad
file never stops the batch.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import import_module
from pathlib import Path
from typing import Callable

from ..errors import PlanParserError, ProcessingFailed
from ..model import Document, Plan
from .store import IndexRecord

DEFAULT_PROCESSOR = "plan_parser.pipeline:process"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=8)
def load_processor(spec: str) -> Callable:
    """`module:function` -> the function; it takes a path and returns something with .document and .plan."""
    module, _, name = spec.partition(":")
    if not name:
        raise ProcessingFailed(f"processor {spec!r} is not of the form module:function")
    return getattr(import_module(module), name)


def process_file(path: str, sha256: str, processor: str = DEFAULT_PROCESSOR) -> IndexRecord:
    """Read, restore and parse one file; never raises for a bad file."""
    try:
        processed = load_processor(processor)(Path(path))
        return build_record(path, sha256, processed.document, processed.plan)
    except PlanParserError as exc:
        return IndexRecord(sha256=sha256, path=path, status="error", error=exc.to_dict())
    except MemoryError:
        error = ProcessingFailed("ran out of memory while processing the file")
        return IndexRecord(sha256=sha256, path=path, status="error", error=error.to_dict())
    except Exception as exc:  # noqa: BLE001 - a bug in one stage must not stop the archive
        error = ProcessingFailed(f"unexpected {type(exc).__name__}: {exc}")
        return IndexRecord(sha256=sha256, path=path, status="error", error=error.to_dict())


def build_record(path: str, sha256: str, document: Document, plan: Plan) -> IndexRecord:
    original = "\n".join(line.original if line.original is not None else line.text for line in document.lines)
    page_starts: list[int] = []
    seen_pages: set[int] = set()
    for line in document.lines:
        if line.page not in seen_pages:
            seen_pages.add(line.page)
            page_starts.append(line.char_start)
    # Word boxes make a scan's record ten times larger and are not needed to point back to a line.
    document_json = document.model_dump_json(exclude={"lines": {"__all__": {"words"}}})
    return IndexRecord(
        sha256=sha256,
        path=path,
        status="ok",
        format=document.format,
        original_text=original if document.restored else None,
        text=document.text,
        plan_json=plan.model_dump_json(),
        document_json=document_json,
        page_starts=page_starts,
        restoration_confidence=restoration_confidence(document),
        doc_type=plan.doc_type,
        number=plan.number,
        issuer=plan.issuer,
        level=plan.issuer_level,
        year=_year(plan.date),
        date=plan.date,
        title=plan.title,
    )


def restoration_confidence(document: Document) -> float | None:
    """How sure the restorer was: 1.0 for text that needed no restoration, else the reader's
    `Document.restoration_confidence` (the restorer's mean token confidence; None if unknown)."""
    if not document.restored:
        return 1.0
    return document.restoration_confidence


def _year(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None
