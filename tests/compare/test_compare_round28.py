"""Round 28 (sets 89-94, tuning since): plans that give every task its body in a layout the organisation check did not
know were reported without a "Tổ chức thực hiện" part ("high"). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms

from plan_parser.compare.bodies import opening_body, role_line_body


def test_task_cards_with_a_person_in_charge_line_have_an_organisation():
    # I91-A11: "Nhiệm vụ 1: ..." each followed by "Người thực hiện: Phòng Văn hóa - Xã hội, ... Thời gian: ...".
    assert role_line_body("Người thực hiện: Công an xã, trưởng thôn. Thời gian: thường xuyên.") == "cong an xa"
    assert set_alarms("independent91", "A", "A11-khang-chien.txt", "missing_section") == []


def test_numbered_paragraphs_with_a_run_in_title_name_their_bodies():
    # I92-B03: "4. Rà soát, lập danh sách. Công an xã phối hợp Phòng Văn hóa - Xã hội khai thác ..." (13 paragraphs).
    assert opening_body("4. Rà soát, lập danh sách. Công an xã phối hợp Phòng Văn hóa - Xã hội khai thác dữ liệu.") == "cong an xa"
    # a sentence after a title that opens with no body names none
    assert opening_body("10. Thời gian. Từ tháng 4 đến tháng 11/2026 triển khai các giải pháp.") is None
    assert set_alarms("independent92", "B", "B03-krong-pac.txt", "missing_section") == []


def test_a_prose_paragraph_opened_by_ve_to_chuc_thuc_hien_is_the_organisation():
    # I92-A08: "Về tổ chức thực hiện, Ban Chỉ huy quân sự phường là cơ quan thường trực, ..." in a plan of paragraphs.
    assert set_alarms("independent92", "A", "A08-quang-tri.txt", "missing_section") == []


def test_a_plan_that_drops_its_organisation_is_still_reported():
    # I84-B08 (planted: no organisation part, its duties nowhere) stays an alarm.
    assert len(set_alarms("independent84", "B", "B08-thuan-chau.txt", "missing_section")) == 1


# ---------------------------------------------------------------- round 28, second part (sets 89-94 and the blind notes)


def test_an_acronym_reads_the_phrase_whose_initials_carry_marks():
    # I94-A02, A09: "Chủ tịch UBND xã" for the parent's "Chủ tịch Ủy ban nhân dân xã": the initial of "Ủy" was read as
    # "Ủ", so UBND was never read as the phrase, and the ward's own committee task fell under the own-task share.
    from plan_parser.compare.acronyms import parent_acronyms

    spelled = parent_acronyms(["Ủy ban nhân dân xã chủ trì", "Chủ tịch Ủy ban nhân dân phường làm tổ trưởng"])
    assert spelled["UBND"] == "ủy ban nhân dân"
    assert set_alarms("independent94", "A", "A09-my-loc.txt", "unassigned_task") == []


def test_a_ward_restating_the_date_of_its_own_object_is_on_time():
    # I94-A11: the province dates each project's handover ("CT.08: ... trước 31/3", "Vành đai 5: ... trước 30/4"); the
    # ward on Vành đai 5 restates 30/4 and was held to CT.08's 31/3.
    assert set_alarms("independent94", "A", "A11-kim-bang.txt", "deadline_conflict") == []


def test_a_review_in_the_month_of_the_parents_review_answers_it():
    # I83-A09: "Tháng 12/2026: tổng kết năm 2026" met the parent's "báo cáo tổng kết năm trước 10/12" in its month, and
    # that dropped it from the milestones the date answers: it was then held against the inspection report due 20/5.
    assert set_alarms("independent83", "A", "A09-DoanHung.txt", "deadline_conflict") == []


def test_awards_given_in_the_wards_own_words_are_an_awards_part():
    # I94-A11: "Khen thưởng và xử lý trách nhiệm: khen thưởng kịp thời tập thể, cá nhân, hộ gia đình ..." in a prose plan.
    assert set_alarms("independent94", "A", "A11-kim-bang.txt", "missing_section") == []
    # I94-A10 (planted: no awards anywhere) is still reported.
    assert len(set_alarms("independent94", "A", "A10-giao-thuy.txt", "missing_section")) == 1
