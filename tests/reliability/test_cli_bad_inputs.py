"""Every single-file command, given each catalogued bad input: one line "error E…", a non-zero exit, no traceback.

Most cases run the console entry point (`plan_parser.cli.main`) in-process, which is exactly what the
installed `plan-parser` script runs; a few run the installed script as a subprocess. The batch (`index`)
over a folder holding the whole catalogue records each bad file with its own code and goes on.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from bad_input_catalogue import ERROR, PASSWORD, PLAN, READ_OK, make_all

from plan_parser.cli import main

SCRIPT = Path(sys.executable).with_name("plan-parser")
ERROR_CODES = {name: code for name, (_, code) in ERROR.items()}


@pytest.fixture(scope="module")
def bad(tmp_path_factory) -> dict[str, Path]:
    return make_all(tmp_path_factory.mktemp("catalogue"))


@pytest.fixture(scope="module")
def good_plan(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("good") / "ke-hoach-12.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


def run_main(args: list[str], capsys) -> tuple[int, str, str]:
    """Run the console entry point as the script would: (exit code, stdout, stderr)."""
    old_argv = sys.argv
    sys.argv = ["plan-parser", *map(str, args)]
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.argv = old_argv
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_error_line(code: int, err: str, expected: str) -> None:
    assert "Traceback" not in err
    assert code == 2, err
    lines = [line for line in err.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error E")]
    assert len(errors) == 1 and errors[0].startswith(f"error {expected}: "), err
    assert all(line in errors or line.startswith("warning: ") for line in lines), f"library noise on stderr: {err}"
    assert " — " in errors[0], "the message must say what to do next"


@pytest.mark.parametrize("command", ["read", "parse"])
@pytest.mark.parametrize("case", sorted(ERROR))
def test_read_and_parse_refuse_each_bad_input_with_its_code(bad, capsys, command, case):
    code, out, err = run_main([command, bad[case], "--no-restore" if command == "parse" else "--restore=never"], capsys)
    expected = ERROR_CODES[case]
    if command == "read" and expected == "E401":  # reading English text is fine; only a plan is required of parse
        assert code == 0 and "does not look Vietnamese" in err
        return
    assert_one_error_line(code, err, expected)
    assert out == ""


@pytest.mark.parametrize("case", sorted(READ_OK))
def test_legacy_encodings_long_lines_and_mixed_forms_are_read_as_unicode(bad, capsys, case):
    _, phrase = READ_OK[case]
    code, out, err = run_main(["read", bad[case], "--restore=never"], capsys)
    assert code == 0, err
    assert phrase in out and "Traceback" not in err
    code, out, err = run_main(["parse", bad[case], "--no-restore", "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["number"] in ("12/KH-UBND", "1026/KH-UBND")


def test_encrypted_pdf_with_wrong_and_right_password(bad, capsys):
    code, _, err = run_main(["read", bad["encrypted-pdf"], "--password", "sai", "--restore=never"], capsys)
    assert_one_error_line(code, err, "E202")
    assert "wrong" in err
    code, out, _ = run_main(["read", bad["encrypted-pdf"], "--password", PASSWORD, "--restore=never"], capsys)
    assert code == 0 and "KẾ HOẠCH" in out


def test_missing_input_for_every_file_command(tmp_path, capsys, good_plan):
    missing = tmp_path / "khong-co.pdf"
    for args in (["read", missing], ["parse", missing], ["restore", missing], ["compare", missing, good_plan],
                 ["compare", good_plan, missing], ["audit", missing, good_plan, "--out", tmp_path / "a"]):  # fmt: skip
        code, _, err = run_main(args, capsys)
        assert_one_error_line(code, err, "E101")


@pytest.mark.parametrize("case", ["zero-byte", "binary-as-txt"])
def test_restore_refuses_empty_and_binary_files(bad, capsys, case):
    code, _, err = run_main(["restore", bad[case]], capsys)
    assert_one_error_line(code, err, {"zero-byte": "E103", "binary-as-txt": "E205"}[case])


@pytest.mark.parametrize("case", ["encrypted-pdf", "bomb-png", "truncated-pdf", "non-vietnamese-text", "zero-byte"])
def test_compare_gives_the_error_of_the_bad_side(bad, capsys, good_plan, case):
    code, _, err = run_main(["compare", good_plan, bad[case], "--md"], capsys)
    assert_one_error_line(code, err, ERROR_CODES[case])
    code, _, err = run_main(["compare", bad[case], good_plan, "--md"], capsys)
    assert_one_error_line(code, err, ERROR_CODES[case])


def test_audit_refuses_a_bad_parent_and_records_bad_children(bad, capsys, good_plan, tmp_path):
    code, _, err = run_main(["audit", bad["corrupt-pdf"], good_plan, "--out", tmp_path / "a"], capsys)
    assert_one_error_line(code, err, "E201")
    children = [bad[c] for c in ("corrupt-pdf", "encrypted-pdf", "non-vietnamese-text")] + [good_plan]
    code, out, err = run_main(["audit", good_plan, *children, "--out", tmp_path / "b"], capsys)
    assert code == 1 and "Traceback" not in err  # every child is reported; failures make the exit non-zero
    assert "3 of 4 plans could not be checked" in err
    for case in ("corrupt-pdf", "encrypted-pdf", "non-vietnamese-text"):
        line = next(line for line in out.splitlines() if line.startswith(str(bad[case])))
        assert f": {ERROR_CODES[case]}: " in line, line
    assert (tmp_path / "b" / "summary.csv").exists()


@pytest.mark.parametrize("command", [["search", "chuyen doi so"], ["export", "-o", "x.jsonl"], ["hierarchy"]])
def test_archive_commands_on_a_missing_db(tmp_path, capsys, command):
    code, _, err = run_main([*command, "--db", tmp_path / "khong-co.db"], capsys)
    assert_one_error_line(code, err, "E601")
    assert not (tmp_path / "khong-co.db").exists(), "a read-only command must not create an empty index"


def test_index_on_a_missing_folder(tmp_path, capsys):
    code, _, err = run_main(["index", tmp_path / "khong-co", "--db", tmp_path / "x.db"], capsys)
    assert_one_error_line(code, err, "E101")


def test_index_records_every_catalogued_file_with_its_own_code_and_goes_on(bad, tmp_path, capsys):
    """The batch over the whole catalogue: each bad file recorded with its code, the good ones indexed."""
    folder = next(iter(bad.values())).parent
    db = tmp_path / "archive.db"
    code, out, err = run_main(["index", folder, "--db", db, "--workers", "0", "--quiet", "--json"], capsys)
    assert code == 0 and "Traceback" not in err, err
    summary = json.loads(out)
    recorded = {Path(e["path"]).name: e["code"] for e in summary["errors_seen"]}
    expected = {bad[case].name: ERROR_CODES[case] for case in ERROR}
    # The batch walks known extensions only: every catalogued file has one, so each is seen.
    assert recorded == expected
    assert summary["ok"] == len(READ_OK)
    code, out, err = run_main(["search", "chuyen doi so", "--db", db, "--json"], capsys)
    assert code == 0 and len(json.loads(out)) >= 4


# The installed console script, as a user runs it: a handful of cases end to end.
@pytest.mark.parametrize(
    "args, expected",
    [
        (["read", "{bomb-png}"], "E104"),
        (["parse", "{encrypted-pdf}"], "E202"),
        (["compare", "{good}", "{non-vietnamese-text}"], "E401"),
        (["search", "x", "--db", "{missing}"], "E601"),
    ],
)
def test_console_script_prints_one_line_and_exits_2(bad, good_plan, tmp_path, args, expected):
    names = {**{k: str(v) for k, v in bad.items()}, "good": str(good_plan), "missing": str(tmp_path / "none.db")}
    command = [str(SCRIPT) if SCRIPT.exists() else sys.executable, *([] if SCRIPT.exists() else ["-m", "plan_parser.cli"])]
    proc = subprocess.run([*command, *(a.format(**names) for a in args)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"error {expected}: ") and proc.stderr.count("\n") == 1, proc.stderr


@pytest.mark.parametrize(
    "flag, value, expected",
    [("--max-pixels", "1000", "E104"), ("--max-bytes", "100", "E104"), ("--ocr-timeout", "0.001", "E204"),
     ("--max-pages", "1", None)],
)  # fmt: skip
def test_each_limit_is_a_flag_with_its_own_error(tmp_path, capsys, flag, value, expected):
    from PIL import Image, ImageDraw

    scan = tmp_path / "scan.png"
    image = Image.new("L", (600, 120), 255)
    ImageDraw.Draw(image).text((20, 40), "KE HOACH SO 12/KH-UBND", fill=0)
    image.save(scan)
    code, _, err = run_main(["read", scan, flag, value, "--restore=never", "--workers", "1"], capsys)
    if expected is None:  # one page is within a one-page limit: read normally
        assert code == 0, err
    else:
        assert_one_error_line(code, err, expected)
