"""The parser against the gold files on clean text: per-field checks and golden JSON per document."""

import json

import pytest
from conftest import CORPUS, assert_golden

from plan_parser.parse import parse

GOLD = CORPUS / "gold" / "parse"
# id -> clean text to parse: gold restorations for the OCR'd seeds, the seed itself for the clean 003.
CASES = {
    "000": CORPUS / "gold" / "restore" / "000_6e3a03ac5f248cfc.gold.txt",
    "002": CORPUS / "gold" / "restore" / "002_c483306c05e4cedd.gold.txt",
    "003": CORPUS / "seeds" / "003_137b158b223d4912.txt",
}
SINGLE = ("doc_type", "number", "issuer", "issuer_level", "parent_issuer", "place", "date", "title")
LISTS = ("bases", "sections", "purposes", "requirements", "contents", "criteria", "awards", "timeline", "deadlines",
         "assignments", "recipients")  # fmt: skip


@pytest.fixture(scope="module")
def parsed():
    return {doc_id: parse(path.read_text(encoding="utf-8")) for doc_id, path in CASES.items()}


def gold(doc_id):
    path = next(GOLD.glob(f"{doc_id}_*.json"))
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("doc_id", sorted(CASES))
@pytest.mark.parametrize("field", SINGLE + ("signer",))
def test_single_fields_match_gold(parsed, doc_id, field):
    assert parsed[doc_id].schema_dict()[field] == gold(doc_id)[field]


@pytest.mark.parametrize("doc_id", sorted(CASES))
@pytest.mark.parametrize("field", LISTS)
def test_list_fields_match_gold(parsed, doc_id, field):
    assert parsed[doc_id].schema_dict()[field] == gold(doc_id)[field]


@pytest.mark.parametrize("doc_id", sorted(CASES))
def test_golden_json(parsed, doc_id):
    plan = parsed[doc_id]
    data = plan.model_dump(mode="json")
    data["source"] = None  # the path differs between checkouts
    assert_golden(f"parse/{doc_id}.json", json.dumps(data, ensure_ascii=False, indent=1) + "\n")


@pytest.mark.parametrize("doc_id", sorted(CASES))
def test_every_list_value_has_provenance(parsed, doc_id):
    plan = parsed[doc_id]
    data = plan.schema_dict()
    for field in LISTS:
        for i in range(len(data[field])):
            assert f"/{field}/{i}" in plan.provenance, f"/{field}/{i}"
    for i, a in enumerate(data["assignments"]):
        for j in range(len(a["tasks"])):
            assert f"/assignments/{i}/tasks/{j}" in plan.provenance


def test_outline_holds_sections_and_roles(parsed):
    outline = parsed["002"].outline
    assert [n.label for n in outline] == ["I", "II", "III", "IV", "V"]
    roles = {n.role for n in outline[0].children}
    assert roles == {"purposes", "requirements"}
    assert outline[2].children[0].role == "criteria"
