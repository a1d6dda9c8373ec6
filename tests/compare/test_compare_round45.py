"""Round 45 (sets 161-166, scored blind at 86fb9b4, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms

from plan_parser.compare.checks.timeline import entry_key
from plan_parser.parse.timeline import milestones, timeline_entry


def test_the_provinces_departments_the_ward_works_with_are_no_residue():
    # I165-B05: "phối hợp chặt chẽ với các sở, ngành của tỉnh"; I166-A01: "phối hợp chặt chẽ với Công an Thành phố và
    # các sở, ngành khi kiểm tra liên ngành"; I42-A06: "Phường phối hợp với các sở, ngành tỉnh và Hiệp hội ..."
    assert set_alarms("independent165", "B", "B05-uong-bi.txt", "locality_residue") == []
    assert set_alarms("independent166", "A", "A01-ha-dong.txt", "locality_residue") == []
    assert set_alarms("independent42", "A", "A06-hoi-phu.txt", "locality_residue") == []
    # the parent's "Yêu cầu các sở, ban, ngành tỉnh, ..." copied is still residue (planted)
    assert set_alarms("independent57", "A", "A11-muong-nha.txt", "locality_residue")


def test_a_roadmap_lines_next_years_are_its_own_entries():
    # I162-A11: "Năm 2026: ban hành Kế hoạch, .... Năm 2027: ..., sơ kết giữa giai đoạn trong tháng 6/2027" was read as one
    # entry of 2026 that holds a sơ kết, against the parent's sơ kết in June 2027
    entries = timeline_entry("Năm 2026: ban hành Kế hoạch, kiện toàn thư viện xã. Năm 2027: nhân rộng tủ sách cộng đồng, "
                             "sơ kết giữa giai đoạn trong tháng 6/2027.")
    assert [(e.start, entry_key(e)) for e in entries] == [(2026, "launch"), (2027, "interim review")]
    assert set_alarms("independent162", "A", "A11-lam-son.txt", "timeline_mismatch") == []


def test_two_reviews_each_with_its_month_are_two_milestones():
    # I164-A07: "sơ kết tháng 6, tổng kết tháng 11/2026" was read as one sơ kết in November
    entries = milestones("sơ kết tháng 6, tổng kết tháng 11/2026.")
    assert [(entry_key(e), e.start, e.start_month) for e in entries] == [("interim review", 2026, 6),
                                                                         ("final review", 2026, 11)]
    assert set_alarms("independent164", "A", "A07-cam-le.txt", "timeline_mismatch") == []
    # a planted moved sơ kết and tổng kết are still found
    assert set_alarms("independent165", "B", "B05-uong-bi.txt", "timeline_mismatch")


def test_how_often_a_task_is_done_names_no_item():
    # I166-A03 (planted: the stores' fire drill item dropped): "ít nhất 01 lần trong năm" in the ward's inspection target
    # gave the dropped item three distinctive word pairs
    assert set_alarms("independent166", "A", "A03-long-bien.txt", "missing_content")
