"""Regression tests for round 4 (corpus/compare/independent4, a tuning set since): a plan-making act with
coordinated verbs left undischarged (I4-B02), a possessive "của tỉnh" that refers to the province as a
higher entity read as residue (I4-A03), and severity resting on weak evidence.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from plan_parser.compare import compare
from plan_parser.compare.align import AlignOptions
from plan_parser.compare.checks.coverage import _near_miss
from plan_parser.compare.checks.locality import _names_authority
from plan_parser.compare.discharge import undischarged_text
from plan_parser.model import AlignedItem, ItemRef

INDEPENDENT4 = Path(__file__).resolve().parents[2] / "corpus" / "compare" / "independent4"
TITLES = ["Kế hoạch thực hiện công tác phòng, chống ma túy trong học đường và cộng đồng giai đoạn 2025 - 2030"]


@pytest.mark.parametrize("duty", [
    "Xây dựng, ban hành kế hoạch thực hiện tại địa phương trước ngày 15/9/2025.",  # I4-B02
    "Khẩn trương xây dựng, phê duyệt và ban hành Kế hoạch thực hiện Phong trào thi đua ở cấp xã, hoàn thành trước ngày 30/9/2025",
    "Ban hành và tổ chức triển khai kế hoạch của xã trước ngày 30/9/2025.",
])  # fmt: skip
def test_plan_act_with_coordinated_verbs_is_discharged(duty):
    assert undischarged_text(duty, TITLES) is None


def test_coordinated_plan_act_keeps_the_rest_and_other_plans():
    rest = undischarged_text("Xây dựng, ban hành Kế hoạch thực hiện tại địa phương trước ngày 15/9/2025; kiện toàn Ban Chỉ đạo cấp xã.", TITLES)
    assert rest is not None and "kiện toàn Ban Chỉ đạo" in rest and "Xây dựng" not in rest
    assert undischarged_text("Xây dựng, ban hành kế hoạch bảo tồn di sản văn hóa", TITLES) is not None


def _possessive(text: str) -> bool:
    lowered = text.lower()
    match = re.search(r"của tỉnh(?=\s*[.;,]|\s*$)", lowered)
    return _names_authority(lowered, match)


def test_possessive_reference_to_the_province_is_not_residue():
    # I4-A03: the ward contributes to the province's goal.
    assert _possessive("huy động sức mạnh tổng hợp của Nhân dân trong xã, góp phần thực hiện thắng lợi mục tiêu xây dựng nông thôn mới của tỉnh.")
    assert _possessive("Phấn đấu hoàn thành các chỉ tiêu phát triển kinh tế - xã hội của tỉnh.")
    # The ward's own people or work named as the province's is still residue (generated residue-6).
    assert not _possessive("phổ biến kỹ năng bơi an toàn cho học sinh và Nhân dân của tỉnh.")
    assert not _possessive("thúc đẩy chuyển đổi số để nâng cao năng lực cạnh tranh của tỉnh.")


def test_faithful_ward_adopting_the_province_goal_has_no_residue():
    report = compare(INDEPENDENT4 / "A" / "parent.txt", INDEPENDENT4 / "A" / "A03-do-luong.txt")
    assert not [f for f in report.findings if f.type.value == "locality_residue"]


def test_uncovered_item_near_the_threshold_is_not_high():
    ctx = SimpleNamespace(options=SimpleNamespace(align=AlignOptions()), duty_traces={"/contents/1": 0.27})
    ref = ItemRef(kind="content", text="x", index=0, pointer="/contents/0")
    near = AlignedItem(parent=ref, matches=[], score=0.29, verdict="not_covered")
    far = AlignedItem(parent=ref, matches=[], score=0.10, verdict="not_covered")
    traced = AlignedItem(parent=ref.model_copy(update={"pointer": "/contents/1"}), matches=[], score=0.10, verdict="not_covered")
    assert _near_miss(near, ctx) and _near_miss(traced, ctx) and not _near_miss(far, ctx)
