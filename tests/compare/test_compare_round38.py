"""Round 38 (sets 125-130, scored blind at da1b2fd, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import CORPUS, findings_of, set_alarms, set_verdict

from plan_parser.compare.align import _runs
from plan_parser.parse.parser import parse


def _plan(set_name: str, side: str, name: str):
    return parse((CORPUS / set_name / side / name).read_text(encoding="utf-8"))


def test_roman_items_under_a_lettered_part_are_its_contents():
    # I125-A11: "B. NHIỆM VỤ, GIẢI PHÁP" then "I. Lãnh đạo, chỉ đạo: ..." ... "VII. Thông tin, báo cáo: ...", then "C. TIÊU
    # CHÍ": the Roman items were read as top-level parts, the plan had no contents, and the item it dropped fell to "info".
    plan = _plan("independent125", "A", "A11-mu-cang-chai.txt")
    assert len(plan.contents) == 7 and plan.contents[0].startswith("Lãnh đạo, chỉ đạo")
    assert [s.label for s in plan.sections] == ["A", "B", "C", "D", "Đ", "E"]
    assert [f.parent_evidence.pointer for f in set_alarms("independent125", "A", "A11-mu-cang-chai.txt",
                                                          "missing_content")] == ["/contents/6"]  # fmt: skip
    # ... but "I. Nội dung" and "II. Chỉ tiêu" under "B. NỘI DUNG, CHỈ TIÊU" name parts of their own, and stay parts
    kept = _plan("independent97", "A", "A12-hoa-xuan.txt")
    assert kept.contents and kept.contents[0].startswith("Tuyên truyền ý nghĩa Tết Trung thu")


def test_a_roman_item_heads_the_numbered_items_after_it():
    # I52-A10: "I. Trước mùa mưa lũ (...)" over items 1-5, "II. ..." over 6-8, "III. Thường xuyên cả năm" over 9-11. Read as
    # items of one level, the headings stood among the tasks, and "9. Giám sát ..." was glued to "... cả năm" (a year
    # read as continuing): the annex "Phòng Kinh tế | 1, 4, 6, 9, 11" then gave the wrong tasks.
    plan = _plan("independent52", "A", "A10-khanh-binh.txt")
    assert len(plan.contents) == 11
    assert plan.contents[8].startswith("Giám sát khai thác cát")
    # "III. Tiết kiệm điện, kiểm tra và chuyển đổi số" over "1. Vận động dùng đèn LED ..." (I104-A06): "số" is no number
    electric = _plan("independent104", "A", "A06-vo-nhai.txt")
    assert len(electric.contents) == 8 and electric.contents[5].startswith("Vận động dùng đèn LED")


def test_a_task_meets_the_pairs_an_item_shares_with_its_own_criterion():
    # I125-A01 (faithful for the item): "Nâng cao năng lực đội ngũ ... công chức văn hóa - xã hội và lực lượng Công an cấp
    # xã; tổ chức tập huấn ..." is "Cử công chức Văn hóa - Xã hội, Công an xã tham gia ... tập huấn nghiệp vụ", but its
    # words are the parent's criterion's too ("100% công chức văn hóa - xã hội và Công an cấp xã được tập huấn"), so none
    # counted as the item's own: reported missing on 5 of 12 children.
    assert set_verdict("independent125", "A", "A01-muong-khuong.txt", "/contents/6") == "partly_covered"
    # the ward that dropped the item and its criterion (I125-A11) keeps the finding; a criterion's echo alone never counts
    assert set_verdict("independent125", "A", "A11-mu-cang-chai.txt", "/contents/6") == "not_covered"


def test_a_task_written_as_a_topic_and_bullets_is_one_line():
    # I125-A06: "b) Tuyên truyền:" then "+ Qua loa truyền thanh, ..., họp tổ dân phố, sinh hoạt chi hội;" ... and
    # "Tổ trưởng tổ dân phố: tuyên truyền" for "Tổ chức tuyên truyền đến từng thôn, bản, tổ dân phố, ... lồng ghép trong
    # các cuộc họp thôn, sinh hoạt cộng đồng ...": the heading line alone held one of the duty's pairs.
    assert set_verdict("independent125", "A", "A06-nghia-lo.txt", "/assignments/8/tasks/1") == "partly_covered"


def test_a_yearly_period_is_held_in_the_other_plans_year():
    # I125-B01 (faithful): the province's "Tháng hành động ... (từ ngày 15/11 đến ngày 15/12 hằng năm)", dated 12/2025,
    # read as 2025 and the ward's "từ 15/11 đến 15/12 hằng năm", dated 2026, as 2026: a period moved by a year.
    assert set_alarms("independent125", "B", "B01-quy-nhon.txt", "timeline_mismatch") == []


def test_a_review_fixed_to_a_day_is_a_step_of_the_timeline():
    # I126-A06: the city's "4. Trước ngày 05/3/2027: sơ kết công tác quản lý lễ hội dịp Tết Nguyên đán và tháng Giêng"
    # was read as due "4", and the ward's "Sơ kết dịp Tết Nguyên đán và tháng Giêng: trước ngày 20/3/2027" passed.
    parent = _plan("independent126", "A", "parent.txt")
    assert parent.deadlines[1].what.startswith("sơ kết công tác quản lý lễ hội")
    alarms = set_alarms("independent126", "A", "A06-hat-mon.txt", "timeline_mismatch")
    assert [f.parent_evidence.pointer for f in alarms] == ["/deadlines/1"]
    # judged once, as the timeline it is, not again as a deadline
    assert set_alarms("independent126", "A", "A06-hat-mon.txt", "deadline_conflict") == []
    # a ward that holds its review by the city's day has nothing to hear
    folder = CORPUS / "independent126" / "A"
    assert findings_of(folder / "parent.txt", folder / "A04-soc-son.txt", "timeline_mismatch") == []


def test_the_provinces_milestones_are_no_residue():
    # I128-B04: "hoàn thành đúng các mốc thời gian của tỉnh" names the province's timetable, not the ward's scope.
    assert set_alarms("independent128", "B", "B04-dateh.txt", "locality_residue") == []


def test_a_partners_name_is_no_act():
    # I130-A07 (planted): "Chỉ đạo Công an xã ... phối hợp với ban tổ chức lễ hội bảo đảm an ninh, trật tự, an toàn giao
    # thông và phòng cháy, chữa cháy ..." is given to nobody; "hướng dẫn ban tổ chức lễ hội" in another body's line met
    # three of its pairs, all in the partner's name, and passed it as partly given.
    duty = "phối hợp với ban tổ chức lễ hội bảo đảm an ninh, trật tự trong thời gian diễn ra lễ hội"
    assert _runs({"ban_tổ", "chức_lễ", "lễ_hội"}, duty) == 1
    assert _runs({"ban_tổ", "an_ninh"}, duty) == 2
    assert [f.parent_evidence.pointer for f in set_alarms("independent130", "A", "A07-phu-vang.txt",
                                                          "unassigned_task")] == ["/assignments/5/tasks/2"]  # fmt: skip


def test_an_act_the_ward_spreads_over_its_bodies_is_a_one_clause_duty():
    # I125-A11 (the duty is faithful there): "II. Tuyên truyền: bằng tiếng Mông tại họp bản, loa truyền thanh ..." with
    # "Trưởng bản: tuyên truyền ...", "Phòng Văn hóa - Xã hội: tham mưu tuyên truyền" and the Front's "tuyên truyền, vận
    # động" is "Tổ chức tuyên truyền đến từng thôn, bản, tổ dân phố, ..., lồng ghép trong các cuộc họp thôn ...".
    assert set_verdict("independent125", "A", "A11-mu-cang-chai.txt", "/assignments/8/tasks/1") == "partly_covered"
    # ... not an act one body gets among others: the dropped "Vận động người dân, nhất là người từ 40 tuổi ..., tham gia
    # bảo hiểm y tế" is not the Front's "tuyên truyền, vận động hội viên" (I49-B11, planted)
    assert set_verdict("independent49", "B", "B11-quang-xuong.txt", "/assignments/4/tasks/3") == "not_covered"


def test_what_a_dated_paragraph_closes_with_thoi_gian_is_the_paragraph():
    # I54-A: "Chủ tịch Ủy ban nhân dân cấp xã ban hành quyết định công nhận ... Thời gian: hoàn thành trước ngày
    # 30/11/2026." was due "Thời gian", and the ward's decision by 30/11 was held to the survey's 31/10.
    parent = _plan("independent54", "A", "parent.txt")
    assert parent.deadlines[3].what.startswith("Chủ tịch Ủy ban nhân dân cấp xã ban hành quyết định công nhận")
    assert set_alarms("independent54", "A", "A02-CamXuyen.txt", "deadline_conflict") == []
    # a date the province meets for the wards ("Cung cấp danh sách hộ kinh doanh ... cho Ủy ban nhân dân xã, phường, đặc
    # khu trước ngày 31/01/2026", the tax office's) binds no ward (I48-A02)
    assert set_alarms("independent48", "A", "A02-ngo-quyen.txt", "deadline_conflict") == []
    # preparing the launch is not launching it: "Trước ngày 29/5/2026: rà soát danh sách, chuẩn bị phát động" (I56-A02)
    assert set_alarms("independent56", "A", "A02-sam-son.txt", "deadline_conflict") == []
