"""Scan clean-up before OCR: grayscale, resolution normalisation, denoising, deskew, binarisation.

numpy and Pillow only, to keep the core install light. Each step can be switched off in ReadOptions;
benchmarks/read.py measures what each one does to the character error rate.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter, ImageOps

# Deskew searches this many degrees either way (scans are rarely more crooked; photos are out of scope).
_MAX_SKEW = 3.0
# Width of the downscaled image the skew search runs on (speed; the angle is resolution-free).
_SKEW_WIDTH = 800


def normalise_resolution(image: Image.Image, dpi: int | None, target: int) -> tuple[Image.Image, int]:
    """Upscale low-resolution scans to `target` dpi (Tesseract's models prefer ~300 dpi text)."""
    if dpi and dpi < target * 0.9:
        scale = target / dpi
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)
        return image, target
    return image, dpi or target


def otsu_threshold(pixels: np.ndarray) -> int:
    hist = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    cumulative = np.cumsum(hist)
    cumulative_mean = np.cumsum(hist * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (cumulative_mean[-1] * cumulative - cumulative_mean * total) ** 2 / (cumulative * (total - cumulative))
    if np.isnan(between).all():  # one grey level only (a blank scan): no split exists; all of it is paper
        return int(pixels.min()) - 1  # callers treat values above the threshold as paper
    return int(np.nanargmax(between))


def estimate_skew(image: Image.Image) -> float:
    """Skew angle in degrees by projection profiles: text rows are sharpest when the page is level."""
    scale = min(1.0, _SKEW_WIDTH / image.width)
    small = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))), Image.Resampling.BILINEAR)
    pixels = np.asarray(small)
    ink = Image.fromarray(((pixels < otsu_threshold(pixels)) * 255).astype(np.uint8))

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0), dtype=np.float32).sum(axis=1)
        return float(np.sum(np.diff(rows) ** 2))

    coarse = max(np.arange(-_MAX_SKEW, _MAX_SKEW + 1e-9, 0.5), key=sharpness)
    fine = max(np.arange(coarse - 0.5, coarse + 0.5 + 1e-9, 0.1), key=sharpness)
    return float(round(fine, 2))


def preprocess(image: Image.Image, dpi: int | None, *, target_dpi: int = 300, deskew: bool = True,
               denoise: bool = True, binarize: bool = True) -> tuple[Image.Image, int, float]:
    """The page ready for Tesseract, its resolution and the skew corrected (degrees)."""
    image = ImageOps.exif_transpose(image) if image.mode != "L" else image
    gray = image.convert("L")
    gray, dpi = normalise_resolution(gray, dpi, target_dpi)
    if denoise:
        gray = gray.filter(ImageFilter.MedianFilter(3))
    angle = 0.0
    if deskew:
        angle = estimate_skew(gray)
        if abs(angle) >= 0.1:
            gray = gray.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if binarize:
        pixels = np.asarray(gray)
        gray = Image.fromarray(np.where(pixels > otsu_threshold(pixels), 255, 0).astype(np.uint8))
    return gray, dpi, angle
