"""Progress reports of the reader: `on_progress(stage, done, total)` as pages are read and restored.

Stages, in the order they occur:
- "read": pages whose text layer was read (PDF), or the whole file (text, DOCX) as 1 of 1;
- "ocr": pages OCR'd so far, out of the pages that need OCR (first reported as 0 of n);
- "restore": 0 of 1 when the restorer starts, 1 of 1 when it is done (only when restoration runs).
`done` never decreases within a stage. The callback runs in the thread that called `read`.
"""

from __future__ import annotations

from typing import Callable

ProgressCallback = Callable[[str, int, int], None]

STAGES = ("read", "ocr", "restore")


def report(callback: ProgressCallback | None, stage: str, done: int, total: int) -> None:
    if callback is not None:
        callback(stage, done, total)
