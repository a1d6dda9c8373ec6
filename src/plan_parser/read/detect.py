"""What a file is, judged by its first bytes (magic numbers), never by its extension."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Literal

from ..errors import UnsupportedFormat

Kind = Literal["pdf", "image", "docx", "text"]

_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"II*\x00",  # TIFF little-endian
    b"MM\x00*",  # TIFF big-endian
    b"GIF87a",
    b"GIF89a",
    b"BM",
)


def sniff(path: Path, head: bytes) -> Kind:
    """The reader to use for a file whose first bytes are `head` (at least 2 KiB when available)."""
    # PDF readers accept the header anywhere in the first KiB (mail gateways prepend junk).
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise UnsupportedFormat(f"{path.name} is a damaged ZIP archive ({exc})") from exc
        except Exception as exc:  # noqa: BLE001 - zipfile also raises NotImplementedError, EOFError, struct.error
            raise UnsupportedFormat(f"{path.name} is a damaged ZIP archive ({type(exc).__name__}: {exc})") from exc
        if "word/document.xml" in names:
            return "docx"
        raise UnsupportedFormat(f"{path.name} is a ZIP archive but not a Word (.docx) file")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise UnsupportedFormat(
            f"{path.name} is an old binary Office file (.doc/.xls)", hint="save it as .docx or PDF and read that"
        )
    return "text"
