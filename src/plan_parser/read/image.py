"""Images (PNG, JPEG, TIFF with several pages, ...) -> OCR, with a guard against decompression bombs."""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image, ImageSequence, UnidentifiedImageError

from ..errors import CorruptFile, EmptyInput, InputTooLarge, PlanParserError
from ..model import Document
from .assemble import build_document
from .options import ReadOptions
from .progress import ProgressCallback


def load_pages(path: Path, options: ReadOptions) -> tuple[list[Image.Image], list[int | None]]:
    """Decoded page images and their resolutions; sizes are checked before any pixel is decoded."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
            pages, dpis = [], []
            for index, frame in enumerate(ImageSequence.Iterator(image)):
                if index >= options.max_pages:
                    raise InputTooLarge(f"{path.name} has more than {options.max_pages} pages", hint="raise --max-pages if the file is genuine")
                width, height = frame.size
                if width * height > options.max_pixels:
                    raise InputTooLarge(
                        f"{path.name} page {index + 1} is {width}×{height} = {width * height / 1e6:.0f} M pixels, over the limit of {options.max_pixels / 1e6:.0f} M",
                        hint="raise --max-pixels if the scan is genuine",
                    )
                dpi = frame.info.get("dpi", (None, None))[0]
                pages.append(frame.convert("L"))
                dpis.append(round(float(dpi)) if dpi and float(dpi) >= 50 else None)
    except PlanParserError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InputTooLarge(f"{path.name} is a decompression bomb ({exc})") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise CorruptFile(f"{path.name} is a damaged image ({exc})") from exc
    except Exception as exc:  # noqa: BLE001 - Pillow's plugins raise TypeError, struct.error, ... on damaged files
        raise CorruptFile(f"{path.name} is a damaged image ({type(exc).__name__}: {exc})") from exc
    if not pages:
        raise EmptyInput(f"{path.name} has no image frames")
    return pages, dpis


def read_image(path: Path, options: ReadOptions, on_progress: ProgressCallback | None = None) -> Document:
    from .ocr import ocr_images

    images, dpis = load_pages(path, options)
    pages = ocr_images(images, list(range(1, len(images) + 1)), dpis, options, on_progress)
    document = build_document(str(path), "image", pages)
    if not document.text.strip():
        raise EmptyInput(f"{path.name}: OCR found no text on the image")
    return document
