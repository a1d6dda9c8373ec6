"""Numbered errors that say what went wrong and what to do next.

Every error a user can meet is a `PlanParserError` with a stable code (E1xx input,
E2xx reading/OCR, E3xx restore, E4xx parse, E5xx compare, E6xx archive, E7xx web).
The CLI prints `error E101: <message> — <hint>` and exits non-zero; the batch job
records the code and message and goes on.
"""

from __future__ import annotations


class PlanParserError(Exception):
    code = "E000"
    hint = ""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        text = f"{self.code}: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "hint": self.hint}


class InputNotFound(PlanParserError):
    code = "E101"
    hint = "check the path; use '-' to read standard input"


class UnsupportedFormat(PlanParserError):
    code = "E102"
    hint = "give a PDF, PNG/JPEG/TIFF image, DOCX or text file"


class EmptyInput(PlanParserError):
    code = "E103"
    hint = "the file holds no text or pages; check that it is the right file"


class InputTooLarge(PlanParserError):
    code = "E104"
    hint = "raise the limit with the matching --max-* option if the file is genuine"


class CorruptFile(PlanParserError):
    code = "E201"
    hint = "the file is damaged or truncated; obtain a fresh copy"


class EncryptedPdf(PlanParserError):
    code = "E202"
    hint = "give the password with --password, or ask the sender for an unprotected copy"


class OcrUnavailable(PlanParserError):
    code = "E203"
    hint = "install Tesseract with Vietnamese data: apt-get install tesseract-ocr tesseract-ocr-vie"


class OcrTimeout(PlanParserError):
    code = "E204"
    hint = "raise --ocr-timeout, or check the page image"


class TextDecodeError(PlanParserError):
    code = "E205"
    hint = "save the file as UTF-8, or name the encoding with --encoding"


class ModelMissing(PlanParserError):
    code = "E301"
    hint = "rebuild the models with 'plan-parser train restorer' (see models/README.md)"


class NotAPlan(PlanParserError):
    code = "E401"
    hint = "the text does not look like a Vietnamese administrative document"


class ParentNotFound(PlanParserError):
    code = "E501"
    hint = "give the parent plan explicitly, or an --archive that holds it"


class ParserUnavailable(PlanParserError):
    code = "E502"
    hint = "the parser stage (plan_parser.parse) is not available; give parsed-plan JSON files instead"


class ArchiveUnsupported(PlanParserError):
    code = "E503"
    hint = "give --archive a directory of plans; database archives need plan_parser.archive"


class ArchiveError(PlanParserError):
    code = "E601"
    hint = "check the --db path or URL and that the database is reachable"


class ProcessingFailed(PlanParserError):
    code = "E602"
    hint = "an unexpected failure while processing this file; please report it with the file"


class WorkerCrashed(PlanParserError):
    code = "E603"
    hint = "the worker process died on this file (memory, a crash in a native library); check the file"


class ClusterUnavailable(PlanParserError):
    code = "E604"
    hint = "give --cluster local, or dask://HOST:PORT of a running scheduler; install 'plan_parser[batch]'"


class UploadRejected(PlanParserError):
    code = "E701"
    hint = "give a PDF, PNG/JPEG/TIFF image, DOCX or text file whose name matches its content"


class JobNotFound(PlanParserError):
    code = "E702"
    hint = "the report has expired or the link is wrong; run the audit again"


class PdfPrintUnavailable(PlanParserError):
    code = "E703"
    hint = "install Debian's chromium (apt-get install chromium) to print reports to PDF"
