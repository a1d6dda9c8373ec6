"""Render an AlignmentReport as JSON, Markdown or a self-contained HTML page (Vietnamese UI).

All document text is escaped (html.escape); the web app reuses these renderers.
"""

from __future__ import annotations

import html
import json

from ..model import SEVERITY_ORDER, AlignmentReport, Evidence, Finding
from .labels import FINDING_TYPE, ITEM_KIND, SEVERITY, VERDICT

# Kept under these names for callers of this module; the table itself lives in labels.py.
SEVERITY_VN, TYPE_VN, VERDICT_VN, KIND_VN = SEVERITY, FINDING_TYPE, VERDICT, ITEM_KIND


def render_json(report: AlignmentReport, indent: int | None = 2) -> str:
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def severity_counts(report: AlignmentReport) -> dict[str, int]:
    counts = {s: 0 for s in sorted(SEVERITY_ORDER, key=lambda s: -SEVERITY_ORDER[s])}
    for f in report.findings:
        counts[f.severity] += 1
    return counts


def _where(ev: Evidence | None) -> str:
    if ev is None:
        return ""
    parts = []
    if ev.page:
        parts.append(f"trang {ev.page}")
    if ev.line:
        parts.append(f"dòng {ev.line}")
    return ", ".join(parts)


def _name(ref) -> str:
    bits = [ref.number and f"số {ref.number}", ref.issuer, ref.source and f"({ref.source})"]
    return " ".join(b for b in bits if b) or "(không rõ)"


# --------------------------------------------------------------------------- markdown


