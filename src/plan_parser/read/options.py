"""Typed options of the reader (engines and limits), shared by the library, CLI and batch job."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class ReadOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    password: str | None = Field(default=None, description="password of an encrypted PDF")
    encoding: str | None = Field(default=None, description="encoding of a text file; detected when None")
    max_pages: int = Field(default=500, ge=1, description="refuse documents with more pages (checked before parsing)")
    # 300 dpi A3 is ~17.5 M pixels; 60 M leaves room for large scans while refusing decompression bombs.
    max_pixels: int = Field(default=60_000_000, ge=1, description="refuse page images with more pixels")
    max_bytes: int = Field(default=200_000_000, ge=1, description="refuse larger input files")
    ocr_timeout: float = Field(default=120.0, gt=0, description="seconds allowed to OCR one page")
    ocr_lang: str = Field(default="vie", description="Tesseract language(s)")
    # psm 4 (one column of varying sizes) measured better than 6 on plan pages; see benchmarks/read.py.
    psm: int = Field(default=4, ge=0, le=13, description="Tesseract page segmentation mode")
    dpi: int = Field(default=300, ge=72, le=600, description="resolution to rasterise PDF pages and normalise scans to")
    workers: int | None = Field(default=None, ge=1, description="parallel OCR processes; default: CPU cores")
    deskew: bool = True
    orientation: bool = Field(
        default=True, description="turn pages scanned sideways or upside down upright (Tesseract OSD) when OCR reads them badly"
    )
    denoise: bool = False  # a 3×3 median cost ~1–2 s/page and did not lower CER (benchmarks/read.py)
    binarize: bool = False  # our Otsu raised CER (mild 0.04% -> 0.21%); Tesseract binarises better itself
    force_ocr: bool = Field(default=False, description="OCR PDF pages even when they have a text layer")
    restore: Literal["auto", "always", "never"] = Field(
        default="auto",
        description="auto: restore OCR'd pages and text that looks like English-model OCR or lacks accents",
    )
