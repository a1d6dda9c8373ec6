"""OCR with Tesseract (Vietnamese model) through pytesseract, page by page in parallel, with per-word
boxes and confidence, and pages scanned sideways or upside down turned upright.

Tesseract runs with OMP_THREAD_LIMIT=1: its own OpenMP threading is slow on few cores (12–18 s/page on
2 cores) while one single-threaded process per core does ~1.5 s/page. pytesseract starts Tesseract with
this process's environment, so the limit is set there before the first call. Threads are enough to drive
the Tesseract processes in parallel (the Python work per page is small and mostly outside the GIL).
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor, as_completed
from functools import lru_cache

from PIL import Image

from ..errors import OcrTimeout, OcrUnavailable
from ..model import BBox, Page, Word
from .assemble import RawLine, RawPage
from .columns import line_from_words, order_header_columns
from .options import ReadOptions
from .preprocess import preprocess
from .progress import ProgressCallback, report

# A first pass below this mean word confidence, or with fewer words, may be a page scanned sideways or
# upside down: ask Tesseract's orientation detector (OSD). Upright plan pages, even heavily degraded
# ones, score ~0.85–0.95 with hundreds of words; turned pages score far lower (see tests/read/test_orientation.py).
_SUSPECT_CONFIDENCE = 0.70
_SUSPECT_WORDS = 25
# OSD's own confidence below this is a guess, not a reading: keep the page as it is.
_MIN_OSD_CONFIDENCE = 1.0
# Tesseract's "Rotate: N" (clockwise degrees that make the page upright) as a lossless Pillow turn.
_TURNS = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}


def turn(image: Image.Image, rotation: int) -> Image.Image:
    """`image` turned `rotation` degrees clockwise, as the OCR saw it (Page.rotation)."""
    return image.transpose(_TURNS[rotation]) if rotation in _TURNS else image

WordWithKey = tuple[tuple[int, int, int], Word]


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    import pytesseract

    try:
        return frozenset(pytesseract.get_languages())
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise OcrUnavailable("Tesseract is not installed") from exc


def check_tesseract(lang: str) -> None:
    missing = [code for code in lang.split("+") if code not in _languages()]
    if missing:
        raise OcrUnavailable(f"Tesseract has no language data for {', '.join(missing)}")


def _single_threaded_tesseract() -> None:
    # pytesseract passes os.environ to every Tesseract it starts; it has no env argument of its own.
    if os.environ.get("OMP_THREAD_LIMIT") != "1":
        os.environ["OMP_THREAD_LIMIT"] = "1"


def ocr_images(
    images: list[Image.Image],
    numbers: list[int],
    dpis: list[int | None],
    options: ReadOptions,
    on_progress: ProgressCallback | None = None,
) -> list[RawPage]:
    """OCR pages in parallel (one Tesseract process per core); results in input order.

    `on_progress("ocr", done, total)` is called in this thread as pages finish (first with done=0)."""
    check_tesseract(options.ocr_lang)
    _single_threaded_tesseract()
    jobs = list(zip(images, numbers, dpis))
    if not jobs:
        return []
    report(on_progress, "ocr", 0, len(jobs))
    workers = min(options.workers or os.cpu_count() or 1, len(jobs))
    if workers == 1:
        pages = []
        for image, number, dpi in jobs:
            pages.append(ocr_page(image, number, dpi, options))
            report(on_progress, "ocr", len(pages), len(jobs))
        return pages
    results: list[RawPage | None] = [None] * len(jobs)
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr")
    try:
        futures = {pool.submit(ocr_page, *job, options): index for index, job in enumerate(jobs)}
        for done, future in enumerate(as_completed(futures), start=1):
            results[futures[future]] = future.result()
            report(on_progress, "ocr", done, len(jobs))
    finally:
        # on a failed page, pages not yet started are dropped instead of OCR'd for nothing
        pool.shutdown(wait=True, cancel_futures=True)
    return [page for page in results if page is not None]


def ocr_page(image: Image.Image, number: int, dpi: int | None, options: ReadOptions) -> RawPage:
    _single_threaded_tesseract()
    clean, clean_dpi = _prepare(image, dpi, options)
    words = run_tesseract(clean, clean_dpi, options, number)
    notes: list[str] = []
    rotation = 0
    if options.orientation and _looks_misoriented(words):
        rotate = detect_rotation(clean, clean_dpi, options, number)
        if rotate:
            turned_clean, turned_dpi = _prepare(turn(image, rotate), dpi, options)
            turned_words = run_tesseract(turned_clean, turned_dpi, options, number)
            if _mean_confidence(turned_words) > _mean_confidence(words):
                clean, clean_dpi, words, rotation = turned_clean, turned_dpi, turned_words, rotate
                notes.append(f"page {number} was turned {rotate}° clockwise before OCR (scanned sideways or upside down)")
    lines = words_to_lines(words)
    if number == 1:
        lines = order_header_columns(lines, clean.width, clean.height)
    page = Page(
        number=number, width=clean.width, height=clean.height, unit="px", source="ocr", dpi=clean_dpi, rotation=rotation
    )
    return RawPage(page, lines, notes)


def _prepare(image: Image.Image, dpi: int | None, options: ReadOptions) -> tuple[Image.Image, int]:
    clean, clean_dpi, _angle = preprocess(
        image, dpi, target_dpi=options.dpi, deskew=options.deskew, denoise=options.denoise, binarize=options.binarize
    )
    # pytesseract hands Tesseract a temporary file in the image's format; PNG's compression costs
    # ~0.8 s per 300 dpi page, uncompressed PGM ~5 ms.
    clean.format = "PPM"
    return clean, clean_dpi


def _mean_confidence(words: list[WordWithKey]) -> float:
    return sum(word.confidence or 0.0 for _key, word in words) / len(words) if words else 0.0


def _looks_misoriented(words: list[WordWithKey]) -> bool:
    return len(words) < _SUSPECT_WORDS or _mean_confidence(words) < _SUSPECT_CONFIDENCE


def _call_tesseract(function, image: Image.Image, number: int, options: ReadOptions, **kwargs):
    import pytesseract

    try:
        return function(image, timeout=options.ocr_timeout, **kwargs)
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailable("Tesseract is not installed") from exc
    except pytesseract.TesseractError as exc:
        raise OcrUnavailable(f"Tesseract failed on page {number}: {str(exc.message).strip()[:200]}") from exc
    except RuntimeError as exc:  # pytesseract's only signal that it killed Tesseract at the time limit
        if "timeout" not in str(exc).lower():
            raise
        raise OcrTimeout(f"OCR of page {number} took longer than {options.ocr_timeout:g} s") from exc


def run_tesseract(image: Image.Image, dpi: int, options: ReadOptions, number: int) -> list[WordWithKey]:
    """Words with their (block, paragraph, line) ids, from pytesseract's image_to_data."""
    import pytesseract

    data = _call_tesseract(
        pytesseract.image_to_data, image, number, options,
        lang=options.ocr_lang, config=f"--psm {options.psm} --dpi {dpi}", output_type=pytesseract.Output.DICT,
    )  # fmt: skip
    words = []
    for i, raw_text in enumerate(data.get("text", [])):
        text = str(raw_text).strip()
        if data["level"][i] != 5 or not text:
            continue
        left, top, width, height = (int(data[k][i]) for k in ("left", "top", "width", "height"))
        # pytesseract's DICT output rounds confidences down to whole percents
        confidence = max(0.0, min(1.0, float(data["conf"][i]) / 100))
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        words.append((key, Word(text=text, bbox=BBox(x0=left, y0=top, x1=left + width, y1=top + height), confidence=confidence)))
    return words


def detect_rotation(image: Image.Image, dpi: int, options: ReadOptions, number: int) -> int:
    """Clockwise degrees (0, 90, 180, 270) that make the page upright, by Tesseract's OSD (psm 0);
    0 when OSD is not installed, finds too little text or is unsure."""
    import pytesseract

    if "osd" not in _languages():
        return 0
    try:
        osd = _call_tesseract(
            pytesseract.image_to_osd, image, number, options, config=f"--dpi {dpi}", output_type=pytesseract.Output.DICT
        )
    except OcrUnavailable:  # "Too few characters" on sparse pages: nothing to turn by
        return 0
    rotate = int(osd.get("rotate", 0)) % 360
    if rotate not in _TURNS or float(osd.get("orientation_conf", 0.0)) < _MIN_OSD_CONFIDENCE:
        return 0
    return rotate


def words_to_lines(words: list[WordWithKey]) -> list[RawLine]:
    grouped: dict[tuple[int, int, int], list[Word]] = {}
    for key, word in words:
        grouped.setdefault(key, []).append(word)
    lines = [line_from_words(group) for group in grouped.values()]
    return sorted(lines, key=lambda line: line.bbox.y0) if all(line.bbox for line in lines) else lines
