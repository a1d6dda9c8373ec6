"""Turn per-page lines (with boxes, words, columns) into a Document with document-wide offsets."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..model import BBox, Document, Line, Page, SourceFormat, Word


@dataclass
class RawLine:
    """A line as a reader found it, before numbering and offsets."""

    text: str
    bbox: BBox | None = None
    confidence: float | None = None
    column: str | None = None
    words: list[Word] = field(default_factory=list)


@dataclass
class RawPage:
    page: Page
    lines: list[RawLine]
    notes: list[str] = field(default_factory=list)  # what the reader did to the page (becomes a warning)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def build_document(
    source: str,
    fmt: SourceFormat,
    pages: list[RawPage],
    *,
    sha256: str | None = None,
    encoding: str | None = None,
    warnings: list[str] | None = None,
) -> Document:
    """Number the lines and compute offsets into the '\\n'-joined text (all text NFC)."""
    lines: list[Line] = []
    offset = 0
    number = 0
    for raw_page in pages:
        for page_line, raw in enumerate(raw_page.lines, start=1):
            number += 1
            text = nfc(raw.text.replace("\n", " ").replace("\r", " "))
            lines.append(
                Line(
                    text=text,
                    page=raw_page.page.number,
                    number=number,
                    page_line=page_line,
                    char_start=offset,
                    char_end=offset + len(text),
                    bbox=raw.bbox,
                    confidence=raw.confidence,
                    column=raw.column,
                    words=raw.words,
                )
            )
            offset += len(text) + 1
    return Document(
        source=source,
        format=fmt,
        sha256=sha256,
        encoding=encoding,
        text="\n".join(line.text for line in lines),
        pages=[p.page for p in pages],
        lines=lines,
        warnings=list(warnings or []) + [note for raw_page in pages for note in raw_page.notes],
    )


def recompute_offsets(document: Document) -> Document:
    """After line texts changed (restoration), make offsets and Document.text agree again."""
    offset = 0
    for line in document.lines:
        line.char_start = offset
        line.char_end = offset + len(line.text)
        offset = line.char_end + 1
    document.text = "\n".join(line.text for line in document.lines)
    return document


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
