"""Round 18 (lead, sets 29-32): part headings that name their role in other words.

- "II. NHIỆM VỤ CỤ THỂ CỦA CÁC CƠ QUAN, ĐƠN VỊ": a plan ordered by body (each body's tasks under its name) was read as
  a list of contents, so its organisation was "missing" (high) on six children of sets 29 and 31.
- "IV. CÁC GIAI ĐOẠN THỰC HIỆN", "LỊCH TRIỂN KHAI": the schedule part was not read, so I29-B06's shifted phases went
  unseen.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_parser.compare import compare, load_side
from plan_parser.parse.roles import heading_roles

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "compare"


@pytest.mark.parametrize(
    ("heading", "roles"),
    [
        ("II. NHIỆM VỤ CỤ THỂ CỦA CÁC CƠ QUAN, ĐƠN VỊ", ["assignments"]),
        ("III. TRÁCH NHIỆM CỦA CÁC BỘ PHẬN", ["assignments"]),
        ("II. NHIỆM VỤ, GIẢI PHÁP", ["contents"]),  # tasks without bodies stay contents
        ("II. NỘI DUNG CỦA KẾ HOẠCH", ["contents"]),
        ("IV. CÁC GIAI ĐOẠN THỰC HIỆN", ["timeline"]),
        ("V. LỊCH TRIỂN KHAI", ["timeline"]),
    ],
)
def test_heading_roles(heading, roles):
    assert heading_roles(heading) == roles


def test_a_plan_ordered_by_body_has_its_organisation():
    parent = load_side(CORPUS / "independent31" / "B" / "parent.txt")
    report = compare(parent, CORPUS / "independent31" / "B" / "B02-tuy-hoa.txt")  # faithful
    assert report.alarms("missing_section") == []


def test_phases_under_a_giai_doan_heading_are_compared():
    parent = load_side(CORPUS / "independent29" / "B" / "parent.txt")
    child = next((CORPUS / "independent29" / "B").glob("B06-*.txt"))
    assert compare(parent, child).alarms("timeline_mismatch")
