"""Round 14: the timeline by month (tuned on independent16, 19, 21, 22).

The timeline check compared years only, and the parser read no phase stated by months ("Giai đoạn 2 (từ tháng
4 đến hết tháng 11/2026)", "Học kỳ I: từ tháng 9 năm 2026 đến tháng 01 năm 2027", "Giai đoạn 3 (quý I/2027)")
(and, since round 15, a schedule table row "Quý I/2027 | Tổng kết ..."). Entries now carry `start_month`/`end_month` (extra keys,
not in SCHEMA.md), and a sơ kết / tổng kết held two or more months after the parent's, or a phase ending two or
more months after the parent's whole timeline, is a timeline_mismatch. Earlier, or within a month, passes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_parser.compare import compare, load_side
from plan_parser.parse import parse
from plan_parser.parse.timeline import timeline_entry

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "compare"


def _months(text: str) -> list[tuple]:
    return [(e.label, e.start, e.start_month, e.end, e.end_month) for e in timeline_entry(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giai đoạn 1 (từ tháng 01 đến hết tháng 3/2026): ban hành kế hoạch", ("Giai đoạn 1", 2026, 1, 2026, 3)),
        ("Giai đoạn 2 (tháng 5/2026 - 01/2027): triển khai", ("Giai đoạn 2", 2026, 5, 2027, 1)),
        ("- Giai đoạn 1 (tháng 02 - tháng 4/2026): triển khai", None),  # the bullet is the parser's, not here
        ("Giai đoạn 1 (tháng 02 - tháng 4/2026): triển khai", ("Giai đoạn 1", 2026, 2, 2026, 4)),
        ("Giai đoạn 3 (quý I/2027): tổng kết, khen thưởng.", ("Giai đoạn 3", 2027, 1, 2027, 3)),
        (
            "Giai đoạn tổ chức thực hiện (từ tháng 4 đến hết tháng 11 năm 2026): triển khai",
            ("Giai đoạn", 2026, 4, 2026, 11),
        ),
        ("Học kỳ I: từ tháng 9 năm 2026 đến tháng 01 năm 2027; sơ kết học kỳ I", ("Học kỳ I", 2026, 9, 2027, 1)),
        ("Giai đoạn 1: từ tháng 10 đến tháng 3/2027: triển khai", ("Giai đoạn 1", 2026, 10, 2027, 3)),
    ],
)
def test_phase_stated_by_months(text, expected):
    got = _months(text)
    if expected is None:
        assert not got or got[0][0] is None
    else:
        assert got[0] == expected


def test_phase_by_years_keeps_no_months():
    # The year-level format is unchanged: "Giai đoạn 1 (2025 - 2027)" states no month.
    assert _months("Giai đoạn 1 (2025 - 2027): triển khai") == [("Giai đoạn 1", 2025, None, 2027, None)]


def test_milestone_month_and_quarter():
    assert _months("sơ kết 6 tháng trong tháng 7 năm 2026")[0][1:] == (2026, 7, 2026, 7)
    assert _months("Quý I/2027: Tổng kết, đánh giá kết quả thực hiện Kế hoạch")[0][1:] == (2027, 1, 2027, 3)


def test_months_are_extra_keys_outside_the_schema():
    plan = parse("KẾ HOẠCH\nIV. THỜI GIAN THỰC HIỆN\n1. Giai đoạn 1 (từ tháng 01 đến hết tháng 3/2026): ban hành.\n")
    for entry in plan.schema_dict()["timeline"]:
        assert "start_month" not in entry and "end_month" not in entry


def _timeline(parent: Path, child: Path):
    return [f for f in compare(load_side(parent), child).findings if f.type.value == "timeline_mismatch"]


@pytest.mark.parametrize(
    ("set_name", "part", "child"),
    [
        ("independent21", "B", "B09-phuong-truong-quang-trong.txt"),  # school-year semesters vs 9/2026-3/2027 ...
        ("independent22", "A", "A08-longbien.txt"),  # sơ kết 10/2026 for 7/2026, tổng kết quý I/2027
        ("independent19", "A", "A06-di-linh.txt"),  # phases to tháng 02/2027, sơ kết tháng 10/2026
    ],
)
def test_month_level_slip_is_a_timeline_mismatch(set_name, part, child):
    root = CORPUS / set_name / part
    assert _timeline(root / "parent.txt", root / child)


def test_faithful_school_year_children_have_no_timeline_mismatch():
    root = CORPUS / "independent21" / "B"
    for name in ("B02-phuong-duc-pho.txt", "B11-phuong-dak-cam.txt"):
        assert _timeline(root / "parent.txt", root / name) == [], name


def test_a_milestone_in_a_schedule_table_row_is_read():
    # I16-B07: the ward's final review moved to "Quý I/2027 | Tổng kết ..." in its schedule table (round 15).
    assert _months("Quý I/2027 | Tổng kết, khen thưởng") == [(None, 2027, 1, 2027, 3)]
    parent = load_side(CORPUS / "independent16" / "B" / "parent.txt")
    child = next((CORPUS / "independent16" / "B").glob("B07-*.txt"))
    assert [f.type.value for f in compare(parent, child).alarms("timeline_mismatch")] == ["timeline_mismatch"]
