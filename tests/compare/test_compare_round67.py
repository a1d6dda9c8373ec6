"""Round 67 (sets 287-292, scored blind at edae817, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms


def test_a_periods_work_ends_with_its_sentence():
    # I290-A03 (faithful): "tháng 9 - 11/2026: chăm sóc, ..., xét chọn mô hình. Sơ kết 6 tháng trước ngày 10/7/2026" held
    # the review over September to November, against the province's July
    assert set_alarms("independent290", "A", "A03-binh-lu.txt", "timeline_mismatch") == []


def test_a_numbered_round_moved_to_other_months_is_a_timeline_mismatch():
    # I290-B06: "| Tháng 11 - 12/2026 | Tiêm phòng đợt 2; ... |" against the province's "| Tháng 9 - tháng 10/2026 | Tiêm
    # phòng đợt 2; ... |" (periods without names: only the round tells which is which)
    [finding] = set_alarms("independent290", "B", "B06-tan-phu.txt", "timeline_mismatch")
    assert "Tiêm phòng đợt 2" in finding.message


def test_a_numbered_phase_is_held_on_its_own_phases_days():
    # I292-B09: "GĐ1 (từ ngày ban hành đến 28/02/2026)" against "| Giai đoạn 1 | Từ ngày ban hành đến 31/01/2026 |" was
    # read as within the province's phase 2 (01/02 - 31/5/2026), and "GĐ2 (01/3 - 31/5/2026)" was no period at all
    assert set_alarms("independent292", "B", "B09-tra-cu.txt", "timeline_mismatch")


def test_a_count_of_new_things_is_no_rate():
    # I287-A08: "Cấp mới ít nhất 20 mã số ..., nâng tổng diện tích ... lên 1.450 ha": "mới" (new) folds like "mỗi" (each),
    # so the row was taken for a rate, and the ward's copy of its figures went unseen
    [finding] = set_alarms("independent287", "A", "A08-duc-hop.txt", "locality_residue")
    assert "1.450" in finding.message


def test_many_small_figures_copied_are_a_copy():
    # I289-B09: the commune keeps the city's "12 làng nghề; 3.500 lao động; 400 lao động ...; 30 ha; 06 điểm"
    assert set_alarms("independent289", "B", "B09-dan-dien.txt", "locality_residue")


def test_a_date_that_only_says_where_it_goes_is_named_by_its_sentence():
    # I291-A11: "lập danh sách vùng trồng đề nghị cấp mã số gửi Sở ... trước ngày 31 tháng 3 năm 2026" (read as due: "gửi
    # Sở ...") lost the ward's "| Danh sách vùng trồng đề nghị cấp mã số | Trước 05/4/2026 |" to the year report, whose
    # "hồ sơ đề nghị công nhận vùng trồng" shared more words
    [finding] = set_alarms("independent291", "A", "A11-thanh-duc.txt", "deadline_conflict")
    assert "31/03/2026" in finding.message


def test_a_long_acronym_the_parent_spells_out_once_is_read_as_it():
    # I292-A04 (faithful): "Công an xã: chủ trì, phối hợp BCHQS xã giữ ANTT, chống trộm hạt dẻ T8 - T10/2026" for "Chỉ đạo
    # Công an xã, phường phối hợp Ban Chỉ huy quân sự xã, phường bảo đảm an ninh trật tự, phòng chống trộm cắp hạt dẻ ...",
    # and I292-A06 "cập nhật CSDL vùng dẻ" for "cơ sở dữ liệu": each phrase is written once in the parent
    assert set_alarms("independent292", "A", "A04-chi-vien.txt", "unassigned_task") == []
    assert set_alarms("independent292", "A", "A06-lang-hieu.txt", "unassigned_task") == []
    # ... but not a body's name: "BCHQS xã: chỉ đạo dân quân tham gia PCCCR" read with "Ban Chỉ huy quân sự" written out
    # took the anti-theft duty the ward dropped (I292-A05)
    assert set_alarms("independent292", "A", "A05-kham-thanh.txt", "unassigned_task")


def test_the_plan_named_by_the_titles_initials_is_this_plan():
    # I290-B04, I290-B07: "Ban hành kế hoạch phòng, chống DTLCP năm 2026 của địa phương trước ngày 10/3/2026", under
    # titles on "Dịch tả lợn châu Phi", was a duty no body of the ward received
    for child in ("B04-bau-ham.txt", "B07-cam-my.txt"):
        assert [f.parent_evidence.pointer for f in set_alarms("independent290", "B", child, "unassigned_task")] == []


def test_the_provinces_recognition_is_no_residue():
    # I289-A11: "tổng kết, khen thưởng cấp xã trong tháng 01/2027, sau khi có kết quả công nhận của tỉnh"
    assert set_alarms("independent289", "A", "A11-krong-buk.txt", "locality_residue") == []


# The edges of round 67's rules, each found by the sweep of sets 2-286


def test_a_named_campaign_with_its_days_in_brackets_is_not_a_numbered_phase():
    # I52-B10 (faithful): "PHẦN 2. ĐỢT 2: CHIẾN DỊCH LÀM CHO THẾ GIỚI SẠCH HƠN (10/9 - 25/9/2026)" was held against the
    # campaign's peak days (18/9 - 20/9) when any bracket opened a period
    assert set_alarms("independent52", "B", "B10-mao-khe.txt", "timeline_mismatch") == []


def test_four_figures_of_the_village_the_ward_holds_are_no_copy():
    # I262-B01: the ward that holds the craft village keeps its "25 hộ, 60 nghệ nhân ..., 30.000 lượt khách"
    assert set_alarms("independent262", "B", "B01-duong-no.txt", "locality_residue") == []


def test_the_offices_name_tells_no_sending_from_another():
    # I193-B03 (faithful): the year report "về Sở Văn hóa, Thể thao và Du lịch" was held against the inventory "gửi kết
    # quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 31/3/2026" by the office's words alone
    assert set_alarms("independent193", "B", "B03-binh-khe.txt", "deadline_conflict") == []


def test_an_acronym_the_parent_writes_itself_is_left_as_written():
    # I276-B12: "MSVT" read as "mã số vùng trồng" no longer met the parent's own "cấp mới MSVT"
    assert set_alarms("independent276", "B", "B12-dao-thanh.txt", "unassigned_task") == []


def test_a_bodys_acronym_in_a_wards_lines_is_no_task():
    # I79-B12: "Ủy ban MTTQ Việt Nam xã" in the list of recipients, read as "Ủy ban Mặt trận Tổ quốc", took the duty "Phối
    # hợp với Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp chỉ đạo 100% khu dân cư tổ chức Ngày hội Đại đoàn kết"
    assert set_alarms("independent79", "B", "B12-y-yen.txt", "unassigned_task")
