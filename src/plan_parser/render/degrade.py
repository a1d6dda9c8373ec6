"""Scan degradation: what a photocopier and a flatbed scanner do to a clean page."""

from __future__ import annotations

import io
from typing import Literal

import numpy as np
from PIL import Image, ImageFilter

Degradation = Literal["clean", "mild", "heavy"]

# level -> (max rotation in degrees, output dpi or None to keep, blur radius at 300 dpi, noise sigma,
#           speckles per megapixel, JPEG quality or None)
LEVELS: dict[str, tuple[float, int | None, float, float, float, int | None]] = {
    "clean": (0.0, None, 0.0, 0.0, 0.0, None),
    "mild": (0.5, None, 0.6, 6.0, 0.0, None),
    "heavy": (1.5, 200, 0.9, 14.0, 40.0, 35),
}


def degrade(page: Image.Image, level: Degradation, *, dpi: int, seed: int) -> tuple[Image.Image, int]:
    """The page as scanned at `level`; returns the image and its resolution."""
    if level not in LEVELS:
        raise ValueError(f"unknown degradation {level!r}; choose clean, mild or heavy")
    max_angle, out_dpi, blur, sigma, speckles, quality = LEVELS[level]
    if level == "clean":
        return page, dpi
    rng = np.random.default_rng(seed)
    image = page
    if max_angle:
        angle = float(rng.uniform(0.4, 1.0) * max_angle * rng.choice([-1, 1]))
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if out_dpi and out_dpi < dpi:
        scale = out_dpi / dpi
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)
        dpi = out_dpi
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur * dpi / 300))
    pixels = np.asarray(image, dtype=np.float32)
    if sigma:
        pixels = pixels + rng.normal(0.0, sigma, pixels.shape).astype(np.float32)
    if speckles:
        count = int(speckles * pixels.size / 1e6)
        ys = rng.integers(0, pixels.shape[0] - 3, count)
        xs = rng.integers(0, pixels.shape[1] - 3, count)
        sizes = rng.integers(1, 4, count)
        for y, x, s in zip(ys, xs, sizes):
            pixels[y : y + s, x : x + s] = rng.uniform(0, 90)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")
    if quality:
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=quality)
        buffer.seek(0)
        image = Image.open(buffer).convert("L")
    return image, dpi