def _md(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render_markdown(report: AlignmentReport) -> str:
    siblings = report.mode == "siblings"
    left, right = ("Kế hoạch A", "Kế hoạch B") if siblings else ("Kế hoạch cấp trên", "Kế hoạch cấp dưới")
    lines = [
        "# Báo cáo đối chiếu kế hoạch",
        "",
        f"- **{left}:** {_md(_name(report.parent))}",
        f"- **{right}:** {_md(_name(report.child))}",
        f"- **Mức độ bao quát:** {report.coverage:.0%}",
        "- **Phát hiện:** " + ", ".join(f"{SEVERITY_VN[s]}: {n}" for s, n in severity_counts(report).items()),
        "",
        "## Phát hiện",
        "",
    ]
    if not report.findings:
        lines.append("Không có phát hiện.")
    for i, f in enumerate(report.findings, 1):
        lines.append(f"{i}. **[{SEVERITY_VN[f.severity]}] {TYPE_VN.get(f.type.value, f.type.value)}** (`{f.type.value}`)"
                     f"{_confidence(f)}: {_md(f.message)}")
        for label, ev in ((left, f.parent_evidence), (right, f.child_evidence)):
            if ev is not None:
                lines.append(f"   - {label} ({_where(ev) or 'không rõ vị trí'}): “{_md(ev.quote)}”")
    lines += ["", "## Đối chiếu từng nội dung", "", f"| # | {left} | Kết quả | Điểm | {right} |", "|---|---|---|---|---|"]
    for i, item in enumerate(report.alignment, 1):
        child = "<br>".join(f"{_md(m.child.text[:120])} ({m.score:.2f})" for m in item.matches[:2]) if item.verdict != "not_covered" else "—"
        lines.append(
            f"| {i} | {KIND_VN[item.parent.kind]}: {_md(item.parent.text[:160])} | {VERDICT_VN[item.verdict]} | {item.score:.2f} | {child} |"
        )
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- html

_CSS = """
body{font-family:"Noto Sans","Liberation Sans",Arial,sans-serif;margin:2rem;color:#1d1d1f;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
.meta td{padding:.15rem .8rem .15rem 0;vertical-align:top}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:.6rem;font-size:.85em;font-weight:600}
.sev-high{background:#fde2e1;color:#8a1c13}.sev-medium{background:#fff1d6;color:#7a4b00}
.sev-low{background:#e6f0ff;color:#1f4b99}.sev-info{background:#eee;color:#444}
.finding{border-left:4px solid #ccc;padding:.4rem .8rem;margin:.6rem 0;background:#fafafa}
.finding.sev-high{border-color:#c0392b}.finding.sev-medium{border-color:#e69a00}.finding.sev-low{border-color:#3b6fd1}
blockquote{margin:.3rem 0 .3rem 1rem;font-style:italic;color:#333}
table.align{border-collapse:collapse;width:100%}table.align td,table.align th{border:1px solid #ddd;padding:.35rem;vertical-align:top}
.v-covered{background:#e3f6e5}.v-partly_covered{background:#fff5d6}.v-not_covered{background:#fde2e1}
.where{color:#666;font-size:.85em}
"""


def _confidence(f: Finding) -> str:
    """The calibrator's confidence that the finding is a real defect, where it judged the finding."""
    return f" (độ tin cậy {f.confidence:.2f})" if f.confidence is not None else ""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _evidence_html(label: str, ev: Evidence | None) -> str:
    if ev is None:
        return ""
    where = _where(ev) or "không rõ vị trí"
    return f'<div><span class="where">{_e(label)} — {_e(where)}</span><blockquote>“{_e(ev.quote)}”</blockquote></div>'


def _finding_html(f: Finding, left: str, right: str) -> str:
    return (
        f'<div class="finding sev-{f.severity}"><span class="badge sev-{f.severity}">{_e(SEVERITY_VN[f.severity])}</span> '
        f"<strong>{_e(TYPE_VN.get(f.type.value, f.type.value))}</strong> <code>{_e(f.type.value)}</code>"
        f'<span class="where">{_e(_confidence(f))}</span>'
        f"<p>{_e(f.message)}</p>{_evidence_html(left, f.parent_evidence)}{_evidence_html(right, f.child_evidence)}</div>"
    )


def render_html(report: AlignmentReport, title: str = "Báo cáo đối chiếu kế hoạch") -> str:
    siblings = report.mode == "siblings"
    left, right = ("Kế hoạch A", "Kế hoạch B") if siblings else ("Kế hoạch cấp trên", "Kế hoạch cấp dưới")
    counts = severity_counts(report)
    parts = [
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{_e(title)}</title>',
        f"<style>{_CSS}</style></head><body><h1>{_e(title)}</h1>",
        '<table class="meta">',
        f"<tr><td>{_e(left)}</td><td>{_e(_name(report.parent))}<br>{_e(report.parent.title or '')}</td></tr>",
        f"<tr><td>{_e(right)}</td><td>{_e(_name(report.child))}<br>{_e(report.child.title or '')}</td></tr>",
        f"<tr><td>Mức độ bao quát</td><td><strong>{report.coverage:.0%}</strong></td></tr>",
        "<tr><td>Phát hiện</td><td>"
        + " ".join(f'<span class="badge sev-{s}">{_e(SEVERITY_VN[s])}: {n}</span>' for s, n in counts.items())
        + "</td></tr></table>",
        "<h2>Phát hiện (theo mức độ)</h2>",
    ]
    if not report.findings:
        parts.append("<p>Không có phát hiện.</p>")
    parts += [_finding_html(f, left, right) for f in report.findings]
    parts.append(
        f'<h2>Đối chiếu từng nội dung</h2><table class="align"><tr><th>#</th><th>{_e(left)}</th>'
        f"<th>Kết quả</th><th>{_e(right)}</th></tr>"
    )
    for i, item in enumerate(report.alignment, 1):
        where = _where(Evidence(quote="", page=item.parent.span.page, line=item.parent.span.line_start)) if item.parent.span else ""
        matches = "".join(
            f"<div>{_e(m.child.text)} <span class=\"where\">({_e(KIND_VN[m.child.kind])}"
            + (f", trang {m.child.span.page}, dòng {m.child.span.line_start}" if m.child.span else "")
            + f"; điểm {m.score:.2f})</span></div>"
            for m in item.matches
        ) if item.verdict != "not_covered" else "<div>—</div>"
        parts.append(
            f'<tr class="v-{item.verdict}"><td>{i}</td><td><strong>{_e(KIND_VN[item.parent.kind])}</strong>: {_e(item.parent.text)}'
            f' <span class="where">{_e(where)}</span></td>'
            f"<td><strong>{_e(VERDICT_VN[item.verdict])}</strong><br>điểm {item.score:.2f}</td><td>{matches}</td></tr>"
        )
    parts.append("</table></body></html>")
    return "\n".join(parts)
