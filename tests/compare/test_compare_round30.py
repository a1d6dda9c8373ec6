"""Round 30 (sets 101-106, tuning since): the province's documents and review named by the ward, a citation whose title
follows the issuer, phases in a run-in paragraph, paired review months, and an activities heading read as awards. Each
test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms


def test_the_provinces_documents_and_review_are_not_residue():
    # I106-A: "giới thiệu ... văn bản mới của tỉnh" and "tham gia tổng kết, khen thưởng của tỉnh" were residue on five
    # children, three of them faithful in every other respect.
    for child in ("A01-kinhbac.txt", "A02-tiendu.txt", "A04-luongtai.txt", "A06-yenphong.txt", "A10-hiephoa.txt"):
        assert set_alarms("independent106", "A", child, "locality_residue") == [], child


def test_a_title_run_on_after_the_issuer_is_not_a_wrong_issuer():
    # I101-A03, I106-A03 (faithful): "của Ủy ban nhân dân tỉnh Lạng Sơn xây dựng phong trào ..." was a wrong issuer.
    assert set_alarms("independent101", "A", "A03-tam-thanh.txt", "citation_mismatch") == []
    assert set_alarms("independent106", "A", "A03-tuson.txt", "citation_mismatch") == []
    # ... while a wrong number is still found (I106-A02: 286 for 268)
    assert len(set_alarms("independent106", "A", "A02-tiendu.txt", "citation_mismatch")) == 1


def test_moved_phases_in_a_run_in_time_paragraph_are_found():
    # I101-B04 (planted): phases 2026-2027 and 2028-2030 against the province's 2026-2028 and 2029-2030.
    assert set_alarms("independent101", "B", "B04-tram-chim.txt", "timeline_mismatch")


def test_two_reviews_with_two_months_in_parentheses_agree_with_the_parent():
    # I102-A04: "Sơ kết, tổng kết theo hướng dẫn của tỉnh (tháng 8/2026 và tháng 11/2026)" against sơ kết 8/2026.
    assert set_alarms("independent102", "A", "A04-PhongChau.txt", "timeline_mismatch") == []


def test_a_forms_of_activity_heading_is_not_an_awards_part():
    # I106-A09 (planted): "PHẦN II. NỘI DUNG, HÌNH THỨC" (of the activities) stood for the missing awards part.
    [missing] = set_alarms("independent106", "A", "A09-bacgiang.txt", "missing_section")
    assert "khen thưởng" in missing.message.lower()
    # the faithful children with the same heading keep an awards part of their own
    assert set_alarms("independent106", "A", "A01-kinhbac.txt", "missing_section") == []
