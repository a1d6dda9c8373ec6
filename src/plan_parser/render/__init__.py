"""The scan generator: plan text -> page images (and image-only PDFs) that look like scanned plans.

    >>> from plan_parser.render import render_text_pages, write_image_pdf
    >>> pages = render_text_pages(text, degradation="mild", seed=1)
    >>> write_image_pdf(pages, "scan.pdf")

`render_document` also returns what was drawn on each page, in reading order, as the reference
text for character error rates.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .degrade import LEVELS, Degradation, degrade
from .layout import FONT_FILES, TextLine, layout

__all__ = ["FONT_FILES", "LEVELS", "Rendering", "TextLine", "render_document", "render_text_pages", "write_image_pdf"]


@dataclass
class Rendering:
    pages: list[Image.Image]
    lines: list[list[TextLine]]  # per page, in reading order; boxes in clean-page pixels at `layout_dpi`
    dpi: int  # resolution of the (possibly degraded) pages
    layout_dpi: int

    @property
    def page_texts(self) -> list[str]:
        return ["\n".join(line.text for line in page) for page in self.lines]

    @property
    def text(self) -> str:
        return "\n".join(self.page_texts)


def render_document(
    text: str,
    *,
    font: str = "Liberation Serif",
    size_pt: float = 14,
    dpi: int = 300,
    degradation: Degradation = "clean",
    seed: int = 0,
) -> Rendering:
    """Lay out `text` on A4 pages and degrade them like a scan; keep what was drawn where."""
    clean, lines = layout(text, font, size_pt, dpi)
    pages = []
    out_dpi = dpi
    for index, page in enumerate(clean):
        image, out_dpi = degrade(page, degradation, dpi=dpi, seed=seed * 10_007 + index)
        image.info["dpi"] = (out_dpi, out_dpi)
        pages.append(image)
    return Rendering(pages=pages, lines=lines, dpi=out_dpi, layout_dpi=dpi)


def render_text_pages(
    text: str,
    *,
    font: str = "Liberation Serif",
    size_pt: float = 14,
    dpi: int = 300,
    degradation: Degradation = "clean",
    seed: int = 0,
) -> list[Image.Image]:
    """Page images (grayscale, A4) of `text` as a government plan looks, scanned at `degradation`."""
    return render_document(text, font=font, size_pt=size_pt, dpi=dpi, degradation=degradation, seed=seed).pages


def write_image_pdf(pages: list[Image.Image], path: str | Path, *, dpi: int | None = None) -> Path:
    """An image-only PDF (no text layer), one page per image, like a scanner writes."""
    path = Path(path)
    if not pages:
        raise ValueError("no pages to write")
    resolution = dpi or pages[0].info.get("dpi", (300, 300))[0]
    first, rest = pages[0].convert("L"), [p.convert("L") for p in pages[1:]]
    first.save(path, format="PDF", save_all=True, append_images=rest, resolution=float(resolution))
    return path
