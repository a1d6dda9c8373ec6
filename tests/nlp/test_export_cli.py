"""`plan-parser export --format spacy|jsonl` over an archive: offsets round-trip into the same Docs."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from plan_parser.cli import app
from plan_parser.nlp.export import doc_from_record, read_docbin, read_jsonl

SEED = Path(__file__).resolve().parents[2] / "corpus" / "seeds" / "003_137b158b223d4912.txt"


def test_export_spacy_and_jsonl_agree(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(SEED, tmp_path / "in" / SEED.name)
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    assert runner.invoke(app, ["index", str(tmp_path / "in"), "--db", db]).exit_code == 0
    for fmt, name in (("spacy", "a.spacy"), ("jsonl", "a.jsonl")):
        result = runner.invoke(app, ["export", "--db", db, "--format", fmt, "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    (record,) = read_jsonl(tmp_path / "a.jsonl")
    (doc,) = read_docbin(tmp_path / "a.spacy")
    rebuilt = doc_from_record(record)
    assert [(e.start_char, e.end_char, e.label_) for e in rebuilt.ents] == [
        (e.start_char, e.end_char, e.label_) for e in doc.ents
    ]
    assert ("Phòng Văn hóa-Xã hội", "ORG", "assignment") in [(e.text, e.label_, e.id_) for e in doc.ents]
    assert [s["label"] for s in record["sections"]] == ["I", "II", "III", "IV"]
