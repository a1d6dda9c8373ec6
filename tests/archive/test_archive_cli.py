"""The archive commands end to end through the CLI: index, search, hierarchy, export."""

import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from plan_parser.cli import app

from .conftest import TEXT_PROCESSOR, make_archive

runner = CliRunner()


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    folder = make_archive(tmp_path_factory.mktemp("cli") / "archive")
    db = str(folder.parent / "index.db")
    result = runner.invoke(app, ["index", str(folder), "--db", db, "-w", "0", "-q", "--processor", TEXT_PROCESSOR, "--json"])
    assert result.exit_code == 0, result.output
    return db, json.loads(result.stdout)


def test_index_prints_a_summary(indexed):
    _, summary = indexed
    assert (summary["ok"], summary["errors"], summary["linked"]) == (8, 2, 1)


def test_search_json_with_and_without_accents(indexed):
    db, _ = indexed
    plain = runner.invoke(app, ["search", '"co to so hoa"', "--db", db, "--json"])
    accented = runner.invoke(app, ["search", '"Cô Tô số hóa"', "--db", db, "--json"])
    assert plain.exit_code == 0, plain.output
    hits = json.loads(plain.stdout)
    assert hits == json.loads(accented.stdout) and len(hits) == 1
    assert hits[0]["number"] == "153/KH-UBND" and hits[0]["year"] == 2025
    snippet = hits[0]["snippet"]
    assert [snippet["text"][h["start"] : h["end"]] for h in snippet["highlights"]] == ["Cô Tô số hóa"]


def test_search_filters_and_plain_output(indexed):
    db, _ = indexed
    result = runner.invoke(app, ["search", "ke hoach", "--db", db, "--level", "commune", "--year", "2025"])
    assert result.exit_code == 0
    assert "53/KH-UBND" in result.stdout and "190/KH-UBND" not in result.stdout


def test_hierarchy_links_the_child_through_an_ocr_misread_number(indexed):
    db, _ = indexed
    data = json.loads(runner.invoke(app, ["hierarchy", "--db", db, "--format", "json"]).stdout)
    numbers = {n["id"]: n["number"] for n in data["nodes"]}
    # The child cites "l53/KH-UBND": OCR read the 1 as an l; the number key still finds 153/KH-UBND.
    edges = {(numbers[e["child"]], numbers[e["parent"]]) for e in data["edges"]}
    unresolved = {(numbers[u["child"]], u["citation"]["number"]) for u in data["unresolved"]}
    assert ("53/KH-UBND", "999/KH-UBND") in unresolved
    assert ("153/KH-UBND", "923/QĐ-TTg") in unresolved
    assert edges == {("53/KH-UBND", "153/KH-UBND")}


def test_hierarchy_dot_and_graphml_are_well_formed(indexed):
    db, _ = indexed
    dot = runner.invoke(app, ["hierarchy", "--db", db, "--format", "dot"]).stdout
    assert dot.startswith("digraph plans {") and dot.rstrip().endswith("}")
    graphml = runner.invoke(app, ["hierarchy", "--db", db, "--format", "graphml"]).stdout
    root = ET.fromstring(graphml)
    assert root.tag.endswith("graphml")


def test_export_jsonl_and_parquet_hold_one_record_per_plan(indexed, tmp_path):
    db, _ = indexed
    out = tmp_path / "plans.jsonl"
    assert runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "-o", str(out)]).exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 8
    assert all(r["text"] and "lines" in r["document"] and "bases" in r["plan"] for r in records)
    pq = pytest.importorskip("pyarrow.parquet")
    parquet = tmp_path / "plans.parquet"
    assert runner.invoke(app, ["export", "--db", db, "--format", "parquet", "-o", str(parquet)]).exit_code == 0
    table = pq.read_table(parquet)
    assert table.num_rows == 8 and "restoration_confidence" in table.column_names


def test_unknown_formats_are_one_line_errors(indexed):
    db, _ = indexed
    from plan_parser.errors import ArchiveError

    result = runner.invoke(app, ["hierarchy", "--db", db, "--format", "png"])
    assert isinstance(result.exception, ArchiveError)
