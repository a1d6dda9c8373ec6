"""`plan-parser compare` and `plan-parser audit` through the CLI."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from plan_parser.cli import app
from compare_fixtures import dev, heldout_reports  # noqa: F401 - fixtures

runner = CliRunner()


def test_compare_json_on_text_inputs(dev):
    folder = dev.ROOT / "heldout" / "D"
    result = runner.invoke(app, ["compare", str(folder / "parent.txt"), str(folder / "D-06-citation-number.txt"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [f["type"] for f in data["findings"] if f["severity"] != "info"] == ["citation_mismatch"]
    assert 0.9 <= data["coverage"] <= 1


def test_compare_html_and_md(tmp_path, dev):
    folder = dev.ROOT / "heldout" / "C"
    page = tmp_path / "r.html"
    result = runner.invoke(app, ["compare", str(folder / "parent.txt"), str(folder / "C-26-section-organisation.txt"),
                                 "--html", str(page), "--md"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Thiếu phần" in result.stdout and "Tổ chức thực hiện" in page.read_text(encoding="utf-8")


def test_compare_with_archive_finds_the_parent(dev):
    folder = dev.ROOT / "heldout" / "C"
    result = runner.invoke(app, ["compare", "--archive", str(folder), str(folder / "C-11-deadline-2.txt"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["parent"]["number"] == "087/KH-UBND" and data["mode"] == "parent-child"


def test_audit_writes_reports_and_a_summary_sorted_by_severity(tmp_path, dev):
    folder = dev.ROOT / "heldout" / "D"
    children = [folder / "D-00-faithful-1.txt", folder / "D-18-residue-1.txt", folder / "D-04-missing-content-1.txt",
                tmp_path / "missing.txt"]  # fmt: skip
    result = runner.invoke(app, ["audit", str(folder / "parent.txt"), *map(str, children), "--out", str(tmp_path / "out")])
    # the batch goes on past the missing child, and the exit code tells a script that one failed
    assert result.exit_code == 1, result.output
    out = tmp_path / "out"
    assert (out / "summary.xlsx").exists() and (out / "D-18-residue-1.html").exists() and (out / "D-00-faithful-1.json").exists()
    rows = list(csv.DictReader((out / "summary.csv").open(encoding="utf-8-sig")))
    assert [r["Kế hoạch cấp dưới"].rsplit("/", 1)[-1] for r in rows] == [
        "missing.txt", "D-04-missing-content-1.txt", "D-18-residue-1.txt", "D-00-faithful-1.txt"]
    assert rows[0]["Lỗi"].startswith("E101") and rows[1]["missing_content"] == "1" and rows[2]["locality_residue"] == "1"
    from openpyxl import load_workbook

    sheet = load_workbook(out / "summary.xlsx").active
    assert sheet.max_row == 5 and sheet["A3"].value.endswith("D-04-missing-content-1.txt")


def test_compare_errors_are_one_line(dev):
    from plan_parser.cli import main  # noqa: F401 - main turns errors into one line; here the exception itself

    result = runner.invoke(app, ["compare", "nope.txt", "nope2.txt"])
    assert result.exit_code != 0 and "E101" in str(result.exception)


def test_help_has_examples():
    for command in ("compare", "audit"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Example" in result.stdout


def test_compare_with_archive_falls_back_to_siblings(tmp_path, dev):
    # The parent is not in the archive, a ward citing the same parent is: compare the two wards.
    folder = dev.ROOT / "heldout" / "D"
    (tmp_path / "D-01-faithful-2.txt").write_bytes((folder / "D-01-faithful-2.txt").read_bytes())
    result = runner.invoke(app, ["compare", "--archive", str(tmp_path), str(folder / "D-04-missing-content-1.txt"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["mode"] == "siblings"
    assert any(f["type"] == "sibling_difference" for f in data["findings"])


def test_compare_docx_child(tmp_path, dev):
    from docx import Document as Docx

    folder = dev.ROOT / "heldout" / "C"
    docx = Docx()
    for line in (folder / "C-12-timeline-interim.txt").read_text(encoding="utf-8").split("\n"):
        docx.add_paragraph(line)
    docx.save(tmp_path / "ward.docx")
    result = runner.invoke(app, ["compare", str(folder / "parent.txt"), str(tmp_path / "ward.docx"), "--json", "--min-severity", "low"])
    assert result.exit_code == 0, result.output
    assert [f["type"] for f in json.loads(result.stdout)["findings"]] == ["timeline_mismatch"]


def test_bad_min_severity_is_a_usage_error(dev):
    folder = dev.ROOT / "heldout" / "C"
    result = runner.invoke(app, ["compare", str(folder / "parent.txt"), str(folder / "C-00-faithful-1.txt"), "--min-severity", "huge"])
    assert result.exit_code != 0 and "min-severity" in result.output
