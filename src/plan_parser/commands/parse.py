"""`plan-parser parse INPUT`: read (and restore) a file, parse it into a Plan, print it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer


def _summary(plan) -> str:
    """A short Vietnamese summary for a reader."""
    lines = [
        f"Loại văn bản: {plan.doc_type or '—'}   Số: {plan.number or '(chưa có số)'}",
        f"Cơ quan ban hành: {plan.issuer or '—'} (cấp: {plan.issuer_level or '—'})"
        + (f"; cơ quan cấp trên: {plan.parent_issuer}" if plan.parent_issuer else ""),
        f"Địa danh, ngày: {plan.place or '—'}, {plan.date or '—'}",
        f"Trích yếu: {plan.title or '—'}",
        "Căn cứ:",
    ]
    lines += [f"  - {b.doc_type} {b.number or ''} ngày {b.date or '?'} của {b.issuer or '?'}" for b in plan.bases] or ["  (không có)"]
    lines.append("Bố cục: " + "; ".join(f"{s.label}. {s.heading}" for s in plan.sections))
    for key, name in (("purposes", "Mục đích"), ("requirements", "Yêu cầu"), ("contents", "Nội dung"),
                      ("criteria", "Tiêu chí"), ("awards", "Hình thức khen thưởng")):  # fmt: skip
        values = getattr(plan, key)
        lines.append(f"{name}: {len(values)} mục")
        lines += [f"  {i}. {v[:110]}{'…' if len(v) > 110 else ''}" for i, v in enumerate(values, 1)][:12]
    lines.append("Mốc thời gian:")
    lines += [f"  - {t.label or ''} {t.start}–{t.end}: {(t.what or '')[:90]}" for t in plan.timeline] or ["  (không có)"]
    lines.append("Thời hạn:")
    lines += [f"  - {d.date} ({d.recurring or 'một lần'}): {d.what or ''} → {d.to or '?'}" for d in plan.deadlines] or ["  (không có)"]
    lines.append("Phân công:")
    lines += [f"  - {a.body} [{a.role}]: {len(a.tasks)} nhiệm vụ" for a in plan.assignments] or ["  (không có)"]
    lines.append(f"Nơi nhận: {'; '.join(plan.recipients) or '—'}")
    if plan.signer:
        s = plan.signer
        lines.append(f"Người ký: {' '.join(x for x in (s.authority, s.position, s.name) if x)}")
    return "\n".join(lines)


def _load(input_path: str, restore: bool):
    from ..errors import InputNotFound, TextDecodeError
    from ..model import Document

    if input_path == "-":
        return Document.from_text(sys.stdin.read(), source="<stdin>")
    path = Path(input_path)
    try:
        from ..read import ReadOptions, read
    except ImportError:  # the reader is optional: fall back to plain UTF-8 text files
        if not path.is_file():
            raise InputNotFound(f"no such file: {path}")
        try:
            return Document.from_text(path.read_text(encoding="utf-8"), source=str(path))
        except UnicodeDecodeError as exc:
            raise TextDecodeError(f"{path.name} is not UTF-8 text ({exc.reason})") from None
    options = None
    if not restore and "restore" in ReadOptions.model_fields:
        try:
            options = ReadOptions(restore="never")
        except Exception:  # noqa: BLE001 - an older reader: read with its defaults
            options = None
    return read(path, options=options)


def register(app: typer.Typer) -> None:
    @app.command()
    def parse(
        input_path: str = typer.Argument(..., metavar="INPUT", help="A PDF, image, DOCX or text file; '-' reads standard input."),
        as_json: bool = typer.Option(False, "--json", help="Print the plan as JSON (SCHEMA.md keys, then provenance, outline, source)."),
        no_restore: bool = typer.Option(False, "--no-restore", help="Parse the text as it is, without restoring accents."),
        output: Path = typer.Option(None, "-o", "--output", help="Write to this file instead of standard output."),
    ) -> None:
        """Parse a plan (Kế hoạch): issuer, number, date, bases, sections, contents, timeline, deadlines, assignments.

        Example: plan-parser parse corpus/seeds/003_137b158b223d4912.txt --json -o plan.json
        """
        from ..parse import ParseOptions
        from ..parse import parse as parse_plan

        document = _load(input_path, restore=not no_restore)
        plan = parse_plan(document, options=ParseOptions(restore="never" if no_restore else "auto"))
        from ..pipeline import check_is_plan

        check_is_plan(plan, document)  # E401 rather than an empty summary for a letter, a photo, English text
        if as_json:
            data = plan.model_dump(mode="json")
            ordered = {k: data[k] for k in plan.SCHEMA_KEYS}
            ordered.update({k: v for k, v in data.items() if k not in ordered})
            text = json.dumps(ordered, ensure_ascii=False, indent=2)
        else:
            text = _summary(plan)
        if output:
            output.write_text(text + "\n", encoding="utf-8")
        else:
            typer.echo(text)
