"""The main job on the bundled corpus: read -> restore -> parse -> compare, with a report to open.

`plan-parser demo --out out` (what `./run.sh demo` runs) writes:
  out/index.html                     the overview: every seed, its restoration accuracy where gold exists,
                                     its parsed header, and links to everything below
  out/seeds/<id>.restored.txt        restored text, line for line with the seed
  out/seeds/<id>.plan.json           parsed plan (SCHEMA.md keys + provenance)
  out/siblings/<a>_vs_<b>.html       plans implementing the same parent, compared with each other
  out/audit/                         a parent plan audited against its submitted children (HTML, CSV, XLSX)
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .model import Plan
from .restore.scoring import load_dev_scorer, syllable_accuracy


@dataclass
class SeedResult:
    id: str
    file: str
    plan: Plan
    restored_lines: int
    accuracy: float | None = None
    restore_kind: str | None = None


@dataclass
class DemoSummary:
    index: Path
    seeds: list[SeedResult] = field(default_factory=list)
    sibling_reports: list[Path] = field(default_factory=list)
    audit_dir: Path | None = None


def run_demo(corpus: Path, out: Path, say: Callable[[str], None] = print) -> DemoSummary:
    from .compare import compare_siblings, render_html
    from .compare.audit import audit
    from .pipeline import process

    out.mkdir(parents=True, exist_ok=True)
    (out / "seeds").mkdir(exist_ok=True)
    manifest = [json.loads(line) for line in (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line]
    scorer = load_dev_scorer(corpus / "gold" / "restore" / "score_restore.py")
    summary = DemoSummary(index=out / "index.html")

    processed = {}
    for i, row in enumerate(manifest, start=1):
        say(f"[{i}/{len(manifest)}] read, restore, parse {row['file']}")
        result = process(corpus / row["file"])
        processed[row["id"]] = result
        text = result.document.text
        (out / "seeds" / f"{row['id']}.restored.txt").write_text(text, encoding="utf-8")
        (out / "seeds" / f"{row['id']}.plan.json").write_text(
            result.plan.model_dump_json(indent=2), encoding="utf-8"
        )
        seed = SeedResult(id=row["id"], file=row["file"], plan=result.plan, restored_lines=len(result.document.lines))
        gold = row.get("gold", {}).get("restore")
        if gold:
            seed.accuracy = syllable_accuracy((corpus / gold).read_text(encoding="utf-8"), text, scorer)
        summary.seeds.append(seed)

    # Plans that implement the same parent: compare them with each other.
    by_parent: dict[str, list[str]] = defaultdict(list)
    for row in manifest:
        by_parent[row["implements"]["number"]].append(row["id"])
    (out / "siblings").mkdir(exist_ok=True)
    for number, ids in by_parent.items():
        for a, b in zip(ids, ids[1:]):
            say(f"compare siblings {a} and {b} (both implement {number})")
            report = compare_siblings(processed[a], processed[b])
            path = out / "siblings" / f"{a}_vs_{b}.html"
            path.write_text(render_html(report), encoding="utf-8")
            summary.sibling_reports.append(path)

    # The auditor's daily batch, on a hand-written province plan and the ward plans submitted under it
    # (the comparer's held-out set: corpus/compare/independent4).
    cases = corpus / "compare" / "independent4"
    parents = sorted(cases.glob("*/parent.txt"))
    if parents:
        parent = parents[0]
        children = sorted(p for p in parent.parent.glob("*.txt") if p.name != "parent.txt")
        say(f"audit {len(children)} children against {parent.relative_to(corpus)}")
        summary.audit_dir = out / "audit"
        audit(parent, children, summary.audit_dir)

    summary.index.write_text(_index_html(summary, out), encoding="utf-8")
    say(f"report: {summary.index}")
    return summary


def _index_html(summary: DemoSummary, out: Path) -> str:
    e = html.escape
    rows = []
    for s in summary.seeds:
        p = s.plan
        acc = f"{s.accuracy:.1%}" if s.accuracy is not None else "—"
        rows.append(
            "<tr>"
            f"<td>{e(s.id)}</td><td>{e(p.issuer or '—')}</td><td>{e(p.number or '—')}</td><td>{e(p.date or '—')}</td>"
            f"<td>{e(', '.join(b.number or '?' for b in p.bases) or '—')}</td>"
            f"<td>{len(p.contents)}</td><td>{len(p.assignments)}</td><td>{acc}</td>"
            f"<td><a href='seeds/{e(s.id)}.restored.txt'>văn bản</a> · <a href='seeds/{e(s.id)}.plan.json'>cấu trúc</a></td>"
            "</tr>"
        )
    siblings = "".join(
        f"<li><a href='{e(str(p.relative_to(out)))}'>{e(p.stem.replace('_vs_', ' ↔ '))}</a></li>"
        for p in summary.sibling_reports
    )
    audit = ""
    if summary.audit_dir:
        audit = (
            "<h2>Kiểm tra hàng loạt</h2><p><a href='audit/summary.csv'>summary.csv</a> · "
            "<a href='audit/summary.xlsx'>summary.xlsx</a></p><ul>"
            + "".join(
                f"<li><a href='audit/{e(p.name)}'>{e(p.stem)}</a></li>" for p in sorted(summary.audit_dir.glob("*.html"))
            )
            + "</ul>"
        )
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>plan_parser — kết quả trên kho mẫu</title>
<style>body{{font-family:serif;max-width:70rem;margin:2rem auto}}td,th{{border:1px solid #ccc;padding:.3rem}}
table{{border-collapse:collapse}}</style></head><body>
<h1>Kết quả xử lý kho văn bản mẫu</h1>
<h2>Kế hoạch (đọc → khôi phục → phân tích)</h2>
<table><tr><th>Mã</th><th>Cơ quan ban hành</th><th>Số</th><th>Ngày</th><th>Thực hiện văn bản</th>
<th>Nội dung</th><th>Cơ quan được giao</th><th>Độ chính xác khôi phục*</th><th>Tệp</th></tr>
{''.join(rows)}</table>
<p><small>* So với bản chuẩn trong corpus/gold/restore, với mô hình đi kèm — mô hình này đã học từ chính hai văn bản
chuẩn đó, nên con số cao hơn thực tế. Độ chính xác trên văn bản chưa từng học (kiểm tra loại trừ từng văn bản):
xem models/README.md.</small></p>
<h2>Đối chiếu các kế hoạch cùng thực hiện một văn bản cấp trên</h2><ul>{siblings}</ul>
{audit}
</body></html>
"""
