"""Round 16 (tuned on independent25-26 after their blind score): citations, residue and deadlines.

I25-A09 / I25-B12: the parent is cited only in the first sentence of the body ("I. MỤC ĐÍCH ... Thực hiện Kế
hoạch số 09/KH-UBND ..."), not in the bases; the child was told it does not cite its parent at all.
I25-B12: "Thực hiện Kế hoạch số ... của UBND tỉnh ..., UBND xã Đá Bạc triển khai ... trên địa bàn toàn tỉnh": the
citation made the whole sentence legitimate, so the ward's own scope copied from the province went unseen.
I26-B11: "báo cáo gửi Sở: quý I trước 15/3, quý II trước ngày 25/6, quý III trước 15/9": only the first date was a
quarterly report; the late quý II one was a yearly date held against nothing.
I25-B09: the end of the ward's (wrong) phase 2, "tổng kết trong tháng 3 năm 2027", was also a late dated task.
"""

from __future__ import annotations

import pytest
from set_cases import CORPUS
from set_cases import findings_of as _found

from plan_parser.compare import compare, load_side
from plan_parser.model import Deadline
from plan_parser.parse.deadline_kinds import period

B25 = CORPUS / "independent25" / "B"
OPENING = "Thực hiện Kế hoạch số 09/KH-UBND ngày 08/01/2026 của UBND tỉnh Cà Mau"


@pytest.fixture(scope="module")
def parent_b25():
    return load_side(B25 / "parent.txt")


@pytest.fixture(scope="module")
def da_bac() -> str:
    text = (B25 / "B12-da-bac.txt").read_text(encoding="utf-8")
    assert OPENING in text
    return text


def test_parent_cited_only_in_the_first_sentence_of_the_body_is_cited():
    parent = load_side(CORPUS / "independent25" / "A" / "parent.txt")
    assert _found(parent, CORPUS / "independent25" / "A" / "A09-kon-plong.txt", "citation_mismatch") == []


def test_wrong_number_in_the_body_opening_is_still_a_wrong_number(parent_b25, da_bac):
    found = _found(parent_b25, da_bac.replace(OPENING, OPENING.replace("09/KH", "19/KH")), "citation_mismatch")
    assert len(found) == 1 and found[0].severity == "high" and "19/KH-UBND" in found[0].message


def test_wrong_date_in_the_body_opening_is_still_a_wrong_date(parent_b25, da_bac):
    found = _found(
        parent_b25, da_bac.replace(OPENING, OPENING.replace("08/01/2026", "18/01/2026")), "citation_mismatch"
    )
    assert len(found) == 1 and "18/01/2026" in found[0].message


def test_parent_merely_mentioned_in_the_body_is_not_cited(parent_b25, da_bac):
    # The plan implements nothing named; the parent's number appears only as where past results were reported.
    mention = "Kết quả năm 2025 đã được tổng hợp tại Kế hoạch số 09/KH-UBND ngày 08/01/2026 của UBND tỉnh Cà Mau"
    text = da_bac.replace(OPENING + " về các nhiệm vụ, giải pháp cấp bách chống khai thác IUU năm 2026,", mention + ".")
    assert mention in text
    found = _found(parent_b25, text, "citation_mismatch")
    assert len(found) == 1 and "không trích dẫn" in found[0].message


def test_ward_scope_after_an_opening_citation_is_residue(parent_b25):
    found = _found(parent_b25, B25 / "B12-da-bac.txt", "locality_residue")
    assert [f.message.split("“")[1].split("”")[0] for f in found] == ["trên địa bàn toàn tỉnh"]


def test_province_scope_inside_the_cited_title_is_not_residue(parent_b25, da_bac):
    text = da_bac.replace(
        "cấp bách chống khai thác IUU năm 2026,", "cấp bách chống khai thác IUU trên địa bàn tỉnh năm 2026,"
    )
    text = text.replace("trên địa bàn toàn tỉnh, chấm dứt", "trên địa bàn xã, chấm dứt")
    text = text.replace("ngư dân của tỉnh vi phạm", "ngư dân của xã vi phạm")
    assert _found(parent_b25, text, "locality_residue") == []


@pytest.mark.parametrize(
    "what",
    ["báo cáo gửi Sở Xây dựng: quý I trước ngày 15/3, quý II", "báo cáo về Sở: quý I trước ngày 15/3; và quý III"],
)
def test_later_members_of_a_list_of_quarterly_reports_are_quarterly(what):
    assert period(Deadline(date="--06-25", what=what)) == "quarterly"


def test_a_numbered_quarter_that_names_no_report_stays_one_off():
    what = "Quý I: kiện toàn lực lượng trước ngày 15/3/2026; Quý II: diễn tập"
    assert period(Deadline(date="2026-06-30", what=what)) == "once"


def test_late_quarterly_report_in_a_list_of_quarters_is_caught():
    parent = load_side(CORPUS / "independent26" / "B" / "parent.txt")
    found = _found(parent, CORPUS / "independent26" / "B" / "B11-hoc-mon.txt", "deadline_conflict")
    assert len(found) == 1 and "25/06" in found[0].message and "15/06" in found[0].message


def test_a_phase_end_is_the_timelines_not_a_late_dated_task(parent_b25):
    report = compare(parent_b25, B25 / "B09-tam-giang.txt")
    assert [f for f in report.findings if f.type.value == "deadline_conflict"] == []
    assert any(f.type.value == "timeline_mismatch" for f in report.findings)


def test_a_day_dated_milestone_of_the_timeline_is_still_a_deadline():
    # I9-B12: "- Tháng 4/2026: gửi danh sách ... về Sở ... trước ngày 10/4/2026" (parent: 31/3/2026).
    child = next((CORPUS / "independent9" / "B").glob("B12*.txt"))
    found = _found(CORPUS / "independent9" / "B" / "parent.txt", child, "deadline_conflict")
    assert any("10/04/2026" in f.message for f in found)
