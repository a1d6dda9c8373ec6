"""The reader: any input file -> Document (pages, lines, boxes, offsets).

    >>> from plan_parser.read import read, ReadOptions
    >>> doc = read("plan.pdf", options=ReadOptions(max_pages=50))

The format comes from the file's first bytes, never its extension: PDFs use their text layer where it
is real and OCR the other pages; images (PNG, JPEG, multi-page TIFF) are OCR'd; DOCX keeps paragraphs,
tables and the header table in reading order; text files are decoded (UTF-8, detected encodings,
legacy TCVN3/VNI). Restoration (plan_parser.restore) runs according to `ReadOptions.restore`.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import EmptyInput, InputNotFound, InputTooLarge
from ..model import Document
from .assemble import file_sha256
from .detect import sniff
from .options import ReadOptions
from .progress import STAGES, ProgressCallback, report

__all__ = ["STAGES", "ProgressCallback", "ReadOptions", "read", "read_bytes"]


def read(path: str | Path, *, options: ReadOptions | None = None, on_progress: ProgressCallback | None = None) -> Document:
    """Read one input file into a Document; raises a PlanParserError (numbered) on bad input.

    `on_progress(stage, done, total)`, when given, follows the work page by page: stage "read"
    (text-layer pages, or the whole text/DOCX file), "ocr" (scanned pages) and "restore"; see
    `plan_parser.read.progress`."""
    options = options or ReadOptions()
    path = Path(path)
    if not path.exists():
        raise InputNotFound(f"no such file: {path}")
    if not path.is_file():
        raise InputNotFound(f"not a file: {path}")
    size = path.stat().st_size
    if size == 0:
        raise EmptyInput(f"{path.name} is empty (0 bytes)")
    if size > options.max_bytes:
        raise InputTooLarge(f"{path.name} is {size:,} bytes, over the limit of {options.max_bytes:,}", hint="raise --max-bytes if the file is genuine")
    with path.open("rb") as handle:
        head = handle.read(4096)
    kind = sniff(path, head)
    document = _read_kind(kind, path, options, on_progress)
    document.sha256 = file_sha256(path)
    if kind == "pdf" and not path.suffix.lower() == ".pdf" or kind == "docx" and path.suffix.lower() != ".docx":
        document.warnings.append(f"{path.name} is a {kind.upper()} file despite its extension")
    from .restoration import apply_restoration

    return apply_restoration(document, options, on_progress)


def read_bytes(
    data: bytes, name: str = "<bytes>", *, options: ReadOptions | None = None, on_progress: ProgressCallback | None = None
) -> Document:
    """Read an upload held in memory (the web app); same rules as `read`."""
    import tempfile

    suffix = Path(name).suffix
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        document = read(path, options=options, on_progress=on_progress)
    document.source = name
    return document


def _read_kind(kind: str, path: Path, options: ReadOptions, on_progress: ProgressCallback | None) -> Document:
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(path, options, on_progress)
    if kind == "image":
        from .image import read_image

        return read_image(path, options, on_progress)
    if kind == "docx":
        from .docx import read_docx

        document = read_docx(path, options)
    else:
        from .text import read_text_bytes

        document = read_text_bytes(path.read_bytes(), str(path), options)
    report(on_progress, "read", 1, 1)
    return document

from .._stage import make_stage_callable  # noqa: E402

make_stage_callable(__name__, read)
