"""Regression tests for round 5 (corpus/compare/independent5, a tuning set since): criteria merged into an
evaluation-and-awards paragraph (every child of parent A), six-monthly and yearly report dates paired across
periods and internal village dates held against the province (parent B), the province's own total named in a
ward's target or title quotation read as residue, and "Phần I." headings (parser, tests/parse)."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

from plan_parser.compare import compare
from plan_parser.compare.checks.deadlines import internal
from plan_parser.compare.checks.locality import _names_authority, quotes_title
from plan_parser.compare.checks.sections import criteria_in_text
from plan_parser.model import Deadline

INDEPENDENT5 = Path(__file__).resolve().parents[2] / "corpus" / "compare" / "independent5"


def _types(report, kind):
    return [f for f in report.findings if f.type.value == kind]


def _text_side(text):
    return SimpleNamespace(document=SimpleNamespace(text=text), plan=None)


def test_criteria_stated_in_a_merged_awards_paragraph_count_as_present():
    # I5-A01: "IV. ĐÁNH GIÁ VÀ KHEN THƯỞNG / Kết quả được đánh giá qua tỷ lệ ..." has no "Tiêu chí" heading.
    report = compare(INDEPENDENT5 / "A" / "parent.txt", INDEPENDENT5 / "A" / "A01-sam-son.txt")
    assert not _types(report, "missing_section")
    assert criteria_in_text(_text_side("Kết quả được đánh giá qua tỷ lệ người tập luyện thường xuyên."))
    assert criteria_in_text(_text_side("Đưa nhiệm vụ bảo vệ rừng vào tiêu chí thi đua của các thôn."))
    # A criterion for another purpose is not the competition's criteria (I3-A12 must still be flagged).
    assert not criteria_in_text(_text_side("Lồng ghép tiêu chí phòng, chống bạo lực gia đình vào bình xét."))


def test_missing_awards_section_is_still_reported_and_targets_are_not_criteria():
    # I5-B08 drops "THI ĐUA, KHEN THƯỞNG"; parent B's "CHỈ TIÊU CHỦ YẾU" must not demand "Tiêu chí thi đua".
    report = compare(INDEPENDENT5 / "B" / "parent.txt", INDEPENDENT5 / "B" / "B08-kon-plong.txt")
    messages = [f.message for f in _types(report, "missing_section")]
    assert len(messages) == 1 and "Hình thức khen thưởng" in messages[0]


def test_yearly_report_is_held_against_the_parent_yearly_date_not_the_six_monthly_one():
    # I5-B01 (faithful): 05/6 (6 tháng) and 05/12 (năm) against the parent's 10/6 and 10/12; thôn by 30/11.
    assert not _types(compare(INDEPENDENT5 / "B" / "parent.txt", INDEPENDENT5 / "B" / "B01-ba-to.txt"), "deadline_conflict")
    # I5-B05: the yearly report by 20/12 is after the parent's 10/12, and only that one is reported.
    found = _types(compare(INDEPENDENT5 / "B" / "parent.txt", INDEPENDENT5 / "B" / "B05-minh-long.txt"), "deadline_conflict")
    assert len(found) == 1 and "20/12" in found[0].message and "10/12" in found[0].message


def test_deadline_of_the_childs_own_units_is_internal():
    assert internal(Deadline(date="--11-30", what="báo cáo Ủy ban nhân dân xã"))
    assert internal(Deadline(date="--12-01", what="Báo cáo tình hình", to="Ủy ban nhân dân xã"))
    assert not internal(Deadline(date="--12-08", what="báo cáo UBND xã gửi Sở Nông nghiệp và Môi trường"))
    assert not internal(Deadline(date="--12-05", what="báo cáo Sở Nông nghiệp và Môi trường"))


def _scope(text: str, phrase: str = "toàn tỉnh") -> bool:
    lowered = text.lower()
    return _names_authority(lowered, re.search(phrase, lowered))


def test_province_total_beside_the_wards_target_is_not_residue():
    assert _scope("Độ che phủ rừng toàn xã đạt trên 55%, cùng toàn tỉnh giữ ổn định mức 53%")  # I5-B02
    assert _scope("Phấn đấu nâng tỷ lệ che phủ rừng toàn tỉnh lên 53%")
    # The ward's own scope written as the province's stays residue.
    assert not _scope("Đề nghị các đơn vị toàn tỉnh triển khai nghiêm túc.")
    assert not _scope("Tổ chức ra quân đồng loạt toàn tỉnh vào tháng 3.")


def test_quoted_parent_title_is_not_residue():
    title = "phát triển phong trào thể dục, thể thao quần chúng trên địa bàn tỉnh thanh hóa giai đoạn 2025 - 2030"
    quoted = "thực hiện kế hoạch phát triển phong trào thể dục, thể thao quần chúng trên địa bàn tỉnh giai đoạn 2025 - 2030"
    assert quotes_title(title, quoted, re.search("trên địa bàn tỉnh", quoted))
    own = "phòng kinh tế quản lý sân bãi, điểm tập luyện trên địa bàn tỉnh"  # I5-A08's residue
    assert not quotes_title(title, own, re.search("trên địa bàn tỉnh", own))


def test_phase_change_in_a_plan_with_phan_headings_is_found():
    # I5-B06 used "Phần IV. LỘ TRÌNH": the unrecognised heading hid the timeline.
    report = compare(INDEPENDENT5 / "B" / "parent.txt", INDEPENDENT5 / "B" / "B06-son-tay.txt")
    assert _types(report, "timeline_mismatch")
    assert not [f for f in report.findings if f.type.value == "missing_section"]
