import json

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import CORPUS
from plan_parser.model import Document, Plan, json_schema


@pytest.fixture(scope="module")
def schema():
    return json_schema()


@pytest.mark.parametrize("path", sorted((CORPUS / "gold" / "parse").glob("*.json")), ids=lambda p: p.name[:3])
def test_schema_validates_gold(schema, path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(gold, schema)
    # and the typed model reads it back to the same SCHEMA.md keys
    assert Plan.model_validate(gold).schema_dict() == gold


def test_schema_rejects_wrong_issuer_level(schema):
    gold = json.loads(next((CORPUS / "gold" / "parse").glob("000*.json")).read_text(encoding="utf-8"))
    gold["issuer_level"] = "village"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(gold, schema)


def test_schema_defines_every_stage(schema):
    for name in ("Document", "Line", "RestoredText", "AlignmentReport", "Finding", "Span"):
        assert name in schema["$defs"], name


@given(st.text(alphabet=st.sampled_from("ab đệ\n\f"), max_size=60))
def test_document_from_text_offsets_point_at_their_line(text):
    doc = Document.from_text(text)
    assert len(doc.lines) == text.count("\n") + 1
    for line in doc.lines:
        assert doc.text[line.char_start : line.char_end] == line.text
    assert doc.pages[-1].number == doc.lines[-1].page


def test_span_covers_lines(seed_text):
    doc = Document.from_text(seed_text("003"))
    span = doc.span(3, 5)
    assert (span.line_start, span.line_end) == (3, 5)
    assert doc.text[span.char_start : span.char_end] == "\n".join(l.text for l in doc.lines[2:5])
