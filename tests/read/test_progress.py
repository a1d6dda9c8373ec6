"""The reader's progress hook: pages reported in order with the right total, OCR and restore stages."""

from __future__ import annotations

import time

from read_fixtures import make_text_pdf

from plan_parser.model import Page
from plan_parser.read import STAGES, ReadOptions, read
from plan_parser.read.assemble import RawPage


def test_text_layer_pages_are_reported_in_order_with_the_page_count(tmp_path):
    pdf = make_text_pdf(tmp_path / "plan.pdf", pages=2)
    events = []
    document = read(pdf, options=ReadOptions(restore="never"), on_progress=lambda *event: events.append(event))
    assert len(document.pages) == 2
    assert events == [("read", 1, 2), ("read", 2, 2)]


def test_text_file_is_one_step(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("KẾ HOẠCH\nTriển khai thực hiện công tác năm 2025\n", encoding="utf-8")
    events = []
    read(path, options=ReadOptions(restore="never"), on_progress=lambda *event: events.append(event))
    assert events == [("read", 1, 1)]


def test_parallel_ocr_reports_each_finished_page_and_keeps_page_order(monkeypatch):
    """Pages finish out of order on two workers; progress still counts up and results stay in page order."""
    from plan_parser.read import ocr

    def fake_ocr_page(image, number, dpi, options):
        time.sleep(0.15 if number == 1 else 0.01)  # page 1 finishes last
        return RawPage(Page(number=number, source="ocr"), [])

    monkeypatch.setattr(ocr, "check_tesseract", lambda lang: None)
    monkeypatch.setattr(ocr, "ocr_page", fake_ocr_page)
    events = []
    pages = ocr.ocr_images([None] * 3, [1, 2, 3], [300] * 3, ReadOptions(workers=2), lambda *event: events.append(event))
    assert [page.page.number for page in pages] == [1, 2, 3]
    assert events == [("ocr", 0, 3), ("ocr", 1, 3), ("ocr", 2, 3), ("ocr", 3, 3)]


def test_restoration_is_reported_when_it_runs(tmp_path, monkeypatch):
    import plan_parser.restore
    from plan_parser.model import RestoredText

    text = "KE HOACH\nTrien khai thuc hien cong tac bao ve bi mat nha nuoc nam 2025\n"

    def fake_restore(text, *, options=None):
        return RestoredText(text=text, kind="accentless", lines=text.split("\n"), tokens=[], engine="fake")

    monkeypatch.setattr(plan_parser.restore, "restore", fake_restore)
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    events = []
    document = read(path, options=ReadOptions(restore="always"), on_progress=lambda *event: events.append(event))
    assert document.restored
    assert events == [("read", 1, 1), ("restore", 0, 1), ("restore", 1, 1)]
    assert {stage for stage, _done, _total in events} <= set(STAGES)


def test_web_job_bar_moves_during_ocr_and_names_the_restore_stage():
    audit = __import__("pytest").importorskip("plan_parser.web.audit")
    from plan_parser.web.jobs import Job

    job = Job(id="j", kind="audit", folder=None)
    on_progress = audit.read_progress(job, "kế hoạch cấp dưới", "scan.pdf", step=0, total=5)
    seen = []
    events = [("read", 1, 2), ("read", 2, 2), ("ocr", 0, 2), ("ocr", 1, 2), ("ocr", 2, 2), ("restore", 0, 1), ("restore", 1, 1)]
    for event in events:  # a scanned PDF: the text-layer check of each page, then OCR, then restoration
        on_progress(*event)
        seen.append((job.stage, job.done_steps))
    steps = [done for _stage, done in seen]
    assert steps == sorted(steps) and steps[2] < steps[3] < steps[4] and steps[-1] == 1  # the read's whole step
    assert [stage for stage, _ in seen] == ["đọc"] * 5 + ["khôi phục"] * 2
