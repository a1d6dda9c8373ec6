"""Round 19 (sets 33-36): funding acts with a chain of implementing verbs, conformity phrases without "với" after a
plan act, eligibility criteria answered by the child's "Đối tượng" part."""

from __future__ import annotations

from pathlib import Path

from plan_parser.compare import compare, load_side
from plan_parser.compare.checks.sections import eligibility_only
from plan_parser.compare.discharge import funding_only, undischarged_text

TITLES = ["Kế hoạch phòng, chống bệnh Dịch tả lợn châu Phi và bệnh Dại năm 2026"]
CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "compare"


def test_funding_act_for_the_plan_with_a_verb_chain_is_funding_only():
    # I33-A tasks/0 (every child names "ngân sách xã/phường" in its funding part)
    duty = ("Xây dựng, ban hành Kế hoạch phòng, chống bệnh DTLCP và bệnh Dại năm 2026 của địa phương; bố trí ngân sách "
            "cấp xã để triển khai thực hiện.")
    rest = undischarged_text(duty, TITLES)
    assert rest is not None and funding_only(rest)
    for family in ("Bố trí kinh phí để tổ chức thực hiện", "Bảo đảm kinh phí cho triển khai, thực hiện kế hoạch",
                   "Bố trí ngân sách xã thực hiện"):
        assert funding_only(family), family


def test_funding_act_with_an_object_of_its_own_stays_a_duty():
    assert not funding_only("Bố trí kinh phí để triển khai thực hiện việc sửa chữa trạm bơm")
    assert not funding_only("Bố trí kinh phí mua sắm phương tiện chữa cháy")


def test_conformity_phrase_without_voi_after_a_plan_act_is_part_of_the_act():
    # I33-B tasks/0 (every child)
    assert undischarged_text("Xây dựng kế hoạch triển khai của địa phương, phù hợp điều kiện thực tế.", TITLES) is None
    for family in ("Xây dựng kế hoạch của địa phương, sát thực tế.",
                   "Ban hành kế hoạch thực hiện, phù hợp tình hình thực tiễn của địa phương.",
                   "Xây dựng kế hoạch triển khai, bám sát điều kiện thực tế của xã."):
        assert undischarged_text(family, TITLES) is None, family


def test_conformity_phrase_leaves_a_further_act_as_a_duty():
    duty = "Xây dựng kế hoạch của địa phương, phù hợp điều kiện thực tế; tổ chức kiểm tra các cơ sở kinh doanh."
    assert undischarged_text(duty, TITLES) == "tổ chức kiểm tra các cơ sở kinh doanh"


def test_eligibility_criteria_heading_family():
    parent = load_side(CORPUS / "independent34" / "A" / "parent.txt")
    assert eligibility_only(parent)  # "III. TIÊU CHÍ XÁC ĐỊNH ĐỐI TƯỢNG VÀ MỨC HỖ TRỢ"
    emulation = load_side(CORPUS / "independent" / "thanhhoa-214" / "parent.txt")
    assert not eligibility_only(emulation)


_CHILD = """ỦY BAN NHÂN DÂN XÃ PHÚ LƯƠNG
KẾ HOẠCH
Hỗ trợ nhà ở cho người có công và hộ nghèo năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Bình xét công khai, đúng đối tượng.
II. CHỈ TIÊU
Năm 2026 xã hỗ trợ 31 hộ.
III. {part}
1. Người có công với cách mạng có nhà ở hư hỏng, dột nát; hộ nghèo, hộ cận nghèo đang ở nhà tạm.
2. Mức hỗ trợ: xây mới 60 triệu đồng/hộ; sửa chữa 30 triệu đồng/hộ.
IV. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát đến từng hộ tại các xóm; họp bình xét công khai, niêm yết danh sách.
2. Tuyên truyền về đối tượng, mức hỗ trợ; vận động các hộ đối ứng.
V. KHEN THƯỞNG
Khen thưởng tập thể, cá nhân có thành tích theo quy định.
VI. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội: chủ trì rà soát, bình xét.
"""


def _criteria_alarm(part: str) -> bool:
    parent = load_side(CORPUS / "independent34" / "A" / "parent.txt")
    report = compare(parent, load_side(_CHILD.format(part=part)))
    return any(f.type == "missing_section" and "Tiêu chí" in f.message for f in report.findings)


def test_eligibility_criteria_are_answered_by_the_childs_doi_tuong_part():
    # I34-A: 13 children restate "TIÊU CHÍ XÁC ĐỊNH ĐỐI TƯỢNG" as "ĐỐI TƯỢNG VÀ MỨC HỖ TRỢ"
    assert not _criteria_alarm("ĐỐI TƯỢNG VÀ MỨC HỖ TRỢ")


def test_eligibility_criteria_still_missing_without_any_doi_tuong_part():
    assert _criteria_alarm("MỨC HỖ TRỢ")
