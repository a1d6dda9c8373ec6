"""The auditor's daily batch: many children against one parent.

Writes one report per child (HTML and JSON) and a summary table (CSV and XLSX) sorted by
severity. One unreadable child never stops the batch: its row carries the error instead.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import PlanParserError
from ..model import SEVERITY_ORDER, AlignmentReport, FindingType
from .core import CompareOptions, compare
from .report import SEVERITY_VN, render_html, render_json
from .sides import load_side

FINDING_TYPES = [t.value for t in FindingType if t is not FindingType.sibling_difference]


@dataclass
class AuditRow:
    child: str
    issuer: str | None = None
    number: str | None = None
    coverage: float | None = None
    max_severity: str | None = None
    counts: dict[str, int] = field(default_factory=dict)  # by severity
    types: dict[str, int] = field(default_factory=dict)  # by finding type
    report_html: str | None = None
    report_json: str | None = None
    error: str | None = None

    def sort_key(self):
        sev = SEVERITY_ORDER.get(self.max_severity or "", -1) if not self.error else 4
        return (-sev, -self.counts.get("high", 0), -self.counts.get("medium", 0), self.coverage or 0.0, self.child)


def _stem(path: str, used: set[str]) -> str:
    stem = re.sub(r"[^\w.-]+", "_", Path(path).name.removesuffix(".plan.json").rsplit(".", 1)[0]) or "child"
    name, n = stem, 2
    while name in used:
        name, n = f"{stem}-{n}", n + 1
    used.add(name)
    return name


def audit(parent, children: list, out_dir: str | Path, options: CompareOptions | None = None) -> list[AuditRow]:
    """Compare every child with the parent; write reports and summary.csv / summary.xlsx into out_dir."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    parent_side = load_side(parent)  # parsed once for the whole batch
    rows, used = [], set()
    for child in children:
        name = str(child)
        stem = _stem(name, used)
        try:
            report = compare(parent_side, child, options)
        except PlanParserError as exc:
            rows.append(AuditRow(child=name, error=str(exc)))
            continue
        rows.append(_row(name, stem, report, out))
    rows.sort(key=AuditRow.sort_key)
    write_csv(rows, out / "summary.csv")
    write_xlsx(rows, out / "summary.xlsx")
    return rows


def _row(name: str, stem: str, report: AlignmentReport, out: Path) -> AuditRow:
    html_path, json_path = out / f"{stem}.html", out / f"{stem}.json"
    html_path.write_text(render_html(report), encoding="utf-8")
    json_path.write_text(render_json(report) + "\n", encoding="utf-8")
    counts = {s: 0 for s in ("high", "medium", "low", "info")}
    types = {t: 0 for t in FINDING_TYPES}
    for f in report.findings:
        counts[f.severity] += 1
        if f.type.value in types and f.severity != "info":
            types[f.type.value] += 1
    worst = max(report.findings, key=lambda f: SEVERITY_ORDER[f.severity]).severity if report.findings else None
    return AuditRow(child=name, issuer=report.child.issuer, number=report.child.number, coverage=report.coverage,
                    max_severity=worst, counts=counts, types=types, report_html=html_path.name,
                    report_json=json_path.name)  # fmt: skip


HEADER = (["Kế hoạch cấp dưới", "Cơ quan ban hành", "Số hiệu", "Mức độ bao quát", "Mức độ cao nhất"]
          + [f"Số phát hiện {SEVERITY_VN[s].lower()}" for s in ("high", "medium", "low", "info")]
          + FINDING_TYPES + ["Báo cáo HTML", "Báo cáo JSON", "Lỗi"])  # fmt: skip


def _cells(row: AuditRow) -> list:
    return (
        [row.child, row.issuer or "", row.number or "", row.coverage if row.coverage is not None else "",
         SEVERITY_VN.get(row.max_severity or "", "" if row.error else "Không có")]
        + [row.counts.get(s, 0) for s in ("high", "medium", "low", "info")]
        + [row.types.get(t, 0) for t in FINDING_TYPES]
        + [row.report_html or "", row.report_json or "", row.error or ""]
    )  # fmt: skip


def write_csv(rows: list[AuditRow], path: Path) -> None:
    # utf-8-sig so that Excel opens the Vietnamese text correctly.
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(_cells(r) for r in rows)


def write_xlsx(rows: list[AuditRow], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    fills = {"high": "FDE2E1", "medium": "FFF1D6", "low": "E6F0FF"}
    wb = Workbook()
    ws = wb.active
    ws.title = "Tổng hợp"
    ws.append(HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(_cells(row))
        colour = fills.get(row.max_severity or "") if not row.error else "FDE2E1"
        if colour:
            for cell in ws[ws.max_row]:
                cell.fill = PatternFill("solid", fgColor=colour)
    ws.freeze_panes = "B2"
    ws.column_dimensions["A"].width = 40
    wb.save(path)
