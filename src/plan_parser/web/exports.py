"""Downloads of a report: standalone HTML, PDF (printed by headless chromium), JSON, CSV and XLSX."""

from __future__ import annotations

import csv
import io
import subprocess
import tempfile
from pathlib import Path

from ..errors import PdfPrintUnavailable
from .audit import AuditResult, BatchResult
from .views import FINDING_LABEL, SEVERITY_LABEL, VERDICT_LABEL, count_by_type


def report_json(result: AuditResult) -> str:
    return result.report.model_dump_json(indent=2)


def inert(value):
    """A cell value a spreadsheet will not run as a formula (document text is untrusted)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "@", "\t", "\r") or str(value).startswith(("-=", "-+")):
        return "'" + str(value)
    return value


def _csv(rows: list[list]) -> str:
    rows = [[inert(v) for v in row] for row in rows]
    out = io.StringIO()
    # The BOM lets Excel, which auditors open CSVs with, read the Vietnamese letters as UTF-8.
    out.write("\ufeff")
    csv.writer(out).writerows(rows)
    return out.getvalue()


def report_csv(result: AuditResult) -> str:
    """One row per finding, then one row per parent item of the alignment."""
    rows: list[list] = [["phần", "loại", "mức độ / kết luận", "nội dung", "trang cấp trên", "dòng cấp trên",
                         "trang cấp dưới", "dòng cấp dưới", "điểm"]]  # fmt: skip
    for f in result.report.findings:
        pe, ce = f.parent_evidence, f.child_evidence
        rows.append([
            "phát hiện", FINDING_LABEL.get(f.type, f.type.value), SEVERITY_LABEL[f.severity], f.message,
            pe.page if pe else "", pe.line if pe else "", ce.page if ce else "", ce.line if ce else "", "",
        ])  # fmt: skip
    for item in result.report.alignment:
        span = item.parent.span
        best = item.matches[0].child if item.matches else None
        rows.append([
            "đối chiếu", item.parent.kind, VERDICT_LABEL[item.verdict], item.parent.text,
            span.page if span else "", span.line_start if span else "",
            best.span.page if best and best.span else "", best.span.line_start if best and best.span else "",
            f"{item.score:.2f}",
        ])  # fmt: skip
    return _csv(rows)


def print_pdf(html: str, chromium: str | None, timeout_s: int) -> bytes:
    """Print standalone HTML to PDF with headless chromium (no network, throwaway profile)."""
    if not chromium:
        raise PdfPrintUnavailable("chromium is not installed, so reports cannot be printed to PDF")
    with tempfile.TemporaryDirectory(prefix="plan-parser-pdf-") as tmp:
        source = Path(tmp) / "report.html"
        target = Path(tmp) / "report.pdf"
        source.write_text(html, encoding="utf-8")
        command = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer",
            f"--user-data-dir={tmp}/profile", f"--print-to-pdf={target}", source.as_uri(),
        ]  # fmt: skip
        try:
            subprocess.run(command, capture_output=True, timeout=timeout_s, check=False)
        except subprocess.TimeoutExpired as exc:
            raise PdfPrintUnavailable(f"chromium did not print the report within {timeout_s} s") from exc
        if not target.exists() or target.stat().st_size == 0:
            raise PdfPrintUnavailable("chromium failed to print the report")
        return target.read_bytes()


def batch_xlsx(batch: BatchResult) -> bytes:
    """The batch table as a workbook: one row per child, coverage and findings per type."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Kết quả"
    types = list(FINDING_LABEL)
    sheet.append(["Tệp", "Số hiệu", "Cơ quan ban hành", "Mức độ triển khai (%)", "Tổng phát hiện"]
                 + [FINDING_LABEL[t] for t in types] + ["Lỗi"])  # fmt: skip
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in batch.rows:
        if row.result is None:
            error = f"{row.error['code']}: {row.error['message']}" if row.error else ""
            sheet.append([row.name, "", "", None, None] + [None] * len(types) + [error])
            continue
        report = row.result.report
        counts = count_by_type(report)
        sheet.append(
            [row.name, report.child.number or "", report.child.issuer or "", round(100 * report.coverage, 1),
             len(report.findings)] + [counts[t] for t in types] + [""]
        )  # fmt: skip
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
