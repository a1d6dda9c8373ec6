"""Resolving bases to indexed plans uses the parser's number normaliser, tolerant of OCR."""

import json

import pytest

from plan_parser.archive import IndexRecord, build_hierarchy, open_store
from plan_parser.archive.hierarchy import number_key
from plan_parser.parse.citations import normalise_number


def plan(sha: str, number: str, issuer: str, bases: list[dict] = ()) -> IndexRecord:
    return IndexRecord(
        sha256=sha * 64, path=f"/archive/{sha}.txt", status="ok", text=f"Kế hoạch số {number}", number=number,
        issuer=issuer, plan_json=json.dumps({"bases": list(bases)}, ensure_ascii=False),
    )  # fmt: skip


def test_number_key_is_the_parsers_normaliser():
    # One rule in the project: the archive must not drift from how the parser reads numbers.
    for number in ("150/KH-UBND", "l50/KH-UBND", "O03 / KH–UBND", "923/QĐ-TTg"):
        assert number_key(number) == normalise_number(number)
    assert number_key(None) is None and number_key("") is None


@pytest.mark.parametrize(
    ("cited", "indexed"),
    [("l50/KH-UBND", "150/KH-UBND"), ("O03/KH-UBND", "3/KH-UBND"), ("15O / KH–UBND", "150/KH-UBND")],
)
def test_an_ocr_misread_citation_resolves_to_the_indexed_plan(tmp_path, cited, indexed):
    # Regression: OCR reads 1 as l and 0 as O; the child's base must still link to its parent.
    with open_store(str(tmp_path / "i.db")) as store:
        store.put(plan("a", indexed, "Ủy ban nhân dân tỉnh Quảng Ninh"))
        store.put(plan("b", "99/KH-UBND", "Ủy ban nhân dân tỉnh Quảng Ninh"))  # a decoy with another number
        citation = {"doc_type": "Kế hoạch", "number": cited, "issuer": "UBND tỉnh Quảng Ninh"}
        store.put(plan("c", "7/KH-UBND", "Ủy ban nhân dân xã Cô Tô", [citation]))
        h = build_hierarchy(store)
    assert [(e.child, e.parent) for e in h.edges] == [("c" * 64, "a" * 64)]
    assert h.unresolved == []
