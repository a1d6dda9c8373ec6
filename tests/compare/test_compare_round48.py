"""Round 48 (sets 173-178, scored blind at 793d22b, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms

from plan_parser.compare.checks.timeline import entry_key
from plan_parser.parse.timeline import timeline_entry


def test_a_quarters_entry_ends_before_a_review_sentence():
    # I176-B09, I176-B12 (faithful on timeline): "quý IV/2026: hoàn thiện, ..., đánh giá kết quả. Sơ kết 6 tháng: tháng
    # 6/2026; tổng kết năm: tháng 11/2026" was read as a sơ kết held in quý IV, against the parent's in July
    entries = timeline_entry("Quý IV/2026: hoàn thiện, đưa vào khai thác, đánh giá kết quả. Sơ kết 6 tháng: tháng 6/2026; "
                             "tổng kết năm: tháng 11/2026.")
    assert [(e.start_month, e.end_month) for e in entries][:2] == [(10, 12), (6, 6)]
    assert "sơ kết" not in (entries[0].what or "").lower()
    assert entry_key(entries[1]) == "interim review"
    assert set_alarms("independent176", "B", "B09-thap-muoi.txt", "timeline_mismatch") == []
    assert set_alarms("independent176", "B", "B12-thanh-binh.txt", "timeline_mismatch") == []


def test_every_criterion_restated_is_a_criteria_part():
    # I178-B05: the four criteria of an export-grade durian area restated in a paragraph of the aims ("Vùng trồng đạt
    # chuẩn xuất khẩu phải đáp ứng đồng thời: ...") with no heading of their own
    assert set_alarms("independent178", "B", "B05-ea-hleo.txt", "missing_section") == []
