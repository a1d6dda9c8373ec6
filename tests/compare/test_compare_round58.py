"""Round 58 (sets 239-244, scored blind at bd105f4, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms


def test_a_team_or_official_named_where_no_bodys_tasks_were_read_is_named():
    # I239-A07 ("Một là, Phòng Kinh tế ...: tham mưu thành lập Tổ công tác hỗ trợ người nuôi ốc hương") and I241-A05,
    # I241-A10 ("phân công 01 công chức chuyên môn theo dõi nghề làm tương", "bố trí 01 công chức theo dõi ..."): the
    # parser read no tasks of those bodies, and the team or official was looked for among the tasks it read
    assert set_alarms("independent239", "A", "A07-nam-nha-trang.txt", "unassigned_task") == []
    assert set_alarms("independent241", "A", "A10-luong-bang.txt", "unassigned_task") == []
    (dropped,) = set_alarms("independent241", "A", "A05-yen-my.txt", "unassigned_task")  # its planted duty only
    assert dropped.parent_evidence.pointer == "/assignments/7/tasks/4"


def test_a_team_the_ward_never_sets_up_is_found_in_lower_case_and_by_any_name():
    # I243-A12: "Thành lập và duy trì hoạt động của tổ tự quản bảo vệ nguồn lợi rươi ..." and I232-B02: "vận động các hộ
    # thành lập tổ hợp tác, hợp tác xã" were partly covered by tasks on the topic and held at info
    (dropped,) = set_alarms("independent243", "A", "A12-nguyen-binh-khiem.txt", "unassigned_task")
    assert "tổ tự quản" in dropped.message
    (dropped,) = set_alarms("independent232", "B", "B02-vinh-lai.txt", "unassigned_task")
    assert "tổ hợp tác" in dropped.message
    # ... the parent's "đội bắt chó thả rông", kept by a ward as its "Tổ bắt chó thả rông", is the same team (I87-A01)
    assert set_alarms("independent87", "A", "A01-long-chau.txt", "unassigned_task") == []


def test_a_late_report_in_an_annex_table_after_the_signature_is_found():
    # I242-B11: the half-year report to the department, due "Trước 25/6/2026" (parent: 15/6), is a row of the annex
    # "PHỤ LỤC PHÂN CÔNG NHIỆM VỤ" after the signature; the annex's tables were never read for dates
    (late,) = set_alarms("independent242", "B", "B11-na-hang.txt", "deadline_conflict")
    assert "25/06/2026" in late.message and "15/06/2026" in late.message


def test_a_phase_named_for_its_review_holds_that_review():
    # I243-B07: "Giai đoạn tổng kết (tháng 01/2027): ..." against the parent's "Giai đoạn tổng kết (tháng 12 năm 2026)":
    # read only as phases, one month apart, so the closing review moved into the next year was not reported
    moved = " ".join(f.message for f in set_alarms("independent243", "B", "B07-tai-van.txt", "timeline_mismatch"))
    assert "tổng kết" in moved and "tháng 1/2027" in moved


def test_a_report_naming_its_review_answers_the_parents_report_of_that_review():
    # I232-A11, I237-B10 (faithful): "Báo cáo tổng kết gửi Sở Văn hóa, Thể thao và Du lịch ... Trước ngày 05/12/2026"
    # shares more words with the parent's "Báo cáo sơ kết ... gửi Sở Văn hóa, Thể thao và Du lịch trước ngày 15/11" than
    # with its "báo cáo tổng kết ... trước ngày 10/12", and was held late against the sơ kết report
    assert set_alarms("independent232", "A", "A11-tinh-bien.txt", "deadline_conflict") == []
    assert set_alarms("independent237", "B", "B10-dong-khe.txt", "deadline_conflict") == []
    # ... the review a sibling names before its own date is not this report's ("báo cáo Sở ... sơ kết 6 tháng trước ngày
    # 15/6/2026, kết quả năm trước ngày 10/12/2026", I73-A03: the year report was held against the sơ kết)
    assert set_alarms("independent73", "A", "A03-tanan.txt", "deadline_conflict") == []


def test_an_ocr_blank_line_inside_a_sentence_keeps_the_sentence_whole():
    # Channel eng-ocr, 240-B: the scan's OCR printed a blank line between every two lines ("... gửi bản số về kho dữ" /
    # "" / "liệu số của tỉnh."); the residue check read "liệu số của tỉnh" alone, without the database it names
    from types import SimpleNamespace

    from plan_parser.compare.checks.locality import _TOTAL_REFERENCE, _paragraphs

    lines = [SimpleNamespace(number=n, text=t) for n, t in enumerate(
        ["1. Sưu tầm, số hóa tư liệu; gửi bản số về kho dữ", "", "liệu số của tỉnh.", "", "Thu thập hiện vật."], 1)]
    assert [(numbers, text) for numbers, _, text in _paragraphs(lines)] == [
        ([1, 3], "1. Sưu tầm, số hóa tư liệu; gửi bản số về kho dữ liệu số của tỉnh."),
        ([5], "Thu thập hiện vật."),
    ]
    # ... and "cùng toàn tỉnh" restored from a scan as "cũng toàn tỉnh" is still the province's total (I244-A07)
    assert _TOTAL_REFERENCE.search("góp phần nâng cao thu nhập cho người dân, cũng ")
