"""Round 36 (sets 119-124, scored blind at 4e0c135, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import CORPUS, set_alarms, set_verdict

from plan_parser.compare.align import _place_syllables
from plan_parser.compare.core import organisation_heading
from plan_parser.compare.sides import load_side
from plan_parser.parse.outline import classify


def _pointers(findings) -> list[str]:
    return [f.parent_evidence.pointer for f in findings if f.parent_evidence is not None]



def test_a_sentence_case_part_after_phan_is_a_section():
    # I121-B04: "Phần I. Mục đích, yêu cầu và chỉ tiêu" ... "Phần IV. Tổ chức thực hiện" (sentence case) opened no part:
    # the plan had no contents and no organisation, and its dropped item fell to "info" with everything else.
    assert classify("Phần I. Mục đích, yêu cầu và chỉ tiêu") == ("section", "I", 8)
    assert classify("Phần IV. Tổ chức thực hiện") == ("section", "IV", 9)
    # a sentence that opens with "Mục II" is still no heading
    assert classify("Mục III: Thực hiện theo Kế hoạch số 12/KH-UBND.") is None
    assert "/contents/5" in _pointers(set_alarms("independent121", "B", "B04-mo-duc.txt", "missing_content"))


def test_a_bang_phan_cong_over_a_tab_table_is_the_organisation():
    # I123-A08: "IV. BẢNG PHÂN CÔNG" over "STT<tab>Nhiệm vụ<tab>Đơn vị thực hiện<tab>Thời hạn" was not read as the part
    # that gives the duties, so every duty fell to "info" and the one the ward dropped went unreported.
    child = load_side(CORPUS / "independent123" / "A" / "A08-dai-phuoc.txt")
    assert organisation_heading(child) is not None
    alarms = set_alarms("independent123", "A", "A08-dai-phuoc.txt", "unassigned_task")
    assert _pointers(alarms) == ["/assignments/7/tasks/2"]


def test_chu_tri_kiem_tra_alone_gives_no_duty():
    # I120-A08: "Chủ trì kiểm tra, xử lý các cơ sở kinh doanh thực phẩm, hàng rong quanh cổng trường ..." met three of its
    # pairs in "chủ trì kiểm tra liên ngành", which checks nothing of the kind: the dropped duty passed as partly given.
    assert set_verdict("independent120", "A", "A08-ngu-hanh-son.txt", "/assignments/4/tasks/2") == "not_covered"


def test_a_line_naming_who_leads_and_by_when_names_no_task():
    # I122-A12: "Chủ trì: Phòng Văn hóa - Xã hội; ... Thời hạn: thường xuyên." has the head "thường xuyên", which only
    # the dropped item ("thường xuyên rà soát, kiểm tra, xử lý văn bản ...") uses: it passed as partly covered.
    assert set_verdict("independent122", "A", "A12-cao-loc.txt", "/contents/2") == "not_covered"


def test_a_named_place_counts_as_one_phrase():
    # I123-A11: the ward's purpose names "suối Săn Máu", which the dropped item names too ("ưu tiên xử lý suối Săn
    # Máu, suối Linh, suối Chùa"): three word pairs of one name made it partly covered.
    assert _place_syllables("ưu tiên xử lý suối Săn Máu, suối Linh; trên sông Đồng Nai") == {"săn", "máu", "linh", "đồng", "nai"}
    assert set_verdict("independent123", "A", "A11-trang-dai.txt", "/contents/7") == "not_covered"


def test_a_clause_the_ward_does_itself_and_one_given_to_a_body_are_the_duty():
    # I122-A07 (faithful): "Tăng cường kỷ luật, kỷ cương hành chính; tổ chức kiểm tra công vụ ... 02 lần trong năm": the
    # ward writes "Sáu là, siết chặt kỷ luật, kỷ cương" among its tasks and gives "kiểm tra công vụ 02 lần trong năm" to
    # Phòng Văn hóa - Xã hội. It was reported unassigned.
    assert set_verdict("independent122", "A", "A07-ky-lua.txt", "/assignments/6/tasks/4") == "partly_covered"
    assert set_alarms("independent122", "A", "A07-ky-lua.txt", "unassigned_task") == []
