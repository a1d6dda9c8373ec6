"""Pass OCR'd pages and English-OCR-looking text through the restorer (plan_parser.restore)."""

from __future__ import annotations

from ..errors import ModelMissing
from ..model import Document
from .assemble import recompute_offsets
from .options import ReadOptions
from .progress import ProgressCallback, report
from .text import accent_share, looks_vietnamese

# Clean Vietnamese has ~25–35 % accented letters; English-model OCR or accent-stripped text ~5 %.
_MIN_ACCENT_SHARE = 0.15


def needs_restoration(document: Document, options: ReadOptions) -> bool:
    if options.restore == "never":
        return False
    if options.restore == "always":
        return True
    if any(page.source == "ocr" for page in document.pages):
        return True
    return document.format == "text" and accent_share(document.text) < _MIN_ACCENT_SHARE and looks_vietnamese(document.text)


def apply_restoration(document: Document, options: ReadOptions, on_progress: ProgressCallback | None = None) -> Document:
    """Restore in place when needed; a missing restorer is a warning, not a failure."""
    if not document.text.strip():
        return document
    if not looks_vietnamese(document.text):
        document.warnings.append("the text does not look Vietnamese; it was read as is")
        if options.restore != "always":
            return document
    if not needs_restoration(document, options):
        return document
    try:
        from ..restore import restore
    except ImportError as exc:
        document.warnings.append(f"restorer not available ({exc}); text left as read")
        return document
    report(on_progress, "restore", 0, 1)
    try:
        restored = restore(document.text)
    except ModelMissing as exc:
        document.warnings.append(f"restorer model missing ({exc.message}); text left as read")
        report(on_progress, "restore", 1, 1)
        return document
    report(on_progress, "restore", 1, 1)
    if len(restored.lines) != len(document.lines):
        document.warnings.append(
            f"restorer returned {len(restored.lines)} lines for {len(document.lines)}; text left as read"
        )
        return document
    for line, new_text in zip(document.lines, restored.lines):
        if new_text != line.text:
            line.original = line.text
            line.text = new_text
            # word boxes keep their OCR text; the line text is the restored reading
    document.restored = True
    document.restoration_confidence = mean_token_confidence(restored)
    return recompute_offsets(document)


def mean_token_confidence(restored) -> float | None:
    """The restorer's mean confidence over its tokens (None when it saw no token)."""
    if not restored.tokens:
        return None
    return min(1.0, max(0.0, sum(t.confidence for t in restored.tokens) / len(restored.tokens)))
