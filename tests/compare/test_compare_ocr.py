"""The same findings when the plans come in as English-model OCR text or as scanned PDFs."""

from __future__ import annotations

import pytest

from compare_fixtures import dev  # noqa: F401 - fixture
from plan_parser.compare import compare


def detected(report) -> list[str]:
    return sorted(f.type.value for f in report.alarms())


@pytest.mark.parametrize("child", ["D-00-faithful-1", "D-06-citation-number", "D-15-unassigned-1", "D-18-residue-1"])
def test_english_model_ocr_text_gives_the_planted_findings(child, dev):
    # corpus/compare/ocr: rendered as mild scans and OCR'd with `tesseract -l eng` (labs/compare/make_ocr.py).
    case = next(c for c in dev.load_cases("ocr") if c["id"] == child)
    report = compare(dev.ROOT / case["parent"], dev.ROOT / case["child"])
    assert detected(report) == sorted(e["type"] for e in case["expected"])
    counts = dev.score_case(case, report)
    assert all(c["fp"] == 0 and c["fn"] == 0 for c in counts.values()), counts


@pytest.mark.slow
@pytest.mark.ocr
def test_scanned_pdf_child_gives_the_planted_finding_with_page_and_line(tmp_path, dev):
    from plan_parser.render import render_text_pages, write_image_pdf

    folder = dev.ROOT / "heldout" / "D"
    scan = write_image_pdf(render_text_pages((folder / "D-06-citation-number.txt").read_text(encoding="utf-8"),
                                             degradation="mild", seed=3), tmp_path / "ward.pdf")  # fmt: skip
    report = compare(folder / "parent.txt", scan)
    assert detected(report) == ["citation_mismatch"]
    evidence = report.findings[0].child_evidence
    assert evidence.page == 1 and "411/KH-UBND" in evidence.quote
    assert report.coverage >= 0.9
