"""Round 42 (sets 143-148, scored blind at 660e762, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import CORPUS, set_alarms, set_verdict

from plan_parser.compare.align import opening_acts
from plan_parser.compare.checks.deadlines import internal
from plan_parser.model import Deadline
from plan_parser.parse.parser import parse


def _plan(set_name: str, side: str, name: str):
    return parse((CORPUS / set_name / side / name).read_text(encoding="utf-8"))


def test_a_report_to_a_wards_own_organisation_is_internal():
    # 147-A: "Tổ trưởng tổ dân phố: ... báo cáo kết quả về Hội Chữ thập đỏ phường trước ngày 03/6/2026" was held against
    # the province's quick report due 15/5 (eight false alarms, one on the faithful A01)
    assert internal(Deadline(date="2026-06-03", what="báo cáo kết quả về Hội Chữ thập đỏ phường"))
    assert not internal(Deadline(date="2026-06-03", what="báo cáo kết quả về Hội Chữ thập đỏ tỉnh"))
    assert not internal(Deadline(date="2026-06-03", what="báo cáo về Sở Lao động - Thương binh và Xã hội"))
    for child in ("A01-HoaLu.txt", "A02-GiaVien.txt", "A09-HaiHau.txt"):
        assert set_alarms("independent147", "A", child, "deadline_conflict") == [], child
    # the planted late closing report (15/6 against 10/6) is still found
    assert set_alarms("independent147", "A", "A04-KimSon.txt", "deadline_conflict")


def test_a_year_written_once_is_every_dates_of_the_phrase():
    # I144-A04: "Trước 20/4 và 20/5/2026" read 20/4 as a yearly date, and the 20/5 report was held against 20/4
    plan = parse("KẾ HOẠCH\nI. TỔ CHỨC THỰC HIỆN\n- Báo cáo về Sở Nông nghiệp trước 20/4 và 20/5/2026; báo cáo tổng kết"
                 " về Sở Nông nghiệp trước 20/12 và 15/01/2027.\n")  # fmt: skip
    assert [d.date for d in plan.deadlines] == ["2026-04-20", "2026-05-20", "2026-12-20", "2027-01-15"]
    assert set_alarms("independent144", "A", "A04-dien-chau.txt", "deadline_conflict") == []


def test_the_wards_own_review_is_a_step_of_its_timeline():
    # I144-A06: "Ủy ban nhân dân phường tổng kết chiến dịch trước ngày 10/6/2026" was also held as a late task
    assert set_alarms("independent144", "A", "A06-tan-mai.txt", "deadline_conflict") == []
    assert set_alarms("independent144", "A", "A06-tan-mai.txt", "timeline_mismatch")


def test_a_hamlets_report_answers_no_parent_date():
    # I143-B08: "6. Trưởng ấp: ... báo cáo kết quả sơ tuyển của ấp trước ngày 12/11/2026" met the province's 15/11, so
    # the ward's own late report (20/11) was not read; and "7. Chế độ báo cáo: Ủy ban nhân dân xã báo cáo ..." was read
    # as one more duty of the hamlet heads
    plan = _plan("independent143", "B", "B08-dinh-quan.txt")
    assert plan.assignments[-1].body == "Trưởng ấp" and "Bộ Chỉ huy Quân sự tỉnh" not in " ".join(plan.assignments[-1].tasks)
    assert set_alarms("independent143", "B", "B08-dinh-quan.txt", "deadline_conflict")


def test_a_duty_given_by_its_opening_acts_is_assigned():
    # 148-A: "Xử lý, phản hồi các phản ánh, kiến nghị thuộc thẩm quyền ..." (the plan's topic is its object) was read as
    # unassigned on eleven children that give it as "Xử lý, phản hồi đúng hạn các phản ánh về ..." or split it between
    # bodies ("Phòng Kinh tế: xử lý phản ánh về đất đai ...", "Công an xã: xử lý ngay phản ánh khẩn cấp ...")
    assert opening_acts("Xử lý, phản hồi các phản ánh") == ["xử lý", "phản hồi"]
    assert opening_acts("Tổ chức tuyên truyền, hướng dẫn người dân") == []
    for child in ("A01-le-chan.txt", "A05-tien-lang.txt", "A06-kien-an.txt", "A10-thanh-dong.txt"):
        assert set_verdict("independent148", "A", child, "/assignments/6/tasks/2") != "not_covered", child
    # the planted dropped duty ("Kiểm tra, xác minh tại hiện trường; ...") stays unassigned
    assert set_alarms("independent148", "A", "A07-do-son.txt", "unassigned_task")


def test_a_milestones_responsibility_line_assigns_its_task():
    # I143-B07: "Nội dung: ... phát lệnh gọi nhập ngũ ...; Trách nhiệm: ... Ban Chỉ huy Quân sự xã, trưởng ấp phát lệnh"
    assert set_verdict("independent143", "B", "B07-nhon-trach.txt", "/assignments/7/tasks/3") != "not_covered"


def test_a_short_duty_given_by_its_act_is_assigned():
    # I148-B12: "Thống kê số lượng đàn trâu, bò hằng năm; báo cáo ..." given as "Trưởng thôn: thống kê đàn, báo cáo ..."
    assert set_alarms("independent148", "B", "B12-kim-binh.txt", "unassigned_task") == []


def test_an_appendix_of_tasks_after_the_signature_is_read_by_its_heads():
    # I146-B09: "PHỤ LỤC ... 4. Tu bổ, chống xuống cấp Mộ Thủ khoa Bùi Hữu Nghĩa, Đình Long Tuyền ..." for the parent's
    # "Tu bổ, phục hồi, chống xuống cấp di tích theo thứ tự ưu tiên: ..." (its own monuments named)
    assert set_alarms("independent146", "B", "B09-long-tuyen.txt", "missing_content") == []


def test_figures_in_tasks_are_no_selection_standards():
    # I143-B12: no "chỉ tiêu, tiêu chuẩn" part at all, but "xét nghiệm ... cho 100% công dân" in a task made it advice
    assert set_alarms("independent143", "B", "B12-tan-phu.txt", "missing_section")
    # the faithful children name their quota and standards
    assert set_alarms("independent143", "B", "B01-tran-bien.txt", "missing_section") == []


def test_a_prose_plans_unnumbered_part_labels_are_its_parts():
    # I144-A12: "Chỉ tiêu, tiêu chí. 100% bãi tắm ..." (a plan of labelled paragraphs) was told it had no criteria part
    assert set_alarms("independent144", "A", "A12-tan-chau.txt", "missing_section") == []
    # ... and its "Tổ chức thực hiện. Công chức ..." paragraph is its organisation part: the planted dropped duty (the
    # hương ước of the thôn) is found, where every duty was advice ("no organisation part read")
    plan = _plan("independent144", "A", "A12-tan-chau.txt")
    assert [s.heading for s in plan.sections][-2:] == ["Tổ chức thực hiện", "Chế độ báo cáo"]
    assert [f.parent_evidence.pointer for f in set_alarms("independent144", "A", "A12-tan-chau.txt", "unassigned_task")] == [
        "/assignments/5/tasks/6"]  # fmt: skip
