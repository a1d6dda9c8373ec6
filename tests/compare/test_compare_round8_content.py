"""Regression tests for round 8 (corpus/compare/independent11-12, tuning sets since), content part: a ward that
names each task in a head of its own words (a run-in label "Tuyên truyền, vận động: ...", a first clause, or a list
of the groups of tasks "(4) phát triển mạng lưới thu") and details it in other words (missing_content), and an
appendix after the signature ("PHỤ LỤC" / "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH") that is the plan's
organisation part (missing_section)."""

from __future__ import annotations

from set_cases import CORPUS
from set_cases import verdict as _verdict

from plan_parser.compare import compare
from plan_parser.compare.align import item_heads


def test_item_heads_read_label_first_clause_and_enumerated_tasks():
    assert item_heads("Tuyên truyền, vận động: phổ biến pháp luật qua loa truyền thanh; quan tâm tuyên truyền") == [
        "Tuyên truyền, vận động", "phổ biến pháp luật qua loa truyền thanh"]
    heads = item_heads("Thực hiện 08 nhóm nhiệm vụ: (1) lãnh đạo, chỉ đạo; (2) tuyên truyền; (3) rà soát đối tượng; "
                       "(4) phát triển mạng lưới thu. Nội dung cụ thể tại Phụ lục.")
    assert "phát triển mạng lưới thu" in heads and "rà soát đối tượng" in heads


def test_item_named_by_a_run_in_label_in_own_words_is_not_missing():
    # I12-A03: "Tuyên truyền, vận động: phổ biến pháp luật ... qua loa truyền thanh, fanpage" for the parent's long
    # propaganda item (pair score 0.18): the label is made of that item's words and of no other's.
    report = compare(CORPUS / "independent12" / "A" / "parent.txt", CORPUS / "independent12" / "A" / "A03-kim-long.txt")
    assert _verdict(report, "/contents/0") == "partly_covered"
    assert not report.alarms("missing_content")


def test_item_merged_with_another_keeps_its_head():
    # I12-A07 merges crime prevention into its propaganda item: the item's words come mostly from the parent's
    # crime item, but its head "Tuyên truyền, giáo dục về nhiệm vụ bảo vệ ANTQ ..." is the propaganda item's.
    report = compare(CORPUS / "independent12" / "A" / "parent.txt", CORPUS / "independent12" / "A" / "A07-vy-da.txt")
    assert _verdict(report, "/contents/0") == "partly_covered"


def test_task_named_in_a_list_of_groups_with_appendix_is_not_missing():
    # I11-A10 lists its 8 groups of tasks by name in one paragraph and details them in an appendix table after the
    # signature: "(4) phát triển mạng lưới thu" names /contents/3; the appendix title is its organisation part.
    report = compare(CORPUS / "independent11" / "A" / "parent.txt", CORPUS / "independent11" / "A" / "A10-dam-ha.txt")
    assert not report.alarms("missing_content")
    assert not [f for f in report.findings if f.type.value == "missing_section"]


def test_appendix_of_duty_blocks_is_the_organisation_part_but_dropped_awards_still_reported():
    # I11-B09: "PHỤ LỤC" / "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN" after the signature; no khen thưởng anywhere (planted).
    report = compare(CORPUS / "independent11" / "B" / "parent.txt", CORPUS / "independent11" / "B" / "B09-gia-binh.txt")
    sections = [f.message for f in report.findings if f.type.value == "missing_section"]
    assert len(sections) == 1 and "khen thưởng" in sections[0]
    assert not report.alarms("missing_content")


def test_dropped_item_is_still_missing_when_other_items_are_named_by_heads():
    # I11-A02 drops the digital-transformation item; every other child head has its own parent item.
    report = compare(CORPUS / "independent11" / "A" / "parent.txt", CORPUS / "independent11" / "A" / "A02-cam-pha.txt")
    assert [f.parent_evidence.pointer for f in report.alarms("missing_content")] == ["/contents/6"]
    # I11-A12 (terse a)/b) items) drops the inspection item.
    report = compare(CORPUS / "independent11" / "A" / "parent.txt", CORPUS / "independent11" / "A" / "A12-ba-che.txt")
    assert [f.parent_evidence.pointer for f in report.alarms("missing_content")] == ["/contents/7"]
