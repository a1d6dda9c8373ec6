"""Round 63 (sets 263-268 again, after the round 62 model). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms


def test_results_judged_by_figures_are_no_criteria():
    # I267-B10: the requirement "Giao chỉ tiêu đến từng xóm; phân công rõ bộ phận; đánh giá bằng số liệu." was read as the
    # criteria the ward dropped ("đánh giá bằng ..." states how units are judged only when a measure follows)
    (missing,) = set_alarms("independent267", "B", "B10-nam-dan.txt", "missing_section")
    assert "Tiêu chí" in missing.message
    # its siblings write the same requirement and keep the parent's "TIÊU CHÍ CÔNG NHẬN HỘ" part
    assert set_alarms("independent267", "B", "B01-nghia-dan.txt", "missing_section") == []


def test_a_report_up_does_not_excuse_the_provinces_closing_order_before_it():
    # I265-B02: "Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường triển khai thực hiện nghiêm túc Kế hoạch này;
    # trong quá trình thực hiện, nếu có vướng mắc, báo cáo về Sở Nông nghiệp và Môi trường ...": the report up in the
    # second clause made the whole sentence legitimate
    (residue,) = set_alarms("independent265", "B", "B02-an-nhon-dong.txt", "locality_residue")
    assert "các sở, ban, ngành" in residue.message
