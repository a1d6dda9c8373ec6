"""Round 26 (sets 77-82, tuning since): periods a province fixes to the day, plans whose parts the parser did not read
but the comparer does, criteria named only as the work of meeting them, a review's report named next in a list of
reports, deadlines of a plan with no labelled part, and "của tỉnh" after what the province confers or monitors. Each
test can fail on the bug it names."""

from __future__ import annotations

from pathlib import Path

from set_cases import set_alarms

from plan_parser.compare import compare
from plan_parser.compare.checks.timeline_days import dated_periods
from plan_parser.compare.sides import load_side
from plan_parser.parse.deadlines import find_deadlines

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "compare"


def test_a_month_of_action_held_a_fortnight_early_contradicts_the_provinces_days():
    # I78-B07: "Tháng hành động được tổ chức từ ngày 01/11/2026 đến ngày 30/11/2026" against the city's 15/11-15/12/2026;
    # the timeline held months only, and the parent had no timeline part at all.
    found = set_alarms("independent78", "B", "B07-tan-dinh.txt", "timeline_mismatch")
    assert len(found) == 1
    assert "01/11/2026" in found[0].message and "15/11/2026" in found[0].message
    assert found[0].child_evidence.line == 13


def test_campaign_phases_moved_by_days_in_an_appendix_are_read():
    # I80-B07: the appendix after the signature moves the preparation to 02/3-20/3 and the mop-up to 13/4-17/4/2026
    # (parent 02/3-13/3, 06/4-15/4); the parser reads nothing after the signature.
    assert len(set_alarms("independent80", "B", "B07-tan-uyen.txt", "timeline_mismatch")) == 1


def test_a_wards_own_week_inside_the_provinces_period_agrees_with_it():
    # Faithful children of I78-B and I80-B restate or narrow the fixed periods: no alarm.
    for set_name, side, child in (("independent78", "B", "B01-ben-thanh.txt"), ("independent78", "B", "B05-ba-ria.txt"),
                                  ("independent80", "B", "B01-binh-lu.txt"), ("independent80", "B", "B11-pa-tan.txt")):
        assert set_alarms(set_name, side, child, "timeline_mismatch") == [], child


def test_periods_are_named_by_the_words_before_them_or_after_their_dates():
    side = load_side(CORPUS / "independent80" / "B" / "parent.txt")
    periods = {tuple(sorted(p.words)): (p.first.isoformat(), p.last.isoformat()) for p in dated_periods(side)}
    assert periods[("bi", "chuan")] == ("2026-03-02", "2026-03-13")
    assert periods[("tiem", "vet")] == ("2026-04-06", "2026-04-15")


def test_a_plan_without_awards_is_not_excused_when_its_duties_are_tabled():
    # I77-A10: run-in parts ("1. Mục đích, yêu cầu: ...") and a task table with a body column; the parser found no
    # part, so the missing awards part was lowered to info as "structure not read", though the comparer read it all.
    found = set_alarms("independent77", "A", "A10-hung-nguyen.txt", "missing_section")
    assert len(found) == 1 and "khen thưởng" in found[0].message


def test_a_memo_with_colon_labels_and_no_criteria_or_awards_is_reported():
    # I77-B10: "Mục đích, yêu cầu:", "Phân công:" over "- Công an xã: ..." lines; both parts absent, both excused.
    assert len(set_alarms("independent77", "B", "B10-cai-doi-vam.txt", "missing_section")) == 2


def test_criteria_named_only_as_the_work_of_meeting_them_are_no_criteria_part():
    # I78-A09: "đánh giá thực trạng từng tiêu chí", "hoàn thiện các tiêu chí còn thiếu" made the child's targets count
    # for the parent's "TIÊU CHÍ XÉT, CÔNG NHẬN" part.
    assert len(set_alarms("independent78", "A", "A09-vu-quang.txt", "missing_section")) == 1


def test_a_run_in_label_opening_with_ve_names_its_part():
    # I77-B03: "Về tiêu chí và khen thưởng: phường phấn đấu đạt ..." was not read as the criteria part.
    assert set_alarms("independent77", "B", "B03-gia-rai.txt", "missing_section") == []


def test_committing_to_the_provinces_criteria_states_them():
    # I77-A12: "xã đăng ký phấn đấu đạt tiêu chí Bộ phận Một cửa cấp xã tiêu biểu ..." answers the parent's criteria.
    assert set_alarms("independent77", "A", "A12-kim-lien.txt", "missing_section") == []


def test_a_review_named_next_in_a_list_of_reports_keeps_its_own_office():
    # I81-B08: "... về Sở Giáo dục và Đào tạo trước ngày 08/5/2026, sơ kết 6 tháng về Sở Văn hóa ... trước ngày
    # 12/6/2026": the second was read as the first report again and held against the parent's 10/5.
    text = ("tổng hợp báo cáo kết quả Hội khỏe Phù Đổng cấp xã về Sở Giáo dục và Đào tạo trước ngày 08/5/2026, sơ kết 6 "
            "tháng về Sở Văn hóa, Thể thao và Du lịch trước ngày 12/6/2026 và báo cáo năm trước ngày 04/12/2026.")
    second = find_deadlines(text)[1][0]
    assert second.what == "báo cáo sơ kết 6 tháng" and second.to == "Sở Văn hóa, Thể thao và Du lịch"
    assert set_alarms("independent81", "B", "B08-giolinh.txt", "deadline_conflict") == []


def test_a_plan_of_unlabelled_paragraphs_has_deadlines():
    # I80-A06: every part one paragraph opening "Về ..."; all of it was preamble, so "trước ngày 20/6" (parent 15/6)
    # was never read.
    side = load_side(CORPUS / "independent80" / "A" / "A06-cai-be.txt")
    assert "--06-20" in {d.date for d in side.plan.deadlines}
    assert len(set_alarms("independent80", "A", "A06-cai-be.txt", "deadline_conflict")) == 1


def test_what_the_province_confers_or_monitors_is_no_residue():
    # I77-A11, I77-B02, I77-B04, I80-B05: "tiêu chí ... tiêu biểu về chuyển đổi số của tỉnh", "quan trắc môi trường của
    # tỉnh", "cảnh báo của tỉnh", "đoàn công tác của tỉnh" were flagged as copied scope.
    for set_name, side, child in (("independent77", "A", "A11-thai-hoa.txt"), ("independent77", "B", "B02-cai-nuoc.txt"),
                                  ("independent77", "B", "B04-nam-can.txt"), ("independent80", "B", "B05-muong-te.txt")):
        report = compare((CORPUS / set_name / side / "parent.txt").read_text(), (CORPUS / set_name / side / child).read_text())
        assert not [f for f in report.findings if f.type.value == "locality_residue"], child
