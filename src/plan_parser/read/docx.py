"""Word (.docx) files: paragraphs and tables in body order; the header table's left cell before its right."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import CorruptFile, EmptyInput
from ..model import Document, Page
from .assemble import RawLine, RawPage, build_document
from .options import ReadOptions

_MOTTO = re.compile(r"C[ỘO]NG\s+H(?:ÒA|OÀ|OA)\s+X[ÃA]\s+H[ỘO]I", re.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path, options: ReadOptions) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise CorruptFile(f"{path.name} is a damaged Word file ({exc})") from exc
    except Exception as exc:  # noqa: BLE001 - lxml raises its own types on broken XML
        raise CorruptFile(f"{path.name} is a damaged Word file ({type(exc).__name__}: {exc})") from exc
    pages: list[list[RawLine]] = [[]]
    header_done = False
    for block in document.element.body.iterchildren():
        if block.tag == f"{_W}p":
            for text, page_break in _paragraph_lines(block):
                if page_break and pages[-1]:
                    pages.append([])
                pages[-1].append(RawLine(text))
        elif block.tag == f"{_W}tbl":
            rows = _table_rows(block)
            is_header = not header_done and any(_MOTTO.search(" ".join(cell)) for row in rows for cell in row)
            if is_header:
                pages[-1].extend(_header_lines(rows))
                header_done = True
            else:
                for row in rows:
                    for cell in row:
                        pages[-1].extend(RawLine(text) for text in cell)
    if not any(line.text.strip() for page in pages for line in page):
        raise EmptyInput(f"{path.name} holds no text")
    raw_pages = [RawPage(Page(number=i, source="docx"), lines) for i, lines in enumerate(pages, start=1)]
    return build_document(str(path), "docx", raw_pages)


def _paragraph_lines(paragraph) -> list[tuple[str, bool]]:
    """A paragraph's text split at manual line breaks; True marks a page break before it."""
    lines: list[tuple[str, bool]] = []
    current: list[str] = []
    page_break = False
    for node in paragraph.iter(f"{_W}t", f"{_W}br", f"{_W}tab", f"{_W}cr"):
        if node.tag == f"{_W}t":
            current.append(node.text or "")
        elif node.tag == f"{_W}tab":
            current.append("\t")
        elif node.get(f"{_W}type") == "page":
            if current:
                lines.append(("".join(current), page_break))
                current = []
            page_break = True
        else:  # a line break
            lines.append(("".join(current), page_break))
            current, page_break = [], False
    lines.append(("".join(current), page_break))
    return lines


def _table_rows(table) -> list[list[list[str]]]:
    """Rows of cells, each cell a list of lines (nested tables flattened into their cell)."""
    rows = []
    for row in table.iterchildren(f"{_W}tr"):
        cells = []
        for cell in row.iterchildren(f"{_W}tc"):
            lines: list[str] = []
            for paragraph in cell.iter(f"{_W}p"):
                lines.extend(text for text, _ in _paragraph_lines(paragraph))
            cells.append(lines)
        rows.append(cells)
    return rows


def _header_lines(rows: list[list[list[str]]]) -> list[RawLine]:
    """The header table: every row's first cell (issuer, number) first, then the last cells."""
    left, right = [], []
    for row in rows:
        if not row:
            continue
        left.extend(row[0])
        for cell in row[1:]:
            right.extend(cell)
    return [RawLine(t, column="left") for t in left if t.strip()] + [RawLine(t, column="right") for t in right if t.strip()]
