"""The restorer's confidence travels from the reader through the index into the export."""

import json

import pytest

from plan_parser.archive import open_store
from plan_parser.archive.export import export
from plan_parser.archive.records import build_record, process_file
from plan_parser.model import Document, Plan

# A plan as typed without diacritics: the reader sends it through the restorer.
ACCENT_FREE = (
    "UY BAN NHAN DAN XA CO TO\nSo: 15/KH-UBND\nCo To, ngay 6 thang 6 nam 2025\nKE HOACH\n"
    "Trien khai chuyen doi so tren dia ban xa\nI. MUC DICH, YEU CAU\n1. Nang cao hieu qua cong tac quan ly nha nuoc.\n"
)


def document(*, restored: bool, confidence: float | None = None) -> Document:
    doc = Document.from_text("Kế hoạch chuyển đổi số\nTriển khai thực hiện", source="x.txt")
    doc.restored, doc.restoration_confidence = restored, confidence
    return doc


@pytest.mark.parametrize(("restored", "confidence", "stored"), [(True, 0.87, 0.87), (True, None, None), (False, None, 1.0)])
def test_the_record_keeps_the_documents_restoration_confidence(restored, confidence, stored):
    record = build_record("/a/x.txt", "a" * 64, document(restored=restored, confidence=confidence), Plan())
    assert record.restoration_confidence == stored


def test_the_export_carries_the_restoration_confidence(tmp_path):
    db = str(tmp_path / "i.db")
    with open_store(db) as store:
        store.put(build_record("/a/x.txt", "a" * 64, document(restored=True, confidence=0.87), Plan()))
        assert export(store, tmp_path / "out.jsonl", "jsonl") == 1
    (line,) = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["restoration_confidence"] == pytest.approx(0.87)


def test_an_accent_free_file_stores_the_restorers_mean_token_confidence(tmp_path):
    pytest.importorskip("plan_parser.restore", reason="the restore stage has not landed")
    from plan_parser.read.options import ReadOptions
    from plan_parser.read.restoration import apply_restoration

    doc = apply_restoration(Document.from_text(ACCENT_FREE, source="x.txt"), ReadOptions(restore="always"))
    if not doc.restored:
        pytest.skip(f"the restorer did not run here: {doc.warnings}")
    assert doc.restoration_confidence is not None and 0 < doc.restoration_confidence <= 1
    # The real pipeline, as the batch job runs it, stores the same number.
    path = tmp_path / "plan.txt"
    path.write_text(ACCENT_FREE, encoding="utf-8")
    record = process_file(str(path), "b" * 64)
    assert record.status == "ok", record.error
    assert record.original_text and record.restoration_confidence == pytest.approx(doc.restoration_confidence)
