"""Uploads: type by magic bytes, size limits, safe names, private per-job folders.

The user's file name is never used as a path: files are stored under names the app
chooses (`child-03.pdf`), so no name can climb out of the job's folder.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputTooLarge, UploadRejected

# detected kind -> extension stored on disk (the readers dispatch on it)
_EXTENSION = {"pdf": ".pdf", "png": ".png", "jpeg": ".jpg", "tiff": ".tif", "docx": ".docx", "text": ".txt"}
# extensions a user's file name may carry for each detected kind; anything else is "mislabelled"
_ACCEPTED_NAMES = {
    "pdf": {".pdf"},
    "png": {".png"},
    "jpeg": {".jpg", ".jpeg"},
    "tiff": {".tif", ".tiff"},
    "docx": {".docx"},
    "text": {".txt", ".text", ".md", ""},
}
ACCEPT_ATTRIBUTE = ",".join(sorted({e for names in _ACCEPTED_NAMES.values() for e in names if e}))


def sniff(head: bytes, path: Path | None = None) -> str | None:
    """The kind of a file from its first bytes (and, for ZIPs, its member list); None if unsupported."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path if path else io.BytesIO(head)) as archive:
                return "docx" if "word/document.xml" in archive.namelist() else None
        except zipfile.BadZipFile:
            return None
    if b"\x00" in head:
        return None  # binary, and no text encoding we read puts NUL bytes in Vietnamese text
    try:
        head.decode("utf-8")
        return "text"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:
            return "text"  # a multi-byte character cut by the sniffing window
    # Legacy single-byte encodings (TCVN3, VNI, cp1258): printable bytes with few controls.
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return "text" if controls == 0 else None


def display_name(filename: str | None) -> str:
    """A name to show: the last path component, NFC, without control characters, at most 120 chars."""
    name = unicodedata.normalize("NFC", filename or "")
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().lstrip(".")
    return name[:120] or "tệp không tên"


@dataclass
class StoredUpload:
    path: Path
    name: str  # display name, as the user called it
    kind: str
    size: int


class JobFolder:
    """A private folder (mode 0700) for one job's uploads; `remove()` deletes it and everything in it."""

    def __init__(self) -> None:
        self.path = Path(tempfile.mkdtemp(prefix="plan-parser-web-"))
        os.chmod(self.path, 0o700)  # mkdtemp already does this; the chmod documents the promise

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

    def store(self, stem: str, filename: str | None, source, max_bytes: int) -> StoredUpload:
        """Copy the file-like `source` into the folder as `<stem><ext>` after checking size and type."""
        if not re.fullmatch(r"[a-z0-9-]+", stem):
            raise ValueError(f"unsafe stem {stem!r}")
        name = display_name(filename)
        tmp = self.path / f"{stem}.part"
        size = 0
        with open(tmp, "wb") as out:
            while chunk := source.read(1024 * 1024):
                size += len(chunk)
                if size > max_bytes:
                    out.close()
                    tmp.unlink(missing_ok=True)
                    raise InputTooLarge(
                        f"'{name}' is larger than {max_bytes // (1024 * 1024)} MB",
                        hint="tệp quá lớn; hãy gửi bản nhỏ hơn hoặc chia tệp",
                    )
                out.write(chunk)
        if size == 0:
            tmp.unlink(missing_ok=True)
            raise UploadRejected(f"'{name}' is empty", hint="tệp rỗng; hãy chọn đúng tệp")
        with open(tmp, "rb") as f:
            head = f.read(4096)
        kind = sniff(head, tmp)
        if kind is None:
            tmp.unlink(missing_ok=True)
            raise UploadRejected(
                f"'{name}' is not a PDF, image, DOCX or text file",
                hint="chỉ nhận PDF, ảnh PNG/JPEG/TIFF, DOCX hoặc văn bản .txt",
            )
        suffix = Path(name).suffix.lower() if "." in name else ""
        if suffix not in _ACCEPTED_NAMES[kind]:
            tmp.unlink(missing_ok=True)
            raise UploadRejected(
                f"'{name}' is named {suffix or 'without extension'} but its content is {kind}",
                hint="đuôi tệp không khớp với nội dung; hãy kiểm tra lại tệp",
            )
        final = self.path / f"{stem}{_EXTENSION[kind]}"
        tmp.rename(final)
        return StoredUpload(path=final, name=name, kind=kind, size=size)
