"""`plan-parser parse`: JSON with the SCHEMA.md keys first, a Vietnamese summary otherwise."""

import json

from conftest import CORPUS
from typer.testing import CliRunner

from plan_parser.cli import app
from plan_parser.model import Plan

runner = CliRunner()
SEED = str(CORPUS / "seeds" / "003_137b158b223d4912.txt")


def test_parse_json_has_schema_keys_first_then_provenance():
    result = runner.invoke(app, ["parse", SEED, "--json", "--no-restore"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert list(data)[: len(Plan.SCHEMA_KEYS)] == list(Plan.SCHEMA_KEYS)
    assert data["provenance"]["/bases/0"]["line_start"] == 17
    assert data["bases"][0]["number"] == "150/KH-UBND"


def test_parse_summary_is_vietnamese(tmp_path):
    out = tmp_path / "plan.txt"
    result = runner.invoke(app, ["parse", SEED, "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "Cơ quan ban hành: Ủy ban nhân dân phường Lê Đại Hành" in text
    assert "Phòng Văn hóa-Xã hội [chủ trì]" in text


def test_parse_reads_standard_input():
    result = runner.invoke(app, ["parse", "-", "--json", "--no-restore"], input="KẾ HOẠCH\nThử nghiệm\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["title"] == "Thử nghiệm"
