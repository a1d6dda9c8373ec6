"""Page images of scanned inputs, kept after the upload is deleted, with evidence boxes drawn on request.

Only pages that were OCR'd get an image: their lines carry boxes (`Line.bbox`) in the page's own
unit, so a box scales onto the image by image size / `Page.width`/`Page.height`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from ..model import BBox, Document
from ..read.ocr import turn

# Wide enough to read a quoted line, small enough to keep 10 pages of a job in ~2 MB.
IMAGE_WIDTH = 1000


@dataclass
class PageImages:
    """Grayscale PNG per page number, and the page size in its own unit (for box scaling)."""

    png: dict[int, bytes] = field(default_factory=dict)
    size: dict[int, tuple[float, float]] = field(default_factory=dict)

    def __contains__(self, page: int) -> bool:
        return page in self.png


def _rasterise(path: Path, numbers: list[int]):
    """Yield (page number, PIL image) for the wanted pages of a PDF or image file."""
    from PIL import Image, ImageSequence

    if path.suffix.lower() == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            for number in numbers:
                if number <= len(pdf):
                    page = pdf[number - 1]
                    scale = IMAGE_WIDTH / max(page.get_width(), 1)
                    yield number, page.render(scale=scale).to_pil()
        finally:
            pdf.close()
        return
    with Image.open(path) as image:
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            if number in numbers:
                yield number, frame.copy()


def page_images_for(path: Path, document: Document) -> PageImages:
    """Images of the OCR'd pages of `path` (none for text, DOCX or text-layer PDFs)."""
    scanned = [p for p in document.pages if p.source == "ocr" and p.width and p.height]
    images = PageImages()
    if not scanned:
        return images
    sizes = {p.number: (p.width, p.height) for p in scanned}
    rotations = {p.number: p.rotation for p in scanned}
    for number, image in _rasterise(path, sorted(sizes)):
        # Boxes refer to the page as the OCR saw it, turned upright when it was scanned sideways.
        image = turn(image, rotations[number]).convert("L")
        if image.width > IMAGE_WIDTH:
            image = image.resize((IMAGE_WIDTH, round(image.height * IMAGE_WIDTH / image.width)))
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=False)
        images.png[number] = out.getvalue()
        images.size[number] = sizes[number]
    return images


def draw_box(images: PageImages, page: int, box: BBox | None) -> bytes:
    """The page's PNG with `box` (in page units) outlined in red; the plain page when there is no box."""
    if box is None:
        return images.png[page]
    from PIL import Image, ImageDraw

    image = Image.open(io.BytesIO(images.png[page])).convert("RGB")
    width, height = images.size[page]
    sx, sy = image.width / width, image.height / height
    pad = 4
    draw = ImageDraw.Draw(image)
    draw.rectangle(
        (box.x0 * sx - pad, box.y0 * sy - pad, box.x1 * sx + pad, box.y1 * sy + pad), outline=(220, 0, 0), width=4
    )
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
