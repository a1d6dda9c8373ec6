"""PDFs: the text layer where it is real (pdfplumber, word positions), OCR for the other pages."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import CorruptFile, EmptyInput, EncryptedPdf, InputTooLarge, PlanParserError
from ..model import BBox, Document, Page, Word
from .assemble import RawPage, build_document
from .columns import group_rows, line_from_words, order_header_columns
from .options import ReadOptions
from .progress import ProgressCallback, report

# A text layer with fewer letters than this on a page is treated as missing (scans often carry a few
# stray characters, e.g. a stamp's number).
_MIN_LETTERS = 15
# Share of unusable characters (unmapped glyphs "(cid:12)", replacement, private use) that marks a
# broken text layer whose page is better OCR'd.
_MAX_GARBAGE = 0.1
_GARBAGE = re.compile(r"\(cid:\d+\)|[\ufffd\ue000-\uf8ff]")


def open_pdfium(path: Path, options: ReadOptions):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path), password=options.password)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == 4 or "password" in str(exc).lower():
            if options.password:
                raise EncryptedPdf(f"{path.name}: the password given is wrong", hint="check the --password value") from exc
            raise EncryptedPdf(f"{path.name} is encrypted") from exc
        raise CorruptFile(f"{path.name} is not a readable PDF ({exc})") from exc


def read_pdf(path: Path, options: ReadOptions, on_progress: ProgressCallback | None = None) -> Document:
    pdf = open_pdfium(path, options)
    try:
        count = len(pdf)
        if count == 0:
            raise EmptyInput(f"{path.name} has no pages")
        if count > options.max_pages:
            raise InputTooLarge(f"{path.name} has {count} pages, over the limit of {options.max_pages}", hint="raise --max-pages if the file is genuine")
        try:
            pages, to_ocr = _text_layer_pages(path, options, count, on_progress)
        except PlanParserError:
            raise
        except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on damaged files
            raise CorruptFile(f"{path.name}: the PDF structure is damaged ({type(exc).__name__}: {exc})") from exc
        # On damaged files pdfminer may see fewer pages than PDFium: OCR the pages it missed.
        to_ocr = sorted(set(to_ocr) | {index for index, page in enumerate(pages) if page is None})
        warnings: list[str] = []
        if to_ocr:
            from .ocr import ocr_images

            images = [_rasterise(pdf, index, options, path) for index in to_ocr]
            ocr_pages = ocr_images(images, [index + 1 for index in to_ocr], [options.dpi] * len(images), options, on_progress)
            for index, ocr_page in zip(to_ocr, ocr_pages):
                pages[index] = ocr_page
    finally:
        pdf.close()
    if not any(line.text.strip() for page in pages for line in page.lines):
        raise EmptyInput(f"{path.name} holds no text, neither in a text layer nor by OCR")
    return build_document(str(path), "pdf", pages, warnings=warnings)


def _text_layer_pages(
    path: Path, options: ReadOptions, count: int, on_progress: ProgressCallback | None = None
) -> tuple[list[RawPage | None], list[int]]:
    import pdfplumber

    pages: list[RawPage | None] = [None] * count
    to_ocr: list[int] = []
    with pdfplumber.open(str(path), password=options.password or "") as pdf:
        for index, page in enumerate(pdf.pages):
            if index >= count:  # pdfminer found more pages than PDFium: keep PDFium's count
                break
            number = index + 1
            words = [] if options.force_ocr else page.extract_words(keep_blank_chars=False, use_text_flow=False)
            text = " ".join(w["text"] for w in words)
            letters = sum(1 for c in text if c.isalpha())
            garbage = len(_GARBAGE.findall(text))
            if letters >= _MIN_LETTERS and garbage <= _MAX_GARBAGE * max(1, len(words)):
                pages[index] = _page_from_words(words, number, float(page.width), float(page.height))
            elif words or page.images or options.force_ocr:
                to_ocr.append(index)
            else:  # a blank page
                pages[index] = RawPage(Page(number=number, width=float(page.width), height=float(page.height), unit="pt", source="text-layer"), [])
            report(on_progress, "read", number, count)
    return pages, to_ocr


def _page_from_words(raw_words: list[dict], number: int, width: float, height: float) -> RawPage:
    words = [
        Word(text=w["text"], bbox=BBox(x0=float(w["x0"]), y0=float(w["top"]), x1=float(w["x1"]), y1=float(w["bottom"])))
        for w in raw_words
    ]
    lines = [line_from_words(row) for row in group_rows(words)]
    if number == 1:
        lines = order_header_columns(lines, width, height)
    page = Page(number=number, width=width, height=height, unit="pt", source="text-layer")
    return RawPage(page, lines)


def _rasterise(pdf, index: int, options: ReadOptions, path: Path):
    import pypdfium2 as pdfium

    try:
        page = pdf[index]
    except pdfium.PdfiumError as exc:
        raise CorruptFile(f"{path.name}: page {index + 1} cannot be loaded ({exc})") from exc
    width_pt, height_pt = page.get_size()
    pixels = width_pt * height_pt * (options.dpi / 72) ** 2
    if pixels > options.max_pixels:
        raise InputTooLarge(
            f"{path.name} page {index + 1} would be {pixels / 1e6:.0f} M pixels at {options.dpi} dpi, over the limit of {options.max_pixels / 1e6:.0f} M",
            hint="raise --max-pixels or lower --dpi",
        )
    try:
        return page.render(scale=options.dpi / 72, grayscale=True).to_pil().convert("L")
    except pdfium.PdfiumError as exc:
        raise CorruptFile(f"{path.name}: page {index + 1} cannot be drawn ({exc})") from exc
