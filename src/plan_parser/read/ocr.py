"""OCR with Tesseract (Vietnamese model), page by page in parallel, with per-word boxes and confidence.

Tesseract runs as a subprocess per page with OMP_THREAD_LIMIT=1: its own OpenMP threading is slow on
few cores (12–18 s/page on 2 cores) while one single-threaded process per core does ~1.5 s/page.
Threads are enough to drive the subprocesses in parallel.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

from PIL import Image

from ..errors import OcrTimeout, OcrUnavailable
from ..model import BBox, Page, Word
from .assemble import RawLine, RawPage
from .columns import line_from_words, order_header_columns
from .options import ReadOptions
from .preprocess import preprocess


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    binary = shutil.which("tesseract")
    if binary is None:
        raise OcrUnavailable("Tesseract is not installed")
    result = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30)
    return frozenset(line.strip() for line in result.stdout.splitlines()[1:] if line.strip())


def check_tesseract(lang: str) -> None:
    missing = [code for code in lang.split("+") if code not in _languages()]
    if missing:
        raise OcrUnavailable(f"Tesseract has no language data for {', '.join(missing)}")


def ocr_images(images: list[Image.Image], numbers: list[int], dpis: list[int | None], options: ReadOptions) -> list[RawPage]:
    """OCR pages in parallel (one Tesseract process per core); results in input order."""
    check_tesseract(options.ocr_lang)
    workers = options.workers or os.cpu_count() or 1
    jobs = list(zip(images, numbers, dpis))
    if workers == 1 or len(jobs) == 1:
        return [ocr_page(image, number, dpi, options) for image, number, dpi in jobs]
    with ThreadPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
        return list(pool.map(lambda job: ocr_page(*job, options), jobs))


def ocr_page(image: Image.Image, number: int, dpi: int | None, options: ReadOptions) -> RawPage:
    clean, dpi, _angle = preprocess(
        image, dpi, target_dpi=options.dpi, deskew=options.deskew, denoise=options.denoise, binarize=options.binarize
    )
    words = run_tesseract(clean, dpi, options, number)
    lines = words_to_lines(words)
    if number == 1:
        lines = order_header_columns(lines, clean.width, clean.height)
    page = Page(number=number, width=clean.width, height=clean.height, unit="px", source="ocr", dpi=dpi)
    return RawPage(page, lines)


def run_tesseract(image: Image.Image, dpi: int, options: ReadOptions, number: int) -> list[tuple[tuple[int, int, int], Word]]:
    """Words with their (block, paragraph, line) ids, from Tesseract's TSV output."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    command = ["tesseract", "stdin", "stdout", "-l", options.ocr_lang, "--psm", str(options.psm), "--dpi", str(dpi), "tsv"]
    try:
        result = subprocess.run(command, input=buffer.getvalue(), capture_output=True, timeout=options.ocr_timeout, env=env)
    except subprocess.TimeoutExpired as exc:
        raise OcrTimeout(f"OCR of page {number} took longer than {options.ocr_timeout:g} s") from exc
    except FileNotFoundError as exc:
        raise OcrUnavailable("Tesseract is not installed") from exc
    if result.returncode != 0:
        raise OcrUnavailable(f"Tesseract failed on page {number}: {result.stderr.decode(errors='replace').strip()[:200]}")
    words = []
    reader = csv.DictReader(io.StringIO(result.stdout.decode("utf-8", errors="replace")), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        left, top, width, height = (int(row[k]) for k in ("left", "top", "width", "height"))
        confidence = max(0.0, min(1.0, float(row["conf"]) / 100))
        key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        words.append((key, Word(text=text, bbox=BBox(x0=left, y0=top, x1=left + width, y1=top + height), confidence=confidence)))
    return words


def words_to_lines(words: list[tuple[tuple[int, int, int], Word]]) -> list[RawLine]:
    grouped: dict[tuple[int, int, int], list[Word]] = {}
    for key, word in words:
        grouped.setdefault(key, []).append(word)
    lines = [line_from_words(group) for group in grouped.values()]
    return sorted(lines, key=lambda line: line.bbox.y0) if all(line.bbox for line in lines) else lines
