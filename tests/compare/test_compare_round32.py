"""Round 32 (sets 107-112, tuning since): a sanction part is no organisation, the committee's name gives no duty, a
public school is no act, points given by letter and clause, results made a criterion, and the parent's title made the
ward's own aim. Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import CORPUS, set_alarms

from plan_parser.compare.align import duties_by_number
from plan_parser.compare.core import organisation_heading
from plan_parser.compare.discharge import without_addressee
from plan_parser.compare.sides import load_path
from plan_parser.parse.parser import parse


def test_awards_and_sanctions_are_not_the_wards_duties():
    # I112-A: "IV. KHEN THƯỞNG VÀ XỬ LÝ TRÁCH NHIỆM" was read as an organisation part ("trách nhiệm"): "Người đứng đầu
    # ... thì bị xem xét trách nhiệm" became a duty of the wards, unassigned on every child (12 false alarms).
    parent = parse((CORPUS / "independent112" / "A" / "parent.txt").read_text(encoding="utf-8"))
    assert not any("xem xét trách nhiệm" in task for a in parent.assignments for task in a.tasks)
    for child in ("A01-tan-an.txt", "A05-kien-tuong.txt", "A07-trang-bang.txt", "A12-long-an.txt"):
        assert set_alarms("independent112", "A", child, "unassigned_task") == [], child


def test_the_committees_name_in_the_signature_gives_no_duty():
    # I112-A06 (planted): "Chỉ đạo trưởng ấp, trưởng khu phố theo dõi, phát hiện và báo cáo ngay cho Ủy ban nhân dân xã"
    # met its three word pairs "ủy ban", "ban nhân", "nhân dân" in "TM. ỦY BAN NHÂN DÂN" and was partly given (info).
    [found] = set_alarms("independent112", "A", "A06-tan-bien.txt", "unassigned_task")
    assert found.parent_evidence.pointer == "/assignments/5/tasks/3"


def test_a_public_school_is_not_the_act():
    # I110-B08 (planted): "lập" of "công lập" was read as the act, so "Chỉ đạo trường mầm non công lập tổ chức bồi dưỡng
    # ..." was matched as "Lập tổ chức bồi dưỡng ...".
    assert without_addressee("Chỉ đạo trường mầm non công lập tổ chức bồi dưỡng chuyên môn cho chủ nhóm, người chăm "
                             "sóc trẻ tại nhóm trẻ độc lập ít nhất 01 lần/năm.").startswith("Tổ chức bồi dưỡng")  # fmt: skip


def test_points_given_by_letter_and_clause_are_assigned():
    # I109-B08 (faithful): "1. Phòng Văn hóa - Xã hội chủ trì các nội dung tại điểm a, b khoản 1, điểm a, d khoản 2, điểm
    # a khoản 3 Mục II" gives its body the lettered items under "1. Nhóm giải pháp ...", ...; the reference was not read.
    side = load_path(CORPUS / "independent109" / "B" / "B08-kong-chro.txt")
    items = side.items()
    given = duties_by_number(items, side.document, organisation_heading(side))
    culture = [d.pointer for d in given if d.body and d.body.startswith("Phòng Văn hóa")]
    assert culture == ["/contents/0", "/contents/1", "/contents/3", "/contents/6", "/contents/7"]


def test_results_made_a_criterion_name_no_criteria():
    # I110-B10 (planted): the child keeps the parent's targets but none of its criteria; "kết quả thực hiện là tiêu chí
    # thi đua của thôn" counted as naming criteria, so its "CHỈ TIÊU" part stood for them.
    [found] = set_alarms("independent110", "B", "B10-lac-dao.txt", "missing_section")
    assert "Tiêu chí" in found.message


def test_the_parents_title_made_the_wards_aim_is_residue():
    # I112-B09 (planted): "... tại cộng đồng trên địa bàn tỉnh, giúp họ ổn định ..." copies the parent's title into the
    # ward's own purpose; it passed as a quotation of that title.
    assert set_alarms("independent112", "B", "B09-bac-nha-trang.txt", "locality_residue")
