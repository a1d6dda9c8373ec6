"""`plan-parser read`: one input file -> its text (or the Document as JSON)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

# Progress bars only for scans of several pages: a text file or a one-page scan ends before a bar helps.
_MIN_PAGES_FOR_BAR = 2


class _ProgressBar:
    """The reader's progress as a rich bar on standard error (when it is a terminal)."""

    _LABELS = {"ocr": "OCR", "restore": "restoring"}

    def __init__(self) -> None:
        self._progress = None
        self._tasks: dict[str, int] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self._LABELS:
            return
        if self._progress is None:
            if stage != "ocr" or total < _MIN_PAGES_FOR_BAR:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=Console(stderr=True), transient=True,
            )  # fmt: skip
            self._progress.start()
        if stage not in self._tasks:
            self._tasks[stage] = self._progress.add_task(self._LABELS[stage], total=total)
        self._progress.update(self._tasks[stage], completed=done, total=total)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()


def register(app: typer.Typer) -> None:
    @app.command()
    def read(
        input: str = typer.Argument(..., help="PDF, image (PNG/JPEG/TIFF), DOCX or text file; '-' for standard input."),
        output: Path = typer.Option(None, "-o", "--output", help="Write to this file instead of standard output."),
        as_json: bool = typer.Option(False, "--json", help="Print the Document (pages, lines, boxes, offsets) as JSON."),
        password: str = typer.Option(None, "--password", help="Password of an encrypted PDF."),
        encoding: str = typer.Option(None, "--encoding", help="Encoding of a text file (detected when omitted)."),
        restore: str = typer.Option("auto", "--restore", help="auto | always | never: pass the text through the restorer."),
        max_pages: int = typer.Option(500, "--max-pages", help="Refuse documents with more pages."),
        max_pixels: int = typer.Option(60_000_000, "--max-pixels", help="Refuse page images with more pixels."),
        max_bytes: int = typer.Option(200_000_000, "--max-bytes", help="Refuse larger files."),
        ocr_timeout: float = typer.Option(120.0, "--ocr-timeout", help="Seconds allowed to OCR one page."),
        workers: int = typer.Option(None, "--workers", help="Parallel OCR processes (default: CPU cores)."),
        force_ocr: bool = typer.Option(False, "--force-ocr", help="OCR PDF pages even when they have a text layer."),
    ) -> None:
        """Read a plan (scanned or born-digital PDF, image, Word file or text) and print its text.

        Every line keeps its page, line number, box and character offsets (see --json). Scans of several
        pages show a progress bar on standard error when it is a terminal.

        Example: plan-parser read scan.pdf -o plan.txt

        Example: plan-parser read plan.docx --json > plan.document.json
        """
        from ..errors import InputNotFound
        from ..read import ReadOptions, read_bytes
        from ..read import read as read_file

        if restore not in ("auto", "always", "never"):
            raise typer.BadParameter("--restore must be auto, always or never")
        options = ReadOptions(
            password=password, encoding=encoding, restore=restore, max_pages=max_pages, max_pixels=max_pixels,
            max_bytes=max_bytes, ocr_timeout=ocr_timeout, workers=workers, force_ocr=force_ocr,
        )  # fmt: skip
        bar = _ProgressBar() if sys.stderr.isatty() else None
        try:
            if input == "-":
                document = read_bytes(sys.stdin.buffer.read(), "<stdin>", options=options, on_progress=bar)
            else:
                path = Path(input)
                if not path.exists():
                    raise InputNotFound(f"no such file: {path}")
                document = read_file(path, options=options, on_progress=bar)
        finally:
            if bar is not None:
                bar.stop()
        text = document.model_dump_json(indent=2) if as_json else document.text
        for warning in document.warnings:
            typer.echo(f"warning: {warning}", err=True)
        if output:
            output.write_text(text + "\n", encoding="utf-8")
        else:
            typer.echo(text)
