"""Regression tests for round 7 (corpus/compare/independent6-10, tuning sets since), content-item part:
a ward's item that rewrites a parent item in a few words of its own (missing_content), a child whose tasks
were not read item by item, the province named as a distinct higher entity (funding it grants, the ward's
place in it, beside the ward's own level), a report sentence that legitimised a whole paragraph, and a
citation written with abbreviations ("KH số ... của UBND TP ...", tests/parse/test_regressions.py)."""

from __future__ import annotations

import re

from set_cases import CORPUS
from set_cases import verdict as _verdict

from plan_parser.compare import compare
from plan_parser.compare.checks.locality import _legit_sentences, _names_authority


def test_item_rewritten_in_few_own_words_is_partly_covered_not_missing():
    # I7-A08: "Hỗ trợ nhà ở." for the parent's long item on housing for poor households (pair score 0.27); the two
    # are each other's nearest, so the item is there in the ward's words.
    report = compare(CORPUS / "independent7" / "A" / "parent.txt", CORPUS / "independent7" / "A" / "A08-tuy-hoa.txt")
    assert _verdict(report, "/contents/5") == "partly_covered"
    assert not report.alarms("missing_content")


def test_dropped_item_is_still_missing_beside_summarised_items():
    # I7-A02 summarises every item and drops Dự án 6: the dropped item's nearest child item belongs to another.
    report = compare(CORPUS / "independent7" / "A" / "parent.txt", CORPUS / "independent7" / "A" / "A02-buon-ma-thuot.txt")
    assert [f.parent_evidence.pointer for f in report.alarms("missing_content")] == ["/contents/6"]


def test_child_without_content_items_degrades_traced_items_to_info():
    # I7-A04 writes all eight tasks as one "Nội dung: ...; ...; ..." paragraph: a task rewritten there leaves a trace
    # (containment 0.21) but no item to hold it against: info, saying why.
    report = compare(CORPUS / "independent7" / "A" / "parent.txt", CORPUS / "independent7" / "A" / "A04-buon-don.txt")
    assert not report.alarms("missing_content")
    # (since round 42 a task named by its head in those lines reads as partly shown, an info of its own)
    notes = [f.message for f in report.findings if f.type.value == "missing_content"]
    assert notes and all("không đọc được thành từng mục" in m or "mới được thể hiện một phần" in m for m in notes)
    # I10-B04 has no content items either, but its dropped task leaves no trace (0.10): still reported.
    report = compare(CORPUS / "independent10" / "B" / "parent.txt", CORPUS / "independent10" / "B" / "B04-ngoc-hien.txt")
    assert "/contents/7" in [f.parent_evidence.pointer for f in report.alarms("missing_content")]


def _authority(sentence: str, scope: str = "tỉnh") -> bool:
    lowered = sentence.lower()
    match = re.compile(rf"\bcủa {scope}(?=\s*[.;,]|\s*$)").search(lowered)
    assert match, sentence
    return _names_authority(lowered, match)


def test_province_named_as_a_distinct_higher_entity_is_not_residue():
    # I10-B: "Ngân sách xã, Quỹ phòng, chống thiên tai, nguồn hỗ trợ của tỉnh." (funding the province grants)
    assert _authority("Ngân sách xã, Quỹ phòng, chống thiên tai, nguồn hỗ trợ của tỉnh.")
    assert _authority("Kinh phí: ngân sách xã, hỗ trợ của tỉnh.")
    # I9-B01: the province beside the ward's own level; I8-A01: the ward's place in the city.
    assert _authority("Gắn sản phẩm OCOP vào các tour, tuyến du lịch của phường và của tỉnh.")
    assert _authority("xây dựng phường văn minh, xứng đáng là trung tâm hành chính - lịch sử của thành phố.", "thành phố")
    # "nhất là" means "especially": a copied goal stays residue (generated tune A-53).
    assert not _authority("Ứng dụng số trong cải cách hành chính, nhất là cải cách thủ tục hành chính của thành phố.", "thành phố")
    assert not _authority("Nâng cao đời sống vật chất, tinh thần của Nhân dân của tỉnh.")


def test_funding_line_with_province_support_raises_no_residue():
    report = compare(CORPUS / "independent10" / "B" / "parent.txt", CORPUS / "independent10" / "B" / "B03-bac-lieu.txt")
    assert not report.alarms("locality_residue")


def test_report_sentence_legitimises_only_its_own_sentence():
    # I7-B11: "Các sở, ban, ngành căn cứ ... Phụ lục phân công. Trạm Y tế phường ... báo cáo Sở Y tế ..." is one
    # paragraph; the report to the Sở excused the copied "Các sở, ban, ngành" of the sentence before it.
    text = ("Các sở, ban, ngành căn cứ chức năng, nhiệm vụ triển khai thực hiện. Trạm Y tế phường tham mưu "
            "Ủy ban nhân dân phường báo cáo Sở Y tế trước ngày 15/6.")  # fmt: skip
    spans = _legit_sentences(text)
    assert spans and all(a > 0 for a, _ in spans)
    report = compare(CORPUS / "independent7" / "B" / "parent.txt", CORPUS / "independent7" / "B" / "B11-vinh-te.txt")
    assert any("sở, ban, ngành" in f.message.lower() for f in report.alarms("locality_residue"))


def test_abbreviated_citation_of_the_parent_is_read():
    # I8-A07: "Căn cứ KH số 412/KH-UBND ngày 18/12/2025 của UBND TP Hải Phòng ..." was not read as a citation.
    report = compare(CORPUS / "independent8" / "A" / "parent.txt", CORPUS / "independent8" / "A" / "A07-kien-an.txt")
    assert not report.alarms("citation_mismatch")


def test_tasks_numbered_in_roman_inside_a_roman_section_are_aligned_as_content():
    # I10-B04 (and I10-A03): tasks "I." ... "VII." restart inside "III. NHIỆM VỤ, GIẢI PHÁP"; read as sections they
    # were no content items at all. Read as the section's items, only the planted dropped item stays uncovered.
    report = compare(CORPUS / "independent10/B/parent.txt", CORPUS / "independent10/B/B04-ngoc-hien.txt")
    uncovered = [a.parent.pointer for a in report.alignment if a.parent.kind == "content" and a.verdict == "not_covered"]
    assert uncovered == ["/contents/7"]
    assert len(report.alarms("missing_content")) == 1
    matched = {m.child.kind for a in report.alignment if a.parent.kind == "content" for m in a.matches[:1]}
    assert "content" in matched  # the ward's Roman-numbered tasks are its content items
