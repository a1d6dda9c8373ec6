"""The auditors' flows in a real browser: Debian's chromium driven by Playwright, screenshots saved."""

from __future__ import annotations

import pytest

from plan_parser.web import WebSettings, create_app

from .conftest import LiveServer, screenshot, seed_path

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def live():
    with LiveServer(create_app(WebSettings())) as server:
        yield server


def test_upload_to_report_flow(live, page, tmp_path):
    hostile = tmp_path / "con.txt"
    text = seed_path("003").read_text(encoding="utf-8")
    hostile.write_text(text.replace("\n", "\n<script>alert('x')</script> ", 1), encoding="utf-8")
    page.goto(live.url + "/")
    screenshot(page, "audit-form")
    page.set_input_files("#child", str(hostile))
    page.set_input_files("#parent", str(seed_path("002")))
    page.click("#submit-audit")
    page.wait_for_url("**/reports/**", timeout=60_000)
    page.wait_for_selector("#coverage-score")
    assert page.inner_text("#coverage-score").endswith("%")
    assert page.locator("table.alignment tbody tr").count() > 0
    verdicts = page.locator("td.verdict").all_inner_texts()
    assert all(any(v in text for v in ("Đã cụ thể hóa", "một phần", "Chưa cụ thể hóa")) for text in verdicts)
    assert "<script>alert('x')</script>" in page.inner_text("#text")  # shown as text, never run
    screenshot(page, "audit-report")
    # A line link from the alignment table lands on the line in the text view.
    link = page.locator("table.alignment a.goto").first
    target = link.get_attribute("href")
    link.click()
    assert page.locator(target).is_visible()
    with page.expect_download() as download:
        page.click("nav.downloads >> text=JSON")
    assert download.value.suggested_filename == "bao-cao-kiem-tra.json"
    assert page.problems == []


def test_batch_flow_sorts_the_table(live, page):
    page.goto(live.url + "/batch")
    page.set_input_files("#children", [str(seed_path("003")), str(seed_path("004")), str(seed_path("002"))])
    page.set_input_files("#parent", str(seed_path("002")))
    page.click("#submit-batch")
    page.wait_for_url("**/batch/**", timeout=90_000)
    page.wait_for_selector("#batch-table")
    rows = page.locator("#batch-table tbody tr")
    assert rows.count() == 3
    coverage_header = page.locator("#batch-table th", has_text="Mức độ triển khai")
    coverage_header.locator("button").click()
    ascending = [float(v) for v in page.locator("#batch-table tbody td:nth-child(4)").evaluate_all(
        "cells => cells.map(c => c.dataset.value)")]  # fmt: skip
    assert ascending == sorted(ascending)
    coverage_header.locator("button").click()
    descending = [float(v) for v in page.locator("#batch-table tbody td:nth-child(4)").evaluate_all(
        "cells => cells.map(c => c.dataset.value)")]  # fmt: skip
    assert descending == sorted(ascending, reverse=True) and descending[0] >= 0.9  # the parent against itself
    screenshot(page, "batch-report")
    assert page.problems == []
