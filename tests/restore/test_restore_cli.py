"""`plan-parser restore` and `plan-parser train restorer` as users call them."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from plan_parser.cli import app

runner = CliRunner()


def test_restore_reads_stdin_and_writes_stdout():
    result = runner.invoke(app, ["restore", "-"], input="Ké hoach sé 150/KH-UBND\nxa Tu Ky\n")
    assert result.exit_code == 0, result.output
    assert result.output.split("\n")[0] == "Kế hoạch số 150/KH-UBND"
    assert result.output.count("\n") == 2


def test_restore_writes_json_with_tokens(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("cong nghé, d6i méi", encoding="utf-8")
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["restore", str(src), "-o", str(out), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["text"] == "công nghệ, đổi mới"
    assert {t["original"] for t in data["tokens"]} >= {"d6i", "méi"}


def test_missing_input_is_one_clear_error(tmp_path):
    result = runner.invoke(app, ["restore", str(tmp_path / "nope.txt")])
    assert result.exit_code != 0
    assert "E101" in str(result.exception) or "E101" in result.output


def test_train_restorer_help_has_an_example():
    result = runner.invoke(app, ["train", "restorer", "--help"])
    assert result.exit_code == 0 and "Example" in result.output
