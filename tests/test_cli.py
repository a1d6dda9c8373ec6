"""The CLI: every command has help with an example; errors are one line, never a traceback."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import CORPUS

from plan_parser.cli import app

runner = CliRunner()


def command_names():
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)


@pytest.mark.parametrize("name", command_names())
def test_every_command_has_help_with_an_example(name):
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"{name} --help shows no example"


def test_schema_command_prints_json():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert "bases" in schema["properties"]


def test_console_script_reports_errors_in_one_line(tmp_path):
    missing = tmp_path / "nope.txt"
    names = command_names()
    if "read" not in names:
        pytest.skip("no command takes an input file yet")
    proc = subprocess.run(
        [sys.executable, "-m", "plan_parser.cli", "read", str(missing)], capture_output=True, text=True
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0, proc.stderr
    assert "E101" in proc.stderr


def test_a_command_exit_code_reaches_the_shell(tmp_path):
    # Regression: main() ran click without standalone mode and dropped the code of typer.Exit,
    # so `audit` with failed children exited 0.
    parent = tmp_path / "parent.txt"
    parent.write_text((CORPUS / "seeds" / "003_137b158b223d4912.txt").read_text(encoding="utf-8"), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "plan_parser.cli", "audit", str(parent), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
